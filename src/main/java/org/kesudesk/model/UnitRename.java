package org.kesudesk.model;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What renaming a unit did, so that it can be undone exactly: the old name became an alias (so that the next
 * document naming the unit the old way still finds it), and a new name that was an alias before is no longer one.
 */
public record UnitRename(UUID unitId, String oldName, String newName, Optional<UnitAlias> aliasAdded,
                         Optional<UnitAlias> aliasRemoved) {
    public UnitRename {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(oldName, "oldName");
        Objects.requireNonNull(newName, "newName");
        Objects.requireNonNull(aliasAdded, "aliasAdded");
        Objects.requireNonNull(aliasRemoved, "aliasRemoved");
    }

    /** Nothing changed: the new name was the old one. */
    public boolean changesNothing() {
        return oldName.equals(newName);
    }
}
