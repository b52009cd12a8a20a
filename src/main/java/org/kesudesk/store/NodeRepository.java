package org.kesudesk.store;

import static org.kesudesk.store.jooq.Tables.ASSIGNMENT;
import static org.kesudesk.store.jooq.Tables.INDICATOR;
import static org.kesudesk.store.jooq.Tables.PLAN;
import static org.kesudesk.store.jooq.Tables.PLAN_NODE;
import static org.kesudesk.store.jooq.Tables.UNIT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.AddedTasks;
import org.kesudesk.model.Assignment;
import org.kesudesk.model.Ids;
import org.kesudesk.model.Indicator;
import org.kesudesk.model.IndicatorPeriod;
import org.kesudesk.model.NodeKind;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.RemovedNode;
import org.kesudesk.model.Unit;
import org.kesudesk.model.UnitMatching;
import org.kesudesk.model.UnitRemoval;
import org.kesudesk.store.jooq.tables.records.PlanNodeRecord;

/**
 * Edits of the plan tree: tasks added, deleted (and put back), moved, renamed; item and task texts. Each edit is
 * one transaction, renumbers the siblings so that numbering follows the order, and is recorded in the audit log.
 */
public final class NodeRepository {

    private final Database database;

    public NodeRepository(Database database) {
        this.database = database;
    }

    /** A node with everything under it, as stored now. */
    public PlanNode load(UUID nodeId) {
        return database.read(tx -> load(tx, nodeId));
    }

    /** The node's parent and its position there; empty for a section (or an unknown node). */
    public Optional<RemovedNode> placement(UUID nodeId) {
        return database.read(tx -> {
            PlanNodeRecord node = tx.selectFrom(PLAN_NODE).where(PLAN_NODE.ID.eq(nodeId)).fetchOne();
            if (node == null || node.getParentId() == null) {
                return Optional.empty();
            }
            return Optional.of(new RemovedNode(node.getParentId(), node.getOrdinal(), load(tx, nodeId)));
        });
    }

    /** Adds a task (under an item) or a sub-task (under a task) at the position, and returns it. */
    public PlanNode addTask(UUID parentId, int position, String title, String text) {
        return database.inTransaction(tx -> {
            // the parent's row locked first, as every change of its children's order does (no two lock in turns)
            PlanNodeRecord parent = NodePaths.requireLocked(tx, parentId);
            NodeKind parentKind = NodeKind.valueOf(parent.getKind());
            NodeKind kind = parentKind == NodeKind.TASK ? NodeKind.SUBTASK : NodeKind.TASK;
            if (!kind.mayBeChildOf(parentKind)) {
                throw new UserFacingException("store.error.noTasksHere", Messages.get("node.kind." + parentKind));
            }
            UUID id = Ids.newId();
            PlanNodeRecord record = tx.newRecord(PLAN_NODE);
            record.setId(id);
            record.setPlanId(parent.getPlanId());
            record.setParentId(parentId);
            record.setKind(kind.name());
            record.setOrdinal(insertionPoint(tx, parentId, position));
            record.setLabel("");
            record.setTitle(title);
            record.setBody(text);
            record.setRowVersion(1L);
            shiftFrom(tx, parentId, record.getOrdinal());
            record.insert();
            renumber(tx, parent);
            AuditLog.record(tx, AuditLog.Change.of("node.add", "node", id, NodePaths.describe(tx, id))
                    .plan(parent.getPlanId()).node(id).values(null, title));
            return load(tx, id);
        });
    }

    /** Deletes a task or sub-task with everything under it; returns what is needed to put it back. */
    public RemovedNode delete(UUID nodeId) {
        return delete(nodeId, Optional.empty());
    }

    /**
     * Deletes a task or sub-task with everything under it, if it is still as read: its title, text, units and
     * sub-tasks (not its number, which others' changes around it may move). What someone else changed meanwhile is
     * not deleted unseen.
     *
     * @throws ChangedByOthersException if the task or anything under it was changed since it was read
     */
    public RemovedNode delete(PlanNode asRead) {
        return delete(asRead.id(), Optional.of(asRead));
    }

    private RemovedNode delete(UUID nodeId, Optional<PlanNode> asRead) {
        return database.inTransaction(tx -> {
            RemovedNode removed = deleteIn(tx, nodeId, asRead);
            closeUp(tx, removed.parentId());
            return removed;
        });
    }

