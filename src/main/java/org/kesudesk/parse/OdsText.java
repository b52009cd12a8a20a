package org.kesudesk.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.kesudesk.model.ContentLimits;

/**
 * A 任务分工表 kept by LibreOffice Calc (.ods, OpenDocument spreadsheet: what the domestic Linux desktops save by
 * default), read as its .xlsx is ({@link XlsxText}): each sheet's rows and cells, a formula as its formula (never
 * its value: {@code =ROW()-2}), a cell merged down its column as Excel's, a sheet the workbook hides passed over and
 * named in the review. Calc writes a run of like rows or cells once with a count (the empty ones to the sheet's
 * end, a million rows): counted, never made, the columns past {@link WorkbookText#COLUMNS} left out and a sheet going
 * on past the rows a plan can have refused.
 */
final class OdsText {

    private OdsText() {
    }

    static DocxText.Content content(String name, byte[] bytes, Optional<ColumnMapping> mapping) {
        try {
            return XlsxText.content(sheets(name, bytes, XlsxText.LAST_ROW), mapping);
        } catch (WorkbookText.TooManyRows e) {
            throw new PlanParseException(0, "parse.error.xlsxTooLarge", name, ContentLimits.NODES);
        }
    }

    /**
     * The workbook's sheets by name, in order, each with its rows up to {@code lastRow} (a sheet going on past it
     * refused), whether it is hidden, and its cells merged down.
     *
     * @param name the file's name, for the messages refusing a damaged package
     */
    static Map<String, WorkbookText.Sheet> sheets(String name, byte[] bytes, int lastRow)
            throws WorkbookText.TooManyRows {
        Document xml = OdtText.contentXml(name, bytes);
        Element spreadsheet = xml.selectFirst("office|spreadsheet");
        if (spreadsheet == null) {
            throw new PlanParseException(0, "parse.error.odfDamaged", name, "office:spreadsheet");
        }
        Set<String> hiddenStyles = new HashSet<>();
        for (Element style : xml.select("office|automatic-styles > style|style[style:family=table]")) {
            Element properties = style.selectFirst("style|table-properties");
            if (properties != null && "false".equals(properties.attr("table:display"))) {
                hiddenStyles.add(style.attr("style:name"));
            }
        }
        Map<String, WorkbookText.Sheet> sheets = new LinkedHashMap<>();
        for (Element table : spreadsheet.children()) {
            if (table.tagName().equals("table:table")) {
                String sheetName = table.attr("table:name");
                sheets.putIfAbsent(sheetName.isEmpty() ? String.valueOf(sheets.size() + 1) : sheetName,
                        sheet(table, hiddenStyles.contains(table.attr("table:style-name")), lastRow));
            }
        }
        return sheets;
    }

    /** A sheet's rows that hold a cell, by their index, and its cells merged down. */
    private static WorkbookText.Sheet sheet(Element table, boolean hidden, int lastRow)
            throws WorkbookText.TooManyRows {
        List<WorkbookText.Row> rows = new ArrayList<>();
        List<WorkbookText.MergedDown> merged = new ArrayList<>();
        int index = 0;
        for (Element row : rows(table)) {
            int repeated = OdtText.count(row, "table:number-rows-repeated");
            List<String> cells = new ArrayList<>();
            int column = 0;
            for (Element cell : row.children()) {
                boolean covered = cell.tagName().equals("table:covered-table-cell");
                if (!covered && !cell.tagName().equals("table:table-cell")) {
                    continue;
                }
                String text = covered ? "" : text(cell);
                int down = OdtText.count(cell, "table:number-rows-spanned");
                if (down > 1 && column < WorkbookText.COLUMNS && merged.size() < WorkbookText.MOST_MERGED) {
                    merged.add(new WorkbookText.MergedDown(column, index, index + down - 1));
                }
                int across = OdtText.count(cell, "table:number-columns-repeated");
                for (int i = 0; i < across && column < WorkbookText.COLUMNS; i++, column++) {
                    cells.add(text);
                }
                if (column >= WorkbookText.COLUMNS) {
                    break;
                }
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
                cells.remove(cells.size() - 1);
            }
            if (!cells.isEmpty()) {
                // a row of text written once for several alike: each of them, within the rows a plan can have
                for (int i = 0; i < repeated; i++) {
                    if (index + i > lastRow) {
                        throw new WorkbookText.TooManyRows();
                    }
                    rows.add(new WorkbookText.Row(index + i, List.copyOf(cells)));
                }
            }
            index += repeated;
        }
        return new WorkbookText.Sheet(rows, hidden, merged);
    }

