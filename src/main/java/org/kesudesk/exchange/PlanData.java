package org.kesudesk.exchange;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

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
import org.kesudesk.model.Assignment;
import org.kesudesk.model.Indicator;
import org.kesudesk.model.IndicatorPeriod;
import org.kesudesk.model.NodeKind;
import org.kesudesk.model.Plan;
import org.kesudesk.model.PlanNotice;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Role;
import org.kesudesk.model.Unit;

/**
 * A plan as the JSON of an exchange file's {@code plan.json}: every field with its id and row version, so that an
 * import can tell what was added, changed or removed since the last exchange. Units travel by name (each office
 * has its own catalogue) with their precedence. Reading checks the JSON's shape and refuses, with the entry at
 * fault, anything malformed or a duplicated id.
 */
public final class PlanData {

    static final String ENTRY = "plan.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanData() {
    }

    /**
     * A plan as shipped: the region it belongs to (GB/T 2260 code), the plan itself, and the SHA-256 of the
     * {@code plan.json} its sender had last exchanged with the recipient (the base of the recipient's merge), if any.
     */
    public record Shipped(String regionCode, PlanDocument document, Optional<String> basedOn) {
    }

    /**
     * The format version a file carrying this plan is written in: 3 if a task or sub-task names lead units of its
     * own (an app reading version 2 would refuse them as misplaced), else 2. Older apps thus read every file they can.
     */
    public static int formatVersion(PlanDocument document) {
        boolean[] taskLeads = {false};
        document.sections().forEach(section -> section.forEachNode(node ->
                taskLeads[0] |= node.kind().isTask() && !node.leadUnits().isEmpty()));
        return taskLeads[0] ? 3 : 2;
    }

    /**
     * A plan as its document gave it, kept in the database beside the plan (the common ancestor when a revised
     * document updates it): the exchange format, without a region (the plan's own).
     */
    public static byte[] source(PlanDocument document) {
        // compact: nobody reads it but the app, and a plan at the content limits is a third smaller without the
        // indentation (less to write, compress and store in the import's transaction)
        return write(document, "", Optional.empty(), false);
    }

    /** A plan kept by {@link #source}, read with the checks of any plan.json (a backup may have been tampered with). */
    public static PlanDocument readSource(byte[] source) {
        return read(source).document();
    }

    public static byte[] write(PlanDocument document, String regionCode) {
        return write(document, regionCode, Optional.empty());
    }

    public static byte[] write(PlanDocument document, String regionCode, Optional<String> basedOn) {
        return write(document, regionCode, basedOn, true);
    }

    private static byte[] write(PlanDocument document, String regionCode, Optional<String> basedOn,
                                boolean indented) {
        ObjectNode root = JSON.createObjectNode();
        Plan plan = document.plan();
        ObjectNode header = root.putObject("plan");
        header.put("id", plan.id().toString());
        header.put("region", regionCode);
        header.put("basedOn", basedOn.orElse(null));
        header.put("docNumber", plan.docNumber());
        header.put("title", plan.title());
        header.put("issuer", plan.issuer());
        header.put("issueDate", plan.issueDate().map(LocalDate::toString).orElse(null));
        header.put("addressees", plan.addressees());
        header.put("noticeBody", plan.noticeBody());
        header.put("annotation", plan.annotation());
        header.put("copiedTo", plan.copiedTo());
        header.put("printedBy", plan.printedBy());
        header.put("printedDate", plan.printedDate().map(LocalDate::toString).orElse(null));
        header.put("planTitle", plan.planTitle());
        header.put("goalText", plan.goalText());
        header.put("rowVersion", plan.rowVersion());
        writeIndicators(root.putArray("goalIndicators"), document.goalIndicators());
        ArrayNode sections = root.putArray("sections");
        document.sections().forEach(section -> writeNode(sections.addObject(), section));
        try {
            return (indented ? JSON.writerWithDefaultPrettyPrinter() : JSON.writer()).writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeNode(ObjectNode out, PlanNode node) {
        out.put("id", node.id().toString());
        out.put("kind", node.kind().name().toLowerCase(Locale.ROOT));
        out.put("label", node.label());
        out.put("title", node.title());
        out.put("text", node.text());
        out.put("rowVersion", node.rowVersion());
        ArrayNode assignments = out.putArray("assignments");
        for (Assignment assignment : node.assignments()) {
            assignments.addObject().put("id", assignment.id().toString())
                    .put("unit", assignment.unit().name())
                    .put("precedence", assignment.unit().precedence())
                    .put("role", assignment.role().name().toLowerCase(Locale.ROOT))
                    .put("rowVersion", assignment.rowVersion());
        }
        writeIndicators(out.putArray("indicators"), node.indicators());
        ArrayNode children = out.putArray("children");
        node.children().forEach(child -> writeNode(children.addObject(), child));
    }

    private static void writeIndicators(ArrayNode out, List<Indicator> indicators) {
        for (Indicator indicator : indicators) {
            out.addObject().put("id", indicator.id().toString())
                    .put("wording", indicator.wording())
                    .put("target", indicator.targetValue().map(BigDecimal::toPlainString).orElse(null))
                    .put("measure", indicator.measure())
                    .put("period", indicator.period().name().toLowerCase(Locale.ROOT))
                    .put("rowVersion", indicator.rowVersion());
        }
    }

    /**
     * Reads {@code plan.json}; units are new (by name), to be matched to the catalogue when stored. The JSON is read
     * with limits ({@link StrictJson}); every value is checked for its type and form before it is used, the nodes
     * are counted as they are read (a file with more than a plan may hold is refused at once), and a mistake is
     * reported with the place in the plan where it is.
     */
    public static Shipped read(byte[] json) {
        return StrictJson.stream(json, ENTRY, PlanData::read);
    }

    /**
     * The plan from a parser inside the root object. Its sections are read node by node as they are parsed, once
     * the header and goals before them are read and checked, as the app writes them: a plan at the limits (50 MB)
     * is never all in memory as a JSON tree. A file whose fields come in another order is read as a tree; either way
     * the same checks run in the same order.
     */
    private static Shipped read(JsonParser parser) throws IOException {
        Reader reader = new Reader();
        class Sections implements StrictJson.ArrayReader {
            private Head head;
            private final List<PlanNode> read = new ArrayList<>();

            @Override
            public void start(ObjectNode root) {
                head = reader.head(root);
            }

            @Override
            public void element(JsonParser section) throws IOException {
                read.add(reader.node(section, null, "", read.size() + 1));
            }
        }
        Sections sections = new Sections();
        ObjectNode root = StrictJson.fields(parser, "sections", List.of("plan", "goalIndicators"), sections);
        if (sections.head == null) {
            sections.start(root);
            int index = 0;
            for (JsonNode section : reader.array(root, "sections", reader.place("content.place.plan"))) {
                sections.read.add(reader.node(section, null, "", ++index));
            }
        }
        Head head = sections.head;
        JsonNode header = head.header();
        String headerPlace = reader.place("content.place.header");
        JsonNode basedOn = header.path("basedOn");
        if (!basedOn.isMissingNode() && !basedOn.isNull() && !(basedOn.isTextual()
                && ExchangeFile.isSha256(basedOn.asText()))) {
            throw reader.wrong(headerPlace, "basedOn", "exchange.problem.notChecksum");
        }
        return new Shipped(reader.text(header, "region", headerPlace),
                new PlanDocument(head.plan(), head.goals(), sections.read),
                basedOn.isTextual() ? Optional.of(basedOn.asText()) : Optional.empty());
    }

    /** The plan's header and goals, checked: what comes before its sections. */
    private record Head(JsonNode header, Plan plan, List<Indicator> goals) {
    }

    /** What a node says before its children, checked: the children's place and kind depend on it. */
    private record NodeHead(UUID id, NodeKind kind, String label, String place, List<Assignment> assignments,
                            List<Indicator> indicators) {
    }

    /** Reads with the ids seen and the nodes counted so far, so that a duplicated id or too many nodes are refused. */
    private static final class Reader {
        private static final java.util.regex.Pattern TARGET = java.util.regex.Pattern.compile(
                "-?\\d{1," + ContentLimits.TARGET_INTEGER_DIGITS + "}(\\.\\d{1," + ContentLimits.TARGET_FRACTION_DIGITS
                        + "})?");
        private final java.util.Set<UUID> ids = new java.util.HashSet<>();
        private int nodes;
        private int assignmentCount;
        private final Map<Integer, String> sectionPlaces = new HashMap<>();
        private final Map<Integer, String> childPlaces = new HashMap<>();

        Head head(JsonNode root) {
            JsonNode header = object(root, "plan", place("content.place.header"));
            String headerPlace = place("content.place.header");
            // a file written before the 附注 was kept has none
            PlanNotice notice = new PlanNotice(text(header, "docNumber", headerPlace),
                    text(header, "title", headerPlace), text(header, "addressees", headerPlace),
                    text(header, "noticeBody", headerPlace), text(header, "issuer", headerPlace),
                    date(header, "issueDate", headerPlace), header.has("annotation")
                            ? text(header, "annotation", headerPlace) : "",
                    text(header, "copiedTo", headerPlace), text(header, "printedBy", headerPlace),
                    date(header, "printedDate", headerPlace));
            Plan plan = new Plan(id(header, "plan", headerPlace), Optional.empty(), Optional.empty(), notice,
                    text(header, "planTitle", headerPlace), text(header, "goalText", headerPlace),
                    rowVersion(header, headerPlace));
            List<Indicator> goals = indicators(root, "goalIndicators", place("content.place.goals"));
            return new Head(header, plan, goals);
        }

        /**
         * A node from a parser at its value: its fields but its children taken as trees, its children (once what
         * they depend on is read) one by one as they are parsed; otherwise as {@link #node(JsonNode, NodeKind,
         * String, int)} reads it.
         */
        PlanNode node(JsonParser parser, NodeKind parentKind, String parentPlace, int index) throws IOException {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                return node((JsonNode) parser.readValueAsTree(), parentKind, parentPlace, index);
            }
            class Children implements StrictJson.ArrayReader {
                private NodeHead head;
                private final List<PlanNode> read = new ArrayList<>();

                @Override
                public void start(ObjectNode fields) {
                    head = head(fields, parentKind, parentPlace, index);
                }

                @Override
                public void element(JsonParser child) throws IOException {
                    read.add(node(child, head.kind(), head.place(), read.size() + 1));
                }
            }
            Children children = new Children();
            ObjectNode fields = StrictJson.fields(parser, "children", List.of("kind", "label", "id", "assignments",
                    "indicators"), children);
            return children.head == null ? node(fields, parentKind, parentPlace, index)
                    : node(children.head, fields, children.read);
        }

        PlanNode node(JsonNode node, NodeKind parentKind, String parentPlace, int index) {
            NodeHead head = head(node, parentKind, parentPlace, index);
            List<PlanNode> children = new ArrayList<>();
            int childIndex = 0;
            for (JsonNode child : array(node, "children", head.place())) {
                children.add(node(child, head.kind(), head.place(), ++childIndex));
            }
            return node(head, node, children);
        }

        private PlanNode node(NodeHead head, JsonNode node, List<PlanNode> children) {
            return new PlanNode(head.id(), head.kind(), head.label(), text(node, "title", head.place()),
                    text(node, "text", head.place()), head.assignments(), head.indicators(), children,
                    rowVersion(node, head.place()));
        }

        private NodeHead head(JsonNode node, NodeKind parentKind, String parentPlace, int index) {
            if (!node.isObject()) {
                throw wrong(parentPlace + childPlace(parentKind, index), "", "exchange.problem.notObject");
            }
            if (++nodes > ContentLimits.NODES) {
                throw new UserFacingException("exchange.error.tooManyNodes", ENTRY, ContentLimits.NODES);
            }
            String roughPlace = parentPlace + childPlace(parentKind, index);
            NodeKind kind = kind(node, roughPlace);
            if (!kind.mayBeChildOf(parentKind)) {
                throw new UserFacingException("exchange.error.badEntry", ENTRY, roughPlace, LocalizedText.of(
                        "exchange.problem.misplaced", LocalizedText.of("node.kind." + kind.name()),
                        parentKind == null ? LocalizedText.of("exchange.problem.root")
                                : LocalizedText.of("node.kind." + parentKind.name())));
            }
            String label = text(node, "label", roughPlace);
            String place = label.isEmpty() || label.length() > ContentLimits.LABEL ? roughPlace
                    : parentPlace + kind.numbering(ContentMessages.shown(label));
            UUID id = id(node, "node", place);
            List<Assignment> assignments = new ArrayList<>();
            for (JsonNode a : array(node, "assignments", place)) {
                if (++assignmentCount > ContentLimits.ASSIGNMENTS) {
                    throw new UserFacingException("exchange.error.tooManyAssignments", ENTRY,
                            ContentLimits.ASSIGNMENTS);
                }
                if (!a.isObject()) {
                    throw wrong(place, "assignments", "exchange.problem.notObject");
                }
                Unit unit = Unit.create(text(a, "unit", place), precedence(a, place));
                assignments.add(new Assignment(id(a, "assignment", place), unit, role(a, place),
                        rowVersion(a, place)));
            }
            List<Indicator> indicators = indicators(node, "indicators", place);
            return new NodeHead(id, kind, label, place, assignments, indicators);
        }

        List<Indicator> indicators(JsonNode parent, String field, String place) {
            List<Indicator> indicators = new ArrayList<>();
            for (JsonNode i : array(parent, field, place)) {
                if (!i.isObject()) {
                    throw wrong(place, field, "exchange.problem.notObject");
                }
                if (indicators.size() >= ContentLimits.INDICATORS_PER_NODE) {
                    throw wrong(place, field, "exchange.problem.tooMany");
                }
                JsonNode target = i.path("target");
                Optional<BigDecimal> value = Optional.empty();
                if (target.isTextual() && TARGET.matcher(target.asText()).matches()) {
                    // digits only, bounded: no exponent, so the number is as small as its text
                    value = Optional.of(new BigDecimal(target.asText()));
                } else if (!target.isNull() && !target.isMissingNode()) {
                    throw wrong(place, "target", "exchange.problem.notTarget");
                }
                indicators.add(new Indicator(id(i, "indicator", place), text(i, "wording", place), value,
                        text(i, "measure", place), period(i, place), rowVersion(i, place)));
            }
            return indicators;
        }

        UUID id(JsonNode node, String what, String place) {
            JsonNode value = node.path("id");
            UUID id;
            try {
                if (!value.isTextual() || value.asText().length() != 36) {
                    throw new IllegalArgumentException("not a UUID");
                }
                id = UUID.fromString(value.asText());
            } catch (IllegalArgumentException e) {
                throw new UserFacingException(e, "exchange.error.badId", ENTRY, place,
                        ContentMessages.shown(value.asText()));
            }
            if (!ids.add(id)) {
                throw new UserFacingException("exchange.error.duplicateId", ENTRY, id);
            }
            return id;
        }

        String text(JsonNode node, String field, String place) {
            JsonNode value = node.get(field);
            if (value == null || !value.isTextual()) {
                throw new UserFacingException("exchange.error.missingField", ENTRY, place, field);
            }
            return value.asText();
        }

        JsonNode object(JsonNode node, String field, String place) {
            JsonNode value = node.get(field);
            if (value == null || !value.isObject()) {
                throw new UserFacingException("exchange.error.missingField", ENTRY, place, field);
            }
            return value;
        }

        Optional<LocalDate> date(JsonNode node, String field, String place) {
            // a date as every entry of an exchange file holds one (ProgressData's rule)
            return ProgressData.date(ENTRY, node, field, () -> place, false);
        }

        long rowVersion(JsonNode node, String place) {
            JsonNode value = node.path("rowVersion");
            if (!value.canConvertToExactIntegral() || !value.canConvertToLong() || value.asLong() < 1) {
                throw wrong(place, "rowVersion", "exchange.problem.notCount");
            }
            return value.asLong();
        }

        int precedence(JsonNode node, String place) {
            JsonNode value = node.path("precedence");
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                throw wrong(place, "precedence", "exchange.problem.notCount");
            }
            return value.asInt();
        }

        NodeKind kind(JsonNode node, String place) {
            return value(node, "kind", place, NodeKind.values());
        }

        Role role(JsonNode node, String place) {
            return value(node, "role", place, Role.values());
        }

        IndicatorPeriod period(JsonNode node, String place) {
            return value(node, "period", place, IndicatorPeriod.values());
        }

        /** One of an enum's values, written in lower case ("task", "per_year"). */
        <E extends Enum<E>> E value(JsonNode node, String field, String place, E[] values) {
            String written = text(node, field, place);
            for (E known : values) {
                if (known.name().toLowerCase(Locale.ROOT).equals(written)) {
                    return known;
                }
            }
            throw new UserFacingException("exchange.error.badEntry", ENTRY, place, LocalizedText.of(
                    "exchange.problem.unknownValue", field, ContentMessages.shown(written), names(values)));
        }

        Iterable<JsonNode> array(JsonNode node, String field, String place) {
            JsonNode value = node.get(field);
            if (value == null || !value.isArray()) {
                throw new UserFacingException("exchange.error.missingField", ENTRY, place, field);
            }
            return value;
        }

        String place(String key) {
            return LocalizedText.of(key).text();
        }

        UserFacingException wrong(String place, String field, String problemKey) {
            return new UserFacingException("exchange.error.badEntry", ENTRY, place,
                    LocalizedText.of(problemKey, field));
        }

        /** 第 N 部分 / 第 N 项, formatted once for each N (every node has one: the places of 20,000 nodes). */
        private String childPlace(NodeKind parentKind, int index) {
            return (parentKind == null ? sectionPlaces : childPlaces).computeIfAbsent(index, n -> parentKind == null
                    ? LocalizedText.of("exchange.place.section", n).text()
                    : LocalizedText.of("exchange.place.child", n).text());
        }

        private static String names(Enum<?>[] values) {
            return String.join("、", java.util.Arrays.stream(values)
                    .map(v -> v.name().toLowerCase(Locale.ROOT)).toList());
        }
    }
}