    /** Its siblings' ordinals without the gap a node left, and numbered again where their parent numbers them. */
    private static void closeUp(DSLContext tx, UUID parentId) {
        compact(tx, parentId);
        renumber(tx, NodePaths.require(tx, parentId));
    }

    /** Deletes a task as {@link #delete(PlanNode)} does, leaving its siblings' ordinals to {@link #closeUp}. */
    private static RemovedNode deleteIn(DSLContext tx, UUID nodeId, Optional<PlanNode> asRead) {
        PlanNodeRecord unlocked = NodePaths.require(tx, nodeId);
        // the parent first, then the node: the order every change of a parent's children takes its locks in
        if (unlocked.getParentId() != null) {
            NodePaths.requireLocked(tx, unlocked.getParentId());
        }
        PlanNodeRecord node = NodePaths.requireLocked(tx, nodeId);
        if (!NodeKind.valueOf(node.getKind()).isTask()) {
            throw new UserFacingException("store.error.onlyTasks");
        }
        PlanNode loaded = load(tx, nodeId);
        String path = NodePaths.describe(tx, nodeId);
        if (asRead.isPresent() && !org.kesudesk.model.PlanDocuments.sameContent(asRead.get(), loaded)) {
            throw new ChangedByOthersException(path);
        }
        // what was recorded on it goes with it (the database's cascades), and is kept to come back with it
        java.util.Set<UUID> nodeIds = new java.util.HashSet<>();
        java.util.Set<UUID> indicatorIds = new java.util.HashSet<>();
        loaded.forEachNode(one -> {
            nodeIds.add(one.id());
            one.indicators().forEach(indicator -> indicatorIds.add(indicator.id()));
        });
        RemovedNode removed = new RemovedNode(node.getParentId(), node.getOrdinal(), loaded,
                ProgressRepository.recordedOn(tx, nodeIds, indicatorIds));
        tx.deleteFrom(PLAN_NODE).where(PLAN_NODE.ID.eq(nodeId)).execute();
        AuditLog.record(tx, AuditLog.Change.of("node.delete", "node", nodeId, path)
                .plan(node.getPlanId()).node(nodeId).values(describeForLog(removed.node()), null));
        return removed;
    }

    /** Puts a deleted node back where it was, with the same ids, units and indicators. */
    public PlanNode restore(RemovedNode removed) {
        return database.inTransaction(tx -> restoreIn(tx, removed));
    }

    private static PlanNode restoreIn(DSLContext tx, RemovedNode removed) {
        PlanNodeRecord parent = NodePaths.requireLocked(tx, removed.parentId());
        int ordinal = insertionPoint(tx, parent.getId(), removed.position());
        shiftFrom(tx, parent.getId(), ordinal);
        TreeRows rows = new TreeRows(tx, parent.getPlanId(), 1);
        rows.collect(parent.getId(), removed.node(), ordinal);
        rows.insert();
        ProgressRepository.restoreRecorded(tx, removed.recorded());
        renumber(tx, parent);
        UUID id = removed.node().id();
        AuditLog.record(tx, AuditLog.Change.of("node.restore", "node", id, NodePaths.describe(tx, id))
                .plan(parent.getPlanId()).node(id).values(null, describeForLog(removed.node())));
        return load(tx, id);
    }

