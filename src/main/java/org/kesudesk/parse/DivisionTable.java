package org.kesudesk.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.kesudesk.model.TextRules;

/**
 * A task-division table (分工表) in a Word document, read as the lines the text parser knows: its columns found by
 * their headers (序号, 重点任务 or 工作任务 …, 牵头单位, 责任单位 or 配合单位 …), a row spanning the table (or whose
 * task cell starts 一、 or （一）) a section or an item, an item column merged down over its tasks an item, every other
 * row a task with its units. A task row's 牵头单位 lead its task, or its item where they repeat the item's on every
 * row ({@code ItemRows#putUnits}); an item's lead units are those its row names and its task rows', in order — its
 * row's only in a table naming each task's own.
 */
final class DivisionTable {

    // a cell of several paragraphs is one text: DOTALL
    private static final Pattern SECTION = Pattern.compile("^[一二三四五六七八九十]{1,3}、.*", Pattern.DOTALL);
    /** A 序号 in Chinese numerals (一, 一、, （一）): a row of an item or a section, above the tasks numbered 1, 2 …. */
    private static final Pattern CHINESE_NUMBER = Pattern.compile("^([（(])?([一二三四五六七八九十]{1,3})[）)]?[、.．]?$");
    /** A 序号 that numbers a task within its action (1.1, 2.3): the rows numbered 1, 2 above them are the actions. */
    private static final Pattern DECIMAL_NUMBER = Pattern.compile("^\\d{1,3}[.．]\\d{1,3}$");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("^(\\d{1,3})[、.．]?$");
    private static final Pattern ITEM = Pattern.compile("^（[一二三四五六七八九十]{1,3}）.*", Pattern.DOTALL);
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,3}[.．、]\\s*.*", Pattern.DOTALL);
    /** A note in a row across the table: 注：…, 备注：…, 说明：… */
    private static final Pattern NOTE = Pattern.compile("^(?:注|备注|附注|说明)\\s*[：:].*");

    /** The columns a header row names. */
    record Columns(int number, int item, int task, int lead, int responsible) {

        /** The columns of a header row, if it is one: a task column and a unit column at least. */
        static Optional<Columns> of(List<String> header) {
            return of(guess(header));
        }

        /** The columns the user mapped, if the mapping can be used. */
        static Optional<Columns> of(ColumnMapping mapping) {
            if (mapping.problem().isPresent()) {
                return Optional.empty();
            }
            return Optional.of(new Columns(mapping.column(ColumnRole.NUMBER), mapping.column(ColumnRole.ITEM),
                    mapping.column(ColumnRole.TASK), mapping.column(ColumnRole.LEAD),
                    mapping.column(ColumnRole.RESPONSIBLE)));
        }
    }

    /** What each header cell says its column holds; of a role named twice, the first column holds it. */
    static ColumnMapping guess(List<String> header) {
        List<ColumnRole> roles = new ArrayList<>();
        for (String text : header) {
            // 责任单位（列第一位的为牵头单位） is the 责任单位 column, its first unit each task's lead; 责任单位（标*的为
            // 牵头单位） too, its signed units the leads
            ColumnRole role = roleOf(LeadSigns.withoutDeclaration(
                    FirstListedLeads.withoutDeclaration(text.replaceAll("\\s", ""))));
            if (role == ColumnRole.TASK && roles.contains(ColumnRole.TASK) && !roles.contains(ColumnRole.ITEM)) {
                // 重点任务 | 具体措施: the first says which work the rows group under, the second each task
                roles.set(roles.indexOf(ColumnRole.TASK), ColumnRole.ITEM);
            }
            roles.add(role != ColumnRole.OTHER && roles.contains(role) ? ColumnRole.OTHER : role);
        }
        if (!roles.contains(ColumnRole.TASK) && roles.contains(ColumnRole.ITEM)) {
            // 重点工作 alone: the one work column is the tasks'
            roles.set(roles.indexOf(ColumnRole.ITEM), ColumnRole.TASK);
        }
        return new ColumnMapping(roles);
    }

    /** A task's cell closing with its time in brackets: 加强学校科学教育（完成时限：每年年底前）. */
    private static final Pattern TIME_AFTER_TITLE = Pattern.compile("(?s)(.+?)[（(]\\s*(?:"
            + org.kesudesk.model.DeadlineWording.TIME_LABELS + ")\\s*[：:]([^（）()]+)[）)]\\s*");

    private static ColumnRole roleOf(String cell) {
        if (cell.matches("序号|编号|序號|編號")) {
            return ColumnRole.NUMBER;
        } else if (UnitList.namesPeople(cell) && !cell.matches(".*(单位|部门|处室|單位|部門|處室).*")) {
            // 牵头市领导, 责任人: a person beside the units, not a unit (责任单位及责任人 is the units' column)
            return ColumnRole.OTHER;
        } else if (cell.matches(".*(牵头|牽頭|主责|主責|总负责|主要责任|主要責任).*")
                || cell.matches(".*(主办|主辦)(单位|部门|單位|部門).*")) {
            return ColumnRole.LEAD;
        } else if (cell.matches(".*(责任|責任|配合|参与|參與|协办|協辦|协同|協同|协作|協作|参加|參加|负责|負責|承办|承辦)"
                + "(单位|部门|處室|处室|單位|部門|主体|主體).*")) {
            return ColumnRole.RESPONSIBLE;
        } else if (cell.matches("(行动|行動|工程|重点工作|重點工作|工作类别|任务类别|项目|項目|类别|類別)(名称|名稱)?")) {
            return ColumnRole.ITEM;
        } else if (cell.matches(".*(任务|任務|工作内容|具体措施|工作措施|主要内容|工作举措|工作舉措|目标任务|重点工作"
                + "|工作要点|工作要點|具体工作|具體工作).*")) {
            return ColumnRole.TASK;
        }
        return ColumnRole.OTHER;
    }

    private DivisionTable() {
    }

    /**
     * Whether a table is a frame around text rather than a table of data: one cell in every row (a box drawn around
     * the plan, or around a paragraph). Its paragraphs are read as the document's.
     */
    private static boolean isFrame(List<List<String>> rows) {
        return !rows.isEmpty() && rows.stream().allMatch(row -> row.size() == 1);
    }

    /**
     * Whether a table is the notice's 版头 as a Word template sets a 上行文's: a row or two of a cell or three, one row
     * the 文号 with what stands beside it (签发人：…, 份号, 紧急程度).
     */
    private static boolean isHead(List<List<String>> rows) {
        return !rows.isEmpty() && rows.size() <= 2 && rows.stream().allMatch(row -> row.size() <= 3)
                && rows.stream().anyMatch(row -> PlanTextParser.isDocNumberLine(String.join(" ", row)));
    }

    /**
     * Whether a table is the notice's 版记 (GB/T 9704: 抄送 and the 印发 line, ruled apart), as Word files often set it:
     * a few rows of a cell or two, one of them a 版记 line.
     */
    private static boolean isImprint(List<List<String>> rows) {
        return !rows.isEmpty() && rows.size() <= 4 && rows.stream().allMatch(row -> row.size() <= 3)
                && rows.stream().anyMatch(row -> PlanTextParser.isImprintLine(String.join(" ", row)));
    }

    /**
     * Whether a table is the notice's 署名, as Word files of a joint notice set it to place the organs side by side
     * over their seals: a row or two whose cells name organs by their full names (and the 成文日期, if it is in the
     * table too) — not a table of units, which plans name by their short forms (市教育局).
     */
    private static boolean isSignature(List<List<String>> rows) {
        if (rows.isEmpty() || rows.size() > 3) {
            return false;
        }
        boolean organ = false;
        for (List<String> row : rows) {
            for (String cell : row) {
                String text = cell.strip();
                if (text.isEmpty() || PlanTextParser.isDate(text)) {
                    continue;
                }
                if (!PlanTextParser.isSignatureLine(text) || !org.kesudesk.model.IssuingOrgans.isFullName(text)) {
                    return false;
                }
                organ = true;
            }
        }
        return organ;
    }

    /**
     * A Word table put among a document's lines, as both Word readers put them: a division table's rows as the lines
     * the parser reads (noted in {@code tableLines}), a frame's paragraphs as the document's (which {@code frame}
     * adds), a 版记's rows as its lines, any other table set aside in {@code seen}, for a message and for the
     * user to map its columns.
     */
    static void place(List<List<String>> cells, Optional<ColumnMapping> mapping, List<SourceLine> lines,
                      java.util.Set<Integer> tableLines, TablesSeen seen, Runnable frame) {
        place(cells, java.util.Set.of(), mapping, lines, tableLines, seen, frame);
    }

    /** A cell of a table, by its row and its place in the row. */
    record Cell(int row, int column) {
    }

    /**
     * {@link #place}, for a table some of whose cells are merged down into the cells below ({@code mergedDown}: the
     * cells covered, empty as the table gives them).
     */
    static void place(List<List<String>> cells, java.util.Set<Cell> mergedDown, Optional<ColumnMapping> mapping,
                      List<SourceLine> lines, java.util.Set<Integer> tableLines, TablesSeen seen, Runnable frame) {
        placeRead(cells, mapping, lines(withUnitsMergedDown(cells, mergedDown, mapping), mapping,
                madeSectionAfter(lines)), lines, tableLines, seen, frame);
    }

    /**
     * The rows with each unit or time cell merged down into from the cell above (县教育局 leading three tasks in one
     * cell) given that cell's text, as a reader of the table takes it: each task its units. Other cells merged down
     * stay empty (an item merged down over its tasks is read as such); the header's are left as they are.
     */
    static List<List<String>> withUnitsMergedDown(List<List<String>> rows, java.util.Set<Cell> mergedDown,
                                                  Optional<ColumnMapping> mapping) {
        if (mergedDown.isEmpty()) {
            return rows;
        }
        Optional<Header> found = header(rows);
        Optional<Columns> columns;
        List<String> header;
        int first;
        if (found.isPresent()) {
            columns = Columns.of(found.get().cells());
            header = found.get().cells();
            first = found.get().row() + found.get().rows();
        } else if (mapping.isPresent() && !rows.isEmpty() && rows.get(0).size() == mapping.get().roles().size()) {
            columns = Columns.of(mapping.get());
            header = rows.get(0);
            first = 1;
        } else {
            return rows;
        }
        if (columns.isEmpty()) {
            return rows;
        }
        java.util.Set<Integer> units = new java.util.HashSet<>(List.of(columns.get().lead(),
                columns.get().responsible(), timeColumn(header, columns.get())));
        List<List<String>> filled = new ArrayList<>(rows);
        for (int r = first + 1; r < rows.size(); r++) {
            for (int c : units) {
                // a sheet's row ends at its last cell with text: one merged into may lie beyond it
                if (c >= 0 && mergedDown.contains(new Cell(r, c)) && cell(rows.get(r), c).isBlank()
                        && c < filled.get(r - 1).size()) {
                    List<String> row = new ArrayList<>(filled.get(r));
                    while (row.size() <= c) {
                        row.add("");
                    }
                    row.set(c, filled.get(r - 1).get(c));
                    filled.set(r, row);
                }
            }
        }
        return filled;
    }

    /** {@link #place} with the table's reading as a division table already made ({@link #lines}). */
    static void placeRead(List<List<String>> cells, Optional<ColumnMapping> mapping, Optional<List<String>> division,
                          List<SourceLine> lines, java.util.Set<Integer> tableLines, TablesSeen seen,
                          Runnable frame) {
        if (division.isPresent()) {
            seen.unread(unreadColumns(cells, mapping, lines.size() + 1));
            division.get().forEach(row -> {
                SourceLine.append(lines, row);
                tableLines.add(lines.size());
            });
        } else if (isFrame(cells)) {
            frame.run();
        } else if (isSignature(cells)) {
            // the 署名 ruled as a table: a row's organs on a line, apart as a 署名 sets them, a date on its own
            for (List<String> row : cells) {
                List<String> organs = row.stream().map(String::strip)
                        .filter(cell -> !cell.isEmpty() && !PlanTextParser.isDate(cell)).toList();
                if (!organs.isEmpty()) {
                    SourceLine.append(lines, String.join(org.kesudesk.model.IssuingOrgans.SEPARATOR, organs));
                }
                row.stream().map(String::strip).filter(PlanTextParser::isDate).distinct().limit(1)
                        .forEach(date -> SourceLine.append(lines, date));
            }
        } else if (isHead(cells) || isImprint(cells)) {
            // the 版头's 文号 ruled as a table with 签发人 (or 份号, 紧急程度) beside it, or the 版记 ruled as one: its
            // lines, a row's cells apart by a space as the text sets them
            cells.forEach(row -> SourceLine.append(lines,
                    String.join(" ", row.stream().map(String::strip).filter(cell -> !cell.isEmpty()).toList())));
        } else {
            seen.other.add(cells);
        }
    }

    /**
     * A column of a division table that nothing of the plan is read from (备注, 牵头领导 …) though some of its cells
     * say something: its header as written (without spaces), how many of the table's rows fill it, and the line the
     * table starts at among the document's.
     */
    record UnreadColumn(int line, String header, int filled) {

        /** What the review says of it. */
        ParseWarning warning() {
            return ParseWarning.at(line, "parse.warning.unreadColumn", header.isEmpty()
                    ? org.kesudesk.l10n.LocalizedText.of("parse.warning.unreadColumn.unnamed") : header, filled);
        }
    }

    /**
     * The columns of a division table (read by its header, or as the user mapped its columns) that are not read and
     * are filled in some row of a task or an item — not in a row across the table (a heading, a note), nor in the
     * header repeated.
     */
    static List<UnreadColumn> unreadColumns(List<List<String>> rows, Optional<ColumnMapping> mapping, int line) {
        List<String> header;
        Columns columns;
        int first;
        Optional<Header> found = header(rows);
        if (found.isPresent()) {
            header = found.get().cells();
            columns = Columns.of(header).orElseThrow();
            first = found.get().row() + found.get().rows();
        } else if (mapping.isPresent() && !rows.isEmpty() && rows.get(0).size() == mapping.get().roles().size()
                && Columns.of(mapping.get()).isPresent()) {
            header = rows.get(0);
            columns = Columns.of(mapping.get()).orElseThrow();
            first = 1;
        } else {
            return List.of();
        }
        int timeColumn = timeColumn(header, columns);
        int detailsColumn = detailsColumn(header, columns, timeColumn);
        java.util.Set<Integer> read = new java.util.HashSet<>(List.of(columns.number(), columns.item(),
                columns.task(), columns.lead(), columns.responsible(), timeColumn, detailsColumn));
        List<UnreadColumn> unread = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (read.contains(c)) {
                continue;
            }
            int filled = 0;
            for (List<String> row : rows.subList(first, rows.size())) {
                boolean across = row.size() < header.size()
                        || row.stream().filter(cell -> !cell.isBlank()).count() == 1;
                if (!across && !row.equals(header) && !cell(row, c).isEmpty()) {
                    filled++;
                }
            }
            if (filled > 0) {
                String name = TextCleaner.withoutSpaces(cell(header, c));
                unread.add(new UnreadColumn(line, name, filled));
            }
        }
        return unread;
    }

    /**
     * The table's rows (each the text of its cells, a cell that spans the row once) as lines for the parser, or
     * empty if it is no division table.
     */
    static Optional<List<String>> lines(List<List<String>> rows) {
        return numbered(rows, MADE_SECTION).map(Read::lines);
    }

    /**
     * The heading of the section made to hold a table of items and tasks alone, from the name of the header's task
     * column: 一、重点任务.
     */
    static final java.util.function.Function<String, Optional<String>> MADE_SECTION =
            taskColumn -> Optional.of("一、" + taskColumn);

    /**
     * The section made for a table of items and tasks alone among a document's lines: none where the line just above
     * the table heads a section (一、实施五大提升行动, then its table), which is the table's; else {@link #MADE_SECTION}.
     */
    static java.util.function.Function<String, Optional<String>> madeSectionAfter(List<SourceLine> above) {
        for (int i = above.size() - 1; i >= 0; i--) {
            if (!above.get(i).isBlank()) {
                return Headings.SECTION.matcher(TextCleaner.clean(above.get(i).text())).matches()
                        ? taskColumn -> Optional.empty() : MADE_SECTION;
            }
        }
        return MADE_SECTION;
    }

    /**
     * The lines made of a table's rows, with the row each came from.
     *
     * @param rows for each line, the index in the table of the row it was made from (the header's for a section made
     *             to hold a table of items and tasks alone)
     */
    record Read(List<String> lines, List<Integer> rows) {
    }

    /** {@link #lines(List)}, each line with the row it came from (for a text file's line numbers). */
    static Optional<Read> numbered(List<List<String>> rows) {
        return numbered(rows, MADE_SECTION);
    }

    /**
     * {@link #numbered(List)}, a table of items and tasks alone put in the section {@code madeSection} heads (given
     * the name of the header's task column).
     */
    static Optional<Read> numbered(List<List<String>> rows, java.util.function.Function<String, Optional<String>> madeSection) {
        Optional<Header> found = header(rows);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Header header = found.get();
        int first = header.row() + header.rows();
        List<Integer> origins = new ArrayList<>();
        List<String> lines = lines(rows.subList(first, rows.size()), Columns.of(header.cells()).orElseThrow(),
                header.cells(), rows.subList(header.row(), first), origins, madeSection);
        List<Integer> inTable = origins.stream().map(row -> first + row).toList();
        return Optional.of(new Read(lines, inTable));
    }

    /**
     * A table's header: the row it starts at, how many rows it takes (two where a cell over several columns is named
     * in the row below: 责任单位 over 牵头单位 | 配合单位), and what each column holds as one row.
     */
    record Header(int row, int rows, List<String> cells) {
    }

    /** The header in the table's first rows (a title may stand above it), if it is a division table's. */
    static Optional<Header> header(List<List<String>> rows) {
        for (int h = 0; h < Math.min(3, rows.size()); h++) {
            if (h + 1 < rows.size()) {
                Optional<List<String>> two = withRowBelow(rows.get(h), rows.get(h + 1));
                if (two.isPresent() && Columns.of(two.get()).isPresent()) {
                    return Optional.of(new Header(h, 2, two.get()));
                }
            }
            if (Columns.of(rows.get(h)).isPresent()) {
                return Optional.of(new Header(h, 1, rows.get(h)));
            }
        }
        return Optional.empty();
    }

    /**
     * A header row and the row below it as one, if the one below names the columns of a cell above that spans them
     * (责任单位 | 牵头单位, 配合单位): each column named by its cell below, or, where that is empty (a cell above merged
     * down), by the cell above. A Word or printed table gives the cell above once (its row has fewer cells), a
     * workbook in its first column (the others empty).
     */
    private static Optional<List<String>> withRowBelow(List<String> top, List<String> below) {
        long filled = below.stream().filter(cell -> !cell.isBlank()).count();
        if (filled < 2 || filled == below.size() || below.size() < top.size()) {
            return Optional.empty();
        }
        for (String cell : below) {
            String name = cell.replaceAll("\\s", "");
            if (!name.isEmpty() && roleOf(name) == ColumnRole.OTHER && !TIME_HEADER.matcher(name).matches()) {
                return Optional.empty(); // a row of data, not of column names
            }
        }
        List<String> cells = new ArrayList<>();
        if (below.size() == top.size()) {
            for (int c = 0; c < top.size(); c++) {
                cells.add(below.get(c).isBlank() ? top.get(c) : below.get(c));
            }
            return Optional.of(cells);
        }
        // the cells above that span several below: as many as the cells above that are not merged down
        long blank = below.size() - filled;
        long spanning = top.size() - blank;
        if (spanning < 1) {
            return Optional.empty();
        }
        int t = 0;
        for (int b = 0; b < below.size(); b++) {
            if (below.get(b).isBlank()) {
                if (t >= top.size()) {
                    return Optional.empty();
                }
                cells.add(top.get(t++));
            } else {
                cells.add(below.get(b));
                boolean runEnds = b + 1 == below.size() || below.get(b + 1).isBlank();
                if (runEnds) {
                    t++; // the cell above over this run of named columns
                }
            }
        }
        return t == top.size() ? Optional.of(cells) : Optional.empty();
    }

    /** The table's rows as lines, by its header or else as the user mapped its columns; empty if neither fits. */
    static Optional<List<String>> lines(List<List<String>> rows, Optional<ColumnMapping> mapping) {
        return lines(rows, mapping, MADE_SECTION);
    }

    /**
     * {@link #lines(List, Optional)}, a table of items and tasks alone put in the section {@code madeSection} heads
     * (given the name of the header's task column): one sheet of a workbook of several.
     */
    static Optional<List<String>> lines(List<List<String>> rows, Optional<ColumnMapping> mapping,
                                        java.util.function.Function<String, Optional<String>> madeSection) {
        return numbered(rows, madeSection).map(Read::lines)
                .or(() -> mapping.flatMap(columns -> lines(rows, columns, madeSection)));
    }

    /** Which of the table's first three rows is a division table's header (a title may stand above it), if any. */
    static java.util.OptionalInt headerRow(List<List<String>> rows) {
        return header(rows).map(header -> java.util.OptionalInt.of(header.row())).orElse(java.util.OptionalInt.empty());
    }

    /**
     * The table's rows as lines, its columns as the user mapped them (its first row the header), or empty if the
     * mapping is not for a table of this many columns.
     */
    static Optional<List<String>> lines(List<List<String>> rows, ColumnMapping mapping) {
        return lines(rows, mapping, MADE_SECTION);
    }

    private static Optional<List<String>> lines(List<List<String>> rows, ColumnMapping mapping,
                                                java.util.function.Function<String, Optional<String>> madeSection) {
        if (rows.isEmpty() || rows.get(0).size() != mapping.roles().size()) {
            return Optional.empty();
        }
        return Columns.of(mapping).map(columns -> lines(rows.subList(1, rows.size()), columns, rows.get(0),
                rows.subList(0, 1), new ArrayList<>(), madeSection));
    }

    /**
     * Whether a row at the top of a page is the rest of the table's last row, broken over the page. In a table that
     * numbers its rows (序号): the last row has its number and this one none. In another: a cell of the last row
     * went on (its last line full, no sentence ended: {@code open}) and this row goes on in it. Either way this row
     * is no section or item and fills only cells the last row fills.
     */
    static boolean isRestOfRow(List<List<String>> rows, List<String> next, List<Boolean> open) {
        List<String> last = rows.get(rows.size() - 1);
        if (next.size() != last.size() || next.stream().allMatch(String::isBlank)) {
            return false;
        }
        for (int c = 0; c < next.size(); c++) {
            String text = cell(next, c);
            if (!text.isEmpty() && (cell(last, c).isEmpty() || SECTION.matcher(text).matches()
                    || ITEM.matcher(text).matches())) {
                return false;
            }
        }
        Optional<Header> header = header(rows);
        int number = header.isEmpty() ? -1 : Columns.of(header.get().cells()).orElseThrow().number();
        if (number >= 0) {
            return rows.size() > header.get().row() + header.get().rows() && !cell(last, number).isEmpty()
                    && cell(next, number).isEmpty();
        }
        for (int c = 0; c < Math.min(open.size(), next.size()); c++) {
            if (open.get(c) && !cell(next, c).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** A header saying its column holds when each task is due: 完成时限, 完成时间, 时间节点 … */
    private static final Pattern TIME_HEADER = Pattern.compile(".*(?:"
            + org.kesudesk.model.DeadlineWording.TIME_LABELS + "|时限|期限).*");

    /**
     * A header saying its column holds what a task is to do in detail (具体举措, 主要举措, 工作要求, 具体内容 …), which a
     * table gives beside the task's own name: read as the task's text after its name, as a document writes it.
     */
    private static final Pattern DETAILS_HEADER = Pattern.compile(".*(?:举措|舉措|要求|具体内容|具體內容|工作目标|工作目標"
            + "|实施内容|實施內容).*");

    /** The column of the tasks' details ({@link #DETAILS_HEADER}), if the header names one apart from those read. */
    private static int detailsColumn(List<String> header, Columns columns, int timeColumn) {
        for (int c = 0; c < header.size(); c++) {
            boolean read = c == columns.number() || c == columns.item() || c == columns.task() || c == columns.lead()
                    || c == columns.responsible() || c == timeColumn;
            if (!read && DETAILS_HEADER.matcher(header.get(c).replaceAll("\\s", "")).matches()) {
                return c;
            }
        }
        return -1;
    }

    /** A details cell as sentences after the task's name: its lines each closed by a stop, as one paragraph. */
    private static String details(String cell) {
        StringBuilder text = new StringBuilder();
        cell.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> {
            text.append(line);
            if ("。；;！!？?".indexOf(line.charAt(line.length() - 1)) < 0) {
                text.append('。');
            }
        });
        return text.toString();
    }

    /** The column of the tasks' 完成时限, if the header names one apart from the columns read for the plan. */
    private static int timeColumn(List<String> header, Columns columns) {
        for (int c = 0; c < header.size(); c++) {
            boolean read = c == columns.number() || c == columns.item() || c == columns.task() || c == columns.lead()
                    || c == columns.responsible();
            if (!read && TIME_HEADER.matcher(header.get(c).replaceAll("\\s", "")).matches()) {
                return c;
            }
        }
        return -1;
    }

    /**
     * @param headerRows the header's rows as written, which a table repeats on a later page
     * @param origins    filled with the index in {@code rows} each line came from (-1: the header)
     * @param madeSection the heading of the section made to hold a table of items and tasks alone, given the name of
     *                    the header's task column
     */
    private static List<String> lines(List<List<String>> rows, Columns columns, List<String> header,
                                      List<List<String>> headerRows, List<Integer> origins,
                                      java.util.function.Function<String, Optional<String>> madeSection) {
        int timeColumn = timeColumn(header, columns);
        int detailsColumn = detailsColumn(header, columns, timeColumn);
        rows = withCellsAbove(rows, header, headerRows, columns.lead(), columns.responsible(), timeColumn);
        // 责任单位（列第一位的为牵头单位）: each row's first unit there leads
        boolean firstLeads = columns.responsible() >= 0
                && FirstListedLeads.declaredIn(cell(header, columns.responsible()));
        List<String> lines = new ArrayList<>();
        // each item's rows (and the tasks under no item, since a section began), their units put on the lines once
        // the whole table is read: whether its 牵头单位 column names each task's own leads depends on every row
        List<ItemRows> items = new ArrayList<>();
        ItemRows item = new ItemRows(-1, null);
        items.add(item);
        String currentItem = null;
        int task = 0;
        // whether the last task's cell was itself numbered as a sub-task is: then （2）… is the next task
        boolean lastTaskBracketed = false;
        boolean anySection = false;
        boolean actions = columns.item() < 0 && namesActionsOnly(rows, columns);
        // where some 序号 are （一）, a bare 一 numbers a section; else an item
        boolean bracketedNumbers = columns.number() >= 0 && rows.stream().anyMatch(row -> {
            java.util.regex.Matcher number = CHINESE_NUMBER.matcher(cell(row, columns.number()));
            return number.matches() && number.group(1) != null;
        });
        boolean decimalNumbers = columns.number() >= 0 && rows.stream()
                .anyMatch(row -> DECIMAL_NUMBER.matcher(cell(row, columns.number())).matches());
        boolean inNote = false;
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            // each line made from this row, noted with it
            while (origins.size() < lines.size()) {
                origins.add(r - 1);
            }
            if (row.equals(header) || headerRows.contains(row)) {
                continue; // the header repeated on a later page
            }
            String taskCell = cell(row, columns.task());
            List<String> filled = row.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
            boolean noUnits = cell(row, columns.responsible()).isBlank() && cell(row, columns.lead()).isBlank();
            // a row of one cell across the table (fewer cells than the header), or of one filled cell and no units
            // a sub-task naming no units (（1）… under a task) is no heading
            boolean headingRow = filled.size() == 1 && (row.size() < header.size() || noUnits)
                    && !(task > 0 && !lastTaskBracketed && filled.get(0).equals(taskCell.strip())
                    && Headings.isSubTaskNumbered(taskCell));
            String heading = headingRow ? filled.get(0) : "";
            boolean notePoint = inNote && headingRow && !SECTION.matcher(heading).matches()
                    && !ITEM.matcher(heading).matches();
            if (headingRow && (FirstListedLeads.isNote(heading) || LeadSigns.isNote(heading)
                    || NOTE.matcher(heading).matches()) || notePoint) {
                // 注：… across the table is no item: a line for the parser, which leaves out 注：列第一位的为牵头单位
                // (reading it) and keeps another note with the text before it, saying so in the review; the rows
                // across after it are its further points (注：1. … / 2. …)
                lines.add(heading);
                inNote = true;
                continue;
            }
            inNote = false;
            // a row numbered 一 or （一） in the 序号 column, its name in the task's column: a section's or an item's
            String number = columns.number() >= 0 ? cell(row, columns.number()) : "";
            java.util.regex.Matcher ordinal = CHINESE_NUMBER.matcher(number);
            // or a row numbered 1 over rows numbered 1.1, 1.2: an action's
            java.util.regex.Matcher whole = WHOLE_NUMBER.matcher(number);
            boolean overDecimals = decimalNumbers && whole.matches();
            if (columns.item() < 0 && !headingRow && (ordinal.matches() || overDecimals) && !taskCell.isBlank()
                    && !SECTION.matcher(taskCell).matches() && !ITEM.matcher(taskCell).matches()) {
                boolean section = !overDecimals && ordinal.group(1) == null && bracketedNumbers && noUnits;
                if (overDecimals) {
                    taskCell = "（" + ChineseNumerals.format(Integer.parseInt(whole.group(1))) + "）" + taskCell;
                } else if (section) {
                    headingRow = true;
                    heading = ordinal.group(2) + "、" + taskCell;
                } else {
                    taskCell = "（" + ordinal.group(2) + "）" + taskCell;
                }
            }
            if (headingRow && SECTION.matcher(heading).matches()) {
                item = new ItemRows(-1, null);
                items.add(item);
                lines.add(heading);
                anySection = true;
                continue;
            }
            if (headingRow || ITEM.matcher(taskCell).matches() || actions && !taskCell.isBlank()) {
                String title = headingRow ? heading : taskCell;
                lines.add(ITEM.matcher(title).matches() ? title : "（" + chinese(lines) + "）" + title);
                // a row across the table has no 牵头单位 cell; an item's row of cells has one, even if empty (as this
                // app prints an item naming no leads: its title alone in a row of cells)
                item = new ItemRows(lines.size() - 1, headingRow && row.size() < header.size() ? null
                        : leads(row, columns, firstLeads));
                items.add(item);
                if (!headingRow) {
                    List<String> rowLeads = item.rowLeads();
                    List<String> partners = item.partners();
                    units(cell(row, columns.responsible())).stream().filter(name -> !rowLeads.contains(name))
                            .forEach(name -> addOnce(partners, name));
                }
                task = 0;
                continue;
            }
            if (columns.item() >= 0) {
                String itemCell = cell(row, columns.item());
                if (!itemCell.isBlank() && !itemCell.equals(currentItem)) {
                    currentItem = itemCell;
                    lines.add(ITEM.matcher(itemCell).matches() ? itemCell : "（" + chinese(lines) + "）" + itemCell);
                    // an item column merged down over its tasks: no 牵头单位 cell of the item's own
                    item = new ItemRows(lines.size() - 1, null);
                    items.add(item);
                    task = 0;
                }
            }
            if (taskCell.isBlank()) {
                continue;
            }
            List<String> leads = units(cell(row, columns.lead()));
            // （1）… under a task numbered otherwise, without a 序号 of its own: a sub-task (as this app prints them);
            // under a task numbered （1） itself, the next task
            boolean subTask = task > 0 && !lastTaskBracketed && Headings.isSubTaskNumbered(taskCell)
                    && number.isBlank();
            String text;
            if (subTask) {
                text = taskCell;
            } else {
                task++;
                lastTaskBracketed = Headings.isSubTaskNumbered(taskCell);
                // tasks numbered （1）（2）: numbered as tasks are, their own number left out of their title
                text = NUMBERED.matcher(taskCell).matches() ? taskCell
                        : task + "." + Headings.withoutNumber(taskCell);
            }
            String time = cell(row, timeColumn).replaceAll("\\s+", "");
            String ending = text.stripTrailing();
            // the pattern only where the bracket it ends with is: a table at the limits has 20,000 tasks' texts
            java.util.regex.Matcher timeAfter = ending.endsWith("）") || ending.endsWith(")")
                    ? TIME_AFTER_TITLE.matcher(text) : null;
            if (time.isEmpty() && timeAfter != null && timeAfter.matches()) {
                // 加强学校科学教育（完成时限：每年年底前）: a table without a time column (this app's, where few tasks
                // have one) writes it after the task's name; read as the column's
                text = timeAfter.group(1).strip();
                time = timeAfter.group(2).replaceAll("\\s+", "");
            }
            String details = detailsColumn >= 0 ? details(cell(row, detailsColumn)) : "";
            if (!details.isEmpty()) {
                // 将弘扬科学精神贯穿于育人全链条 | 1.实施…进校园行动 2.开展…宣讲活动: the task's name, then what it does
                text = stripFinalStop(text) + "。" + details;
            }
            if (!time.isEmpty()) {
                // the time goes with the task's text, as a 完成时限 line would, where its deadline is read
                text = stripFinalStop(text) + "。完成时限：" + time;
            }
            lines.add(text);
            item.tasks().add(new TaskRow(lines.size() - 1, leads, units(cell(row, columns.responsible())),
                    marked(row, columns, firstLeads), subTask));
        }
        while (origins.size() < lines.size()) {
            origins.add(rows.size() - 1);
        }
        boolean leadsPerTask = items.stream().anyMatch(ItemRows::leadsDiffer);
        items.forEach(rowsOfItem -> rowsOfItem.putUnits(lines, leadsPerTask));
        if (!anySection) {
            // a table of items and tasks only: one section holds them (its kind from the items, or asked)
            madeSection.apply(header.get(columns.task()).replaceAll("\\s", "")).ifPresent(heading -> {
                lines.add(0, heading);
                origins.add(0, -1);
            });
        }
        declaredByHeader(header).ifPresent(note -> {
            lines.add(0, note);
            origins.add(0, -1);
        });
        return lines;
    }

    /**
     * The rows as a reader of the table takes their unit and time cells: one saying none (—, /, 无:
     * {@link TextRules#saysNone}) empty, one saying 同上 (〃, 同前 …) the text of the cell above it — in the nearest
     * row above that has the column, a header repeated on a later page aside. A first row's 同上 stays (the parser
     * says there is nothing above it).
     */
    private static List<List<String>> withCellsAbove(List<List<String>> rows, List<String> header,
                                                     List<List<String>> headerRows, int... columns) {
        List<List<String>> filled = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            List<String> copy = row;
            for (int c : columns) {
                if (c >= 0 && c < row.size() && TextRules.saysNone(row.get(c))) {
                    copy = copy == row ? new ArrayList<>(row) : copy;
                    copy.set(c, "");
                }
                if (c < 0 || c >= row.size() || !TextRules.saysSameAsAbove(row.get(c))) {
                    continue;
                }
                for (int r = filled.size() - 1; r >= 0; r--) {
                    List<String> above = filled.get(r);
                    if (above.size() >= header.size() && !above.equals(header) && !headerRows.contains(above)) {
                        copy = copy == row ? new ArrayList<>(row) : copy;
                        copy.set(c, above.get(c));
                        break;
                    }
                }
            }
            filled.add(copy);
        }
        return filled;
    }

    /**
     * What a header cell says of who leads (责任单位（列第一位的为牵头单位）, （标*的为牵头单位）, （加粗的为牵头单位）), as
     * the note a document writes it in: a line for the parser, which follows it as the document's and names it in
     * the review, then leaves it out of the plan.
     */
    private static Optional<String> declaredByHeader(List<String> header) {
        for (String cell : header) {
            String text = cell.replaceAll("\\s", "");
            if (FirstListedLeads.declaredIn(text)) {
                return Optional.of("注：列第一位的为牵头单位。");
            }
            Optional<String> sign = LeadSigns.declaredIn(text);
            if (sign.isPresent()) {
                return Optional.of("注：标" + sign.get() + "的为牵头单位。");
            }
            if (LeadSigns.boldDeclaredIn(text)) {
                return Optional.of("注：加粗的为牵头单位。");
            }
        }
        return Optional.empty();
    }

    /**
     * An item's rows as read: its line (-1 for the tasks under no item), the 牵头单位 its own row names (null where it
     * has no row of cells: a row across the table, an item column merged down), the other units that row names, and
     * its task rows.
     */
    private record ItemRows(int line, List<String> rowLeads, List<String> partners, List<TaskRow> tasks) {

        ItemRows(int line, List<String> rowLeads) {
            this(line, rowLeads, new ArrayList<>(), new ArrayList<>());
        }

        /**
         * Whether the item has a row of its own and its task rows (sub-tasks' aside) do not all name the same 牵头单位,
         * or all name the same units, not those of the item's row (市科协 on each under 市教育局、市科协): a table whose
         * column names each task's own leads, a task with none left blank there — as this app prints a plan whose
         * tasks name theirs — not one repeating, or merged over, its items' leads on every row, nor one naming them
         * on the items' rows alone.
         */
        boolean leadsDiffer() {
            if (line < 0 || rowLeads == null) {
                return false;
            }
            List<java.util.Set<String>> named = tasks.stream().filter(task -> !task.subTask())
                    .map(task -> java.util.Set.copyOf(task.leads())).distinct().toList();
            return named.size() > 1 || named.size() == 1 && !named.get(0).isEmpty() && !rowLeads.isEmpty()
                    && !named.get(0).equals(java.util.Set.copyOf(rowLeads));
        }

        /**
         * Puts the units on the lines of the item and its tasks, （牵头单位：…；责任单位：…) as the text would say them,
         * for the parser's rules. In a table naming each task's own leads ({@link #leadsDiffer} of any item), a task
         * row's 牵头单位 lead that task, and an item's row its item. Elsewhere a task row's lead that task unless they
         * are its item's: the units the item's own row names, or the same on every task row of the item (a column
         * repeating, or merged over, the item's leads); the item is led by its row's units and its task rows'. Under
         * no item, they are the task's.
         */
        void putUnits(List<String> lines, boolean leadsPerTask) {
            boolean allAlike = line >= 0 && tasks.stream().map(row -> java.util.Set.copyOf(row.leads())).distinct()
                    .count() == 1;
            boolean rowNamesLeads = rowLeads != null && !rowLeads.isEmpty();
            for (TaskRow row : tasks) {
                boolean itemsLeads = allAlike || rowNamesLeads && java.util.Set.copyOf(rowLeads)
                        .equals(java.util.Set.copyOf(row.leads()));
                List<String> own = new ArrayList<>(leadsPerTask || line < 0 || !itemsLeads ? row.leads() : List.of());
                row.marked().forEach(name -> addOnce(own, name));
                List<String> others = new ArrayList<>(row.responsible());
                others.removeAll(own);
                if (!own.isEmpty() || !others.isEmpty()) {
                    lines.set(row.line(), stripFinalStop(lines.get(row.line())) + "。" + unitsOf(own, others));
                }
            }
            List<String> leads = new ArrayList<>(rowLeads == null ? List.of() : rowLeads);
            if (!(leadsPerTask && rowLeads != null)) {
                tasks.forEach(task -> task.leads().forEach(name -> addOnce(leads, name)));
            }
            if (line >= 0 && !(leads.isEmpty() && partners.isEmpty())) {
                lines.set(line, stripFinalStop(lines.get(line)) + "。" + unitsOf(leads, partners));
            }
        }
    }

    /**
     * A task's row: its line, the units of its 牵头单位 and 责任单位 cells, those the 责任单位 cell marks as leading
     * (市教育局*, 市教育局（牵头）), which lead the task whatever its other rows say, and whether it is a sub-task's.
     */
    private record TaskRow(int line, List<String> leads, List<String> responsible, List<String> marked,
                           boolean subTask) {
    }

    /** Units as a document writes them: （牵头单位：…；责任单位：…）, either part left out when there are none. */
    private static String unitsOf(List<String> leads, List<String> others) {
        List<String> parts = new ArrayList<>();
        if (!leads.isEmpty()) {
            parts.add("牵头单位：" + String.join("、", leads));
        }
        if (!others.isEmpty()) {
            parts.add("责任单位：" + String.join("、", others));
        }
        return "（" + String.join("；", parts) + "）";
    }

    /** The next item's number: one more than the items since the last section. */
    /**
     * Work to do rather than a name: 实施…行动 or 深入开展…行动, which a work plan's table lists as its tasks; or more
     * than a name holds.
     */
    private static final Pattern WORK = Pattern.compile(
            "^(?:实施|开展|深入|推进|组织|加强|持续|全面|大力|广泛|积极|着力|切实|做好|抓好).*|.*[。；，,;\\s].*|.{41,}");

    /**
     * Whether every row with units names an action or a project in its task column (青少年科学素质提升行动 | 市教育局
     * | 市科协、团市委): a table dividing the plan by its actions, whose rows are items with their units, not tasks.
     */
    private static boolean namesActionsOnly(List<List<String>> rows, Columns columns) {
        boolean any = false;
        for (List<String> row : rows) {
            String task = cell(row, columns.task());
            if (task.isEmpty() || cell(row, columns.lead()).isEmpty() && cell(row, columns.responsible()).isEmpty()) {
                continue;
            }
            // an action's or a project's name (its kind as the parser tells it), not work to do
            org.kesudesk.model.NodeKind kind = PlanTextParser.kindOf(task);
            // 1.实施…行动 is work as 实施…行动 is: its number is no part of its wording
            if (kind != org.kesudesk.model.NodeKind.ACTION && kind != org.kesudesk.model.NodeKind.PROJECT
                    || WORK.matcher(Headings.withoutNumber(task)).matches()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static String chinese(List<String> lines) {
        int items = 0;
        for (int i = lines.size() - 1; i >= 0 && !SECTION.matcher(lines.get(i)).matches(); i--) {
            if (ITEM.matcher(lines.get(i)).matches()) {
                items++;
            }
        }
        return ChineseNumerals.format(items + 1);
    }

    private static String stripFinalStop(String text) {
        String stripped = text.strip();
        return stripped.endsWith("。") || stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }

    private static String cell(List<String> row, int column) {
        return column >= 0 && column < row.size() ? row.get(column).strip() : "";
    }

    /** The unit names of a cell: separated by 、，,；; or new lines, as a unit list's ({@link UnitList#names}). */
    private static List<String> units(String cell) {
        return UnitList.names(cell.replaceAll("[\\r\\n]+", "、")).stream().map(UnitList::stripEnd)
                .filter(name -> !name.isEmpty()).distinct().toList();
    }

    /**
     * The units of a row's 牵头单位 cell, and those its 责任单位 cell marks as leading ({@link #marked}).
     */
    private static List<String> leads(List<String> row, Columns columns, boolean firstLeads) {
        List<String> leads = new ArrayList<>(units(cell(row, columns.lead())));
        marked(row, columns, firstLeads).forEach(name -> addOnce(leads, name));
        return leads;
    }

    /**
     * The units a row's 责任单位 cell marks as leading (市教育局*, 市教育局（牵头）: a table without a 牵头 column), or,
     * where its header says the first listed leads and the row names no other lead, its first unit.
     */
    private static List<String> marked(List<String> row, Columns columns, boolean firstLeads) {
        String cell = cell(row, columns.responsible()).replaceAll("[\\r\\n]+", "、");
        List<String> marked = UnitList.marked(cell);
        if (firstLeads && marked.isEmpty() && cell(row, columns.lead()).isBlank()) {
            return units(cell).stream().limit(1).toList();
        }
        return marked;
    }

    private static void addOnce(List<String> names, String name) {
        if (!names.contains(name)) {
            names.add(name);
        }
    }
}
