package org.kesudesk.ui.matrix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.kesudesk.l10n.Messages;
import org.kesudesk.logic.editing.PlanEditor;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanDocuments;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Role;
import org.kesudesk.model.Unit;
import org.kesudesk.ui.PlanWorkspace;
import org.kesudesk.ui.plan.PlanEditViewModel;

/**
 * The responsibility matrix: one row per action/project (its lead units) and per task (its responsible units),
 * one column per unit of the catalogue; a cell is 牵头, 责任 or empty and toggles with a click or a key. It shows
 * the same data as the tree, and edits it through the same workspace.
 */
public final class MatrixViewModel {

    /**
     * One row: an item or a task, with how deep it sits (0 for items). After an edit the row gets the node's new
     * version, rather than a new row replacing it: the table then redraws that row's cells only, where a change of
     * its item list would have it update every cell on screen.
     */
    public static final class Row {
        private final ReadOnlyObjectWrapper<PlanNode> node;
        private final int depth;

        Row(PlanNode node, int depth) {
            this.node = new ReadOnlyObjectWrapper<>(node);
            this.depth = depth;
        }

        public PlanNode node() {
            return node.get();
        }

        public ReadOnlyObjectProperty<PlanNode> nodeProperty() {
            return node.getReadOnlyProperty();
        }

        public int depth() {
            return depth;
        }

        /** A section's row heads its items (二、实施五项提升行动 above its actions): it has no units to toggle. */
        public boolean isSection() {
            return node().kind() == org.kesudesk.model.NodeKind.SECTION;
        }

        /** The role the unit plays on the row's node (牵头 for an item's units and a task's own leads, else 责任). */
        public Role role(Unit unit) {
            return PlanEditor.roleOf(node(), unit);
        }

        public boolean has(Unit unit) {
            return !isSection() && node().carriedOutBy().stream().anyMatch(u -> u.id().equals(unit.id()));
        }

        /** Whether the other row stands for the same node at the same depth. */
        boolean sameNodeAs(Row other) {
            return depth == other.depth && node().id().equals(other.node().id());
        }
    }

    private final PlanWorkspace workspace;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<PlanNode> sections = FXCollections.observableArrayList();
    /** The sections shown (the actions and the safeguards, say); none chosen shows them all. */
    private final ObservableList<PlanNode> sectionFilter = FXCollections.observableArrayList();
    private final Map<UUID, Integer> countsByUnit = new HashMap<>();
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final ReadOnlyIntegerWrapper countsChanged = new ReadOnlyIntegerWrapper();
    private boolean stale;

    public MatrixViewModel(PlanWorkspace workspace) {
        this.workspace = workspace;
        workspace.planProperty().addListener((observable, old, plan) -> {
            boolean samePlan = old != null && plan != null && old.plan().id().equals(plan.plan().id());
            if (!active.get()) {
                // not on screen: catch up when shown, instead of laying out a large table after every edit
                stale = true;
            } else if (samePlan && !workspace.lastChangedNodesProperty().get().isEmpty()) {
                update(plan, workspace.lastChangedNodesProperty().get());
            } else {
                rebuild();
            }
        });
        active.addListener((observable, was, is) -> {
            if (is && stale) {
                stale = false;
                rebuild();
            }
        });
        sectionFilter.addListener((javafx.collections.ListChangeListener<PlanNode>) change -> rebuild());
        rebuild();
    }

    /**
     * Builds the rows and counts anew. It computes into fresh collections and publishes them at the end, so that a
     * nested call (the section list changing under a bound combo box) cannot leave counts added twice.
     */
    private void rebuild() {
        PlanDocument plan = workspace.planProperty().get();
        if (plan == null) {
            sections.clear();
            countsByUnit.clear();
            rows.clear();
            return;
        }
        List<UUID> ids = plan.sections().stream().map(PlanNode::id).toList();
        if (!ids.equals(sections.stream().map(PlanNode::id).toList())) {
            // another plan: its sections, and no filter (an edit changes no section, so keeps both)
            sections.setAll(plan.sections());
            if (sectionFilter.stream().anyMatch(section -> !ids.contains(section.id()))) {
                sectionFilter.clear();
                return;
            }
        }
        Map<UUID, Integer> counts = new HashMap<>();
        List<Row> built = new ArrayList<>();
        for (PlanNode section : plan.sections()) {
            boolean shown = sectionFilter.isEmpty()
                    || sectionFilter.stream().anyMatch(chosen -> chosen.id().equals(section.id()));
            if (shown) {
                // the section heads its items, so that the actions' （一） and the projects' （一） are told apart
                built.add(new Row(section, 0));
                for (PlanNode item : section.children()) {
                    addRows(item, 1, built, counts);
                }
            }
        }
        countsByUnit.clear();
        countsByUnit.putAll(counts);
        rows.setAll(built);
        countsChanged.set(countsChanged.get() + 1);
    }

    /**
     * After an edit: rows of the changed nodes get their new versions; an item whose tasks were added, removed or
     * moved gets its rows rebuilt. The counts follow.
     */
    private void update(PlanDocument plan, Set<UUID> changed) {
        for (UUID id : changed) {
            Optional<PlanNode> node = PlanDocuments.find(plan, id);
            int index = indexOf(id);
            if (node.isEmpty() || index < 0) {
                rebuild();
                return;
            }
            Row old = rows.get(index);
            int end = index + 1;
            while (end < rows.size() && rows.get(end).depth() > old.depth()) {
                end++;
            }
            for (int i = index; i < end; i++) {
                rows.get(i).node().assignments().forEach(a -> countsByUnit.merge(a.unit().id(), -1, Integer::sum));
            }
            List<Row> replacement = new ArrayList<>();
            addRows(node.get(), old.depth(), replacement, countsByUnit);
            if (sameNodes(index, end, replacement)) {
                for (int i = 0; i < replacement.size(); i++) {
                    Row row = rows.get(index + i);
                    if (row.node() != replacement.get(i).node()) {
                        row.node.set(replacement.get(i).node());
                    }
                }
            } else {
                rows.remove(index, end);
                rows.addAll(index, replacement);
            }
        }
        countsChanged.set(countsChanged.get() + 1);
    }

