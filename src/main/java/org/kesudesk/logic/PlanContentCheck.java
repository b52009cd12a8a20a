package org.kesudesk.logic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.kesudesk.l10n.ContentMessages;
import org.kesudesk.l10n.LocalizedText;
import org.kesudesk.model.Assignment;
import org.kesudesk.model.ContentLimits;
import org.kesudesk.model.Indicator;
import org.kesudesk.model.Plan;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.TextRules;

/**
 * The one check of a plan's content before it is stored, whichever way it came in (a document, an exchange file,
 * a ledger): the limits of {@link ContentLimits}, the names and texts of {@link TextRules}, units only in the roles
 * their node's kind takes, no unit twice on one node (in either role). Each violation names its place in the plan.
 */
public final class PlanContentCheck {

    /** Violations listed one by one in a message; more are counted. */
    static final int LISTED = 10;

    private PlanContentCheck() {
    }

    /** One thing wrong, and where: {@code 二、（一）3.「推进校内科学教育」：责任单位“…”含控制字符}. */
    public record Violation(String place, LocalizedText problem) {
        public String text() {
            return LocalizedText.of("content.violation", place, problem).text();
        }
    }

    /**
     * Refuses a plan that breaks a rule, listing (the first {@value #LISTED} of) its violations.
     *
     * @throws InvalidContentException if anything is wrong
     */
    public static void requireValid(PlanDocument plan) {
        List<Violation> violations = violations(plan);
        if (!violations.isEmpty()) {
            throw new InvalidContentException(violations);
        }
    }

    /**
     * Refuses a plan's header (its notice's fields, its own title and goals) that breaks a rule, listing what.
     *
     * @throws InvalidContentException if anything is wrong
     */
    public static void requireValidNotice(Plan plan) {
        List<Violation> violations = new ArrayList<>();
        checkHeader(plan, violations);
        if (!violations.isEmpty()) {
            throw new InvalidContentException(violations);
        }
    }

    /**
     * Refuses tasks to be added to a plan (pasted) that break a rule of a plan's nodes, listing what, each task by
     * its place among them.
     *
     * @throws InvalidContentException if anything is wrong
     */
    public static void requireValidTasks(List<PlanNode> tasks) {
        List<Violation> violations = new ArrayList<>();
        Set<String> units = new HashSet<>();
        for (PlanNode task : tasks) {
            checkNode(task, "", violations, units);
        }
        if (!violations.isEmpty()) {
            throw new InvalidContentException(violations);
        }
    }

    /** Everything wrong with a plan, in document order; empty if it may be stored. */
    public static List<Violation> violations(PlanDocument plan) {
        List<Violation> violations = new ArrayList<>();
        checkHeader(plan.plan(), violations);
        int[] nodes = {0};
        plan.forEachNode(node -> nodes[0]++);
        if (nodes[0] > ContentLimits.NODES) {
            violations.add(new Violation(place("content.place.plan"),
                    LocalizedText.of("content.problem.tooManyNodes", nodes[0], ContentLimits.NODES)));
            return violations;
        }
        int[] assignments = {0};
        plan.forEachNode(node -> assignments[0] += node.assignments().size());
        if (assignments[0] > ContentLimits.ASSIGNMENTS) {
            violations.add(new Violation(place("content.place.plan"), LocalizedText.of(
                    "content.problem.tooManyAssignments", assignments[0], ContentLimits.ASSIGNMENTS)));
            return violations;
        }
        Set<String> units = new HashSet<>();
        indicators(() -> place("content.place.goals"), plan.goalIndicators(), violations);
        for (PlanNode section : plan.sections()) {
            checkNode(section, "", violations, units);
        }
        if (units.size() > ContentLimits.UNITS) {
            violations.add(new Violation(place("content.place.plan"),
                    LocalizedText.of("content.problem.tooManyUnits", units.size(), ContentLimits.UNITS)));
        }
        return violations;
    }

    private static void checkHeader(Plan plan, List<Violation> violations) {
        Supplier<String> header = () -> LocalizedText.of("content.place.header").text();
        line(header, "content.field.docNumber", plan.docNumber(), ContentLimits.SHORT_FIELD, violations);
        line(header, "content.field.title", plan.title(), ContentLimits.TITLE, violations);
        line(header, "content.field.issuer", plan.issuer(), ContentLimits.SHORT_FIELD, violations);
        text(header, "content.field.addressees", plan.addressees(), ContentLimits.ADDRESS_LIST, violations);
        text(header, "content.field.noticeBody", plan.noticeBody(), ContentLimits.TEXT, violations);
        text(header, "content.field.annotation", plan.annotation(), ContentLimits.ANNOTATION, violations);
        text(header, "content.field.copiedTo", plan.copiedTo(), ContentLimits.ADDRESS_LIST, violations);
        line(header, "content.field.printedBy", plan.printedBy(), ContentLimits.SHORT_FIELD, violations);
        line(header, "content.field.planTitle", plan.planTitle(), ContentLimits.TITLE, violations);
        text(header, "content.field.goalText", plan.goalText(), ContentLimits.TEXT, violations);
    }

