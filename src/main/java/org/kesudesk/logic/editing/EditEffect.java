package org.kesudesk.logic.editing;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What an edit (or its undo) changed, so that views refresh only that: the nodes whose subtree is to be read
 * again, or — after a change to the unit catalogue, which may show anywhere — everything.
 */
public record EditEffect(Set<UUID> changedNodes, boolean catalogueChanged) {
    public EditEffect {
        changedNodes = Set.copyOf(Objects.requireNonNull(changedNodes, "changedNodes"));
    }

    static EditEffect nodes(UUID... ids) {
        return new EditEffect(Set.of(ids), false);
    }

    static EditEffect catalogue() {
        return new EditEffect(Set.of(), true);
    }
}
