package org.kesudesk.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Printed pages (a PDF's, an OFD's) back into paragraphs. A page has lines, not paragraphs: a line goes on in the
 * next one when the next one's first characters would not have fitted after it (unless that one is indented or in
 * another size, which starts a paragraph); a line after which they would have fitted ends its paragraph. Lines are
 * made of glyphs sharing a baseline; page numbers are left out, so that a paragraph going on over the page is joined
 * again. A table ruled among the lines ({@link RuledTables}) is put among the paragraphs as a Word table is.
 */
final class PrintedLines {

    /** One glyph (or a run of them) as printed: its text, where it starts, how wide it is, its size. */
    record Glyph(String text, float x, float width, float size) {
    }

    /**
     * One printed line: its text, where it starts and ends, its size, and how wide the characters are that it starts
     * with and that a line is not broken between ({@code lead}): 局、 or （镇） or 2025 — had they fitted at the end of
     * the line before, they would have been set there. {@code ends} holds where each char of the text ends.
     */
    record Line(String text, float left, float right, float size, float lead, float[] ends) {

        /**
         * Where the line's text ends short of a mark that never starts a line (、，。）…): such a mark may hang past
         * the edge the line was set to, as this app's table cells let it.
         */
        float rightBeforeHangingMark() {
            int last = text.length() - 1;
            if (last < 1 || org.kesudesk.model.LineBreaking.NO_LINE_START.indexOf(text.charAt(last)) < 0) {
                return right;
            }
            return ends[last - 1];
        }

        /** How wide the line's first {@code chars} chars are printed (all of it if it has fewer). */
        float widthOf(int chars) {
            return chars <= 0 ? 0 : ends[Math.min(chars, ends.length) - 1] - left;
        }
    }

    /**
     * Characters that may not end a line (an opening bracket or quotation mark goes down with what follows it): the
     * rule the app's own documents are set by, and the other brackets other printers keep with what follows them.
     */
    private static final String NOT_LAST = org.kesudesk.model.LineBreaking.NO_LINE_END + "〈【〔［";
    /** Characters that may not start a line (a mark goes down with the one before it), as {@link #NOT_LAST}. */
    private static final String NOT_FIRST = org.kesudesk.model.LineBreaking.NO_LINE_START + "．〉】〕］";

    private final List<SourceLine> paragraphs = new ArrayList<>();
    private final StringBuilder paragraph = new StringBuilder();
    private final Optional<ColumnMapping> mapping;
    private final Set<Integer> tableLines = new HashSet<>();
    private final TablesSeen otherTables = new TablesSeen();
    /** The last table met, kept open while it may go on over the page; null if none. */
    private RuledTables.Table openTable;
    private List<List<String>> openRows;
    /** The open table's cells merged down into from the cell above, by their place in {@link #openRows}. */
    private Set<DivisionTable.Cell> openMerged;
    /** Lines of a page too few to show where its text's edges are. */
    private static final int FEW_LINES = 5;
    /** The pages added, laid out into paragraphs when the document's pages are all known. */
    private final List<PrintedPage> pages = new ArrayList<>();
    /** The size of the line added last. */
    private float previousSize;
    /** Which kinds of numbered line the document starts at the left margin ({@link #numberedAtMargin}). */
    private boolean[] numberedAtMargin = new boolean[NUMBERED.size()];

    PrintedLines() {
        this(Optional.empty());
    }

    /** @param mapping the columns of a table the user mapped (one whose header says nothing the parser knows) */
    PrintedLines(Optional<ColumnMapping> mapping) {
        this.mapping = mapping;
    }

