package org.kesudesk.logic.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.exchange.ProgressLedgers;
import org.kesudesk.model.Deadline;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.ProgressStatus;
import org.kesudesk.model.ReportingRound;
import org.kesudesk.model.StatusLight;
import org.kesudesk.model.Unit;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.RegionRepository;
import org.kesudesk.store.UnitRepository;
import org.kesudesk.testsupport.CountyPlans;

/**
 * A city's plan of another style than the sample (戊市's, 各县区人民政府 among a task's units), stored as the office's
 * own in a real database, two counties' plans derived from it: the counties' row of that task stands for the counties'
 * own reports, is never chased as a unit, counts among no unit's figures and gets no sheet.
 */
class CountiesRowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final String FUYU = "230227";
    private static final String LONGJIANG = "230221";

    @TempDir
    Path folder;
    private Database database;
    private PlanDocument city;
    private ProgressTracking tracking;
    private PlanNode task;
    private ReportingRound cityRound;

    @BeforeEach
    void wushi() {
        database = org.kesudesk.testsupport.TestDatabases.open(folder.resolve("kesudesk"));
        PlanRepository plans = new PlanRepository(database);
        org.kesudesk.logic.PlanImportService imports = new org.kesudesk.logic.PlanImportService(plans,
                new UnitRepository(database));
        java.util.UUID own = new RegionRepository(database).own().orElseThrow().id();
        city = plans.find(imports.save(imports.read(Path.of("src", "test", "resources", "plans", "unseen",
                "wushi-city.txt"), Optional.empty()), List.of(), Optional.of(own)).id()).orElseThrow();
        tracking = new ProgressTracking(database);
        task = tasks(city).stream().filter(node -> node.carriedOutBy().stream().anyMatch(Unit::isCounties))
                .findFirst().orElseThrow();
        cityRound = tracking.openRound(city, "2026年上半年", LocalDate.of(2026, 7, 10), Optional.empty(),
                Optional.empty());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theCountiesRow_takesItsLightFromTheCountiesPlans() {
        // no county has a plan here yet: a row as any, with nothing of the counties
        assertThat(countiesRow().counties()).isEmpty();
        assertThat(countiesRow().statusText()).isEqualTo(org.kesudesk.l10n.Messages.get("progress.notReported"));

        PlanDocument fuyu = CountyPlans.derived(database, city, FUYU);
        PlanDocument longjiang = CountyPlans.derived(database, city, LONGJIANG);
        PlanNode fuyuTask = sameTask(fuyu);
        // in the county's plan the counties became its towns: no row there stands for counties
        assertThat(fuyuTask.carriedOutBy()).noneMatch(Unit::isCounties);
        ReportingRound fuyuRound = tracking.openRound(fuyu, "2026年上半年", LocalDate.of(2026, 7, 5),
                Optional.empty(), Optional.empty());
        reportAll(fuyu, fuyuRound, fuyuTask, ProgressStatus.DONE);

        ProgressTracking.Row row = countiesRow();
        assertThat(row.byCounties()).isTrue();
        assertThat(row.counties()).extracting(s -> s.county().code()).containsExactly(LONGJIANG, FUYU);
        // 龙江县 has opened no round: one of two counties reported, the row grey
        assertThat(row.light()).isEqualTo(StatusLight.GREY);
        assertThat(row.statusText()).isEqualTo("县区已报 1/2");
        assertThat(row.progressText()).contains("富裕县已完成").contains("未报送：龙江县");

        ReportingRound longjiangRound = tracking.openRound(longjiang, "2026年上半年", LocalDate.of(2026, 7, 5),
                Optional.empty(), Optional.empty());
        PlanNode longjiangTask = sameTask(longjiang);
        reportAll(longjiang, longjiangRound, longjiangTask, ProgressStatus.DONE);
        assertThat(countiesRow().light()).isEqualTo(StatusLight.GREEN);
        assertThat(countiesRow().statusText()).isEqualTo("县区已报 2/2");

        // one county's unit behind: the row is the worst of the counties'
        tracking.report(longjiang, longjiangRound, longjiangTask, longjiangTask.carriedOutBy().get(0),
                new ProgressTracking.Entry(ProgressStatus.LAGGING, OptionalInt.empty(), "场地未落实。", "", ""),
                "县纲要办");
        assertThat(countiesRow().light()).isEqualTo(StatusLight.YELLOW);

        // the office's own report on the row (typed from a paper return) is the row's
        tracking.report(city, cityRound, task, countiesRow().unit(), new ProgressTracking.Entry(ProgressStatus.DONE,
                OptionalInt.empty(), "各县区均已完成。", "", ""), "市纲要办");
        assertThat(countiesRow().byCounties()).isFalse();
        assertThat(countiesRow().light()).isEqualTo(StatusLight.GREEN);
        assertThat(countiesRow().statusText()).isEqualTo("已完成");
    }

    @Test
    void aCountysPlanWithoutTheTask_isLeftOutOfTheRowsFigures() {
        PlanDocument fuyu = CountyPlans.derived(database, city, FUYU);
        new org.kesudesk.store.NodeRepository(database).delete(sameTask(fuyu).id());
        CountyPlans.derived(database, city, LONGJIANG);

        ProgressTracking.Row row = countiesRow();
        assertThat(row.counties()).hasSize(2);
        assertThat(row.statusText()).isEqualTo("县区已报 0/1");
        new org.kesudesk.store.NodeRepository(database).delete(sameTask(new PlanRepository(database)
                .find(tracking.countyPlans(city, TODAY).get(0).planId()).orElseThrow()).id());
        assertThat(countiesRow().statusText()).isEqualTo("县区方案中无此任务");
        assertThat(countiesRow().light()).isEqualTo(StatusLight.GREY);
    }

    @Test
    void noOneAnswersForACollective_itIsNotChased_notAUnitOfTheFigures_andGetsNoSheet() throws Exception {
        CountyPlans.derived(database, city, FUYU);
        // the task past due and no one reported: every unit of it is to be chased, the counties' row is not
        tracking.setDeadline(city, task, Optional.of(new Deadline.OnDate(TODAY.minusDays(1))));
        List<ProgressTracking.Row> rows = tracking.rows(city, cityRound, TODAY).stream()
                .filter(row -> row.task().id().equals(task.id())).toList();
        assertThat(rows).filteredOn(row -> !row.unit().isCollective()).isNotEmpty()
                .allMatch(ProgressTracking.Row::toChase);
        assertThat(rows).filteredOn(row -> row.unit().isCounties()).singleElement()
                .satisfies(row -> assertThat(row.toChase()).isFalse());
        List<Unit> chased = new Supervision(tracking).toChase(city, cityRound, TODAY).stream()
                .map(Supervision.ToChase::unit).toList();
        assertThat(chased).isNotEmpty().noneMatch(Unit::isCollective);

        List<ProgressTracking.Row> all = tracking.rows(city, cityRound, TODAY);
        assertThat(ProgressTracking.byUnit(all, cityRound)).extracting(summary -> summary.unit().name())
                .isNotEmpty().noneMatch(Unit::isCollectiveName);
        // still among the lights: every row is counted
        assertThat(ProgressTracking.countByLight(all).values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(all.size());

        ProgressLedgers ledgers = new ProgressLedgers(database);
        List<ProgressLedgers.Exported> sheets = ledgers.exportAll(city, cityRound, folder.resolve("sheets"));
        assertThat(sheets).extracting(sheet -> sheet.unit().name()).isNotEmpty().noneMatch(Unit::isCollectiveName);
        assertThat(ProgressLedgers.collectivesWithoutSheets(city)).extracting(Unit::name)
                .containsExactly("各县区人民政府");
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(folder.resolve("sheets"))) {
            assertThat(files.map(file -> file.getFileName().toString())).hasSize(sheets.size())
                    .noneMatch(name -> name.contains("各县区"));
        }
    }

    @Test
    void aDocumentsFigures_countTheRowsSomeoneHereAnswersFor_theCountiesInTheirOwn() {
        // the task given to the counties alone
        Unit counties = task.carriedOutBy().stream().filter(Unit::isCounties).findFirst().orElseThrow();
        new org.kesudesk.store.AssignmentRepository(database).replace(new org.kesudesk.model.AssignmentList(
                task.id(), org.kesudesk.model.Role.RESPONSIBLE), List.of(counties.id()), summary -> summary);
        city = new PlanRepository(database).find(city.plan().id()).orElseThrow();
        java.util.UUID taskId = task.id();
        task = tasks(city).stream().filter(node -> node.id().equals(taskId)).findFirst().orElseThrow();
        assertThat(task.carriedOutBy()).containsExactly(counties);
        PlanDocument fuyu = CountyPlans.derived(database, city, FUYU);
        PlanNode fuyuTask = sameTask(fuyu);
        assertThat(fuyuTask.carriedOutBy()).isNotEmpty();
        ReportingRound fuyuRound = tracking.openRound(fuyu, "2026年上半年", LocalDate.of(2026, 7, 5),
                Optional.empty(), Optional.empty());
        reportAll(fuyu, fuyuRound, fuyuTask, ProgressStatus.DONE);
        // every unit of the city has reported every task
        List<ProgressTracking.Row> before = tracking.rows(city, cityRound, TODAY);
        List<ProgressTracking.Row> units = before.stream().filter(row -> !row.unit().isCollective()).toList();
        assertThat(units).hasSizeLessThan(before.size());
        for (ProgressTracking.Row row : units) {
            tracking.report(city, cityRound, row.task(), row.unit(), new ProgressTracking.Entry(ProgressStatus.DONE,
                    OptionalInt.empty(), "已完成。", "", ""), "市纲要办");
        }

        // the 通报: all its units' rows reported and done, the counties' row neither reported nor unreported
        String frame = String.join("|", java.util.stream.Stream.of(Bulletins.Figure.ROWS, Bulletins.Figure.DONE,
                Bulletins.Figure.UNREPORTED, Bulletins.Figure.TASKS).map(f -> "{" + f.placeholder() + "}").toList());
        org.kesudesk.documents.Bulletin bulletin = new Bulletins(database, tracking,
                new IndicatorTracking(database)).bulletin(city, cityRound, TODAY, frame);
        long tasks = before.stream().map(row -> row.task().id()).distinct().count();
        assertThat(bulletin.paragraphs()).containsExactly(units.size() + "|" + units.size() + "|0|" + tasks);
        // the table by action and project: every item done in full
        List<List<String>> items = bulletin.tables().get(0).rows();
        assertThat(items.get(items.size() - 1)).last().isEqualTo("100%");

        // the summary: nothing unreported, and the task the counties alone carry told by their paragraph
        org.kesudesk.documents.SummaryDraft draft = new SummaryDrafts(tracking, new Chases(database),
                tracking.countyTasks()).draft(city, cityRound, TODAY);
        // in the 通报's words and counts: the tasks of every row, the shares of those answered for here
        assertThat(draft.figures()).contains("本轮共调度重点任务" + tasks + "项，涉及责任单位分工" + units.size() + "项")
                .contains("未报送0项");
        List<String> ofTask = draft.sections().stream().flatMap(section -> section.items().stream())
                .flatMap(item -> item.tasks().stream()).filter(t -> t.title().contains(task.title().strip()))
                .findFirst().orElseThrow().reports();
        assertThat(ofTask).singleElement().asString().contains("富裕县已完成");
    }

    @Test
    void theRule_knowsTheCountiesHoweverWritten_andNothingElse() {
        assertThat(List.of("各县区人民政府", "各县（市）区人民政府", "各县（市、区）政府", "各区、县人民政府", "各县市区"))
                .allMatch(name -> Unit.countiesGovernmentWord(name).isPresent());
        assertThat(Unit.countiesGovernmentWord("各县（市）区政府")).contains("政府");
        assertThat(List.of("各乡镇人民政府", "各有关单位", "县科协", "各县区教育局", "市直各部门"))
                .noneMatch(name -> Unit.countiesGovernmentWord(name).isPresent());
    }

    private ProgressTracking.Row countiesRow() {
        return tracking.rows(city, cityRound, TODAY).stream()
                .filter(row -> row.task().id().equals(task.id()) && row.unit().isCounties()).findFirst()
                .orElseThrow();
    }

    private void reportAll(PlanDocument plan, ReportingRound round, PlanNode countyTask, ProgressStatus status) {
        for (Unit unit : countyTask.carriedOutBy()) {
            tracking.report(plan, round, countyTask, unit, new ProgressTracking.Entry(status, OptionalInt.empty(),
                    "已开展培训。", "", ""), "县纲要办");
        }
    }

    /** The county's task in the place of the city's (a derived plan copies the tree as it is). */
    private PlanNode sameTask(PlanDocument county) {
        return tasks(county).get(tasks(city).indexOf(task));
    }

    private static List<PlanNode> tasks(PlanDocument plan) {
        List<PlanNode> tasks = new java.util.ArrayList<>();
        plan.forEachNode(node -> {
            if (node.kind().isTask()) {
                tasks.add(node);
            }
        });
        return tasks;
    }
}
