package org.kesudesk.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A reporting round of a plan (2026年上半年): every responsible unit is asked how its tasks stand, reports are due
 * on {@code due}. A closed round keeps its reports and takes no more.
 */
public record ReportingRound(UUID id, UUID planId, String name, Optional<LocalDate> periodStart,
                             Optional<LocalDate> periodEnd, LocalDate due, Instant openedAt,
                             Optional<Instant> closedAt) {

    /** Characters of a round's name (2026年上半年 is 9). */
    public static final int NAME_LENGTH = 100;

    public boolean isOpen() {
        return closedAt.isEmpty();
    }
}
