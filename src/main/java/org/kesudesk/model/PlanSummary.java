package org.kesudesk.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One line of the list of stored plans. */
public record PlanSummary(UUID id, String docNumber, String title, Instant createdAt, boolean current) {
    public PlanSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(docNumber, "docNumber");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