    /** A baseline's glyphs (in any order) as a line, left to right; null if they print nothing. */
    static Line line(List<Glyph> glyphs) {
        glyphs.sort(Comparator.comparing(Glyph::x));
        StringBuilder text = new StringBuilder();
        List<Float> ends = new ArrayList<>();
        float previousEnd = Float.NaN;
        for (Glyph glyph : glyphs) {
            // a gap of a space or more between two glyphs is a space (到 2025 年, a 署名 set right)
            if (!Float.isNaN(previousEnd) && glyph.x() - previousEnd > glyph.size() * 0.5f) {
                text.append(' ');
                ends.add(previousEnd);
            }
            text.append(glyph.text());
            previousEnd = glyph.x() + glyph.width();
            for (int i = 0; i < glyph.text().length(); i++) {
                ends.add(previousEnd);
            }
        }
        String content = text.toString();
        if (content.isBlank()) {
            return null;
        }
        List<Glyph> printed = glyphs.stream().filter(g -> !g.text().isBlank()).toList();
        Glyph first = printed.isEmpty() ? glyphs.get(0) : printed.get(0);
        float[] charEnds = new float[ends.size()];
        for (int i = 0; i < charEnds.length; i++) {
            charEnds[i] = ends.get(i);
        }
        return new Line(content, first.x(), previousEnd, first.size(), lead(printed), charEnds);
    }

    /** How wide the glyphs are that a line starts with and that are not broken apart. */
    private static float lead(List<Glyph> printed) {
        if (printed.isEmpty()) {
            return 0;
        }
        int last = 0;
        while (last + 1 < printed.size() && NOT_LAST.contains(printed.get(last).text())) {
            last++;
        }
        // a number or a Latin word is not broken
        while (last + 1 < printed.size() && isWordCharacter(printed.get(last).text())
                && isWordCharacter(printed.get(last + 1).text())) {
            last++;
        }
        while (last + 1 < printed.size() && NOT_FIRST.contains(printed.get(last + 1).text())) {
            last++;
        }
        Glyph end = printed.get(last);
        return end.x() + end.width() - printed.get(0).x();
    }

    private static boolean isWordCharacter(String glyph) {
        return glyph.length() == 1 && glyph.charAt(0) < 0x80 && Character.isLetterOrDigit(glyph.charAt(0));
    }

    /**
     * Whether a line goes on in the next: the next line's first characters would not have fitted after it (within
     * a tenth of a character: printers measure in their own ways). Without the next line (the page's last), whether
     * it ends within a character and a fifth of the right edge.
     */
    static boolean goesOn(Line line, Line next, float right) {
        if (next == null) {
            return line.right() >= right - line.size() * 1.2f;
        }
        return line.right() + next.lead() > right - line.size() * 0.1f;
    }

    /** A page's lines (page numbers left out), the baseline of each, its tables and its width as its text runs. */
    private record PrintedPage(List<Line> lines, List<Integer> baselines, List<RuledTables.Table> tables, int width) {

        float left() {
            return (float) lines.stream().mapToDouble(Line::left).min().orElse(0);
        }

        float right() {
            return (float) lines.stream().mapToDouble(Line::right).max().orElse(0);
        }
    }

    /** The edges of a document's text on pages of one width: where its lines start, where its longest end. */
    private record TextEdges(float left, float right) {
    }

    /** Adds a page, of a width no other page is told apart from. */
    void page(TreeMap<Integer, List<Glyph>> text, List<RuledTables.Table> tables) {
        page(text, tables, 0);
    }

    /**
     * Adds a page's text (its glyphs by baseline, from the page's top) and the tables ruled on it (a PDF's), each
     * table among the lines where its top is. A table that ends a page and one with the same columns that starts the
     * next are one table, going on.
     *
     * @param width how wide the page is as its text runs (a landscape page's text is set to another width)
     */
    void page(TreeMap<Integer, List<Glyph>> text, List<RuledTables.Table> tables, float width) {
        List<Line> lines = new ArrayList<>();
        List<Integer> baselines = new ArrayList<>();
        for (Map.Entry<Integer, List<Glyph>> baseline : text.entrySet()) {
            Line line = line(baseline.getValue());
            if (line != null && !TextCleaner.isPageNumber(TextCleaner.clean(line.text()))) {
                lines.add(line);
                baselines.add(baseline.getKey());
            }
        }
        pages.add(new PrintedPage(lines, baselines, tables, Math.round(width)));
    }

