package org.kesudesk.logic;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.kesudesk.model.Assignment;
import org.kesudesk.model.NodeKind;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Role;

/**
 * What in a plan wants attention, shown as marks in the tree and as a list, never blocking work: a task with no
 * responsible unit, an action or project with no lead unit, a unit named twice on one node.
 */
public final class PlanChecks {

    /** One finding; {@code kind} says which check, as a message key suffix. */
    public record Finding(UUID nodeId, String path, Kind kind, String detail) {
    }

    public enum Kind {
        NO_RESPONSIBLE,
        NO_LEAD,
        UNIT_TWICE
    }

    private PlanChecks() {
    }

    /**
     * Runs the checks again and again on newer versions of a plan, reusing the findings of each action or project
     * that is the very same object as last time: an edit replaces only the subtrees it changed, so after one
     * edit only one item of a large plan is checked again. Safe to use from one thread at a time.
     */
    public static final class Memo {
        private Map<PlanNode, List<Finding>> byItem = new IdentityHashMap<>();

        public synchronized List<Finding> run(PlanDocument plan) {
            Map<PlanNode, List<Finding>> next = new IdentityHashMap<>();
            List<Finding> findings = new ArrayList<>();
            for (PlanNode section : plan.sections()) {
                for (PlanNode item : section.children()) {
                    List<Finding> ofItem = byItem.get(item);
                    if (ofItem == null) {
                        ofItem = new ArrayList<>();
                        check(item, new ArrayDeque<>(), ofItem);
                    }
                    next.put(item, ofItem);
                    findings.addAll(ofItem);
                }
            }
            byItem = next;
            return findings;
        }
    }

    public static List<Finding> run(PlanDocument plan) {
        List<Finding> findings = new ArrayList<>();
        for (PlanNode section : plan.sections()) {
            for (PlanNode item : section.children()) {
                check(item, new ArrayDeque<>(), findings);
            }
        }
        return findings;
    }

    /** Checks a node and those under it; the path is only spelled out for a finding (plans are large). */
    private static void check(PlanNode node, Deque<PlanNode> ancestors, List<Finding> findings) {
        if ((node.kind() == NodeKind.ACTION || node.kind() == NodeKind.PROJECT) && !has(node, Role.LEAD)) {
            findings.add(new Finding(node.id(), path(ancestors, node), Kind.NO_LEAD, ""));
        }
        if (node.kind().isTask() && node.children().isEmpty() && !has(node, Role.RESPONSIBLE)) {
            findings.add(new Finding(node.id(), path(ancestors, node), Kind.NO_RESPONSIBLE, ""));
        }
        // pairwise rather than with a set: nodes name a handful of units, and this runs for all 20,000 of them
        List<Assignment> assignments = node.assignments();
        for (int i = 1; i < assignments.size(); i++) {
            UUID unit = assignments.get(i).unit().id();
            for (int j = 0; j < i; j++) {
                if (assignments.get(j).unit().id().equals(unit)) {
                    findings.add(new Finding(node.id(), path(ancestors, node), Kind.UNIT_TWICE,
                            assignments.get(i).unit().name()));
                    break;
                }
            }
        }
        if (!node.children().isEmpty()) {
            ancestors.addLast(node);
            node.children().forEach(child -> check(child, ancestors, findings));
            ancestors.removeLast();
        }
    }

    /** Whether the node has a unit in the role; a plain loop, since this runs for every node after every edit. */
    private static boolean has(PlanNode node, Role role) {
        for (Assignment assignment : node.assignments()) {
            if (assignment.role() == role) {
                return true;
            }
        }
        return false;
    }

    private static String path(Deque<PlanNode> ancestors, PlanNode node) {
        StringBuilder path = new StringBuilder();
        for (PlanNode ancestor : ancestors) {
            path.append(ancestor.kind().numbering(ancestor.label())).append(ancestor.title()).append(" › ");
        }
        return path.append(node.kind().numbering(node.label())).append(node.title()).toString();
    }
}
