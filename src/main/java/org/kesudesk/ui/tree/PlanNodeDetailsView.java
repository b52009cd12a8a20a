package org.kesudesk.ui.tree;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kesudesk.l10n.Messages;

/** The selected node: numbering and title, its full text, and its lead or responsible units in stored order. */
final class PlanNodeDetailsView extends ScrollPane {

    PlanNodeDetailsView(PlanTreeViewModel viewModel) {
        getStyleClass().add("node-details");
        setFitToWidth(true);
        setFitToHeight(true);

        Label placeholder = new Label(Messages.get("details.placeholder"));
        placeholder.getStyleClass().add("placeholder-text");
        placeholder.setWrapText(true);

        Label kind = new Label();
        kind.setId("detailsKind");
        kind.getStyleClass().add("details-kind");
        kind.textProperty().bind(viewModel.kindNameProperty());

        Label heading = new Label();
        heading.setId("detailsHeading");
        heading.getStyleClass().add("details-heading");
        heading.setWrapText(true);
        heading.textProperty().bind(viewModel.headingProperty());

        TextArea text = new TextArea();
        text.setId("detailsText");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(8);
        text.textProperty().bind(viewModel.textProperty());
        VBox.setVgrow(text, Priority.ALWAYS);

        Label unitsHeading = new Label();
        unitsHeading.getStyleClass().add("details-section-heading");
        unitsHeading.textProperty().bind(viewModel.unitsHeadingProperty());

        ListView<String> units = new ListView<>(viewModel.units());
        units.setId("detailsUnits");
        units.setPrefHeight(180);
        units.setMinHeight(120);
        VBox.setVgrow(units, Priority.ALWAYS);
        units.setCellFactory(list -> new NumberedCell());
        units.setPlaceholder(new Label(Messages.get("details.noUnits")));

        Label indicatorsHeading = new Label(Messages.get("details.indicators"));
        indicatorsHeading.getStyleClass().add("details-section-heading");
        ListView<String> indicators = new ListView<>(viewModel.indicators());
        indicators.setId("detailsIndicators");
        indicators.setPrefHeight(90);

        VBox content = new VBox(8, kind, heading, text, unitsHeading, units, indicatorsHeading, indicators);
        content.getStyleClass().add("details-content");

        BooleanBinding nothingSelected = viewModel.selectedNodeProperty().isNull();
        showOnlyWhen(nothingSelected, placeholder);
        showOnlyWhen(nothingSelected.not(), kind, heading, text);
        showOnlyWhen(viewModel.unitsHeadingProperty().isNotEmpty(), unitsHeading, units);
        showOnlyWhen(Bindings.isNotEmpty(viewModel.indicators()), indicatorsHeading, indicators);
        content.getChildren().add(0, placeholder);
        setContent(content);
    }

    private static void showOnlyWhen(BooleanExpression condition, Node... nodes) {
        for (Node node : nodes) {
            node.visibleProperty().bind(condition);
            node.managedProperty().bind(condition);
        }
    }

    /** Numbers the units 1, 2, 3 … so that their order is visible at a glance. */
    private static final class NumberedCell extends ListCell<String> {
        @Override
        protected void updateItem(String unit, boolean empty) {
            super.updateItem(unit, empty);
            setText(empty || unit == null ? null : (getIndex() + 1) + ". " + unit);
        }
    }
}
