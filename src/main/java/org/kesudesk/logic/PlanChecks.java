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
 * responsible unit, an action or project with no lead unit, a unit named twice on one node, a text that closes with a
 * units clause (the notice would print it twice).
 */
public final class PlanChecks {

    /** One finding; {@code kind} says which check, as a message key suffix. */
    public record Finding(UUID nodeId, String path, Kind kind, String detail) {
    }

    public enum Kind {
        NO_RESPONSIBLE,
        NO_LEAD,
        UNIT_TWICE,
        /** Its text closes with a units clause, which the notice would print a second time after it. */
        UNITS_IN_TEXT
    }

    private PlanChecks() {
    }

    /**
     * Runs the checks again and again on newer versions of a plan, reusing the findings of each action or project
     * that is the very same object as last time: an edit replaces only the subtrees it changed, so after one
     * edit only one item of a large plan is checked again. Safe to use from one thread at a time.
     */
    public static final class Memo {
        private Map<PlanNode, Checked> byItem = new IdentityHashMap<>();

        /** An item's findings, and the name they were spelled out with. */
        private record Checked(String itemName, List<Finding> findings) {
        }

        public synchronized List<Finding> run(PlanDocument plan) {
            Map<PlanNode, Checked> next = new IdentityHashMap<>();
            List<Finding> findings = new ArrayList<>();
            for (PlanNode section : plan.sections()) {
                for (PlanNode item : section.children()) {
                    String itemName = section.itemHeading(item);
                    Checked ofItem = byItem.get(item);
                    if (ofItem == null || !ofItem.itemName().equals(itemName)) {
                        ofItem = new Checked(itemName, new ArrayList<>());
                        check(item, itemName, new ArrayDeque<>(), ofItem.findings());
                    }
                    next.put(item, ofItem);
                    findings.addAll(ofItem.findings());
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
                check(item, section.itemHeading(item), new ArrayDeque<>(), findings);
            }
        }
        return findings;
    }

    /** Checks a node and those under it; the path is only spelled out for a finding (plans are large). */
    private static void check(PlanNode node, String itemName, Deque<PlanNode> ancestors, List<Finding> findings) {
        if ((node.kind() == NodeKind.ACTION || node.kind() == NodeKind.PROJECT) && !has(node, Role.LEAD)) {
            findings.add(new Finding(node.id(), path(itemName, ancestors, node), Kind.NO_LEAD, ""));
        }
        if (node.kind().isTask() && node.children().isEmpty() && node.carriedOutBy().isEmpty()) {
            findings.add(new Finding(node.id(), path(itemName, ancestors, node), Kind.NO_RESPONSIBLE, ""));
        }
        if (node.kind() != NodeKind.SECTION && !node.text().isEmpty() && endsWithBracket(node.text())) {
            org.kesudesk.parse.UnitsClause.closing(node.text()).ifPresent(names -> findings.add(new Finding(node.id(),
                    path(itemName, ancestors, node), Kind.UNITS_IN_TEXT, String.join("、", names))));
        }
        // pairwise rather than with a set: nodes name a handful of units, and this runs for all 20,000 of them
        List<Assignment> assignments = node.assignments();
        for (int i = 1; i < assignments.size(); i++) {
            UUID unit = assignments.get(i).unit().id();
            for (int j = 0; j < i; j++) {
                if (assignments.get(j).unit().id().equals(unit)) {
                    findings.add(new Finding(node.id(), path(itemName, ancestors, node), Kind.UNIT_TWICE,
                            assignments.get(i).unit().name()));
                    break;
                }
            }
        }
        if (!node.children().isEmpty()) {
            ancestors.addLast(node);
            node.children().forEach(child -> check(child, itemName, ancestors, findings));
            ancestors.removeLast();
        }
    }

    /** Whether a text ends with a closing bracket: the cheap test before a clause is looked for (20,000 nodes). */
    private static boolean endsWithBracket(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000') {
                return c == '）' || c == ')';
            }
        }
        return false;
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

    /** The node's place from its item (named as given) down: （一）… › 1.… › （1）…. */
    private static String path(String itemName, Deque<PlanNode> ancestors, PlanNode node) {
        if (ancestors.isEmpty()) {
            return itemName;
        }
        StringBuilder path = new StringBuilder(itemName);
        ancestors.stream().skip(1).forEach(ancestor -> path.append(" › ").append(ancestor.heading()));
        return path.append(" › ").append(node.heading()).toString();
    }
}
