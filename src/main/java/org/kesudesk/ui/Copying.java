package org.kesudesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import java.util.function.IntFunction;

import javafx.scene.Node;
import javafx.scene.control.Cell;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.MultipleSelectionModel;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.util.Callback;

import org.kesudesk.l10n.Messages;
import org.kesudesk.model.Unit;
import org.kesudesk.ui.tree.PlanTree;

/**
 * 复制 (Ctrl+C) from wherever the keyboard is, as a desk's other programs copy: a text box its selected text; the plan
 * tree the selected node as the notice prints it, to paste into a message or a draft; a table its selected rows as
 * shown, a cell a column and a row a line, which Excel and WPS paste as cells; a list its selected lines (a list of
 * units their names).
 */
public final class Copying {

    /** The key that copies. */
    public static final KeyCombination KEY = KeyCombination.keyCombination("Shortcut+C");

    private Copying() {
    }

    /**
     * Copies from a dialog's controls as the main window's 编辑 ▸ 复制 does (a dialog has no menu): Ctrl+C that no
     * control took for itself (a text box copies its own selection).
     */
    public static void within(Node root) {
        offerMenu(root);
        root.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (KEY.match(event) && root.getScene() != null && copy(root.getScene().getFocusOwner())) {
                event.consume();
            }
        });
    }

    /**
     * A right-click (or the keyboard's menu key) on a table, list or tree that has no menu of its own offers 复制, and
     * 全选 where several rows may be chosen: the mouse's way to what Ctrl+C and Ctrl+A do.
     */
    public static void offerMenu(Node root) {
        root.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, event -> {
            Node start = event.getPickResult().getIntersectedNode();
            if (start == null && event.getTarget() instanceof Node target) {
                start = target;
            }
            for (Node node = start; node != null; node = node.getParent()) {
                if (node instanceof Control control && control.getContextMenu() != null) {
                    return;
                }
                if (node instanceof TableView<?> || node instanceof ListView<?> || node instanceof TreeView<?>) {
                    menuFor((Control) node).show(node, event.getScreenX(), event.getScreenY());
                    event.consume();
                    return;
                }
            }
        });
    }

    private static ContextMenu menuFor(Control control) {
        MultipleSelectionModel<?> selection = control instanceof TableView<?> table ? table.getSelectionModel()
                : control instanceof ListView<?> list ? list.getSelectionModel()
                : ((TreeView<?>) control).getSelectionModel();
        MenuItem copy = new MenuItem(Messages.get("menu.context.copy"));
        copy.setId("contextCopyItem");
        // what is copied is made when 复制 is chosen, not for the menu: thousands of rows may be chosen
        copy.setDisable(selection.isEmpty());
        copy.setOnAction(event -> copy(control));
        ContextMenu menu = new ContextMenu(copy);
        if (selection.getSelectionMode() == SelectionMode.MULTIPLE) {
            MenuItem all = new MenuItem(Messages.get("menu.context.selectAll"));
            all.setId("contextSelectAllItem");
            all.setOnAction(event -> selection.selectAll());
            menu.getItems().add(all);
        }
        return menu;
    }

    /** Copies from the control that has the keyboard (or the one it is in); whether there was anything to copy. */
    public static boolean copy(Node focused) {
        if (focused instanceof TextInputControl input) {
            input.copy();
            return true;
        }
        Optional<String> text = text(focused);
        text.ifPresent(Copying::toClipboard);
        return text.isPresent();
    }

    /** What {@link #copy} would put on the clipboard from this control, if anything. */
    public static Optional<String> text(Node focused) {
        for (Node node = focused; node != null; node = node.getParent()) {
            if (node instanceof Source source) {
                return source.copiedText();
            }
        }
        for (Node node = focused; node != null; node = node.getParent()) {
            if (node instanceof PlanTree tree) {
                return tree.selectedAsPrinted();
            }
            if (node instanceof TableView<?> table) {
                return rows(table);
            }
            if (node instanceof ListView<?> list) {
                return lines(list);
            }
            if (node instanceof TreeView<?> tree) {
                return treeLine(tree);
            }
        }
        return Optional.empty();
    }

    /**
     * A view that says itself what 复制 takes from it, in place of the control that has the keyboard: the matrix,
     * whose table shows only the unit columns that fit, copies every unit's.
     */
    public interface Source {
        Optional<String> copiedText();
    }

    /** Puts text on the clipboard, as 复制 does. */
    public static void toClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** A table's selected rows, in the table's order: the shown columns' texts set apart by tabs. */
    private static <S> Optional<String> rows(TableView<S> table) {
        List<Integer> selected = table.getSelectionModel().getSelectedIndices().stream().sorted().toList();
        if (selected.isEmpty()) {
            return Optional.empty();
        }
        List<IntFunction<String>> columns = table.getVisibleLeafColumns().stream()
                .map(column -> cellTexts(table, column)).toList();
        List<String> lines = new ArrayList<>();
        for (int index : selected) {
            if (index >= 0 && index < table.getItems().size()) {
                lines.add(columns.stream().map(column -> oneCell(column.apply(index)))
                        .collect(Collectors.joining("\t")));
            }
        }
        return lines.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", lines));
    }

    /**
     * A column's cells' texts, by row: a text value whole (a cell may show it shortened, its whole in a tooltip); any
     * other value as the column's cells show it (a light as ● 红) — one cell made and moved from row to row, as the
     * table itself does — else as the table's default cell would.
     */
    private static <S, T> IntFunction<String> cellTexts(TableView<S> table, TableColumn<S, T> column) {
        Callback<TableColumn<S, T>, TableCell<S, T>> factory = column.getCellFactory();
        TableCell<S, T> cell;
        TableRow<S> row;
        if (factory != null && (Object) factory != TableColumn.DEFAULT_CELL_FACTORY) {
            cell = factory.call(column);
            row = new TableRow<>();
            row.updateTableView(table);
            cell.updateTableView(table);
            cell.updateTableColumn(column);
            cell.updateTableRow(row);
        } else {
            cell = null;
            row = null;
        }
        return index -> {
            T value = column.getCellData(index);
            if (value instanceof String text) {
                return text;
            }
            if (cell != null) {
                row.updateIndex(index);
                cell.updateIndex(index);
                return shown(cell);
            }
            return value == null ? "" : value.toString();
        };
    }

    /** A list's selected lines as its cells show them. */
    private static <T> Optional<String> lines(ListView<T> list) {
        List<Integer> selected = list.getSelectionModel().getSelectedIndices().stream().sorted().toList();
        List<String> lines = new ArrayList<>();
        for (int index : selected) {
            if (index < 0 || index >= list.getItems().size()) {
                continue;
            }
            T item = list.getItems().get(index);
            if (item instanceof Unit unit) {
                // a unit by its name, without the list's numbering or marks: pasted into a task's unit box, it is
                // that unit again
                lines.add(unit.name());
            } else if (list.getCellFactory() == null) {
                lines.add(item == null ? "" : item.toString());
            } else {
                ListCell<T> cell = list.getCellFactory().call(list);
                cell.updateListView(list);
                cell.updateIndex(index);
                lines.add(shown(cell));
            }
        }
        return lines.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", lines));
    }

    /** A tree's selected row as its cells show it. */
    private static <T> Optional<String> treeLine(TreeView<T> tree) {
        TreeItem<T> item = tree.getSelectionModel().getSelectedItem();
        if (item == null || item.getValue() == null) {
            return Optional.empty();
        }
        if (tree.getCellFactory() == null) {
            return Optional.of(item.getValue().toString());
        }
        TreeCell<T> cell = tree.getCellFactory().call(tree);
        cell.updateTreeView(tree);
        cell.updateIndex(tree.getRow(item));
        String text = shown(cell);
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static String shown(Cell<?> cell) {
        return cell.getText() == null ? "" : cell.getText().strip();
    }

    /** A cell's text on one line of the copy: its own line breaks and tabs would start another row or column. */
    private static String oneCell(String text) {
        return text.strip().replaceAll("[\\t\\r\\n]+", " ");
    }
}
