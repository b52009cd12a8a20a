package org.kesudesk.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What merging one unit into another changed, so that it can be undone: the unit that disappeared, its aliases,
 * every assignment list it was in, as it was before, and its progress reports, attached files and 催办记录 (now
 * the other unit's).
 *
 * @param before   node id + role → the unit ids of that list before the merge
 * @param reports  the removed unit's reports as they were (those where the other unit had reported too are gone)
 * @param evidence the ids of the files attached to the removed unit's reports, now the other unit's
 * @param removedLiaison the removed unit's liaison ({@link UnitLiaison#NONE} if it had none)
 * @param liaisonMoved   whether that liaison became the other unit's (it had none)
 * @param chases         the ids of the removed unit's 催办记录, now the other unit's
 */
public record UnitMerge(Unit removed, Unit into, List<UnitAlias> removedAliases,
                        Map<AssignmentList, List<UUID>> before, List<ProgressReport> reports, List<UUID> evidence,
                        UnitLiaison removedLiaison, boolean liaisonMoved, List<UUID> chases) {
    public UnitMerge {
        Objects.requireNonNull(removedLiaison, "removedLiaison");
        Objects.requireNonNull(removed, "removed");
        Objects.requireNonNull(into, "into");
        removedAliases = List.copyOf(removedAliases);
        before = Map.copyOf(before);
        reports = List.copyOf(reports);
        evidence = List.copyOf(evidence);
        chases = List.copyOf(chases);
    }
}
