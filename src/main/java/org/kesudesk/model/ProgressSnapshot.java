package org.kesudesk.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A plan's progress as one office sends it to another (a county's to its city): its nodes' deadlines, its rounds
 * and every report in them, each unit named (ids of units differ between offices; names in a region do not).
 * Attached files stay where they were made.
 */
public record ProgressSnapshot(Map<UUID, Deadline> deadlines, List<Round> rounds) {

    public ProgressSnapshot {
        deadlines = Map.copyOf(deadlines);
        rounds = List.copyOf(rounds);
    }

    /** A round and its reports. */
    public record Round(ReportingRound round, List<Report> reports) {
        public Round {
            reports = List.copyOf(reports);
        }
    }

    /** A report with its unit by name. */
    public record Report(UUID id, UUID nodeId, String unitName, ProgressStatus status, int percent, String progress,
                         String problems, String nextSteps, String reportedBy, Instant reportedAt) {
    }

    /** How many reports the snapshot holds. */
    public int reportCount() {
        return rounds.stream().mapToInt(round -> round.reports().size()).sum();
    }
}
