package org.kesudesk.exchange;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.kesudesk.l10n.LocalizedText;
import org.kesudesk.l10n.UserFacingException;

/**
 * {@code received.json} of an exchange file (format version 5): the city's receipt for a county's attached files
 * (佐证材料) — the SHA-256 of each content of the county's plan it holds — in its file to that county. The county's
 * next file leaves those out: it carries only what the city does not have yet, rather than its newest 100 MB again.
 * A file from the city without one says the city holds none; a county's file never carries one.
 */
public final class EvidenceReceipt {

    static final String ENTRY = "received.json";
    /** As many contents as a county's progress may list ({@link ProgressData#MAX_ATTACHMENTS}). */
    static final int MAX_FILES = ProgressData.MAX_ATTACHMENTS;
    private static final ObjectMapper JSON = new ObjectMapper();

    private EvidenceReceipt() {
    }

    /** The receipt for these contents, in the order given, at most {@link #MAX_FILES} of them. */
    static byte[] write(List<String> hashes) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode files = root.putArray("files");
        hashes.stream().limit(MAX_FILES).forEach(files::add);
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /**
     * The contents a receipt names.
     *
     * @throws UserFacingException naming the entry at fault: not a list of at most {@link #MAX_FILES} SHA-256 digests
     */
    static Set<String> read(byte[] json) {
        JsonNode files = StrictJson.read(json, ENTRY).path("files");
        if (!files.isArray()) {
            throw new UserFacingException("exchange.error.missingField", ENTRY, ENTRY, "files");
        }
        if (files.size() > MAX_FILES) {
            throw wrong(ENTRY, LocalizedText.of("exchange.problem.tooMany", "files"));
        }
        Set<String> hashes = new LinkedHashSet<>();
        for (int i = 0; i < files.size(); i++) {
            JsonNode hash = files.get(i);
            String place = org.kesudesk.l10n.Messages.get("exchange.place.receipt", i + 1);
            if (!hash.isTextual() || !ExchangeFile.isSha256(hash.textValue())) {
                throw wrong(place, LocalizedText.of("exchange.problem.notChecksum", "files"));
            }
            if (!hashes.add(hash.textValue())) {
                throw new UserFacingException("exchange.error.duplicateId", ENTRY, hash.textValue());
            }
        }
        return java.util.Collections.unmodifiableSet(hashes);
    }

    private static UserFacingException wrong(String place, LocalizedText problem) {
        return new UserFacingException("exchange.error.badEntry", ENTRY, place, problem);
    }
}
