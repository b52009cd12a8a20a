package org.kesudesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.kesudesk.logic.PlanContentCheck;
import org.kesudesk.model.Assignment;
import org.kesudesk.model.Ids;
import org.kesudesk.model.NodeKind;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Role;
import org.kesudesk.model.Unit;
import org.kesudesk.testsupport.TestPlans;

/**
 * The three-way merge under edits drawn at random from fixed seeds, the kinds two offices make to one plan between
 * two exchanges: a task retitled or its text extended, a unit added (to lead or to carry out), removed or made
 * lead, a task removed, added, moved to another action or its siblings reordered. Whatever the two sides did, and
 * however the conflicts are settled: the merged plan is one the import's content check takes; a side that changed
 * nothing gets the other side's plan, without conflicts; and the same file merged again changes nothing.
 */
class PlanMergePropertiesTest {

    private static final int CASES = 4000;

    private final PlanDocument base = TestPlans.countyPlan();
    private final List<Unit> units = unitsOf(base);

    @Test
    void whateverEachSideEdited_theMergeIsAPlanTheImportTakes_andMergingTheFileAgainChangesNothing() {
        int conflicted = 0;
        for (int seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            StringBuilder said = new StringBuilder("seed " + seed + ": here");
            PlanDocument mine = edited(base, random.nextInt(4), random, said);
            said.append("; in the file");
            PlanDocument theirs = edited(base, random.nextInt(4), random, said);
            String which = said.toString();

            for (PlanMerge.Choice choice : PlanMerge.Choice.values()) {
                Map<UUID, PlanMerge.Choice> choices = new HashMap<>();
                PlanMerge.merge(Optional.of(base), Optional.of(mine), theirs, Map.of()).conflicts()
                        .forEach(conflict -> choices.put(conflict.id(), choice));
                PlanMerge.Result merged = PlanMerge.merge(Optional.of(base), Optional.of(mine), theirs, choices);
                conflicted += merged.conflicts().isEmpty() ? 0 : 1;

                assertThat(PlanContentCheck.violations(merged.merged())).as(which + ", " + choice).isEmpty();
                if (json(mine).equals(json(base))) {
                    assertThat(merged.conflicts()).as(which).isEmpty();
                    assertThat(json(merged.merged())).as(which).isEqualTo(json(theirs));
                }
                if (json(theirs).equals(json(base))) {
                    assertThat(json(merged.merged())).as(which).isEqualTo(json(mine));
                }
                if (choice == PlanMerge.Choice.MINE) {
                    PlanMerge.Result again = PlanMerge.merge(Optional.of(base), Optional.of(merged.merged()), theirs,
                            Map.of());
                    assertThat(json(again.merged())).as(which + ", merged again").isEqualTo(json(merged.merged()));
                }
            }
        }
        // the edits meet often enough for the conflicts to be tried too
        assertThat(conflicted).isGreaterThan(CASES / 10);
    }

    private PlanDocument edited(PlanDocument plan, int edits, Random random, StringBuilder said) {
        for (int i = 0; i < edits; i++) {
            plan = edit(plan, random, said);
        }
        return plan;
    }

