package org.kesudesk.ui.audit;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

import org.kesudesk.l10n.Messages;
import org.kesudesk.model.AuditEntry;
import org.kesudesk.model.Unit;
import org.kesudesk.ui.plan.PlanEditViewModel;

/** 操作记录: when, who, what, and the value before → after, filterable by unit or by task. */
public final class AuditView extends BorderPane {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** How much of a value before or after a change a row shows: a city task's list of a dozen units. */
    private static final int VALUE_SHOWN = 90;

    public AuditView(AuditViewModel viewModel) {
        TableView<AuditEntry> table = new TableView<>(viewModel.entries());
        table.setId("auditTable");
        // several entries chosen to be copied at once
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(Messages.get("audit.view.empty")));
        table.getColumns().add(column("audit.view.at", 150, e -> WHEN.format(e.at())));
        table.getColumns().add(column("audit.view.user", 90, AuditEntry::osUser));
        table.getColumns().add(column("audit.view.action", 110, e -> Messages.get("audit.action." + e.action())));
        TableColumn<AuditEntry, String> summary = column("audit.view.summary", 360, AuditEntry::summary);
        // the 事项 is the entry's point: its whole text, wrapped, and the column takes the width there is
        org.kesudesk.ui.WrappedTextCell.wrapping(summary, Integer.MAX_VALUE);
        summary.setId("auditSummaryColumn");
        table.getColumns().add(summary);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // the time, the user and the action are read whole; the 事项 and the values share the rest
        table.getColumns().get(0).setMinWidth(150);
        table.getColumns().get(1).setMinWidth(70);
        table.getColumns().get(2).setMinWidth(110);
        // the values wrapped too, as far as a unit list goes (what a move or a removal changed is seen in them), a
        // long text's start with the rest on hover
        for (String key : List.of("audit.view.before", "audit.view.after")) {
            TableColumn<AuditEntry, String> values = column(key, 220, e -> (key.endsWith("before") ? e.before()
                    : e.after()).orElse(""));
            org.kesudesk.ui.WrappedTextCell.wrapping(values, VALUE_SHOWN);
            table.getColumns().add(values);
        }

        // an entry about an item or task opens it in 方案 (double-click or Enter)
        org.kesudesk.ui.RowActivation.of(table, viewModel::open);
        table.setTooltip(new javafx.scene.control.Tooltip(Messages.get("audit.view.open")));

        // searchable (ControlsFX): a city has dozens of units to choose from
        ComboBox<Unit> unit = new org.controlsfx.control.SearchableComboBox<>();
        unit.setId("auditUnitFilter");
        unit.getItems().add(null);
        unit.setOnShowing(event -> {
            unit.getItems().setAll(viewModel.units());
            unit.getItems().add(0, null);
        });
        unit.setConverter(new StringConverter<>() {
            @Override
            public String toString(Unit value) {
                return value == null ? Messages.get("audit.view.allUnits") : value.name();
            }

            @Override
            public Unit fromString(String text) {
                return null;
            }
        });
        unit.valueProperty().bindBidirectional(viewModel.unitFilterProperty());
        TextField text = new TextField();
        text.setId("auditTextFilter");
        text.setPromptText(Messages.get("audit.view.textPrompt"));
        text.textProperty().bindBidirectional(viewModel.textFilterProperty());
        // no 刷新: the list follows every change to the plan by itself
        Button export = new Button(Messages.get("audit.view.export"));
        export.setId("auditExportButton");
        export.setOnAction(event -> viewModel.exportToExcel());
        export.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.entries()));
        Label node = new Label();
        node.setId("auditNodeFilter");
        node.textProperty().bind(viewModel.nodeFilterProperty().map(n -> Messages.get("audit.view.node",
                PlanEditViewModel.displayName(n))).orElse(""));
        Button clearNode = new Button(Messages.get("audit.view.allNodes"));
        clearNode.setId("auditAllNodesButton");
        clearNode.setOnAction(event -> viewModel.nodeFilterProperty().set(null));
        clearNode.visibleProperty().bind(viewModel.nodeFilterProperty().isNotNull());
        clearNode.managedProperty().bind(clearNode.visibleProperty());
        HBox top = new HBox(8, new Label(Messages.get("audit.view.unit")), unit, text, node, clearNode, export);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("audit-toolbar");
        setTop(top);
        setCenter(table);
    }

    private static TableColumn<AuditEntry, String> column(String key, double width,
                                                          Function<AuditEntry, String> value) {
        TableColumn<AuditEntry, String> column = new TableColumn<>(Messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
