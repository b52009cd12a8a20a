package org.kesudesk.ui;

import java.util.function.Predicate;

import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

/**
 * A row "opened" as desktop lists open one: by a double click on it, or by Enter on the selected row. The action
 * says whether it did something; Enter is left to others (a default button) when it did not.
 */
public final class RowActivation {

    private RowActivation() {
    }

    /** A table's rows (the table's row factory is set). */
    public static <T> void of(TableView<T> table, Predicate<T> open) {
        table.setRowFactory(view -> {
            TableRow<T> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    open.test(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            T chosen = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && chosen != null && open.test(chosen)) {
                event.consume();
            }
        });
    }

    /** A list's rows. */
    public static <T> void of(ListView<T> list, Predicate<T> open) {
        list.setOnMouseClicked(event -> {
            T chosen = list.getSelectionModel().getSelectedItem();
            if (event.getClickCount() == 2 && chosen != null) {
                open.test(chosen);
            }
        });
        list.setOnKeyPressed(event -> {
            T chosen = list.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && chosen != null && open.test(chosen)) {
                event.consume();
            }
        });
    }
}
