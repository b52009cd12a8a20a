package org.kesudesk.testsupport;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

import org.kesudesk.model.Indicator;
import org.kesudesk.model.Plan;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Unit;

/**
 * A plan as compact text, one node a line, for comparing with golden files written by hand:
 * {@code action 一 title | lead units}, {@code 1 task title | its lead units（牵头）、responsible units},
 * {@code indicator wording = n measure}.
 */
public final class PlanOutline {

    private PlanOutline() {
    }

    public static String of(PlanDocument document) {
        StringBuilder out = new StringBuilder();
        Plan plan = document.plan();
        line(out, 0, "docNumber: " + plan.docNumber());
        line(out, 0, "title: " + plan.title());
        line(out, 0, "addressees: " + plan.addressees());
        line(out, 0, "issuer: " + plan.issuer());
        line(out, 0, "date: " + plan.issueDate().map(LocalDate::toString).orElse(""));
        line(out, 0, "planTitle: " + plan.planTitle());
        if (!plan.annotation().isEmpty()) {
            // outlines written before the 附注 was kept have no such line: only a plan that has one shows it
            line(out, 0, "annotation: " + plan.annotation().replace("\n", " / "));
        }
        line(out, 0, "copiedTo: " + plan.copiedTo());
        line(out, 0, "printedBy: " + plan.printedBy());
        line(out, 0, "printedDate: " + plan.printedDate().map(LocalDate::toString).orElse(""));
        document.goalIndicators().forEach(i -> line(out, 0, "goal " + indicator(i)));
        document.sections().forEach(section -> node(out, section, 0));
        return out.toString();
    }

    private static void node(StringBuilder out, PlanNode node, int depth) {
        String head = switch (node.kind()) {
            case SECTION -> "section " + node.label() + " " + node.title();
            case ACTION, PROJECT, SAFEGUARD ->
                    node.kind().name().toLowerCase(Locale.ROOT) + " " + node.label() + " " + node.title()
                            + units(node, true);
            case TASK -> (node.label().isEmpty() ? "-" : node.label()) + " " + node.title() + units(node, false);
            case SUBTASK -> "(" + node.label() + ") " + node.title() + units(node, false);
        };
        line(out, depth, head);
        node.indicators().forEach(i -> line(out, depth + 1, indicator(i)));
        node.children().forEach(child -> node(out, child, depth + 1));
    }

    /** An item's lead units; a task's units, those that lead it first and marked （牵头）. */
    private static String units(PlanNode node, boolean lead) {
        java.util.stream.Stream<String> names = lead ? node.leadUnits().stream().map(Unit::name)
                : java.util.stream.Stream.concat(node.leadUnits().stream().map(unit -> unit.name() + "（牵头）"),
                        node.responsibleUnits().stream().map(Unit::name));
        String joined = names.collect(Collectors.joining("、"));
        return joined.isEmpty() ? "" : " | " + joined;
    }

    private static String indicator(Indicator indicator) {
        return "indicator " + indicator.wording() + " = "
                + indicator.targetValue().map(v -> v.toPlainString()).orElse("?") + " " + indicator.measure() + " "
                + indicator.period().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static void line(StringBuilder out, int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }

}
