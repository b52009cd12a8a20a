package org.kesudesk.logic.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
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
import org.kesudesk.documents.SupervisionLetter;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.logic.PlanImportService;
import org.kesudesk.logic.PlanReferences;
import org.kesudesk.model.Deadline;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.ProgressStatus;
import org.kesudesk.model.ReportingRound;
import org.kesudesk.model.StatusLight;
import org.kesudesk.model.Unit;
import org.kesudesk.parse.ParseReport;
import org.kesudesk.store.AuditLog;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.UnitRepository;
import org.kesudesk.testsupport.SamplePlan;

/** Rounds, reports and lights on the sample plan in a real database; deadlines read from a county's document. */
class ProgressTrackingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @TempDir
    Path folder;
    private Database database;
    private PlanDocument plan;
    private ProgressTracking tracking;

    @BeforeEach
    void sample() {
        database = org.kesudesk.testsupport.TestDatabases.open(folder.resolve("kesudesk"));
        plan = SamplePlan.store(database);
        tracking = new ProgressTracking(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aRound_listsEveryTaskForEachOfItsResponsibleUnits_unreportedGrey() {
        ReportingRound round = tracking.openRound(plan, "2026年上半年", LocalDate.of(2026, 7, 10),
                Optional.of(LocalDate.of(2026, 1, 1)), Optional.of(LocalDate.of(2026, 6, 30)));

        List<ProgressTracking.Row> rows = tracking.rows(plan, round, TODAY);

        long expected = plan.items().stream().flatMap(item -> item.children().stream())
                .mapToLong(task -> task.responsibleUnits().size()).sum();
        assertThat(rows).hasSize((int) expected).isNotEmpty();
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.report()).isEmpty();
            assertThat(row.light()).isEqualTo(StatusLight.GREY);
        });
    }

    @Test
    void theCountiesFigures_areWorkedOutAgainAfterAnyChangeOrAnotherDay_andOnlyThen() {
        org.kesudesk.store.RegionRepository regions = new org.kesudesk.store.RegionRepository(database);
        org.kesudesk.model.Region city = regions.own().orElseThrow();
        org.kesudesk.model.Region county = regions.byCode("230227").orElseThrow();
        PlanDocument countyPlan = org.kesudesk.testsupport.CountyPlans.derived(database, plan, county.code());
        ReportingRound round = tracking.openRound(countyPlan, "2026年上半年", LocalDate.of(2026, 7, 10),
                Optional.empty(), Optional.empty());

        List<ProgressTracking.CountySummary> first = tracking.byCounty(plan, Optional.empty(), TODAY);
        assertThat(first).singleElement().satisfies(summary -> {
            assertThat(summary.county()).isEqualTo(county);
            assertThat(summary.rows()).isPositive();
            assertThat(summary.reported()).isZero();
        });
        // nothing changed: the figures are not worked out again
        assertThat(tracking.byCounty(plan, Optional.empty(), TODAY)).isSameAs(first);

        // a report entered elsewhere (another window, a colleague on the server) changes them
        PlanNode task = countyPlan.items().get(0).children().get(0);
        new ProgressTracking(database).report(countyPlan, round, task, task.responsibleUnits().get(0),
                new ProgressTracking.Entry(ProgressStatus.IN_PROGRESS, OptionalInt.empty(), "推进中。", "", ""),
                "县纲要办");
        List<ProgressTracking.CountySummary> afterReport = tracking.byCounty(plan, Optional.empty(), TODAY);
        assertThat(afterReport.get(0).reported()).isEqualTo(1);

        // a deadline set elsewhere: the task reported under way is due within the warning days
        new ProgressTracking(database).setDeadline(countyPlan, task,
                Optional.of(new Deadline.OnDate(LocalDate.of(2026, 6, 10))));
        List<ProgressTracking.CountySummary> afterDeadline = tracking.byCounty(plan, Optional.empty(), TODAY);
        assertThat(afterDeadline.get(0).yellow()).isEqualTo(afterReport.get(0).yellow() + 1);

        // past that deadline, another day, the task is late
        List<ProgressTracking.CountySummary> later = tracking.byCounty(plan, Optional.empty(), LocalDate.of(2026, 6, 20));
        assertThat(later.get(0).red()).isEqualTo(afterDeadline.get(0).red() + 1);
    }

    /** The city's plan for 2026–2030 beside its plan for 2021–2025: each shows its counties' plans of its years. */
    @Test
    void theCountiesFigures_areOfTheirPlansForTheYearsOfTheCitysPlanShown() throws Exception {
        org.kesudesk.model.Region county = new org.kesudesk.store.RegionRepository(database).byCode("230227")
                .orElseThrow();
        PlanDocument earlierCounty = org.kesudesk.testsupport.CountyPlans.derived(database, plan, county.code());
        tracking.openRound(earlierCounty, "2025年", LocalDate.of(2025, 12, 31), Optional.empty(), Optional.empty());
        org.kesudesk.store.PlanRepository plans = new org.kesudesk.store.PlanRepository(database);
        PlanImportService imports = new PlanImportService(plans, new org.kesudesk.store.UnitRepository(database));
        String sample = new String(imports.getClass().getResourceAsStream(
                "/org/kesudesk/samples/qiqihar-2022-16.txt").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        Path next = Files.writeString(folder.resolve("next.txt"), sample.replace("2021-2025", "2026-2030")
                .replace("〔2022〕16号", "〔2026〕9号"));
        PlanDocument nextCity = plans.find(imports.save(imports.read(next, Optional.empty()), List.of()).id())
                .orElseThrow();
        PlanDocument nextCounty = org.kesudesk.testsupport.CountyPlans.derived(database, nextCity, county.code());
        tracking.openRound(nextCounty, "2026年上半年", LocalDate.of(2026, 7, 10), Optional.empty(), Optional.empty());

        assertThat(nextCounty.plan().id()).isNotEqualTo(earlierCounty.plan().id());
        assertThat(tracking.byCounty(plan, Optional.empty(), TODAY)).singleElement()
                .satisfies(summary -> assertThat(summary.round().orElseThrow().name()).isEqualTo("2025年"));
        assertThat(tracking.byCounty(nextCity, Optional.empty(), TODAY)).singleElement()
                .satisfies(summary -> assertThat(summary.round().orElseThrow().name()).isEqualTo("2026年上半年"));
    }

    @Test
    void reports_setTheLights_andALaterReportReplacesTheEarlier() {
        ReportingRound round = tracking.openRound(plan, "2026年上半年", LocalDate.of(2026, 7, 10), Optional.empty(),
                Optional.empty());
        PlanNode task = PlanReferences.resolve(plan, "action.1.1");
        Unit first = task.responsibleUnits().get(0);
        Unit second = task.responsibleUnits().get(1);
        tracking.setDeadline(plan, task, Optional.of(new Deadline.OnDate(TODAY.plusDays(5))));

        tracking.report(plan, round, task, first, entry(ProgressStatus.IN_PROGRESS, "开展了两次活动"), "张三");
        tracking.report(plan, round, task, second, entry(ProgressStatus.DONE, ""), "李四");
        tracking.report(plan, round, task, first, entry(ProgressStatus.LAGGING, "经费未到位"), "张三");

        Map<String, ProgressTracking.Row> rows = rowsOf(round, task);
        assertThat(rows.get(first.name()).report().orElseThrow().status()).isEqualTo(ProgressStatus.LAGGING);
        assertThat(rows.get(first.name()).report().orElseThrow().progress()).isEqualTo("经费未到位");
        assertThat(rows.get(first.name()).report().orElseThrow().percent()).isEqualTo(30);
        assertThat(rows.get(first.name()).light()).isEqualTo(StatusLight.YELLOW);
        assertThat(rows.get(second.name()).light()).isEqualTo(StatusLight.GREEN);
        assertThat(rows.get(task.responsibleUnits().get(2).name()).light()).isEqualTo(StatusLight.GREY);
        // a week later the deadline has passed: what is not done is red, what is done stays green
        Map<String, ProgressTracking.Row> later = rowsOf(round, task, TODAY.plusDays(7));
        assertThat(later.get(first.name()).light()).isEqualTo(StatusLight.RED);
        assertThat(later.get(second.name()).light()).isEqualTo(StatusLight.GREEN);
    }

    @Test
    void aReport_isAudited_andUndoneToWhatItReplaced() {
        ReportingRound round = tracking.openRound(plan, "2026年", LocalDate.of(2026, 12, 31), Optional.empty(),
                Optional.empty());
        PlanNode task = PlanReferences.resolve(plan, "project.1.1");
        Unit unit = task.responsibleUnits().get(0);
        tracking.report(plan, round, task, unit, entry(ProgressStatus.IN_PROGRESS, "第一次"), "张三");
        ProgressTracking.Stored second = tracking.report(plan, round, task, unit,
                entry(ProgressStatus.DONE, "第二次"), "张三");

        tracking.undo(second);
        assertThat(rowsOf(round, task).get(unit.name()).report().orElseThrow().progress()).isEqualTo("第一次");
        tracking.redo(second);
        assertThat(rowsOf(round, task).get(unit.name()).report().orElseThrow().progress()).isEqualTo("第二次");

        assertThat(new AuditLog(database).recent(10)).filteredOn(e -> e.action().equals("progress.report"))
                .hasSize(4)
                .allSatisfy(e -> assertThat(e.summary()).contains("三、（一）1." + task.title()).contains(unit.name()));
    }

    @Test
    void whatDoesNotFit_isRefusedInChinese_andNothingIsStored() {
        ReportingRound round = tracking.openRound(plan, "2026年上半年", LocalDate.of(2026, 7, 10), Optional.empty(),
                Optional.empty());
        PlanNode task = PlanReferences.resolve(plan, "action.1.1");
        PlanNode item = PlanReferences.resolve(plan, "action.1");
        Unit responsible = task.responsibleUnits().get(0);
        Unit other = new UnitRepository(database).all().stream()
                .filter(u -> task.responsibleUnits().stream().noneMatch(r -> r.id().equals(u.id())))
                .findFirst().orElseThrow();
        int auditBefore = new AuditLog(database).recent(1000).size();

        assertRefused(() -> tracking.report(plan, round, task, other, entry(ProgressStatus.DONE, ""), "x"),
                "不是 二、（一）1." + task.title() + " 的责任单位");
        assertRefused(() -> tracking.report(plan, round, item, responsible, entry(ProgressStatus.DONE, ""), "x"),
                "不是任务");
        assertRefused(() -> tracking.report(plan, round, task, responsible, new ProgressTracking.Entry(
                ProgressStatus.DONE, OptionalInt.of(80), "", "", ""), "x"), "与状态“已完成”不符");
        assertRefused(() -> tracking.report(plan, round, task, responsible, new ProgressTracking.Entry(
                ProgressStatus.IN_PROGRESS, OptionalInt.of(101), "", "", ""), "x"), "101%");
        assertRefused(() -> tracking.report(plan, round, task, responsible,
                entry(ProgressStatus.IN_PROGRESS, "进展\u202E反向"), "x"), "进展情况");
        assertRefused(() -> tracking.report(plan, round, task, responsible,
                entry(ProgressStatus.IN_PROGRESS, "长".repeat(20_001)), "x"), "进展情况超过 20,000 个字");
        assertRefused(() -> tracking.openRound(plan, "2026年上半年", LocalDate.of(2026, 8, 1), Optional.empty(),
                Optional.empty()), "已有名为“2026年上半年”");
        assertRefused(() -> tracking.openRound(plan, "下半年", LocalDate.of(2026, 8, 1),
                Optional.of(LocalDate.of(2026, 12, 31)), Optional.of(LocalDate.of(2026, 7, 1))), "晚于结束日期");
        assertRefused(() -> tracking.setDeadline(plan, plan.sections().get(0), Optional.of(new Deadline.Ongoing())),
                "完成时限只能设在");
        assertRefused(() -> ProgressTracking.status("已完"), "没有“已完”这个状态");

        assertThat(tracking.rows(plan, round, TODAY)).allSatisfy(row -> assertThat(row.report()).isEmpty());
        assertThat(tracking.rounds(plan)).hasSize(1);
        assertThat(new AuditLog(database).recent(1000)).hasSize(auditBefore);
    }

    @Test
    void aClosedRound_keepsItsReports_andTakesNoMore() {
        ReportingRound round = tracking.openRound(plan, "2025年", LocalDate.of(2025, 12, 31), Optional.empty(),
                Optional.empty());
        PlanNode task = PlanReferences.resolve(plan, "action.2.1");
        Unit unit = task.responsibleUnits().get(0);
        tracking.report(plan, round, task, unit, entry(ProgressStatus.DONE, "已完成"), "张三");

        tracking.closeRound(round);
        ReportingRound closed = tracking.round(plan, "2025年");

        assertThat(closed.isOpen()).isFalse();
        assertThat(rowsOf(closed, task).get(unit.name()).report()).isPresent();
        assertRefused(() -> tracking.report(plan, closed, task, unit, entry(ProgressStatus.DONE, ""), "x"),
                "已结束");
        assertRefused(() -> tracking.closeRound(closed), "已结束");
        assertRefused(() -> tracking.round(plan, "2024年"), "已有的轮次：2025年");
    }

    @Test
    void mergingUnits_movesTheReportsOfTheUnitMergedAway() {
        ReportingRound round = tracking.openRound(plan, "2026年", LocalDate.of(2026, 12, 31), Optional.empty(),
                Optional.empty());
        PlanNode task = PlanReferences.resolve(plan, "action.1.1");
        Unit merged = task.responsibleUnits().get(0);
        Unit into = new UnitRepository(database).all().stream()
                .filter(u -> task.responsibleUnits().stream().noneMatch(r -> r.id().equals(u.id())))
                .findFirst().orElseThrow();
        tracking.report(plan, round, task, merged, entry(ProgressStatus.IN_PROGRESS, "合并前"), "张三");

        new UnitRepository(database).merge(merged.id(), into.id(), list -> "合并");
        PlanDocument after = new PlanRepository(database).find(plan.plan().id()).orElseThrow();

        Map<String, ProgressTracking.Row> rows = new java.util.HashMap<>();
        tracking.rows(after, round, TODAY).stream().filter(row -> row.task().id().equals(task.id()))
                .forEach(row -> rows.put(row.unit().name(), row));
        assertThat(rows.get(into.name()).report().orElseThrow().progress()).isEqualTo("合并前");
    }

    /** 报送延期: a report made after the first due date and before the new one is on time; a round ended, opened. */
    @Test
    void aRoundsDueDatePutOff_makesALateReportOnTime_andARoundEnded_isOpenedAgain() {
        PlanNode task = PlanReferences.resolve(plan, "action.1.1");
        Unit unit = task.responsibleUnits().get(0);
        ReportingRound round = tracking.openRound(plan, "2026年上半年", LocalDate.now().minusDays(3),
                Optional.empty(), Optional.empty());
        tracking.report(plan, round, task, unit, entry(ProgressStatus.DONE, "完成"), "张三");
        java.util.function.Supplier<ProgressTracking.Row> row = () -> tracking.rows(plan, tracking.round(plan,
                "2026年上半年"), LocalDate.now()).stream().filter(r -> r.task().id().equals(task.id())
                && r.unit().id().equals(unit.id())).findFirst().orElseThrow();
        assertThat(ProgressTracking.reportedOnTime(row.get(), round)).isFalse();

        ReportingRound putOff = tracking.changeDue(round, LocalDate.now().plusDays(7));
        assertThat(putOff.due()).isEqualTo(LocalDate.now().plusDays(7));
        assertThat(tracking.round(plan, "2026年上半年")).isEqualTo(putOff);
        assertThat(ProgressTracking.reportedOnTime(row.get(), putOff)).isTrue();
        assertThat(new org.kesudesk.store.AuditLog(database).recent(10)).first().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("round.due");
            assertThat(entry.summary()).isEqualTo("2026年上半年");
        });
        // the same date again changes nothing, and records nothing
        long logged = new org.kesudesk.store.AuditLog(database).lastId();
        tracking.changeDue(putOff, putOff.due());
        assertThat(new org.kesudesk.store.AuditLog(database).lastId()).isEqualTo(logged);

        tracking.closeRound(putOff);
        assertThatThrownBy(() -> tracking.report(plan, tracking.round(plan, "2026年上半年"), task, unit,
                entry(ProgressStatus.DONE, "补报"), "李四")).isInstanceOf(UserFacingException.class);
        ReportingRound reopened = tracking.reopenRound(tracking.round(plan, "2026年上半年"));
        assertThat(reopened.isOpen()).isTrue();
        assertThat(reopened.due()).isEqualTo(putOff.due());
        tracking.report(plan, reopened, task, unit, entry(ProgressStatus.DONE, "补报"), "李四");
        assertThat(row.get().report().orElseThrow().progress()).isEqualTo("补报");
        assertThat(new org.kesudesk.store.AuditLog(database).recent(10)).extracting(entry -> entry.action())
                .contains("round.close", "round.reopen");
        // an open round is not opened again
        assertThatThrownBy(() -> tracking.reopenRound(reopened)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("没有结束");
    }

    @Test
    void aPreviousRoundNotYetDue_isComparedAsItStandsToday_notForecastOnItsDueDate() {
        PlanNode task = PlanReferences.resolve(plan, "action.1.1");
        Unit unit = task.responsibleUnits().get(0);
        LocalDate today = LocalDate.of(2026, 12, 7);
        // the city opened the next round while this one is still open: both due after today
        tracking.setDeadline(plan, task, Optional.of(new Deadline.OnDate(today.plusDays(20))));
        ReportingRound first = tracking.openRound(plan, "2026年下半年", today.plusDays(30), Optional.empty(),
                Optional.empty());
        tracking.report(plan, first, task, unit, entry(ProgressStatus.IN_PROGRESS, "推进中"), "张三");
        ReportingRound next = tracking.openRound(plan, "2027年上半年", today.plusDays(200), Optional.empty(),
                Optional.empty());

        // a round as opened is the round as read back (a view finds the one it opened among those it reads)
        assertThat(tracking.rounds(plan)).containsExactly(first, next);
        ProgressTracking.Figures figures = tracking.figures(plan, next, today);
        assertThat(figures.previous()).contains(first);
        // today the task is 20 days from its deadline: green; on the round's due date it would be past it
        assertThat(figures.previousAsOfDue()).isFalse();
        assertThat(figures.previousCounts().get(StatusLight.GREEN)).isEqualTo(1);
        assertThat(figures.previousCounts().get(StatusLight.RED)).isZero();

        // once its due date has passed, it is counted as it stood then
        ProgressTracking.Figures later = tracking.figures(plan, next, today.plusDays(40));
        assertThat(later.previousAsOfDue()).isTrue();
        assertThat(later.previousCounts().get(StatusLight.RED)).isEqualTo(1);
    }

    /**
     * An office that begins with the app mid-year opens the half-year now due, then the one before it to enter its
     * reports after the fact: the rounds go in the order of the time they ask about, not the order opened.
     */
    @Test
    void aRoundOpenedLateForAnEarlierTime_goesBeforeTheLaterOne_whichStaysShownAndComparedWithIt() {
        ReportingRound second = tracking.openRound(plan, "2026年下半年", LocalDate.of(2027, 1, 10), Optional.empty(),
                Optional.empty());
        ReportingRound first = tracking.openRound(plan, "2026年上半年", LocalDate.of(2026, 7, 10), Optional.empty(),
                Optional.empty());
        // and a round of a period: placed by the period's end, before a due date later than it
        ReportingRound quarter = tracking.openRound(plan, "2026年第三季度", LocalDate.of(2027, 2, 1),
                Optional.of(LocalDate.of(2026, 7, 1)), Optional.of(LocalDate.of(2026, 9, 30)));

        assertThat(tracking.rounds(plan)).containsExactly(first, quarter, second);
        assertThat(tracking.currentRound(plan)).contains(second);
        assertThat(tracking.previousRound(plan, second)).contains(quarter);
        assertThat(tracking.previousRound(plan, first)).isEmpty();
        assertThat(tracking.figures(plan, quarter, TODAY).previous()).contains(first);
    }

    @Test
    void theDashboardFigures_countByUnitAndOnTime_andCompareWithThePreviousRound() {
        PlanNode task = PlanReferences.resolve(plan, "action.1.1");
        Unit unit = task.responsibleUnits().get(0);
        // a round due yesterday, reported today (late), then this round, reported in time
        ReportingRound last = tracking.openRound(plan, "上一轮", LocalDate.now().minusDays(1), Optional.empty(),
                Optional.empty());
        tracking.report(plan, last, task, unit, entry(ProgressStatus.DONE, "完成"), "张三");
        tracking.closeRound(last);
        ReportingRound current = tracking.openRound(plan, "本轮", LocalDate.now().plusDays(30), Optional.empty(),
                Optional.empty());
        tracking.report(plan, current, task, unit, entry(ProgressStatus.IN_PROGRESS, "推进"), "张三");
        tracking.report(plan, current, PlanReferences.resolve(plan, "action.1.2"),
                PlanReferences.resolve(plan, "action.1.2").responsibleUnits().get(0),
                entry(ProgressStatus.LAGGING, "滞后"), "李四");

        ProgressTracking.Figures figures = tracking.figures(plan, current, LocalDate.now());
        List<ProgressTracking.UnitSummary> byUnit = ProgressTracking.byUnit(figures.rows(), current);
        List<ProgressTracking.UnitSummary> lastByUnit = ProgressTracking.byUnit(
                tracking.rows(plan, last, last.due()), last);

        assertThat(figures.previous()).map(ReportingRound::name).contains("上一轮");
        assertThat(figures.previousCounts().get(StatusLight.GREEN)).isEqualTo(1);
        assertThat(figures.previousCounts().get(StatusLight.GREY)).isEqualTo(figures.rows().size() - 1);
        Map<StatusLight, Integer> counts = ProgressTracking.countByLight(figures.rows());
        assertThat(counts.get(StatusLight.GREEN)).isEqualTo(1);
        assertThat(counts.get(StatusLight.YELLOW)).isEqualTo(1);
        ProgressTracking.UnitSummary mine = byUnit.stream().filter(u -> u.unit().id().equals(unit.id()))
                .findFirst().orElseThrow();
        long tasksOfUnit = figures.rows().stream().filter(row -> row.unit().id().equals(unit.id())).count();
        assertThat(mine.tasks()).isEqualTo((int) tasksOfUnit);
        assertThat(mine.reported()).isEqualTo(1);
        assertThat(mine.onTime()).isEqualTo(1);
        assertThat(mine.onTimeRate()).isEqualTo(Math.round(100f / tasksOfUnit));
        ProgressTracking.UnitSummary lastMine = lastByUnit.stream().filter(u -> u.unit().id().equals(unit.id()))
                .findFirst().orElseThrow();
        assertThat(lastMine.reported()).isEqualTo(1);
        assertThat(lastMine.onTime()).as("reported after the round's due date").isZero();
        assertThat(byUnit.stream().mapToInt(ProgressTracking.UnitSummary::tasks).sum()).isEqualTo(figures.rows().size());
        assertThat(tracking.figures(plan, last, LocalDate.now()).previous()).isEmpty();
    }

    @Test
    void evidence_isStoredWithTheReport_keptOnceByContent_openable_andUndoneWithIt() throws IOException {
        ReportingRound round = tracking.openRound(plan, "2026年", LocalDate.of(2026, 12, 31), Optional.empty(),
                Optional.empty());
        PlanNode task = PlanReferences.resolve(plan, "action.1.1");
        Unit unit = task.responsibleUnits().get(0);
        byte[] pdf = ("%PDF-1.4\n" + "活动总结".repeat(100)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path summary = Files.write(folder.resolve("活动总结.pdf"), pdf);
        Path same = Files.write(folder.resolve("活动总结（副本）.pdf"), pdf);
        Path photo = Files.write(folder.resolve("现场.png"), new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A,
                0x1A, 0x0A, 1, 2, 3});

        ProgressTracking.Stored stored = tracking.report(plan, round, task, unit,
                entry(ProgressStatus.IN_PROGRESS, "见附件"), "张三", List.of(summary, same, photo));

        List<org.kesudesk.model.Evidence> files = rowsOf(round, task).get(unit.name()).evidence();
        assertThat(files).extracting(org.kesudesk.model.Evidence::name)
                .containsExactly("活动总结.pdf", "活动总结（副本）.pdf", "现场.png");
        assertThat(files.get(0).size()).isEqualTo(pdf.length);
        assertThat(files.get(0).hash()).isEqualTo(files.get(1).hash());
        assertThat(tracking.evidenceContent(files.get(0))).isEqualTo(pdf);
        // a later report of the unit on the task keeps its files
        ProgressTracking.Stored later = tracking.report(plan, round, task, unit, entry(ProgressStatus.DONE, "完成"),
                "张三");
        assertThat(rowsOf(round, task).get(unit.name()).evidence()).hasSize(3);

        // the earlier report is not undone over the later one: nothing is, its files included
        assertThatThrownBy(() -> tracking.undo(stored)).isInstanceOf(org.kesudesk.store.ChangedByOthersException.class);
        assertThat(rowsOf(round, task).get(unit.name()).evidence()).hasSize(3);
        assertThat(rowsOf(round, task).get(unit.name()).report()).hasValueSatisfying(report ->
                assertThat(report.status()).isEqualTo(ProgressStatus.DONE));
        tracking.undo(later);
        tracking.undo(stored);
        assertThat(rowsOf(round, task).get(unit.name()).evidence()).isEmpty();
        assertThatThrownBy(() -> tracking.evidenceContent(files.get(0))).isInstanceOf(UserFacingException.class);
    }

    /**
     * A 佐证材料 as a database restored from a tampered backup may hold it — a program under an .exe name, a
     * program's bytes under a document's name, content larger than any file attached — is not handed to the desktop
     * to open: refused naming it.
     */
    @Test
    void evidenceTamperedWithInTheDatabase_isNeverOpened() throws IOException {
        ReportingRound round = tracking.openRound(plan, "2026年", LocalDate.of(2026, 12, 31), Optional.empty(),
                Optional.empty());
        PlanNode task = PlanReferences.resolve(plan, "action.1.1");
        Unit unit = task.responsibleUnits().get(0);
        byte[] pdf = ("%PDF-1.4\n" + "活动总结".repeat(100)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        tracking.report(plan, round, task, unit, entry(ProgressStatus.IN_PROGRESS, "见附件"), "张三",
                List.of(Files.write(folder.resolve("活动总结.pdf"), pdf)));
        org.kesudesk.model.Evidence attached = rowsOf(round, task).get(unit.name()).evidence().get(0);
        assertThat(tracking.evidenceContent(attached)).isEqualTo(pdf);
        var files = org.kesudesk.store.jooq.Tables.REPORT_EVIDENCE;
        var contents = org.kesudesk.store.jooq.Tables.EVIDENCE_CONTENT;

        // a program's name
        org.kesudesk.store.Tampering.change(database, tx -> tx.update(files).set(files.NAME, "活动总结.exe")
                .execute());
        assertRefused(rowsOf(round, task).get(unit.name()).evidence().get(0), "活动总结.exe");
        org.kesudesk.store.Tampering.change(database, tx -> tx.update(files).set(files.NAME, "活动总结.pdf")
                .execute());
        // a program's bytes under the document's name and hash
        byte[] program = new byte[pdf.length];
        program[0] = 'M';
        program[1] = 'Z';
        org.kesudesk.store.Tampering.change(database, tx -> tx.update(contents).set(contents.CONTENT, program)
                .execute());
        assertRefused(attached, "活动总结.pdf");
        // more than a file may be
        org.kesudesk.store.Tampering.change(database, tx -> tx.update(contents).set(contents.CONTENT,
                new byte[(int) org.kesudesk.model.Evidence.MAX_BYTES + 1]).execute());
        assertRefused(attached, "活动总结.pdf");
        // put back as it was: opened again
        org.kesudesk.store.Tampering.change(database, tx -> tx.update(contents).set(contents.CONTENT, pdf).execute());
        assertThat(tracking.evidenceContent(attached)).isEqualTo(pdf);
    }

    private void assertRefused(org.kesudesk.model.Evidence evidence, String named) {
        assertThatThrownBy(() -> tracking.evidenceContent(evidence)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining(named).hasMessageContaining("不打开");
    }

    /** A deadline set over the one shown: if someone else changed it meanwhile, refused; theirs stays. */
    @Test
    void aDeadlineSetOverOneSomeoneElseChangedMeanwhile_isRefused_andTheirsStays() {
        PlanNode task = PlanReferences.resolve(plan, "action.1.2");
        Optional<Deadline> shown = Optional.empty();
        tracking.setDeadline(plan, task, Optional.of(new Deadline.OnDate(LocalDate.of(2023, 12, 31))));

        assertThatThrownBy(() -> tracking.setDeadlineOver(plan, task, shown,
                Optional.of(new Deadline.OnDate(LocalDate.of(2025, 6, 30)))))
                .isInstanceOf(org.kesudesk.store.ChangedByOthersException.class).hasMessageContaining(task.title());
        assertThat(tracking.deadlines(plan).get(task.id())).isEqualTo(new Deadline.OnDate(LocalDate.of(2023, 12, 31)));
        tracking.setDeadlineOver(plan, task, Optional.of(new Deadline.OnDate(LocalDate.of(2023, 12, 31))),
                Optional.of(new Deadline.OnDate(LocalDate.of(2025, 6, 30))));
        assertThat(tracking.deadlines(plan).get(task.id())).isEqualTo(new Deadline.OnDate(LocalDate.of(2025, 6, 30)));
    }

    /** A report typed over the one shown: if someone else reported meanwhile, refused; theirs stays. */
    @Test
    void aReportOverOneSomeoneElseReplacedMeanwhile_isRefused_andTheirsStays() {
        ReportingRound round = tracking.openRound(plan, "2026年", LocalDate.of(2026, 12, 31), Optional.empty(),
                Optional.empty());
        PlanNode task = PlanReferences.resolve(plan, "action.1.1");
        Unit unit = task.responsibleUnits().get(0);
        Optional<org.kesudesk.model.ProgressReport> shown = rowsOf(round, task).get(unit.name()).report();
        assertThat(shown).isEmpty();
        // a colleague reports first
        tracking.report(plan, round, task, unit, entry(ProgressStatus.DONE, "同事填的：已完成"), "李四");

        assertThatThrownBy(() -> tracking.reportOver(shown, plan, round, task, unit,
                entry(ProgressStatus.IN_PROGRESS, "我填的"), "张三", List.of()))
                .isInstanceOf(org.kesudesk.store.ChangedByOthersException.class).hasMessageContaining(unit.name());
        assertThat(rowsOf(round, task).get(unit.name()).report()).hasValueSatisfying(report ->
                assertThat(report.progress()).isEqualTo("同事填的：已完成"));
        // over the report now shown, it goes in
        tracking.reportOver(rowsOf(round, task).get(unit.name()).report(), plan, round, task, unit,
                entry(ProgressStatus.IN_PROGRESS, "我填的"), "张三", List.of());
        assertThat(rowsOf(round, task).get(unit.name()).report()).hasValueSatisfying(report ->
                assertThat(report.progress()).isEqualTo("我填的"));
    }

    /** A report typed on a task someone else took the unit off (or deleted) meanwhile: refused, nothing stored. */
    @Test
    void aReportOnATaskTheUnitWasTakenOffMeanwhile_isRefused_andNothingIsStored() {
        ReportingRound round = tracking.openRound(plan, "2026年", LocalDate.of(2026, 12, 31), Optional.empty(),
                Optional.empty());
        PlanNode task = PlanReferences.resolve(plan, "action.1.1");
        Unit unit = task.responsibleUnits().get(0);
        new org.kesudesk.store.AssignmentRepository(database).replace(new org.kesudesk.model.AssignmentList(task.id(),
                org.kesudesk.model.Role.RESPONSIBLE), task.responsibleUnits().stream().map(Unit::id)
                .filter(id -> !id.equals(unit.id())).toList(), name -> "同事的修改");

        assertThatThrownBy(() -> tracking.report(plan, round, task, unit, entry(ProgressStatus.DONE, "已完成"), "张三"))
                .isInstanceOf(org.kesudesk.store.ChangedByOthersException.class).hasMessageContaining(unit.name())
                .hasMessageContaining("已不再承担");
        assertThat(new org.kesudesk.store.ProgressRepository(database).reports(round.id())).isEmpty();
    }

    @Test
    void aFileThatIsNoDocument_isRefused_andNeitherTheReportNorAnyFileIsStored() throws IOException {
        ReportingRound round = tracking.openRound(plan, "2026年", LocalDate.of(2026, 12, 31), Optional.empty(),
                Optional.empty());
        PlanNode task = PlanReferences.resolve(plan, "action.1.1");
        Unit unit = task.responsibleUnits().get(0);
        Path good = Files.write(folder.resolve("总结.pdf"), "%PDF-1.4 ok".getBytes(java.nio.charset.StandardCharsets
                .US_ASCII));
        Path program = Files.write(folder.resolve("总结2.pdf"), new byte[] {0x4D, 0x5A, (byte) 0x90, 0, 3, 0, 0, 0});
        Path script = Files.writeString(folder.resolve("run.bat"), "del *.*");
        int auditBefore = new AuditLog(database).recent(1000).size();

        assertRefused(() -> tracking.report(plan, round, task, unit, entry(ProgressStatus.DONE, ""), "x",
                List.of(good, program)), "总结2.pdf 的内容与它的扩展名不符");
        assertRefused(() -> tracking.report(plan, round, task, unit, entry(ProgressStatus.DONE, ""), "x",
                List.of(script)), "run.bat 不是文档或图片");
        assertRefused(() -> tracking.report(plan, round, task, unit, entry(ProgressStatus.DONE, ""), "x",
                List.of(folder.resolve("不存在.pdf"))), "找不到文件 " + folder.resolve("不存在.pdf") + "。");

        assertThat(rowsOf(round, task).get(unit.name()).report()).isEmpty();
        assertThat(rowsOf(round, task).get(unit.name()).evidence()).isEmpty();
        assertThat(new AuditLog(database).recent(1000)).hasSize(auditBefore);
    }

    @Test
    void deadlines_areReadFromTheDocumentWhenThePlanIsStored() throws IOException {
        PlanDocument county = imported("xinxian-deadlines.txt").document();

        Map<UUID, Deadline> deadlines = tracking.deadlines(county);

        assertThat(code(county, deadlines, "action.1")).contains("2025-12-31");
        assertThat(code(county, deadlines, "action.1.1")).contains("2024-06-30");
        assertThat(code(county, deadlines, "action.1.2")).contains("yearly:12-31");
        assertThat(code(county, deadlines, "action.2.1")).contains("ongoing");
        assertThat(code(county, deadlines, "action.2.2")).contains("2024-09-30");
        // 巩固2022年建成的…: a year before the plan's (2023–2025) is what the text recalls, no deadline
        assertThat(code(county, deadlines, "action.2.3")).isEmpty();
        assertThat(code(county, deadlines, "project.1.1")).contains("2025-12-31");
    }

    @Test
    void aNoteGivingTasksWithoutATimeTheirs_givesThemThatDeadline_andLeavesTheOthersTheirOwn() throws IOException {
        String note = "注：未注明完成时限的工作，均需年底前完成。";
        Imported imported = imported("work-plan-2023.txt", text -> text.replace("\n抄送：", "\n" + note + "\n\n抄送："));
        PlanDocument workPlan = imported.document();

        Map<UUID, Deadline> deadlines = tracking.deadlines(workPlan);
        Map<String, String> byTitle = new java.util.HashMap<>();
        workPlan.forEachNode(node -> {
            if (node.kind().isTask()) {
                byTitle.put(node.title(), Optional.ofNullable(deadlines.get(node.id())).map(Deadline::code)
                        .orElse("none"));
            }
        });

        assertThat(byTitle).hasSize(13)
                .containsEntry("弘扬科学家精神", "2023-12-31") // names no time: the note's
                .containsEntry("实施老年人科学素质提升行动", "2023-12-31")
                .containsEntry("开展监测评估", "2023-12-31")
                .containsEntry("实施青少年科学素质提升行动", "2023-06-30") // 6月底前完成: its own
                .containsEntry("实施基层科普能力提升工程", "2023-09-30")
                .containsEntry("完善工作机制", "2023-06-30"); // 上半年
        assertThat(imported.read().warnings())
                .filteredOn(w -> w.message().key().equals("parse.warning.defaultDeadline")).singleElement().satisfies(w -> assertThat(w.message().text()).contains("完成时限：年底前完成"));
        List<String> texts = new java.util.ArrayList<>();
        workPlan.forEachNode(node -> texts.add(node.text()));
        assertThat(texts).noneMatch(text -> text.contains("未注明"));
    }

    @Test
    void aYearlyWorkPlansDatesWithoutTheYear_areThatYears() throws IOException {
        Imported imported = imported("work-plan-2023.txt");
        ParseReport read = imported.read();
        PlanDocument workPlan = imported.document();

        Map<String, String> byTitle = new java.util.HashMap<>();
        Map<UUID, Deadline> deadlines = tracking.deadlines(workPlan);
        workPlan.forEachNode(node -> Optional.ofNullable(deadlines.get(node.id()))
                .ifPresent(deadline -> byTitle.put(node.title(), deadline.code())));

        assertThat(workPlan.plan().period()).contains(new org.kesudesk.model.PlanPeriod(2023, 2023));
        assertThat(byTitle).containsEntry("实施青少年科学素质提升行动", "2023-06-30") // 6月底前完成
                .containsEntry("加强科研诚信和科技伦理建设", "2023-12-31") // 年内
                .containsEntry("实施产业工人科学素质提升行动", "2023-12-31") // 年底前完成
                .containsEntry("实施基层科普能力提升工程", "2023-09-30") // 9月底前完成
                .containsEntry("完善工作机制", "2023-06-30") // 上半年完成
                .doesNotContainKey("弘扬科学家精神"); // no time named
        // its tasks numbered on through the document (一、1. 2. 二、3. …) is no numbering mistake
        assertThat(read.warnings()).noneMatch(warning -> warning.message().key().equals("parse.warning.numbering"));
    }

    /** Sections that number their tasks with no （一） items: a task is under its section, as the document said. */
    @Test
    void aWorkPlanWhoseSectionsListTheirTasks_namesThemUnderTheSection_inLettersAndTheSummary() throws IOException {
        PlanDocument workPlan = imported("work-plan-2023.txt").document();
        PlanNode section = workPlan.sections().get(0);
        PlanNode task = section.children().get(0).children().get(0);
        ReportingRound round = tracking.openRound(workPlan, "2023年上半年", LocalDate.of(2023, 7, 10),
                Optional.empty(), Optional.empty());
        LocalDate today = LocalDate.of(2023, 6, 20);
        tracking.setDeadline(workPlan, task, Optional.of(new Deadline.OnDate(today.minusDays(5))));
        workPlan = new PlanRepository(database).find(workPlan.plan().id()).orElseThrow();

        List<SupervisionLetter> letters = new Supervision(tracking).letters(workPlan, round, today,
                today.plusDays(7), Optional.of(task.responsibleUnits().get(0).name()));
        assertThat(letters).singleElement().satisfies(letter -> assertThat(letter.entries())
                .extracting(SupervisionLetter.Entry::task).contains("弘扬科学家精神（属于一、突出科学精神引领）"));

        // named in lists of tasks and messages by the section's number, as the document numbered it
        assertThat(PlanReferences.numberedTitles(workPlan).get(task.id())).isEqualTo("一、1.弘扬科学家精神");
        assertThat(PlanReferences.placeAndTitle(workPlan, task)).isEqualTo("一、1.弘扬科学家精神");
        assertThat(tracking.rows(workPlan, round, today)).filteredOn(row -> row.task().id().equals(task.id()))
                .allSatisfy(row -> assertThat(row.place()).isEqualTo("一、1."));

        org.kesudesk.documents.SummaryDraft draft = new SummaryDrafts(tracking).draft(workPlan, round, today);
        assertThat(draft.sections().get(0).heading()).isEqualTo("一、突出科学精神引领");
        Path file = folder.resolve("总结.docx");
        new org.kesudesk.documents.DocumentRenderer().writeSummary(draft, workPlan, file);
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(file))) {
            List<String> paragraphs = docx.getParagraphs().stream().map(p -> p.getText()).toList();
            int heading = paragraphs.indexOf("一、突出科学精神引领");
            assertThat(heading).isPositive();
            assertThat(paragraphs.get(heading + 1)).startsWith("1.弘扬科学家精神");
            assertThat(paragraphs).doesNotContain("（一）突出科学精神引领");
        }
    }

    @Test
    void aTasksOwnLeadUnit_reportsOnIt_besideItsResponsibleUnits_inTheRowsAndInTheFiguresCompared() throws IOException {
        // 3.实施青少年科学素质提升行动。…（牵头单位：市教育局；责任单位：团市委、市科协）
        PlanDocument workPlan = imported("work-plan-2023.txt").document();
        PlanNode task = workPlan.items().stream().flatMap(item -> item.children().stream())
                .filter(t -> t.title().equals("实施青少年科学素质提升行动")).findFirst().orElseThrow();
        Unit lead = task.leadUnits().get(0);
        assertThat(lead.name()).isEqualTo("市教育局");
        ReportingRound first = tracking.openRound(workPlan, "2023年上半年", LocalDate.of(2023, 7, 10),
                Optional.empty(), Optional.empty());
        LocalDate today = LocalDate.of(2023, 6, 20);

        tracking.report(workPlan, first, task, lead, entry(ProgressStatus.DONE, "已举办青少年科技创新大赛"), "张三");

        List<ProgressTracking.Row> rows = tracking.rows(workPlan, first, today);
        assertThat(rows).filteredOn(row -> row.task().id().equals(task.id())).extracting(row -> row.unit().name())
                .containsExactly("市教育局", "团市委", "市科协");
        assertThat(rows).filteredOn(row -> row.unit().id().equals(lead.id()) && row.task().id().equals(task.id()))
                .singleElement().satisfies(row -> assertThat(row.light()).isEqualTo(StatusLight.GREEN));
        // the next round compares with this one's lights, read without its rows: the lead's row among them
        tracking.closeRound(first);
        ReportingRound second = tracking.openRound(workPlan, "2023年下半年", LocalDate.of(2024, 1, 10),
                Optional.empty(), Optional.empty());
        ProgressTracking.Figures figures = tracking.figures(workPlan, second, today);
        assertThat(figures.previousCounts().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(rows.size());
        assertThat(figures.previousCounts().get(StatusLight.GREEN)).isEqualTo(1);
    }

    @Test
    void aLetterChasingATasksLead_saysItLeadsIt_andOneToItsOtherUnits_doesNot() throws IOException {
        PlanDocument workPlan = imported("work-plan-2023.txt").document();
        PlanNode task = workPlan.items().stream().flatMap(item -> item.children().stream())
                .filter(t -> t.title().equals("实施青少年科学素质提升行动")).findFirst().orElseThrow();
        ReportingRound round = tracking.openRound(workPlan, "2023年上半年", LocalDate.of(2023, 7, 10),
                Optional.empty(), Optional.empty());
        LocalDate today = LocalDate.of(2023, 7, 5);
        // 6月底前完成, read from its text: past, and not reported

        Supervision supervision = new Supervision(tracking);
        List<SupervisionLetter> toLead = supervision.letters(workPlan, round, today, today.plusDays(7),
                Optional.of("市教育局"));
        List<SupervisionLetter> toOther = supervision.letters(workPlan, round, today, today.plusDays(7),
                Optional.of("团市委"));

        assertThat(toLead).singleElement().satisfies(letter -> assertThat(letter.entries())
                .extracting(SupervisionLetter.Entry::task)
                .contains("实施青少年科学素质提升行动（牵头）（属于二、实施重点人群科学素质提升行动）"));
        assertThat(toOther).singleElement().satisfies(letter -> assertThat(letter.entries())
                .extracting(SupervisionLetter.Entry::task)
                .contains("实施青少年科学素质提升行动（属于二、实施重点人群科学素质提升行动）"));
        assertThat(task.leadUnits()).extracting(Unit::name).containsExactly("市教育局");
    }

    @Test
    void aWorkPlanWhoseItemsAreItsTasks_isReportedOnByEachItemsUnits_leadFirst() throws IOException {
        Imported imported = imported("work-plan-items-2024.txt");
        ParseReport read = imported.read();
        PlanDocument workPlan = imported.document();
        ReportingRound round = tracking.openRound(workPlan, "2024年上半年", LocalDate.of(2024, 7, 10),
                Optional.empty(), Optional.empty());

        Map<String, List<String>> unitsByTask = new java.util.LinkedHashMap<>();
        tracking.rows(workPlan, round, LocalDate.of(2024, 6, 20)).forEach(row -> unitsByTask
                .computeIfAbsent(row.task().title(), title -> new java.util.ArrayList<>()).add(row.unit().name()));

        // （一）深入开展青少年科学素质提升行动。…6月底前完成。（牵头单位：市教育局；责任单位：市科协、团市委）
        assertThat(unitsByTask).hasSize(6)
                .containsEntry("深入开展青少年科学素质提升行动", List.of("市教育局", "市科协", "团市委"))
                .containsEntry("实施基层科普能力提升工程", List.of("市科协", "各县（市）区"))
                .containsEntry("完善工作机制", List.of("市科协"));
        PlanNode youth = workPlan.items().get(0);
        assertThat(youth.leadUnits()).extracting(org.kesudesk.model.Unit::name).containsExactly("市教育局");
        assertThat(tracking.deadlines(workPlan).get(youth.children().get(0).id()))
                .isEqualTo(new Deadline.OnDate(LocalDate.of(2024, 6, 30)));
        // its items numbered on through the document (一、（一）（二）（三） 二、（四）) is no numbering mistake
        assertThat(read.warnings()).noneMatch(warning -> warning.message().key().equals("parse.warning.numbering"));
        // the 督办通知单 names the item by its number, not as under itself
        List<SupervisionLetter> letters = new Supervision(tracking).letters(workPlan, round, LocalDate.of(2024, 7, 5),
                LocalDate.of(2024, 7, 12), Optional.of("市教育局"));
        assertThat(letters).singleElement().satisfies(letter -> assertThat(letter.entries())
                .extracting(SupervisionLetter.Entry::task).containsExactly("（一）深入开展青少年科学素质提升行动"));
        // the 工作总结初稿 names such an item once: its heading, then its units' reports, not its title again
        org.kesudesk.documents.SummaryDraft draft = new SummaryDrafts(tracking).draft(workPlan, round,
                LocalDate.of(2024, 7, 5));
        assertThat(draft.sections().get(0).items().get(0).heading()).isEqualTo("（一）深入开展青少年科学素质提升行动");
        assertThat(draft.sections().get(0).items().get(0).tasks()).singleElement()
                .satisfies(task -> assertThat(task.title()).isEmpty());
        Path file = folder.resolve("总结.docx");
        new org.kesudesk.documents.DocumentRenderer().writeSummary(draft, workPlan, file);
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(file))) {
            List<String> paragraphs = docx.getParagraphs().stream().map(p -> p.getText()).toList();
            int heading = paragraphs.indexOf("（一）深入开展青少年科学素质提升行动");
            assertThat(paragraphs.get(heading + 1))
                    .isEqualTo(org.kesudesk.l10n.Messages.get("documents.summary.noReport"));
        }
    }

    private record Imported(ParseReport read, PlanDocument document) {
    }

    /** A document of the test resources' plans/deadlines imported as the window and the command line import one. */
    private Imported imported(String name) throws IOException {
        return imported(name, java.util.function.UnaryOperator.identity());
    }

    /** The document, changed as the function changes its text, imported. */
    private Imported imported(String name, java.util.function.UnaryOperator<String> changed) throws IOException {
        Path file = folder.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/plans/deadlines/" + name)) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            Files.writeString(file, changed.apply(text));
        }
        PlanRepository plans = new PlanRepository(database);
        PlanImportService imports = new PlanImportService(plans, new UnitRepository(database));
        ParseReport read = imports.read(file, Optional.empty());
        return new Imported(read, plans.find(imports.save(read, List.of()).id()).orElseThrow());
    }

    private static Optional<String> code(PlanDocument plan, Map<UUID, Deadline> deadlines, String reference) {
        return Optional.ofNullable(deadlines.get(PlanReferences.resolve(plan, reference).id())).map(Deadline::code);
    }

    private Map<String, ProgressTracking.Row> rowsOf(ReportingRound round, PlanNode task) {
        return rowsOf(round, task, TODAY);
    }

    private Map<String, ProgressTracking.Row> rowsOf(ReportingRound round, PlanNode task, LocalDate day) {
        Map<String, ProgressTracking.Row> rows = new java.util.HashMap<>();
        tracking.rows(plan, round, day).stream().filter(row -> row.task().id().equals(task.id()))
                .forEach(row -> rows.put(row.unit().name(), row));
        return rows;
    }

    private static ProgressTracking.Entry entry(ProgressStatus status, String text) {
        return new ProgressTracking.Entry(status, OptionalInt.empty(), text, "", "");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).userMessage()).contains(message));
    }
}
