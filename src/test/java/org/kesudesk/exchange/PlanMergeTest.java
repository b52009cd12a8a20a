package org.kesudesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.testsupport.TestPlans;

/** The merge's quick answers: a first import, and a file that changed nothing (against what the whole merge gives). */
class PlanMergeTest {

    private final byte[] json = PlanData.write(TestPlans.countyPlan(), "230227");

    /** The plan as the file has it: each read makes its units anew, so two reads are equal in all but those. */
    private PlanDocument read() {
        return PlanData.read(json).document();
    }

    @Test
    void aFirstImport_isTheFilesPlan_everyRowAdded() {
        PlanDocument theirs = read();

        PlanMerge.Result first = PlanMerge.merge(Optional.empty(), Optional.empty(), theirs, Map.of());

        assertThat(first.merged()).isSameAs(theirs);
        assertThat(first.conflicts()).isEmpty();
        int[] rows = {1 + theirs.goalIndicators().size()};
        theirs.forEachNode(node -> rows[0] += 1 + node.assignments().size() + node.indicators().size());
        assertThat(first.changes()).hasSize(rows[0])
                .allMatch(change -> change.type() == PlanMerge.ChangeType.ADDED);
        assertThat(first.reorderedLists()).isZero();
    }

    @Test
    void aFileThatChangedNothingSinceTheBase_leavesThePlanHereAsItIs_asTheWholeMergeDoes() {
        PlanDocument theirs = read();
        PlanDocument mine = withFirstTaskRetitled(read(), "本地修改的任务");

        // the base as it was exchanged, read anew (its units other objects, with ids of their own): the quick answer
        PlanMerge.Result quick = PlanMerge.merge(Optional.of(read()), Optional.of(mine), theirs, Map.of());
        // a base whose rows are the same but whose first unit is listed elsewhere in the catalogue: not the plan
        // as exchanged, so the merge goes through every row
        PlanDocument listedElsewhere = withFirstTask(read(), task -> {
            List<org.kesudesk.model.Assignment> assignments = new ArrayList<>(task.assignments());
            org.kesudesk.model.Assignment first = assignments.get(0);
            org.kesudesk.model.Unit unit = first.unit();
            assignments.set(0, new org.kesudesk.model.Assignment(first.id(), new org.kesudesk.model.Unit(unit.id(),
                    unit.name(), unit.kind(), unit.precedence() + 100, unit.rowVersion()), first.role(),
                    first.rowVersion()));
            return new PlanNode(task.id(), task.kind(), task.label(), task.title(), task.text(), assignments,
                    task.indicators(), task.children(), task.rowVersion());
        });
        PlanMerge.Result whole = PlanMerge.merge(Optional.of(listedElsewhere), Optional.of(mine), theirs, Map.of());

        assertThat(quick.merged()).isSameAs(mine);
        assertThat(whole.merged()).isNotSameAs(mine);
        assertThat(quick.changesNothing()).isTrue();
        assertThat(whole.changesNothing()).isTrue();
        assertThat(whole.conflicts()).isEmpty();
        assertThat(PlanData.write(whole.merged(), "230227")).isEqualTo(PlanData.write(mine, "230227"));
    }

    /** Both offices retitled one task and nothing else changed: the summary does not call the plans the same. */
    @Test
    void aConflictAlone_isNotSummedUpAsNoChange() {
        PlanDocument base = read();
        PlanMerge.Result merged = PlanMerge.merge(Optional.of(base), Optional.of(withFirstTaskRetitled(read(),
                "本地的说法")), withFirstTaskRetitled(read(), "文件的说法"), Map.of());

        assertThat(merged.changesNothing()).isTrue();
        assertThat(merged.conflicts()).hasSize(1);
        assertThat(merged.summary()).singleElement().asString().contains("1 处").contains("冲突")
                .doesNotContain("没有改动");
    }

    /** The action a section is itself (a work plan's 一、… then 1. 2.) is listed by the section's heading. */
    @Test
    void theActionASectionIsItself_isListedByTheSectionsHeading() {
        org.kesudesk.testsupport.PlanBuilder b = new org.kesudesk.testsupport.PlanBuilder();
        PlanDocument workPlan = b.section("一", "突出科学精神引领", b.item(org.kesudesk.model.NodeKind.ACTION, "一",
                "突出科学精神引领", "", List.of("市科协"), b.task("1", "弘扬科学家精神", "弘扬科学家精神。",
                        List.of("市委宣传部")))).build();
        PlanNode item = workPlan.items().get(0);

        PlanMerge.Result first = PlanMerge.merge(Optional.empty(), Optional.empty(), workPlan, Map.of());

        assertThat(first.changes()).filteredOn(change -> change.id().equals(item.id())
                        || change.id().equals(item.assignments().get(0).id()))
                .hasSize(2).allSatisfy(change -> assertThat(change.subject()).isEqualTo("一、突出科学精神引领"));
        assertThat(first.changes()).filteredOn(change -> change.id().equals(item.children().get(0).id()))
                .singleElement().satisfies(change -> assertThat(change.subject()).isEqualTo("一、1.弘扬科学家精神"));
    }

