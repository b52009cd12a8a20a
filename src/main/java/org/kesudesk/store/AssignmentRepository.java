package org.kesudesk.store;

import static org.kesudesk.store.jooq.Tables.ASSIGNMENT;
import static org.kesudesk.store.jooq.Tables.PLAN;
import static org.kesudesk.store.jooq.Tables.UNIT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectField;
import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.Assignment;
import org.kesudesk.model.AssignmentList;
import org.kesudesk.model.Ids;
import org.kesudesk.model.NodeKind;
import org.kesudesk.model.Role;
import org.kesudesk.model.Unit;
import org.kesudesk.store.jooq.tables.records.AssignmentRecord;
import org.kesudesk.store.jooq.tables.records.PlanNodeRecord;

/**
 * Who leads an item and who carries out a task. Every change replaces one node's list of one role with a new
 * list, in one transaction, keeping the rows (and their ids) of units that stay.
 */
public final class AssignmentRepository {

    /** The columns {@link #fromRow} reads: an assignment joined with its unit. */
    static final List<SelectField<?>> ROW_FIELDS = List.of(ASSIGNMENT.ID, ASSIGNMENT.NODE_ID, ASSIGNMENT.ROLE,
            ASSIGNMENT.ROW_VERSION, UNIT.ID, UNIT.NAME, UNIT.KIND, UNIT.PRECEDENCE, UNIT.ROW_VERSION);

    private final Database database;

    /** An assignment from a row of {@link #ROW_FIELDS}. */
    static Assignment fromRow(Record row) {
        Unit unit = new Unit(row.get(UNIT.ID), row.get(UNIT.NAME), row.get(UNIT.KIND) == null ? "" : row.get(UNIT.KIND),
                row.get(UNIT.PRECEDENCE), row.get(UNIT.ROW_VERSION));
        return new Assignment(row.get(ASSIGNMENT.ID), unit, Role.valueOf(row.get(ASSIGNMENT.ROLE)),
                row.get(ASSIGNMENT.ROW_VERSION));
    }

    public AssignmentRepository(Database database) {
        this.database = database;
    }

    /** The units of the list, in stored order. */
    public List<Unit> units(AssignmentList list) {
        return database.read(tx -> units(tx, list));
    }

    /**
     * Makes the list hold exactly these units, in this order: adding, removing and reordering are all this.
     * Recorded in the audit log.
     */
    public void replace(AssignmentList list, List<UUID> unitIds, Function<String, String> summary) {
        database.inTransaction(tx -> {
            replace(tx, list, unitIds, summary);
            return null;
        });
    }

    /**
     * As {@link #replace(AssignmentList, List, Function)}, if the list still holds what the user read: a list changed
     * meanwhile by someone else (another clerk on a shared database, a file applied) is left as it is.
     *
     * @param read the list's units as the user saw them, in order
     * @throws ChangedByOthersException if the list is not what was read
     */
    public void replace(AssignmentList list, List<UUID> read, List<UUID> unitIds, Function<String, String> summary) {
        database.inTransaction(tx -> {
            // the node locked first: no one else's change can come between this check and the replacement
            NodePaths.requireLocked(tx, list.nodeId());
            List<UUID> now = units(tx, list).stream().map(Unit::id).toList();
            if (!now.equals(read)) {
                throw new ChangedByOthersException(summary.apply(NodePaths.describe(tx, list.nodeId())));
            }
            replace(tx, list, unitIds, summary);
            return null;
        });
    }

    /** One of a node's lists of units as the user read it and as it is to be. */
    public record ListChange(AssignmentList list, List<UUID> read, List<UUID> wanted) {
        public ListChange {
            read = List.copyOf(read);
            wanted = List.copyOf(wanted);
        }
    }

    /**
     * As {@link #replace(AssignmentList, List, List, Function)} for several lists (a task's lead and responsible
     * units, when a unit goes from one to the other), in one transaction: all of them, or none if any of them is not
     * what was read.
     *
     * @param summary the audit log's summary of each list's change
     */
    public void replace(List<ListChange> changes, Function<Role, Function<String, String>> summary) {
        database.inTransaction(tx -> {
            for (ListChange change : changes) {
                NodePaths.requireLocked(tx, change.list().nodeId());
                List<UUID> now = units(tx, change.list()).stream().map(Unit::id).toList();
                if (!now.equals(change.read())) {
                    throw new ChangedByOthersException(summary.apply(change.list().role())
                            .apply(NodePaths.describe(tx, change.list().nodeId())));
                }
            }
            for (ListChange change : changes) {
                replace(tx, change.list(), change.wanted(), summary.apply(change.list().role()));
            }
            return null;
        });
    }

    static List<Unit> units(DSLContext tx, AssignmentList list) {
        return tx.select(UNIT.ID, UNIT.NAME, UNIT.KIND, UNIT.PRECEDENCE, UNIT.ROW_VERSION)
                .from(ASSIGNMENT).join(UNIT).on(UNIT.ID.eq(ASSIGNMENT.UNIT_ID))
                .where(ASSIGNMENT.NODE_ID.eq(list.nodeId()).and(ASSIGNMENT.ROLE.eq(list.role().name())))
                .orderBy(ASSIGNMENT.POSITION)
                .fetch(r -> new Unit(r.value1(), r.value2(), r.value3() == null ? "" : r.value3(), r.value4(),
                        r.value5()));
    }

