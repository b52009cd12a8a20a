package org.kesudesk.exchange;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.kesudesk.l10n.UserFacingException;

/**
 * JSON from a file that came from outside (an exchange file's entries, a key file), read with limits set before any
 * value is built: UTF-8 only (no byte-order mark, nothing undecodable), nesting, string and number lengths bounded,
 * no key twice in one object. Whatever is wrong is said in Chinese, with the line and column.
 */
final class StrictJson {

    /** A plan's tree is four levels deep (section, item, task, sub-task), each an object in an array. */
    static final int MAX_NESTING = 32;
    /** The longest text a plan may hold is 20,000 characters; this leaves room for nothing more. */
    static final int MAX_STRING_LENGTH = 100_000;
    /** Row versions, counts and precedences are integers far under 20 digits; no number needs more. */
    static final int MAX_NUMBER_LENGTH = 20;

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxNameLength(100)
                    .build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());

    private StrictJson() {
    }

    /**
     * The JSON in {@code bytes}, whose name ({@code plan.json}) is used in messages.
     *
     * @throws UserFacingException if it is not UTF-8 JSON within the limits
     */
    static JsonNode read(byte[] bytes, String name) {
        JsonNode node = parse(bytes, name, parser -> JSON.readTree(parser));
        if (node == null || !node.isObject()) {
            throw new UserFacingException("exchange.error.jsonNotObject", name);
        }
        return node;
    }

    /** Reads what follows a JSON object's start from a parser, up to and with the object's end. */
    @FunctionalInterface
    interface ObjectReader<T> {
        T read(JsonParser parser) throws IOException;
    }

    /**
     * The JSON object in {@code bytes} read as it is parsed, by {@code reader}, which may take its values one by one
     * or as trees ({@code parser.readValueAsTree()}): a large entry is never all in memory as a tree. The same checks
     * and limits as {@link #read}; what is not an object at all is refused as {@link #read} refuses it.
     *
     * @throws UserFacingException if it is not UTF-8 JSON within the limits, or the reader refuses it
     */
    static <T> T stream(byte[] bytes, String name, ObjectReader<T> reader) {
        return parse(bytes, name, parser -> {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                read(bytes, name); // refuses it, with the message a tree read gives
                throw new UserFacingException("exchange.error.jsonNotObject", name);
            }
            return reader.read(parser);
        });
    }

    /** Reads a large array of an object element by element: started with the object's fields read before it. */
    interface ArrayReader {
        void start(ObjectNode before);

        /** One element, the parser at its first token; the element is read whole before this returns. */
        void element(JsonParser parser) throws IOException;
    }

    /**
     * The fields of the object the parser is inside, up to its end, each read as a tree — except the array
     * {@code name} when every field of {@code before} has come by then (the order the app writes): that array is given
     * to {@code reader} element by element, and is not among the fields returned. Otherwise it is read as a tree like
     * the rest, and the caller reads it from the fields returned.
     */
    static ObjectNode fields(JsonParser parser, String name, java.util.List<String> before, ArrayReader reader)
            throws IOException {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            if (parser.nextToken() == JsonToken.START_ARRAY && field.equals(name) && before.stream()
                    .allMatch(fields::has)) {
                reader.start(fields);
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    reader.element(parser);
                }
            } else {
                fields.set(field, parser.readValueAsTree());
            }
        }
        return fields;
    }

    /** Runs the work on a parser of the bytes, then requires that nothing follows; what fails is said in Chinese. */
    private static <T> T parse(byte[] bytes, String name, ObjectReader<T> work) {
        requireUtf8(bytes, name);
        try (JsonParser parser = JSON.createParser(bytes)) {
            T value = work.read(parser);
            if (parser.nextToken() != null) {
                throw new UserFacingException("exchange.error.jsonTrailing", name);
            }
            return value;
        } catch (StreamConstraintsException e) {
            throw new UserFacingException(e, "exchange.error.jsonTooLarge", name, line(e.getLocation()),
                    column(e.getLocation()));
        } catch (JsonProcessingException e) {
            throw new UserFacingException(e, "exchange.error.jsonSyntax", name, line(e.getLocation()),
                    column(e.getLocation()));
        } catch (IOException e) {
            throw new UserFacingException(e, "exchange.error.jsonSyntax", name, 0, 0);
        }
    }

    private static void requireUtf8(byte[] bytes, String name) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xEF || bytes[0] == 0 || bytes[1] == 0)) {
            // a byte-order mark, or UTF-16/32 (Jackson would read them; the format is UTF-8 without a mark)
            throw new UserFacingException("exchange.error.notUtf8", name);
        }
        if (!isUtf8(bytes)) {
            throw new UserFacingException("exchange.error.notUtf8", name);
        }
    }

    /**
     * Whether the bytes are well-formed UTF-8, decoded a piece at a time into one small buffer: a plan's entry is
     * 50 MB at the limits, and decoded whole it took 100 MB of memory only to be thrown away.
     */
    static boolean isUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            out.clear();
            if (result.isUnderflow()) {
                result = decoder.flush(out);
                return !result.isError();
            }
        }
    }

    private static long line(JsonLocation location) {
        return location == null ? 0 : location.getLineNr();
    }

    private static long column(JsonLocation location) {
        return location == null ? 0 : location.getColumnNr();
    }
}
