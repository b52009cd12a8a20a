package org.kesudesk.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.kesudesk.model.Assignment;
import org.kesudesk.model.Indicator;
import org.kesudesk.model.Plan;
import org.kesudesk.model.PlanNotice;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.TextRules;
import org.kesudesk.model.Unit;

/**
 * A revised document's plan with the ids of the plan it revises: each node the two documents have in common keeps
 * its id, and so does each unit a common node names in both (in the same role) and each indicator both word alike.
 * A three-way merge then sees what the revision changed — a task reworded, a unit added, a task dropped — and not a
 * new plan beside the old one.
 *
 * <p>Nodes are the same node when they are of one kind under the same node and say the same: the same title, the
 * same text, or, reworded, texts at least half alike (their pairs of adjacent characters, in the first 2,000
 * characters); the most alike pairs are taken first, the nearer in order among equals. A node moved under another
 * parent is where it was if it is the only one of its kind and title (or text) left unpaired on each side, or, moved
 * and reworded, if the two are more alike still (six tenths) and neither is as alike to another left; else it is a
 * node removed and a node added.
 */
public final class PlanRevision {

    /** How alike (Dice coefficient of adjacent character pairs) two reworded nodes must be to be one node. */
    static final double ALIKE = 0.5;
    /** How alike a node moved under another parent and reworded must be to the one it was. */
    static final double MOVED_ALIKE = 0.6;
    /**
     * How many pairs of nodes moved and reworded are compared at most: a revision moves a handful of tasks; a
     * plan rewritten throughout is a new plan, its nodes added and removed.
     */
    private static final int MOVED_COMPARED = 40_000;
    /** How far apart in their lists two reworded nodes may be compared (a list of thousands stays linear). */
    private static final int REACH = 30;
    /** How much of a reworded node's text is compared: its start says what it is about. */
    private static final int COMPARED = 2_000;

    private final UnaryOperator<String> unitName;

    private PlanRevision(UnaryOperator<String> unitName) {
        this.unitName = unitName;
    }

    /**
     * The revised plan with the reference plan's ids where the two agree.
     *
     * @param reference the plan as its earlier document gave it (or as stored, if that was not kept)
     * @param revised   the plan as the revised document gives it, with new ids
     * @param unitName  a unit's name as the catalogue knows it (an alias named as its unit)
     * @return the revised plan: the reference's plan id, region and row version; its period, unless the revision
     *         names none
     */
    public static PlanDocument identified(PlanDocument reference, PlanDocument revised,
                                          UnaryOperator<String> unitName) {
        PlanRevision revision = new PlanRevision(unitName);
        Plan was = reference.plan();
        Plan is = revised.plan();
        PlanNotice notice = new PlanNotice(worded(was.docNumber(), is.docNumber()), worded(was.title(), is.title()),
                worded(was.addressees(), is.addressees()), worded(was.noticeBody(), is.noticeBody()),
                worded(was.issuer(), is.issuer()), is.issueDate(), worded(was.annotation(), is.annotation()),
                worded(was.copiedTo(), is.copiedTo()), worded(was.printedBy(), is.printedBy()), is.printedDate());
        Plan header = new Plan(was.id(), was.regionId(), is.period().isPresent() ? is.period() : was.period(),
                notice, worded(was.planTitle(), is.planTitle()), worded(was.goalText(), is.goalText()),
                was.rowVersion());
        revision.pair(reference.sections(), revised.sections());
        revision.pairMoved();
        return new PlanDocument(header, revision.indicators(reference.goalIndicators(), revised.goalIndicators()),
                revision.built(revised.sections()));
    }

    /** Each node of the revision and the earlier node it is, by the identity of the revision's node. */
    private final Map<PlanNode, PlanNode> pairs = new java.util.IdentityHashMap<>();
    /** The earlier nodes paired with one of the revision's. */
    private final Set<PlanNode> paired = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** The nodes paired with none under their parents, in document order: a task moved to another action. */
    private final List<PlanNode> unpairedBefore = new ArrayList<>();
    private final List<PlanNode> unpairedAfter = new ArrayList<>();
    /** Of those, the ones whose parents are paired: the tops of what moved. */
    private final List<PlanNode> topsBefore = new ArrayList<>();
    private final List<PlanNode> topsAfter = new ArrayList<>();

