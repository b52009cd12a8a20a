package org.kesudesk.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.documents.DocumentKind;
import org.kesudesk.documents.DocumentRenderer;
import org.kesudesk.documents.NoticeHeader;
import org.kesudesk.documents.OutputFormat;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.logic.progress.ProgressTracking;
import org.kesudesk.model.Deadline;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.PlanPeriod;
import org.kesudesk.model.ProgressStatus;
import org.kesudesk.model.ReportingRound;
import org.kesudesk.model.Role;
import org.kesudesk.model.Unit;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.testsupport.SamplePlan;

/**
 * 年度工作要点 made from the sample plan in a real database: the tasks chosen for the year (by their deadlines, or by
 * hand) with their units and deadlines, stored as a plan of its own for that year, issued with its 分工表 and
 * followed with a round like any plan; the five-year plan stays the office's own.
 */
class WorkPlansTest {

    private static final int YEAR = 2024;

    @TempDir
    Path folder;
    private Database database;
    private PlanDocument plan;
    private ProgressTracking tracking;
    private WorkPlans workPlans;

    @BeforeEach
    void theSampleWithDeadlinesOfEveryKind() {
        database = org.kesudesk.testsupport.TestDatabases.open(folder.resolve("kesudesk"));
        plan = SamplePlan.store(database);
        tracking = new ProgressTracking(database);
        workPlans = new WorkPlans(database);
        tracking.setDeadline(plan, task("action.1.1"), Optional.of(new Deadline.OnDate(LocalDate.of(YEAR - 1, 12, 31))));
        tracking.setDeadline(plan, task("action.1.2"), Optional.of(new Deadline.OnDate(LocalDate.of(YEAR, 6, 30))));
        tracking.setDeadline(plan, task("action.1.3"), Optional.of(new Deadline.Yearly(MonthDay.of(11, 30))));
        tracking.setDeadline(plan, task("project.1.1"), Optional.of(new Deadline.Ongoing()));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theYearsTasks_areThoseStillToDo_withTheirUnitsAndDeadlines_numberedAfresh() {
        Set<UUID> chosen = workPlans.tasksForYear(plan, YEAR);
        assertThat(chosen).doesNotContain(task("action.1.1").id())
                .contains(task("action.1.2").id(), task("action.1.3").id(), task("project.1.1").id());
        assertThat(chosen).hasSize(WorkPlans.allTasks(plan).size() - 1);

        PlanDocument made = workPlans.make(plan, "齐齐哈尔市", YEAR, chosen);

        assertThat(made.plan().period()).contains(new PlanPeriod(YEAR, YEAR));
        assertThat(made.plan().regionId()).isEqualTo(plan.plan().regionId());
        assertThat(made.plan().planTitle()).isEqualTo("齐齐哈尔市2024年全民科学素质行动工作要点");
        assertThat(made.plan().title()).contains("《齐齐哈尔市2024年全民科学素质行动工作要点》");
        // every chosen task is there once, under its action, with the same units in the same roles
        Map<String, PlanNode> byTitle = new HashMap<>();
        made.forEachNode(node -> {
            if (node.kind().isTask()) {
                byTitle.put(node.title(), node);
            }
        });
        assertThat(byTitle).hasSize(chosen.size());
        assertThat(byTitle).doesNotContainKey(task("action.1.1").title());
        for (UUID id : chosen) {
            PlanNode original = find(plan, id);
            PlanNode copy = byTitle.get(original.title());
            assertThat(copy).as(original.title()).isNotNull();
            for (Role role : Role.values()) {
                assertThat(names(copy.unitsIn(role))).as(original.title()).isEqualTo(names(original.unitsIn(role)));
            }
        }
        // the sections and the items under each numbered 一, 二, … as in a document of their own
        assertThat(made.sections()).extracting(PlanNode::label).startsWith("一", "二", "三");
        for (PlanNode section : made.sections()) {
            List<String> items = section.children().stream().map(PlanNode::label).toList();
            assertThat(items).as(section.title()).isEqualTo(List.of("一", "二", "三", "四", "五", "六", "七", "八")
                    .subList(0, items.size()));
        }
        // action.1.1 left out: the action's tasks numbered 1, 2, … again
        PlanNode firstAction = made.sections().get(0).children().get(0);
        List<String> labels = firstAction.children().stream().map(PlanNode::label).toList();
        for (int i = 0; i < labels.size(); i++) {
            assertThat(labels.get(i)).isEqualTo(String.valueOf(i + 1));
        }
        assertThat(firstAction.children().get(0).title()).isEqualTo(task("action.1.2").title());
        // the deadlines go with the tasks; every year's day becomes the year's date
        Map<UUID, Deadline> deadlines = tracking.deadlines(made);
        assertThat(deadlines.get(byTitle.get(task("action.1.2").title()).id()))
                .isEqualTo(new Deadline.OnDate(LocalDate.of(YEAR, 6, 30)));
        assertThat(deadlines.get(byTitle.get(task("action.1.3").title()).id()))
                .isEqualTo(new Deadline.OnDate(LocalDate.of(YEAR, 11, 30)));
        assertThat(deadlines.get(byTitle.get(task("project.1.1").title()).id())).isEqualTo(new Deadline.Ongoing());
        // remembered as the plan's work plan for the year; the five-year plan stays the office's own
        PlanRepository plans = new PlanRepository(database);
        assertThat(plans.workPlansOf(plan.plan().id())).containsEntry(YEAR, made.plan().id());
        assertThat(plans.parentOf(made.plan().id())).contains(Map.entry(plan.plan().id(), YEAR));
        assertThat(plans.ownPlan().orElseThrow().plan().id()).isEqualTo(plan.plan().id());
    }

    @Test
    void tasksChosenByHand_makeAPlanOfThoseOnly_andActionsWithoutOne_areLeftOut() {
        Set<UUID> chosen = Set.of(task("action.2.1").id(), task("project.1.2").id());
        PlanDocument made = workPlans.make(plan, "齐齐哈尔市", YEAR, chosen);

        List<String> items = new ArrayList<>();
        List<String> tasks = new ArrayList<>();
        for (PlanNode section : made.sections()) {
            for (PlanNode item : section.children()) {
                items.add(item.title());
                item.children().forEach(t -> tasks.add(t.title()));
            }
        }
        assertThat(items).containsExactly(parentOf("action.2.1").title(), parentOf("project.1.2").title());
        assertThat(tasks).containsExactly(task("action.2.1").title(), task("project.1.2").title());
        // a document of its own, numbered without gaps: the plan's 二、 (its 一、 is the 总体要求) and （二） become 一、
        // and （一）, as a 文秘 would number them
        assertThat(parentOf("action.2.1").label()).isEqualTo("二");
        assertThat(made.sections()).extracting(PlanNode::heading).containsExactly(
                "一、" + plan.sections().get(0).title(), "二、" + plan.sections().get(1).title());
        assertThat(made.sections()).allSatisfy(section -> assertThat(section.children()).extracting(PlanNode::label)
                .containsExactly("一"));
    }

    @Test
    void theWorkPlan_isIssuedWithItsDivisionTable_andFollowedWithARound() throws Exception {
        PlanDocument made = workPlans.make(plan, "齐齐哈尔市", YEAR, workPlans.tasksForYear(plan, YEAR));
        Path pdf = folder.resolve("要点.pdf");
        new DocumentRenderer().render(DocumentKind.NOTICE, made, NoticeHeader.of(made.plan()), Optional.empty(), true)
                .save(pdf, OutputFormat.PDF);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("[\\s\\u3000]", "");
            assertThat(text).contains("齐齐哈尔市2024年全民科学素质行动工作要点").contains("任务分工")
                    .contains(task("action.1.2").title()).doesNotContain(task("action.1.1").title() + "（");
        }

        ReportingRound round = tracking.openRound(made, "2024年全年", LocalDate.now().plusDays(10), Optional.empty(),
                Optional.empty());
        ProgressTracking.Row row = tracking.rows(made, round, LocalDate.now()).get(0);
        tracking.report(made, round, row.task(), row.unit(), new ProgressTracking.Entry(ProgressStatus.DONE,
                OptionalInt.empty(), "已完成", "", ""), "测试");
        assertThat(tracking.rows(made, round, LocalDate.now()).get(0).report()).isPresent();
    }

