package org.kesudesk.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kesudesk.model.PlanNode;

/**
 * Which item and task of a plan's body each item and task of its attached division table (分工表) is, for a plan whose
 * body names no units and whose 附件 gives them. An item is found by its title (the one holding the other, as 实施青少年
 * 科学素质提升行动 holds 青少年科学素质提升行动), else by its place where both list as many items; a task within its
 * item's by its title (a table's cell may hold the title, the title cut short, or the whole text), else by its place
 * where both list as many tasks and the titles found agree with the places; a task in no item found, by its title
 * across the plan. What is found by nothing is not guessed.
 */
final class AttachedDivision {

    /**
     * Past this many comparisons in all, only titles written alike are compared: a real plan needs some tens of
     * thousands, one at the limits could take seconds.
     */
    private static final long SCAN_LIMIT = 200_000;
    /** The shortest title that is compared by one holding the other: shorter ones are held by too many. */
    private static final int SHORTEST_HELD = 4;
    /** The shortest cell looked for inside a task's whole text. */
    private static final int SHORTEST_IN_TEXT = 6;

    private final Map<PlanNode, PlanNode> matched = new IdentityHashMap<>();
    private final Set<PlanNode> taken = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The comparisons allowed so far. */
    private long scans;
    /** The keys of the nodes' titles and of their texts, each made once. */
    private final Map<PlanNode, String> titleKeys = new IdentityHashMap<>();
    private final Map<PlanNode, String> textKeys = new IdentityHashMap<>();

    private AttachedDivision() {
    }

    /** For each item and task of the attachment found in the body, the body's node. */
    static Map<PlanNode, PlanNode> match(List<PlanNode> bodySections, List<PlanNode> attachedSections) {
        AttachedDivision division = new AttachedDivision();
        List<PlanNode> bodyItems = items(bodySections);
        List<PlanNode> rowItems = items(attachedSections);
        division.pair(rowItems, bodyItems);
        List<PlanNode> rowsLeft = new ArrayList<>();
        for (PlanNode rowItem : rowItems) {
            PlanNode item = division.matched.get(rowItem);
            if (item != null) {
                division.pair(tasks(rowItem), tasks(item));
            }
            tasks(rowItem).stream().filter(row -> !division.matched.containsKey(row)).forEach(rowsLeft::add);
        }
        List<PlanNode> tasksLeft = new ArrayList<>();
        bodyItems.forEach(item -> tasks(item).stream().filter(task -> !division.taken.contains(task))
                .forEach(tasksLeft::add));
        division.pair(rowsLeft, tasksLeft);
        return division.matched;
    }

    /**
     * Pairs rows with nodes: by title first; then, if both lists are as long and every pair found by title is at
     * one place in both, the rest by place.
     */
    private void pair(List<PlanNode> rows, List<PlanNode> nodes) {
        Map<PlanNode, Integer> places = new IdentityHashMap<>();
        Map<String, List<PlanNode>> byKey = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            places.put(nodes.get(i), i);
            byKey.computeIfAbsent(titleKey(nodes.get(i)), k -> new ArrayList<>()).add(nodes.get(i));
        }
        boolean scan = scans + (long) rows.size() * nodes.size() <= SCAN_LIMIT;
        if (scan) {
            scans += (long) rows.size() * nodes.size();
        }
        boolean inPlace = rows.size() == nodes.size();
        for (int i = 0; i < rows.size(); i++) {
            PlanNode row = rows.get(i);
            if (matched.containsKey(row)) {
                continue;
            }
            PlanNode found = alike(byKey.getOrDefault(titleKey(row), List.of()));
            if (found == null && scan) {
                found = nearest(row, nodes);
            }
            if (found != null) {
                matched.put(row, found);
                taken.add(found);
                inPlace &= places.get(found) == i;
            }
        }
        if (!inPlace) {
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (!matched.containsKey(rows.get(i)) && !taken.contains(nodes.get(i))) {
                matched.put(rows.get(i), nodes.get(i));
                taken.add(nodes.get(i));
            }
        }
    }

    private PlanNode alike(List<PlanNode> candidates) {
        return candidates.stream().filter(node -> !taken.contains(node)).findFirst().orElse(null);
    }

    /** The first node not taken whose title holds the row's (or is held by it), else whose text holds it. */
    private PlanNode nearest(PlanNode row, List<PlanNode> nodes) {
        String cell = titleKey(row);
        if (cell.length() < SHORTEST_HELD) {
            return null;
        }
        PlanNode inText = null;
        for (PlanNode node : nodes) {
            if (taken.contains(node)) {
                continue;
            }
            String title = titleKey(node);
            if (title.length() >= SHORTEST_HELD && (title.contains(cell) || cell.contains(title))) {
                return node;
            }
            if (inText == null && cell.length() >= SHORTEST_IN_TEXT
                    && textKeys.computeIfAbsent(node, n -> key(n.text())).contains(cell)) {
                inText = node;
            }
        }
        return inText;
    }

    private String titleKey(PlanNode node) {
        return titleKeys.computeIfAbsent(node, n -> key(n.title()));
    }

    /** A title as compared: its letters and digits, without the punctuation and spaces offices vary in. */
    static String key(String text) {
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // a surrogate half is kept: a character outside the BMP is no punctuation offices vary in
            if (Character.isLetterOrDigit(c) || Character.isSurrogate(c)) {
                key.append(c);
            }
        }
        return key.toString();
    }

    private static List<PlanNode> items(List<PlanNode> sections) {
        List<PlanNode> items = new ArrayList<>();
        sections.forEach(section -> section.children().stream().filter(node -> node.kind().isItem())
                .forEach(items::add));
        return items;
    }

    /** An item's tasks and their sub-tasks, in document order. */
    static List<PlanNode> tasks(PlanNode item) {
        List<PlanNode> tasks = new ArrayList<>();
        item.children().forEach(child -> child.forEachNode(node -> {
            if (node.kind().isTask()) {
                tasks.add(node);
            }
        }));
        return tasks;
    }
}
