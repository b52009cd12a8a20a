package org.kesudesk.logic.editing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.kesudesk.l10n.Messages;
import org.kesudesk.logic.PlanContentCheck;
import org.kesudesk.model.AddedTasks;
import org.kesudesk.model.AssignmentList;
import org.kesudesk.model.Plan;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.RemovedNode;
import org.kesudesk.model.Role;
import org.kesudesk.model.Unit;
import org.kesudesk.model.UnitLiaison;
import org.kesudesk.model.UnitMerge;
import org.kesudesk.model.UnitRemoval;
import org.kesudesk.model.UnitRename;
import org.kesudesk.store.AssignmentRepository;
import org.kesudesk.store.NodeRepository;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.UnitRepository;

/**
 * Makes the undoable edits of a plan: who leads and who is responsible, the tasks of the tree, and the unit
 * catalogue. Each method returns a command for an {@link UndoStack}; nothing happens until it is executed.
 */
public final class PlanEditor {

    private final NodeRepository nodes;
    private final AssignmentRepository assignments;
    private final UnitRepository units;
    private final PlanRepository plans;

    public PlanEditor(NodeRepository nodes, AssignmentRepository assignments, UnitRepository units,
                      PlanRepository plans) {
        this.nodes = nodes;
        this.assignments = assignments;
        this.units = units;
        this.plans = plans;
    }

    /**
     * The role a unit added to a node plays: lead units for an item, responsible units for a task ({@link
     * org.kesudesk.model.NodeKind#unitRole}); a section has none, and the store refuses units for it.
     */
    public static Role roleOf(PlanNode node) {
        return node.kind().unitRole().orElse(Role.RESPONSIBLE);
    }

    /** The role a unit of the node plays: one of a task's own lead units leads it; any other, the node's role. */
    public static Role roleOf(PlanNode node, Unit unit) {
        return node.kind().isTask() && node.isLedBy(unit) ? Role.LEAD : roleOf(node);
    }

    // --- assignments --------------------------------------------------------------------------------------------

    /** Adds a unit to the node's list, at the position (or at the end if the position is past it). */
    public EditCommand addUnit(PlanNode node, Unit unit, int position) {
        Role role = roleOf(node);
        List<Unit> before = node.unitsIn(role);
        List<Unit> after = new ArrayList<>(before);
        after.removeIf(u -> u.id().equals(unit.id()));
        after.add(Math.max(0, Math.min(position, after.size())), unit);
        return replaceUnits(node, role, before, after,
                Messages.get("edit.addUnitTo", roleName(role), unit.name()));
    }

    /**
     * Adds several units at the end of the node's list as one edit (a list pasted into the editor: one undo takes
     * them all off again); those already on it stay where they are.
     */
    public EditCommand addUnits(PlanNode node, List<Unit> units) {
        if (units.size() == 1) {
            return addUnit(node, units.get(0), Integer.MAX_VALUE);
        }
        Role role = roleOf(node);
        List<Unit> before = node.unitsIn(role);
        List<Unit> after = new ArrayList<>(before);
        for (Unit unit : units) {
            if (!contains(node.carriedOutBy(), unit) && after.stream().noneMatch(u -> u.id().equals(unit.id()))) {
                after.add(unit);
            }
        }
        return replaceUnits(node, role, before, after, Messages.get("edit.addUnitTo", roleName(role),
                units.stream().map(Unit::name).collect(java.util.stream.Collectors.joining("、"))));
    }

    /** Takes a unit off the node, from whichever of its lists holds it. */
    public EditCommand removeUnit(PlanNode node, Unit unit) {
        Role role = roleOf(node, unit);
        List<Unit> before = node.unitsIn(role);
        List<Unit> after = before.stream().filter(u -> !u.id().equals(unit.id())).toList();
        return replaceUnits(node, role, before, after,
                Messages.get("edit.removeUnitFrom", roleName(role), unit.name()));
    }

    /** Moves a unit within its list of the node (a task's leads, or its other units) to the position (0 is first). */
    public EditCommand moveUnit(PlanNode node, Unit unit, int position) {
        Role role = roleOf(node, unit);
        List<Unit> before = node.unitsIn(role);
        List<Unit> after = new ArrayList<>(before);
        after.removeIf(u -> u.id().equals(unit.id()));
        after.add(Math.max(0, Math.min(position, after.size())), unit);
        return replaceUnits(node, role, before, after, Messages.get("edit.moveUnit", roleName(role), unit.name()));
    }

