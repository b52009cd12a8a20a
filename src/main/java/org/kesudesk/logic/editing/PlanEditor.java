package org.kesudesk.logic.editing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.kesudesk.l10n.Messages;
import org.kesudesk.model.AssignmentList;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.RemovedNode;
import org.kesudesk.model.Role;
import org.kesudesk.model.Unit;
import org.kesudesk.model.UnitMerge;
import org.kesudesk.model.UnitRename;
import org.kesudesk.store.AssignmentRepository;
import org.kesudesk.store.NodeRepository;
import org.kesudesk.store.UnitRepository;

/**
 * Makes the undoable edits of a plan: who leads and who is responsible, the tasks of the tree, and the unit
 * catalogue. Each method returns a command for an {@link UndoStack}; nothing happens until it is executed.
 */
public final class PlanEditor {

    private final NodeRepository nodes;
    private final AssignmentRepository assignments;
    private final UnitRepository units;

    public PlanEditor(NodeRepository nodes, AssignmentRepository assignments, UnitRepository units) {
        this.nodes = nodes;
        this.assignments = assignments;
        this.units = units;
    }

    /**
     * The role a node's units play: lead units for an item, responsible units for a task ({@link
     * org.kesudesk.model.NodeKind#unitRole}); a section has none, and the store refuses units for it.
     */
    public static Role roleOf(PlanNode node) {
        return node.kind().unitRole().orElse(Role.RESPONSIBLE);
    }

    // --- assignments --------------------------------------------------------------------------------------------

    /** Adds a unit to the node's list, at the position (or at the end if the position is past it). */
    public EditCommand addUnit(PlanNode node, Unit unit, int position) {
        List<Unit> before = node.unitsIn(roleOf(node));
        List<Unit> after = new ArrayList<>(before);
        after.removeIf(u -> u.id().equals(unit.id()));
        after.add(Math.max(0, Math.min(position, after.size())), unit);
        return replaceUnits(node, before, after,
                Messages.get("edit.addUnitTo", roleName(node), unit.name()));
    }

    public EditCommand removeUnit(PlanNode node, Unit unit) {
        List<Unit> before = node.unitsIn(roleOf(node));
        List<Unit> after = before.stream().filter(u -> !u.id().equals(unit.id())).toList();
        return replaceUnits(node, before, after,
                Messages.get("edit.removeUnitFrom", roleName(node), unit.name()));
    }

    /** Moves a unit within the node's list to the position (0 is first). */
    public EditCommand moveUnit(PlanNode node, Unit unit, int position) {
        List<Unit> before = node.unitsIn(roleOf(node));
        List<Unit> after = new ArrayList<>(before);
        after.removeIf(u -> u.id().equals(unit.id()));
        after.add(Math.max(0, Math.min(position, after.size())), unit);
        return replaceUnits(node, before, after, Messages.get("edit.moveUnit", roleName(node), unit.name()));
    }

    /** Orders the node's units as the unit catalogue does (the official precedence). */
    public EditCommand sortByPrecedence(PlanNode node, List<Unit> catalogue) {
        List<UUID> order = catalogue.stream().map(Unit::id).toList();
        List<Unit> before = node.unitsIn(roleOf(node));
        List<Unit> after = new ArrayList<>(before);
        after.sort(Comparator.comparingInt(u -> order.indexOf(u.id()) < 0 ? Integer.MAX_VALUE : order.indexOf(u.id())));
        return replaceUnits(node, before, after, Messages.get("edit.sortUnits", roleName(node)));
    }

    /** Sets one cell of the responsibility matrix: the unit in the node's list, or not. */
    public EditCommand toggleUnit(PlanNode node, Unit unit) {
        boolean present = node.unitsIn(roleOf(node)).stream().anyMatch(u -> u.id().equals(unit.id()));
        return present ? removeUnit(node, unit) : addUnit(node, unit, Integer.MAX_VALUE);
    }

    private EditCommand replaceUnits(PlanNode node, List<Unit> before, List<Unit> after, String description) {
        AssignmentList list = new AssignmentList(node.id(), roleOf(node));
        List<UUID> beforeIds = before.stream().map(Unit::id).toList();
        List<UUID> afterIds = after.stream().map(Unit::id).toList();
        // each way only from the list it leaves: a list someone else changed meanwhile is not overwritten
        return new Simple(description,
                () -> assignments.replace(list, beforeIds, afterIds, unitsOf(node)),
                () -> assignments.replace(list, afterIds, beforeIds, unitsOf(node)),
                EditEffect.nodes(node.id()));
    }

