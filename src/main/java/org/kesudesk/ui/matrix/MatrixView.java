package org.kesudesk.ui.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.IntegerProperty;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

import org.controlsfx.control.CheckComboBox;
import org.kesudesk.l10n.Messages;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Role;
import org.kesudesk.model.Unit;
import org.kesudesk.ui.matrix.MatrixViewModel.Row;
import org.kesudesk.ui.plan.PlanEditViewModel;

/**
 * 责任矩阵: rows are actions/projects and their tasks, columns are units with their counts; click a cell, or
 * select it and press Space or Enter, to toggle it.
 *
 * <p>Rows and columns are both virtualised. The table has only as many unit columns as fit on screen ("slots");
 * the scroll bar below, the arrow keys at the table's edges, a sideways scroll and the 定位单位 field move which
 * units those slots show. A catalogue of 200 units thus costs the table no more than the 15 or so it shows: a
 * TableView with a real column per unit lays out and styles every column's header and cells on each change.
 */
public final class MatrixView extends BorderPane implements org.kesudesk.ui.Copying.Source {

    /** What a unit's column needs beside its header's line of text: the cell's padding and the header's. */
    private static final double SLOT_PADDING = 18;
    private static final String SLOT = "matrix-slot";

    private final MatrixViewModel viewModel;
    private final TableView<Row> table = new TableView<>(null);
    private final TableColumn<Row, String> titleColumn = new TableColumn<>(Messages.get("matrix.column.title"));
    private final TableColumn<Row, Number> countColumn = new TableColumn<>(Messages.get("matrix.column.count"));
    private final List<TableColumn<Row, String>> slots = new ArrayList<>();
    /** The catalogue index of the unit the first slot shows. */
    private final IntegerProperty firstUnit = new SimpleIntegerProperty(0);
    private final ScrollBar unitBar = new ScrollBar();
    /** The slot that shows the unit 定位单位 found, for the focus when the user goes on to the table. */
    private int focusedSlotAfterLocate;

    public MatrixView(MatrixViewModel viewModel) {
        this.viewModel = viewModel;
        table.setItems(viewModel.rows());
        table.setId("matrixTable");
        // the lights of the open round colour the responsible units' cells: redrawn when they change
        viewModel.lightsProperty().addListener((observable, old, lights) -> table.refresh());
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setFixedCellSize(26);
        table.setPlaceholder(new Label(Messages.get("matrix.empty")));
        // a filter, not a handler: the table's own keys would take Space, Enter and the arrows first
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        table.addEventFilter(ScrollEvent.SCROLL, this::onScroll);

        titleColumn.setId("matrixTitleColumn");
        titleColumn.setPrefWidth(320);
        titleColumn.setSortable(false);
        // each cell follows its row's node, so that an edit redraws the cells of the edited row only
        titleColumn.setCellValueFactory(cell -> Bindings.createStringBinding(() ->
                "    ".repeat(cell.getValue().depth()) + PlanEditViewModel.displayName(cell.getValue().node()),
                cell.getValue().nodeProperty()));
        countColumn.setPrefWidth(60);
        countColumn.setSortable(false);
        countColumn.setCellValueFactory(cell -> Bindings.createObjectBinding(() -> cell.getValue().isSection() ? null
                : cell.getValue().node().carriedOutBy().size(), cell.getValue().nodeProperty()));
        // a section's row heads its items: set apart, in bold
        table.setRowFactory(view -> new javafx.scene.control.TableRow<>() {
            {
                // the title double-clicked opens the row in 方案 (a unit's cell toggles instead)
                setOnMouseClicked(event -> {
                    if (event.getClickCount() == 2 && !isEmpty() && !inUnitCell(event.getPickResult().getIntersectedNode())) {
                        viewModel.openInPlan(getItem());
                    }
                });
            }

            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("matrix-section-row");
                if (!empty && row != null && row.isSection()) {
                    getStyleClass().add("matrix-section-row");
                }
            }
        });
        table.getColumns().setAll(List.of(titleColumn, countColumn));
        // the title and count columns widen with the text size (the units' columns are fitted to what is left)
        org.kesudesk.ui.TextSizedColumns.follow(table);

