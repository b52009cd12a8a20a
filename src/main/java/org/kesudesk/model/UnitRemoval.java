package org.kesudesk.model;

import java.util.List;
import java.util.Objects;

/**
 * A unit taken out of the catalogue because nothing uses it, with what went with it — its aliases and its
 * 联络员 — so that undoing the removal puts it back as it was, in its place in the listing order.
 *
 * @param liaison the unit's liaison ({@link UnitLiaison#NONE} if it had none)
 */
public record UnitRemoval(Unit unit, List<UnitAlias> aliases, UnitLiaison liaison) {
    public UnitRemoval {
        Objects.requireNonNull(unit, "unit");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(liaison, "liaison");
    }
}
