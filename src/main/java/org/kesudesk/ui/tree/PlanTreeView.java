package org.kesudesk.ui.tree;

import java.util.Locale;

import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;

/**
 * The plan as a tree on the left (sections → actions / projects / safeguards → tasks) and the selected node's
 * details on the right.
 */
public final class PlanTreeView extends SplitPane {

    private final PlanTreeViewModel viewModel;
    private final TreeView<PlanNode> tree = new TreeView<>();

    public PlanTreeView(PlanTreeViewModel viewModel) {
        this.viewModel = viewModel;
        setOrientation(Orientation.HORIZONTAL);
        getStyleClass().add("plan-tree-view");

        tree.setId("planTree");
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new PlanNodeCell());
        tree.getSelectionModel().selectedItemProperty().addListener((observable, old, item) ->
                viewModel.selectedNodeProperty().set(item == null ? null : item.getValue()));

        PlanNodeDetailsView details = new PlanNodeDetailsView(viewModel);
        getItems().addAll(tree, details);
        setDividerPositions(0.38);

        viewModel.planProperty().addListener((observable, old, document) -> showPlan(document));
        showPlan(viewModel.planProperty().get());
    }

    private void showPlan(PlanDocument document) {
        TreeItem<PlanNode> root = new TreeItem<>();
        if (document != null) {
            document.sections().forEach(section -> root.getChildren().add(toItem(section, true)));
        }
        tree.setRoot(root);
    }

    private static TreeItem<PlanNode> toItem(PlanNode node, boolean expanded) {
        TreeItem<PlanNode> item = new TreeItem<>(node);
        item.setExpanded(expanded);
        node.children().forEach(child -> item.getChildren().add(toItem(child, false)));
        return item;
    }

    /** Shows a node as its numbering and title, styled by its kind. */
    private static final class PlanNodeCell extends TreeCell<PlanNode> {
        @Override
        protected void updateItem(PlanNode node, boolean empty) {
            super.updateItem(node, empty);
            getStyleClass().removeIf(style -> style.startsWith("node-kind-"));
            if (empty || node == null) {
                setText(null);
                return;
            }
            setText(PlanTreeViewModel.displayName(node));
            getStyleClass().add("node-kind-" + node.kind().name().toLowerCase(Locale.ROOT));
        }
    }
}