        unitBar.setId("matrixUnitBar");
        unitBar.setOrientation(Orientation.HORIZONTAL);
        unitBar.setMin(0);
        unitBar.setUnitIncrement(1);
        unitBar.valueProperty().addListener((observable, old, value) -> firstUnit.set((int) Math.round(value.doubleValue())));
        firstUnit.addListener((observable, old, first) -> {
            if (Math.round(unitBar.getValue()) != first.intValue()) {
                unitBar.setValue(first.intValue());
            }
            showUnits();
        });

        // 复制 takes every unit's column, not only those that fit: the selected row, or the whole matrix
        javafx.scene.control.MenuItem copyRow = new javafx.scene.control.MenuItem(Messages.get("matrix.menu.copy"));
        copyRow.setId("matrixCopyItem");
        copyRow.setOnAction(event -> copiedText().ifPresent(org.kesudesk.ui.Copying::toClipboard));
        javafx.scene.control.MenuItem copyAll = new javafx.scene.control.MenuItem(
                Messages.get("matrix.menu.copyAll"));
        copyAll.setId("matrixCopyAllItem");
        copyAll.setOnAction(event -> org.kesudesk.ui.Copying.toClipboard(
                viewModel.copiedText(List.copyOf(table.getItems()))));
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(copyRow, copyAll);
        menu.setOnShowing(event -> copyRow.setDisable(table.getSelectionModel().getSelectedIndex() < 0));
        table.setContextMenu(menu);

        setTop(toolbar());
        setCenter(table);
        setBottom(unitBar);