    /** Whether the rows from index to end stand for the replacement's nodes, in the same places. */
    private boolean sameNodes(int index, int end, List<Row> replacement) {
        if (end - index != replacement.size()) {
            return false;
        }
        for (int i = 0; i < replacement.size(); i++) {
            if (!rows.get(index + i).sameNodeAs(replacement.get(i))) {
                return false;
            }
        }
        return true;
    }

    private int indexOf(UUID id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).node().id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static void addRows(PlanNode node, int depth, List<Row> built, Map<UUID, Integer> counts) {
        node.assignments().forEach(a -> counts.merge(a.unit().id(), 1, Integer::sum));
        built.add(new Row(node, depth));
        node.children().forEach(child -> addRows(child, depth + 1, built, counts));
    }

    /** Changes whenever the counts per unit may have changed. */
    public ReadOnlyIntegerProperty countsChangedProperty() {
        return countsChanged.getReadOnlyProperty();
    }

    /** Sets the cell: puts the unit in the row's list (at the end), or takes it out. */
    public void toggle(Row row, Unit unit) {
        if (row.isSection()) {
            return;
        }
        workspace.apply(workspace.editor().toggleUnit(row.node(), unit));
    }

    /** How many rows (of the section shown) the unit leads or carries out. */
    /** A unit's column header: its name, "a collective" for one (各成员单位), and how many nodes it has. */
    public String header(Unit unit) {
        return headerLines(unit.name()) + (unit.isCollective() ? "\n" + Messages.get("matrix.collective") : "") + "\n"
                + count(unit);
    }

    /**
     * The most characters of a unit's name on one line of a column's header: a unit's column is as wide as five at
     * the least (市委宣传部 on one line, 市生态环境局 on two), so that a laptop's window shows four or five units.
     */
    static final int HEADER_LINE = 5;

    /**
     * A unit's name in lines of even length, none longer than {@link #HEADER_LINE}: 市新闻传媒中心 is 市新闻传 / 媒中心,
     * whole, where one line cut it to 市新闻传媒….
     */
    static String headerLines(String name) {
        int length = name.codePointCount(0, name.length());
        int lines = (length + HEADER_LINE - 1) / HEADER_LINE;
        if (lines <= 1) {
            return name;
        }
        int perLine = (length + lines - 1) / lines;
        StringBuilder out = new StringBuilder();
        int offset = 0;
        for (int i = 0; i < length; i += perLine) {
            int end = name.offsetByCodePoints(offset, Math.min(perLine, length - i));
            out.append(out.length() == 0 ? "" : "\n").append(name, offset, end);
            offset = end;
        }
        return out.toString();
    }

    public int count(Unit unit) {
        return countsByUnit.getOrDefault(unit.id(), 0);
    }

    /** A responsible unit's light on the row's task in the plan's open round, if there is one. */
    public Optional<org.kesudesk.model.StatusLight> light(Row row, Unit unit) {
        return Optional.ofNullable(workspace.lightsProperty().get().get(PlanWorkspace.lightKey(row.node().id(),
                unit.id())));
    }

    /** The lights of the open round, to redraw the cells when they change. */
    public javafx.beans.value.ObservableValue<java.util.Map<String, org.kesudesk.model.StatusLight>> lightsProperty() {
        return workspace.lightsProperty();
    }

    /**
     * Rows as 复制 puts them on the clipboard for Excel or WPS: a header line (事项, 单位数, every unit of the catalogue
     * — not only the columns on screen), then a line a row, its cells apart by tabs: the title as the tree names it,
     * how many units carry it out, 牵头 / 责任 under each unit.
     */
    public String copiedText(List<Row> chosen) {
        List<Unit> all = List.copyOf(units());
        StringBuilder text = new StringBuilder(Messages.get("matrix.column.title")).append('\t')
                .append(Messages.get("matrix.column.count"));
        all.forEach(unit -> text.append('\t').append(unit.name()));
        for (Row row : chosen) {
            text.append('\n').append(PlanEditViewModel.displayName(row.node())).append('\t')
                    .append(row.isSection() ? "" : String.valueOf(row.node().carriedOutBy().size()));
            all.forEach(unit -> text.append('\t').append(cellText(row, unit)));
        }
        return text.toString();
    }

    public static String cellText(Row row, Unit unit) {
        return row.has(unit) ? Messages.get("matrix.cell." + row.role(unit).name()) : "";
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<Unit> units() {
        return workspace.catalogue();
    }

    public ObservableList<PlanNode> sections() {
        return sections;
    }

    /** The sections shown; empty for all. */
    public ObservableList<PlanNode> sectionFilter() {
        return sectionFilter;
    }

    /** Whether the matrix is on screen (its tab selected); while it is not, edits do not update it one by one. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** Opens a row's item or task in the plan's tree (its text and units edited there). */
    public void openInPlan(Row row) {
        if (!row.isSection()) {
            workspace.showInPlan(row.node().id());
        }
    }

    public Optional<Row> rowOf(UUID nodeId) {
        return rows.stream().filter(r -> r.node().id().equals(nodeId)).findFirst();
    }
}
