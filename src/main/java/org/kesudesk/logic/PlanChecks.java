package org.kesudesk.logic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.kesudesk.model.Assignment;
import org.kesudesk.model.NodeKind;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;

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

    public static List<Finding> run(PlanDocument plan) {
        List<Finding> findings = new ArrayList<>();
        for (PlanNode section : plan.sections()) {
            for (PlanNode item : section.children()) {
                check(item, "", findings);
            }
        }
        return findings;
    }

    private static void check(PlanNode node, String parentPath, List<Finding> findings) {
        String path = (parentPath.isEmpty() ? "" : parentPath + " › ") + node.kind().numbering(node.label())
                + node.title();
        if ((node.kind() == NodeKind.ACTION || node.kind() == NodeKind.PROJECT) && node.leadUnits().isEmpty()) {
            findings.add(new Finding(node.id(), path, Kind.NO_LEAD, ""));
        }
        if (node.kind().isTask() && node.responsibleUnits().isEmpty() && node.children().isEmpty()) {
            findings.add(new Finding(node.id(), path, Kind.NO_RESPONSIBLE, ""));
        }
        Set<UUID> seen = new HashSet<>();
        for (Assignment assignment : node.assignments()) {
            if (!seen.add(assignment.unit().id())) {
                findings.add(new Finding(node.id(), path, Kind.UNIT_TWICE, assignment.unit().name()));
            }
        }
        node.children().forEach(child -> check(child, path, findings));
    }
}
