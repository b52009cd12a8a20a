package org.kesudesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kesudesk.testsupport.TestPlans;

class PlanDocumentsTest {

    private final PlanDocument plan = TestPlans.countyPlan();

    @Test
    void replacesSubtreesInAnySection_andKeepsEverythingElseTheSameObject() {
        PlanNode task = plan.items().get(0).children().get(1);
        PlanNode safeguardTask = plan.items().get(3).children().get(0);
        PlanNode newTask = retitled(task, "新标题");
        PlanNode newSafeguardTask = retitled(safeguardTask, "新的保障");

        PlanDocument replaced = PlanDocuments.replace(plan,
                Map.of(task.id(), newTask, safeguardTask.id(), newSafeguardTask));

        assertThat(PlanDocuments.find(replaced, task.id())).containsSame(newTask);
        assertThat(PlanDocuments.find(replaced, safeguardTask.id())).containsSame(newSafeguardTask);
        assertThat(replaced.items().get(0).children()).extracting(PlanNode::title)
                .containsExactly("推进校内科学教育", "新标题");
        // the path to a replaced node is new; every subtree beside it is the very same object
        assertThat(replaced.items().get(0)).isNotSameAs(plan.items().get(0));
        assertThat(replaced.items().get(0).children().get(0)).isSameAs(plan.items().get(0).children().get(0));
        assertThat(replaced.items().get(1)).isSameAs(plan.items().get(1));
        assertThat(replaced.items().get(2)).isSameAs(plan.items().get(2));
        assertThat(replaced.items().get(3)).isNotSameAs(plan.items().get(3));
    }

    @Test
    void anUnknownIdChangesNothing() {
        PlanNode task = plan.items().get(0).children().get(0);
        PlanNode stranger = new PlanNode(java.util.UUID.randomUUID(), NodeKind.TASK, "9", "别处的任务", "", List.of(),
                List.of(), List.of(), 1);
        assertThat(PlanDocuments.replace(plan, Map.of(stranger.id(), stranger))).isSameAs(plan);
        assertThat(PlanDocuments.replace(plan, Map.of())).isSameAs(plan);
        assertThat(PlanDocuments.find(plan, task.id())).containsSame(task);
    }

    @Test
    void ancestorsRunFromTheSectionDownToTheParent() {
        PlanNode section = plan.sections().get(0);
        PlanNode item = section.children().get(1);
        PlanNode task = item.children().get(0);
        PlanNode subtask = task.children().get(1);

        assertThat(PlanDocuments.ancestorsOf(plan, subtask.id())).containsExactly(section, item, task);
        assertThat(PlanDocuments.ancestorsOf(plan, item.id())).containsExactly(section);
        assertThat(PlanDocuments.ancestorsOf(plan, section.id())).isEmpty();
        assertThat(PlanDocuments.ancestorsOf(plan, java.util.UUID.randomUUID())).isEmpty();
    }

    private static PlanNode retitled(PlanNode node, String title) {
        return new PlanNode(node.id(), node.kind(), node.label(), title, node.text(), node.assignments(),
                node.indicators(), node.children(), node.rowVersion() + 1);
    }
}