    /** Orders the node's units (each of a task's two lists) as the unit catalogue does (the official precedence). */
    public EditCommand sortByPrecedence(PlanNode node, List<Unit> catalogue) {
        List<UUID> order = catalogue.stream().map(Unit::id).toList();
        Comparator<Unit> precedence = Comparator.comparingInt(
                u -> order.indexOf(u.id()) < 0 ? Integer.MAX_VALUE : order.indexOf(u.id()));
        List<AssignmentRepository.ListChange> changes = new ArrayList<>();
        for (Role role : rolesOf(node)) {
            List<Unit> after = new ArrayList<>(node.unitsIn(role));
            after.sort(precedence);
            changes.add(change(node, role, node.unitsIn(role), after));
        }
        return replaceLists(node, changes, Messages.get("edit.sortUnits", roleName(roleOf(node))));
    }

    /** Sets one cell of the responsibility matrix: the unit on the node (in whichever role), or not. */
    public EditCommand toggleUnit(PlanNode node, Unit unit) {
        return contains(node.carriedOutBy(), unit) ? removeUnit(node, unit) : addUnit(node, unit, Integer.MAX_VALUE);
    }

    /**
     * Makes a unit of a task one of its lead units (the last of them), or, if it leads it, one of its responsible
     * units again (the first of them): the task's （牵头单位：…；责任单位：…） as a work plan writes it.
     */
    public EditCommand toggleLead(PlanNode task, Unit unit) {
        if (!task.kind().isTask()) {
            throw new IllegalArgumentException("only a task has lead units of its own: " + task.kind());
        }
        boolean leads = roleOf(task, unit) == Role.LEAD;
        List<Unit> leadsAfter = new ArrayList<>(task.leadUnits());
        List<Unit> othersAfter = new ArrayList<>(task.responsibleUnits());
        leadsAfter.removeIf(u -> u.id().equals(unit.id()));
        othersAfter.removeIf(u -> u.id().equals(unit.id()));
        if (leads) {
            othersAfter.add(0, unit);
        } else {
            leadsAfter.add(unit);
        }
        return replaceLists(task, List.of(change(task, Role.LEAD, task.leadUnits(), leadsAfter),
                change(task, Role.RESPONSIBLE, task.responsibleUnits(), othersAfter)),
                Messages.get(leads ? "edit.unsetLead" : "edit.setLead", unit.name()));
    }

    /** The lists of units a node has: a task's leads and responsible units, another node's one list. */
    private static List<Role> rolesOf(PlanNode node) {
        return node.kind().isTask() ? List.of(Role.LEAD, Role.RESPONSIBLE) : List.of(roleOf(node));
    }

    private static boolean contains(List<Unit> units, Unit unit) {
        return units.stream().anyMatch(u -> u.id().equals(unit.id()));
    }

    private EditCommand replaceUnits(PlanNode node, Role role, List<Unit> before, List<Unit> after,
                                     String description) {
        AssignmentList list = new AssignmentList(node.id(), role);
        List<UUID> beforeIds = before.stream().map(Unit::id).toList();
        List<UUID> afterIds = after.stream().map(Unit::id).toList();
        // each way only from the list it leaves: a list someone else changed meanwhile is not overwritten
        return new Simple(description,
                () -> assignments.replace(list, beforeIds, afterIds, unitsOf(role)),
                () -> assignments.replace(list, afterIds, beforeIds, unitsOf(role)),
                EditEffect.nodes(node.id()));
    }

    private static AssignmentRepository.ListChange change(PlanNode node, Role role, List<Unit> before,
                                                          List<Unit> after) {
        return new AssignmentRepository.ListChange(new AssignmentList(node.id(), role),
                before.stream().map(Unit::id).toList(), after.stream().map(Unit::id).toList());
    }

    /** Several of a node's lists changed as one edit, each way only from the lists it leaves. */
    private EditCommand replaceLists(PlanNode node, List<AssignmentRepository.ListChange> changes,
                                     String description) {
        List<AssignmentRepository.ListChange> back = changes.stream()
                .map(c -> new AssignmentRepository.ListChange(c.list(), c.wanted(), c.read())).toList();
        return new Simple(description, () -> assignments.replace(changes, PlanEditor::unitsOf),
                () -> assignments.replace(back, PlanEditor::unitsOf), EditEffect.nodes(node.id()));
    }

    /** What the audit log says a change of a list of units of this role concerns, from the node's place. */
    public static Function<String, String> unitsOf(Role role) {
        return place -> Messages.get("audit.summary.assignments", place, Messages.get("node.units." + role.name()));
    }

    private static String roleName(Role role) {
        return Messages.get("node.units." + role.name());
    }

    // --- the tree ---------------------------------------------------------------------------------------------

    /** Adds a task under an item (or a sub-task under a task) at the position. */
    public EditCommand addTask(PlanNode parent, int position, String title) {
        return new AddTask(parent.id(), position, title);
    }