    /**
     * Adds tasks to an item at the position (pasted from a document, say), in one transaction: their units matched
     * to the plan's region's catalogue by the model's rule ({@link UnitMatching}), the names it lacks added to it,
     * the deadlines their texts state recorded as a document's are; each task and unit in the audit log.
     *
     * @param tasks tasks as read (their units by name), put under the item in order
     * @throws UserFacingException if the node is no action, project or safeguard
     */
    public AddedTasks addTasks(UUID itemId, int position, List<PlanNode> tasks) {
        return database.inTransaction(tx -> {
            PlanNodeRecord item = NodePaths.requireLocked(tx, itemId);
            NodeKind itemKind = NodeKind.valueOf(item.getKind());
            if (!itemKind.isItem()) {
                throw new UserFacingException("store.error.noTasksHere", Messages.get("node.kind." + itemKind));
            }
            UUID region = UnitRepository.regionOf(tx, item.getPlanId());
            UnitMatching catalogue = UnitRepository.matching(tx, region);
            // numbered as the plan numbers the item's tasks (as one added is), not as the document they came from did
            List<PlanNode> resolved = catalogue.resolve(tasks).stream().map(task -> new PlanNode(task.id(),
                    NodeKind.TASK, "", task.title(), task.text(), task.assignments(), task.indicators(),
                    task.children(), task.rowVersion())).toList();
            UnitRepository.insertNew(tx, region, catalogue.addedUnits());
            // room made once, the rows inserted as batches: a paste at the limits is a thousand tasks
            int ordinal = insertionPoint(tx, itemId, position);
            shiftFrom(tx, itemId, ordinal, resolved.size());
            TreeRows rows = new TreeRows(tx, item.getPlanId(), 0);
            for (int i = 0; i < resolved.size(); i++) {
                rows.collect(itemId, resolved.get(i), ordinal + i);
            }
            rows.insert();
            ProgressRepository.insertFound(tx, PlanRepository.period(tx.selectFrom(PLAN)
                    .where(PLAN.ID.eq(item.getPlanId())).fetchSingle()), resolved);
            renumber(tx, item);
            // as stored (numbered, versions as the rows have them): the item read once
            Map<UUID, PlanNode> under = new HashMap<>();
            load(tx, itemId).children().forEach(child -> under.put(child.id(), child));
            String itemPath = NodePaths.describe(tx, itemId);
            List<PlanNode> stored = new ArrayList<>();
            for (PlanNode task : resolved) {
                PlanNode added = under.get(task.id());
                AuditLog.record(tx, AuditLog.Change.of("node.add", "node", added.id(),
                        itemPath + NodePaths.SEPARATOR + added.heading()).plan(item.getPlanId()).node(added.id())
                        .values(null, describeForLog(added)));
                stored.add(added);
            }
            return new AddedTasks(itemId, stored, catalogue.addedUnits());
        });
    }

    /**
     * Takes added tasks out again, and the units added with them, in one transaction (to undo adding them); what was
     * recorded on them meanwhile goes with them, to come back with a redo.
     *
     * @throws ChangedByOthersException if a task was changed since it was added (someone else worked on it)
     */
    public AddedTasks.Removed removeAdded(AddedTasks added) {
        return database.inTransaction(tx -> {
            List<RemovedNode> removed = new ArrayList<>();
            // the last first: each keeps the position it had among the others
            for (int i = added.tasks().size() - 1; i >= 0; i--) {
                PlanNode task = added.tasks().get(i);
                removed.add(0, deleteIn(tx, task.id(), Optional.of(task)));
            }
            closeUp(tx, added.itemId());
            List<UnitRemoval> units = new ArrayList<>();
            for (Unit unit : added.newUnits()) {
                try {
                    units.add(UnitRepository.removeUnused(tx, unit.id()));
                } catch (UserFacingException usedSince) {
                    // given to another task since (or reported on): it stays in the catalogue, as one added by hand
                    // would; refused before anything of it was removed
                }
            }
            return new AddedTasks.Removed(added.itemId(), removed, units);
        });
    }

    /** Puts tasks taken out by {@link #removeAdded} back, with their units, in one transaction (to redo adding them). */
    public AddedTasks putBack(AddedTasks.Removed removed) {
        return database.inTransaction(tx -> {
            PlanNodeRecord item = NodePaths.requireLocked(tx, removed.itemId());
            UUID region = UnitRepository.regionOf(tx, item.getPlanId());
            List<Unit> units = new ArrayList<>();
            for (UnitRemoval unit : removed.units()) {
                UnitRepository.putBack(tx, region, unit);
                units.add(unit.unit());
            }
            List<PlanNode> tasks = new ArrayList<>();
            for (RemovedNode task : removed.tasks()) {
                tasks.add(restoreIn(tx, task));
            }
            return new AddedTasks(removed.itemId(), tasks, units);
        });
    }

