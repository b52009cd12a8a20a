package org.kesudesk.model;

import java.util.Objects;
import java.util.UUID;

/** The units of one role for one node: the lead units of an item, or the responsible units of a task. */
public record AssignmentList(UUID nodeId, Role role) {
    public AssignmentList {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(role, "role");
    }
}
