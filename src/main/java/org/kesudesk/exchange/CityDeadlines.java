package org.kesudesk.exchange;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.kesudesk.l10n.ContentMessages;
import org.kesudesk.l10n.LocalizedText;
import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.ContentLimits;
import org.kesudesk.model.Deadline;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;

/**
 * {@code deadlines.json} of an exchange file (format version 6): the 完成时限 of the county's plan's items and tasks as
 * the city holds them (the city's own, copied when it derived the plan, or the county's as its last file said), in
 * the city's file to that county. Imported, a task new to the county's plan comes with its deadline; a task the
 * county has keeps the deadline the county gave it, or none if it took it off. A county's file never carries one (its
 * deadlines travel in {@code progress.json}).
 */
public final class CityDeadlines {

    static final String ENTRY = "deadlines.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private CityDeadlines() {
    }

    /** The entry for these deadlines, by node id. */
    static byte[] write(Map<UUID, Deadline> deadlines) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("deadlines");
        deadlines.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry ->
                list.addObject().put("node", entry.getKey().toString()).put("deadline", entry.getValue().code()));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /**
     * The deadlines the entry gives the plan the file carries.
     *
     * @throws UserFacingException naming the entry and the deadline at fault: not a list, more deadlines than a
     *                             plan has nodes, a node the plan has not or a section, a node twice, a deadline that is
     *                             none of the forms
     */
    static Map<UUID, Deadline> read(byte[] json, PlanDocument plan) {
        JsonNode list = StrictJson.read(json, ENTRY).path("deadlines");
        if (!list.isArray()) {
            throw new UserFacingException("exchange.error.missingField", ENTRY, ENTRY, "deadlines");
        }
        if (list.size() > ContentLimits.NODES) {
            throw wrong(ENTRY, LocalizedText.of("exchange.problem.tooMany", "deadlines"));
        }
        Map<UUID, PlanNode> nodes = new HashMap<>();
        plan.forEachNode(node -> nodes.put(node.id(), node));
        Map<UUID, Deadline> deadlines = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String place = Messages.get("exchange.place.deadline", i + 1);
            JsonNode written = entry.path("node");
            PlanNode node = null;
            if (written.isTextual() && written.textValue().length() == 36) {
                try {
                    node = nodes.get(UUID.fromString(written.textValue()));
                } catch (IllegalArgumentException notAnId) {
                    // said as an id the plan has not
                }
            }
            if (node == null) {
                throw new UserFacingException("exchange.error.badId", ENTRY, place,
                        ContentMessages.shown(written.asText()));
            }
            if (!node.kind().isItem() && !node.kind().isTask()) {
                throw wrong(place, LocalizedText.of("progress.problem.deadlineOnSection", node.title()));
            }
            JsonNode code = entry.path("deadline");
            try {
                if (!code.isTextual() || code.textValue().length() > 20) {
                    throw new IllegalArgumentException("not a deadline");
                }
                Deadline deadline = Deadline.parse(code.textValue()).orElseThrow(
                        () -> new IllegalArgumentException("none is no deadline given"));
                if (deadlines.put(node.id(), deadline) != null) {
                    throw new UserFacingException("exchange.error.duplicateId", ENTRY, node.id());
                }
            } catch (IllegalArgumentException e) {
                throw new UserFacingException(e, "exchange.error.badEntry", ENTRY, place, LocalizedText.of(
                        "exchange.problem.notDate", "deadline", ContentMessages.shown(code.asText())));
            }
        }
        return Map.copyOf(deadlines);
    }

    private static UserFacingException wrong(String place, LocalizedText problem) {
        return new UserFacingException("exchange.error.badEntry", ENTRY, place, problem);
    }
}
