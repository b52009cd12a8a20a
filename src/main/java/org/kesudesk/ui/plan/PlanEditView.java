package org.kesudesk.ui.plan;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

import org.kesudesk.l10n.Messages;
import org.kesudesk.logic.PlanChecks;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;

/**
 * The plan screen: on the left the tree (search, task tools, marks for checks, drag and drop, keyboard), on the
 * right the selected node's editor.
 */
public final class PlanEditView extends SplitPane {

    /** What a dragged task carries: its id. */
    static final DataFormat NODE_ID = new DataFormat("application/x-kesudesk-node");

    private final PlanEditViewModel viewModel;
    private final PlanTreeItems treeItems = new PlanTreeItems();
    private final TreeView<TreeEntry> tree = new TreeView<>(treeItems.root());

    public PlanEditView(PlanEditViewModel viewModel) {
        this.viewModel = viewModel;
        setOrientation(Orientation.HORIZONTAL);

        TextField search = new TextField();
        search.setId("searchField");
        search.setPromptText(Messages.get("plan.search.prompt"));
        search.textProperty().bindBidirectional(viewModel.searchProperty());

        Button add = tool("addTaskButton", "plan.tool.add", "plan.tool.add.tip", viewModel::addTask);
        add.disableProperty().bind(viewModel.canAddTaskProperty().not());
        Button delete = tool("deleteTaskButton", "plan.tool.delete", "plan.tool.delete.tip", viewModel::deleteSelected);
        delete.disableProperty().bind(viewModel.taskSelectedProperty().not());
        Button up = tool("moveUpButton", "plan.tool.up", "plan.tool.up.tip", () -> viewModel.moveSelected(-1));
        up.disableProperty().bind(viewModel.taskSelectedProperty().not());
        Button down = tool("moveDownButton", "plan.tool.down", "plan.tool.down.tip", () -> viewModel.moveSelected(1));
        down.disableProperty().bind(viewModel.taskSelectedProperty().not());
        HBox tools = new HBox(6, add, delete, up, down);

        tree.setId("planTree");
        // one line per row: with a fixed row height the tree never measures rows to estimate its length; without
        // it, a tree of thousands of rows measures a few more on every layout, restyling the scene and moving the
        // scroll bar each time, so that every edit redrew the whole window
        tree.setFixedCellSize(26);
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new NodeCell());
        tree.getSelectionModel().selectedItemProperty().addListener((observable, old, item) -> {
            if (item != null && item.getValue() != null) {
                viewModel.selectedIdProperty().set(item.getValue().id());
                // keyboard commands (→ to expand, Alt+↑) act on the focused row: keep it the selected one, which
                // the tree does not do by itself after its root's children were replaced
                int row = tree.getRow(item);
                if (tree.getFocusModel().getFocusedIndex() != row) {
                    tree.getFocusModel().focus(row);
                }
            }
        });
        tree.addEventFilter(KeyEvent.KEY_PRESSED, this::onTreeKey);
        VBox.setVgrow(tree, Priority.ALWAYS);

