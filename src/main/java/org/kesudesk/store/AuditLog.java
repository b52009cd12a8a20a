package org.kesudesk.store;

import static org.kesudesk.store.jooq.Tables.AUDIT_LOG;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.kesudesk.model.AuditEntry;
import org.kesudesk.store.jooq.tables.records.AuditLogRecord;

/** The audit log (留痕): every change is recorded in the same transaction as the change itself. */
public final class AuditLog {

    private final Database database;

    public AuditLog(Database database) {
        this.database = database;
    }

    /** The id of the newest entry (0 if there is none): it moves whenever anything is changed. */
    public long lastId() {
        return database.read(tx -> tx.select(DSL.coalesce(DSL.max(AUDIT_LOG.ID), 0L)).from(AUDIT_LOG)
                .fetchOne(0, Long.class));
    }

    /**
     * When the newest entry (by id, as the log numbers them) was recorded, as the computer that recorded it read its
     * clock: none if the log is empty.
     */
    public Optional<OffsetDateTime> lastAt() {
        return database.read(tx -> tx.select(AUDIT_LOG.AT).from(AUDIT_LOG)
                .where(AUDIT_LOG.ID.eq(tx.select(DSL.max(AUDIT_LOG.ID)).from(AUDIT_LOG)))
                .fetchOptional(AUDIT_LOG.AT));
    }

    /**
     * The id of the newest entry about a plan: every change to a plan is recorded with it, so while this stays
     * the same, nothing in the plan has changed.
     */
    public long lastIdFor(UUID planId) {
        return database.read(tx -> lastIdFor(tx, planId));
    }

    static long lastIdFor(DSLContext tx, UUID planId) {
        Long last = tx.select(DSL.max(AUDIT_LOG.ID)).from(AUDIT_LOG).where(AUDIT_LOG.PLAN_ID.eq(planId))
                .fetchOne(0, Long.class);
        return last == null ? 0 : last;
    }

    /**
     * Where the log stands: its last entry and how many it holds. Every change to the data is recorded in the log in
     * its own transaction, so the position differs after any change committed since it was taken — on a shared server
     * too, where a change can commit after a later one (its entry then adds to the count below the last).
     */
    public record Position(long lastId, long entries) {
    }

    /** Where the log stands now. */
    public Position position() {
        return database.read(tx -> {
            org.jooq.Record2<Long, Integer> row = tx.select(DSL.max(AUDIT_LOG.ID), DSL.count()).from(AUDIT_LOG)
                    .fetchOne();
            return new Position(row.value1() == null ? 0 : row.value1(), row.value2());
        });
    }

    /** The newest entries first. */
    public List<AuditEntry> recent(int limit) {
        return find(Optional.empty(), Optional.empty(), limit);
    }

    /**
     * The newest entries first, narrowed to those about a node (and what lies under it is not included), or about
     * a unit (the entries naming it, before or after).
     */
    public List<AuditEntry> find(Optional<UUID> nodeId, Optional<UnitFilter> unit, int limit) {
        Condition condition = DSL.trueCondition();
        if (nodeId.isPresent()) {
            condition = condition.and(AUDIT_LOG.NODE_ID.eq(nodeId.get()).or(AUDIT_LOG.ENTITY_ID.eq(nodeId.get())));
        }
        if (unit.isPresent()) {
            // contains() escapes % and _ in the name: a unit named 100%_达标 matches itself, not every entry
            String name = unit.get().name();
            condition = condition.and(AUDIT_LOG.UNIT_ID.eq(unit.get().id())
                    .or(AUDIT_LOG.BEFORE_VALUE.contains(name)).or(AUDIT_LOG.AFTER_VALUE.contains(name)));
        }
        Condition where = condition;
        return database.read(tx -> tx.selectFrom(AUDIT_LOG)
                .where(where)
                .orderBy(AUDIT_LOG.ID.desc())
                .limit(limit)
                .fetch(AuditLog::entry));
    }

    /**
     * What is in the log after an entry: the newest entry's id, how many entries there are after {@code from} (all,
     * and those of others), the plans others' entries concern and whether some concern no plan (the unit catalogue,
     * the office's settings), and others' entries after {@code shownUpTo}.
     */
    public record Since(long lastId, int all, int others, java.util.Set<UUID> plans, boolean beyondPlans,
                        List<AuditEntry> entries) {
    }

    /**
     * The changes made after the entry {@code from} by anyone but this opening of the database (another clerk, or
     * another window): how many, the plans they concern, and the first {@code limit} of those after
     * {@code shownUpTo}, oldest first. Cheap while nothing changed: one look at the newest entry's id.
     */
    public Since othersSince(long from, long shownUpTo, int limit) {
        UUID own = database.session();
        return database.read(tx -> {
            long last = tx.select(DSL.coalesce(DSL.max(AUDIT_LOG.ID), 0L)).from(AUDIT_LOG).fetchOne(0, Long.class);
            if (last <= from) {
                return new Since(last, 0, 0, java.util.Set.of(), false, List.of());
            }
            Condition range = AUDIT_LOG.ID.gt(from).and(AUDIT_LOG.ID.le(last));
            Condition others = AUDIT_LOG.CLIENT_SESSION.isDistinctFrom(own);
            org.jooq.Record2<Integer, Integer> counted = tx.select(DSL.count(), DSL.count().filterWhere(others))
                    .from(AUDIT_LOG).where(range).fetchOne();
            int all = counted.value1();
            int ofOthers = counted.value2();
            // the plans concerned, and whether a change concerns none (the unit catalogue, the office's settings)
            java.util.Set<UUID> plans = new java.util.HashSet<>();
            boolean beyondPlans = false;
            if (ofOthers > 0) {
                for (UUID plan : tx.selectDistinct(AUDIT_LOG.PLAN_ID).from(AUDIT_LOG).where(range).and(others)
                        .fetch(AUDIT_LOG.PLAN_ID)) {
                    if (plan == null) {
                        beyondPlans = true;
                    } else {
                        plans.add(plan);
                    }
                }
            }
            List<AuditEntry> entries = ofOthers == 0 ? List.of() : tx.selectFrom(AUDIT_LOG)
                    .where(range).and(others).and(AUDIT_LOG.ID.gt(shownUpTo))
                    .orderBy(AUDIT_LOG.ID).limit(limit).fetch(AuditLog::entry);
            return new Since(last, all, ofOthers, java.util.Set.copyOf(plans), beyondPlans, entries);
        });
    }

