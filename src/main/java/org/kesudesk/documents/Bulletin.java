package org.kesudesk.documents;

import java.util.List;
import java.util.Objects;

/**
 * A round's 进展情况通报: its title and 主送, its text (the office's frame with the round's figures filled in; a
 * paragraph "一、…" is a heading), and as its 附件 the figures — tables by section, by unit and by county, the
 * indicators, the tasks late — and charts of them. Text as the document prints it; made by the progress service.
 *
 * @param title      the 通报's title
 * @param addressees its 主送 (empty: none)
 * @param paragraphs its text, a paragraph each
 * @param attachment the 附件's title
 * @param tables     the 附件's tables, in order
 * @param charts     the 附件's charts, in order, after the tables they draw
 */
public record Bulletin(String title, String addressees, List<String> paragraphs, String attachment,
                       List<Table> tables, List<Chart> charts) {

    public Bulletin {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(addressees, "addressees");
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(attachment, "attachment");
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
    }

    /** How a table is laid out. */
    public enum Layout {
        /** A name, then up to {@link #FIGURE_COLUMNS} short cells (counts, rates). */
        FIGURES,
        /**
         * The indicators: the wording, then {@link #INDICATOR_COLUMNS} cells (target, its year, the latest value, its
         * year, attainment, source), the targets and values wide enough for 50万人次 on one line.
         */
        INDICATORS,
        /** The late tasks: 序号, task, unit, deadline, status. */
        LATE_TASKS
    }

    /** The most cells after the name in a {@link Layout#FIGURES} table. */
    public static final int FIGURE_COLUMNS = 7;
    /** The cells after the wording in a {@link Layout#INDICATORS} row. */
    public static final int INDICATOR_COLUMNS = 6;
    /** The cells of a {@link Layout#LATE_TASKS} row. */
    public static final int LATE_COLUMNS = 5;

    /**
     * A table: its caption (表1 …), its header cells and its rows, each a list of cells as printed.
     *
     * @param note a line under the table (empty: none), e.g. how a rate is computed
     */
    public record Table(String caption, Layout layout, List<String> header, List<List<String>> rows, String note) {
        public Table {
            Objects.requireNonNull(caption, "caption");
            Objects.requireNonNull(layout, "layout");
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            Objects.requireNonNull(note, "note");
            int width = switch (layout) {
                case FIGURES -> FIGURE_COLUMNS + 1;
                case INDICATORS -> INDICATOR_COLUMNS + 1;
                case LATE_TASKS -> LATE_COLUMNS;
            };
            if (header.size() > width || rows.stream().anyMatch(row -> row.size() > width)) {
                throw new IllegalArgumentException("more cells than a " + layout + " row holds: " + caption);
            }
        }
    }

    /**
     * A bar chart: its caption (图1 …), a bar for each category, the value axis's label; values in percent
     * (0–100 and above) draw on an axis up to at least 100.
     */
    public record Chart(String caption, String axisLabel, List<String> categories, List<Series> series)
            implements java.io.Serializable {
        public Chart {
            Objects.requireNonNull(caption, "caption");
            Objects.requireNonNull(axisLabel, "axisLabel");
            categories = List.copyOf(categories);
            series = List.copyOf(series);
            for (Series s : series) {
                if (s.values().size() != categories.size()) {
                    throw new IllegalArgumentException("a value for each category: " + caption);
                }
            }
        }
    }

    /** A series of bars: its name (in the legend) and a value for each category. */
    public record Series(String name, List<Double> values) implements java.io.Serializable {
        public Series {
            Objects.requireNonNull(name, "name");
            values = List.copyOf(values);
        }
    }
}
