package org.kesudesk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A plan with its whole tree: the sections in order, each with its items, tasks and sub-tasks.
 *
 * @param goalIndicators the quantitative targets of the plan's own goals (公民具备科学素质的比例达到12.5%)
 */
public record PlanDocument(Plan plan, List<Indicator> goalIndicators, List<PlanNode> sections) {
    public PlanDocument {
        Objects.requireNonNull(plan, "plan");
        goalIndicators = List.copyOf(goalIndicators);
        sections = List.copyOf(sections);
        for (PlanNode section : sections) {
            if (section.kind() != NodeKind.SECTION) {
                throw new IllegalArgumentException("a plan's roots must be sections, not " + section.kind());
            }
        }
    }

    /** All items (actions, projects, safeguards) of all sections, in document order. */
    public List<PlanNode> items() {
        List<PlanNode> items = new ArrayList<>();
        for (PlanNode section : sections) {
            section.children().stream().filter(n -> n.kind().isItem()).forEach(items::add);
        }
        return items;
    }

    /**
     * The heading an item goes by where a document names what a task is under: its own (（一）青少年科学素质提升行动),
     * or, for the item a section is itself ({@link PlanNode#ownItem}), the section's as the document wrote it.
     */
    public String itemHeading(PlanNode item) {
        for (PlanNode section : sections) {
            if (section.isOwnItem(item)) {
                return section.heading();
            }
        }
        return item.heading();
    }

    /**
     * Whether the plan has any task (a numbered 1. under an action, project or safeguard): progress is reported by
     * task and unit, so a plan whose items say what to do only in their text (一是……二是……) has nothing to report.
     */
    public boolean hasTasks() {
        boolean[] any = {false};
        forEachNode(node -> any[0] |= node.kind().isTask());
        return any[0];
    }

    /**
     * Whether the unit carries out (leads or is responsible for) a task of the plan: a unit with none reports nothing
     * in its rounds, so there is nothing to chase it for.
     */
    public boolean carriesOutATask(Unit unit) {
        return unitsCarryingOutTasks().contains(unit.id());
    }

    /** The units that carry out a task of the plan ({@link #carriesOutATask}), by id: to ask of many units at once. */
    public java.util.Set<java.util.UUID> unitsCarryingOutTasks() {
        java.util.Set<java.util.UUID> carrying = new java.util.HashSet<>();
        forEachNode(node -> {
            if (node.kind().isTask()) {
                node.carriedOutBy().forEach(unit -> carrying.add(unit.id()));
            }
        });
        return carrying;
    }

    /** Visits every node of the tree, parents before children, in document order. */
    public void forEachNode(Consumer<PlanNode> visitor) {
        sections.forEach(section -> section.forEachNode(visitor));
    }
}
