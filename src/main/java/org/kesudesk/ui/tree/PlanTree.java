package org.kesudesk.ui.tree;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.shape.Circle;

import org.kesudesk.documents.PrintedText;
import org.kesudesk.model.PlanDocument;

/**
 * The plan as a tree, the one component every view of a plan's structure uses: the import review (read-only) and
 * the editor (which adds its gestures to the rows). Rows show a node's numbering and title, styled by its kind, with
 * a mark on nodes a check flagged; items are made lazily and kept in step with edits ({@link PlanTreeItems}).
 */
public class PlanTree extends TreeView<TreeEntry> {

    private final PlanTreeItems items = new PlanTreeItems();
    private final ObjectProperty<UUID> selectedId = new SimpleObjectProperty<>();
    private Set<UUID> flagged = Set.of();
    private java.util.Map<String, org.kesudesk.model.StatusLight> lights = java.util.Map.of();

    /** A read-only tree with plain rows. */
    public PlanTree() {
        this(tree -> tree.new NodeCell());
    }

    /** A tree whose rows are made by {@code cells} (an editor's rows add their gestures to {@link NodeCell}). */
    public PlanTree(Function<PlanTree, ? extends NodeCell> cells) {
        setRoot(items.root());
        setId("planTree");
        // one line per row: with a fixed row height the tree never measures rows to estimate its length; without
        // it, a tree of thousands of rows measures a few more on every layout, restyling the scene and moving the
        // scroll bar each time, so that every edit redrew the whole window
        setFixedCellSize(26);
        setShowRoot(false);
        setCellFactory(view -> cells.apply(this));
        getSelectionModel().selectedItemProperty().addListener((observable, old, item) -> {
            if (item != null && item.getValue() != null) {
                selectedId.set(item.getValue().id());
                // keyboard commands (→ to expand, Alt+↑) act on the focused row: keep it the selected one, which
                // the tree does not do by itself after its root's children were replaced
                int row = getRow(item);
                if (getFocusModel().getFocusedIndex() != row) {
                    getFocusModel().focus(row);
                }
            }
        });
    }

    /** The id of the node selected by the user (or by {@link #select}). */
    public ObjectProperty<UUID> selectedIdProperty() {
        return selectedId;
    }

    /** Shows a plan (or the nodes of it matching a search) anew, keeping what was expanded where it can. */
    public void show(PlanDocument plan, String search) {
        items.rebuild(plan, search);
    }

    /** Shows a newer version of the plan shown, touching only what changed (not for a search result). */
    public void update(PlanDocument plan) {
        items.update(plan);
    }

    /** The node's row, made if it was not yet; empty if the node is not in the tree. */
    public Optional<TreeItem<TreeEntry>> item(UUID id) {
        return items.item(id);
    }

    /**
     * The selected node as the notice prints it, everything under it included ({@link PrintedText}): what Ctrl+C
     * copies from the tree.
     */
    public Optional<String> selectedAsPrinted() {
        UUID id = selectedId.get();
        TreeItem<TreeEntry> selected = getSelectionModel().getSelectedItem();
        if (id == null || selected == null || selected.getValue() == null) {
            return Optional.empty();
        }
        return items.shown().flatMap(plan -> PrintedText.of(plan, id));
    }

    /** The nodes to mark (what the checks found). */
    public void setFlagged(Set<UUID> nodes) {
        flagged = Set.copyOf(nodes);
        refresh();
    }

    /** The tasks' lights in the plan's open round (by "task id/"), shown as a dot before the title. */
    public void setLights(java.util.Map<String, org.kesudesk.model.StatusLight> taskLights) {
        if (!lights.equals(taskLights)) {
            lights = taskLights;
            refresh();
        }
    }

    /** Selects the node's row, expanding its ancestors, and shows it. */
    public void select(UUID id) {
        items.item(id).ifPresent(item -> {
            for (TreeItem<TreeEntry> parent = item.getParent(); parent != null; parent = parent.getParent()) {
                parent.setExpanded(true);
            }
            if (getSelectionModel().getSelectedItem() != item) {
                getSelectionModel().select(item);
            }
            int row = getRow(item);
            if (row >= 0) {
                Platform.runLater(() -> scrollTo(Math.max(0, row - 3)));
            }
        });
    }

    /**
     * Keeps the selection after the plan changed. A row still selected stays where the user scrolled it: scrolling
     * after every edit would lay the whole tree out again each time.
     */
    public void keepSelection(UUID id) {
        boolean stillSelected = items.item(id).map(item -> getSelectionModel().getSelectedItem() == item)
                .orElse(false);
        if (!stillSelected) {
            select(id);
        }
        // rows put in or taken out around it move the selected row, not always the keyboard's (the tree counts its
        // rows again later): ↓ goes on from the row selected
        Platform.runLater(this::focusSelected);
    }

    private void focusSelected() {
        int selected = getSelectionModel().getSelectedIndex();
        if (selected >= 0 && getFocusModel().getFocusedIndex() != selected) {
            getFocusModel().focus(selected);
        }
    }

    /** A row: the node's numbering and title, styled by its kind, and a mark when a check flagged it. */
    public class NodeCell extends TreeCell<TreeEntry> {
        private final Circle mark = new Circle(4);
        private final Circle light = new Circle(4);
        private final javafx.scene.layout.HBox marks = new javafx.scene.layout.HBox(3);

        public NodeCell() {
            mark.getStyleClass().add("check-mark");
            light.getStyleClass().add("light-dot");
        }

        @Override
        protected void updateItem(TreeEntry node, boolean empty) {
            super.updateItem(node, empty);
            // the style class is changed only when the kind does: a changed style class restyles and redraws the row
            String kindStyle = empty || node == null ? null : "node-kind-" + node.kind().name().toLowerCase(Locale.ROOT);
            if (kindStyle == null || !getStyleClass().contains(kindStyle)) {
                getStyleClass().removeIf(style -> style.startsWith("node-kind-"));
                if (kindStyle != null) {
                    getStyleClass().add(kindStyle);
                }
            }
            if (empty || node == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(node.displayName());
            org.kesudesk.model.StatusLight taskLight = lights.get(node.id() + "/");
            boolean marked = flagged.contains(node.id());
            if (taskLight == null) {
                setGraphic(marked ? mark : null);
                return;
            }
            light.getStyleClass().removeIf(style -> style.startsWith("light-dot-"));
            light.getStyleClass().add("light-dot-" + taskLight.name().toLowerCase(Locale.ROOT));
            if (marked) {
                marks.getChildren().setAll(light, mark);
                setGraphic(marks);
            } else {
                setGraphic(light);
            }
        }
    }
}
