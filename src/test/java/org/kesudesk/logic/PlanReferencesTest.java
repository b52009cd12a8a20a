package org.kesudesk.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kesudesk.model.NodeKind;
import org.kesudesk.model.Plan;
import org.kesudesk.model.PlanNotice;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;

/** The references of a plan's nodes, one at a time and all at once, agree with each other and resolve back. */
class PlanReferencesTest {

    @Test
    void allReferences_areEachNodesOwn_andResolveBackToIt() {
        PlanDocument plan = plan();
        Map<UUID, String> all = PlanReferences.all(plan);

        List<PlanNode> nodes = new ArrayList<>();
        plan.forEachNode(nodes::add);
        int sections = 0;
        for (PlanNode node : nodes) {
            if (node.kind() == NodeKind.SECTION) {
                sections++;
                assertThat(all).doesNotContainKey(node.id());
                assertThat(PlanReferences.of(plan, node)).isEmpty();
                continue;
            }
            assertThat(all.get(node.id())).as(node.title()).isEqualTo(PlanReferences.of(plan, node).orElseThrow());
            assertThat(PlanReferences.resolve(plan, all.get(node.id())).id()).isEqualTo(node.id());
        }
        assertThat(all).hasSize(nodes.size() - sections);
        // items are counted by kind across sections, tasks and sub-tasks within their parent
        assertThat(all.values()).contains("action.1", "action.2", "project.1", "safeguard.1", "action.2.2",
                "project.1.1.2");
    }

    @Test
    void places_numberEachNodeAsTheDocumentDoes_underItsSection() {
        PlanDocument plan = plan();
        Map<UUID, String> places = PlanReferences.places(plan);
        Map<String, String> byReference = new java.util.HashMap<>();
        PlanReferences.all(plan).forEach((id, reference) -> byReference.put(reference, places.get(id)));

        assertThat(byReference).containsEntry("action.1.1", "一、（一）1.").containsEntry("action.2.2", "二、（二）2.")
                .containsEntry("project.1", "二、（一）").containsEntry("project.1.1.2", "二、（一）1.（2）")
                .containsEntry("safeguard.1", "三、（一）");
        List<PlanNode> nodes = new ArrayList<>();
        plan.forEachNode(nodes::add);
        assertThat(places).hasSize(nodes.size());
        // items numbered alike in different sections (一、（一） and 二、（一）) are told apart by their section
        assertThat(new java.util.HashSet<>(places.values())).hasSize(nodes.size());
        PlanNode subTask = PlanReferences.resolve(plan, "project.1.1.2");
        assertThat(PlanReferences.placeAndTitle(plan, subTask)).isEqualTo("二、（一）1.（2）" + subTask.title());
    }

    /** Actions in two sections, a project whose task has sub-tasks, a safeguard. */
    private static PlanDocument plan() {
        PlanNode firstSection = node(NodeKind.SECTION, "一", node(NodeKind.ACTION, "一", node(NodeKind.TASK, "1")));
        PlanNode secondSection = node(NodeKind.SECTION, "二",
                node(NodeKind.ACTION, "二", node(NodeKind.TASK, "1"), node(NodeKind.TASK, "2")),
                node(NodeKind.PROJECT, "一", node(NodeKind.TASK, "1", node(NodeKind.SUBTASK, "1"),
                        node(NodeKind.SUBTASK, "2"))));
        PlanNode thirdSection = node(NodeKind.SECTION, "三", node(NodeKind.SAFEGUARD, "一"));
        return new PlanDocument(new Plan(UUID.randomUUID(), Optional.empty(), Optional.empty(), PlanNotice.NONE, "", "",
                1), List.of(),
                List.of(firstSection, secondSection, thirdSection));
    }

    private static PlanNode node(NodeKind kind, String label, PlanNode... children) {
        return new PlanNode(UUID.randomUUID(), kind, label, kind + " " + label, "", List.of(), List.of(),
                List.of(children), 1);
    }
}
