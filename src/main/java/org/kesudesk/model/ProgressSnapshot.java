package org.kesudesk.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A plan's progress as one office sends it to another (a county's to its city): its nodes' deadlines, its rounds
 * with every report and every file attached (佐证材料) in them, each unit named (ids of units differ between offices;
 * names in a region do not). A file is listed by its SHA-256; its content travels beside the snapshot
 * ({@link EvidenceContents}), as much of it as a file may carry.
 */
public record ProgressSnapshot(Map<UUID, Deadline> deadlines, List<Round> rounds) {

    public ProgressSnapshot {
        deadlines = Map.copyOf(deadlines);
        rounds = List.copyOf(rounds);
    }

    /** A round, its reports and the files attached in it. */
    public record Round(ReportingRound round, List<Report> reports, List<Attachment> attachments) {
        public Round {
            reports = List.copyOf(reports);
            attachments = List.copyOf(attachments);
        }

        /** A round without files attached. */
        public Round(ReportingRound round, List<Report> reports) {
            this(round, reports, List.of());
        }
    }

    /** A report with its unit by name. */
    public record Report(UUID id, UUID nodeId, String unitName, ProgressStatus status, int percent, String progress,
                         String problems, String nextSteps, String reportedBy, Instant reportedAt) {
    }

    /** A file a unit (by name) attached to its report on a task: its name, content's SHA-256 and size. */
    public record Attachment(UUID id, UUID nodeId, String unitName, String name, String hash, long size,
                             Instant addedAt) {
    }

    /** How many reports the snapshot holds. */
    public int reportCount() {
        return rounds.stream().mapToInt(round -> round.reports().size()).sum();
    }

    /** The same progress without these attachments (by id): what a recipient stores of it when it lacks them. */
    public ProgressSnapshot withoutAttachments(java.util.Set<UUID> ids) {
        if (ids.isEmpty()) {
            return this;
        }
        return new ProgressSnapshot(deadlines, rounds.stream().map(round -> new Round(round.round(), round.reports(),
                round.attachments().stream().filter(file -> !ids.contains(file.id())).toList())).toList());
    }

    /** How many files are attached in all its rounds. */
    public int attachmentCount() {
        return rounds.stream().mapToInt(round -> round.attachments().size()).sum();
    }
}
