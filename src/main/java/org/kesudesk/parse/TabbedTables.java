package org.kesudesk.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tables in a text file, as Word and WPS write them when a document is copied into a text editor or saved as text:
 * a row a line, its cells separated by tabs. A row across the table (一、实施提升行动) comes as a line of its own
 * without tabs, and a cell of several paragraphs breaks its row over several lines. A run of such lines headed as a
 * division table is read by its rows, as a Word table is ({@link DivisionTable}), each line made from a row numbered
 * as the row's first line; every other line, tabbed lines that are no division table too, stays as it was.
 */
final class TabbedTables {

    /** The lines, and which of them were made from a division table's rows. */
    record Read(List<SourceLine> lines, Set<Integer> tableLines, List<ParseWarning> notes) {
    }

    /** The most lines a table is read from: twice the nodes a plan may have (a row may take a line or two). */
    private static final int MAX_ROWS = 2 * org.kesudesk.model.ContentLimits.NODES;

    private TabbedTables() {
    }

    static Read read(List<SourceLine> lines) {
        if (lines.stream().noneMatch(line -> isRow(line.text()))) {
            return new Read(lines, Set.of(), List.of());
        }
        List<SourceLine> read = new ArrayList<>(lines.size());
        Set<Integer> tableLines = new HashSet<>();
        List<ParseWarning> notes = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!isRow(lines.get(i).text())) {
                read.add(lines.get(i));
                i++;
                continue;
            }
            int end = runEnd(lines, i);
            List<SourceLine> run = lines.subList(i, end);
            if (run.size() > MAX_ROWS) {
                // more rows than a plan has nodes: no plan's table, and not split into cells (a hostile file's lines)
                read.addAll(run);
                i = end;
                continue;
            }
            List<List<String>> rows = new ArrayList<>();
            List<Integer> rowLines = new ArrayList<>();
            rows(run, rows, rowLines);
            Optional<DivisionTable.Read> division = DivisionTable.numbered(rows, DivisionTable.madeSectionAfter(read));
            if (division.isPresent()) {
                DivisionTable.unreadColumns(rows, java.util.Optional.empty(), rowLines.get(0))
                        .forEach(column -> notes.add(column.warning()));
                for (int k = 0; k < division.get().lines().size(); k++) {
                    int number = rowLines.get(Math.max(0, division.get().rows().get(k)));
                    read.add(new SourceLine(number, division.get().lines().get(k)));
                    tableLines.add(number);
                }
            } else {
                read.addAll(run);
            }
            i = end;
        }
        return new Read(read, tableLines, notes);
    }

    /** Where a table's lines end: past its last tabbed line, with the lines between its tabbed lines, none blank. */
    private static int runEnd(List<SourceLine> lines, int start) {
        int lastRow = start;
        for (int i = start + 1; i < lines.size() && i - lastRow <= 3 && !lines.get(i).isBlank(); i++) {
            if (isRow(lines.get(i).text())) {
                lastRow = i;
            }
        }
        return lastRow + 1;
    }

    /**
     * The rows of a run: a line of cells starts a row, unless the row before is short of cells, when it goes on
     * with it (its first cell the same cell's next paragraph); a line without tabs is a row across the table if it
     * is a heading, else the next paragraph of the last cell of the row before.
     */
    private static void rows(List<SourceLine> run, List<List<String>> rows, List<Integer> rowLines) {
        int width = run.stream().mapToInt(line -> cells(line.text()).size()).max().orElse(0);
        boolean open = false;
        for (SourceLine line : run) {
            List<String> cells = cells(line.text());
            List<String> row = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            boolean goesOn = row != null && (open ? cells.size() < width
                    : cells.size() == 1 && row.size() > 1 && !isHeading(cells.get(0)));
            if (goesOn) {
                int last = row.size() - 1;
                row.set(last, row.get(last) + "\n" + cells.get(0));
                row.addAll(cells.subList(1, cells.size()));
                open = row.size() < width;
            } else {
                rows.add(new ArrayList<>(cells));
                rowLines.add(line.number());
                open = cells.size() > 1 && cells.size() < width;
            }
        }
    }

    /** A line of cells: two at least, one beside the other with text (a tab before a paragraph is its indent). */
    private static boolean isRow(String text) {
        int tab = text.indexOf('\t');
        if (tab < 0) {
            return false;
        }
        return !text.substring(0, tab).isBlank() || cells(text).stream().filter(cell -> !cell.isBlank()).count() >= 2;
    }

    private static List<String> cells(String text) {
        List<String> cells = new ArrayList<>();
        for (String cell : text.split("\t", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }

    /** A row across a table: a section or an item as numbered, or named as actions and projects are. */
    private static boolean isHeading(String text) {
        String line = text.strip();
        return Headings.SECTION.matcher(line).matches() || Headings.ITEM.matcher(line).matches()
                || PlanTextParser.kindOf(line) != null && line.length() <= 40 && !line.contains("。");
    }
}
