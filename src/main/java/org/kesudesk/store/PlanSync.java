package org.kesudesk.store;

import static org.kesudesk.store.jooq.Tables.ASSIGNMENT;
import static org.kesudesk.store.jooq.Tables.INDICATOR;
import static org.kesudesk.store.jooq.Tables.PLAN;
import static org.kesudesk.store.jooq.Tables.PLAN_NODE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.UnitMatching;
import org.kesudesk.store.jooq.tables.records.AssignmentRecord;
import org.kesudesk.store.jooq.tables.records.IndicatorRecord;
import org.kesudesk.store.jooq.tables.records.PlanNodeRecord;
import org.kesudesk.store.jooq.tables.records.PlanRecord;

/**
 * Makes a stored plan what a document says, touching only the rows that differ: rows added are inserted, rows
 * changed are updated (their version goes up by one), rows gone are deleted. A plan not stored yet is inserted
 * whole. Runs inside the caller's transaction.
 */
final class PlanSync {

    /** How many rows were inserted, updated and deleted. */
    record Counts(int inserted, int updated, int deleted) {
    }

    private PlanSync() {
    }

    static Counts sync(DSLContext tx, PlanDocument target, UUID regionId) {
        return sync(tx, target, regionId, Optional.empty());
    }

    /**
     * @param stored the plan as it is stored, if the caller has just read it and knows nothing has changed since
     *               (then its rows are not read again)
     */
    static Counts sync(DSLContext tx, PlanDocument target, UUID regionId, Optional<PlanDocument> stored) {
        return sync(tx, target, regionId, stored, Map.of());
    }

    /**
     * @param aliases alias name → canonical name the user confirmed (a revised document's 市生态局 → 市生态环境局): the
     *                aliases are added to the region's catalogue and the plan names the canonical units
     */
    static Counts sync(DSLContext tx, PlanDocument target, UUID regionId, Optional<PlanDocument> stored,
                       Map<String, String> aliases) {
        UnitMatching catalogue = UnitRepository.matching(tx, regionId);
        PlanDocument resolved = catalogue.resolve(target, aliases);
        UnitRepository.insert(tx, regionId, catalogue.addedUnits());
        UnitRepository.insertAliases(tx, regionId, catalogue.addedAliases());
        UUID planId = resolved.plan().id();

        TreeRows wanted = new TreeRows(tx, planId, 0).collectPlan(resolved);
        PlanRecord plan = PlanRepository.toRecord(tx, resolved.plan().withNamedPeriod());
        plan.setRegionId(regionId);
        PlanRecord storedPlan = tx.selectFrom(PLAN).where(PLAN.ID.eq(planId)).fetchOne();
        if (storedPlan == null) {
            plan.setRowVersion(1L);
            tx.executeInsert(plan);
            wanted.insert();
            return new Counts(1 + wanted.nodes().size() + wanted.assignments().size() + wanted.indicators().size(),
                    0, 0);
        }

        int headerUpdated = 0;
        // a plan from another office names no period: the one stored here stays, unless it has none
        Set<Field<?>> kept = plan.getPeriodStart() == null
                ? Set.of(PLAN.ID, PLAN.CREATED_AT, PLAN.ROW_VERSION, PLAN.PERIOD_START, PLAN.PERIOD_END)
                : Set.of(PLAN.ID, PLAN.CREATED_AT, PLAN.ROW_VERSION);
        if (copyChanges(plan, storedPlan, kept)) {
            storedPlan.setRowVersion(storedPlan.getRowVersion() + 1);
            storedPlan.update();
            headerUpdated = 1;
        }
        List<PlanNodeRecord> nodeRows;
        List<AssignmentRecord> assignmentRows;
        List<IndicatorRecord> indicatorRows;
        if (stored.isPresent()) {
            // the rows as the caller read them, marked unchanged: updates then name only what differs
            TreeRows known = new TreeRows(tx, planId, 0).collectPlan(stored.get());
            nodeRows = known.nodes();
            assignmentRows = known.assignments();
            indicatorRows = known.indicators();
            nodeRows.forEach(r -> r.changed(false));
            assignmentRows.forEach(r -> r.changed(false));
            indicatorRows.forEach(r -> r.changed(false));
        } else {
            nodeRows = tx.selectFrom(PLAN_NODE).where(PLAN_NODE.PLAN_ID.eq(planId)).fetch();
            assignmentRows = tx.selectFrom(ASSIGNMENT).where(ASSIGNMENT.NODE_ID.in(
                    tx.select(PLAN_NODE.ID).from(PLAN_NODE).where(PLAN_NODE.PLAN_ID.eq(planId)))).fetch();
            indicatorRows = tx.selectFrom(INDICATOR).where(INDICATOR.PLAN_ID.eq(planId)).fetch();
        }
        Diff<PlanNodeRecord> nodes = diff(wanted.nodes(), nodeRows, PLAN_NODE.ID, PLAN_NODE.ROW_VERSION);
        Diff<AssignmentRecord> assignments = diff(wanted.assignments(), assignmentRows, ASSIGNMENT.ID,
                ASSIGNMENT.ROW_VERSION);
        Diff<IndicatorRecord> indicators = diff(wanted.indicators(), indicatorRows, INDICATOR.ID,
                INDICATOR.ROW_VERSION);

        // in this order: nothing refers to a row before it is there, and a node moves before its old parent goes
        Batches.delete(tx, ASSIGNMENT, ASSIGNMENT.ID, assignments.deleted);
        Batches.delete(tx, INDICATOR, INDICATOR.ID, indicators.deleted);
        Batches.insert(tx, PLAN_NODE, nodes.inserted);
        tx.batchUpdate(nodes.updated).execute();
        Batches.delete(tx, PLAN_NODE, PLAN_NODE.ID, nodes.deleted);
        tx.batchUpdate(assignments.updated).execute();
        tx.batchUpdate(indicators.updated).execute();
        Batches.insert(tx, ASSIGNMENT, assignments.inserted);
        Batches.insert(tx, INDICATOR, indicators.inserted);
        return new Counts(nodes.inserted.size() + assignments.inserted.size() + indicators.inserted.size(),
                headerUpdated + nodes.updated.size() + assignments.updated.size() + indicators.updated.size(),
                nodes.deleted.size() + assignments.deleted.size() + indicators.deleted.size());
    }