    /**
     * Adds tasks read from pasted text under an item at the position, as one edit: their units matched to the
     * catalogue, the names it lacks added to it with them; undone, the tasks and those units go together. Tasks
     * that break a content rule (a text too long, a unit name no name) are refused before anything is stored.
     */
    public EditCommand addTasks(PlanNode item, int position, List<PlanNode> tasks) {
        return new EditCommand() {
            private AddedTasks added;
            private AddedTasks.Removed removed;

            @Override
            public String description() {
                return tasks.size() == 1 ? Messages.get("edit.addTask", tasks.get(0).title())
                        : Messages.get("edit.addTasks", tasks.size(), tasks.get(0).title());
            }

            @Override
            public EditEffect execute() {
                PlanContentCheck.requireValidTasks(tasks);
                added = nodes.addTasks(item.id(), position, tasks);
                return effect();
            }

            @Override
            public EditEffect undo() {
                removed = nodes.removeAdded(added);
                return effect();
            }

            @Override
            public EditEffect redo() {
                added = nodes.putBack(removed);
                return effect();
            }

            private EditEffect effect() {
                return new EditEffect(java.util.Set.of(item.id()), !added.newUnits().isEmpty(), false, false);
            }
        };
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

    // --- the notice ---------------------------------------------------------------------------------------------

    /**
     * Keeps the notice's fields as edited (文号, title, 署名, dates …) in the plan, so that its documents print them
     * from now on; checked as any plan's are first. Refused, like every edit, if someone else changed them since
     * they were read; undone, they are as they were.
     */
    public EditCommand updateNotice(Plan before, Plan after) {
        return new EditCommand() {
            @Override
            public String description() {
                return Messages.get("edit.updateNotice");
            }

            @Override
            public EditEffect execute() {
                PlanContentCheck.requireValidNotice(after);
                plans.updateNotice(before, after, Messages.get("edit.updateNotice.audit", after.name()));
                return EditEffect.notice();
            }

            @Override
            public EditEffect undo() {
                plans.updateNotice(after, before, Messages.get("edit.updateNotice.audit", before.name()));
                return EditEffect.notice();
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
                return Messages.get("edit.newUnitTo", roleName(roleOf(node)), name.strip());
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
                assignments.replace(list, after, unitsOf(roleOf(node)));
                return new EditEffect(java.util.Set.of(node.id()), true, false, false);
            }

            @Override
            public EditEffect undo() {
                assignments.replace(new AssignmentList(node.id(), roleOf(node)), before, unitsOf(roleOf(node)));
                units.remove(added.id());
                return new EditEffect(java.util.Set.of(node.id()), true, false, false);
            }
        };
    }

    /** Adds several units to the catalogue as one edit (a list pasted): all of them or, one refused, none. */
    public EditCommand addUnitsToCatalogue(List<String> names) {
        return new EditCommand() {
            private List<Unit> added;

            @Override
            public String description() {
                return Messages.get("edit.newUnit", String.join("、", names.stream().map(String::strip).toList()));
            }

            @Override
            public EditEffect execute() {
                added = units.addAll(names);
                return EditEffect.catalogue();
            }

            @Override
            public EditEffect undo() {
                units.removeAllUnused(added.stream().map(Unit::id).toList());
                return EditEffect.catalogue();
            }

            @Override
            public EditEffect redo() {
                units.restoreAll(added);
                return EditEffect.catalogue();
            }
        };
    }

    public EditCommand addUnitToCatalogue(String name) {
        return addUnitsToCatalogue(List.of(name));
    }

    /**
     * Removes a unit nothing uses from the catalogue (refused, naming what still uses it, otherwise); undone, it is
     * back in its place with its aliases and liaison.
     */
    public EditCommand removeUnitFromCatalogue(Unit unit) {
        return new EditCommand() {
            private UnitRemoval removal;

            @Override
            public String description() {
                return Messages.get("edit.removeUnit", unit.name());
            }

            @Override
            public EditEffect execute() {
                removal = units.removeUnused(unit.id());
                return EditEffect.catalogue();
            }

            @Override
            public EditEffect undo() {
                units.putBack(removal);
                return EditEffect.catalogue();
            }

            @Override
            public EditEffect redo() {
                removal = units.removeUnused(unit.id());
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

    /**
     * Sets a unit's 联络员 and telephone ({@link UnitLiaison#NONE} clears them), from the liaison read: if someone
     * else changed it meanwhile, refused; undone, only from the liaison this edit left.
     */
    public EditCommand setLiaison(Unit unit, UnitLiaison before, UnitLiaison after) {
        boolean clears = UnitLiaison.typed(after.person(), after.phone()).isNone();
        return new EditCommand() {
            private UnitLiaison stored;

            @Override
            public String description() {
                return Messages.get(clears ? "edit.clearLiaison" : "edit.setLiaison", unit.name());
            }

            @Override
            public EditEffect execute() {
                stored = units.setLiaison(unit.id(), before, after);
                return EditEffect.liaisons();
            }

            @Override
            public EditEffect undo() {
                units.setLiaison(unit.id(), stored, before);
                return EditEffect.liaisons();
            }
        };
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