    private static AuditEntry entry(org.kesudesk.store.jooq.tables.records.AuditLogRecord r) {
        return new AuditEntry(r.getId(), r.getAt(), r.getOsUser(),
                java.util.Optional.ofNullable(r.getDbUser()).filter(u -> !u.isEmpty()),
                java.util.Optional.ofNullable(r.getMachine()).filter(m -> !m.isEmpty()), r.getAction(),
                r.getEntityType(),
                Optional.ofNullable(r.getEntityId()), Optional.ofNullable(r.getNodeId()),
                Optional.ofNullable(r.getUnitId()), r.getSummary(), Optional.ofNullable(r.getBeforeValue()),
                Optional.ofNullable(r.getAfterValue()));
    }

    /** A unit to filter by: its id, and its name as it may stand in before/after values. */
    public record UnitFilter(UUID id, String name) {
    }

    /** One change to record. */
    record Change(String action, String entityType, UUID entityId, UUID planId, UUID nodeId, UUID unitId,
                  String summary, String before, String after) {

        static Change of(String action, String entityType, UUID entityId, String summary) {
            return new Change(action, entityType, entityId, null, null, null, summary, null, null);
        }

        Change plan(UUID id) {
            return new Change(action, entityType, entityId, id, nodeId, unitId, summary, before, after);
        }

        Change node(UUID id) {
            return new Change(action, entityType, entityId, planId, id, unitId, summary, before, after);
        }

        Change unit(UUID id) {
            return new Change(action, entityType, entityId, planId, nodeId, id, summary, before, after);
        }

        Change values(String beforeValue, String afterValue) {
            return new Change(action, entityType, entityId, planId, nodeId, unitId, summary, beforeValue, afterValue);
        }
    }

    /** The mark the entries recorded on this thread now carry (【撤销】 while an edit is undone), or null. */
    private static final ThreadLocal<String> MARK = new ThreadLocal<>();

    /**
     * Runs work whose changes are recorded with a mark before their summary: an undo is recorded as the opposite
     * edit, and the log says it was an undo (or a redo), not an edit of its own.
     */
    public static <T> T marked(String mark, java.util.function.Supplier<T> work) {
        MARK.set(mark);
        try {
            return work.get();
        } finally {
            MARK.remove();
        }
    }

    /** Records a change; call it inside the transaction that makes the change. */
    static void record(DSLContext tx, Change change) {
        tx.executeInsert(row(tx, change, MARK.get(), OffsetDateTime.now()));
    }

    /**
     * Records many changes at once, in the transaction that makes them, as JDBC batches: a batch of filled-in
     * sheets records ten thousand reports.
     */
    static void recordAll(DSLContext tx, List<Change> changes) {
        String mark = MARK.get();
        OffsetDateTime at = OffsetDateTime.now();
        List<AuditLogRecord> rows = new java.util.ArrayList<>(changes.size());
        for (Change change : changes) {
            rows.add(row(tx, change, mark, at));
        }
        // every column but the id, which the database numbers
        Batches.insert(tx, AUDIT_LOG, rows, java.util.Arrays.stream(AUDIT_LOG.fields())
                .filter(field -> !field.equals(AUDIT_LOG.ID)).toArray(org.jooq.Field<?>[]::new));
    }

    private static AuditLogRecord row(DSLContext tx, Change change, String mark, OffsetDateTime at) {
        AuditLogRecord row = tx.newRecord(AUDIT_LOG);
        row.setAt(at);
        row.setOsUser(osUser());
        row.setDbUser((String) tx.configuration().data(Database.DB_USER));
        row.setMachine(MACHINE);
        row.setClientSession((UUID) tx.configuration().data(Database.SESSION));
        row.setAction(change.action());
        row.setEntityType(change.entityType());
        row.setEntityId(change.entityId());
        row.setPlanId(change.planId());
        row.setNodeId(change.nodeId());
        row.setUnitId(change.unitId());
        row.setSummary(truncate(mark == null ? change.summary() : mark + change.summary(), 1000));
        row.setBeforeValue(change.before());
        row.setAfterValue(change.after());
        return row;
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    /**
     * The computer's name as the operating system keeps it (COMPUTERNAME on Windows, HOSTNAME or /etc/hostname on
     * Linux): read locally, never asked of a network.
     */
    private static final String MACHINE = machine();

    private static String machine() {
        String name = System.getenv("COMPUTERNAME");
        if (name == null || name.isBlank()) {
            name = System.getenv("HOSTNAME");
        }
        if (name == null || name.isBlank()) {
            try {
                name = java.nio.file.Files.readString(java.nio.file.Path.of("/etc/hostname")).strip();
            } catch (java.io.IOException | RuntimeException e) {
                name = "";
            }
        }
        return truncate(name.strip(), 100);
    }

    private static String osUser() {
        return System.getProperty("user.name", "?");
    }
}
