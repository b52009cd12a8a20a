package org.kesudesk.ui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

import org.kesudesk.l10n.Messages;
import org.kesudesk.logic.EveryPlanSearch;
import org.kesudesk.model.PlanSummary;

/**
 * The places 在所有方案中查找 found, a row each — the plan (its region, years and 文号), where in it, the words around
 * the text — to go to one: double-click, Enter or 转到 shows it in its plan.
 */
final class FoundPlacesDialog extends Dialog<EveryPlanSearch.Hit> {

    FoundPlacesDialog(EveryPlanSearch.Found found) {
        setTitle(Messages.get("plan.everyPlan.title"));
        setResizable(true);
        setHeaderText(found.total() > found.hits().size()
                ? Messages.get("plan.everyPlan.foundMore", found.query(), found.plansWithHits(), found.total(),
                        found.hits().size())
                : Messages.get("plan.everyPlan.found", found.query(), found.plansWithHits(), found.total()));
        TableView<EveryPlanSearch.Hit> table = new TableView<>();
        table.setId("foundPlaces");
        table.getItems().setAll(found.hits());
        table.getColumns().add(column("plan.everyPlan.column.plan", 260, hit -> planName(hit.plan())));
        table.getColumns().add(column("plan.everyPlan.column.place", 250, EveryPlanSearch.Hit::placeAndTitle));
        table.getColumns().add(column("plan.everyPlan.column.excerpt", 380, EveryPlanSearch.Hit::excerpt));
        // several rows chosen (Shift, Ctrl, Ctrl+A) to be copied into a report; one to go to
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        table.getSelectionModel().selectFirst();
        table.setPrefHeight(380);
        table.setTooltip(new Tooltip(Messages.get("plan.everyPlan.open")));
        getDialogPane().setContent(table);
        getDialogPane().setId("foundPlacesDialog");
        getDialogPane().setPrefWidth(940);
        ButtonType go = new ButtonType(Messages.get("plan.everyPlan.go"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(go,
                new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button goButton = (Button) getDialogPane().lookupButton(go);
        goButton.disableProperty().bind(javafx.beans.binding.Bindings.size(table.getSelectionModel()
                .getSelectedIndices()).isNotEqualTo(1));
        RowActivation.of(table, hit -> {
            table.getSelectionModel().clearAndSelect(table.getItems().indexOf(hit));
            goButton.fire();
            return true;
        });
        setResultConverter(button -> button == go ? table.getSelectionModel().getSelectedItem() : null);
        // the list has the keyboard: ↑ ↓ to a row, Enter to go there
        setOnShown(event -> javafx.application.Platform.runLater(table::requestFocus));
    }

    /** A plan as the list names it: its region, its years, its 文号 (or its name when it has none). */
    static String planName(PlanSummary plan) {
        return Messages.get("plan.everyPlan.planName", plan.region().name(), plan.period().map(Object::toString)
                .orElse(Messages.get("plan.period.none")), plan.docNumber().isEmpty() ? plan.name() : plan.docNumber());
    }

    private static TableColumn<EveryPlanSearch.Hit, String> column(String key, double width,
            java.util.function.Function<EveryPlanSearch.Hit, String> text) {
        TableColumn<EveryPlanSearch.Hit, String> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
