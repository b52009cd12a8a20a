package org.kesudesk.ui;

import java.util.IdentityHashMap;
import java.util.Map;

import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;

/**
 * A table's column widths, given in pixels for the normal text size, follow the text size the user chose (视图 ▸
 * 放大文字): a column is a width in pixels, not text, and stayed as wide at 130 % as at 100 %, cutting its texts to
 * "二、（一…". The size is read from the font of the table's own column headers, which the style sheet sets.
 */
public final class TextSizedColumns {

    /** The root's text size at 100 % (the style sheet's), for which the widths are given. */
    private static final double NORMAL_TEXT_SIZE = 14;

    private TextSizedColumns() {
    }

    /** Makes the table's columns (those it has now) follow the text size from the time it is first laid out. */
    public static void follow(TableView<?> table) {
        Map<TableColumnBase<?, ?>, Double> normalWidths = new IdentityHashMap<>();
        table.getColumns().forEach(column -> remember(column, normalWidths));
        // the headers are made with the table's first layout: their font is followed from then on
        javafx.beans.InvalidationListener[] attach = new javafx.beans.InvalidationListener[1];
        attach[0] = observable -> {
            if (table.lookup(".column-header .label") instanceof Labeled label) {
                table.needsLayoutProperty().removeListener(attach[0]);
                label.fontProperty().addListener((font, was, now) -> scale(normalWidths, now));
                scale(normalWidths, label.getFont());
            }
        };
        table.needsLayoutProperty().addListener(attach[0]);
    }

    /** The text size of the table's column headers, in pixels; the normal size before its first layout. */
    public static double headerTextSize(TableView<?> table) {
        return table.lookup(".column-header .label") instanceof Labeled label && label.getFont() != null
                ? label.getFont().getSize() : NORMAL_TEXT_SIZE;
    }

    private static void remember(TableColumnBase<?, ?> column, Map<TableColumnBase<?, ?>, Double> normalWidths) {
        normalWidths.put(column, column.getPrefWidth());
        column.getColumns().forEach(child -> remember(child, normalWidths));
    }

    private static void scale(Map<TableColumnBase<?, ?>, Double> normalWidths, Font font) {
        if (font == null) {
            return;
        }
        double factor = font.getSize() / NORMAL_TEXT_SIZE;
        normalWidths.forEach((column, width) -> column.setPrefWidth(Math.round(width * factor)));
    }
}
