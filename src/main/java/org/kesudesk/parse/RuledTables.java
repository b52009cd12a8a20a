package org.kesudesk.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.kesudesk.text.Words;

/**
 * Tables on a printed page (a PDF's, an OFD's), found by the rules drawn around their cells, as Word, WPS,
 * LibreOffice and this app print a 分工表: the rules that touch each other make a table, their distinct positions its
 * grid, and a missing rule between two cells of the grid one cell merged over both. Each cell's text is its glyphs'
 * lines, a line after which the next one's first characters would have fitted ending a paragraph of the cell (a
 * list of units a line each), any other going on in the next. The rows come as a Word table's do: a cell merged
 * over several columns is one cell, one merged down is empty below (and said to be: {@link Table#mergedDown}).
 * Glyphs outside every table stay the page's text.
 */
final class RuledTables {

    /** Rules on one page beyond this (after joining pieces) are no table's: the page is read as text. */
    static final int MAX_RULES = 4_000;
    /** Tables on one page beyond this are no document's (a page of boxes): the page is read as text. */
    static final int MAX_TABLES = 50;
    /** Cells of one table's grid beyond this are no plan's (a 分工表 of 20,000 tasks is spread over its pages). */
    static final int MAX_GRID_CELLS = 20_000;
    /** The smallest table (in points): two columns of a word each, a line high. */
    private static final float MIN_WIDTH = 36;
    private static final float MIN_HEIGHT = 10;
    /** How far apart (in points) two rules may be and still be one border, or a rule fall short of the one it meets. */
    private static final float NEAR = 2f;
    /** A filled rectangle this thin (in points) is a rule along its length. */
    private static final float THIN = 2.5f;

    /** A rule on the page, from the top-left corner, horizontal or vertical: from (x1, y1) to (x2, y2), x1 ≤ x2. */
    record Rule(float x1, float y1, float x2, float y2) {

        boolean horizontal() {
            return y1 == y2;
        }

        /** The straight rule between two points, if it is horizontal or vertical and longer than a dot. */
        static Optional<Rule> between(float ax, float ay, float bx, float by) {
            if (Math.abs(ay - by) <= 0.5f && Math.abs(ax - bx) >= 1f) {
                float y = (ay + by) / 2;
                return Optional.of(new Rule(Math.min(ax, bx), y, Math.max(ax, bx), y));
            }
            if (Math.abs(ax - bx) <= 0.5f && Math.abs(ay - by) >= 1f) {
                float x = (ax + bx) / 2;
                return Optional.of(new Rule(x, Math.min(ay, by), x, Math.max(ay, by)));
            }
            return Optional.empty();
        }

        /** A filled box drawn as a rule (a thin one, along its length), if it is thin. */
        static Optional<Rule> box(float left, float top, float right, float bottom) {
            float width = right - left;
            float height = bottom - top;
            if (height <= THIN && width > height) {
                return between(left, top + height / 2, right, top + height / 2);
            }
            if (width <= THIN && height > width) {
                return between(left + width / 2, top, left + width / 2, bottom);
            }
            return Optional.empty();
        }
    }