    /**
     * Where the text of the document's pages of each width starts and ends, as most of its pages that show it do:
     * the least of their left edges and the longest of their lines, the middle one of their pages' (a page of short
     * tasks, each a line that ends short of the edge, shows neither; one line set past the edge moves no other page's).
     */
    private Map<Integer, TextEdges> textEdges() {
        Map<Integer, List<PrintedPage>> byWidth = new java.util.HashMap<>();
        for (PrintedPage page : pages) {
            if (page.lines().size() >= FEW_LINES) {
                byWidth.computeIfAbsent(page.width(), w -> new ArrayList<>()).add(page);
            }
        }
        Map<Integer, TextEdges> edges = new java.util.HashMap<>();
        byWidth.forEach((width, shown) -> {
            float[] lefts = new float[shown.size()];
            float[] rights = new float[shown.size()];
            for (int i = 0; i < shown.size(); i++) {
                lefts[i] = shown.get(i).left();
                rights[i] = shown.get(i).right();
            }
            java.util.Arrays.sort(lefts);
            java.util.Arrays.sort(rights);
            // of two pages, the one that shows more: the lower left and the longer line
            edges.put(width, new TextEdges(lefts[(lefts.length - 1) / 2], rights[rights.length / 2]));
        });
        return edges;
    }

    /** Degrees text may lean off the page's axes and still be text: a watermark lies at 30° to 60°. */
    private static final double ASLANT_DEGREES = 5;
    /** How opaque text may be drawn and still be text: Word's 水印 is half see-through (its 半透明, on by default). */
    private static final double OPAQUE = 0.9;

    /**
     * Whether text drawn so is a watermark, no text of the document, in a PDF or an OFD alike: set aslant the page
     * (a site's address, 仅供参考, a copy's holder across it — grouped by baseline, its glyphs would fall into every
     * line), not along or across it as text and a landscape table are; or see-through (Word's 水印 laid 水平), as the
     * text never is — white text on a dark table header is opaque too, and stays.
     *
     * @param cos     the first column of the text's matrix (the cosine of its angle, scaled)
     * @param sin     its second (the sine, scaled)
     * @param opacity how opaque it is drawn, 0 to 1
     */
    static boolean isWatermark(double cos, double sin, double opacity) {
        double degrees = Math.toDegrees(Math.atan2(sin, cos));
        return Math.abs(degrees - 90 * Math.round(degrees / 90)) > ASLANT_DEGREES || opacity < OPAQUE;
    }

    /** Pages of a document fewer than this have no running head or foot told apart. */
    private static final int RUNNING_PAGES = 3;