    /** One edit of a task drawn at random, said in {@code said}. */
    private PlanDocument edit(PlanDocument plan, Random random, StringBuilder said) {
        List<PlanNode> tasks = nodes(plan, node -> node.kind() == NodeKind.TASK || node.kind() == NodeKind.SUBTASK);
        List<PlanNode> items = nodes(plan, node -> node.kind().isItem());
        PlanNode task = tasks.get(random.nextInt(tasks.size()));
        UUID id = task.id();
        List<Assignment> assigned = new ArrayList<>(task.assignments());
        int which = assigned.isEmpty() ? 0 : random.nextInt(assigned.size());
        switch (random.nextInt(9)) {
            case 0 -> {
                String title = "调整后的任务" + random.nextInt(100);
                said.append(", ").append(task.title()).append(" retitled ").append(title);
                return change(plan, id, node -> with(node, title, node.text(), node.assignments(), node.children()));
            }
            case 1 -> {
                said.append(", ").append(task.title()).append("'s text extended");
                return change(plan, id, node -> with(node, node.title(), node.text() + "补充内容。", node.assignments(),
                        node.children()));
            }
            case 2 -> {
                if (assigned.isEmpty()) {
                    return plan;
                }
                said.append(", ").append(assigned.get(which).unit().name()).append(" off ").append(task.title());
                assigned.remove(which);
                return change(plan, id, node -> with(node, node.title(), node.text(), assigned, node.children()));
            }
            case 3 -> {
                Unit unit = units.get(random.nextInt(units.size()));
                Role role = random.nextBoolean() ? Role.LEAD : Role.RESPONSIBLE;
                if (assigned.stream().anyMatch(a -> a.unit().equals(unit))) {
                    return plan;
                }
                said.append(", ").append(unit.name()).append(" added to ").append(task.title()).append(" as ")
                        .append(role);
                assigned.add(Assignment.create(unit, role));
                return change(plan, id, node -> with(node, node.title(), node.text(), assigned, node.children()));
            }
            case 4 -> {
                if (assigned.isEmpty()) {
                    return plan;
                }
                Assignment one = assigned.get(which);
                Role role = one.role() == Role.LEAD ? Role.RESPONSIBLE : Role.LEAD;
                said.append(", ").append(one.unit().name()).append(" made ").append(role).append(" on ")
                        .append(task.title());
                assigned.set(which, new Assignment(one.id(), one.unit(), role, one.rowVersion() + 1));
                return change(plan, id, node -> with(node, node.title(), node.text(), assigned, node.children()));
            }
            case 5 -> {
                if (!task.children().isEmpty()) {
                    return plan;
                }
                said.append(", ").append(task.title()).append(" removed");
                return without(plan, id);
            }
            case 6 -> {
                PlanNode item = items.get(random.nextInt(items.size()));
                PlanNode added = new PlanNode(Ids.newId(), NodeKind.TASK, String.valueOf(item.children().size() + 1),
                        "新增任务" + random.nextInt(100), "新增任务。",
                        List.of(Assignment.create(units.get(random.nextInt(units.size())), Role.RESPONSIBLE)),
                        List.of(), List.of(), 1);
                int at = random.nextInt(item.children().size() + 1);
                said.append(", ").append(added.title()).append(" added to ").append(item.title());
                return change(plan, item.id(), node -> {
                    List<PlanNode> children = new ArrayList<>(node.children());
                    children.add(Math.min(at, children.size()), added);
                    return with(node, node.title(), node.text(), node.assignments(), children);
                });
            }
            case 7 -> {
                said.append(", the siblings of ").append(task.title()).append(" reordered");
                return change(plan, parentOf(plan, id), node -> {
                    List<PlanNode> children = new ArrayList<>(node.children());
                    Collections.swap(children, 0, children.size() - 1);
                    return with(node, node.title(), node.text(), node.assignments(), children);
                });
            }
            default -> {
                PlanNode item = items.get(random.nextInt(items.size()));
                if (task.kind() != NodeKind.TASK || item.id().equals(parentOf(plan, id))) {
                    return plan;
                }
                said.append(", ").append(task.title()).append(" moved to ").append(item.title());
                PlanNode moved = nodes(plan, node -> node.id().equals(id)).get(0);
                return change(without(plan, id), item.id(), node -> {
                    List<PlanNode> children = new ArrayList<>(node.children());
                    children.add(moved);
                    return with(node, node.title(), node.text(), node.assignments(), children);
                });
            }
        }
    }

    /**
     * The node with these words, units and children, as the app's edits leave a node: its children numbered by
     * their place where its kind numbers them so, its units the leads first.
     */
    private static PlanNode with(PlanNode node, String title, String text, List<Assignment> assignments,
                                 List<PlanNode> children) {
        List<PlanNode> numbered = children;
        if (node.kind().numbersChildrenByPosition()) {
            numbered = new ArrayList<>();
            for (PlanNode child : children) {
                String label = String.valueOf(numbered.size() + 1);
                numbered.add(child.label().equals(label) ? child : new PlanNode(child.id(), child.kind(), label,
                        child.title(), child.text(), child.assignments(), child.indicators(), child.children(),
                        child.rowVersion()));
            }
        }
        // its units as the app keeps them: the leads, then the others, each in their order
        List<Assignment> leadsFirst = new ArrayList<>(assignments);
        leadsFirst.sort(java.util.Comparator.comparing(assignment -> assignment.role() != Role.LEAD));
        return new PlanNode(node.id(), node.kind(), node.label(), title, text, leadsFirst, node.indicators(),
                numbered, node.rowVersion());
    }

    /** The plan with the node of that id changed. */
    private static PlanDocument change(PlanDocument plan, UUID id, UnaryOperator<PlanNode> change) {
        return new PlanDocument(plan.plan(), plan.goalIndicators(), plan.sections().stream()
                .map(section -> changed(section, id, change)).toList());
    }

    private static PlanNode changed(PlanNode node, UUID id, UnaryOperator<PlanNode> change) {
        PlanNode withChildren = with(node, node.title(), node.text(), node.assignments(), node.children().stream()
                .map(child -> changed(child, id, change)).toList());
        return node.id().equals(id) ? change.apply(withChildren) : withChildren;
    }

    private static PlanDocument without(PlanDocument plan, UUID id) {
        UUID parent = parentOf(plan, id);
        return change(plan, parent, node -> with(node, node.title(), node.text(), node.assignments(),
                node.children().stream().filter(child -> !child.id().equals(id)).toList()));
    }

    private static UUID parentOf(PlanDocument plan, UUID id) {
        return nodes(plan, node -> node.children().stream().anyMatch(child -> child.id().equals(id))).get(0).id();
    }

    private static List<PlanNode> nodes(PlanDocument plan, java.util.function.Predicate<PlanNode> which) {
        List<PlanNode> found = new ArrayList<>();
        plan.forEachNode(node -> {
            if (which.test(node)) {
                found.add(node);
            }
        });
        return found;
    }

    private static List<Unit> unitsOf(PlanDocument plan) {
        LinkedHashSet<Unit> found = new LinkedHashSet<>();
        plan.forEachNode(node -> node.assignments().forEach(a -> found.add(a.unit())));
        return List.copyOf(found);
    }

    private static String json(PlanDocument plan) {
        return new String(PlanData.write(plan, "230227"), StandardCharsets.UTF_8);
    }
}
