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

    /**
     * Whether this report says what the other says — status, percent, 进展情况, problems and next steps, a text
     * missing and an empty one alike, space around a text aside — whoever entered either and when. A sheet sent back
     * with a report the office already holds does not report it again: its time stays the first, on which 按时报送
     * is counted.
     */
    public boolean saysTheSameAs(ProgressReport other) {
        return status == other.status && percent == other.percent && same(progress, other.progress)
                && same(problems, other.problems) && same(nextSteps, other.nextSteps);
    }

    private static boolean same(String one, String other) {
        return (one == null ? "" : one.strip()).equals(other == null ? "" : other.strip());
    }
}
