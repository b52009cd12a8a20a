package org.kesudesk.ui.matrix;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

import org.kesudesk.l10n.Messages;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Role;
import org.kesudesk.model.Unit;
import org.kesudesk.ui.plan.PlanEditViewModel;
import org.kesudesk.ui.matrix.MatrixViewModel.Row;

/**
 * 责任矩阵: rows are actions/projects and their tasks, columns are units with their counts; click a cell, or
 * select it and press Space or Enter, to toggle it. Rows are virtualised, so large plans stay quick.
 */
public final class MatrixView extends BorderPane {

    private final MatrixViewModel viewModel;
    private final TableView<Row> table = new TableView<>(null);

    public MatrixView(MatrixViewModel viewModel) {
        this.viewModel = viewModel;
        table.setItems(viewModel.rows());
        table.setId("matrixTable");
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setFixedCellSize(26);
        table.setPlaceholder(new Label(Messages.get("matrix.empty")));
        // a filter, not a handler: the table's own keys would take Space and Enter first
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.SPACE || event.getCode() == KeyCode.ENTER) {
                toggleFocused();
                event.consume();
            }
        });

        ComboBox<PlanNode> section = new ComboBox<>();
        section.setId("matrixSection");
        section.getItems().add(null);
        viewModel.sections().addListener((ListChangeListener<PlanNode>) change -> {
            PlanNode chosen = viewModel.sectionFilterProperty().get();
            section.getItems().setAll(viewModel.sections());
            section.getItems().add(0, null);
            section.setValue(chosen);
        });
        section.getItems().addAll(viewModel.sections());
        section.setConverter(new StringConverter<>() {
            @Override
            public String toString(PlanNode node) {
                return node == null ? Messages.get("matrix.allSections") : PlanEditViewModel.displayName(node);
            }

            @Override
            public PlanNode fromString(String text) {
                return null;
            }
        });
        section.valueProperty().bindBidirectional(viewModel.sectionFilterProperty());
        HBox top = new HBox(8, new Label(Messages.get("matrix.filter")), section,
                new Label(Messages.get("matrix.hint")));
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("matrix-toolbar");
        setTop(top);
        setCenter(table);

        viewModel.units().addListener((ListChangeListener<Unit>) change -> buildColumns());
        viewModel.rows().addListener((ListChangeListener<Row>) change -> updateHeaders());
        buildColumns();
    }

    private void buildColumns() {
        TableColumn<Row, String> title = new TableColumn<>(Messages.get("matrix.column.title"));
        title.setId("matrixTitleColumn");
        title.setPrefWidth(320);
        title.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                "    ".repeat(cell.getValue().depth()) + PlanEditViewModel.displayName(cell.getValue().node())));
        TableColumn<Row, Number> count = new TableColumn<>(Messages.get("matrix.column.count"));
        count.setPrefWidth(60);
        count.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                cell.getValue().node().unitsIn(cell.getValue().role()).size()));
        List<TableColumn<Row, ?>> columns = new ArrayList<>(List.of(title, count));
        for (Unit unit : viewModel.units()) {
            TableColumn<Row, String> column = new TableColumn<>();
            column.setUserData(unit);
            column.setPrefWidth(64);
            column.setSortable(false);
            column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(MatrixViewModel.cellText(cell.getValue(), unit)));
            column.setCellFactory(c -> new ToggleCell(unit));
            columns.add(column);
        }
        // all at once: adding 200 columns one by one lays the header out 200 times
        table.getColumns().setAll(columns);
        updateHeaders();
    }

    private void updateHeaders() {
        for (TableColumn<Row, ?> column : table.getColumns()) {
            if (column.getUserData() instanceof Unit unit) {
                String text = unit.name() + "\n" + viewModel.count(unit);
                if (!text.equals(column.getText())) {
                    column.setText(text);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void toggleFocused() {
        TablePosition<Row, ?> focused = table.getFocusModel().getFocusedCell();
        if (focused == null || focused.getRow() < 0 || focused.getTableColumn() == null) {
            return;
        }
        if (focused.getTableColumn().getUserData() instanceof Unit unit) {
            viewModel.toggle(table.getItems().get(focused.getRow()), unit);
        }
    }

    /** A cell that shows 牵头 / 责任 and toggles when clicked. */
    private final class ToggleCell extends TableCell<Row, String> {
        ToggleCell(Unit unit) {
            setAlignment(Pos.CENTER);
            setOnMouseClicked(event -> {
                Row row = getTableRow() == null ? null : getTableRow().getItem();
                if (row != null && !isEmpty()) {
                    viewModel.toggle(row, unit);
                }
            });
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            getStyleClass().removeAll("matrix-lead", "matrix-responsible");
            setText(empty ? null : text);
            Row row = getTableRow() == null ? null : getTableRow().getItem();
            if (!empty && row != null && text != null && !text.isEmpty()) {
                getStyleClass().add(row.role() == Role.LEAD ? "matrix-lead" : "matrix-responsible");
            }
        }
    }
}