    private record Diff<R>(List<R> inserted, List<R> updated, List<UUID> deleted) {
    }

    private static <R extends UpdatableRecord<R>> Diff<R> diff(List<R> wanted, List<R> stored,
                                                                TableField<R, UUID> id,
                                                                TableField<R, Long> version) {
        Map<UUID, R> byId = new java.util.HashMap<>();
        stored.forEach(r -> byId.put(r.get(id), r));
        List<R> inserted = new ArrayList<>();
        List<R> updated = new ArrayList<>();
        Set<UUID> kept = new HashSet<>();
        for (R row : wanted) {
            R existing = byId.get(row.get(id));
            if (existing == null) {
                inserted.add(row);
            } else {
                kept.add(row.get(id));
                if (copyChanges(row, existing, Set.of(id, version))) {
                    existing.set(version, existing.get(version) + 1);
                    updated.add(existing);
                }
            }
        }
        List<UUID> deleted = byId.keySet().stream().filter(k -> !kept.contains(k)).toList();
        return new Diff<>(inserted, updated, deleted);
    }

    /** Sets on {@code stored} every field of {@code wanted} that differs, except those named; true if any did. */
    private static <R extends UpdatableRecord<R>> boolean copyChanges(R wanted, R stored, Set<Field<?>> except) {
        boolean changed = false;
        for (Field<?> field : wanted.fields()) {
            if (!except.contains(field) && !same(wanted.get(field), stored.get(field))) {
                copy(field, wanted, stored);
                changed = true;
            }
        }
        return changed;
    }

    private static <T> void copy(Field<T> field, org.jooq.Record from, org.jooq.Record to) {
        to.set(field, from.get(field));
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }
}
