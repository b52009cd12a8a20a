package org.kesudesk.model;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The city or a county-level division.
 *
 * @param parentId the city a county belongs to; empty for the city itself
 */
public record Region(UUID id, String code, String name, RegionKind kind, Optional<UUID> parentId, long rowVersion) {
    public Region {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(parentId, "parentId");
    }
}
