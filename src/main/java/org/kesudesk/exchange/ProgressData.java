package org.kesudesk.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.kesudesk.l10n.ContentMessages;
import org.kesudesk.l10n.LocalizedText;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.ContentLimits;
import org.kesudesk.model.Deadline;
import org.kesudesk.model.Evidence;
import org.kesudesk.model.EvidenceContents;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.ProgressSnapshot;
import org.kesudesk.model.ProgressStatus;
import org.kesudesk.model.ReportingRound;
import org.kesudesk.model.TextRules;
import org.kesudesk.model.Unit;

/**
 * {@code progress.json} of an exchange file (format version 2): the progress of the plan the file carries. Read, it
 * is checked against that plan before anything is used: every node one of the plan's, every reporting unit one of
 * its task's responsible units, statuses known, percents fitting them, texts and names as the content rules say.
 */
public final class ProgressData {

    static final String ENTRY = "progress.json";
    /** Rounds of one plan: two a year for five years is ten. */
    static final int MAX_ROUNDS = 200;
    /** Files attached in all the rounds of one plan: as many as one exchange file may carry contents of. */
    static final int MAX_ATTACHMENTS = 20_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProgressData() {
    }

    /**
     * The most an exchange file carries of attached files' contents: a file goes by USB stick or e-mail, and is
     * read whole into memory (two at a time in a batch) within the app's 1 GB.
     */
    public static final long CARRIED_BYTES = ExchangeFile.MAX_EVIDENCE_BYTES;

    /**
     * Which attached files' contents a file carries ({@link #carried}), what it leaves out for want of room, and
     * what it need not carry: contents the recipient said it holds.
     */
    public record Carried(List<String> hashes, int leftOut, long leftOutBytes, int atRecipient,
                          long atRecipientBytes) {

        /** Nothing to carry. */
        public static Carried none() {
            return new Carried(List.of(), 0, 0, 0, 0);
        }
    }

    /**
     * The contents a file carries of the files a snapshot lists, each once: none the recipient said it holds, then
     * the newest round's first (what the recipient has not seen yet), as many as fit in {@code budget} bytes and
     * {@link ExchangeFile#MAX_EVIDENCE_ENTRIES} entries; a file that does not fit is left out and counted, and
     * smaller ones after it still go.
     *
     * @param atRecipient the contents the recipient holds, by SHA-256 (its last {@link EvidenceReceipt})
     */
    public static Carried carried(ProgressSnapshot snapshot, long budget, Set<String> atRecipient) {
        List<String> hashes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long bytes = 0;
        int leftOut = 0;
        long leftOutBytes = 0;
        int there = 0;
        long thereBytes = 0;
        List<ProgressSnapshot.Round> newestFirst = new ArrayList<>(snapshot.rounds());
        java.util.Collections.reverse(newestFirst);
        for (ProgressSnapshot.Round round : newestFirst) {
            for (ProgressSnapshot.Attachment file : round.attachments()) {
                if (!seen.add(file.hash())) {
                    continue;
                }
                if (atRecipient.contains(file.hash())) {
                    there++;
                    thereBytes += file.size();
                } else if (bytes + file.size() <= budget && hashes.size() < ExchangeFile.MAX_EVIDENCE_ENTRIES) {
                    hashes.add(file.hash());
                    bytes += file.size();
                } else {
                    leftOut++;
                    leftOutBytes += file.size();
                }
            }
        }
        return new Carried(hashes, leftOut, leftOutBytes, there, thereBytes);
    }

