package org.kesudesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.logic.PlanReferences;
import org.kesudesk.logic.progress.Chases;
import org.kesudesk.logic.progress.ProgressTracking;
import org.kesudesk.logic.progress.Supervision;
import org.kesudesk.model.ChaseMeans;
import org.kesudesk.model.ChaseRecord;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.ReportingRound;
import org.kesudesk.model.Unit;
import org.kesudesk.model.UnitLiaison;
import org.kesudesk.store.AuditLog;
import org.kesudesk.store.Database;
import org.kesudesk.testsupport.SamplePlan;
import org.kesudesk.testsupport.Workbooks;

/**
 * A 催办名单 phoned down, its answers typed in its last column, read back as telephone chases: the app's own list and
 * an office's own sheet; imported twice, noted once; a unit the catalogue lacks left out and named; what is no answer,
 * or a unit with nothing to chase, refused naming the row with nothing stored.
 */
class ChaseListsTest {

    private static final LocalDate TODAY = LocalDate.now();

    @TempDir
    Path folder;
    private Database database;
    private PlanDocument plan;
    private ReportingRound round;
    private ChaseLists lists;
    private Chases chases;

    @BeforeEach
    void sample() {
        database = org.kesudesk.testsupport.TestDatabases.open(folder.resolve("kesudesk"));
        plan = SamplePlan.store(database);
        round = new ProgressTracking(database).openRound(plan, "2026年下半年", TODAY.plusDays(10), Optional.empty(),
                Optional.empty());
        lists = new ChaseLists(database);
        chases = new Chases(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Unit unit(int index) {
        return PlanReferences.resolve(plan, "action.1.1").responsibleUnits().get(index);
    }

    /** The app's own 催办名单 of three units (dated as it is written), the answers typed as a clerk would. */
    private Path appsList(LocalDate day, String... answers) throws Exception {
        Path file = folder.resolve("催办名单.xlsx");
        List<Supervision.ToChase> units = List.of(new Supervision.ToChase(unit(0), 2, 1),
                new Supervision.ToChase(unit(1), 1, 1), new Supervision.ToChase(unit(2), 1, 0));
        LiaisonLists.writeChaseList("测试方案　2026年下半年催办名单（"
                        + org.kesudesk.documents.NoticeHeader.chineseDate(day) + "）", units,
                Map.of(unit(0).id(), new UnitLiaison("张三", "2412345")), Map.of(), day, file);
        try (Workbook workbook = WorkbookFactory.create(Files.newInputStream(file))) {
            for (int i = 0; i < answers.length; i++) {
                workbook.getSheetAt(0).getRow(i + 2).getCell(8).setCellValue(answers[i]);
            }
            try (var out = Files.newOutputStream(folder.resolve("填好的催办名单.xlsx"))) {
                workbook.write(out);
            }
        }
        return folder.resolve("填好的催办名单.xlsx");
    }

    @Test
    void theAppsOwnList_answered_isAChaseOfEachUnitAnswered_onTheListsDay_reachingItsLiaison_once() throws Exception {
        LocalDate day = TODAY.minusDays(1);
        Path list = appsList(day, "分管领导出差，下周一前报送", "", "已报送，系统未更新");

        ChaseLists.Preview preview = lists.check(list, plan, round, TODAY, "科员甲");

        assertThat(preview.day()).isEqualTo(day);
        assertThat(preview.chases()).extracting(ChaseRecord::chasedId).containsExactly(unit(0).id(), unit(2).id());
        assertThat(preview.chases()).allSatisfy(chase -> {
            assertThat(chase.means()).isEqualTo(ChaseMeans.PHONE);
            assertThat(chase.chasedOn()).isEqualTo(day);
        });
        assertThat(preview.chases().get(0).person()).isEqualTo("张三");
        assertThat(preview.chases().get(0).answer()).isEqualTo("分管领导出差，下周一前报送");
        assertThat(preview.chases().get(1).person()).isEmpty();
        assertThat(ChaseLists.described(preview)).contains("将记录 2 次电话催办");
        // nothing is stored by the check
        assertThat(chases.chases(round)).isEmpty();

        chases.recordAll(round, preview.chases(), preview.units());
        assertThat(chases.chases(round)).hasSize(2);
        assertThat(new AuditLog(database).recent(2)).allSatisfy(entry ->
                assertThat(entry.action()).isEqualTo("progress.chase"));

        // the same list again: noted already, nothing new
        ChaseLists.Preview again = lists.check(list, plan, round, TODAY, "科员甲");
        assertThat(again.chases()).isEmpty();
        assertThat(again.notedBefore()).isEqualTo(2);
        assertThat(ChaseLists.described(again)).contains("2 行以前已经记录过");
    }

    @Test
    void anOfficesOwnSheet_withoutADateInItsTitle_isOfToday_andAUnitTheCatalogueLacks_isNamedAndLeftOut()
            throws Exception {
        Path sheet = Workbooks.ofRows(folder.resolve("电话催办登记.xlsx"), "Sheet1",
                new String[]{"电话催办登记表"},
                new String[]{},
                new String[]{"序号", "责任单位", "接听人", "答复情况", "备注"},
                new String[]{"1", unit(1).name(), "李四", "本周五前报送", ""},
                new String[]{"2", "市无此单位", "王五", "不清楚", ""},
                new String[]{"3", unit(0).name(), "", "", "未接通"});

        ChaseLists.Preview preview = lists.check(sheet, plan, round, TODAY, "科员甲");

        assertThat(preview.day()).isEqualTo(TODAY);
        assertThat(preview.chases()).singleElement().satisfies(chase -> {
            assertThat(chase.chasedId()).isEqualTo(unit(1).id());
            assertThat(chase.person()).isEqualTo("李四");
            assertThat(chase.answer()).isEqualTo("本周五前报送");
        });
        assertThat(preview.unknown()).singleElement().satisfies(entry -> assertThat(entry.row()).isEqualTo(5));
        assertThat(ChaseLists.described(preview)).contains("第 5 行“市无此单位”");
    }

    @Test
    void whatIsNoAnswer_aUnitWithNothingToChase_orNoList_isRefusedNamingTheRow_andNothingIsStored() throws Exception {
        Path bidi = appsList(TODAY, "好的\u202E");
        assertThatThrownBy(() -> lists.check(bidi, plan, round, TODAY, "甲")).isInstanceOf(UserFacingException.class)
                .hasMessageStartingWith("“填好的催办名单.xlsx”第 3 行：催办情况");
        Path tooLong = appsList(TODAY, "", "答".repeat(501));
        assertThatThrownBy(() -> lists.check(tooLong, plan, round, TODAY, "甲"))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("第 4 行").hasMessageContaining("500");
        // a list dated tomorrow
        Path future = appsList(TODAY.plusDays(1), "好的");
        assertThatThrownBy(() -> lists.check(future, plan, round, TODAY, "甲")).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("第 3 行").hasMessageContaining("还没到");
        // a unit of the catalogue with no task in the plan
        org.kesudesk.store.UnitRepository.ofPlan(database, plan.plan()).add("市无关单位");
        Path stranger = Workbooks.ofRows(folder.resolve("催办.xlsx"), "催办",
                new String[]{"单位", "催办情况"}, new String[]{"市无关单位", "好的"});
        assertThatThrownBy(() -> lists.check(stranger, plan, round, TODAY, "甲"))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("第 2 行").hasMessageContaining("没有承担任务");
        Path noHeader = Workbooks.ofRows(folder.resolve("别的表.xlsx"), "Sheet1",
                new String[]{"姓名", "电话"}, new String[]{"张三", "2412345"});
        assertThatThrownBy(() -> lists.check(noHeader, plan, round, TODAY, "甲"))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("找不到催办名单的表头");
        Path notAWorkbook = Files.writeString(folder.resolve("假的.xlsx"), "not a workbook");
        assertThatThrownBy(() -> lists.check(notAWorkbook, plan, round, TODAY, "甲"))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("假的.xlsx");

        assertThat(chases.chases(round)).isEmpty();
    }
}