    /** The table's rows in order, those in its header-row and row groups too (not a table's inside a cell). */
    private static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        java.util.ArrayDeque<Element> todo = new java.util.ArrayDeque<>();
        todo.push(table);
        while (!todo.isEmpty()) {
            Element next = todo.pop();
            List<Element> children = next.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                Element child = children.get(i);
                switch (child.tagName()) {
                    case "table:table-row" -> todo.push(child);
                    case "table:table-header-rows", "table:table-rows", "table:table-row-group" -> todo.push(child);
                    default -> {
                        // columns, shapes, named ranges: no rows
                    }
                }
            }
            if (next.tagName().equals("table:table-row")) {
                rows.add(next);
            }
        }
        return rows;
    }

    /** A cell's text: its formula as written ({@code of:=…} without its namespace), else its paragraphs' lines. */
    private static String text(Element cell) {
        String formula = cell.attr("table:formula");
        if (!formula.isEmpty()) {
            int colon = formula.indexOf(":=");
            return colon >= 0 && colon < 8 ? formula.substring(colon + 1) : formula;
        }
        List<String> lines = new ArrayList<>();
        for (Element paragraph : cell.children()) {
            if (paragraph.tagName().equals("text:p") || paragraph.tagName().equals("text:h")) {
                lines.add(paragraphText(paragraph));
            }
        }
        String shown = String.join("\n", lines);
        return cell.attr("office:value-type").equals("date") ? dateText(cell.attr("office:date-value"), shown) : shown;
    }

    /** Figures in a cell's text as shown: 2025-12 has two, 12/31/25 three. */
    private static final java.util.regex.Pattern FIGURES = java.util.regex.Pattern.compile("\\d+");

    /**
     * A date cell's text as an .xlsx's is read ({@link WorkbookText}): the day as a document writes it, 2025年12月31日,
     * whatever the format Calc shows it in (12/31/25 in an English one); a month shown without its day as the month,
     * 2025年12月, as a 完成时限 writes it. A value that is no date is read as shown.
     */
    private static String dateText(String value, String shown) {
        java.time.LocalDate day;
        try {
            day = java.time.LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (java.time.DateTimeException notADay) {
            return shown;
        }
        return FIGURES.matcher(shown).results().count() == 2
                ? org.kesudesk.model.DocumentDate.ofMonth(java.time.YearMonth.from(day))
                : org.kesudesk.model.DocumentDate.of(day);
    }

    /** A paragraph's text, its spaces (text:s) and line breaks as Calc shows them. */
    private static String paragraphText(Element paragraph) {
        StringBuilder out = new StringBuilder();
        java.util.ArrayDeque<org.jsoup.nodes.Node> todo = new java.util.ArrayDeque<>();
        todo.push(paragraph);
        while (!todo.isEmpty()) {
            org.jsoup.nodes.Node node = todo.pop();
            if (node instanceof org.jsoup.nodes.TextNode words) {
                out.append(words.getWholeText());
            } else if (node instanceof Element element) {
                switch (element.tagName()) {
                    case "text:s" -> out.append(" ".repeat(Math.min(64, OdtText.count(element, "text:c"))));
                    case "text:tab" -> out.append(' ');
                    case "text:line-break" -> out.append('\n');
                    case "text:note", "office:annotation" -> {
                        // a note or comment on the cell: not its text
                    }
                    default -> {
                        for (int i = element.childNodeSize() - 1; i >= 0; i--) {
                            todo.push(element.childNode(i));
                        }
                    }
                }
            }
        }
        return out.toString();
    }
}