    /** The snapshot as JSON. */
    public static byte[] write(ProgressSnapshot snapshot) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode deadlines = root.putArray("deadlines");
        snapshot.deadlines().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry ->
                deadlines.addObject().put("node", entry.getKey().toString()).put("deadline", entry.getValue().code()));
        ArrayNode rounds = root.putArray("rounds");
        for (ProgressSnapshot.Round round : snapshot.rounds()) {
            ReportingRound r = round.round();
            ObjectNode out = rounds.addObject();
            out.put("id", r.id().toString());
            out.put("name", r.name());
            out.put("from", r.periodStart().map(LocalDate::toString).orElse(null));
            out.put("to", r.periodEnd().map(LocalDate::toString).orElse(null));
            out.put("due", r.due().toString());
            out.put("openedAt", r.openedAt().toString());
            out.put("closedAt", r.closedAt().map(Instant::toString).orElse(null));
            ArrayNode reports = out.putArray("reports");
            for (ProgressSnapshot.Report report : round.reports()) {
                reports.addObject().put("id", report.id().toString()).put("node", report.nodeId().toString())
                        .put("unit", report.unitName()).put("status", report.status().name().toLowerCase(Locale.ROOT))
                        .put("percent", report.percent()).put("progress", report.progress())
                        .put("problems", report.problems()).put("nextSteps", report.nextSteps())
                        .put("reportedBy", report.reportedBy()).put("reportedAt", report.reportedAt().toString());
            }
            // written only where there are some: a file without attached files is read by the versions before them
            if (!round.attachments().isEmpty()) {
                ArrayNode files = out.putArray("attachments");
                for (ProgressSnapshot.Attachment file : round.attachments()) {
                    files.addObject().put("id", file.id().toString()).put("node", file.nodeId().toString())
                            .put("unit", file.unitName()).put("name", file.name()).put("sha256", file.hash())
                            .put("size", file.size()).put("addedAt", file.addedAt().toString());
                }
            }
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /**
     * Reads the snapshot and checks it against the plan it belongs to (as the file carries it).
     *
     * @throws UserFacingException naming the round, the report and the field at fault
     */
    public static ProgressSnapshot read(byte[] json, PlanDocument plan) {
        return read(json, plan, EvidenceContents.none());
    }

    /**
     * Reads the snapshot and checks it against the plan and the attached files' contents the file carries: each
     * content one a listed file names, of the size listed and of the kind its name says ({@link Evidence#problem});
     * a listed file whose content is not carried is one the sender left out.
     *
     * @throws UserFacingException naming the round, the report or file and the field at fault
     */
    public static ProgressSnapshot read(byte[] json, PlanDocument plan, EvidenceContents contents) {
        ProgressSnapshot snapshot = StrictJson.stream(json, ENTRY, parser -> new Reading(plan, contents).read(parser));
        Set<String> listed = new HashSet<>();
        snapshot.rounds().forEach(round -> round.attachments().forEach(file -> listed.add(file.hash())));
        for (String hash : contents.hashes()) {
            if (!listed.contains(hash)) {
                throw new UserFacingException("exchange.error.extraEntry", ExchangeFile.EVIDENCE_FOLDER + hash);
            }
        }
        return snapshot;
    }

    /**
     * One reading of a snapshot: the ids, round names and reports seen so far. The rounds' reports are read one by
     * one as they are parsed once the deadlines and the round's own fields before them are read and checked, as
     * the app writes them (16 counties' files of 20,000 reports each come in one batch); a file whose fields come
     * in another order is read as a tree, with the same checks in the same order.
     */
    private static final class Reading {

        private final PlanDocument plan;
        private final EvidenceContents contents;
        private final Map<UUID, PlanNode> nodes = new HashMap<>();
        private final Map<UUID, Deadline> deadlines = new HashMap<>();
        private final Set<UUID> ids = new HashSet<>();
        private final Set<String> names = new HashSet<>();
        private final List<ProgressSnapshot.Round> rounds = new ArrayList<>();
        private int reportCount;
        private int attachmentCount;

        Reading(PlanDocument plan, EvidenceContents contents) {
            this.plan = plan;
            this.contents = contents;
            plan.forEachNode(node -> nodes.put(node.id(), node));
        }

        ProgressSnapshot read(JsonParser parser) throws java.io.IOException {
            class Rounds implements StrictJson.ArrayReader {
                private boolean started;
                private int count;

                @Override
                public void start(ObjectNode root) {
                    started = true;
                    deadlines(root);
                }

                @Override
                public void element(JsonParser round) throws java.io.IOException {
                    if (++count > MAX_ROUNDS) {
                        throw wrong(() -> place("progress.place.rounds"), "rounds", "exchange.problem.tooMany");
                    }
                    round(round);
                }
            }
            Rounds streamed = new Rounds();
            ObjectNode root = StrictJson.fields(parser, "rounds", List.of("deadlines"), streamed);
            if (!streamed.started) {
                deadlines(root);
                if (root.path("rounds").size() > MAX_ROUNDS) {
                    throw wrong(() -> place("progress.place.rounds"), "rounds", "exchange.problem.tooMany");
                }
                for (JsonNode round : array(root, "rounds", () -> "")) {
                    round(round);
                }
            }
            return new ProgressSnapshot(deadlines, rounds);
        }

        private void deadlines(JsonNode root) {
            // places in the file are put in words only for a message: a city's file holds 10,000 reports
            Supplier<String> deadlinesPlace = () -> place("progress.place.deadlines");
            for (JsonNode entry : array(root, "deadlines", () -> "")) {
                PlanNode node = node(nodes, entry, "node", deadlinesPlace);
                if (!node.kind().isItem() && !node.kind().isTask()) {
                    throw new UserFacingException("exchange.error.badEntry", ENTRY, deadlinesPlace.get(),
                            LocalizedText.of("progress.problem.deadlineOnSection", node.title()));
                }
                try {
                    Deadline.parse(text(entry, "deadline", deadlinesPlace, 20))
                            .ifPresent(deadline -> deadlines.put(node.id(), deadline));
                } catch (IllegalArgumentException e) {
                    throw new UserFacingException(e, "exchange.error.badEntry", ENTRY, deadlinesPlace.get(),
                            LocalizedText.of("exchange.problem.notDate", "deadline", ContentMessages.shown(
                                    entry.path("deadline").asText())));
                }
            }
        }

        /** A round from a parser at its value: its reports one by one once its own fields are read. */
        private void round(JsonParser parser) throws java.io.IOException {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                round((JsonNode) parser.readValueAsTree());
                return;
            }
            class Reports implements StrictJson.ArrayReader {
                private OpenRound open;

                @Override
                public void start(ObjectNode fields) {
                    open = open(fields);
                }

                @Override
                public void element(JsonParser report) throws java.io.IOException {
                    report(open, report.readValueAsTree());
                }
            }
            Reports reports = new Reports();
            ObjectNode fields = StrictJson.fields(parser, "reports", List.of("id", "name", "from", "to", "due",
                    "openedAt", "closedAt"), reports);
            OpenRound open = reports.open;
            if (open == null) {
                round(fields);
            } else {
                rounds.add(new ProgressSnapshot.Round(open.round(), open.reports(), attachments(open, fields)));
            }
        }

        private void round(JsonNode round) {
            OpenRound open = open(round);
            for (JsonNode report : array(round, "reports", open.place())) {
                report(open, report);
            }
            rounds.add(new ProgressSnapshot.Round(open.round(), open.reports(), attachments(open, round)));
        }

        /** A round's attached files, if it lists any: each checked as {@link ProgressData#read} says. */
        private List<ProgressSnapshot.Attachment> attachments(OpenRound open, JsonNode round) {
            JsonNode listed = round.get("attachments");
            if (listed == null) {
                return List.of();
            }
            List<ProgressSnapshot.Attachment> files = new ArrayList<>();
            Map<String, Integer> perReport = new HashMap<>();
            for (JsonNode file : array(round, "attachments", open.place())) {
                int number = files.size() + 1;
                Supplier<String> place = () -> LocalizedText.of("progress.place.attachment",
                        ContentMessages.shown(open.name()), number).text();
                if (++attachmentCount > MAX_ATTACHMENTS) {
                    throw wrong(place, "attachments", "exchange.problem.tooMany");
                }
                UUID id = id(file, "id", place, ids);
                PlanNode task = node(nodes, file, "node", place);
                String unit = carryingOut(task, file, place);
                if (perReport.merge(task.id() + "/" + unit, 1, Integer::sum) > Evidence.MAX_PER_REPORT) {
                    throw wrong(place, "attachments", "exchange.problem.tooMany");
                }
                String name = text(file, "name", place, Evidence.NAME_LENGTH);
                TextRules.nameProblem(name, Evidence.NAME_LENGTH).ifPresent(problem -> {
                    throw new UserFacingException("exchange.error.badEntry", ENTRY, place.get(),
                            ContentMessages.problem(problem, Evidence.NAME_LENGTH));
                });
                String hash = text(file, "sha256", place, 64);
                if (!ExchangeFile.isSha256(hash)) {
                    throw wrong(place, "sha256", "exchange.problem.notChecksum");
                }
                JsonNode size = file.path("size");
                if (!size.canConvertToLong() || !size.isIntegralNumber() || size.longValue() < 1
                        || size.longValue() > Evidence.MAX_BYTES) {
                    throw wrong(place, "size", "exchange.problem.notCount");
                }
                // the content, if carried, is what the name says it is; one left out must at least be named as one
                EvidenceContents.Carried content = contents.get(hash).orElse(null);
                Optional<Evidence.Problem> problem = content == null
                        ? Evidence.problem(name, size.longValue(), null)
                        : content.size() != size.longValue() ? Optional.of(Evidence.Problem.CONTENT_NOT_ITS_KIND)
                        : Evidence.problem(name, content.size(), content.head());
                if (problem.isPresent()) {
                    throw new UserFacingException("exchange.error.badEntry", ENTRY, place.get(), LocalizedText.of(
                            "exchange.problem.evidence." + problem.get().name(), ContentMessages.shown(name),
                            Evidence.MAX_BYTES / (1024 * 1024), Evidence.kinds()));
                }
                files.add(new ProgressSnapshot.Attachment(id, task.id(), unit, name, hash, size.longValue(),
                        instant(file, "addedAt", place, true).orElseThrow()));
            }
            return files;
        }

        /** A round's own fields, checked, with its reports still to come. */
        private record OpenRound(ReportingRound round, String name, Supplier<String> place,
                                 List<ProgressSnapshot.Report> reports, Set<String> seen, int[] index) {
        }

        private OpenRound open(JsonNode round) {
            String roundName = text(round, "name", () -> place("progress.place.rounds"), ReportingRound.NAME_LENGTH);
            Supplier<String> roundPlace = () -> LocalizedText.of("progress.place.round",
                    ContentMessages.shown(roundName)).text();
            TextRules.nameProblem(roundName, ReportingRound.NAME_LENGTH).ifPresent(problem -> {
                throw new UserFacingException("exchange.error.badEntry", ENTRY, roundPlace.get(),
                        ContentMessages.problem(problem, ReportingRound.NAME_LENGTH));
            });
            if (!names.add(roundName)) {
                throw wrong(roundPlace, "name", "exchange.problem.tooMany");
            }
            ReportingRound parsed = new ReportingRound(id(round, "id", roundPlace, ids), plan.plan().id(), roundName,
                    date(round, "from", roundPlace, false), date(round, "to", roundPlace, false),
                    date(round, "due", roundPlace, true).orElseThrow(), instant(round, "openedAt", roundPlace, true)
                    .orElseThrow(), instant(round, "closedAt", roundPlace, false));
            return new OpenRound(parsed, roundName, roundPlace, new ArrayList<>(), new HashSet<>(), new int[1]);
        }

        private void report(OpenRound open, JsonNode report) {
            int number = ++open.index()[0];
            Supplier<String> place = () -> LocalizedText.of("progress.place.report",
                    ContentMessages.shown(open.name()), number).text();
            if (++reportCount > ContentLimits.ASSIGNMENTS) {
                throw wrong(place, "reports", "exchange.problem.tooMany");
            }
            UUID reportId = id(report, "id", place, ids);
            PlanNode task = node(nodes, report, "node", place);
            String unit = carryingOut(task, report, place);
            if (!open.seen().add(task.id() + "/" + unit)) {
                throw wrong(place, "unit", "exchange.problem.tooMany");
            }
            ProgressStatus status = status(report, place);
            JsonNode percent = report.path("percent");
            if (!percent.isInt() || !status.fits(percent.intValue())) {
                throw wrong(place, "percent", "exchange.problem.notCount");
            }
            open.reports().add(new ProgressSnapshot.Report(reportId, task.id(), unit, status, percent.intValue(),
                    longText(report, "progress", place), longText(report, "problems", place),
                    longText(report, "nextSteps", place), text(report, "reportedBy", place, 100),
                    instant(report, "reportedAt", place, true).orElseThrow()));
        }
    }

    /**
     * The unit an entry (a report, an attached file) names, which must be one of those carrying out its task: the
     * node a task, the unit one of its lead or responsible units by name.
     */
    private static String carryingOut(PlanNode task, JsonNode entry, Supplier<String> place) {
        String unit = TextRules.typedName(text(entry, "unit", place, ContentLimits.UNIT_NAME));
        if (!task.kind().isTask() || task.carriedOutBy().stream().map(Unit::name).noneMatch(unit::equals)) {
            throw new UserFacingException("exchange.error.badEntry", ENTRY, place.get(), LocalizedText.of(
                    "progress.problem.notResponsible", ContentMessages.shown(unit), task.title()));
        }
        return unit;
    }

    private static ProgressStatus status(JsonNode node, Supplier<String> place) {
        String written = text(node, "status", place, 20);
        for (ProgressStatus status : ProgressStatus.values()) {
            if (status.name().toLowerCase(Locale.ROOT).equals(written)) {
                return status;
            }
        }
        throw new UserFacingException("exchange.error.badEntry", ENTRY, place.get(), LocalizedText.of(
                "exchange.problem.unknownValue", "status", ContentMessages.shown(written), String.join("、",
                        java.util.Arrays.stream(ProgressStatus.values()).map(s -> s.name().toLowerCase(Locale.ROOT))
                                .toList())));
    }

    private static PlanNode node(Map<UUID, PlanNode> nodes, JsonNode node, String field, Supplier<String> place) {
        String written = text(node, field, place, 36);
        try {
            PlanNode found = nodes.get(UUID.fromString(written));
            if (found != null) {
                return found;
            }
        } catch (IllegalArgumentException e) {
            // the same message as an id the plan does not have
        }
        throw new UserFacingException("exchange.error.badId", ENTRY, place.get(), ContentMessages.shown(written));
    }

    private static UUID id(JsonNode node, String field, Supplier<String> place, Set<UUID> ids) {
        String written = text(node, field, place, 36);
        UUID id;
        try {
            id = UUID.fromString(written);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e, "exchange.error.badId", ENTRY, place.get(),
                    ContentMessages.shown(written));
        }
        if (!ids.add(id)) {
            throw new UserFacingException("exchange.error.duplicateId", ENTRY, id);
        }
        return id;
    }

    private static String text(JsonNode node, String field, Supplier<String> place, int maxLength) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new UserFacingException("exchange.error.missingField", ENTRY, place.get(), field);
        }
        String text = value.asText();
        TextRules.textProblem(text, maxLength).ifPresent(problem -> {
            throw new UserFacingException("exchange.error.badEntry", ENTRY, place.get(),
                    ContentMessages.problem(problem, maxLength));
        });
        return text;
    }

    private static String longText(JsonNode node, String field, Supplier<String> place) {
        return text(node, field, place, ContentLimits.TEXT);
    }

    private static Optional<LocalDate> date(JsonNode node, String field, Supplier<String> place, boolean required) {
        return date(ENTRY, node, field, place, required);
    }

    /**
     * A day of an entry's field as the app writes one (2026-07-10: no sign, four digits of year), null or absent
     * when not {@code required}; refused naming the entry, the place and the field.
     */
    static Optional<LocalDate> date(String entry, JsonNode node, String field, Supplier<String> place,
                                    boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new UserFacingException("exchange.error.missingField", entry, place.get(), field);
            }
            return Optional.empty();
        }
        try {
            if (!value.isTextual() || !value.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("not a date", value.asText(), 0);
            }
            LocalDate date = LocalDate.parse(value.asText());
            if (!org.kesudesk.model.DocumentDate.kept(date)) {
                throw new DateTimeParseException("not a year kept", value.asText(), 0);
            }
            return Optional.of(date);
        } catch (DateTimeParseException e) {
            throw new UserFacingException(e, "exchange.error.badEntry", entry, place.get(), LocalizedText.of(
                    "exchange.problem.notDate", field, ContentMessages.shown(value.asText())));
        }
    }

    private static Optional<Instant> instant(JsonNode node, String field, Supplier<String> place, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new UserFacingException("exchange.error.missingField", ENTRY, place.get(), field);
            }
            return Optional.empty();
        }
        try {
            if (!value.isTextual() || value.asText().length() > 40) {
                throw new DateTimeParseException("not a time", value.asText(), 0);
            }
            Instant instant = IsoInstants.parse(value.asText());
            // a time from the future would sort before every genuine one later
            if (instant.isAfter(Instant.now().plus(ExchangeFile.MAX_CLOCK_AHEAD))) {
                throw new DateTimeParseException("in the future", value.asText(), 0);
            }
            return Optional.of(instant);
        } catch (DateTimeParseException e) {
            throw new UserFacingException(e, "exchange.error.badEntry", ENTRY, place.get(), LocalizedText.of(
                    "exchange.problem.notDate", field, ContentMessages.shown(value.asText())));
        }
    }

    private static Iterable<JsonNode> array(JsonNode node, String field, Supplier<String> place) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new UserFacingException("exchange.error.missingField", ENTRY, place.get(), field);
        }
        return value;
    }

    private static String place(String key) {
        return LocalizedText.of(key).text();
    }

    private static UserFacingException wrong(Supplier<String> place, String field, String problemKey) {
        return new UserFacingException("exchange.error.badEntry", ENTRY, place.get(), LocalizedText.of(problemKey,
                field));
    }
}
