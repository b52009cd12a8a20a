package org.kesudesk.logic.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.ProgressStatus;
import org.kesudesk.model.ReportingRound;
import org.kesudesk.model.StatusLight;
import org.kesudesk.store.Database;
import org.kesudesk.store.NodeRepository;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.testsupport.CountyPlans;
import org.kesudesk.testsupport.SamplePlan;

/**
 * A city's task as each county carries it, on the sample plan and two counties' plans derived from it in a real
 * database: the county's task found though reworded or moved, none where the county dropped it, its units' reports
 * in the county's round, the county's worst light.
 */
class CountyTasksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final String FUYU = "230227";
    private static final String LONGJIANG = "230221";

    @TempDir
    Path folder;
    private Database database;
    private PlanDocument city;
    private ProgressTracking tracking;
    private CountyTasks countyTasks;

    @BeforeEach
    void sample() {
        database = org.kesudesk.testsupport.TestDatabases.open(folder.resolve("kesudesk"));
        city = SamplePlan.store(database);
        tracking = new ProgressTracking(database);
        countyTasks = new CountyTasks(database, tracking);
    }

    @AfterEach
    void close() {
        database.close();
    }

    /**
     * Two rounds of the city open at once, both reached the counties under their names: the city looking at the older
     * sees each county in its round of that name — the 通报 of that round too — not in the county's newest.
     */
    @Test
    void aCityRoundShown_seesEachCountyInItsRoundOfThatName_elseInItsRoundShown() {
        PlanDocument fuyu = CountyPlans.derived(database, city, FUYU);
        PlanDocument longjiang = CountyPlans.derived(database, city, LONGJIANG);
        int[] place = firstTaskOfSeveralUnits(fuyu);
        PlanNode cityTask = task(city, place[0], place[1]);
        PlanNode fuyuTask = task(fuyu, place[0], place[1]);
        ReportingRound cityFirst = tracking.openRound(city, "2026年上半年", LocalDate.of(2026, 7, 10),
                Optional.empty(), Optional.empty());
        ReportingRound citySecond = tracking.openRound(city, "2026年下半年", LocalDate.of(2027, 1, 10),
                Optional.empty(), Optional.empty());
        ReportingRound fuyuFirst = tracking.openRound(fuyu, "2026年上半年", LocalDate.of(2026, 7, 10),
                Optional.empty(), Optional.empty());
        tracking.openRound(fuyu, "2026年下半年", LocalDate.of(2027, 1, 10), Optional.empty(), Optional.empty());
        // 龙江县 named its one round its own way
        ReportingRound longjiangOwn = tracking.openRound(longjiang, "第一次调度", LocalDate.of(2026, 7, 5),
                Optional.empty(), Optional.empty());
        for (org.kesudesk.model.Unit unit : fuyuTask.carriedOutBy()) {
            tracking.report(fuyu, fuyuFirst, fuyuTask, unit, new ProgressTracking.Entry(ProgressStatus.DONE,
                    OptionalInt.empty(), "已完成。", "", ""), "县纲要办");
        }

        List<CountyTasks.Standing> inFirst = countyTasks.of(city, Optional.of(cityFirst), cityTask.id(), TODAY);
        assertThat(inFirst).extracting(s -> s.round().map(ReportingRound::name).orElse(""))
                .containsExactly("第一次调度", "2026年上半年");
        assertThat(inFirst.get(1).reported()).isEqualTo(fuyuTask.carriedOutBy().size());
        assertThat(inFirst.get(1).light()).isEqualTo(StatusLight.GREEN);
        List<CountyTasks.Standing> inSecond = countyTasks.of(city, Optional.of(citySecond), cityTask.id(), TODAY);
        assertThat(inSecond.get(1).round().map(ReportingRound::name)).contains("2026年下半年");
        assertThat(inSecond.get(1).reported()).isZero();
        assertThat(inSecond.get(0).round().map(ReportingRound::id)).contains(longjiangOwn.id());

        // the counties' figures beside the city's plan, and the 通报 of each round, the same way
        assertThat(tracking.byCounty(city, Optional.of(cityFirst), TODAY)).extracting(
                county -> county.round().map(ReportingRound::name).orElse("")).containsExactly("第一次调度",
                "2026年上半年");
        assertThat(tracking.byCounty(city, Optional.of(cityFirst), TODAY).get(1).reported()).isPositive();
        assertThat(tracking.byCounty(city, Optional.of(citySecond), TODAY).get(1).reported()).isZero();
        Bulletins bulletins = new Bulletins(database, tracking, new IndicatorTracking(database));
        String counties = "{" + Bulletins.Figure.COUNTIES.placeholder() + "}";
        assertThat(bulletins.bulletin(city, cityFirst, TODAY, counties).paragraphs()).singleElement().asString()
                .doesNotContain("富裕县");
        assertThat(bulletins.bulletin(city, citySecond, TODAY, counties).paragraphs()).singleElement().asString()
                .contains("尚未报送").contains("富裕县");
    }

    @Test
    void eachCountyWithAPlan_standsOnTheCitysTask_reportedOrNot() {
        PlanDocument fuyu = CountyPlans.derived(database, city, FUYU);
        CountyPlans.derived(database, city, LONGJIANG);
        int[] place = firstTaskOfSeveralUnits(fuyu);
        PlanNode cityTask = task(city, place[0], place[1]);
        PlanNode fuyuTask = task(fuyu, place[0], place[1]);
        ReportingRound round = tracking.openRound(fuyu, "2026年上半年", LocalDate.of(2026, 7, 10),
                Optional.empty(), Optional.empty());
        tracking.report(fuyu, round, fuyuTask, fuyuTask.carriedOutBy().get(0),
                new ProgressTracking.Entry(ProgressStatus.DONE, OptionalInt.empty(), "已完成。", "", ""), "县纲要办");

        List<CountyTasks.Standing> standings = countyTasks.of(city, Optional.empty(), cityTask.id(), TODAY);

        // the counties in the list's order (龙江县 230221 before 富裕县 230227)
        assertThat(standings).extracting(s -> s.county().code()).containsExactly(LONGJIANG, FUYU);
        CountyTasks.Standing longjiang = standings.get(0);
        assertThat(longjiang.hasTask()).isTrue();
        assertThat(longjiang.round()).isEmpty();
        assertThat(longjiang.rows()).isEmpty();
        assertThat(longjiang.light()).isEqualTo(StatusLight.GREY);
        CountyTasks.Standing fuyuStanding = standings.get(1);
        assertThat(fuyuStanding.round().map(ReportingRound::id)).contains(round.id());
        assertThat(fuyuStanding.place()).contains(org.kesudesk.logic.PlanReferences.places(fuyu).get(fuyuTask.id()));
        assertThat(fuyuStanding.rows()).extracting(row -> row.task().id()).containsOnly(fuyuTask.id());
        assertThat(fuyuStanding.rows()).hasSize(fuyuTask.carriedOutBy().size());
        assertThat(fuyuStanding.reported()).isEqualTo(1);
        assertThat(fuyuStanding.statuses()).containsExactly(ProgressStatus.DONE);
        // one unit done, the others silent: the county is grey on the task, not green
        assertThat(fuyuStanding.light()).isEqualTo(StatusLight.GREY);

        for (org.kesudesk.model.Unit unit : fuyuTask.carriedOutBy().subList(1, fuyuTask.carriedOutBy().size())) {
            tracking.report(fuyu, round, fuyuTask, unit, new ProgressTracking.Entry(ProgressStatus.DONE,
                    OptionalInt.empty(), "已完成。", "", ""), "县纲要办");
        }
        CountyTasks.Standing allDone = countyTasks.of(city, Optional.empty(), cityTask.id(), TODAY).get(1);
        assertThat(allDone.reported()).isEqualTo(fuyuTask.carriedOutBy().size());
        assertThat(allDone.light()).isEqualTo(StatusLight.GREEN);
        // another task of the city: the county's rows are that task's
        assertThat(countyTasks.of(city, Optional.empty(), task(city, 0, 0).id(), TODAY).get(1).rows())
                .extracting(row -> row.task().id()).containsOnly(task(fuyu, 0, 0).id());
    }

    @Test
    void aTaskTheCountyReworded_isStillTheCitys_oneItDropped_hasNone() {
        PlanDocument fuyu = CountyPlans.derived(database, city, FUYU);
        NodeRepository nodes = new NodeRepository(database);
        PlanNode reworded = task(fuyu, 1, 0);
        nodes.update(reworded.id(), reworded.rowVersion(), reworded.title(),
                reworded.text() + "结合本县实际，每年至少组织两次。");
        PlanNode dropped = task(fuyu, 1, 1);
        nodes.delete(dropped.id());

        assertThat(countyTasks.of(city, Optional.empty(), task(city, 1, 0).id(), TODAY)).singleElement()
                .satisfies(standing -> assertThat(standing.place())
                        .contains(org.kesudesk.logic.PlanReferences.places(fuyu).get(reworded.id())));
        assertThat(countyTasks.of(city, Optional.empty(), task(city, 1, 1).id(), TODAY)).singleElement()
                .satisfies(standing -> {
                    assertThat(standing.hasTask()).isFalse();
                    assertThat(standing.rows()).isEmpty();
                });
        // the task after the one dropped is still its own city task's
        PlanDocument fuyuNow = new PlanRepository(database).find(fuyu.plan().id()).orElseThrow();
        assertThat(countyTasks.of(city, Optional.empty(), task(city, 1, 2).id(), TODAY)).singleElement()
                .satisfies(standing -> assertThat(standing.place()).contains(org.kesudesk.logic.PlanReferences
                        .places(fuyuNow).get(task(fuyu, 1, 2).id())));
    }

    /**
     * A county that made its own plan (甘南县's three-year plan, its own tasks under actions of the city's names): the
     * city's tasks are none of its tasks — no task is taken for another because it stands in the same place.
     */
    @Test
    void aCountysOwnPlan_hasNoneOfTheCitysTasks_whereItsTasksAreOthers() {
        PlanRepository plans = new PlanRepository(database);
        org.kesudesk.logic.PlanImportService imports = new org.kesudesk.logic.PlanImportService(plans,
                new org.kesudesk.store.UnitRepository(database));
        java.util.UUID gannan = new org.kesudesk.store.RegionRepository(database).byCode("230225").orElseThrow().id();
        PlanDocument own = plans.find(imports.save(imports.read(Path.of("src", "test", "resources", "plans",
                "gannan-county-2023.txt"), Optional.empty()), List.of(), Optional.of(gannan)).id()).orElseThrow();
        tracking.openRound(own, "2026年下半年", LocalDate.of(2026, 12, 20), Optional.empty(), Optional.empty());
        // its first action has the city's first action's title, its tasks other texts
        assertThat(own.items().get(0).title()).isEqualTo(city.items().get(0).title());

        for (int task = 0; task < city.items().get(0).children().size(); task++) {
            assertThat(countyTasks.of(city, Optional.empty(), task(city, 0, task).id(), TODAY)).singleElement()
                    .satisfies(standing -> {
                        assertThat(standing.county().code()).isEqualTo("230225");
                        assertThat(standing.hasTask()).isFalse();
                        assertThat(standing.line()).isEqualTo("本县区方案中没有这项任务");
                    });
        }
    }

    @Test
    void workedOutOnce_andAgainAfterAChangeOrAnotherDay() {
        PlanDocument fuyu = CountyPlans.derived(database, city, FUYU);
        ReportingRound round = tracking.openRound(fuyu, "2026年上半年", LocalDate.of(2026, 7, 10),
                Optional.empty(), Optional.empty());
        PlanNode cityTask = task(city, 0, 0);
        List<CountyTasks.Standing> first = countyTasks.of(city, Optional.empty(), cityTask.id(), TODAY);
        assertThat(countyTasks.of(city, Optional.empty(), cityTask.id(), TODAY)).isSameAs(first);

        PlanNode fuyuTask = task(fuyu, 0, 0);
        new ProgressTracking(database).report(fuyu, round, fuyuTask, fuyuTask.carriedOutBy().get(0),
                new ProgressTracking.Entry(ProgressStatus.LAGGING, OptionalInt.empty(), "滞后。", "", ""), "县纲要办");
        List<CountyTasks.Standing> afterReport = countyTasks.of(city, Optional.empty(), cityTask.id(), TODAY);
        assertThat(afterReport.get(0).statuses()).containsExactly(ProgressStatus.LAGGING);
        assertThat(afterReport.get(0).light()).isEqualTo(StatusLight.YELLOW);
        assertThat(countyTasks.of(city, Optional.empty(), cityTask.id(), TODAY.plusDays(1))).isNotSameAs(afterReport);
    }

    /**
     * The city's 工作总结初稿: under each task, after its units' reports, how the counties carry it — those that
     * reported with their statuses, those silent, those whose plan dropped it.
     */
    @Test
    void theCitysSummaryDraft_saysUnderATaskHowItsCountiesCarryIt() {
        PlanDocument fuyu = CountyPlans.derived(database, city, FUYU);
        PlanDocument longjiang = CountyPlans.derived(database, city, LONGJIANG);
        new NodeRepository(database).delete(task(longjiang, 0, 0).id());
        ReportingRound cityRound = tracking.openRound(city, "2026年上半年", LocalDate.of(2026, 7, 10),
                Optional.empty(), Optional.empty());
        ReportingRound round = tracking.openRound(fuyu, "2026年上半年", LocalDate.of(2026, 7, 10),
                Optional.empty(), Optional.empty());
        PlanNode fuyuTask = task(fuyu, 0, 0);
        tracking.report(fuyu, round, fuyuTask, fuyuTask.carriedOutBy().get(0),
                new ProgressTracking.Entry(ProgressStatus.DONE, OptionalInt.empty(), "已完成。", "", ""), "县纲要办");

        org.kesudesk.documents.SummaryDraft draft = new SummaryDrafts(tracking, new Chases(database), countyTasks)
                .draft(city, cityRound, TODAY);

        List<org.kesudesk.documents.SummaryDraft.Task> tasks = draft.sections().get(0).items().get(0).tasks();
        // the counties called as they are: 富裕县 and 龙江县, both counties (县)
        assertThat(tasks.get(0).reports()).last().isEqualTo("各县：富裕县已完成（已报1/"
                + fuyuTask.carriedOutBy().size() + "）；方案中没有这项任务：龙江县。");
        assertThat(tasks.get(1).reports()).last().isEqualTo("各县均未报送。");
        // one county reporting on it: the other is named as silent
        tracking.report(fuyu, round, task(fuyu, 0, 1), task(fuyu, 0, 1).carriedOutBy().get(0),
                new ProgressTracking.Entry(ProgressStatus.LAGGING, OptionalInt.empty(), "", "", ""), "县纲要办");
        assertThat(new SummaryDrafts(tracking, new Chases(database), countyTasks).draft(city, cityRound, TODAY)
                .sections().get(0).items().get(0).tasks().get(1).reports()).last().asString()
                .startsWith("各县：富裕县滞后（已报1/").endsWith("）；未报送：龙江县。");
        // the city's chases of its counties' offices, in the figures
        assertThat(draft.figures()).doesNotContain("纲要办");
        new Chases(database).recordCounty(city, cityRound, fuyu.plan().regionId().flatMap(id ->
                        new org.kesudesk.store.RegionRepository(database).all().stream()
                                .filter(region -> region.id().equals(id)).findFirst()).orElseThrow(),
                tracking.countyPlans(city, TODAY), new Chases.Entry(TODAY, org.kesudesk.model.ChaseMeans.PHONE, "", "",
                        Optional.empty()), "甲", TODAY);
        assertThat(new SummaryDrafts(tracking, new Chases(database), countyTasks).draft(city, cityRound, TODAY)
                .figures()).endsWith("另催办县纲要办1次，涉及1个县。");
        // drafts made without the counties say nothing of them
        assertThat(new SummaryDrafts(tracking).draft(city, cityRound, TODAY).sections().get(0).items().get(0)
                .tasks().get(0).reports()).noneMatch(report -> report.startsWith("各县"));
        // of one county alone, by its name — not 各县
        Map<UUID, List<CountyTasks.Standing>> standings = countyTasks.byTask(city, Optional.of(cityRound), TODAY);
        java.util.function.Function<Integer, List<CountyTasks.Standing>> fuyuOn = t -> standings.get(
                city.items().get(0).children().get(t).id()).stream()
                .filter(standing -> standing.county().code().equals(FUYU)).toList();
        assertThat(CountyTasks.paragraph(fuyuOn.apply(0))).isEqualTo("富裕县已完成（已报1/"
                + fuyuTask.carriedOutBy().size() + "）。");
        assertThat(CountyTasks.paragraph(fuyuOn.apply(2))).isEqualTo("富裕县未报送。");
        assertThat(CountyTasks.paragraph(standings.get(city.items().get(0).children().get(0).id()).stream()
                .filter(standing -> standing.county().code().equals(LONGJIANG)).toList()))
                .isEqualTo("龙江县方案中没有这项任务。");
    }

    @Test
    void besideACountysPlan_orWithoutCounties_thereIsNothing() {
        PlanNode cityTask = task(city, 0, 0);
        assertThat(countyTasks.of(city, Optional.empty(), cityTask.id(), TODAY)).isEmpty();
        PlanDocument fuyu = CountyPlans.derived(database, city, FUYU);
        assertThat(countyTasks.of(fuyu, Optional.empty(), task(fuyu, 0, 0).id(), TODAY)).isEmpty();
        assertThat(countyTasks.of(city, Optional.empty(), cityTask.id(), TODAY)).hasSize(1);
    }

    /** The places (item, task) of the plan's first task carried out by more than one unit. */
    private static int[] firstTaskOfSeveralUnits(PlanDocument plan) {
        for (int item = 0; item < plan.items().size(); item++) {
            List<PlanNode> tasks = plan.items().get(item).children();
            for (int task = 0; task < tasks.size(); task++) {
                if (tasks.get(task).carriedOutBy().size() > 1) {
                    return new int[] {item, task};
                }
            }
        }
        throw new AssertionError("the sample has no task of several units");
    }

    /** The plan's item's task, by their places among the plan's items and the item's tasks. */
    private static PlanNode task(PlanDocument plan, int item, int task) {
        return plan.items().get(item).children().get(task);
    }
}