    /**
     * Leaves out the lines a document prints on its pages above or below its text — a Word file's 页眉 and 页脚 (its
     * title, the office's name, 第 3 页 of 12) — which would fall into the paragraphs they stand between: a page's
     * first or last line, set apart from the text (smaller than the text's usual size, or further from the next
     * line than two of the page's lines are), whose words, numbers aside, are a page's first or last on at least half
     * the pages and three. A table's header repeated on its pages is neither smaller nor set apart: it stays.
     */
    private void dropRunningLines() {
        List<Integer> shown = new ArrayList<>();
        List<Float> sizes = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            if (pages.get(p).lines().size() >= 2) {
                shown.add(p);
                pages.get(p).lines().forEach(line -> sizes.add(line.size()));
            }
        }
        if (shown.size() < RUNNING_PAGES) {
            return;
        }
        java.util.Collections.sort(sizes);
        float usualSize = sizes.get(sizes.size() / 2);
        // each page's first and last line as a running line's words, where set apart; null where not
        Map<Integer, String> heads = new java.util.HashMap<>();
        Map<Integer, String> feet = new java.util.HashMap<>();
        Map<String, Integer> headCounts = new java.util.HashMap<>();
        Map<String, Integer> footCounts = new java.util.HashMap<>();
        for (int p : shown) {
            PrintedPage page = pages.get(p);
            int last = page.lines().size() - 1;
            if (isApart(page, 0, usualSize)) {
                heads.put(p, runningKey(page.lines().get(0)));
                headCounts.merge(heads.get(p), 1, Integer::sum);
            }
            if (isApart(page, last, usualSize)) {
                feet.put(p, runningKey(page.lines().get(last)));
                footCounts.merge(feet.get(p), 1, Integer::sum);
            }
        }
        int needed = Math.max(RUNNING_PAGES, (shown.size() + 1) / 2);
        for (int p : shown) {
            PrintedPage page = pages.get(p);
            int from = heads.containsKey(p) && headCounts.get(heads.get(p)) >= needed ? 1 : 0;
            int to = page.lines().size();
            if (to - 1 > from && feet.containsKey(p) && footCounts.get(feet.get(p)) >= needed) {
                to--;
            }
            if (from > 0 || to < page.lines().size()) {
                pages.set(p, new PrintedPage(page.lines().subList(from, to), page.baselines().subList(from, to),
                        page.tables(), page.width()));
            }
        }
    }

    /** A line's words without its numbers (第 3 页, 2022年5月) and spaces: the same on every page it runs on. */
    private static String runningKey(Line line) {
        return TextCleaner.withoutSpaces(TextCleaner.clean(line.text())).replaceAll("[0-9０-９]+", "#");
    }

    /**
     * Whether a page's first or last line is set apart from its text: smaller than the document's usual lines, or
     * further from its neighbour than twice the page's usual distance between lines.
     */
    private static boolean isApart(PrintedPage page, int at, float usualSize) {
        Line line = page.lines().get(at);
        if (line.size() < usualSize * 0.85f) {
            return true;
        }
        List<Integer> baselines = page.baselines();
        if (baselines.size() < FEW_LINES) {
            return false;
        }
        int[] gaps = new int[baselines.size() - 1];
        for (int i = 1; i < baselines.size(); i++) {
            gaps[i - 1] = baselines.get(i) - baselines.get(i - 1);
        }
        int gap = at == 0 ? gaps[0] : gaps[gaps.length - 1];
        java.util.Arrays.sort(gaps);
        return gap > 2 * gaps[gaps.length / 2];
    }

    /** The pages added, laid out as paragraphs and tables. */
    private void layOut() {
        dropRunningLines();
        Map<Integer, TextEdges> edges = textEdges();
        numberedAtMargin = numberedAtMargin(edges);
        for (PrintedPage page : pages) {
            layOut(page, Optional.ofNullable(edges.get(page.width())));
        }
        pages.clear();
    }

    /** A page's left edge, at most the document's for pages of its width. */
    private static float left(PrintedPage page, Optional<TextEdges> document) {
        return document.map(edges -> Math.min(page.left(), edges.left())).orElse(page.left());
    }

    /**
     * Which numbered lines the document sets at the left margin, by their kind (sections, items, tasks: a web page or
     * LibreOffice's print of a text indents none of them, an office's template may indent its tasks alone): lines of
     * such a kind can be told from the lines going on in a paragraph only by where the lines before them end.
     */
    private boolean[] numberedAtMargin(Map<Integer, TextEdges> edges) {
        int[] atMargin = new int[NUMBERED.size()];
        int[] indented = new int[NUMBERED.size()];
        for (PrintedPage page : pages) {
            float left = left(page, Optional.ofNullable(edges.get(page.width())));
            for (Line line : page.lines()) {
                int kind = numberedKind(line);
                if (kind >= 0) {
                    if (line.left() > left + line.size() * 0.8f) {
                        indented[kind]++;
                    } else {
                        atMargin[kind]++;
                    }
                }
            }
        }
        boolean[] kinds = new boolean[NUMBERED.size()];
        for (int k = 0; k < kinds.length; k++) {
            kinds[k] = atMargin[k] > indented[k];
        }
        return kinds;
    }

    /** The numbered lines that start a paragraph: 二、… (第二部分), （二）…, 2.… */
    private static final List<java.util.regex.Pattern> NUMBERED = List.of(Headings.SECTION, Headings.ITEM,
            Headings.TASK);

    /** Which of {@link #NUMBERED} the line starts as, or -1. */
    private static int numberedKind(Line line) {
        String text = TextCleaner.clean(line.text());
        for (int k = 0; k < NUMBERED.size(); k++) {
            if (NUMBERED.get(k).matcher(text).matches()) {
                return k;
            }
        }
        return -1;
    }

    /** A line ending a sentence (。 ！ ？, a quotation or bracket closed after it) or a bracket (its units'). */
    private static final java.util.regex.Pattern ENDS_SENTENCE =
            java.util.regex.Pattern.compile(".*(?:[。！？!?][”’」』）)]*|[）)])$");

    private void layOut(PrintedPage page, Optional<TextEdges> document) {
        List<Line> lines = page.lines();
        List<Integer> baselines = page.baselines();
        List<RuledTables.Table> tables = page.tables();
        // a table spans the text's width: a page of short paragraphs above one has its right edge there
        float left = left(page, document);
        float right = Math.max(page.right(),
                (float) tables.stream().mapToDouble(table -> table.columns().get(table.columns().size() - 1)).max()
                        .orElse(0));
        if (document.isPresent() && !lines.isEmpty()) {
            // a page that shows neither edge of the text (a last page of a heading and two short paragraphs, each
            // indented; a page of one-line tasks) has them where the document's other pages do
            right = Math.max(right, document.get().right());
        }
        int next = 0;
        for (int i = 0; i <= lines.size(); i++) {
            while (next < tables.size() && (i == lines.size() || tables.get(next).top() < baselines.get(i))) {
                // the page's first table, above its text, may go on from the page before
                table(tables.get(next), i == 0 && next == 0);
                next++;
            }
            if (i < lines.size()) {
                // a table below the line ends its paragraph as the page's end would
                boolean tableNext = next < tables.size() && (i + 1 == lines.size()
                        || tables.get(next).top() < baselines.get(i + 1));
                add(lines.get(i), i + 1 < lines.size() && !tableNext ? lines.get(i + 1) : null, left, right);
            }
        }
    }

    private void add(Line line, Line next, float left, float right) {
        closeTable();
        boolean indented = line.left() > left + line.size() * 0.8f;
        // a line in another size starts a paragraph: the addressees under a title that reached the right edge
        boolean resized = Math.abs(line.size() - previousSize) > previousSize * 0.1f;
        previousSize = line.size();
        // 附件 alone heads the attachment's first page: no paragraph of the page before goes on in it
        boolean attachment = PlanTextParser.isAttachmentLabel(line.text());
        // so does a list of the 版记 (抄送：…), after another (主送：… above it, its names' last line however long)
        boolean colophonList = PlanTextParser.startsColophonList(line.text());
        if ((indented || resized || attachment || colophonList) && !paragraph.isEmpty()) {
            SourceLine.append(paragraphs, paragraph.toString());
            paragraph.setLength(0);
        }
        paragraph.append(line.text());
        // a sentence ended near the edge before a numbered line of a kind the document does not indent ends its
        // paragraph (二、 would not have fitted after it, and yet it starts a paragraph)
        int nextKind = next == null ? -1 : numberedKind(next);
        boolean numberedNext = nextKind >= 0 && numberedAtMargin[nextKind]
                && ENDS_SENTENCE.matcher(line.text().strip()).matches();
        if (!goesOn(line, next, right) || numberedNext) {
            SourceLine.append(paragraphs, paragraph.toString());
            paragraph.setLength(0);
        }
    }

    /**
     * A table the text meets: it goes on from the table before if nothing came between them and they have the same
     * columns (a table printed in parts, or going on over the page).
     */
    private void table(RuledTables.Table table, boolean startsPage) {
        if (!paragraph.isEmpty()) {
            SourceLine.append(paragraphs, paragraph.toString());
            paragraph.setLength(0);
        }
        if (openTable != null && openTable.sameColumns(table)) {
            // no text between the two (a line of text closes the table before it): one table, drawn in parts, or
            // going on over the page
            goOn(table, startsPage);
            return;
        }
        closeTable();
        openTable = table;
        openRows = new ArrayList<>(table.rows());
        openMerged = new HashSet<>(table.mergedDown());
    }

    /**
     * The open table going on in this one (at the top of the next page, if {@code overPage}): its header, if
     * repeated, left out, and over a page its first row, if it is the rest of the open table's last row
     * ({@link DivisionTable#isRestOfRow}), joined to that row cell by cell.
     */
    private void goOn(RuledTables.Table table, boolean overPage) {
        List<List<String>> rows = new ArrayList<>(table.rows());
        // the place in the table of the first of rows
        int first = 0;
        if (!rows.isEmpty() && openRows.subList(0, Math.min(3, openRows.size())).contains(rows.get(0))) {
            rows.remove(0);
            first++;
        }
        List<String> last = openRows.get(openRows.size() - 1);
        List<Boolean> open = openTable.lastRowOpen();
        boolean restOfRow = overPage && !rows.isEmpty() && DivisionTable.isRestOfRow(openRows, rows.get(0), open);
        if (!restOfRow && overPage && !rows.isEmpty()) {
            goesOnMerged(table, first);
        }
        if (restOfRow) {
            List<String> joined = new ArrayList<>();
            for (int c = 0; c < last.size(); c++) {
                String before = last.get(c);
                String after = rows.get(0).get(c);
                joined.add(before.isEmpty() || after.isEmpty() ? before + after
                        : before + (c < open.size() && open.get(c) ? "" : "\n") + after);
            }
            openRows.set(openRows.size() - 1, joined);
            rows.remove(0);
            first++;
        }
        for (DivisionTable.Cell cell : table.mergedDown()) {
            if (cell.row() >= first) {
                openMerged.add(new DivisionTable.Cell(openRows.size() + cell.row() - first, cell.column()));
            }
        }
        openRows.addAll(rows);
        openTable = table;
    }

    /**
     * Marks the empty cells of the first row at the top of a page ({@code first} in the table) that are the rest of a
     * cell merged down on the page before, as a printer draws such a cell: empty, the rule above it the page's table
     * top. An empty cell is taken for one where the cell before the page was merged down into (over two rows or
     * more), or where it is itself merged down over the next row: no task's row has an empty 牵头单位 or 完成时限 of
     * its own spanning rows.
     */
    private void goesOnMerged(RuledTables.Table table, int first) {
        List<String> top = table.rows().get(first);
        int lastRow = openRows.size() - 1;
        for (int c = 0; c < top.size(); c++) {
            if (top.get(c).isEmpty() && c < openRows.get(lastRow).size()
                    && (openMerged.contains(new DivisionTable.Cell(lastRow, c))
                    || table.mergedDown().contains(new DivisionTable.Cell(first + 1, c)))) {
                openMerged.add(new DivisionTable.Cell(openRows.size(), c));
            }
        }
    }

    /** The open table put among the paragraphs, as a Word table is ({@link DivisionTable#place}). */
    private void closeTable() {
        if (openTable == null) {
            return;
        }
        List<List<String>> rows = openRows;
        Set<DivisionTable.Cell> merged = openMerged;
        openTable = null;
        openRows = null;
        openMerged = null;
        DivisionTable.place(rows, merged, mapping, paragraphs, tableLines, otherTables,
                () -> rows.forEach(row -> SourceLine.append(paragraphs, String.join("", row))));
    }

    /** The paragraphs of the pages added, and what was read of their tables. */
    DocxText.Content content() {
        return DocxText.Content.of(paragraphs(), tableLines, otherTables);
    }

    /** The paragraphs of the pages added, a line each. */
    List<SourceLine> paragraphs() {
        layOut();
        closeTable();
        if (!paragraph.isEmpty()) {
            SourceLine.append(paragraphs, paragraph.toString());
            paragraph.setLength(0);
        }
        return paragraphs;
    }
}