    /** Pairs the children of two nodes that are one, and theirs in turn; the others are kept for {@link #pairMoved}. */
    private void pair(List<PlanNode> before, List<PlanNode> after) {
        int[] match = matches(before, after);
        boolean[] taken = new boolean[before.size()];
        for (int i = 0; i < after.size(); i++) {
            if (match[i] >= 0) {
                taken[match[i]] = true;
                pairs.put(after.get(i), before.get(match[i]));
                paired.add(before.get(match[i]));
                pair(before.get(match[i]).children(), after.get(i).children());
            } else {
                after.get(i).forEachNode(unpairedAfter::add);
                topsAfter.add(after.get(i));
            }
        }
        for (int j = 0; j < before.size(); j++) {
            if (!taken[j]) {
                before.get(j).forEachNode(unpairedBefore::add);
                topsBefore.add(before.get(j));
            }
        }
    }

    /**
     * Pairs a node moved under another parent with where it was: of one kind, the same title (else the same text),
     * the only such node left unpaired on each side; its children then as any node's.
     */
    private void pairMoved() {
        Map<String, List<PlanNode>> left = new HashMap<>();
        for (PlanNode node : unpairedBefore) {
            keys(node).forEach(key -> left.computeIfAbsent(key, k -> new ArrayList<>()).add(node));
        }
        // how many of the revision's unpaired nodes say each: one moved node, not one of several alike
        Map<String, Integer> saying = new HashMap<>();
        List<PlanNode> after = List.copyOf(unpairedAfter);
        after.forEach(node -> keys(node).forEach(key -> saying.merge(key, 1, Integer::sum)));
        for (PlanNode node : after) {
            if (pairs.containsKey(node)) {
                continue;
            }
            for (String key : keys(node)) {
                if (saying.get(key) != 1) {
                    continue;
                }
                List<PlanNode> same = left.getOrDefault(key, List.of()).stream().filter(n -> !paired.contains(n))
                        .toList();
                if (same.size() == 1) {
                    pairs.put(node, same.get(0));
                    paired.add(same.get(0));
                    pair(same.get(0).children(), node.children());
                    break;
                }
            }
        }
        pairMovedAndReworded();
    }

