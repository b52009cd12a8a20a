package org.kesudesk.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.kesudesk.l10n.Messages;
import org.kesudesk.model.Assignment;
import org.kesudesk.model.Indicator;
import org.kesudesk.model.NodeKind;
import org.kesudesk.model.Plan;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Role;

/**
 * The three-way merge of an imported plan: the plan as it was at the last exchange with the other office (base),
 * as it is here (mine) and as the file has it (theirs). Each row (the plan's header, a node, an assignment, an
 * indicator) is compared by its id: a row changed on one side only takes that side's version; a row changed on
 * both sides differently is a conflict, settled by the user's choice (mine unless chosen otherwise). A row added
 * here since the last exchange stays. Nothing that a kept row needs is removed: a task the file removes stays if
 * something kept hangs under it. Sibling order follows the side that reordered; the other side's new rows go after
 * the row they followed there.
 */
public final class PlanMerge {

    /** What a row is. */
    public enum RowKind { HEADER, NODE, ASSIGNMENT, INDICATOR }

    /** What will happen to a row here. */
    public enum ChangeType { ADDED, CHANGED, REMOVED }

    /** Which side a conflict is settled for. */
    public enum Choice { MINE, THEIRS }

    /**
     * A row that the import changes here.
     *
     * @param subject what the row belongs to, for people (the task's label and title; the plan's title)
     * @param before  the row as it is here, for people; empty if added
     * @param after   the row as it will be; empty if removed
     */
    public record RowChange(ChangeType type, RowKind kind, UUID id, String subject, Optional<String> before,
                            Optional<String> after) {
    }

    /**
     * A row both sides changed differently since the last exchange; empty text means that side removed it.
     */
    public record Conflict(RowKind kind, UUID id, String subject, Optional<String> mine, Optional<String> theirs,
                           Choice choice) {
    }

    /**
     * The merged plan and what it changes here.
     *
     * @param reorderedLists the lists (children of a node, units of a task) whose order changes here
     */
    public record Result(PlanDocument merged, List<RowChange> changes, List<Conflict> conflicts,
                         int reorderedLists) {
        public boolean changesNothing() {
            return changes.isEmpty() && reorderedLists == 0;
        }

        /** Every conflict settled for one side (the command line's {@code --conflicts mine|theirs}). */
        public Map<UUID, Choice> everyConflict(Choice choice) {
            Map<UUID, Choice> all = new java.util.HashMap<>();
            conflicts.forEach(conflict -> all.put(conflict.id(), choice));
            return all;
        }

        public long count(RowKind kind, ChangeType type) {
            return changes.stream().filter(c -> c.kind() == kind && c.type() == type).count();
        }

        /** What the merge changes, for people: a line for each kind of row changed, and the reordered lists. */
        public List<String> summary() {
            if (changesNothing()) {
                // rows both offices changed are listed after this line: not "the same" then
                return List.of(conflicts.isEmpty() ? Messages.get("exchange.summary.none")
                        : Messages.get("exchange.summary.onlyConflicts", conflicts.size()));
            }
            List<String> lines = new ArrayList<>();
            for (RowKind kind : RowKind.values()) {
                long added = count(kind, ChangeType.ADDED);
                long changed = count(kind, ChangeType.CHANGED);
                long removed = count(kind, ChangeType.REMOVED);
                if (added + changed + removed > 0) {
                    lines.add(Messages.get("exchange.summary.counts", Messages.get("exchange.row." + kind.name()),
                            added, changed, removed));
                }
            }
            if (reorderedLists > 0) {
                lines.add(Messages.get("exchange.summary.reordered", reorderedLists));
            }
            return lines;
        }
    }

    private PlanMerge() {
    }

