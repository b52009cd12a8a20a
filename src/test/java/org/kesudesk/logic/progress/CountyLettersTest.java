package org.kesudesk.logic.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.documents.SupervisionLetter;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.ChaseMeans;
import org.kesudesk.model.Deadline;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.ProgressStatus;
import org.kesudesk.model.ReportingRound;
import org.kesudesk.store.Database;
import org.kesudesk.testsupport.CountyPlans;
import org.kesudesk.testsupport.SamplePlan;

/**
 * A city's 督办通知单 to its counties' offices, on the sample plan with two counties' plans derived from it (the city's
 * deadline copied onto theirs): a letter to each county behind on a city task in its own plan, naming the task, the
 * county's deadline, its standing and who there has not reported; none to a county on time; noted as chases once.
 */
class CountyLettersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final String FUYU = "230227";
    private static final String LONGJIANG = "230221";

    @TempDir
    Path folder;
    private Database database;
    private PlanDocument city;
    private ProgressTracking tracking;
    private ReportingRound cityRound;
    private PlanNode cityTask;

    @BeforeEach
    void aCityTaskPastItsDeadline_inTwoCounties() {
        database = org.kesudesk.testsupport.TestDatabases.open(folder.resolve("kesudesk"));
        city = SamplePlan.store(database);
        tracking = new ProgressTracking(database);
        cityTask = city.items().get(0).children().get(0);
        tracking.setDeadline(city, cityTask, Optional.of(new Deadline.OnDate(TODAY.minusDays(1))));
        cityRound = tracking.openRound(city, "2026年上半年", TODAY.plusDays(30), Optional.empty(), Optional.empty());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aCountyBehindOnACityTask_getsALetterNamingIt_aCountyDoneGetsNone() {
        PlanDocument fuyu = CountyPlans.derived(database, city, FUYU);
        PlanDocument longjiang = CountyPlans.derived(database, city, LONGJIANG);
        PlanNode fuyuTask = fuyu.items().get(0).children().get(0);
        PlanNode longjiangTask = longjiang.items().get(0).children().get(0);
        ReportingRound fuyuRound = tracking.openRound(fuyu, "2026年上半年", TODAY.plusDays(10), Optional.empty(),
                Optional.empty());
        ReportingRound longjiangRound = tracking.openRound(longjiang, "2026年上半年", TODAY.plusDays(10),
                Optional.empty(), Optional.empty());
        // 富裕县: one unit behind, the others silent, past the deadline copied from the city's
        tracking.report(fuyu, fuyuRound, fuyuTask, fuyuTask.carriedOutBy().get(0), new ProgressTracking.Entry(
                ProgressStatus.LAGGING, OptionalInt.empty(), "场地未落实。", "", ""), "县纲要办");
        // 龙江县: every unit done
        for (org.kesudesk.model.Unit unit : longjiangTask.carriedOutBy()) {
            tracking.report(longjiang, longjiangRound, longjiangTask, unit, new ProgressTracking.Entry(
                    ProgressStatus.DONE, OptionalInt.empty(), "已完成。", "", ""), "县纲要办");
        }

        Chases chases = new Chases(database);
        Supervision supervision = new Supervision(tracking, chases);
        Supervision.CountyLetters letters = supervision.countyLetters(city, cityRound, TODAY, TODAY.plusDays(7),
                Optional.empty());

        assertThat(letters.counties()).extracting(org.kesudesk.model.Region::code).containsExactly(FUYU);
        SupervisionLetter letter = letters.letters().get(0);
        assertThat(letter.unit()).isEqualTo("富裕县纲要办");
        assertThat(letter.addressedAs()).isEqualTo("你县");
        SupervisionLetter.Entry entry = letter.entries().stream()
                .filter(e -> e.task().startsWith(cityTask.title())).findFirst().orElseThrow();
        assertThat(entry.deadline()).contains(String.valueOf(TODAY.minusDays(1).getDayOfMonth()));
        // the statuses reported once, then how many reported and who did not (not the statuses again)
        assertThat(entry.status()).isEqualTo("滞后");
        assertThat(entry.progress()).isEqualTo("已报 1/" + fuyuTask.carriedOutBy().size() + "；未报："
                + String.join("、", fuyuTask.carriedOutBy().subList(1, fuyuTask.carriedOutBy().size()).stream()
                .map(org.kesudesk.model.Unit::name).toList()) + "。");
        // sent in the name of the city's 纲要办, the county's is addressed by its name with the county's in its place
        tracking.setSupervisionIssuer("齐齐哈尔市全民科学素质工作领导小组办公室");
        assertThat(supervision.countyLetters(city, cityRound, TODAY, TODAY.plusDays(7), Optional.empty()).letters()
                .get(0).unit()).isEqualTo("富裕县全民科学素质工作领导小组办公室");
        assertThat(supervision.countyLetters(city, cityRound, TODAY, TODAY.plusDays(7), Optional.empty(),
                Optional.of("市纲要办")).letters().get(0).unit()).isEqualTo("富裕县纲要办");
        // only for 富裕县, by code or name; 龙江县 has nothing to chase
        assertThat(supervision.countyLetters(city, cityRound, TODAY, TODAY.plusDays(7), Optional.of("富裕县"))
                .letters()).hasSize(1);
        assertThatThrownBy(() -> supervision.countyLetters(city, cityRound, TODAY, TODAY.plusDays(7),
                Optional.of(LONGJIANG))).isInstanceOf(UserFacingException.class).hasMessageContaining("不需要督办");
        assertThatThrownBy(() -> supervision.countyLetters(city, cityRound, TODAY, TODAY.plusDays(7),
                Optional.of("甘南县"))).isInstanceOf(UserFacingException.class).hasMessageContaining("甘南县");

        // the letters noted as chases of the counties, once a day, and said in the next letter
        List<org.kesudesk.model.ChaseRecord> noted = chases.recordCountyLetters(cityRound, letters.counties(),
                TODAY, TODAY.plusDays(7), "市纲要办");
        assertThat(noted).singleElement().satisfies(chase -> {
            assertThat(chase.means()).isEqualTo(ChaseMeans.LETTER);
            assertThat(chase.promised()).contains(TODAY.plusDays(7));
        });
        assertThat(chases.recordCountyLetters(cityRound, letters.counties(), TODAY, TODAY.plusDays(7), "市纲要办"))
                .isEmpty();
        assertThat(chases.byCounty(cityRound)).hasSize(1);
        assertThat(supervision.countyLetters(city, cityRound, TODAY.plusDays(2), TODAY.plusDays(9), Optional.empty())
                .letters().get(0).chased()).contains("督办通知单");
    }

    /**
     * The 催办名单 lists a county's office behind in its plan under the units; its answer typed in and read back is a
     * telephone chase of the county, stored with the units' in one transaction; the list again notes nothing more.
     */
    @Test
    void theChaseList_namesACountysOfficeBehind_andItsAnswerReadBack_isAChaseOfTheCounty() throws Exception {
        PlanDocument fuyu = CountyPlans.derived(database, city, FUYU);
        PlanNode fuyuTask = fuyu.items().get(0).children().get(0);
        tracking.openRound(fuyu, "2026年上半年", TODAY.plusDays(10), Optional.empty(), Optional.empty());
        LocalDate today = LocalDate.now();
        Supervision supervision = new Supervision(tracking);
        List<Supervision.CountyToChase> counties = supervision.countiesToChase(city, cityRound, today);
        assertThat(counties).singleElement().satisfies(county -> {
            assertThat(county.county().code()).isEqualTo(FUYU);
            // the task past the deadline copied from the city's, none of its units reported
            assertThat(county.tasks()).isPositive();
            assertThat(county.unreported()).isEqualTo(county.tasks());
        });
        assertThat(fuyuTask.carriedOutBy()).isNotEmpty();

        Path list = folder.resolve("催办名单.xlsx");
        org.kesudesk.exchange.LiaisonLists.writeChaseList("测试　催办名单", supervision.toChase(city, cityRound, today),
                java.util.Map.of(), java.util.Map.of(), counties, java.util.Map.of(), today, list);
        Path answered = folder.resolve("填好的催办名单.xlsx");
        try (org.apache.poi.ss.usermodel.Workbook workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                java.nio.file.Files.newInputStream(list))) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
            org.apache.poi.ss.usermodel.Row last = sheet.getRow(sheet.getLastRowNum());
            assertThat(last.getCell(1).getStringCellValue()).isEqualTo("富裕县纲要办");
            last.getCell(8).setCellValue("县里正在汇总，周五前报送");
            try (var out = java.nio.file.Files.newOutputStream(answered)) {
                workbook.write(out);
            }
        }
        org.kesudesk.exchange.ChaseLists lists = new org.kesudesk.exchange.ChaseLists(database);
        org.kesudesk.exchange.ChaseLists.Preview preview = lists.check(answered, city, cityRound, today, "科员甲");
        assertThat(preview.chases()).isEmpty();
        assertThat(preview.unknown()).isEmpty();
        assertThat(preview.countyChases()).singleElement().satisfies(chase -> {
            assertThat(chase.means()).isEqualTo(ChaseMeans.PHONE);
            assertThat(chase.answer()).isEqualTo("县里正在汇总，周五前报送");
        });
        assertThat(org.kesudesk.exchange.ChaseLists.described(preview)).contains("县（市）区纲要办 1 次");

        Chases chases = new Chases(database);
        chases.recordAll(cityRound, preview.chases(), preview.units(), preview.countyChases(), preview.counties());
        assertThat(chases.byCounty(cityRound).values()).singleElement().asList().hasSize(1);
        assertThat(lists.check(answered, city, cityRound, today, "科员甲").notedBefore()).isEqualTo(1);
        chases.removeAll(cityRound, preview.chases(), preview.units(), preview.countyChases(), preview.counties());
        assertThat(chases.byCounty(cityRound)).isEmpty();
    }

    @Test
    void besideAPlanWithoutCountiesPlans_thereIsNoOneToWriteTo() {
        assertThatThrownBy(() -> new Supervision(tracking).countyLetters(city, cityRound, TODAY, TODAY.plusDays(7),
                Optional.empty())).isInstanceOf(UserFacingException.class).hasMessageContaining("县（市）区");
    }
}
