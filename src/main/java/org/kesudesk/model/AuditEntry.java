package org.kesudesk.model;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One line of the audit log (留痕): who changed what, when, and its value before and after.
 *
 * @param databaseUser the database user the change was made as, on a shared database (none on a database file, or
 *                     in entries made before it was recorded)
 * @param machine      the computer the change came from (none in entries made before it was recorded)
 * @param action  what was done, e.g. assignment.add, node.delete, unit.merge
 * @param summary what it concerns, for people: 「（一）实施青少年科学素质提升行动 › 1.将弘扬… 的责任单位」
 * @param nodeId  the plan node it concerns, if any
 * @param unitId  the unit it concerns, if one
 */
public record AuditEntry(long id, OffsetDateTime at, String osUser, Optional<String> databaseUser,
                         Optional<String> machine, String action, String entityType,
                         Optional<UUID> entityId, Optional<UUID> nodeId, Optional<UUID> unitId, String summary,
                         Optional<String> before, Optional<String> after) {
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(osUser, "osUser");
        Objects.requireNonNull(databaseUser, "databaseUser");
        Objects.requireNonNull(machine, "machine");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
