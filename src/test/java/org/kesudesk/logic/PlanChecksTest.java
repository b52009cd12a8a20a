package org.kesudesk.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kesudesk.model.Assignment;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanDocuments;
import org.kesudesk.model.PlanNode;
import org.kesudesk.testsupport.TestPlans;

class PlanChecksTest {

    private final PlanDocument plan = TestPlans.countyPlan();
    private final PlanNode firstItem = plan.items().get(0);
    private final PlanNode firstTask = firstItem.children().get(0);
    private final PlanNode secondTask = firstItem.children().get(1);
    private final PlanNode project = plan.items().get(2);

    @Test
    void aCompletePlanHasNoFinding() {
        assertThat(PlanChecks.run(plan)).isEmpty();
    }

    @Test
    void findsTheTaskWithoutUnits_theUnitNamedTwice_andTheProjectWithoutLead_inPlanOrder() {
        List<PlanChecks.Finding> findings = PlanChecks.run(edited());

        assertThat(findings).extracting(PlanChecks.Finding::nodeId, PlanChecks.Finding::kind,
                PlanChecks.Finding::detail).containsExactly(
                tuple(firstTask.id(), PlanChecks.Kind.NO_RESPONSIBLE, ""),
                tuple(secondTask.id(), PlanChecks.Kind.UNIT_TWICE, secondTask.assignments().get(0).unit().name()),
                tuple(project.id(), PlanChecks.Kind.NO_LEAD, ""));
        assertThat(findings.get(0).path()).isEqualTo("（一）实施青少年科学素质提升行动 › 1.推进校内科学教育");
    }

    /** A section that listed its tasks with no （一）: its action is named as the section, in a run and in the memo. */
    @Test
    void theActionASectionIsItself_isNamedAsTheSection_untilTheSectionHasASecondAction() {
        PlanNode section = plan.sections().get(0);
        PlanNode item = section.children().get(0);
        PlanNode task = item.children().get(0);
        PlanNode asSection = new PlanNode(item.id(), item.kind(), "一", section.title(), "", List.of(),
                item.indicators(), List.of(withoutUnits(task)), item.rowVersion());
        PlanDocument workPlan = PlanDocuments.replace(plan, Map.of(section.id(), new PlanNode(section.id(),
                section.kind(), section.label(), section.title(), section.text(), section.assignments(),
                section.indicators(), List.of(asSection), section.rowVersion())));
        PlanChecks.Memo memo = new PlanChecks.Memo();

        String sectionName = section.kind().numbering(section.label()) + section.title();
        assertThat(PlanChecks.run(workPlan)).extracting(PlanChecks.Finding::path)
                .startsWith(sectionName, sectionName + " › " + task.kind().numbering(task.label()) + task.title());
        assertThat(memo.run(workPlan)).isEqualTo(PlanChecks.run(workPlan));

        // a second action beside it: it is an action of its own again, in the memo's findings too
        PlanDocument twoActions = PlanDocuments.replace(plan, Map.of(section.id(), new PlanNode(section.id(),
                section.kind(), section.label(), section.title(), section.text(), section.assignments(),
                section.indicators(), List.of(asSection, section.children().get(1)), section.rowVersion())));
        assertThat(memo.run(twoActions)).isEqualTo(PlanChecks.run(twoActions)).extracting(PlanChecks.Finding::path)
                .startsWith("（一）" + section.title());
    }

    private static PlanNode withoutUnits(PlanNode task) {
        return new PlanNode(task.id(), task.kind(), task.label(), task.title(), task.text(), List.of(),
                task.indicators(), List.of(), task.rowVersion());
    }

    @Test
    void theMemoFindsWhatAFullRunFinds_afterEditsAndTheirUndoing() {
        PlanChecks.Memo memo = new PlanChecks.Memo();
        assertThat(memo.run(plan)).isEmpty();
        assertThat(memo.run(edited())).isEqualTo(PlanChecks.run(edited())).hasSize(3);
        // undoing: the items are the first version's objects again, whose findings the memo no longer holds
        assertThat(memo.run(plan)).isEmpty();
        PlanDocument onlyProject = PlanDocuments.replace(plan, Map.of(project.id(), withAssignments(project, List.of())));
        assertThat(memo.run(onlyProject)).extracting(PlanChecks.Finding::nodeId).containsExactly(project.id());
    }

    /**
     * A task whose text closes with a units clause (a paragraph pasted whole into its text box) is found: the notice
     * would print the clause twice. A bracket that is no units clause, or a clause inside the text, is not.
     */
    @Test
    void aTextClosingWithAUnitsClause_isFound_otherBracketsAreNot() {
        PlanDocument pasted = PlanDocuments.replace(plan, Map.of(
                firstTask.id(), withText(firstTask, "推进校内科学教育。开设科学课。（牵头单位：县教育局；责任单位：县科协、团县委）"),
                secondTask.id(), withText(secondTask, "培训科技辅导员（每年30名）。\n由县科协（责任单位：县科协）组织，"
                        + "县教育局配合（2025年前）"),
                project.id(), withText(project, "建设科普场馆。\n（牵头单位：县科协）")));

        assertThat(PlanChecks.run(pasted)).extracting(PlanChecks.Finding::nodeId, PlanChecks.Finding::kind,
                PlanChecks.Finding::detail).containsExactly(
                tuple(firstTask.id(), PlanChecks.Kind.UNITS_IN_TEXT, "县教育局、县科协、团县委"),
                tuple(project.id(), PlanChecks.Kind.UNITS_IN_TEXT, "县科协"));
    }

    /** Every node of a plan read from a document has its clauses read out of its text: nothing is found. */
    @Test
    void aPlanReadFromADocument_hasNoUnitsLeftInItsTexts() throws java.io.IOException {
        for (String resource : List.of("/org/kesudesk/samples/qiqihar-2022-16.txt", "/plans/gannan-county-2023.txt")) {
            try (java.io.InputStream in = PlanChecksTest.class.getResourceAsStream(resource)) {
                PlanDocument read = new org.kesudesk.parse.PlanDocumentReader().read(resource, in.readAllBytes(),
                        java.util.Optional.empty(), List.of()).document();
                assertThat(PlanChecks.run(read)).as(resource)
                        .noneMatch(finding -> finding.kind() == PlanChecks.Kind.UNITS_IN_TEXT);
            }
        }
    }

    private static PlanNode withText(PlanNode node, String text) {
        return new PlanNode(node.id(), node.kind(), node.label(), node.title(), text, node.assignments(),
                node.indicators(), node.children(), node.rowVersion());
    }

    private PlanDocument edited() {
        List<Assignment> twice = List.of(secondTask.assignments().get(0), secondTask.assignments().get(1),
                secondTask.assignments().get(0));
        return PlanDocuments.replace(plan, Map.of(
                firstTask.id(), withAssignments(firstTask, List.of()),
                secondTask.id(), withAssignments(secondTask, twice),
                project.id(), withAssignments(project, List.of())));
    }

    private static PlanNode withAssignments(PlanNode node, List<Assignment> assignments) {
        return new PlanNode(node.id(), node.kind(), node.label(), node.title(), node.text(), assignments,
                node.indicators(), node.children(), node.rowVersion());
    }
}
