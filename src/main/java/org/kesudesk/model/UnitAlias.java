package org.kesudesk.model;

import java.util.Objects;
import java.util.UUID;

/** Another name under which a unit appears in documents (市生态局 for 市生态环境局). */
public record UnitAlias(UUID id, UUID unitId, String alias, long rowVersion) {
    public UnitAlias {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(alias, "alias");
    }
}