    /**
     * A table found on a page.
     *
     * @param top     where its top rule is, from the page's top
     * @param columns its column borders, left to right
     * @param rows        its rows' cells
     * @param lastRowOpen for each cell of its last row, whether its text goes on (over the page, in the same
     *                    row's cell at the top of the next)
     * @param mergedDown  the cells covered by a cell merged down from the row above (empty in {@code rows})
     */
    record Table(float top, List<Float> columns, List<List<String>> rows, List<Boolean> lastRowOpen,
                 java.util.Set<DivisionTable.Cell> mergedDown) {

        Table {
            mergedDown = java.util.Set.copyOf(mergedDown);
        }

        /** Whether another table has the same column borders: the same table, going on over a page. */
        boolean sameColumns(Table other) {
            if (columns.size() != other.columns.size()) {
                return false;
            }
            for (int c = 0; c < columns.size(); c++) {
                if (Math.abs(columns.get(c) - other.columns.get(c)) > 2 * NEAR) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A page's tables, top to bottom, and its glyphs outside them by baseline. */
    record Page(TreeMap<Integer, List<PrintedLines.Glyph>> text, List<Table> tables) {
    }

    private RuledTables() {
    }

    /** The tables the rules make, and the glyphs outside them, in a document another program set. */
    static Page find(TreeMap<Integer, List<PrintedLines.Glyph>> byBaseline, List<Rule> rules) {
        return find(byBaseline, rules, false);
    }

    /**
     * The tables the rules make, and the glyphs outside them.
     *
     * @param byBaseline   the page's glyphs, by their baseline (from the page's top)
     * @param betweenWords whether the document's cells break their lines between words where they can, as this
     *                     app's documents do ({@link org.kesudesk.model.LineBreaking#SET_BY}): then a line ending
     *                     before a word that would not have fitted goes on
     */
    static Page find(TreeMap<Integer, List<PrintedLines.Glyph>> byBaseline, List<Rule> rules, boolean betweenWords) {
        if (rules.isEmpty() || rules.size() > 4 * MAX_RULES) {
            return new Page(byBaseline, List.of());
        }
        List<Rule> joined = joined(rules);
        if (joined.size() > MAX_RULES) {
            return new Page(byBaseline, List.of());
        }
        List<Grid> grids = new ArrayList<>();
        for (List<Rule> group : touching(joined)) {
            Grid.of(group).ifPresent(grids::add);
        }
        if (grids.isEmpty() || grids.size() > MAX_TABLES) {
            return new Page(byBaseline, List.of());
        }
        TreeMap<Integer, List<PrintedLines.Glyph>> text = new TreeMap<>();
        for (Map.Entry<Integer, List<PrintedLines.Glyph>> line : byBaseline.entrySet()) {
            for (PrintedLines.Glyph glyph : line.getValue()) {
                float x = glyph.x() + glyph.width() / 2;
                float y = line.getKey() - glyph.size() * 0.35f;
                Optional<Grid> in = grids.stream().filter(grid -> grid.holds(x, y)).findFirst();
                if (in.isPresent()) {
                    in.get().add(line.getKey(), x, y, glyph);
                } else {
                    text.computeIfAbsent(line.getKey(), k -> new ArrayList<>()).add(glyph);
                }
            }
        }
        List<Table> tables = grids.stream().filter(Grid::hasText).sorted(Comparator.comparing(grid -> grid.ys[0]))
                .map(grid -> grid.table(betweenWords)).toList();
        return new Page(text, tables);
    }

    /** The rules with the pieces of one border joined: a printer draws each cell's border on its own. */
    static List<Rule> joined(List<Rule> rules) {
        List<Rule> joined = new ArrayList<>();
        joined.addAll(joined(rules.stream().filter(Rule::horizontal).toList(), true));
        joined.addAll(joined(rules.stream().filter(rule -> !rule.horizontal()).toList(), false));
        return joined;
    }

    private static List<Rule> joined(List<Rule> rules, boolean horizontal) {
        // along a rule: from / to; across it: at
        List<float[]> spans = new ArrayList<>();
        for (Rule rule : rules) {
            spans.add(horizontal ? new float[] {rule.y1(), rule.x1(), rule.x2()}
                    : new float[] {rule.x1(), rule.y1(), rule.y2()});
        }
        spans.sort(Comparator.<float[]>comparingDouble(span -> span[0]));
        List<Rule> joined = new ArrayList<>();
        int i = 0;
        while (i < spans.size()) {
            int end = i + 1;
            while (end < spans.size() && spans.get(end)[0] - spans.get(end - 1)[0] <= NEAR / 2) {
                end++;
            }
            float at = spans.get(i)[0];
            List<float[]> line = new ArrayList<>(spans.subList(i, end));
            line.sort(Comparator.<float[]>comparingDouble(span -> span[1]));
            float from = line.get(0)[1];
            float to = line.get(0)[2];
            for (float[] span : line.subList(1, line.size())) {
                if (span[1] <= to + NEAR) {
                    to = Math.max(to, span[2]);
                } else {
                    joined.add(horizontal ? new Rule(from, at, to, at) : new Rule(at, from, at, to));
                    from = span[1];
                    to = span[2];
                }
            }
            joined.add(horizontal ? new Rule(from, at, to, at) : new Rule(at, from, at, to));
            i = end;
        }
        return joined;
    }

    /** The rules in groups that touch each other (a horizontal rule meeting a vertical one): a table each. */
    private static List<List<Rule>> touching(List<Rule> rules) {
        int[] parent = new int[rules.size()];
        Arrays.setAll(parent, i -> i);
        for (int a = 0; a < rules.size(); a++) {
            Rule h = rules.get(a);
            if (!h.horizontal()) {
                continue;
            }
            for (int b = 0; b < rules.size(); b++) {
                Rule v = rules.get(b);
                if (!v.horizontal() && v.x1() >= h.x1() - NEAR && v.x1() <= h.x2() + NEAR
                        && h.y1() >= v.y1() - NEAR && h.y1() <= v.y2() + NEAR) {
                    parent[root(parent, a)] = root(parent, b);
                }
            }
        }
        Map<Integer, List<Rule>> groups = new TreeMap<>();
        for (int i = 0; i < rules.size(); i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(rules.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Sorted positions with those within {@link #NEAR} of the one before taken as it. */
    private static float[] distinct(List<Float> positions) {
        List<Float> sorted = positions.stream().sorted().toList();
        List<Float> distinct = new ArrayList<>();
        for (float position : sorted) {
            if (distinct.isEmpty() || position - distinct.get(distinct.size() - 1) > NEAR) {
                distinct.add(position);
            }
        }
        float[] values = new float[distinct.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = distinct.get(i);
        }
        return values;
    }

    /** Where a position falls among sorted borders: the index of the space between two, or -1 outside. */
    private static int between(float[] borders, float position) {
        if (position < borders[0] - NEAR || position > borders[borders.length - 1] + NEAR) {
            return -1;
        }
        int index = Arrays.binarySearch(borders, position);
        int space = index >= 0 ? index : -index - 2;
        return Math.max(0, Math.min(borders.length - 2, space));
    }

    /** One table's grid: its borders, which cells are one, and the glyphs in each. */
    private static final class Grid {
        private final float[] xs;
        private final float[] ys;
        /** For each cell of the grid (row by row), the cell it is merged into (its top-left one). */
        private final int[] cellOf;
        private final Map<Integer, TreeMap<Integer, List<PrintedLines.Glyph>>> glyphs = new TreeMap<>();

        private Grid(float[] xs, float[] ys, int[] cellOf) {
            this.xs = xs;
            this.ys = ys;
            this.cellOf = cellOf;
        }

        /** The grid of a group of rules, if they make a table of two columns or more (a box alone is none). */
        static Optional<Grid> of(List<Rule> rules) {
            List<Rule> horizontal = rules.stream().filter(Rule::horizontal).toList();
            List<Rule> vertical = rules.stream().filter(rule -> !rule.horizontal()).toList();
            float[] xs = distinct(vertical.stream().map(Rule::x1).toList());
            float[] ys = distinct(horizontal.stream().map(Rule::y1).toList());
            int columns = xs.length - 1;
            int rows = ys.length - 1;
            // smaller than a table of a line of two words: a drawing (a box with a cross, a check box)
            boolean tiny = xs.length < 2 || ys.length < 2 || xs[xs.length - 1] - xs[0] < MIN_WIDTH
                    || ys[ys.length - 1] - ys[0] < MIN_HEIGHT;
            if (columns < 2 || rows < 1 || tiny || (long) columns * rows > MAX_GRID_CELLS) {
                return Optional.empty();
            }
            List<List<Rule>> atX = new ArrayList<>();
            for (float x : xs) {
                atX.add(vertical.stream().filter(rule -> Math.abs(rule.x1() - x) <= NEAR).toList());
            }
            List<List<Rule>> atY = new ArrayList<>();
            for (float y : ys) {
                atY.add(horizontal.stream().filter(rule -> Math.abs(rule.y1() - y) <= NEAR).toList());
            }
            int[] parent = new int[columns * rows];
            Arrays.setAll(parent, i -> i);
            for (int r = 0; r < rows; r++) {
                float middle = (ys[r] + ys[r + 1]) / 2;
                for (int c = 1; c < columns; c++) {
                    if (!crosses(atX.get(c), middle, false)) {
                        union(parent, r * columns + c - 1, r * columns + c);
                    }
                }
            }
            for (int c = 0; c < columns; c++) {
                float middle = (xs[c] + xs[c + 1]) / 2;
                for (int r = 1; r < rows; r++) {
                    if (!crosses(atY.get(r), middle, true)) {
                        union(parent, (r - 1) * columns + c, r * columns + c);
                    }
                }
            }
            int[] cellOf = new int[parent.length];
            for (int i = 0; i < parent.length; i++) {
                cellOf[i] = root(parent, i);
            }
            return Optional.of(new Grid(xs, ys, cellOf));
        }

        /** Whether one of the rules (of one border) passes the point along it: a border drawn between two cells. */
        private static boolean crosses(List<Rule> border, float at, boolean horizontal) {
            return border.stream().anyMatch(rule -> horizontal
                    ? rule.x1() - NEAR <= at && at <= rule.x2() + NEAR
                    : rule.y1() - NEAR <= at && at <= rule.y2() + NEAR);
        }

        /** Merges two cells, the one that comes first (top, then left) standing for both. */
        private static void union(int[] parent, int a, int b) {
            int ra = root(parent, a);
            int rb = root(parent, b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }

        boolean holds(float x, float y) {
            return between(xs, x) >= 0 && between(ys, y) >= 0;
        }

        void add(int baseline, float x, float y, PrintedLines.Glyph glyph) {
            int cell = cellOf[between(ys, y) * (xs.length - 1) + between(xs, x)];
            glyphs.computeIfAbsent(cell, k -> new TreeMap<>()).computeIfAbsent(baseline, k -> new ArrayList<>())
                    .add(glyph);
        }

        boolean hasText() {
            return !glyphs.isEmpty();
        }

        Table table(boolean betweenWords) {
            int columns = xs.length - 1;
            // each cell's lines; for each span of columns, how far its lines reach; and the cells' inner margin
            Map<Integer, List<PrintedLines.Line>> lines = new TreeMap<>();
            Map<Integer, Float> reach = new TreeMap<>();
            float margin = Float.MAX_VALUE;
            for (Map.Entry<Integer, TreeMap<Integer, List<PrintedLines.Glyph>>> cell : glyphs.entrySet()) {
                List<PrintedLines.Line> cellLines = new ArrayList<>();
                for (List<PrintedLines.Glyph> glyphsOfLine : cell.getValue().values()) {
                    // no line is left out as a page number: a 序号 cell's "3" is none
                    PrintedLines.Line line = PrintedLines.line(glyphsOfLine);
                    if (line != null) {
                        cellLines.add(line);
                        // a mark hanging past the cell's edge is past where its lines are full
                        reach.merge(span(cell.getKey()), line.rightBeforeHangingMark(), Math::max);
                        margin = Math.min(margin, line.left() - xs[cell.getKey() % columns]);
                    }
                }
                lines.put(cell.getKey(), cellLines);
            }
            List<List<String>> rows = new ArrayList<>();
            List<Boolean> lastRowOpen = new ArrayList<>();
            java.util.Set<DivisionTable.Cell> mergedDown = new java.util.HashSet<>();
            for (int r = 0; r < ys.length - 1; r++) {
                List<String> row = new ArrayList<>();
                lastRowOpen.clear();
                for (int c = 0; c < columns; c++) {
                    int cell = cellOf[r * columns + c];
                    if (c > 0 && cellOf[r * columns + c - 1] == cell) {
                        continue; // merged over this column: one cell
                    }
                    List<PrintedLines.Line> cellLines = lines.getOrDefault(cell, List.of());
                    // where a full line of the cell ends: within its right border by the margin, or further
                    int span = span(cell);
                    float full = Math.max(reach.getOrDefault(span, 0f), xs[span % columns + 1] - Math.max(0, margin));
                    // merged down from a row above: empty here
                    if (cell / columns < r) {
                        mergedDown.add(new DivisionTable.Cell(r, row.size()));
                    }
                    row.add(cell / columns < r ? "" : text(cellLines, full, betweenWords));
                    lastRowOpen.add(cell / columns == r && !cellLines.isEmpty()
                            && goesOn(cellLines.get(cellLines.size() - 1), null, full, betweenWords));
                }
                rows.add(row);
            }
            List<Float> borders = new ArrayList<>();
            for (float x : xs) {
                borders.add(x);
            }
            return new Table(ys[0], borders, rows, List.copyOf(lastRowOpen), mergedDown);
        }

        /** The columns a cell spans, as one number: its first column and its last. */
        private int span(int cell) {
            int columns = xs.length - 1;
            int first = cell % columns;
            int last = first;
            while (last + 1 < columns && cellOf[cell / columns * columns + last + 1] == cell) {
                last++;
            }
            return first * columns + last;
        }
    }

    /** A line that ends a sentence: a cell's text ending with it does not go on over the page. */
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile(".*[。！？!?]$");
    /** A line ending with a list's separator: the list goes on in the next line. */
    private static final java.util.regex.Pattern LIST_GOES_ON = java.util.regex.Pattern.compile(".*[、，,；;]$");

    /**
     * Whether a line of a cell goes on in the next rather than ending a paragraph of the cell: it ends with a list's
     * separator, or the next line's first characters would not have fitted after it ({@link PrintedLines#goesOn}:
     * 各乡 | （镇）人民政府 leaves room for two characters, not three). A cell's last line goes on (over the page) if
     * not even a character fits after it and it ends no sentence.
     */
    private static boolean goesOn(PrintedLines.Line line, PrintedLines.Line next, float full, boolean betweenWords) {
        String text = line.text().strip();
        if (LIST_GOES_ON.matcher(text).matches()) {
            return true;
        }
        if (next == null) {
            return !SENTENCE_END.matcher(text).matches() && line.right() + line.size() * 1.1f > full;
        }
        return PrintedLines.goesOn(line, next, full) || keptFromStandingAlone(line, next, full)
                || betweenWords && beforeAWordThatDidNotFit(line, next, full);
    }

    /** Characters either side of a line's end read for its words: more than any word or bracketed aside in a cell. */
    private static final int WORD_CONTEXT = 40;


    /**
     * Whether the next line starts with a word ({@link Words}, or a bracketed aside closed on that line) that would not
     * have fitted after the line: a cell set between words (实施农民科学素质 / 提升行动, as this app's tables are) goes on
     * there. A line ending a clause does not. Only for this app's documents: another program's cells listing one unit
     * a line (县教育局 / 团县委) or a point a line would be read as one.
     */
    private static boolean beforeAWordThatDidNotFit(PrintedLines.Line line, PrintedLines.Line next, float full) {
        String before = line.text().strip();
        String after = next.text().strip();
        // a line ending a sentence or a colon's lead-in may end its paragraph however short (one ending with ；, 、 or
        // ， has gone on already: LIST_GOES_ON)
        if (before.isEmpty() || after.isEmpty() || SENTENCE_END.matcher(before).matches() || before.endsWith("：")
                || before.endsWith(":")) {
            return false;
        }
        // the words about the break, read from a few characters either side: a line of a hostile file may be long
        before = before.substring(Math.max(0, before.length() - WORD_CONTEXT));
        String joined = before + after.substring(0, Math.min(after.length(), WORD_CONTEXT));
        java.util.TreeSet<Integer> starts = Words.starts(joined);
        int at = before.length();
        if (!starts.contains(at) && org.kesudesk.model.LineBreaking.NO_LINE_END.indexOf(after.charAt(0)) < 0) {
            return false;
        }
        Integer wordEnd = starts.higher(at);
        int end = (wordEnd == null ? joined.length() : wordEnd) - at;
        for (int[] bracket : org.kesudesk.model.LineBreaking.brackets(after)) {
            if (bracket[0] == 0) {
                end = Math.max(end, bracket[1]);
            }
        }
        // the marks that may not start a line go with the word
        while (end < after.length() && org.kesudesk.model.LineBreaking.NO_LINE_START.indexOf(after.charAt(end)) >= 0) {
            end++;
        }
        int leading = next.text().indexOf(after.charAt(0));
        return line.right() + next.widthOf(leading + end) - next.widthOf(leading) > full - line.size() * 0.1f;
    }

    /**
     * Whether the next line is two characters of which the first would have fitted after the line, but not both: a
     * cell set so that no line holds one character alone (各乡（镇）人民 / 政府, as this app's tables are) goes on there.
     */
    private static boolean keptFromStandingAlone(PrintedLines.Line line, PrintedLines.Line next, float full) {
        String text = next.text().strip();
        return text.length() <= 4 && text.codePoints().filter(Character::isIdeographic).count() == 2
                && line.right() + (next.right() - next.left()) > full - line.size() * 0.1f;
    }

    /** A cell's text: its lines, a line that goes on joined to the next, one that does not ending a paragraph. */
    private static String text(List<PrintedLines.Line> lines, float full, boolean betweenWords) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0 && !goesOn(lines.get(i - 1), lines.get(i), full, betweenWords)) {
                text.append('\n');
            }
            text.append(lines.get(i).text().strip());
        }
        return text.toString();
    }
}