    @Test
    void aYearOutsideThePlan_orNoTaskChosen_isRefused_andNothingIsStored() {
        assertThatThrownBy(() -> workPlans.make(plan, "齐齐哈尔市", 2030, WorkPlans.allTasks(plan)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("2030 年不在方案的期限（2021—2025 年）内");
        assertThatThrownBy(() -> workPlans.make(plan, "齐齐哈尔市", YEAR, Set.of()))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("没有选中任何任务");
        assertThat(new PlanRepository(database).list()).hasSize(1);
    }

    @Test
    void theRuleOfTheYear_keepsWhatIsStillToDo() {
        assertThat(WorkPlans.isForYear(Optional.empty(), YEAR)).isTrue();
        assertThat(WorkPlans.isForYear(Optional.of(new Deadline.Ongoing()), YEAR)).isTrue();
        assertThat(WorkPlans.isForYear(Optional.of(new Deadline.Yearly(MonthDay.of(3, 1))), YEAR)).isTrue();
        assertThat(WorkPlans.isForYear(Optional.of(new Deadline.OnDate(LocalDate.of(YEAR, 1, 1))), YEAR)).isTrue();
        assertThat(WorkPlans.isForYear(Optional.of(new Deadline.OnDate(LocalDate.of(YEAR + 2, 1, 1))), YEAR))
                .isTrue();
        assertThat(WorkPlans.isForYear(Optional.of(new Deadline.OnDate(LocalDate.of(YEAR - 1, 12, 31))), YEAR))
                .isFalse();
    }

    /**
     * Plans in the other styles, regions and sizes the parser is tested on: each year's work plan holds the tasks
     * the rule gives, with their units, and is issued with its 分工表; the plan's 通报 adds up to its rows.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"bingxian-county", "dingshi-city", "gengshi-pdf-text",
            "jixian-county", "renxian-traditional", "wushi-city", "xinqu-district"})
    void plansInOtherStyles_makeTheirWorkPlans_andTheirBulletins(String name) throws Exception {
        PlanDocument other;
        try (java.io.InputStream in = getClass().getResourceAsStream("/plans/unseen/" + name + ".txt")) {
            other = new PlanRepository(database).add(new org.kesudesk.parse.PlanDocumentReader().read(name + ".txt",
                    in.readAllBytes(), Optional.empty(), List.of()).document());
        }
        List<Integer> years = WorkPlans.years(other);
        if (years.isEmpty()) {
            assertThatThrownBy(() -> workPlans.make(other, "某市", 2024, WorkPlans.allTasks(other)))
                    .isInstanceOf(UserFacingException.class).hasMessageContaining("没有起止年份");
            return;
        }
        int year = years.get(years.size() - 1);
        Map<UUID, Deadline> deadlines = tracking.deadlines(other);
        Set<UUID> chosen = workPlans.tasksForYear(other, year);
        int[] expected = {0};
        other.forEachNode(node -> {
            if (node.kind().isTask() && WorkPlans.isForYear(Optional.ofNullable(deadlines.get(node.id())), year)) {
                expected[0]++;
            }
        });
        assertThat(chosen).hasSize(expected[0]);
        PlanDocument made = workPlans.make(other, "某市", year, chosen);
        Map<String, List<String>> unitsOfTask = new HashMap<>();
        made.forEachNode(node -> {
            if (node.kind().isTask()) {
                unitsOfTask.put(node.title() + "/" + node.text(), names(node.responsibleUnits()));
            }
        });
        assertThat(unitsOfTask).hasSize(chosen.size());
        for (UUID id : chosen) {
            PlanNode original = find(other, id);
            assertThat(unitsOfTask.get(original.title() + "/" + original.text())).as(original.title())
                    .isEqualTo(names(original.responsibleUnits()));
        }
        Path pdf = folder.resolve(name + "-要点.pdf");
        new DocumentRenderer().render(DocumentKind.NOTICE, made, NoticeHeader.of(made.plan()), Optional.empty(), true)
                .save(pdf, OutputFormat.PDF);
        assertThat(pdf).isNotEmptyFile();

        ReportingRound round = tracking.openRound(other, year + "年", LocalDate.now().plusDays(10), Optional.empty(),
                Optional.empty());
        List<ProgressTracking.Row> rows = tracking.rows(other, round, LocalDate.now());
        tracking.report(other, round, rows.get(0).task(), rows.get(0).unit(), new ProgressTracking.Entry(
                ProgressStatus.DONE, OptionalInt.empty(), "已完成", "", ""), "测试");
        org.kesudesk.documents.Bulletin bulletin = new org.kesudesk.logic.progress.Bulletins(database, tracking,
                new org.kesudesk.logic.progress.IndicatorTracking(database)).bulletin(other, round, LocalDate.now(),
                org.kesudesk.logic.progress.Bulletins.defaultFrame());
        List<String> total = bulletin.tables().get(0).rows().get(bulletin.tables().get(0).rows().size() - 1);
        // the rows someone here answers for: a collective's (各县区人民政府, 各有关单位) only with a report of its own
        long answered = rows.stream().filter(row -> !row.unit().isCollective() || row == rows.get(0)).count();
        assertThat(total.subList(0, 3)).containsExactly("合计", String.valueOf(answered), "1");
        new DocumentRenderer().renderBulletin(bulletin, NoticeHeader.of(other.plan()), other)
                .save(folder.resolve(name + "-通报.pdf"), OutputFormat.PDF);
    }

    private static List<String> names(List<Unit> units) {
        return units.stream().map(Unit::name).toList();
    }

    private PlanNode task(String reference) {
        return PlanReferences.resolve(plan, reference);
    }

    private PlanNode parentOf(String reference) {
        PlanNode child = task(reference);
        PlanNode[] parent = {null};
        plan.forEachNode(node -> {
            if (node.children().stream().anyMatch(c -> c.id().equals(child.id()))) {
                parent[0] = node;
            }
        });
        return parent[0];
    }

    private static PlanNode find(PlanDocument plan, UUID id) {
        PlanNode[] found = {null};
        plan.forEachNode(node -> {
            if (node.id().equals(id)) {
                found[0] = node;
            }
        });
        return found[0];
    }
}
