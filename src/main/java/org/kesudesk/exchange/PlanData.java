package org.kesudesk.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.Assignment;
import org.kesudesk.model.Indicator;
import org.kesudesk.model.IndicatorPeriod;
import org.kesudesk.model.NodeKind;
import org.kesudesk.model.Plan;
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

    public static byte[] write(PlanDocument document, String regionCode) {
        return write(document, regionCode, Optional.empty());
    }

    public static byte[] write(PlanDocument document, String regionCode, Optional<String> basedOn) {
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
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
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

    /** Reads {@code plan.json}; units are new (by name), to be matched to the catalogue when stored. */
    public static Shipped read(byte[] json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new UserFacingException(e, "exchange.error.badJson", ENTRY, e.getMessage());
        }
        Reader reader = new Reader();
        try {
            JsonNode header = root.path("plan");
            Plan plan = new Plan(reader.id(header, "plan"), Optional.empty(), reader.text(header, "docNumber"),
                    reader.text(header, "title"), reader.text(header, "issuer"), reader.date(header, "issueDate"),
                    reader.text(header, "addressees"), reader.text(header, "noticeBody"),
                    reader.text(header, "copiedTo"), reader.text(header, "printedBy"),
                    reader.date(header, "printedDate"), reader.text(header, "planTitle"),
                    reader.text(header, "goalText"), header.path("rowVersion").asLong(1));
            List<PlanNode> sections = new ArrayList<>();
            for (JsonNode section : reader.array(root, "sections")) {
                sections.add(reader.node(section));
            }
            JsonNode basedOn = header.path("basedOn");
            return new Shipped(reader.text(header, "region"),
                    new PlanDocument(plan, reader.indicators(root.path("goalIndicators")), sections),
                    basedOn.isTextual() ? Optional.of(basedOn.asText()) : Optional.empty());
        } catch (IllegalArgumentException | NullPointerException | java.time.format.DateTimeParseException e) {
            // a kind, role or date the format does not have, or a node in a place its kind may not be
            throw new UserFacingException(e, "exchange.error.badJson", ENTRY, String.valueOf(e.getMessage()));
        }
    }

    /** Reads with the ids seen so far, so that a duplicated id is refused. */
    private static final class Reader {
        private final java.util.Set<UUID> ids = new java.util.HashSet<>();

        PlanNode node(JsonNode node) {
            List<Assignment> assignments = new ArrayList<>();
            for (JsonNode a : array(node, "assignments")) {
                Unit unit = Unit.create(text(a, "unit"), a.path("precedence").asInt(Integer.MAX_VALUE));
                assignments.add(new Assignment(id(a, "assignment"), unit,
                        Role.valueOf(text(a, "role").toUpperCase(Locale.ROOT)), a.path("rowVersion").asLong(1)));
            }
            List<PlanNode> children = new ArrayList<>();
            for (JsonNode child : array(node, "children")) {
                children.add(node(child));
            }
            return new PlanNode(id(node, "node"), NodeKind.valueOf(text(node, "kind").toUpperCase(Locale.ROOT)),
                    text(node, "label"), text(node, "title"), text(node, "text"), assignments,
                    indicators(node.path("indicators")), children, node.path("rowVersion").asLong(1));
        }

        List<Indicator> indicators(JsonNode array) {
            List<Indicator> indicators = new ArrayList<>();
            for (JsonNode i : array) {
                Optional<BigDecimal> target = i.path("target").isTextual()
                        ? Optional.of(new BigDecimal(i.path("target").asText())) : Optional.empty();
                indicators.add(new Indicator(id(i, "indicator"), text(i, "wording"), target, text(i, "measure"),
                        IndicatorPeriod.valueOf(text(i, "period").toUpperCase(Locale.ROOT)),
                        i.path("rowVersion").asLong(1)));
            }
            return indicators;
        }

        UUID id(JsonNode node, String what) {
            UUID id;
            try {
                id = UUID.fromString(node.path("id").asText());
            } catch (IllegalArgumentException e) {
                throw new UserFacingException(e, "exchange.error.badId", ENTRY, what, node.path("id").asText());
            }
            if (!ids.add(id)) {
                throw new UserFacingException("exchange.error.duplicateId", ENTRY, id);
            }
            return id;
        }

        String text(JsonNode node, String field) {
            JsonNode value = node.get(field);
            if (value == null || !value.isTextual()) {
                throw new UserFacingException("exchange.error.missingField", ENTRY, field);
            }
            return value.asText();
        }

        Optional<LocalDate> date(JsonNode node, String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? Optional.empty() : Optional.of(LocalDate.parse(value.asText()));
        }

        Iterable<JsonNode> array(JsonNode node, String field) {
            JsonNode value = node.get(field);
            if (value == null || !value.isArray()) {
                throw new UserFacingException("exchange.error.missingField", ENTRY, field);
            }
            return value;
        }
    }
}
