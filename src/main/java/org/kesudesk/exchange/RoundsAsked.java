package org.kesudesk.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.kesudesk.l10n.ContentMessages;
import org.kesudesk.l10n.LocalizedText;
import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.ReportingRound;
import org.kesudesk.model.TextRules;

/**
 * {@code rounds.json} of an exchange file (format version 6): the reporting rounds the city has open on its plan, in
 * its file to a county — a round asks every county with a plan about its tasks as well as the city's units. Imported,
 * a round the county's plan has no round of that name for is opened there with the city's period and due date; one
 * it has is left as the county keeps it (its own due date, closed or not). A county's file never carries one.
 */
public final class RoundsAsked {

    static final String ENTRY = "rounds.json";
    /** Far more than the rounds a plan has open at once (one, two across a year's turn). */
    static final int MAX_ROUNDS = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    private RoundsAsked() {
    }

    /** The entry for these rounds of the city's, in the order given, at most {@link #MAX_ROUNDS}. */
    static byte[] write(List<ReportingRound.Asked> rounds) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("rounds");
        rounds.stream().limit(MAX_ROUNDS).forEach(round -> list.addObject()
                .put("name", round.name())
                .put("from", round.periodStart().map(LocalDate::toString).orElse(null))
                .put("to", round.periodEnd().map(LocalDate::toString).orElse(null))
                .put("due", round.due().toString()));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /**
     * The rounds the entry asks for.
     *
     * @throws UserFacingException naming the round and field at fault: not a list of at most {@link #MAX_ROUNDS}
     *                             rounds, a name as no round may have or twice, a date that is none, a period that
     *                             ends before it starts
     */
    static List<ReportingRound.Asked> read(byte[] json) {
        JsonNode rounds = StrictJson.read(json, ENTRY).path("rounds");
        if (!rounds.isArray()) {
            throw new UserFacingException("exchange.error.missingField", ENTRY, ENTRY, "rounds");
        }
        if (rounds.size() > MAX_ROUNDS) {
            throw wrong(ENTRY, LocalizedText.of("exchange.problem.tooMany", "rounds"));
        }
        List<ReportingRound.Asked> asked = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < rounds.size(); i++) {
            JsonNode round = rounds.get(i);
            String place = Messages.get("exchange.place.roundAsked", i + 1);
            JsonNode nameNode = round.get("name");
            if (nameNode == null || !nameNode.isTextual()) {
                throw new UserFacingException("exchange.error.missingField", ENTRY, place, "name");
            }
            String name = nameNode.textValue();
            TextRules.nameProblem(name, ReportingRound.NAME_LENGTH).ifPresent(problem -> {
                throw wrong(place, ContentMessages.problem(problem, ReportingRound.NAME_LENGTH));
            });
            if (!names.add(name)) {
                throw new UserFacingException("exchange.error.duplicateId", ENTRY, ContentMessages.shown(name));
            }
            Optional<LocalDate> from = date(round, "from", place, false);
            Optional<LocalDate> to = date(round, "to", place, false);
            if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
                throw wrong(place, LocalizedText.of("exchange.problem.periodOrder", to.get(), from.get()));
            }
            asked.add(new ReportingRound.Asked(name, from, to, date(round, "due", place, true).orElseThrow()));
        }
        return List.copyOf(asked);
    }

    private static Optional<LocalDate> date(JsonNode node, String field, String place, boolean required) {
        return ProgressData.date(ENTRY, node, field, () -> place, required);
    }

    private static UserFacingException wrong(String place, LocalizedText problem) {
        return new UserFacingException("exchange.error.badEntry", ENTRY, place, problem);
    }
}