    /**
     * Merges.
     *
     * @param base    the plan as last exchanged with the other office; empty if it never was
     * @param mine    the plan as stored here; empty if this office does not have it yet
     * @param theirs  the plan in the file
     * @param choices how conflicts are settled, by row id; a conflict not in it keeps mine
     */
    public static Result merge(Optional<PlanDocument> base, Optional<PlanDocument> mine, PlanDocument theirs,
                               Map<UUID, Choice> choices) {
        if (base.isEmpty() && mine.isEmpty()) {
            // nothing here and nothing exchanged before: the plan is the file's, every row added (a county's first
            // file from the city, or the city's first from a county; a plan at the limits was rebuilt row by row)
            Rows t = Rows.of(theirs);
            return new Result(theirs, changes(Rows.EMPTY, t), List.of(), reordered(Rows.EMPTY, t));
        }
        if (base.isPresent() && mine.isPresent() && sameAsExchanged(base.get(), theirs)) {
            // the file changed nothing since the version this office had: every row is mine, nothing changes (a
            // county's quarterly file whose plan is the one the city has, which carries only progress)
            return new Result(mine.get(), List.of(), List.of(), 0);
        }
        Rows b = base.map(Rows::of).orElse(Rows.EMPTY);
        Rows l = mine.map(Rows::of).orElse(Rows.EMPTY);
        Rows t = Rows.of(theirs);

        Map<UUID, Row> merged = new LinkedHashMap<>(Rows.capacity(Math.max(t.rows.size(), l.rows.size())));
        List<Conflict> conflicts = new ArrayList<>();
        // every row of any side once, theirs first (a set of the three would hash 360,000 ids at the limits)
        List<UUID> ids = new ArrayList<>(t.rows.keySet());
        l.rows.keySet().stream().filter(id -> !t.rows.containsKey(id)).forEach(ids::add);
        b.rows.keySet().stream().filter(id -> !t.rows.containsKey(id) && !l.rows.containsKey(id)).forEach(ids::add);
        for (UUID id : ids) {
            Row baseRow = b.rows.get(id);
            Row mineRow = l.rows.get(id);
            Row theirsRow = t.rows.get(id);
            Object cb = content(baseRow);
            Object cl = content(mineRow);
            Object ct = content(theirsRow);
            Row pick;
            if (Objects.equals(cl, ct) || Objects.equals(ct, cb)) {
                pick = mineRow;
            } else if (Objects.equals(cl, cb)) {
                pick = theirsRow;
            } else {
                Choice choice = choices.getOrDefault(id, Choice.MINE);
                Row either = mineRow != null ? mineRow : theirsRow;
                conflicts.add(new Conflict(either.kind(), id, either.subject(), display(mineRow),
                        display(theirsRow), choice));
                pick = choice == Choice.MINE ? mineRow : theirsRow;
            }
            if (pick != null) {
                merged.put(id, pick);
            }
        }
        keepWhatKeptRowsNeed(merged, l, t);

        PlanDocument document = build(merged, b, l, t);
        Rows result = Rows.of(document);
        return new Result(document, changes(l, result), conflicts, reordered(l, result));
    }

    /**
     * Whether two plans are the same as exchange files write them: equal in everything but their units' ids. A plan
     * read from a file names its units, which are given ids of their own each time it is read (the catalogue they
     * are stored in decides theirs), so that two readings of one plan were never equal, and a county's quarterly
     * file at the limits, which changes nothing, was merged row by row (1.6 s).
     */
    static boolean sameAsExchanged(PlanDocument a, PlanDocument b) {
        return a.plan().equals(b.plan()) && a.goalIndicators().equals(b.goalIndicators())
                && same(a.sections(), b.sections(), PlanMerge::sameNode);
    }

    private static boolean sameNode(PlanNode x, PlanNode y) {
        return x.id().equals(y.id()) && x.kind() == y.kind() && x.rowVersion() == y.rowVersion()
                && x.label().equals(y.label()) && x.title().equals(y.title()) && x.text().equals(y.text())
                && x.indicators().equals(y.indicators()) && same(x.assignments(), y.assignments(),
                PlanMerge::sameAssignment) && same(x.children(), y.children(), PlanMerge::sameNode);
    }

    /** The same assignment, its unit the same by what a file says of it: its name and place in the listing. */
    private static boolean sameAssignment(Assignment x, Assignment y) {
        return x.id().equals(y.id()) && x.role() == y.role() && x.rowVersion() == y.rowVersion()
                && x.unit().name().equals(y.unit().name()) && x.unit().precedence() == y.unit().precedence();
    }

