package org.kesudesk.model;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One node of the plan tree with everything under it. Children, assignments and indicators are in their stored
 * order; a node's ordinal among its siblings is its index in the parent's children.
 *
 * @param label the numeral as written in the document, without its punctuation: 二 for 二、, 一 for （一）, 3 for 3.
 * @param title the heading or, for a task, its first sentence
 * @param text  the node's full text (for an item, its goal paragraph)
 */
public record PlanNode(UUID id, NodeKind kind, String label, String title, String text,
                       List<Assignment> assignments, List<Indicator> indicators, List<PlanNode> children,
                       long rowVersion) {
    public PlanNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        assignments = List.copyOf(assignments);
        indicators = List.copyOf(indicators);
        children = List.copyOf(children);
        for (PlanNode child : children) {
            if (!child.kind().mayBeChildOf(kind)) {
                throw new IllegalArgumentException(child.kind() + " cannot be a child of " + kind);
            }
        }
    }

    /** The units that lead this node, in stored order. */
    public List<Unit> leadUnits() {
        return unitsIn(Role.LEAD);
    }

    /** The units responsible for this node, in stored order. */
    public List<Unit> responsibleUnits() {
        return unitsIn(Role.RESPONSIBLE);
    }

    /** Whether the unit is one of this node's lead units (an item's, or a task's own). */
    public boolean isLedBy(Unit unit) {
        return assignments.stream().anyMatch(a -> a.role() == Role.LEAD && a.unit().id().equals(unit.id()));
    }

    /**
     * The units that carry out this task and report its progress: its own lead units, then its responsible units,
     * each once. For an item, its lead units; for a section, none.
     */
    public List<Unit> carriedOutBy() {
        if (!kind.isTask()) {
            return kind.unitRole().map(this::unitsIn).orElse(List.of());
        }
        java.util.Set<UUID> seen = new java.util.HashSet<>();
        return assignments.stream().sorted(java.util.Comparator.comparing(a -> a.role() != Role.LEAD))
                .map(Assignment::unit).filter(unit -> seen.add(unit.id())).toList();
    }

    /** The units of the given role, in stored order. */
    public List<Unit> unitsIn(Role role) {
        return assignments.stream().filter(a -> a.role() == role).map(Assignment::unit).toList();
    }

    /**
     * The task an item is itself, if it is one: as yearly work plans write them, （一）深入开展…。推进…（牵头单位：…；
     * 责任单位：…） with no tasks under it is read as an item whose one task is unnumbered, titled as the item and
     * without sub-tasks. Documents print such an item as the one paragraph it was.
     */
    public java.util.Optional<PlanNode> ownTask() {
        if (!kind.isItem() || children.size() != 1) {
            return java.util.Optional.empty();
        }
        PlanNode only = children.get(0);
        return only.kind().isTask() && only.label().isEmpty() && only.children().isEmpty()
                && only.title().equals(title) ? java.util.Optional.of(only) : java.util.Optional.empty();
    }

    /**
     * The item a section is itself, if it is one: a section that numbers its tasks with no （一） items under it
     * (一、突出科学精神引领 followed by 1.弘扬科学家精神…) is read as a section whose one item, titled as the section
     * and saying nothing of its own, holds the tasks. Documents print the section's heading and then its tasks, as
     * the document did, not the same heading again as an item.
     */
    public java.util.Optional<PlanNode> ownItem() {
        if (kind != NodeKind.SECTION || children.size() != 1) {
            return java.util.Optional.empty();
        }
        PlanNode only = children.get(0);
        return only.kind().isItem() && only.title().equals(title) && only.text().isBlank()
                ? java.util.Optional.of(only) : java.util.Optional.empty();
    }

    /** Whether the item is the one this section is itself ({@link #ownItem}). */
    public boolean isOwnItem(PlanNode item) {
        // by id: a node read before the plan was shown anew is still the same node
        return ownItem().filter(own -> own.id().equals(item.id())).isPresent();
    }

    /**
     * One of this section's items as documents name it: by its own heading (（一）青少年科学素质提升行动), or by this
     * section's for the item the section is itself ({@link #ownItem}), which the document never numbered.
     */
    public String itemHeading(PlanNode item) {
        return isOwnItem(item) ? heading() : item.heading();
    }

    /** The heading as documents print it: its numbering as the document wrote it, then its title (（一）…). */
    public String heading() {
        return kind.numbering(label) + title;
    }

    /** Visits this node and all nodes below it, parents before children, in stored order. */
    public void forEachNode(Consumer<PlanNode> visitor) {
        visitor.accept(this);
        children.forEach(child -> child.forEachNode(visitor));
    }
}