    /**
     * Moves a task among its siblings to the position (0 is first), if they are still in the order read: a move made
     * on an order someone else changed meanwhile (a task added, removed or moved there) would put it somewhere not
     * meant.
     *
     * @param siblingsAsRead the ids of the task's siblings (itself included) in the order the user saw them
     * @throws ChangedByOthersException if the siblings are not in that order now
     */
    public void move(UUID nodeId, List<UUID> siblingsAsRead, int position) {
        database.inTransaction(tx -> {
            PlanNodeRecord node = NodePaths.require(tx, nodeId);
            if (!NodeKind.valueOf(node.getKind()).isTask()) {
                throw new UserFacingException("store.error.onlyTasks");
            }
            // the parent's row locked: one change to its children's order at a time
            PlanNodeRecord parent = NodePaths.requireLocked(tx, node.getParentId());
            List<PlanNodeRecord> siblings = children(tx, node.getParentId());
            if (!siblings.stream().map(PlanNodeRecord::getId).toList().equals(siblingsAsRead)) {
                throw new ChangedByOthersException(NodePaths.describe(tx, parent));
            }
            int from = indexOf(siblings, nodeId);
            int to = Math.max(0, Math.min(position, siblings.size() - 1));
            if (from == to) {
                return null;
            }
            String before = NodePaths.describe(tx, nodeId);
            PlanNodeRecord moving = siblings.remove(from);
            siblings.add(to, moving);
            setOrdinals(siblings);
            renumber(tx, parent);
            AuditLog.record(tx, AuditLog.Change.of("node.move", "node", nodeId, NodePaths.describe(tx, nodeId))
                    .plan(node.getPlanId()).node(nodeId).values(before, NodePaths.describe(tx, nodeId)));
            return null;
        });
    }

