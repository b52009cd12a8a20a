package org.kesudesk.exchange;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON with every object's fields the other way round: what another program might write for the same data. */
final class ReversedJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReversedJson() {
    }

    static byte[] of(byte[] json) throws IOException {
        return JSON.writeValueAsBytes(reversed(JSON.readTree(json)));
    }

    private static JsonNode reversed(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            Collections.reverse(names);
            names.forEach(name -> out.set(name, reversed(node.get(name))));
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> out.add(reversed(element)));
            return out;
        }
        return node;
    }
}
