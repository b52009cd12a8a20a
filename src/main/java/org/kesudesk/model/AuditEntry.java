package org.kesudesk.model;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One line of the audit log (留痕): who changed what, when, and its value before and after.
 *
 * @param action     what was done, e.g. plan.create, assignment.add
 * @param entityType the kind of row that changed, e.g. plan, unit
 */
public record AuditEntry(long id, OffsetDateTime at, String osUser, String action, String entityType,
                         Optional<UUID> entityId, Optional<String> before, Optional<String> after) {
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(osUser, "osUser");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