        table.widthProperty().addListener((observable, old, width) -> fitSlots());
        titleColumn.widthProperty().addListener((observable, old, width) -> fitSlots());
        countColumn.widthProperty().addListener((observable, old, width) -> fitSlots());
        viewModel.units().addListener((ListChangeListener<Unit>) change -> showUnits());
        viewModel.countsChangedProperty().addListener((observable, old, now) -> updateHeaders());
        fitSlots();
    }

    private HBox toolbar() {
        // one section or several (ControlsFX CheckComboBox): the actions and the projects, say; none checked is all
        CheckComboBox<PlanNode> section = new CheckComboBox<>(viewModel.sections());
        section.setId("matrixSection");
        section.setConverter(new StringConverter<>() {
            @Override
            public String toString(PlanNode node) {
                return node == null ? "" : PlanEditViewModel.displayName(node);
            }

            @Override
            public PlanNode fromString(String text) {
                return null;
            }
        });
        section.setTitle(Messages.get("matrix.allSections"));
        section.getCheckModel().getCheckedItems().addListener((ListChangeListener<PlanNode>) change -> {
            List<PlanNode> checked = List.copyOf(section.getCheckModel().getCheckedItems());
            section.setTitle(checked.isEmpty() ? Messages.get("matrix.allSections") : null);
            if (!checked.equals(viewModel.sectionFilter())) {
                viewModel.sectionFilter().setAll(checked);
            }
        });
        section.setPrefWidth(240);

        TextField locate = new TextField();
        locate.setId("matrixLocate");
        locate.setPromptText(Messages.get("matrix.locate.prompt"));
        locate.setPrefColumnCount(10);
        // the filters keep their size when the window (or a larger text size) leaves less room: the hint gives way
        locate.setMinWidth(Region.USE_PREF_SIZE);
        section.setMinWidth(Region.USE_PREF_SIZE);
        locate.textProperty().addListener((observable, old, text) -> locate(text));
        // Enter or ↓ goes to the table, on the unit found, to toggle it with Space
        locate.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.DOWN) {
                focusFirstSlot();
                event.consume();
            }
        });

        Label hint = new Label(Messages.get("matrix.hint"));
        hint.setMinWidth(0);
        hint.setTooltip(new Tooltip(hint.getText()));
        HBox top = new HBox(8, fixed(new Label(Messages.get("matrix.filter"))), section,
                fixed(new Label(Messages.get("matrix.locate"))), locate, hint);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("matrix-toolbar");
        return top;
    }

    /** A label that keeps its whole text when the toolbar is short of room (the hint gives way instead). */
    private static Label fixed(Label label) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** Makes as many unit columns as fit beside the title and count columns. */
    private void fitSlots() {
        // a unit's column holds a line of its header's name (HEADER_LINE characters) at the headers' text size, and
        // the columns share what the title and count leave, with no empty strip after the last
        double least = MatrixViewModel.HEADER_LINE * org.kesudesk.ui.TextSizedColumns.headerTextSize(table) + SLOT_PADDING;
        double free = table.getWidth() - titleColumn.getWidth() - countColumn.getWidth() - 24;
        int wanted = Math.max(1, (int) Math.floor(free / least));
        if (table.getWidth() <= 0) {
            wanted = 12;
        }
        double each = Math.max(least, Math.floor(free / wanted));
        if (wanted != slots.size()) {
            while (slots.size() < wanted) {
                slots.add(slot(slots.size()));
            }
            while (slots.size() > wanted) {
                slots.remove(slots.size() - 1);
            }
            List<TableColumn<Row, ?>> columns = new ArrayList<>(List.of(titleColumn, countColumn));
            columns.addAll(slots);
            // all at once: adding columns one by one lays the header out each time
            table.getColumns().setAll(columns);
            showUnits();
        }
        slots.forEach(slot -> slot.setPrefWidth(each));
    }

    private TableColumn<Row, String> slot(int index) {
        TableColumn<Row, String> column = new TableColumn<>();
        column.setUserData(index);
        column.getStyleClass().add(SLOT);
        column.setResizable(false);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(cell -> Bindings.createStringBinding(() -> unitAt(index)
                .map(unit -> MatrixViewModel.cellText(cell.getValue(), unit)).orElse(""), cell.getValue().nodeProperty()));
        column.setCellFactory(c -> new ToggleCell(index));
        return column;
    }

    /** After scrolling, or a change of the catalogue: the slots show the units from {@link #firstUnit} on. */
    private void showUnits() {
        int last = Math.max(0, viewModel.units().size() - slots.size());
        unitBar.setMax(last);
        unitBar.setVisibleAmount(Math.min(slots.size(), viewModel.units().size()));
        unitBar.setBlockIncrement(Math.max(1, slots.size() - 1));
        unitBar.setDisable(last == 0);
        if (firstUnit.get() > last) {
            firstUnit.set(last);
            return;
        }
        updateHeaders();
        table.refresh();
    }

    private void updateHeaders() {
        for (int i = 0; i < slots.size(); i++) {
            String text = unitAt(i).map(viewModel::header).orElse("");
            if (!text.equals(slots.get(i).getText())) {
                slots.get(i).setText(text);
            }
        }
    }

    /** The unit the slot shows, if any (the catalogue may have fewer units than the slots). */
    Optional<Unit> unitAt(int slot) {
        int index = firstUnit.get() + slot;
        return index < viewModel.units().size() ? Optional.of(viewModel.units().get(index)) : Optional.empty();
    }

    /** Shows the first unit whose name contains the text in the first slot (or as far left as it goes). */
    private void locate(String text) {
        String wanted = text == null ? "" : text.strip();
        if (wanted.isEmpty()) {
            return;
        }
        List<Unit> units = viewModel.units();
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).name().contains(wanted)) {
                int first = Math.min(i, Math.max(0, units.size() - slots.size()));
                firstUnit.set(first);
                focusedSlotAfterLocate = i - first;
                return;
            }
        }
    }

    private void focusFirstSlot() {
        if (table.getItems().isEmpty() || slots.isEmpty()) {
            return;
        }
        int row = Math.max(0, table.getFocusModel().getFocusedIndex());
        TableColumn<Row, String> column = slots.get(Math.min(focusedSlotAfterLocate, slots.size() - 1));
        table.requestFocus();
        table.getSelectionModel().clearAndSelect(row, column);
        table.getFocusModel().focus(row, column);
    }

    private void onKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER && !onUnitCell()) {
            // on the title: the row opened in 方案
            int row = table.getFocusModel().getFocusedIndex();
            if (row >= 0) {
                viewModel.openInPlan(table.getItems().get(row));
            }
            event.consume();
            return;
        }
        if (event.getCode() == KeyCode.SPACE || event.getCode() == KeyCode.ENTER) {
            toggleFocused();
            event.consume();
            return;
        }
        TablePosition<Row, ?> focused = table.getFocusModel().getFocusedCell();
        if (focused == null || !(focused.getTableColumn() != null && focused.getTableColumn().getUserData()
                instanceof Integer slot) || event.isShiftDown()) {
            return;
        }
        // at the table's edge the arrows move the units under the slots instead of the focus
        if (event.getCode() == KeyCode.RIGHT && slot == slots.size() - 1
                && firstUnit.get() < unitBar.getMax()) {
            firstUnit.set(firstUnit.get() + 1);
            event.consume();
        } else if (event.getCode() == KeyCode.LEFT && slot == 0 && firstUnit.get() > 0) {
            firstUnit.set(firstUnit.get() - 1);
            event.consume();
        }
    }

    /** The selected row with every unit's cell, under a header naming them: for Excel or WPS. */
    @Override
    public Optional<String> copiedText() {
        int selected = table.getSelectionModel().getSelectedIndex();
        return selected < 0 || selected >= table.getItems().size() ? Optional.empty()
                : Optional.of(viewModel.copiedText(List.of(table.getItems().get(selected))));
    }

    /** A sideways scroll (a touchpad, or Shift and the wheel) moves the units. */
    private void onScroll(ScrollEvent event) {
        double delta = event.getDeltaX() != 0 ? event.getDeltaX() : event.isShiftDown() ? event.getDeltaY() : 0;
        if (delta != 0) {
            int step = delta < 0 ? 1 : -1;
            firstUnit.set((int) Math.max(0, Math.min(unitBar.getMax(), firstUnit.get() + step)));
            event.consume();
        }
    }

    /** Whether a node clicked is in a unit's cell (a slot), not in the title or the count. */
    private static boolean inUnitCell(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n instanceof TableCell<?, ?> cell) {
                return cell.getTableColumn() != null && cell.getTableColumn().getUserData() instanceof Integer;
            }
        }
        return false;
    }

    /** Whether the focused cell is a unit's (a slot), not the title or the count. */
    private boolean onUnitCell() {
        TablePosition<Row, ?> focused = table.getFocusModel().getFocusedCell();
        return focused != null && focused.getTableColumn() != null
                && focused.getTableColumn().getUserData() instanceof Integer;
    }

    private void toggleFocused() {
        TablePosition<Row, ?> focused = table.getFocusModel().getFocusedCell();
        if (focused == null || focused.getRow() < 0 || focused.getTableColumn() == null) {
            return;
        }
        if (focused.getTableColumn().getUserData() instanceof Integer slot) {
            unitAt(slot).ifPresent(unit -> viewModel.toggle(table.getItems().get(focused.getRow()), unit));
        }
    }

    /** A cell that shows 牵头 / 责任 and toggles when clicked. */
    private final class ToggleCell extends TableCell<Row, String> {
        private final int slot;

        ToggleCell(int slot) {
            this.slot = slot;
            setAlignment(Pos.CENTER);
            setOnMouseClicked(event -> {
                Row row = getTableRow() == null ? null : getTableRow().getItem();
                if (row != null && !isEmpty()) {
                    unitAt(slot).ifPresent(unit -> viewModel.toggle(row, unit));
                }
            });
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            getStyleClass().removeAll("matrix-lead", "matrix-responsible");
            getStyleClass().removeIf(style -> style.startsWith("light-"));
            setText(empty ? null : text);
            Row row = getTableRow() == null ? null : getTableRow().getItem();
            if (!empty && row != null && text != null && !text.isEmpty()) {
                boolean leads = unitAt(slot).filter(unit -> row.role(unit) == Role.LEAD).isPresent();
                getStyleClass().add(leads ? "matrix-lead" : "matrix-responsible");
                // a responsible unit's light on the task in the open round
                unitAt(slot).map(unit -> viewModel.light(row, unit)).flatMap(light -> light)
                        .ifPresent(light -> getStyleClass().add("light-" + light.name().toLowerCase(
                                java.util.Locale.ROOT)));
            }
        }
    }
}