    @Test
    void oneOfficeMakingAUnitATasksLead_andTheOtherAddingItAsResponsible_mergeToItLeading_once() {
        PlanDocument base = read();
        // here: 县科协 made the first task's lead; there: 县科协 added to its responsible units
        PlanDocument mine = withFirstTask(read(), task -> withAssignment(task,
                org.kesudesk.model.Assignment.create(org.kesudesk.model.Unit.create("县科协", 1),
                        org.kesudesk.model.Role.LEAD)));
        PlanDocument theirs = withFirstTask(read(), task -> withAssignment(task,
                org.kesudesk.model.Assignment.create(org.kesudesk.model.Unit.create("县科协", 1),
                        org.kesudesk.model.Role.RESPONSIBLE)));

        PlanMerge.Result result = PlanMerge.merge(Optional.of(base), Optional.of(mine), theirs, Map.of());

        PlanNode task = result.merged().items().get(0).children().get(0);
        assertThat(task.leadUnits()).extracting(org.kesudesk.model.Unit::name).containsExactly("县科协");
        assertThat(task.responsibleUnits()).extracting(org.kesudesk.model.Unit::name).doesNotContain("县科协");
        assertThat(org.kesudesk.logic.PlanContentCheck.violations(result.merged())).isEmpty();
    }

    private static PlanNode withAssignment(PlanNode task, org.kesudesk.model.Assignment added) {
        List<org.kesudesk.model.Assignment> assignments = new ArrayList<>(task.assignments());
        assignments.add(added);
        return new PlanNode(task.id(), task.kind(), task.label(), task.title(), task.text(), assignments,
                task.indicators(), task.children(), task.rowVersion());
    }

    /** A task's long text changed near its end shows where it changed; a title changed alone shows the titles. */
    @Test
    void aChangedTask_showsWhereItsTextChanged_orItsTitle_notTheSameStartTwice() {
        String start = "加强基层科普阵地建设，".repeat(10);
        PlanDocument base = withFirstTask(read(), task -> new PlanNode(task.id(), task.kind(), task.label(),
                task.title(), start + "每年开展活动10次。", task.assignments(), task.indicators(), task.children(),
                task.rowVersion()));
        PlanDocument reworded = withFirstTask(base, task -> new PlanNode(task.id(), task.kind(), task.label(),
                task.title(), start + "每年开展活动20次。", task.assignments(), task.indicators(), task.children(),
                task.rowVersion()));
        PlanDocument retitled = withFirstTaskRetitled(base, "新的任务名称");

        PlanMerge.RowChange text = PlanMerge.merge(Optional.of(base), Optional.of(base), reworded, Map.of()).changes()
                .get(0);
        PlanMerge.RowChange title = PlanMerge.merge(Optional.of(base), Optional.of(base), retitled, Map.of())
                .changes().get(0);

        assertThat(text.before().orElseThrow()).startsWith("…").contains("10次").doesNotContain("20次");
        assertThat(text.after().orElseThrow()).startsWith("…").contains("20次");
        assertThat(title.before()).hasValue(base.items().get(0).children().get(0).title());
        assertThat(title.after()).hasValue("新的任务名称");
    }

    private static PlanDocument withFirstTaskRetitled(PlanDocument plan, String title) {
        return withFirstTask(plan, task -> new PlanNode(task.id(), task.kind(), task.label(), title, task.text(),
                task.assignments(), task.indicators(), task.children(), task.rowVersion()));
    }

    private static PlanDocument withFirstTask(PlanDocument plan, java.util.function.UnaryOperator<PlanNode> change) {
        List<PlanNode> sections = new ArrayList<>(plan.sections());
        PlanNode section = sections.get(0);
        List<PlanNode> items = new ArrayList<>(section.children());
        PlanNode item = items.get(0);
        List<PlanNode> tasks = new ArrayList<>(item.children());
        tasks.set(0, change.apply(tasks.get(0)));
        items.set(0, new PlanNode(item.id(), item.kind(), item.label(), item.title(), item.text(),
                item.assignments(), item.indicators(), tasks, item.rowVersion()));
        sections.set(0, new PlanNode(section.id(), section.kind(), section.label(), section.title(), section.text(),
                section.assignments(), section.indicators(), items, section.rowVersion()));
        return new PlanDocument(plan.plan(), plan.goalIndicators(), sections);
    }
}
