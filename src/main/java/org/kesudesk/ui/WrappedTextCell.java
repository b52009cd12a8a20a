package org.kesudesk.ui;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * A table cell that shows its text wrapped to its column's width, up to so many characters; the rest, if any, in a
 * tooltip (itself bounded). For tables whose rows are read, not scanned: a change's values, a log's entries.
 */
public final class WrappedTextCell<S> extends TableCell<S, String> {

    /** How much of a text a tooltip shows: a task's text, not a whole document. */
    private static final int TOOLTIP_SHOWN = 2_000;

    private final Text wrapped = new Text();
    private final int shown;

    /**
     * @param shown how many characters the cell shows at most ({@link Integer#MAX_VALUE}: all)
     */
    public WrappedTextCell(TableColumn<S, String> column, int shown) {
        this.shown = shown;
        wrapped.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
        wrapped.fillProperty().bind(textFillProperty());
        setPrefHeight(USE_COMPUTED_SIZE);
    }

    /** Makes the column's cells wrap their text, showing up to so many characters. */
    public static <S> TableColumn<S, String> wrapping(TableColumn<S, String> column, int shown) {
        column.setCellFactory(c -> new WrappedTextCell<>(c, shown));
        return column;
    }

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        String value = empty || text == null ? "" : text;
        boolean cut = value.length() > shown;
        wrapped.setText(cut ? value.substring(0, shown) + "…" : value);
        setGraphic(empty ? null : wrapped);
        setTooltip(cut ? new Tooltip(value.length() > TOOLTIP_SHOWN ? value.substring(0, TOOLTIP_SHOWN) + "…" : value)
                : null);
    }
}
