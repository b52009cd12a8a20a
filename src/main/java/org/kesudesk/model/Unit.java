package org.kesudesk.model;

import java.util.Objects;
import java.util.UUID;

/**
 * A department in the unit catalogue, e.g. 市教育局.
 *
 * @param kind       a free classification of the unit (may be empty)
 * @param precedence the official listing order; smaller comes first
 */
public record Unit(UUID id, String name, String kind, int precedence, long rowVersion) {
    public Unit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** A new unit that has not been stored yet. */
    public static Unit create(String name, int precedence) {
        return new Unit(Ids.newId(), name, "", precedence, 1);
    }
}
