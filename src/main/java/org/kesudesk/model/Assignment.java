package org.kesudesk.model;

import java.util.Objects;
import java.util.UUID;

/**
 * A unit's role for a node. Within a node, assignments of one role are kept in their stored order, which is the
 * order in which the document lists the units.
 */
public record Assignment(UUID id, Unit unit, Role role, long rowVersion) {
    public Assignment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(role, "role");
    }

    /** A new assignment that has not been stored yet. */
    public static Assignment create(Unit unit, Role role) {
        return new Assignment(Ids.newId(), unit, role, 1);
    }
}
