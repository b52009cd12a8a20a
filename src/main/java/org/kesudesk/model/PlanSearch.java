package org.kesudesk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a search text finds in a plan: a node whose title or text holds it, or one of whose units' names does. The one
 * rule for the tree's search box and the search of every plan. Text is compared as a reader sees it, not as it was
 * keyed: full-width letters and digits as half-width (５Ｇ is 5G, as an input method in 全角 types it), capitals as
 * small, and spaces not at all (a document's 信息化 2.0 is found by 信息化2.0).
 */
public final class PlanSearch {

    /** Characters shown before the text found, at most. */
    private static final int BEFORE = 8;

    private PlanSearch() {
    }

    /** Whether the node, or a unit of it, holds the search text (a blank text matches everything). */
    public static boolean matches(PlanNode node, String query) {
        return holds(node, comparable(query).text());
    }

    /** The plan's nodes the (non-blank) text finds, in the plan's order. */
    public static List<PlanNode> found(PlanDocument plan, String query) {
        String q = comparable(query).text();
        List<PlanNode> found = new ArrayList<>();
        if (!q.isEmpty()) {
            plan.forEachNode(node -> {
                if (holds(node, q)) {
                    found.add(node);
                }
            });
        }
        return found;
    }

    /** Whether the node holds the text, made comparable already (an empty one everywhere). */
    private static boolean holds(PlanNode node, String q) {
        return q.isEmpty() || comparable(node.title()).text().contains(q) || comparable(node.text()).text().contains(q)
                || node.assignments().stream().anyMatch(a -> comparable(a.unit().name()).text().contains(q));
    }

    /**
     * Where in the node the text was found, as a line to show beside it: the words around it in the title or text
     * as written (a few before, more after, so that a narrow column still shows it), else the unit whose name holds
     * it; the title when nothing does.
     */
    public static String excerpt(PlanNode node, String query, int around) {
        String q = comparable(query).text();
        for (String text : List.of(node.title(), node.text())) {
            String flat = text.replaceAll("\\s+", " ").strip();
            Comparable compared = comparable(flat);
            int at = q.isEmpty() ? -1 : compared.text().indexOf(q);
            if (at >= 0) {
                int start = compared.source()[at];
                int end = compared.source()[at + q.length() - 1] + 1;
                int from = Math.max(0, start - Math.min(around, BEFORE));
                int to = Math.min(flat.length(), end + around);
                return (from > 0 ? "…" : "") + flat.substring(from, to) + (to < flat.length() ? "…" : "");
            }
        }
        return node.assignments().stream().map(a -> a.unit().name())
                .filter(name -> !q.isEmpty() && comparable(name).text().contains(q)).findFirst().orElse(node.title());
    }

    /** A text as compared, and for each of its characters the index in the text as written it came from. */
    private record Comparable(String text, int[] source) {
    }

    /**
     * Full-width forms of ASCII (Ｇ ５ （ ： ，) as ASCII, capitals as small, spaces of any width left out; every other
     * character as written. Linear, without allocation per character: run for every node at each key typed.
     */
    private static Comparable comparable(String written) {
        StringBuilder text = new StringBuilder(written.length());
        int[] source = new int[written.length()];
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
                c = (char) (c - FULL_WIDTH_OFFSET);
            }
            source[text.length()] = i;
            text.append(Character.toLowerCase(c));
        }
        return new Comparable(text.toString(), source);
    }

    /** The full-width forms of ASCII's ! to ~, and how far they are from them. */
    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;
}