    /**
     * Changes a node's title and text (an item's goal text, a task's title and text), if it is still as it was read:
     * the row version read with it is checked, so that an edit never overwrites one made meanwhile by someone else.
     *
     * @return the node's row version after the edit
     * @throws ChangedByOthersException if the node was changed since it was read
     */
    public long update(UUID nodeId, long readVersion, String title, String text) {
        return database.inTransaction(tx -> {
            PlanNodeRecord node = NodePaths.requireLocked(tx, nodeId);
            if (node.getRowVersion() != readVersion) {
                // changed by someone else since it was read: this edit would undo theirs
                throw new ChangedByOthersException(NodePaths.describe(tx, nodeId));
            }
            if (node.getTitle().equals(title) && node.getBody().equals(text)) {
                return node.getRowVersion();
            }
            String before = node.getTitle() + "\n" + node.getBody();
            node.setTitle(title);
            node.setBody(text);
            node.setRowVersion(node.getRowVersion() + 1);
            node.update();
            AuditLog.record(tx, AuditLog.Change.of("node.update", "node", nodeId, NodePaths.describe(tx, nodeId))
                    .plan(node.getPlanId()).node(nodeId).values(before, title + "\n" + text));
            return node.getRowVersion();
        });
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private static List<PlanNodeRecord> children(DSLContext tx, UUID parentId) {
        return new ArrayList<>(tx.selectFrom(PLAN_NODE).where(PLAN_NODE.PARENT_ID.eq(parentId))
                .orderBy(PLAN_NODE.ORDINAL).fetch());
    }

    private static int insertionPoint(DSLContext tx, UUID parentId, int position) {
        int count = tx.fetchCount(PLAN_NODE, PLAN_NODE.PARENT_ID.eq(parentId));
        return Math.max(0, Math.min(position, count));
    }

    private static void shiftFrom(DSLContext tx, UUID parentId, int ordinal) {
        shiftFrom(tx, parentId, ordinal, 1);
    }

    /** Makes room for {@code count} children from the ordinal on. */
    private static void shiftFrom(DSLContext tx, UUID parentId, int ordinal, int count) {
        compact(tx, parentId);
        tx.update(PLAN_NODE).set(PLAN_NODE.ORDINAL, PLAN_NODE.ORDINAL.plus(count))
                .where(PLAN_NODE.PARENT_ID.eq(parentId).and(PLAN_NODE.ORDINAL.ge(ordinal)))
                .execute();
    }

    /** Ordinals 0, 1, 2 … in the current order, with no gaps. */
    private static void compact(DSLContext tx, UUID parentId) {
        setOrdinals(children(tx, parentId));
    }

    private static void setOrdinals(List<PlanNodeRecord> siblings) {
        for (int i = 0; i < siblings.size(); i++) {
            PlanNodeRecord sibling = siblings.get(i);
            if (sibling.getOrdinal() != i) {
                sibling.setOrdinal(i);
                sibling.setRowVersion(sibling.getRowVersion() + 1);
                sibling.update();
            }
        }
    }

    /** Numbering follows the order where the parent's kind says so ({@link NodeKind#numbersChildrenByPosition}). */
    private static void renumber(DSLContext tx, PlanNodeRecord parent) {
        if (!NodeKind.valueOf(parent.getKind()).numbersChildrenByPosition()) {
            return;
        }
        List<PlanNodeRecord> siblings = children(tx, parent.getId());
        for (int i = 0; i < siblings.size(); i++) {
            PlanNodeRecord sibling = siblings.get(i);
            String label = String.valueOf(i + 1);
            if (!sibling.getLabel().equals(label)) {
                sibling.setLabel(label);
                sibling.setRowVersion(sibling.getRowVersion() + 1);
                sibling.update();
            }
        }
    }

    private static int indexOf(List<PlanNodeRecord> siblings, UUID nodeId) {
        for (int i = 0; i < siblings.size(); i++) {
            if (siblings.get(i).getId().equals(nodeId)) {
                return i;
            }
        }
        throw new IllegalStateException("a node is among its parent's children");
    }

    private static String describeForLog(PlanNode node) {
        StringBuilder text = new StringBuilder(node.heading());
        List<Unit> units = node.carriedOutBy();
        if (!units.isEmpty()) {
            text.append("（").append(String.join("、", units.stream().map(Unit::name).toList())).append("）");
        }
        return text.toString();
    }

    /** Loads a node's subtree: its nodes, then all their assignments and indicators in two queries. */
    static PlanNode load(DSLContext tx, UUID nodeId) {
        PlanNodeRecord root = NodePaths.require(tx, nodeId);
        List<PlanNodeRecord> all = new ArrayList<>(List.of(root));
        Map<UUID, List<PlanNodeRecord>> byParent = new HashMap<>();
        List<UUID> frontier = List.of(nodeId);
        while (!frontier.isEmpty()) {
            List<PlanNodeRecord> level = tx.selectFrom(PLAN_NODE).where(PLAN_NODE.PARENT_ID.in(frontier))
                    .orderBy(PLAN_NODE.ORDINAL).fetch();
            level.forEach(n -> byParent.computeIfAbsent(n.getParentId(), k -> new ArrayList<>()).add(n));
            all.addAll(level);
            frontier = level.stream().map(PlanNodeRecord::getId).toList();
        }
        List<UUID> ids = all.stream().map(PlanNodeRecord::getId).toList();
        Map<UUID, List<Assignment>> assignments = new HashMap<>();
        tx.select(AssignmentRepository.ROW_FIELDS)
                .from(ASSIGNMENT).join(UNIT).on(UNIT.ID.eq(ASSIGNMENT.UNIT_ID))
                .where(ASSIGNMENT.NODE_ID.in(ids))
                .orderBy(ASSIGNMENT.ROLE, ASSIGNMENT.POSITION)
                .forEach(r -> assignments.computeIfAbsent(r.get(ASSIGNMENT.NODE_ID), k -> new ArrayList<>())
                        .add(AssignmentRepository.fromRow(r)));
        Map<UUID, List<Indicator>> indicators = new HashMap<>();
        tx.selectFrom(INDICATOR).where(INDICATOR.NODE_ID.in(ids)).orderBy(INDICATOR.POSITION)
                .forEach(r -> indicators.computeIfAbsent(r.getNodeId(), k -> new ArrayList<>())
                        .add(new Indicator(r.getId(), r.getWording(), Optional.ofNullable(r.getTargetValue()),
                                r.getMeasure() == null ? "" : r.getMeasure(), IndicatorPeriod.valueOf(r.getPeriod()),
                                r.getRowVersion())));
        return build(root, byParent, assignments, indicators);
    }

    /** A node and everything under it from rows grouped by parent (in ordinal order) and by node. */
    static PlanNode build(PlanNodeRecord r, Map<UUID, List<PlanNodeRecord>> byParent,
                                  Map<UUID, List<Assignment>> assignments, Map<UUID, List<Indicator>> indicators) {
        List<PlanNode> children = byParent.getOrDefault(r.getId(), List.of()).stream()
                .map(child -> build(child, byParent, assignments, indicators))
                .toList();
        return new PlanNode(r.getId(), NodeKind.valueOf(r.getKind()), r.getLabel(), r.getTitle(), r.getBody(),
                assignments.getOrDefault(r.getId(), List.of()), indicators.getOrDefault(r.getId(), List.of()),
                children, r.getRowVersion());
    }
}