    private static <T> boolean same(List<T> a, List<T> b, java.util.function.BiPredicate<T, T> same) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i) && !same.test(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * What a plan changed here would change, with nothing of another office's to merge: every change taken, as
     * {@link #merge} with this plan as both base and mine gives, the changed plan kept as it is (a ledger fills the
     * plan's own nodes and lists, so nothing needs placing). Half the work of a merge: a ledger at the limits
     * (20,000 nodes) is compared, not merged.
     */
    public static Result compare(PlanDocument mine, PlanDocument changed) {
        Rows l = Rows.of(mine);
        Rows t = Rows.of(changed);
        return new Result(changed, changes(l, t), List.of(), reordered(l, t));
    }

    /** A row whose node (or parent) is gone brings it back: a task removed there keeps what was added here. */
    private static void keepWhatKeptRowsNeed(Map<UUID, Row> merged, Rows mine, Rows theirs) {
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Row row : List.copyOf(merged.values())) {
                if (row.owner != null && !merged.containsKey(row.owner)) {
                    Row owner = mine.rows.getOrDefault(row.owner, theirs.rows.get(row.owner));
                    if (owner != null) {
                        merged.put(owner.id, owner);
                        grew = true;
                    }
                }
            }
        }
    }

    private static PlanDocument build(Map<UUID, Row> merged, Rows base, Rows mine, Rows theirs) {
        Map<ListKey, List<UUID>> members = new HashMap<>();
        Parts parts = new Parts(new HashMap<>(), new HashMap<>(), new HashMap<>(), new ArrayList<>(1));
        for (Row row : merged.values()) {
            row.value().collect(row.id(), parts);
            if (row.list() != null) {
                members.computeIfAbsent(row.list(), k -> new ArrayList<>()).add(row.id);
            }
        }
        if (parts.header().isEmpty()) {
            throw new IllegalStateException("a merged plan has its header");
        }
        Builder builder = new Builder(parts, members, base, mine, theirs);
        List<PlanNode> sections = builder.ordered(new ListKey(ListKind.CHILDREN, null, null)).stream()
                .map(id -> builder.node(id, parts.nodes().get(id).label())).toList();
        List<Indicator> goals = builder.ordered(new ListKey(ListKind.INDICATORS, null, null)).stream()
                .map(parts.indicators()::get).toList();
        return new PlanDocument(parts.header().get(0), goals, sections);
    }

    /** The merged rows' values by kind, to build the plan from. */
    private record Parts(Map<UUID, PlanNode> nodes, Map<UUID, Assignment> assignments,
                         Map<UUID, Indicator> indicators, List<Plan> header) {
    }

    private record Builder(Parts parts, Map<ListKey, List<UUID>> members, Rows base, Rows mine, Rows theirs) {

        PlanNode node(UUID id, String label) {
            PlanNode node = parts.nodes().get(id);
            List<Assignment> assignments = new ArrayList<>();
            Set<String> units = new HashSet<>();
            for (Role role : Role.values()) {
                for (UUID assignmentId : ordered(new ListKey(ListKind.UNITS, role, id))) {
                    Assignment assignment = parts.assignments().get(assignmentId);
                    // both offices may have given a task the same unit: it is listed once, in one role — the
                    // lead, if one office made it the task's lead (a task's leads come first)
                    if (units.add(assignment.unit().name())) {
                        assignments.add(assignment);
                    }
                }
            }
            List<Indicator> indicators = ordered(new ListKey(ListKind.INDICATORS, null, id)).stream()
                    .map(parts.indicators()::get).toList();
            List<UUID> childIds = ordered(new ListKey(ListKind.CHILDREN, null, id));
            List<PlanNode> children = new ArrayList<>();
            for (int i = 0; i < childIds.size(); i++) {
                UUID child = childIds.get(i);
                children.add(node(child, node.kind().numbersChildrenByPosition() ? String.valueOf(i + 1)
                        : parts.nodes().get(child).label()));
            }
            return new PlanNode(id, node.kind(), label, node.title(), node.text(), assignments, indicators,
                    children, node.rowVersion());
        }

        /** The members of a list in order: the order of the side that reordered, the other side's rows fitted in. */
        List<UUID> ordered(ListKey key) {
            Set<UUID> survivors = new LinkedHashSet<>(members.getOrDefault(key, List.of()));
            List<UUID> b = base.orders.get(key);
            List<UUID> l = mine.orders.get(key);
            List<UUID> t = theirs.orders.get(key);
            boolean takeTheirs = l == null || (reordered(b, t) && !reordered(b, l));
            List<UUID> primary = takeTheirs ? t : l;
            List<UUID> secondary = takeTheirs ? l : t;
            List<UUID> result = new ArrayList<>();
            // what is in the result, asked of a set: an item's thousand tasks asked of the list took a million steps
            Set<UUID> placed = new HashSet<>();
            if (primary != null) {
                primary.stream().filter(survivors::contains).forEach(id -> {
                    result.add(id);
                    placed.add(id);
                });
            }
            if (secondary != null) {
                for (int i = 0; i < secondary.size(); i++) {
                    UUID id = secondary.get(i);
                    if (survivors.contains(id) && !placed.contains(id)) {
                        int at = 0;
                        for (int p = i - 1; p >= 0; p--) {
                            if (placed.contains(secondary.get(p))) {
                                at = result.indexOf(secondary.get(p)) + 1;
                                break;
                            }
                        }
                        result.add(at, id);
                        placed.add(id);
                    }
                }
            }
            survivors.stream().filter(id -> !placed.contains(id)).forEach(result::add);
            return result;
        }

        /** Whether a side changed the relative order of the rows it shares with the base. */
        private static boolean reordered(List<UUID> base, List<UUID> side) {
            if (base == null || side == null) {
                return false;
            }
            Set<UUID> inBase = new HashSet<>(base);
            Set<UUID> inSide = new HashSet<>(side);
            return !side.stream().filter(inBase::contains).toList()
                    .equals(base.stream().filter(inSide::contains).toList());
        }
    }

    private static List<RowChange> changes(Rows mine, Rows merged) {
        List<RowChange> changes = new ArrayList<>();
        for (Row row : merged.rows.values()) {
            Row before = mine.rows.get(row.id);
            if (before == null) {
                changes.add(new RowChange(ChangeType.ADDED, row.kind(), row.id, row.subject(), Optional.empty(),
                        Optional.of(row.display())));
            } else if (!before.content.equals(row.content)) {
                String was = before.display();
                String is = row.display();
                if (before.value() instanceof HeaderValue old && row.value() instanceof HeaderValue now
                        && was.equals(is)) {
                    // the 文号 and title the same: the fields that changed (通知正文, 抄送机关 …), or nothing to see
                    List<String> fields = headerFields(old.plan(), now.plan());
                    was = fields.get(0);
                    is = fields.get(1);
                } else if (before.value() instanceof NodeValue oldNode && row.value() instanceof NodeValue nowNode) {
                    // a task's text of hundreds of characters: where it changed, not its start twice
                    PlanNode old = oldNode.node();
                    PlanNode now = nowNode.node();
                    boolean retitled = was.equals(is) && !old.title().equals(now.title());
                    String[] shown = retitled ? excerpts(old.title(), now.title()) : excerpts(was, is);
                    was = shown[0];
                    is = shown[1];
                }
                changes.add(new RowChange(ChangeType.CHANGED, row.kind(), row.id, row.subject(), Optional.of(was),
                        Optional.of(is)));
            }
        }
        for (Row row : mine.rows.values()) {
            if (!merged.rows.containsKey(row.id)) {
                changes.add(new RowChange(ChangeType.REMOVED, row.kind(), row.id, row.subject(),
                        Optional.of(row.display()), Optional.empty()));
            }
        }
        return changes;
    }

    /** How much of a long field's text a change shows, around where the two differ. */
    private static final int SHOWN = 40;

    /** A plan header's fields that differ, each named (通知正文：…), before and after, joined by "；". */
    private static List<String> headerFields(Plan before, Plan after) {
        List<String> was = new ArrayList<>();
        List<String> is = new ArrayList<>();
        for (Plan.FieldChange change : before.changesTo(after)) {
            String name = Messages.get(change.field()) + "：";
            String[] shown = excerpts(change.before(), change.after());
            was.add(name + shown[0]);
            is.add(name + shown[1]);
        }
        return List.of(String.join("；", was), String.join("；", is));
    }

    /** Two texts as shown in a change: whole if short, else from a little before where they first differ. */
    private static String[] excerpts(String one, String other) {
        if (one.length() <= SHOWN && other.length() <= SHOWN) {
            return new String[] {excerpt(one, 0), excerpt(other, 0)};
        }
        int first = 0;
        while (first < one.length() && first < other.length() && one.charAt(first) == other.charAt(first)) {
            first++;
        }
        int from = Math.max(0, first - SHOWN / 4);
        return new String[] {excerpt(one, from), excerpt(other, from)};
    }

    private static String excerpt(String text, int from) {
        int start = Math.min(from, text.length());
        int end = Math.min(text.length(), start + SHOWN);
        // a change is shown on a line: the field's line breaks as spaces
        return (start > 0 ? "…" : "") + text.substring(start, end).replaceAll("\\s*\\R\\s*", " ")
                + (end < text.length() ? "…" : "");
    }

    private static int reordered(Rows mine, Rows merged) {
        int count = 0;
        for (Map.Entry<ListKey, List<UUID>> list : merged.orders.entrySet()) {
            List<UUID> before = mine.orders.get(list.getKey());
            if (before != null && Builder.reordered(before, list.getValue())) {
                count++;
            }
        }
        return count;
    }

    private static Object content(Row row) {
        return row == null ? null : row.content;
    }

    private static Optional<String> display(Row row) {
        return row == null ? Optional.empty() : Optional.of(row.display());
    }

    /** The kinds of ordered list a row is in. */
    private enum ListKind { CHILDREN, UNITS, INDICATORS }

    /** One ordered list: the children of a node (or the sections), a node's units of a role, its indicators. */
    private record ListKey(ListKind kind, Role role, UUID owner) {
    }

    /**
     * One row: what it is compared by ({@code content}: its owner and fields, but not its place in a list), the
     * node it belongs to (for people), and the model value it is built from. What it is shown as is worked out
     * only for the rows that change.
     *
     * @param owner    the parent node (for a node), the node (for an assignment or indicator); null at the top
     * @param list     the ordered list it is in; null for the plan's header
     * @param nodeName what the node is called where its numbering is not its own (the item a section is itself is
     *                 called by the section), or null
     * @param place    where the node sits, numbered as the document numbers it (二、（一）1.), or null
     */
    private record Row(UUID id, UUID owner, ListKey list, List<Object> content, PlanNode node, String planSubject,
                       String nodeName, String place, Value value) {

        RowKind kind() {
            return value.kind();
        }

        /**
         * The node as people cite it: 二、（一）实施青少年科学素质提升行动, 二、（一）1.推进校内科学教育 — with its part's and
         * action's numbers, since every action's first task is 1.
         */
        String subject() {
            return node == null ? planSubject : nodeName != null ? nodeName
                    : place != null ? place + node.title() : node.heading();
        }

        String display() {
            return value.display();
        }
    }

    /**
     * What a row is built from, one of the plan's four kinds of row: each kind says what it is, how it is shown
     * and where it goes when the merged plan is built.
     */
    private sealed interface Value permits HeaderValue, NodeValue, AssignmentValue, IndicatorValue {
        RowKind kind();

        String display();

        /** Puts the value where the merged plan is built from. */
        void collect(UUID id, Parts parts);
    }

    private record HeaderValue(Plan plan) implements Value {
        @Override
        public RowKind kind() {
            return RowKind.HEADER;
        }

        @Override
        public String display() {
            return String.join(" ", plan.docNumber(), plan.title()).strip();
        }

        @Override
        public void collect(UUID id, Parts parts) {
            parts.header().add(plan);
        }
    }

    private record NodeValue(PlanNode node) implements Value {
        @Override
        public RowKind kind() {
            return RowKind.NODE;
        }

        @Override
        public String display() {
            return node.text().isEmpty() ? node.title() : node.text();
        }

        @Override
        public void collect(UUID id, Parts parts) {
            parts.nodes().put(id, node);
        }
    }

    private record AssignmentValue(Assignment assignment) implements Value {
        @Override
        public RowKind kind() {
            return RowKind.ASSIGNMENT;
        }

        @Override
        public String display() {
            return Rows.ROLE_NAMES.get(assignment.role()) + "：" + assignment.unit().name();
        }

        @Override
        public void collect(UUID id, Parts parts) {
            parts.assignments().put(id, assignment);
        }
    }

    private record IndicatorValue(Indicator indicator) implements Value {
        @Override
        public RowKind kind() {
            return RowKind.INDICATOR;
        }

        @Override
        public String display() {
            return indicator.wording();
        }

        @Override
        public void collect(UUID id, Parts parts) {
            parts.indicators().put(id, indicator);
        }
    }

    /** A plan as rows by id, and its lists (children, units of each role, indicators) in order. */
    private record Rows(Map<UUID, Row> rows, Map<ListKey, List<UUID>> orders) {

        static final Rows EMPTY = new Rows(Map.of(), Map.of());
        /** 牵头单位, 责任单位: looked up once, not for each of a plan's many assignments. */
        private static final Map<Role, String> ROLE_NAMES = new java.util.EnumMap<>(Map.of(
                Role.LEAD, Messages.get("node.units.LEAD"), Role.RESPONSIBLE, Messages.get("node.units.RESPONSIBLE")));

        static Rows of(PlanDocument document) {
            // sized for the plan at once: growing a map of 120,000 rows rehashed it ten times over
            int[] count = {1 + document.goalIndicators().size(), 0};
            document.forEachNode(node -> {
                count[0] += 1 + node.assignments().size() + node.indicators().size();
                count[1]++;
            });
            Rows rows = new Rows(new LinkedHashMap<>(capacity(count[0])), new HashMap<>(capacity(2 * count[1])));
            Plan plan = document.plan();
            String planSubject = plan.name();
            rows.put(new Row(plan.id(), null, null, Arrays.asList(plan.docNumber(), plan.title(), plan.issuer(),
                    plan.issueDate().orElse(null), plan.addressees(), plan.noticeBody(), plan.annotation(),
                    plan.copiedTo(), plan.printedBy(), plan.printedDate().orElse(null), plan.planTitle(),
                    plan.goalText()), null,
                    planSubject, null, null, new HeaderValue(plan)));
            rows.indicators(null, null, planSubject, null, null, document.goalIndicators());
            Map<UUID, String> places = org.kesudesk.logic.PlanReferences.places(document);
            for (PlanNode section : document.sections()) {
                rows.node(null, null, section, planSubject, null, places);
            }
            return rows;
        }

        /** The capacity of a hash map that holds this many entries without growing. */
        static int capacity(int entries) {
            return (int) (entries / 0.75f) + 1;
        }

        private void put(Row row) {
            rows.put(row.id, row);
            if (row.list != null) {
                orders.computeIfAbsent(row.list, k -> new ArrayList<>()).add(row.id);
            }
        }

        /** @param nodeName what the node is called if not by its own numbering and title (see {@link Row}) */
        private void node(UUID parent, NodeKind parentKind, PlanNode node, String planSubject, String nodeName,
                          Map<UUID, String> places) {
            String place = places.get(node.id());
            // a label that only says where the task stands (1, 2, 3 …) is not compared: the merged order numbers it
            String label = parentKind != null && parentKind.numbersChildrenByPosition() ? null : node.label();
            put(new Row(node.id(), parent, new ListKey(ListKind.CHILDREN, null, parent),
                    Arrays.asList(parent, node.kind(), label, node.title(), node.text()), node, planSubject, nodeName,
                    place, new NodeValue(node)));
            for (Assignment assignment : node.assignments()) {
                put(new Row(assignment.id(), node.id(), new ListKey(ListKind.UNITS, assignment.role(), node.id()),
                        Arrays.asList(node.id(), assignment.role(), assignment.unit().name()), node, planSubject,
                        nodeName, place, new AssignmentValue(assignment)));
            }
            indicators(node.id(), node, planSubject, nodeName, place, node.indicators());
            for (PlanNode child : node.children()) {
                // the item a section is itself is called by the section, as documents call it
                node(node.id(), node.kind(), child, planSubject, node.isOwnItem(child) ? node.heading() : null,
                        places);
            }
        }

        private void indicators(UUID nodeId, PlanNode node, String planSubject, String nodeName, String place,
                                Collection<Indicator> indicators) {
            for (Indicator indicator : indicators) {
                put(new Row(indicator.id(), nodeId, new ListKey(ListKind.INDICATORS, null, nodeId),
                        Arrays.asList(nodeId, indicator.wording(),
                                indicator.targetValue().map(BigDecimal::stripTrailingZeros).orElse(null),
                                indicator.measure(), indicator.period()), node, planSubject, nodeName, place,
                        new IndicatorValue(indicator)));
            }
        }
    }

    /** The ids of every row of a plan (nodes, assignments, indicators), to check where they belong. */
    public static Set<UUID> rowIds(PlanDocument document) {
        Set<UUID> ids = new HashSet<>();
        document.goalIndicators().forEach(i -> ids.add(i.id()));
        document.forEachNode(node -> {
            ids.add(node.id());
            node.assignments().forEach(a -> ids.add(a.id()));
            node.indicators().forEach(i -> ids.add(i.id()));
        });
        return ids;
    }
}