    /**
     * Pairs a node moved under another parent and reworded with where it was: of one kind, at least
     * {@link #MOVED_ALIKE} alike, the most alike pairs first, and neither as alike to another node left. Only the
     * tops of what is left unpaired, none of whose nodes the passes before paired.
     */
    private void pairMovedAndReworded() {
        List<PlanNode> before = topsBefore.stream().filter(this::untouched).toList();
        List<PlanNode> after = topsAfter.stream().filter(this::untouched).toList();
        if (before.isEmpty() || after.isEmpty() || (long) before.size() * after.size() > MOVED_COMPARED) {
            return;
        }
        List<Set<Integer>> pairsBefore = before.stream().map(PlanRevision::pairsOf).toList();
        List<double[]> alike = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            Set<Integer> a = pairsOf(after.get(i));
            for (int j = 0; j < before.size(); j++) {
                if (before.get(j).kind() == after.get(i).kind()) {
                    double value = dice(a, pairsBefore.get(j));
                    if (value >= MOVED_ALIKE) {
                        alike.add(new double[] {value, i, j});
                    }
                }
            }
        }
        alike.sort(Comparator.comparingDouble(p -> -p[0]));
        boolean[] takenAfter = new boolean[after.size()];
        boolean[] takenBefore = new boolean[before.size()];
        for (int k = 0; k < alike.size(); k++) {
            double[] pair = alike.get(k);
            int i = (int) pair[1];
            int j = (int) pair[2];
            if (takenAfter[i] || takenBefore[j]) {
                continue;
            }
            takenAfter[i] = true;
            takenBefore[j] = true;
            // as alike to another node still left: which one it was is a guess, so neither is paired
            boolean tie = alike.stream().skip(k + 1).takeWhile(p -> p[0] == pair[0])
                    .anyMatch(p -> (int) p[1] == i && !takenBefore[(int) p[2]]
                            || (int) p[2] == j && !takenAfter[(int) p[1]]);
            if (!tie) {
                pairs.put(after.get(i), before.get(j));
                paired.add(before.get(j));
                pair(before.get(j).children(), after.get(i).children());
            }
        }
    }

    /** Whether neither the node nor any under it is paired yet. */
    private boolean untouched(PlanNode node) {
        boolean[] touched = {false};
        node.forEachNode(n -> touched[0] |= pairs.containsKey(n) || paired.contains(n));
        return !touched[0];
    }

    /** What pairs a moved node: its kind with its title, and its kind with its text (where not blank). */
    private static List<String> keys(PlanNode node) {
        List<String> keys = new ArrayList<>(2);
        if (!node.title().isBlank()) {
            keys.add(node.kind() + "\u0000title\u0000" + node.title().strip());
        }
        if (!node.text().isBlank()) {
            keys.add(node.kind() + "\u0000text\u0000" + node.text().strip());
        }
        return keys;
    }

    /** The revision's wording, or the earlier one where the two differ only in spaces and line breaks. */
    private static String worded(String before, String after) {
        return TextRules.sameWording(before, after) ? before : after;
    }

    /** The revision's nodes with the ids of the earlier nodes they are, their units named as the catalogue does. */
    private List<PlanNode> built(List<PlanNode> after) {
        List<PlanNode> result = new ArrayList<>(after.size());
        for (PlanNode node : after) {
            PlanNode was = pairs.get(node);
            result.add(was == null
                    ? new PlanNode(node.id(), node.kind(), node.label(), node.title(), node.text(),
                            assignments(List.of(), node.assignments()), node.indicators(), built(node.children()),
                            node.rowVersion())
                    : new PlanNode(was.id(), node.kind(), node.label(), worded(was.title(), node.title()),
                            worded(was.text(), node.text()), assignments(was.assignments(), node.assignments()),
                            indicators(was.indicators(), node.indicators()), built(node.children()),
                            was.rowVersion()));
        }
        return result;
    }

    /** For each node after, the index of the node before that it is, or -1. */
    private static int[] matches(List<PlanNode> before, List<PlanNode> after) {
        int[] match = new int[after.size()];
        java.util.Arrays.fill(match, -1);
        boolean[] taken = new boolean[before.size()];
        // the same title, then the same text: found by hash, in order
        Map<String, List<Integer>> byTitle = new HashMap<>();
        Map<String, List<Integer>> byText = new HashMap<>();
        for (int j = 0; j < before.size(); j++) {
            PlanNode node = before.get(j);
            byTitle.computeIfAbsent(node.kind() + "\u0000" + node.title().strip(), k -> new ArrayList<>()).add(j);
            byText.computeIfAbsent(node.kind() + "\u0000" + node.text().strip(), k -> new ArrayList<>()).add(j);
        }
        for (Map<String, List<Integer>> same : List.of(byTitle, byText)) {
            for (int i = 0; i < after.size(); i++) {
                if (match[i] >= 0) {
                    continue;
                }
                PlanNode node = after.get(i);
                String key = node.kind() + "\u0000" + (same == byTitle ? node.title() : node.text()).strip();
                if (same == byTitle && node.title().isBlank() || same == byText && node.text().isBlank()) {
                    continue;
                }
                for (int j : same.getOrDefault(key, List.of())) {
                    if (!taken[j]) {
                        match[i] = j;
                        taken[j] = true;
                        break;
                    }
                }
            }
        }
        // reworded: the most alike pairs first, the nearer in order among equals
        List<double[]> pairs = new ArrayList<>();
        Map<Integer, Set<Integer>> pairsBefore = new HashMap<>();
        for (int i = 0; i < after.size(); i++) {
            if (match[i] >= 0) {
                continue;
            }
            Set<Integer> a = pairsOf(after.get(i));
            for (int j = Math.max(0, i - REACH); j < Math.min(before.size(), i + REACH + 1); j++) {
                if (taken[j] || before.get(j).kind() != after.get(i).kind()) {
                    continue;
                }
                Set<Integer> b = pairsBefore.computeIfAbsent(j, k -> pairsOf(before.get(k)));
                double alike = dice(a, b);
                if (alike >= ALIKE) {
                    pairs.add(new double[] {alike, i, j});
                }
            }
        }
        pairs.sort(Comparator.<double[]>comparingDouble(p -> -p[0]).thenComparingDouble(p -> Math.abs(p[1] - p[2])));
        for (double[] pair : pairs) {
            int i = (int) pair[1];
            int j = (int) pair[2];
            if (match[i] < 0 && !taken[j]) {
                match[i] = j;
                taken[j] = true;
            }
        }
        return match;
    }

    /** The node's pairs of adjacent characters (its title and the start of its text), as numbers. */
    private static Set<Integer> pairsOf(PlanNode node) {
        return pairsOf(node.title() + "\n" + node.text().substring(0, Math.min(node.text().length(), COMPARED)));
    }

    /** A text's pairs of adjacent characters, as numbers. */
    private static Set<Integer> pairsOf(String text) {
        Set<Integer> pairs = new HashSet<>();
        for (int k = 0; k + 1 < text.length(); k++) {
            pairs.add(text.charAt(k) << 16 | text.charAt(k + 1));
        }
        return pairs;
    }

    private static double dice(Set<Integer> a, Set<Integer> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<Integer> smaller = a.size() <= b.size() ? a : b;
        Set<Integer> larger = smaller == a ? b : a;
        long common = smaller.stream().filter(larger::contains).count();
        return 2.0 * common / (a.size() + b.size());
    }

    /** The revised node's units, each named in the same role before keeping its id. */
    private List<Assignment> assignments(List<Assignment> before, List<Assignment> after) {
        List<Assignment> left = new ArrayList<>(before);
        List<Assignment> result = new ArrayList<>(after.size());
        for (Assignment assignment : after) {
            Unit read = assignment.unit();
            String name = unitName.apply(read.name());
            Unit unit = new Unit(read.id(), name, read.kind(), read.precedence(), read.rowVersion());
            Assignment was = left.stream().filter(a -> a.role() == assignment.role()
                    && unitName.apply(a.unit().name()).equals(name)).findFirst().orElse(null);
            if (was == null) {
                result.add(new Assignment(assignment.id(), unit, assignment.role(), assignment.rowVersion()));
            } else {
                left.remove(was);
                result.add(new Assignment(was.id(), unit, assignment.role(), was.rowVersion()));
            }
        }
        return result;
    }

    /**
     * The revised indicators, each that is one before keeping its id (and so the values recorded for it): worded
     * alike, else reworded — a target raised, 每年培训100名 → 200名 — the most alike left, at least {@link #ALIKE}.
     */
    private List<Indicator> indicators(List<Indicator> before, List<Indicator> after) {
        List<Indicator> left = new ArrayList<>(before);
        Indicator[] was = new Indicator[after.size()];
        for (int i = 0; i < after.size(); i++) {
            Indicator indicator = after.get(i);
            was[i] = left.stream().filter(one -> TextRules.sameWording(one.wording(), indicator.wording()))
                    .findFirst().orElse(null);
            left.remove(was[i]);
        }
        for (int i = 0; i < after.size(); i++) {
            if (was[i] != null) {
                continue;
            }
            Set<Integer> wording = pairsOf(after.get(i).wording());
            Indicator alike = left.stream().filter(one -> dice(wording, pairsOf(one.wording())) >= ALIKE)
                    .max(Comparator.comparingDouble(one -> dice(wording, pairsOf(one.wording())))).orElse(null);
            was[i] = alike;
            left.remove(alike);
        }
        List<Indicator> result = new ArrayList<>(after.size());
        for (int i = 0; i < after.size(); i++) {
            Indicator indicator = after.get(i);
            result.add(was[i] == null ? indicator : new Indicator(was[i].id(), worded(was[i].wording(),
                    indicator.wording()), indicator.targetValue(), indicator.measure(), indicator.period(),
                    was[i].rowVersion()));
        }
        return result;
    }
}