    private static void checkNode(PlanNode node, String parentPlace, List<Violation> violations, Set<String> units) {
        String place = parentPlace + node.kind().numbering(shownLabel(node.label()));
        // the place as a message shows it, worked out only for a violation (a plan has 20,000 nodes, most sound)
        Supplier<String> shownPlace = () -> node.title().isEmpty() ? place
                : LocalizedText.of("content.place.node", place, ContentMessages.shown(excerpt(node.title()))).text();
        if (!node.label().isEmpty()) {
            line(shownPlace, "content.field.label", node.label(), ContentLimits.LABEL, violations);
        }
        text(shownPlace, "content.field.title", node.title(), ContentLimits.TITLE, violations);
        if (node.title().indexOf('\n') >= 0) {
            violations.add(new Violation(shownPlace.get(), LocalizedText.of("content.field",
                    LocalizedText.of("content.field.title"), LocalizedText.of("content.problem.lineBreak"))));
        }
        text(shownPlace, "content.field.text", node.text(), ContentLimits.TEXT, violations);
        if (node.assignments().size() > ContentLimits.UNITS_PER_NODE) {
            violations.add(new Violation(shownPlace.get(), LocalizedText.of("content.problem.tooManyUnitsOnNode",
                    node.assignments().size(), ContentLimits.UNITS_PER_NODE)));
        }
        Set<String> named = new HashSet<>();
        for (Assignment assignment : node.assignments()) {
            String name = assignment.unit().name();
            Supplier<LocalizedText> role = () -> LocalizedText.of("node.units." + assignment.role().name());
            if (!node.kind().takes(assignment.role())) {
                violations.add(new Violation(shownPlace.get(), LocalizedText.of("content.problem.roleMisplaced",
                        role.get(), LocalizedText.of("node.kind." + node.kind().name()))));
            }
            Optional<LocalizedText> nameProblem = ContentMessages.unitNameProblem(name);
            if (nameProblem.isPresent()) {
                violations.add(new Violation(shownPlace.get(), LocalizedText.of("content.unit", role.get(),
                        nameProblem.get())));
            } else if (!named.add(name)) {
                // in either role: a task's unit leads it or is responsible for it, not both
                violations.add(new Violation(shownPlace.get(), LocalizedText.of("content.problem.unitTwice",
                        role.get(), name)));
            }
            units.add(name);
        }
        indicators(shownPlace, node.indicators(), violations);
        for (PlanNode child : node.children()) {
            checkNode(child, place, violations, units);
        }
    }

    private static void indicators(Supplier<String> place, List<Indicator> indicators, List<Violation> violations) {
        if (indicators.size() > ContentLimits.INDICATORS_PER_NODE) {
            violations.add(new Violation(place.get(), LocalizedText.of("content.problem.tooManyIndicators",
                    indicators.size(), ContentLimits.INDICATORS_PER_NODE)));
            return;
        }
        for (Indicator indicator : indicators) {
            text(place, "content.field.indicatorWording", indicator.wording(), ContentLimits.INDICATOR_WORDING, violations);
            line(place, "content.field.measure", indicator.measure(), ContentLimits.MEASURE, violations);
            indicator.targetValue().filter(target -> !fits(target)).ifPresent(target -> violations.add(
                    new Violation(place.get(), LocalizedText.of("content.problem.target", ContentMessages.shown(target.toPlainString()),
                            ContentLimits.TARGET_INTEGER_DIGITS, ContentLimits.TARGET_FRACTION_DIGITS))));
        }
    }

    /** Whether a target has at most the digits the database keeps (it never holds an exponent). */
    public static boolean fits(BigDecimal target) {
        return target.scale() <= ContentLimits.TARGET_FRACTION_DIGITS
                && target.precision() - target.scale() <= ContentLimits.TARGET_INTEGER_DIGITS;
    }

    /** A one-line field (which may be empty): a name-like value. */
    private static void line(Supplier<String> place, String field, String value, int maxLength,
            List<Violation> violations) {
        if (value.isEmpty()) {
            return;
        }
        TextRules.nameProblem(value, maxLength).filter(p -> p != TextRules.Problem.FORMULA).ifPresent(p ->
                violations.add(new Violation(place.get(), LocalizedText.of("content.field",
                        LocalizedText.of(field), ContentMessages.problem(p, maxLength)))));
    }

    private static void text(Supplier<String> place, String field, String value, int maxLength,
            List<Violation> violations) {
        TextRules.textProblem(value, maxLength).ifPresent(p -> violations.add(new Violation(place.get(),
                LocalizedText.of("content.field", LocalizedText.of(field), ContentMessages.problem(p, maxLength)))));
    }

    private static String place(String key) {
        return LocalizedText.of(key).text();
    }

    private static String shownLabel(String label) {
        return label.length() > ContentLimits.LABEL ? ContentMessages.shown(label.substring(0, ContentLimits.LABEL)) + "…"
                : ContentMessages.shown(label);
    }

    private static String excerpt(String title) {
        int end = title.offsetByCodePoints(0, Math.min(12, title.codePointCount(0, title.length())));
        return end < title.length() ? title.substring(0, end) + "…" : title;
    }
}
