package org.kesudesk.parse;

import java.util.Objects;

import org.kesudesk.model.Role;

/**
 * Where the parser found a unit of a node, for the review: nothing is attributed without the user seeing how.
 *
 * @param node the node as the document numbers and names it (1.加强学校科学教育)
 * @param unit the unit's name as written
 * @param role the role it has on the node (LEAD on an item, RESPONSIBLE on a task)
 * @param line the line it was found on (1-based)
 * @param rule how the document said it
 */
public record UnitSource(String node, String unit, Role role, int line, UnitRule rule) {
    public UnitSource {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(rule, "rule");
    }
}
