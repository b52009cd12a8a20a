package org.kesudesk.ui.plan;

import java.util.List;
import java.util.UUID;

import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kesudesk.l10n.Messages;
import org.kesudesk.logic.PlanChecks;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.ui.Copying;
import org.kesudesk.ui.tree.PlanTree;
import org.kesudesk.ui.tree.TreeEntry;

/**
 * The plan screen: on the left the tree (search, task tools, marks for checks, drag and drop, keyboard), on the
 * right the selected node's editor.
 */
public final class PlanEditView extends SplitPane {

    /** What a dragged task carries: its id. */
    static final DataFormat NODE_ID = new DataFormat("application/x-kesudesk-node");

    private final PlanEditViewModel viewModel;
    private final PlanTree tree = new PlanTree(EditableCell::new);
    private final TextField search = new TextField();

    public PlanEditView(PlanEditViewModel viewModel) {
        this.viewModel = viewModel;
        setOrientation(Orientation.HORIZONTAL);

        search.setId("searchField");
        search.setPromptText(Messages.get("plan.search.prompt"));
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        search.addEventFilter(KeyEvent.KEY_PRESSED, this::onSearchKey);

        Button add = tool("addTaskButton", "plan.tool.add", "plan.tool.add.tip", viewModel::addTask);
        add.disableProperty().bind(viewModel.canAddTaskProperty().not());
        Button delete = tool("deleteTaskButton", "plan.tool.delete", "plan.tool.delete.tip", viewModel::deleteSelected);
        delete.disableProperty().bind(viewModel.taskSelectedProperty().not());
        Button up = tool("moveUpButton", "plan.tool.up", "plan.tool.up.tip", () -> viewModel.moveSelected(-1));
        up.disableProperty().bind(viewModel.taskSelectedProperty().not());
        Button down = tool("moveDownButton", "plan.tool.down", "plan.tool.down.tip", () -> viewModel.moveSelected(1));
        down.disableProperty().bind(viewModel.taskSelectedProperty().not());
        HBox tools = new HBox(6, add, delete, up, down);

        tree.selectedIdProperty().addListener((observable, old, id) -> {
            if (id != null && !showingChange) {
                viewModel.selectedIdProperty().set(id);
            }
        });
        tree.addEventFilter(KeyEvent.KEY_PRESSED, this::onTreeKey);
        tree.setContextMenu(treeMenu());
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
                // the list is as narrow as the tree: a long finding whole when pointed at
                setTooltip(getText() == null ? null : new javafx.scene.control.Tooltip(getText()));
                if (getTooltip() != null) {
                    getTooltip().setWrapText(true);
                    getTooltip().setMaxWidth(480);
                }
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

        Label searchResult = new Label();
        searchResult.setId("searchResult");
        searchResult.setWrapText(true);
        searchResult.textProperty().bind(viewModel.searchResultProperty());
        searchResult.visibleProperty().bind(searchResult.textProperty().isNotEmpty());
        searchResult.managedProperty().bind(searchResult.visibleProperty());

        // the same text through every plan the database holds (the city's, the counties', the years' work plans)
        Hyperlink everyPlan = new Hyperlink();
        everyPlan.setId("searchEveryPlan");
        everyPlan.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(
                viewModel.searchingEveryPlanProperty().get() ? "plan.everyPlan.searching" : "plan.everyPlan.link",
                viewModel.searchProperty().get() == null ? "" : viewModel.searchProperty().get().strip()),
                viewModel.searchProperty(), viewModel.searchingEveryPlanProperty()));
        everyPlan.disableProperty().bind(viewModel.searchingEveryPlanProperty());
        everyPlan.visibleProperty().bind(Bindings.createBooleanBinding(() -> viewModel.searchProperty().get() != null
                && !viewModel.searchProperty().get().isBlank(), viewModel.searchProperty()));
        everyPlan.managedProperty().bind(everyPlan.visibleProperty());
        everyPlan.setOnAction(event -> {
            everyPlan.setVisited(false);
            viewModel.searchEveryPlan();
        });

        VBox left = new VBox(6, search, searchResult, everyPlan, tools, tree, checksPane);
        left.getStyleClass().add("plan-tree-pane");
        getItems().addAll(left, new NodeEditorView(viewModel, this::select));
        setDividerPositions(0.4);

        viewModel.workspace().planProperty().addListener((observable, old, plan) -> planChanged(old, plan));
        viewModel.searchProperty().addListener((observable, old, query) -> rebuild());
        viewModel.flaggedProperty().addListener((observable, old, flagged) -> tree.setFlagged(flagged));
        tree.setFlagged(viewModel.flaggedProperty().get());
        // each task's light in the open round (red, yellow, grey not reported, green)
        viewModel.workspace().lightsProperty().addListener((observable, old, lights) -> tree.setLights(lights));
        tree.setLights(viewModel.workspace().lightsProperty().get());
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

    /**
     * Whether the tree is being brought up to a changed plan: a row it selects meanwhile (its selected row taken out
     * and put in again) is no choice of the user's, and the node the editor was told to show (a task just pasted,
     * the item of one deleted) stays chosen.
     */
    private boolean showingChange;

    private void planChanged(PlanDocument old, PlanDocument plan) {
        boolean samePlan = old != null && plan != null && old.plan().id().equals(plan.plan().id());
        showingChange = true;
        try {
            if (samePlan && viewModel.searchProperty().get().isBlank()) {
                tree.update(plan);
            } else {
                rebuild();
            }
        } finally {
            showingChange = false;
        }
        UUID selected = viewModel.selectedIdProperty().get();
        if (selected != null && tree.item(selected).isPresent()) {
            keepSelection(selected);
        } else if (tree.selectedIdProperty().get() != null) {
            // the node shown is gone (a task added, then undone): the row the tree chose is shown instead
            viewModel.selectedIdProperty().set(tree.selectedIdProperty().get());
        }
    }

    private void rebuild() {
        UUID selected = viewModel.selectedIdProperty().get();
        tree.show(viewModel.workspace().planProperty().get(), viewModel.searchProperty().get());
        if (selected != null) {
            select(selected);
        }
    }

    /** Selects the node's item, expanding its ancestors, and shows it. */
    void select(UUID id) {
        tree.select(id);
    }

    /**
     * Shows a node asked for from another tab (a unit's 责任清单): selected, its ancestors expanded, the tree
     * focused; a search that hides it is emptied first.
     */
    public void reveal(UUID id) {
        if (tree.item(id).isEmpty() && !viewModel.searchProperty().get().isBlank()) {
            viewModel.searchProperty().set("");
        }
        select(id);
        tree.requestFocus();
    }

    private void keepSelection(UUID id) {
        tree.keepSelection(id);
    }

    /** 编辑 ▸ 查找… (Ctrl+F): the cursor in the search field, what it holds selected to be typed over. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /**
     * The tree's right-click menu (or the keyboard's menu key, Shift+F10) on the row chosen: what the buttons and keys
     * do, each item naming its key.
     */
    private ContextMenu treeMenu() {
        MenuItem copy = menuItem("treeCopyItem", "plan.menu.copy",
                () -> Copying.copy(tree));
        MenuItem add = menuItem("treeAddItem", "plan.menu.add", viewModel::addTask);
        add.disableProperty().bind(viewModel.canAddTaskProperty().not());
        MenuItem paste = menuItem("treePasteItem", "plan.menu.paste", this::pasteTasks);
        paste.disableProperty().bind(viewModel.canAddTaskProperty().not());
        MenuItem delete = menuItem("treeDeleteItem", "plan.menu.delete",
                viewModel::deleteSelected);
        MenuItem up = menuItem("treeUpItem", "plan.menu.up", () -> viewModel.moveSelected(-1));
        MenuItem down = menuItem("treeDownItem", "plan.menu.down",
                () -> viewModel.moveSelected(1));
        for (MenuItem taskOnly : List.of(delete, up, down)) {
            taskOnly.disableProperty().bind(viewModel.taskSelectedProperty().not());
        }
        MenuItem history = menuItem("treeHistoryItem", "plan.menu.history",
                viewModel::showHistory);
        ContextMenu menu = new ContextMenu(copy, paste,
                new SeparatorMenuItem(), add, delete, up, down,
                new SeparatorMenuItem(), history);
        menu.setId("planTreeMenu");
        // nothing to act on above the rows
        menu.setOnShowing(event -> {
            boolean chosen = tree.getSelectionModel().getSelectedItem() != null;
            copy.setDisable(!chosen);
            history.setDisable(!chosen);
        });
        return menu;
    }

    /**
     * 编辑 ▸ 粘贴 with the keyboard in the tree: the clipboard's text read as tasks. False where the focus is not
     * in the tree (the menu leaves it to whatever has it).
     */
    public boolean pasteInto(javafx.scene.Node focused) {
        for (javafx.scene.Node node = focused; node != null; node = node.getParent()) {
            if (node == tree) {
                pasteTasks();
                return true;
            }
        }
        return false;
    }

    /** Task paragraphs copied from a document, pasted into the tree: the clipboard's text read as tasks. */
    private void pasteTasks() {
        javafx.scene.input.Clipboard clipboard = javafx.scene.input.Clipboard.getSystemClipboard();
        viewModel.pasteTasks(clipboard.hasString() ? clipboard.getString() : "");
    }

    private static MenuItem menuItem(String id, String key, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setId(id);
        item.setOnAction(event -> action.run());
        return item;
    }

    /**
     * Enter or ↓ goes to the rows found (the first, if none is selected); Ctrl+Enter searches every plan; Esc empties
     * the field, then leaves it.
     */
    private void onSearchKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
            viewModel.searchEveryPlan();
            event.consume();
        } else if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.DOWN) {
            if (tree.getSelectionModel().isEmpty() && tree.getExpandedItemCount() > 0) {
                tree.getSelectionModel().select(0);
            }
            tree.requestFocus();
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            if (search.getText().isEmpty()) {
                tree.requestFocus();
            } else {
                search.clear();
            }
            event.consume();
        }
    }

    private void onTreeKey(KeyEvent event) {
        if (event.getCode() == KeyCode.DELETE) {
            viewModel.deleteSelected();
            event.consume();
        } else if (event.getCode() == KeyCode.INSERT || event.isShortcutDown() && event.getCode() == KeyCode.N) {
            viewModel.addTask();
            event.consume();
        } else if (event.isShortcutDown() && event.getCode() == KeyCode.V) {
            pasteTasks();
            event.consume();
        } else if (event.isAltDown() && event.getCode() == KeyCode.UP) {
            viewModel.moveSelected(-1);
            event.consume();
        } else if (event.isAltDown() && event.getCode() == KeyCode.DOWN) {
            viewModel.moveSelected(1);
            event.consume();
        }
    }

    /** A row of the editor: the plan tree's row, and drag and drop for tasks among their siblings. */
    private final class EditableCell extends PlanTree.NodeCell {

        EditableCell(PlanTree owner) {
            owner.super();
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
                    && tree.item(dragged).map(item -> item.getParent() == target.getParent()).orElse(false);
        }
    }
}
