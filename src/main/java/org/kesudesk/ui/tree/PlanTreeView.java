package org.kesudesk.ui.tree;

import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;

import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanDocuments;

/**
 * The plan as a tree on the left (sections → actions / projects / safeguards → tasks), the same {@link PlanTree} the
 * editor uses, read-only, and the selected node's details on the right.
 */
public final class PlanTreeView extends SplitPane {

    private final PlanTreeViewModel viewModel;
    private final PlanTree tree = new PlanTree();

    public PlanTreeView(PlanTreeViewModel viewModel) {
        this.viewModel = viewModel;
        setOrientation(Orientation.HORIZONTAL);
        getStyleClass().add("plan-tree-view");

        tree.selectedIdProperty().addListener((observable, old, id) -> {
            PlanDocument plan = viewModel.planProperty().get();
            viewModel.selectedNodeProperty().set(id == null || plan == null ? null
                    : PlanDocuments.find(plan, id).orElse(null));
        });

        PlanNodeDetailsView details = new PlanNodeDetailsView(viewModel);
        getItems().addAll(tree, details);
        setDividerPositions(0.38);

        viewModel.planProperty().addListener((observable, old, document) -> tree.show(document, ""));
        tree.show(viewModel.planProperty().get(), "");
    }
}