    /**
     * @param summary the audit log's summary of the change, as the caller names the edit, from the node's place in
     *                the plan (二、（一）1.…)
     */
    static void replace(DSLContext tx, AssignmentList list, List<UUID> unitIds, Function<String, String> summary) {
        PlanNodeRecord node = NodePaths.require(tx, list.nodeId());
        checkRoleFits(NodeKind.valueOf(node.getKind()), list.role());
        List<UUID> wanted = List.copyOf(new LinkedHashSet<>(unitIds));
        Map<UUID, String> names = unitNames(tx, wanted);
        for (UUID id : wanted) {
            if (!names.containsKey(id)) {
                throw new UserFacingException("store.error.noSuchUnit", id);
            }
        }
        // a plan's units are its region's catalogue's
        UUID planRegion = tx.select(PLAN.REGION_ID).from(PLAN).where(PLAN.ID.eq(node.getPlanId()))
                .fetchOne(PLAN.REGION_ID);
        tx.select(UNIT.NAME).from(UNIT).where(UNIT.ID.in(wanted).and(UNIT.REGION_ID.ne(planRegion)))
                .fetchOptional(UNIT.NAME).ifPresent(name -> {
                    throw new UserFacingException("store.error.unitOfOtherRegion", name);
                });
        // one query for the list as it is: its rows, in order, with their units' names
        Map<UUID, AssignmentRecord> existing = new HashMap<>();
        List<Unit> before = new ArrayList<>();
        tx.select(ASSIGNMENT.fields()).select(UNIT.NAME, UNIT.KIND, UNIT.PRECEDENCE, UNIT.ROW_VERSION)
                .from(ASSIGNMENT).join(UNIT).on(UNIT.ID.eq(ASSIGNMENT.UNIT_ID))
                .where(ASSIGNMENT.NODE_ID.eq(list.nodeId()).and(ASSIGNMENT.ROLE.eq(list.role().name())))
                .orderBy(ASSIGNMENT.POSITION)
                .forEach(r -> {
                    AssignmentRecord record = r.into(ASSIGNMENT);
                    existing.put(record.getUnitId(), record);
                    before.add(new Unit(record.getUnitId(), r.get(UNIT.NAME),
                            r.get(UNIT.KIND) == null ? "" : r.get(UNIT.KIND), r.get(UNIT.PRECEDENCE),
                            r.get(UNIT.ROW_VERSION)));
                });
        List<UUID> beforeIds = before.stream().map(Unit::id).toList();
        if (beforeIds.equals(wanted)) {
            return;
        }
        for (AssignmentRecord record : existing.values()) {
            if (!wanted.contains(record.getUnitId())) {
                record.delete();
            }
        }
        for (int position = 0; position < wanted.size(); position++) {
            UUID unitId = wanted.get(position);
            AssignmentRecord record = existing.get(unitId);
            if (record == null) {
                record = tx.newRecord(ASSIGNMENT);
                record.setId(Ids.newId());
                record.setNodeId(list.nodeId());
                record.setUnitId(unitId);
                record.setRole(list.role().name());
                record.setPosition(position);
                record.setRowVersion(1L);
                record.insert();
            } else if (record.getPosition() != position) {
                record.setPosition(position);
                record.setRowVersion(record.getRowVersion() + 1);
                record.update();
            }
        }
        audit(tx, node, before, wanted, names, summary);
    }

    private static void audit(DSLContext tx, PlanNodeRecord node, List<Unit> before, List<UUID> after,
                              Map<UUID, String> names, Function<String, String> wording) {
        Set<UUID> beforeIds = before.stream().map(Unit::id).collect(Collectors.toSet());
        List<UUID> added = after.stream().filter(id -> !beforeIds.contains(id)).toList();
        List<UUID> removed = before.stream().map(Unit::id).filter(id -> !after.contains(id)).toList();
        String action;
        UUID unit = null;
        if (added.size() == 1 && removed.isEmpty()) {
            action = "assignment.add";
            unit = added.get(0);
        } else if (removed.size() == 1 && added.isEmpty()) {
            action = "assignment.remove";
            unit = removed.get(0);
        } else if (added.isEmpty() && removed.isEmpty()) {
            action = "assignment.reorder";
        } else {
            action = "assignment.replace";
        }
        String summary = wording.apply(NodePaths.describe(tx, node));
        String beforeText = before.stream().map(Unit::name).collect(Collectors.joining("、"));
        String afterText = after.stream().map(names::get).collect(Collectors.joining("、"));
        AuditLog.record(tx, AuditLog.Change.of(action, "assignment", node.getId(), summary)
                .plan(node.getPlanId()).node(node.getId()).unit(unit).values(beforeText, afterText));
    }

    private static Map<UUID, String> unitNames(DSLContext tx, List<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            tx.select(UNIT.ID, UNIT.NAME).from(UNIT).where(UNIT.ID.in(ids))
                    .forEach(r -> names.put(r.value1(), r.value2()));
        }
        return names;
    }

    /** A node takes units only in the roles its kind takes ({@link NodeKind#takes}). */
    static void checkRoleFits(NodeKind kind, Role role) {
        if (!kind.takes(role)) {
            throw new UserFacingException("store.error.roleMisplaced",
                    Messages.get("node.units." + role.name()), Messages.get("node.kind." + kind.name()));
        }
    }

    /** Every list a unit is in, with the unit ids of each, for merging units. */
    static Map<AssignmentList, List<UUID>> listsWith(DSLContext tx, UUID unitId) {
        Map<AssignmentList, List<UUID>> lists = new HashMap<>();
        List<AssignmentList> keys = tx.select(ASSIGNMENT.NODE_ID, ASSIGNMENT.ROLE).from(ASSIGNMENT)
                .where(ASSIGNMENT.UNIT_ID.eq(unitId))
                .fetch(r -> new AssignmentList(r.value1(), Role.valueOf(r.value2())));
        for (AssignmentList key : keys) {
            lists.put(key, new ArrayList<>(units(tx, key).stream().map(Unit::id).toList()));
        }
        return lists;
    }
}
