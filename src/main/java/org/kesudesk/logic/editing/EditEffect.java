package org.kesudesk.logic.editing;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What an edit (or its undo) changed, so that views refresh only that: the nodes whose subtree is to be read
 * again, the plan's notice fields (its own row), the units' liaisons (beside the plan, not in it), or — after a
 * change to the unit catalogue, which may show anywhere — everything.
 */
public record EditEffect(Set<UUID> changedNodes, boolean catalogueChanged, boolean noticeChanged,
                         boolean liaisonsChanged) {
    public EditEffect {
        changedNodes = Set.copyOf(Objects.requireNonNull(changedNodes, "changedNodes"));
    }

    /** Nothing changed (an undo with nothing to undo). */
    public static EditEffect none() {
        return new EditEffect(Set.of(), false, false, false);
    }

    /** The subtrees of these nodes changed. */
    public static EditEffect nodes(UUID... ids) {
        return new EditEffect(Set.of(ids), false, false, false);
    }

    static EditEffect catalogue() {
        return new EditEffect(Set.of(), true, false, false);
    }

    static EditEffect notice() {
        return new EditEffect(Set.of(), false, true, false);
    }

    /** A unit's liaison changed: the plan itself did not. */
    static EditEffect liaisons() {
        return new EditEffect(Set.of(), false, false, true);
    }
}
