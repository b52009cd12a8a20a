package org.kesudesk.model;

import java.time.Instant;
import java.util.UUID;

/**
 * What one responsible unit reports on one task in one round: its status, percent, 进展情况, problems and next
 * steps, who entered it and when. A later report of the same unit on the same task in the same round replaces it.
 */
public record ProgressReport(UUID id, UUID roundId, UUID nodeId, UUID unitId, ProgressStatus status, int percent,
                             String progress, String problems, String nextSteps, String reportedBy,
                             Instant reportedAt) {
}