    /** What the audit log says a change of a node's units concerns: "二、（一）1.… 的责任单位". */
    private static Function<String, String> unitsOf(PlanNode node) {
        return unitsOf(roleOf(node));
    }

    /** What the audit log says a change of a list of units of this role concerns, from the node's place. */
    public static Function<String, String> unitsOf(Role role) {
        return place -> Messages.get("audit.summary.assignments", place, Messages.get("node.units." + role.name()));
    }

    private static String roleName(PlanNode node) {
        return Messages.get("node.units." + roleOf(node).name());
    }

    // --- the tree ---------------------------------------------------------------------------------------------

    /** Adds a task under an item (or a sub-task under a task) at the position. */
    public EditCommand addTask(PlanNode parent, int position, String title) {
        return new AddTask(parent.id(), position, title);
    }

    public EditCommand deleteTask(PlanNode task, UUID parentId) {
        return new DeleteTask(task, parentId);
    }

    /**
     * Moves a task among its siblings from one position to another, the siblings being in the order read (the
     * parent as the user saw it): if someone else changed that order meanwhile, the move is refused; undone, only
     * from the order the move left.
     */
    public EditCommand moveTask(PlanNode task, PlanNode parent, int from, int to) {
        List<UUID> before = parent.children().stream().map(PlanNode::id).toList();
        List<UUID> after = new ArrayList<>(before);
        after.remove(task.id());
        after.add(Math.max(0, Math.min(to, after.size())), task.id());
        return new Simple(Messages.get("edit.moveTask", task.title()),
                () -> nodes.move(task.id(), before, to),
                () -> nodes.move(task.id(), after, from),
                EditEffect.nodes(parent.id()));
    }

    /**
     * Changes a node's title and text, as read: if someone else changed it since (on a shared database), the edit is
     * refused; undone or redone, likewise if it changed after this edit.
     */
    public EditCommand updateNode(PlanNode node, String title, String text) {
        return updateNode(node, node.heading(), title, text);
    }

    /** {@link #updateNode(PlanNode, String, String)}, the undo menu naming the node by the heading it is shown by. */
    public EditCommand updateNode(PlanNode node, String shownHeading, String title, String text) {
        return new EditCommand() {
            /** The node's row version as this edit (or its undo) left it. */
            private long version = node.rowVersion();

            @Override
            public String description() {
                return Messages.get("edit.updateNode", shownHeading);
            }

            @Override
            public EditEffect execute() {
                version = nodes.update(node.id(), version, title, text);
                return EditEffect.nodes(node.id());
            }

            @Override
            public EditEffect undo() {
                version = nodes.update(node.id(), version, node.title(), node.text());
                return EditEffect.nodes(node.id());
            }
        };
    }

    private final class AddTask implements EditCommand {
        private final UUID parentId;
        private final int position;
        private final String title;
        private RemovedNode removed;

        AddTask(UUID parentId, int position, String title) {
            this.parentId = parentId;
            this.position = position;
            this.title = title;
        }

        @Override
        public String description() {
            return Messages.get("edit.addTask", title);
        }

        @Override
        public EditEffect execute() {
            PlanNode added = nodes.addTask(parentId, position, title, "");
            removed = new RemovedNode(parentId, position, added);
            return EditEffect.nodes(parentId);
        }

        @Override
        public EditEffect undo() {
            // the task as this edit left it: if someone else has worked on it since, it is not deleted unseen
            removed = nodes.delete(removed.node());
            return EditEffect.nodes(parentId);
        }

        @Override
        public EditEffect redo() {
            removed = new RemovedNode(removed.parentId(), removed.position(), nodes.restore(removed));
            return EditEffect.nodes(parentId);
        }
    }

    private final class DeleteTask implements EditCommand {
        private final PlanNode task;
        private final UUID parentId;
        private RemovedNode removed;

        DeleteTask(PlanNode task, UUID parentId) {
            this.task = task;
            this.parentId = parentId;
        }

        @Override
        public String description() {
            return Messages.get("edit.deleteTask", task.heading());
        }

        @Override
        public EditEffect execute() {
            // as read: a task someone else changed meanwhile is not deleted unseen
            removed = nodes.delete(task);
            return EditEffect.nodes(parentId);
        }

