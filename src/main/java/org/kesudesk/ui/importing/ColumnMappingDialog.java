package org.kesudesk.ui.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.kesudesk.l10n.Messages;
import org.kesudesk.parse.ColumnMapping;
import org.kesudesk.parse.ColumnRole;
import org.kesudesk.parse.UnmappedTable;

/**
 * Asks what each column of a table holds when its header does not say it as the parser knows (内容 / 主办 / 协办):
 * the header and the first rows, a choice under each column (filled with what the header suggests), and 读取 only
 * when the choices make a division table (one task column, a unit column, no role twice).
 */
public final class ColumnMappingDialog extends Dialog<ColumnMapping> {

    private static final int CELL_CHARACTERS = 40;

    public ColumnMappingDialog(UnmappedTable table) {
        setTitle(Messages.get("import.columns.title"));
        setHeaderText(Messages.get("import.columns.header"));
        getDialogPane().setId("columnMappingDialog");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        List<ComboBox<ColumnRole>> choices = new ArrayList<>();
        for (int column = 0; column < table.header().size(); column++) {
            Label header = new Label(shortened(table.header().get(column)));
            header.setStyle("-fx-font-weight: bold;");
            grid.add(header, column, 0);
            ComboBox<ColumnRole> choice = new ComboBox<>();
            choice.getItems().setAll(ColumnRole.values());
            choice.setConverter(new RoleNames());
            choice.setButtonCell(new RoleCell());
            choice.setValue(table.guessed().roles().get(column));
            choice.setId("column" + column);
            choice.setAccessibleText(Messages.get("import.columns.choice", table.header().get(column)));
            choices.add(choice);
            grid.add(choice, column, 1);
            for (int row = 0; row < table.rows().size(); row++) {
                List<String> cells = table.rows().get(row);
                Label cell = new Label(column < cells.size() ? shortened(cells.get(column)) : "");
                cell.setWrapText(true);
                cell.setMaxWidth(220);
                grid.add(cell, column, row + 2);
            }
        }
        ReadOnlyObjectWrapper<ColumnMapping> mapping = new ReadOnlyObjectWrapper<>();
        Runnable update = () -> mapping.set(new ColumnMapping(choices.stream().map(ComboBox::getValue).toList()));
        choices.forEach(choice -> choice.valueProperty().addListener((value, old, now) -> update.run()));
        update.run();
        Label problem = new Label();
        problem.setId("columnMappingProblem");
        problem.setStyle("-fx-text-fill: #b00020;");
        problem.textProperty().bind(Bindings.createStringBinding(() -> mapping.get().problem().map(Messages::get)
                .orElse(""), mapping));
        Label hint = new Label(Messages.get("import.columns.hint"));
        hint.setWrapText(true);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToHeight(true);
        VBox content = new VBox(10, hint, scroll, problem);
        content.setPrefWidth(Math.min(1000, 200 + 160 * table.header().size()));
        getDialogPane().setContent(content);

        ButtonType read = new ButtonType(Messages.get("import.columns.read"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(read,
                new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Node readButton = getDialogPane().lookupButton(read);
        readButton.disableProperty().bind(Bindings.createBooleanBinding(() -> mapping.get().problem().isPresent(),
                mapping));
        setResultConverter(button -> button == read ? mapping.get() : null);
        setResizable(true);
    }

    private static String shortened(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= CELL_CHARACTERS ? oneLine : oneLine.substring(0, CELL_CHARACTERS - 1) + "…";
    }

    /** A role by its name in the bundle (序号, 任务, 牵头单位 …). */
    public static String name(ColumnRole role) {
        return Messages.get("column.role." + role.name());
    }

    private static final class RoleNames extends StringConverter<ColumnRole> {
        @Override
        public String toString(ColumnRole role) {
            return role == null ? "" : name(role);
        }

        @Override
        public ColumnRole fromString(String text) {
            return Optional.ofNullable(text).flatMap(t -> java.util.Arrays.stream(ColumnRole.values())
                    .filter(role -> name(role).equals(t)).findFirst()).orElse(ColumnRole.OTHER);
        }
    }

    private static final class RoleCell extends ListCell<ColumnRole> {
        @Override
        protected void updateItem(ColumnRole role, boolean empty) {
            super.updateItem(role, empty);
            setText(empty || role == null ? "" : name(role));
        }
    }
}
