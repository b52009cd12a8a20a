package org.kesudesk.model;

import java.util.Objects;
import java.util.UUID;

/**
 * A department in the unit catalogue, e.g. 市教育局; or a collective that plans name as one (各成员单位,
 * 各县（市）区政府, 市直有关部门), kept as what it is: never split into departments, never taken for one.
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

    /** What plans write for several units at once: 各…, 有关…, …有关部门, …成员单位. */
    private static final java.util.regex.Pattern COLLECTIVE = java.util.regex.Pattern.compile(
            "^(各|有关|相关|其他).{1,30}|.{1,20}(有关部门|有关单位|相关部门|相关单位|成员单位|各部门|各单位)$");

    /** Whether a unit of this name is a collective of units (the rule, for the parser and the views). */
    public static boolean isCollectiveName(String name) {
        return COLLECTIVE.matcher(name).matches();
    }

    /** Whether this is a collective of units rather than one department. */
    public boolean isCollective() {
        return isCollectiveName(name);
    }

    /** A new unit that has not been stored yet. */
    public static Unit create(String name, int precedence) {
        return new Unit(Ids.newId(), name, "", precedence, 1);
    }
}