        ListView<PlanChecks.Finding> checks = new ListView<>(viewModel.findings());
        checks.setId("checksList");
        checks.setPrefHeight(120);
        checks.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PlanChecks.Finding finding, boolean empty) {
                super.updateItem(finding, empty);
                setText(empty || finding == null ? null : Messages.get("check.plan." + finding.kind().name(),
                        finding.path(), finding.detail()));
            }
        });
        checks.setPlaceholder(new Label(Messages.get("plan.checks.none")));
        checks.getSelectionModel().selectedItemProperty().addListener((observable, old, finding) -> {
            if (finding != null) {
                select(finding.nodeId());
            }
        });
        TitledPane checksPane = new TitledPane("", checks);
        checksPane.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("plan.checks.title", viewModel.findings().size()), viewModel.findings()));
        checksPane.setExpanded(false);

        VBox left = new VBox(6, search, tools, tree, checksPane);
        left.getStyleClass().add("plan-tree-pane");
        getItems().addAll(left, new NodeEditorView(viewModel));
        setDividerPositions(0.4);

        viewModel.workspace().planProperty().addListener((observable, old, plan) -> planChanged(old, plan));
        viewModel.searchProperty().addListener((observable, old, query) -> rebuild());
        viewModel.flaggedProperty().addListener((observable, old, flagged) -> tree.refresh());
        rebuild();
    }

    private Button tool(String id, String textKey, String tipKey, Runnable action) {
        Button button = new Button(Messages.get(textKey));
        button.setId(id);
        button.setTooltip(new Tooltip(Messages.get(tipKey)));
        button.setOnAction(event -> action.run());
        button.setFocusTraversable(false);
        return button;
    }

    private void planChanged(PlanDocument old, PlanDocument plan) {
        boolean samePlan = old != null && plan != null && old.plan().id().equals(plan.plan().id());
        if (samePlan && viewModel.searchProperty().get().isBlank()) {
            treeItems.update(plan);
        } else {
            rebuild();
        }
        UUID selected = viewModel.selectedIdProperty().get();
        if (selected != null) {
            keepSelection(selected);
        }
    }

    private void rebuild() {
        UUID selected = viewModel.selectedIdProperty().get();
        treeItems.rebuild(viewModel.workspace().planProperty().get(), viewModel.searchProperty().get());
        if (selected != null) {
            select(selected);
        }
    }

    /** Selects the node's item, expanding its ancestors, and shows it. */
    void select(UUID id) {
        treeItems.item(id).ifPresent(item -> {
            for (TreeItem<TreeEntry> parent = item.getParent(); parent != null; parent = parent.getParent()) {
                parent.setExpanded(true);
            }
            if (tree.getSelectionModel().getSelectedItem() != item) {
                tree.getSelectionModel().select(item);
            }
            int row = tree.getRow(item);
            if (row >= 0) {
                Platform.runLater(() -> tree.scrollTo(Math.max(0, row - 3)));
            }
        });
    }

    /**
     * Keeps the selection after the plan changed. An item still selected stays where the user scrolled it: scrolling
     * after every edit would lay the whole tree out again each time.
     */
    private void keepSelection(UUID id) {
        boolean stillSelected = treeItems.item(id)
                .map(item -> tree.getSelectionModel().getSelectedItem() == item).orElse(false);
        if (!stillSelected) {
            select(id);
        }
    }

    private void onTreeKey(KeyEvent event) {
        if (event.getCode() == KeyCode.DELETE) {
            viewModel.deleteSelected();
            event.consume();
        } else if (event.getCode() == KeyCode.INSERT || event.isShortcutDown() && event.getCode() == KeyCode.N) {
            viewModel.addTask();
            event.consume();
        } else if (event.isAltDown() && event.getCode() == KeyCode.UP) {
            viewModel.moveSelected(-1);
            event.consume();
        } else if (event.isAltDown() && event.getCode() == KeyCode.DOWN) {
            viewModel.moveSelected(1);
            event.consume();
        }
    }

    /** A node: numbering and title, a mark when a check found something, and drag and drop for tasks. */
    private final class NodeCell extends TreeCell<TreeEntry> {
        private final Circle mark = new Circle(4);

        NodeCell() {
            mark.getStyleClass().add("check-mark");
            setOnDragDetected(event -> {
                TreeEntry node = getItem();
                if (node != null && node.kind().isTask()) {
                    ClipboardContent content = new ClipboardContent();
                    content.put(NODE_ID, node.id().toString());
                    startDragAndDrop(TransferMode.MOVE).setContent(content);
                    event.consume();
                }
            });
            setOnDragOver(event -> {
                if (event.getDragboard().hasContent(NODE_ID) && isSibling(draggedId(event.getDragboard()))) {
                    event.acceptTransferModes(TransferMode.MOVE);
                }
                event.consume();
            });
            setOnDragDropped(event -> {
                UUID dragged = draggedId(event.getDragboard());
                boolean done = dragged != null && isSibling(dragged);
                if (done) {
                    TreeItem<TreeEntry> target = getTreeItem();
                    viewModel.moveTask(dragged, target.getParent().getChildren().indexOf(target));
                }
                event.setDropCompleted(done);
                event.consume();
            });
        }

        private UUID draggedId(Dragboard board) {
            Object id = board.getContent(NODE_ID);
            return id == null ? null : UUID.fromString(id.toString());
        }

        /** Tasks move only among their siblings. */
        private boolean isSibling(UUID dragged) {
            TreeItem<TreeEntry> target = getTreeItem();
            return dragged != null && target != null && target.getValue() != null && target.getValue().kind().isTask()
                    && treeItems.item(dragged).map(item -> item.getParent() == target.getParent()).orElse(false);
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
            setGraphic(viewModel.flaggedProperty().get().contains(node.id()) ? mark : null);
        }
    }
}
