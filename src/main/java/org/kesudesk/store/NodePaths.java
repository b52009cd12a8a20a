package org.kesudesk.store;

import static org.kesudesk.store.jooq.Tables.PLAN_NODE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.kesudesk.model.NodeKind;
import org.kesudesk.store.jooq.tables.records.PlanNodeRecord;

/** Names nodes as people do, for the audit log and responsibility lists: the item and the task, numbered. */
final class NodePaths {

    static final String SEPARATOR = " › ";

    private NodePaths() {
    }

    /**
     * The node, its row locked until the transaction ends: an edit that checks what it read against what is stored
     * does so with no other transaction able to change it in between (on a shared server, under READ COMMITTED, a
     * check and a later UPDATE would otherwise let a second clerk's edit overwrite the first's).
     */
    static PlanNodeRecord requireLocked(DSLContext tx, UUID nodeId) {
        PlanNodeRecord node = tx.selectFrom(PLAN_NODE).where(PLAN_NODE.ID.eq(nodeId)).forUpdate().fetchOne();
        if (node == null) {
            throw ChangedByOthersException.gone();
        }
        return node;
    }

    static PlanNodeRecord require(DSLContext tx, UUID nodeId) {
        PlanNodeRecord node = tx.selectFrom(PLAN_NODE).where(PLAN_NODE.ID.eq(nodeId)).fetchOne();
        if (node == null) {
            throw ChangedByOthersException.gone();
        }
        return node;
    }

    /** 「（一）实施青少年科学素质提升行动 › 1.将弘扬科学精神贯穿于育人全链条」; sections are left out. */
    static String describe(DSLContext tx, UUID nodeId) {
        PlanNodeRecord node = tx.selectFrom(PLAN_NODE).where(PLAN_NODE.ID.eq(nodeId)).fetchOne();
        return node == null ? "" : describe(tx, node);
    }

    /** The same, for a node already read (one query less). */
    static String describe(DSLContext tx, PlanNodeRecord start) {
        List<String> parts = new ArrayList<>();
        PlanNodeRecord node = start;
        while (node != null) {
            NodeKind kind = NodeKind.valueOf(node.getKind());
            if (kind == NodeKind.SECTION) {
                break;
            }
            parts.add(kind.numbering(node.getLabel()) + node.getTitle());
            UUID parent = node.getParentId();
            node = parent == null ? null : tx.selectFrom(PLAN_NODE).where(PLAN_NODE.ID.eq(parent)).fetchOne();
        }
        Collections.reverse(parts);
        return String.join(SEPARATOR, parts);
    }
}
