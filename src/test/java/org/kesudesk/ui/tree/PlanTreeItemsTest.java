package org.kesudesk.ui.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javafx.scene.control.TreeItem;

import org.junit.jupiter.api.Test;
import org.kesudesk.model.NodeKind;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanDocuments;
import org.kesudesk.model.PlanNode;
import org.kesudesk.testsupport.TestPlans;

class PlanTreeItemsTest {

    private final PlanDocument plan = TestPlans.countyPlan();
    private final PlanTreeItems items = new PlanTreeItems();

    @Test
    void showsTheSectionsExpanded_andMakesAnItemsChildrenWhenAskedFor() {
        items.rebuild(plan, "");

        assertThat(items.root().getChildren()).extracting(item -> item.getValue().title())
                .containsExactly("实施三项提升行动", "实施两项重点工程", "保障措施");
        assertThat(items.root().getChildren()).allMatch(TreeItem::isExpanded);
        TreeItem<TreeEntry> firstItem = items.root().getChildren().get(0).getChildren().get(0);
        assertThat(firstItem.isExpanded()).isFalse();
        assertThat(firstItem.isLeaf()).isFalse();
        assertThat(titles(firstItem)).containsExactly("推进校内科学教育", "培训科技辅导员");
    }

    @Test
    void findsAnItemDeepDown_makingThePathToIt() {
        items.rebuild(plan, "");
        PlanNode subtask = plan.items().get(1).children().get(0).children().get(1);

        TreeItem<TreeEntry> item = items.item(subtask.id()).orElseThrow();

        assertThat(item.getValue()).isEqualTo(TreeEntry.of(subtask));
        assertThat(item.getParent().getParent().getValue().title()).isEqualTo("实施农民科学素质提升行动");
        assertThat(items.item(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aTaskAddedUnderAnItemNeverOpened_showsWhenItIsOpened() {
        items.rebuild(plan, "");
        PlanNode item = plan.items().get(0);
        PlanNode added = new PlanNode(UUID.randomUUID(), NodeKind.TASK, "3", "新增任务", "", List.of(), List.of(),
                List.of(), 1);
        List<PlanNode> tasks = new ArrayList<>(item.children());
        tasks.add(added);

        items.update(PlanDocuments.replace(plan, Map.of(item.id(), withChildren(item, tasks))));

        TreeItem<TreeEntry> itemRow = items.item(item.id()).orElseThrow();
        assertThat(titles(itemRow)).containsExactly("推进校内科学教育", "培训科技辅导员", "新增任务");
    }

    @Test
    void anEditOfUnitsLeavesTheRowsValue_aNewTitleReplacesIt_andARemovedTaskGoes() {
        items.rebuild(plan, "");
        PlanNode item = plan.items().get(0);
        PlanNode task = item.children().get(0);
        TreeItem<TreeEntry> taskRow = items.item(task.id()).orElseThrow();
        TreeEntry before = taskRow.getValue();

        PlanNode lessUnits = new PlanNode(task.id(), task.kind(), task.label(), task.title(), task.text(),
                task.assignments().subList(0, 1), task.indicators(), task.children(), task.rowVersion() + 1);
        PlanDocument edited = PlanDocuments.replace(plan, Map.of(task.id(), lessUnits));
        items.update(edited);
        assertThat(taskRow.getValue()).isSameAs(before);

        PlanNode retitled = new PlanNode(task.id(), task.kind(), task.label(), "改过的标题", task.text(),
                task.assignments(), task.indicators(), task.children(), task.rowVersion() + 2);
        edited = PlanDocuments.replace(edited, Map.of(task.id(), retitled));
        items.update(edited);
        assertThat(taskRow.getValue().title()).isEqualTo("改过的标题");

        PlanNode itemNow = PlanDocuments.find(edited, item.id()).orElseThrow();
        items.update(PlanDocuments.replace(edited, Map.of(item.id(),
                withChildren(itemNow, itemNow.children().subList(1, 2)))));
        assertThat(titles(items.item(item.id()).orElseThrow())).containsExactly("培训科技辅导员");
        assertThat(items.item(task.id())).isEmpty();
    }

    @Test
    void aSearchKeepsTheMatchesAndTheirAncestors_opened() {
        items.rebuild(plan, "技能大赛");

        assertThat(items.root().getChildren()).extracting(item -> item.getValue().title())
                .containsExactly("实施三项提升行动");
        TreeItem<TreeEntry> item = items.root().getChildren().get(0).getChildren().get(0);
        assertThat(item.getValue().title()).isEqualTo("实施农民科学素质提升行动");
        assertThat(item.isExpanded()).isTrue();
        assertThat(titles(item.getChildren().get(0))).containsExactly("举办技能大赛");
    }

    @Test
    void theTaskAnItemIsItself_isShownAsThat_notAsItsTitleAgain_untilItHasASibling() {
        PlanNode item = plan.items().get(0);
        PlanNode own = new PlanNode(UUID.randomUUID(), NodeKind.TASK, "", item.title(), "", item.assignments(),
                List.of(), List.of(), 1);
        PlanDocument workPlan = PlanDocuments.replace(plan, Map.of(item.id(), withChildren(item, List.of(own))));
        items.rebuild(workPlan, "");

        TreeItem<TreeEntry> ownRow = items.item(own.id()).orElseThrow();
        assertThat(ownRow.getValue().displayName()).isEqualTo(org.kesudesk.l10n.Messages.get("node.itemItself"))
                .doesNotContain(item.title());
        assertThat(items.item(item.id()).orElseThrow().getValue().displayName()).endsWith(item.title());

        // a second task under the item: the first is one task among others, named by its title
        PlanNode second = new PlanNode(UUID.randomUUID(), NodeKind.TASK, "2", "另一项任务", "", List.of(), List.of(),
                List.of(), 1);
        PlanNode itemNow = workPlan.items().get(0);
        items.update(PlanDocuments.replace(workPlan, Map.of(item.id(), withChildren(itemNow, List.of(own, second)))));
        assertThat(ownRow.getValue().displayName()).isEqualTo(item.title());
        // and searched for, it is shown as the item's own task again
        items.rebuild(workPlan, item.title());
        assertThat(items.item(own.id()).orElseThrow().getValue().itemItself()).isTrue();
    }

    private static List<String> titles(TreeItem<TreeEntry> item) {
        return item.getChildren().stream().map(child -> child.getValue().title()).toList();
    }

    /**
     * A section that listed its tasks with no （一） (a work plan's 一、… then 1. 2.): the action read to hold them is
     * shown as holding the section's tasks, not as the section's title again; with a second action it is itself.
     */
    @Test
    void theActionASectionIsItself_isShownAsHoldingTheSectionsTasks_untilItHasASibling() {
        PlanNode section = plan.sections().get(0);
        PlanNode item = section.children().get(0);
        PlanNode asSection = new PlanNode(item.id(), item.kind(), "一", section.title(), "", item.assignments(),
                item.indicators(), item.children(), item.rowVersion());
        PlanDocument workPlan = PlanDocuments.replace(plan, Map.of(section.id(),
                withChildren(section, List.of(asSection))));
        items.rebuild(workPlan, "");

        TreeItem<TreeEntry> row = items.item(item.id()).orElseThrow();
        assertThat(row.getValue().displayName()).isEqualTo(org.kesudesk.l10n.Messages.get("node.sectionItself"))
                .doesNotContain(section.title());
        assertThat(items.item(section.id()).orElseThrow().getValue().displayName()).endsWith(section.title());

        items.update(PlanDocuments.replace(workPlan, Map.of(section.id(),
                withChildren(section, List.of(asSection, section.children().get(1))))));
        assertThat(items.item(item.id()).orElseThrow().getValue().displayName())
                .isEqualTo("（一）" + section.title());
    }

    private static PlanNode withChildren(PlanNode node, List<PlanNode> children) {
        return new PlanNode(node.id(), node.kind(), node.label(), node.title(), node.text(), node.assignments(),
                node.indicators(), children, node.rowVersion() + 1);
    }
}
