package org.kesudesk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a search text finds in a plan: a node whose title or text holds it, or one of whose units' names does. The one
 * rule for the tree's search box and the search of every plan.
 */
public final class PlanSearch {

    /** Characters shown before the text found, at most. */
    private static final int BEFORE = 8;

    private PlanSearch() {
    }

    /** Whether the node, or a unit of it, holds the search text (a blank text matches everything). */
    public static boolean matches(PlanNode node, String query) {
        if (query.isBlank()) {
            return true;
        }
        String q = query.strip().toLowerCase(Locale.ROOT);
        return node.title().toLowerCase(Locale.ROOT).contains(q)
                || node.text().toLowerCase(Locale.ROOT).contains(q)
                || node.assignments().stream().anyMatch(a -> a.unit().name().contains(q));
    }

    /** The plan's nodes the (non-blank) text finds, in the plan's order. */
    public static List<PlanNode> found(PlanDocument plan, String query) {
        List<PlanNode> found = new ArrayList<>();
        if (!query.isBlank()) {
            plan.forEachNode(node -> {
                if (matches(node, query)) {
                    found.add(node);
                }
            });
        }
        return found;
    }

    /**
     * Where in the node the text was found, as a line to show beside it: the words around it in the title or text
     * (a few before, more after, so that a narrow column still shows it), else the unit whose name holds it; the
     * title when nothing does.
     */
    public static String excerpt(PlanNode node, String query, int around) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        for (String text : List.of(node.title(), node.text())) {
            String flat = text.replaceAll("\\s+", " ").strip();
            int at = flat.toLowerCase(Locale.ROOT).indexOf(q);
            if (!q.isEmpty() && at >= 0) {
                int from = Math.max(0, at - Math.min(around, BEFORE));
                int to = Math.min(flat.length(), at + q.length() + around);
                return (from > 0 ? "…" : "") + flat.substring(from, to) + (to < flat.length() ? "…" : "");
            }
        }
        return node.assignments().stream().map(a -> a.unit().name()).filter(name -> !q.isEmpty() && name.contains(q))
                .findFirst().orElse(node.title());
    }
}
