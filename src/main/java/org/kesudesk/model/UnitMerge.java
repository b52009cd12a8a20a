package org.kesudesk.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What merging one unit into another changed, so that it can be undone: the unit that disappeared, its aliases,
 * and every assignment list it was in, as it was before.
 *
 * @param before node id + role → the unit ids of that list before the merge
 */
public record UnitMerge(Unit removed, Unit into, List<UnitAlias> removedAliases,
                        Map<AssignmentList, List<UUID>> before) {
    public UnitMerge {
        Objects.requireNonNull(removed, "removed");
        Objects.requireNonNull(into, "into");
        removedAliases = List.copyOf(removedAliases);
        before = Map.copyOf(before);
    }
}