        @Override
        public EditEffect undo() {
            nodes.restore(removed);
            return EditEffect.nodes(parentId);
        }
    }

    // --- the unit catalogue -----------------------------------------------------------------------------------

    /**
     * Adds a new unit to the catalogue of the plan's region and, in the same edit, to the node's list (a unit typed
     * that the catalogue does not have, and the user confirmed as new). Undone, both go.
     */
    public EditCommand addNewUnit(PlanNode node, String name) {
        return new EditCommand() {
            private Unit added;
            private List<UUID> before;

            @Override
            public String description() {
                return Messages.get("edit.newUnitTo", roleName(node), name.strip());
            }

            @Override
            public EditEffect execute() {
                AssignmentList list = new AssignmentList(node.id(), roleOf(node));
                if (added == null) {
                    added = units.add(name);
                } else {
                    units.restore(added);
                }
                before = assignments.units(list).stream().map(Unit::id).toList();
                List<UUID> after = new ArrayList<>(before);
                after.add(added.id());
                assignments.replace(list, after, unitsOf(node));
                return new EditEffect(java.util.Set.of(node.id()), true);
            }

            @Override
            public EditEffect undo() {
                assignments.replace(new AssignmentList(node.id(), roleOf(node)), before, unitsOf(node));
                units.remove(added.id());
                return new EditEffect(java.util.Set.of(node.id()), true);
            }
        };
    }

    public EditCommand addUnitToCatalogue(String name) {
        return new EditCommand() {
            private Unit added;

            @Override
            public String description() {
                return Messages.get("edit.newUnit", name.strip());
            }

            @Override
            public EditEffect execute() {
                added = units.add(name);
                return EditEffect.catalogue();
            }

            @Override
            public EditEffect undo() {
                units.remove(added.id());
                return EditEffect.catalogue();
            }

            @Override
            public EditEffect redo() {
                units.restore(added);
                return EditEffect.catalogue();
            }
        };
    }

    /** Renames a unit (its old name stays an alias); undone, the unit and its aliases are as they were. */
    public EditCommand renameUnit(Unit unit, String newName) {
        return new EditCommand() {
            private UnitRename rename;

            @Override
            public String description() {
                return Messages.get("edit.renameUnit", unit.name(), newName.strip());
            }

            @Override
            public EditEffect execute() {
                rename = units.rename(unit, newName);
                return EditEffect.catalogue();
            }

            @Override
            public EditEffect undo() {
                units.undo(rename);
                return EditEffect.catalogue();
            }
        };
    }

    /**
     * Sets the catalogue's precedence order, from the order read ({@code before}, the whole catalogue as shown): if
     * someone else changed it meanwhile, refused; undone, only from the order this edit left.
     */
    public EditCommand reorderCatalogue(List<Unit> before, List<Unit> after) {
        List<UUID> beforeIds = before.stream().map(Unit::id).toList();
        List<UUID> afterIds = after.stream().map(Unit::id).toList();
        return new Simple(Messages.get("edit.reorderCatalogue"),
                () -> units.reorder(beforeIds, afterIds, Messages.get("audit.summary.precedence")),
                () -> units.reorder(afterIds, beforeIds, Messages.get("audit.summary.precedence")),
                EditEffect.catalogue());
    }

    /** Merges {@code alias} into {@code into}: one unit, two names. */
    public EditCommand mergeUnits(Unit alias, Unit into) {
        return new EditCommand() {
            private UnitMerge merge;

            @Override
            public String description() {
                return Messages.get("edit.mergeUnits", alias.name(), into.name());
            }

            @Override
            public EditEffect execute() {
                merge = units.merge(alias.id(), into.id(), mergeSummary(alias, into));
                return EditEffect.catalogue();
            }

            @Override
            public EditEffect undo() {
                units.unmerge(merge, mergeSummary(alias, into));
                return EditEffect.catalogue();
            }
        };
    }

    /** What the audit log says of each list a merge changes: the list's place, and the merge. */
    public static Function<String, String> mergeSummary(Unit alias, Unit into) {
        return place -> Messages.get("audit.summary.mergedList", place, alias.name(), into.name());
    }

    /** A command whose undo is a plain call, as most are. */
    private record Simple(String description, Runnable action, Runnable reverse, EditEffect effect)
            implements EditCommand {
        @Override
        public EditEffect execute() {
            action.run();
            return effect;
        }

        @Override
        public EditEffect undo() {
            reverse.run();
            return effect;
        }
    }
}
