package org.kesudesk.ui.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.VBox;

import org.kesudesk.l10n.Messages;
import org.kesudesk.model.Region;

/**
 * The review step of deriving a county's plan: each unit of the city's plan beside the name it will have in the
 * county's, made by the usual rules (市教育局 → 县教育局), each editable (double-click or F2; Enter keeps it, and
 * Enter again makes the plan).
 */
public final class UnitNamesDialog extends Dialog<Map<String, String>> {

    /** One city unit and its county name, as edited. */
    private record Row(String cityName, StringProperty countyName) {
    }

    public UnitNamesDialog(Region county, Map<String, String> names) {
        setTitle(Messages.get("exchange.derive.title"));
        setHeaderText(Messages.get("exchange.derive.header", county.name()));
        getDialogPane().setId("unitNamesDialog");
        List<Row> rows = names.entrySet().stream()
                .map(e -> new Row(e.getKey(), new SimpleStringProperty(e.getValue()))).toList();
        TableView<Row> table = new TableView<>(FXCollections.observableArrayList(rows));
        table.setId("unitNamesTable");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Row, String> city = new TableColumn<>(Messages.get("exchange.derive.cityUnit"));
        city.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().cityName()));
        city.setPrefWidth(260);
        TableColumn<Row, String> countyColumn = new TableColumn<>(Messages.get("exchange.derive.countyUnit"));
        countyColumn.setCellValueFactory(c -> c.getValue().countyName());
        countyColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        countyColumn.setOnEditCommit(edit -> {
            String text = edit.getNewValue() == null ? "" : edit.getNewValue().strip();
            edit.getRowValue().countyName().set(text.isEmpty() ? edit.getOldValue() : text);
            // back to the table, not on to 取消: the next Enter confirms, it does not throw the edits away
            javafx.application.Platform.runLater(table::requestFocus);
        });
        countyColumn.setPrefWidth(260);
        table.getColumns().setAll(List.of(city, countyColumn));
        Label hint = new Label(Messages.get("exchange.derive.hint"));
        hint.setWrapText(true);
        VBox content = new VBox(10, hint, table);
        content.setPrefSize(580, 480);
        getDialogPane().setContent(content);
        ButtonType derive = new ButtonType(Messages.get("exchange.derive.confirm"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(derive,
                new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        // Enter in the table, not editing, confirms (F2 edits a name): never 取消 by a second Enter
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER && table.getEditingCell() == null) {
                event.consume();
                ((javafx.scene.control.Button) getDialogPane().lookupButton(derive)).fire();
            }
        });
        setResultConverter(button -> {
            if (button != derive) {
                return null;
            }
            Map<String, String> result = new LinkedHashMap<>();
            rows.forEach(row -> result.put(row.cityName(), row.countyName().get()));
            return result;
        });
        setResizable(true);
    }
}
