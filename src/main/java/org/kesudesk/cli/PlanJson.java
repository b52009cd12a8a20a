package org.kesudesk.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.kesudesk.model.Indicator;
import org.kesudesk.model.Plan;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Unit;

/**
 * The JSON form of a plan printed by {@code plan show --json}, for scripts and tests:
 * {@code {"plan": {docNumber, title, issuer, date, …, goalText}, "sections": [{no, title, text}],
 * "items": [{kind, no, name, section, text, lead, tasks: [{no, title, text, lead, responsible, …}]}]}}: every
 * paragraph of the plan.
 * An absent plan prints a plan of null fields and no items.
 */
final class PlanJson {

    private static final ObjectMapper MAPPER = CliJson.MAPPER;

    private PlanJson() {
    }

    static String write(PlanDocument document) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("plan", header(Optional.ofNullable(document).map(PlanDocument::plan)));
        ArrayNode sections = root.putArray("sections");
        ArrayNode items = root.putArray("items");
        if (document != null) {
            for (PlanNode section : document.sections()) {
                ObjectNode node = sections.addObject();
                node.put("no", section.label());
                node.put("title", section.title());
                node.put("text", section.text());
            }
            for (PlanNode section : document.sections()) {
                section.children().stream().filter(n -> n.kind().isItem())
                        .forEach(item -> items.add(item(section, item)));
            }
        }
        return CliJson.write(root);
    }

    private static ObjectNode header(Optional<Plan> plan) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", plan.map(p -> p.id().toString()).orElse(null));
        node.put("docNumber", plan.map(Plan::docNumber).orElse(null));
        node.put("title", plan.map(Plan::title).orElse(null));
        node.put("issuer", plan.map(Plan::issuer).orElse(null));
        node.put("date", plan.flatMap(Plan::issueDate).map(LocalDate::toString).orElse(null));
        node.put("addressees", plan.map(Plan::addressees).orElse(null));
        node.put("annotation", plan.map(Plan::annotation).orElse(null));
        node.put("copiedTo", plan.map(Plan::copiedTo).orElse(null));
        node.put("printedBy", plan.map(Plan::printedBy).orElse(null));
        node.put("printedDate", plan.flatMap(Plan::printedDate).map(LocalDate::toString).orElse(null));
        node.put("planTitle", plan.map(Plan::planTitle).orElse(null));
        node.put("goalText", plan.map(Plan::goalText).orElse(null));
        return node;
    }

    private static ObjectNode item(PlanNode section, PlanNode item) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("kind", item.kind().name().toLowerCase(Locale.ROOT));
        node.put("no", item.label());
        node.put("name", item.title());
        node.put("section", section.title());
        node.put("text", item.text());
        unitNames(node.putArray("lead"), item.leadUnits());
        indicators(node.putArray("indicators"), item.indicators());
        ArrayNode tasks = node.putArray("tasks");
        item.children().forEach(task -> tasks.add(task(task)));
        return node;
    }

    private static ObjectNode task(PlanNode task) {
        ObjectNode node = MAPPER.createObjectNode();
        putNumber(node, task.label());
        node.put("title", task.title());
        node.put("text", task.text());
        unitNames(node.putArray("lead"), task.leadUnits());
        unitNames(node.putArray("responsible"), task.responsibleUnits());
        indicators(node.putArray("indicators"), task.indicators());
        if (!task.children().isEmpty()) {
            ArrayNode subtasks = node.putArray("subtasks");
            task.children().forEach(subtask -> subtasks.add(task(subtask)));
        }
        return node;
    }

    /** Task numbers are numbers in JSON ("no": 1); a label that is not a plain number stays a string. */
    private static void putNumber(ObjectNode node, String label) {
        if (!label.isEmpty() && label.chars().allMatch(c -> c >= '0' && c <= '9') && label.length() < 10) {
            node.put("no", Integer.parseInt(label));
        } else {
            node.put("no", label);
        }
    }

    private static void unitNames(ArrayNode array, List<Unit> units) {
        units.forEach(unit -> array.add(unit.name()));
    }

    private static void indicators(ArrayNode array, List<Indicator> indicators) {
        for (Indicator indicator : indicators) {
            ObjectNode node = array.addObject();
            node.put("wording", indicator.wording());
            if (indicator.targetValue().isPresent()) {
                node.put("target", indicator.targetValue().get());
            } else {
                node.putNull("target");
            }
            node.put("measure", indicator.measure());
            node.put("period", indicator.period().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
    }
}
