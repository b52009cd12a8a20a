package org.kesudesk.testsupport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

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
 * Builds plan documents for tests, the way a parser would: units are created on first use, in first-seen order
 * as their precedence.
 */
public final class PlanBuilder {

    private final Map<String, Unit> units = new LinkedHashMap<>();
    private final List<PlanNode> sections = new ArrayList<>();
    private final List<Indicator> goalIndicators = new ArrayList<>();
    private String docNumber = "";
    private String title = "";
    private String issuer = "";
    private LocalDate issueDate;
    private String annotation = "";

    /** Reuses the unit records of another document for the names it has, as a second import would. */
    public PlanBuilder usingUnitsOf(PlanDocument other) {
        other.forEachNode(node -> node.assignments().forEach(a -> units.putIfAbsent(a.unit().name(), a.unit())));
        return this;
    }

    /** The notice's 附注 (此件公开发布), without its brackets. */
    public PlanBuilder annotation(String text) {
        this.annotation = text;
        return this;
    }

    public PlanBuilder header(String docNumber, String title, String issuer, LocalDate issueDate) {
        this.docNumber = docNumber;
        this.title = title;
        this.issuer = issuer;
        this.issueDate = issueDate;
        return this;
    }

    public PlanBuilder goalIndicator(String wording, String target, String measure) {
        goalIndicators.add(new Indicator(UUID.randomUUID(), wording, Optional.of(new BigDecimal(target)), measure,
                IndicatorPeriod.TOTAL, 1));
        return this;
    }

    public PlanBuilder section(String label, String sectionTitle, PlanNode... items) {
        sections.add(node(NodeKind.SECTION, label, sectionTitle, "", List.of(), List.of(), List.of(items)));
        return this;
    }

    public PlanNode item(NodeKind kind, String label, String itemTitle, String goal, List<String> lead,
                         PlanNode... tasks) {
        return node(kind, label, itemTitle, goal, assign(lead, Role.LEAD), List.of(), List.of(tasks));
    }

    public PlanNode task(String label, String taskTitle, String text, List<String> responsible) {
        return node(NodeKind.TASK, label, taskTitle, text, assign(responsible, Role.RESPONSIBLE), List.of(),
                List.of());
    }

    public PlanNode taskWithIndicator(String label, String taskTitle, String text, List<String> responsible,
                                      String wording, String target, String measure, IndicatorPeriod period) {
        Indicator indicator = new Indicator(UUID.randomUUID(), wording, Optional.of(new BigDecimal(target)),
                measure, period, 1);
        return node(NodeKind.TASK, label, taskTitle, text, assign(responsible, Role.RESPONSIBLE),
                List.of(indicator), List.of());
    }

    public PlanNode taskWithSubtasks(String label, String taskTitle, String text, List<String> responsible,
                                     PlanNode... subtasks) {
        return node(NodeKind.TASK, label, taskTitle, text, assign(responsible, Role.RESPONSIBLE), List.of(),
                List.of(subtasks));
    }

    public PlanNode subtask(String label, String subtaskTitle, List<String> responsible) {
        return node(NodeKind.SUBTASK, label, subtaskTitle, subtaskTitle, assign(responsible, Role.RESPONSIBLE),
                List.of(), List.of());
    }

    public PlanDocument build() {
        Plan plan = new Plan(UUID.randomUUID(), Optional.empty(), Optional.empty(),
                new PlanNotice(docNumber, title, "", "", issuer, Optional.ofNullable(issueDate), annotation, "", "",
                        Optional.empty()), "", "", 1);
        return new PlanDocument(plan, goalIndicators, sections);
    }

    private List<Assignment> assign(List<String> names, Role role) {
        return names.stream()
                .map(name -> units.computeIfAbsent(name, n -> Unit.create(n, units.size() + 1)))
                .map(unit -> Assignment.create(unit, role))
                .toList();
    }

    private static PlanNode node(NodeKind kind, String label, String nodeTitle, String text,
                                 List<Assignment> assignments, List<Indicator> indicators, List<PlanNode> children) {
        return new PlanNode(UUID.randomUUID(), kind, label, nodeTitle, text, assignments, indicators, children, 1);
    }
}
