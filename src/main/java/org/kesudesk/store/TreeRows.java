package org.kesudesk.store;

import static org.kesudesk.store.jooq.Tables.ASSIGNMENT;
import static org.kesudesk.store.jooq.Tables.INDICATOR;
import static org.kesudesk.store.jooq.Tables.PLAN_NODE;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.kesudesk.model.Assignment;
import org.kesudesk.model.Indicator;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Role;
import org.kesudesk.store.jooq.tables.records.AssignmentRecord;
import org.kesudesk.store.jooq.tables.records.IndicatorRecord;
import org.kesudesk.store.jooq.tables.records.PlanNodeRecord;

/**
 * The rows of a plan tree (nodes, assignments, indicators), collected parents before children and inserted as
 * batches: a whole new plan, or a deleted subtree put back.
 */
final class TreeRows {

    private final DSLContext tx;
    private final UUID planId;
    private final long versionIncrement;
    private final List<PlanNodeRecord> nodes = new ArrayList<>();
    private final List<AssignmentRecord> assignments = new ArrayList<>();
    private final List<IndicatorRecord> indicators = new ArrayList<>();

    /** @param versionIncrement added to each row's version: 0 for new rows, 1 for rows put back (a change) */
    TreeRows(DSLContext tx, UUID planId, long versionIncrement) {
        this.tx = tx;
        this.planId = planId;
        this.versionIncrement = versionIncrement;
    }

    /** Collects a whole plan: its goal indicators and every section with all under it. */
    TreeRows collectPlan(PlanDocument document) {
        collectGoalIndicators(document.goalIndicators());
        for (int i = 0; i < document.sections().size(); i++) {
            collect(null, document.sections().get(i), i);
        }
        return this;
    }

    private void collectGoalIndicators(List<Indicator> goalIndicators) {
        collectIndicators(null, goalIndicators);
    }

    void collect(UUID parentId, PlanNode node, int ordinal) {
        PlanNodeRecord record = tx.newRecord(PLAN_NODE);
        record.setId(node.id());
        record.setPlanId(planId);
        record.setParentId(parentId);
        record.setKind(node.kind().name());
        record.setOrdinal(ordinal);
        record.setLabel(node.label());
        record.setTitle(node.title());
        record.setBody(node.text());
        record.setRowVersion(node.rowVersion() + versionIncrement);
        nodes.add(record);

        Map<Role, Integer> positions = new EnumMap<>(Role.class);
        for (Assignment assignment : node.assignments()) {
            AssignmentRecord a = tx.newRecord(ASSIGNMENT);
            a.setId(assignment.id());
            a.setNodeId(node.id());
            a.setUnitId(assignment.unit().id());
            a.setRole(assignment.role().name());
            a.setPosition(positions.merge(assignment.role(), 1, Integer::sum) - 1);
            a.setRowVersion(assignment.rowVersion() + versionIncrement);
            assignments.add(a);
        }
        collectIndicators(node.id(), node.indicators());
        for (int i = 0; i < node.children().size(); i++) {
            collect(node.id(), node.children().get(i), i);
        }
    }

    private void collectIndicators(UUID nodeId, List<Indicator> list) {
        for (int i = 0; i < list.size(); i++) {
            Indicator indicator = list.get(i);
            IndicatorRecord r = tx.newRecord(INDICATOR);
            r.setId(indicator.id());
            r.setPlanId(planId);
            r.setNodeId(nodeId);
            r.setPosition(i);
            r.setWording(indicator.wording());
            r.setTargetValue(indicator.targetValue().orElse(null));
            r.setMeasure(indicator.measure());
            r.setPeriod(indicator.period().name());
            r.setRowVersion(indicator.rowVersion() + versionIncrement);
            indicators.add(r);
        }
    }

    List<PlanNodeRecord> nodes() {
        return nodes;
    }

    List<AssignmentRecord> assignments() {
        return assignments;
    }

    List<IndicatorRecord> indicators() {
        return indicators;
    }

    void insert() {
        Batches.insert(tx, PLAN_NODE, nodes);
        Batches.insert(tx, ASSIGNMENT, assignments);
        Batches.insert(tx, INDICATOR, indicators);
    }
}
