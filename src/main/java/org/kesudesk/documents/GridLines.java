package org.kesudesk.documents;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A document as lines, broken here rather than by the report (the notice, the unit lists): each row of the template
 * is a block of one to four lines on the 29 pt grid that the report keeps on one page. A heading is kept with the line after it (its block
 * goes to the next page whole), a paragraph's first line with its second and its last with the one before (no line
 * of it alone at a page's foot or head), and the 署名 and 成文日期 with the last line of the text. Lines that a paragraph
 * continues after are marked to be spread to the 版心's right edge ({@link Justification}).
 */
final class GridLines {

    /** Cells of the grid on a line: 28 characters of 3号 仿宋 on the 156 mm 版心. */
    static final double LINE_CELLS = 28;
    /** The grid's cell: the advance of a Chinese character of the grid font at 3号. */
    static final float CELL = DocumentFonts.FANGSONG.advance('中', DocumentFonts.TEXT_SIZE);
    /** Characters of 2号 on a title line. */
    static final double TITLE_CELLS = 20;
    private static final String INDENT = "\u3000\u3000";
    private static final int MOST_IN_A_BLOCK = 4;

    private final List<Map<String, ?>> rows = new ArrayList<>();
    /** Lines waiting to be kept with the line after them (the lines of headings). */
    private final List<Line> kept = new ArrayList<>();
    /** Whether the 空一行 of the sign-off are made smaller ({@link #signOff}). */
    private final boolean tightSignOff;

    /** Lines on the grid, the sign-off's 空一行 whole. */
    GridLines() {
        this(false);
    }

    /**
     * Lines on the grid; with {@code tightSignOff}, the 空一行 above the 署名 (and above the 附件说明) made smaller:
     * GB/T 9704 7.3.5's adjusted spacing, where the 署名 and 成文日期 would otherwise go to the next page.
     */
    GridLines(boolean tightSignOff) {
        this.tightSignOff = tightSignOff;
    }

    /**
     * One line: its text, its font, whether it is spread to the right edge; for an entry of a numbered list, its
     * number ("" on the entry's later lines, which hang under its text), null for other lines.
     */
    record Line(String text, DocumentFonts font, boolean justified, String number, boolean runIn) {

        Line(String text, DocumentFonts font, boolean justified) {
            this(text, font, justified, null, false);
        }

        /** The font the template knows the line by: RUNIN for a line that starts with a run-in heading. */
        String fontKey() {
            return runIn ? RUN_IN : font.name();
        }
    }

    /** The font key of a line that starts with a run-in heading (楷体) and goes on in 仿宋. */
    static final String RUN_IN = "RUNIN";
    /** Marks a row kept on one page with the row after it. */
    private static final String WITH_NEXT = "withNext";
    /** Marks a line of the 附件说明. */
    private static final String NOTE = "note";
    /** Marks the rows of the sign-off: the text's last line, the 附件说明, the 署名 and 成文日期, the space between. */
    static final String SIGN_OFF = "signOff";
    /** The kind of a smaller 空一行 in a sign-off ({@link #GridLines(boolean)}). */
    private static final String GAP = "GAP";

    /**
     * The rows, each with its {@code keep}: rows of the same number are kept on one page by the report (a group kept
     * together), as the 附件说明 is with the text's last line and the 署名.
     */
    List<Map<String, ?>> rows() {
        flushKept();
        List<Map<String, ?>> kept = new ArrayList<>(rows.size());
        int keep = 0;
        for (Map<String, ?> row : rows) {
            Map<String, Object> copy = new HashMap<>(row);
            copy.remove(WITH_NEXT);
            copy.put("keep", keep);
            kept.add(copy);
            if (!row.containsKey(WITH_NEXT)) {
                keep++;
            }
        }
        return kept;
    }

    /** The rows so far, each with a field added (the unit a unit list's rows belong to), and a fresh start. */
    List<Map<String, ?>> takeRows(String field, String value) {
        flushKept();
        List<Map<String, ?>> taken = new ArrayList<>();
        for (Map<String, ?> row : rows) {
            Map<String, Object> copy = new HashMap<>(row);
            copy.put(field, value);
            taken.add(copy);
        }
        rows.clear();
        return taken;
    }

    /** An empty line (空一行). */
    void blank() {
        flushKept();
        rows.add(Map.of("kind", "BLANK"));
    }

    /** A 函's 发文字号, on a line of its own (the template places it under the 标志's double line). */
    void letterhead(String docNumber) {
        flushKept();
        rows.add(Map.of("kind", "LETTERHEAD", "t1", docNumber));
    }

    /** A new page. */
    void pageBreak() {
        flushKept();
        rows.add(Map.of("kind", "BREAK"));
    }

    /** A title in 2号 小标宋, centred, broken between words. */
    void title(String title, Collection<String> names) {
        flushKept();
        TitleBreaker breaker = new TitleBreaker(c -> DocumentFonts.XIAOBIAOSONG.advance(c, DocumentFonts.TITLE_SIZE)
                / DocumentFonts.TITLE_SIZE);
        for (String line : breaker.lines(title, TITLE_CELLS, names)) {
            rows.add(Map.of("kind", "TITLE", "t1", line));
        }
    }

    /**
     * A paragraph in 仿宋, 左空二字, that starts with a run-in heading ({@link RunInHead}: "（一）指导思想。" in 楷体);
     * the line with the heading is kept with the next.
     */
    void runInParagraph(String text) {
        paragraph(text, DocumentFonts.FANGSONG, true, false, true);
    }

    /**
     * The paragraphs of a text of several lines (a unit's report of 一是…, 二是…, a template's lines), as every
     * document sets them: each line that is not blank a paragraph, without the space around it.
     */
    static List<String> paragraphsOf(String text) {
        return text.lines().filter(line -> !line.isBlank()).map(String::strip).toList();
    }

    /** A paragraph, 左空二字 unless {@code indented} is false; a heading is kept with what follows it. */
    void paragraph(String text, DocumentFonts font, boolean indented, boolean heading) {
        paragraph(text, font, indented, heading, false);
    }

    private void paragraph(String text, DocumentFonts font, boolean indented, boolean heading, boolean runIn) {
        if (text.indexOf('\n') >= 0) {
            // a line of the template holds one line: paragraphs of a text are paragraphs here too
            paragraphsOf(text).forEach(p -> paragraph(p, font, indented, heading, runIn));
            return;
        }
        LineBreaker breaker = new LineBreaker(c -> font.advance(c, DocumentFonts.TEXT_SIZE) / CELL);
        double indent = indented ? breaker.width(INDENT) : 0;
        List<String> lines = breaker.lines(text, LINE_CELLS, indent);
        int count = lines.size();
        for (int i = 0; i < count; i++) {
            boolean last = i == count - 1;
            Line line = new Line((i == 0 && indented ? INDENT : "") + lines.get(i), font, !last, null,
                    runIn && i == 0);
            // no line of a paragraph alone on a page (孤行控制, as Word keeps it by default): its first line is
            // kept with the second, its last with the one before (a paragraph of three lines whole)
            boolean keptWithNext = !last && (i == 0 || i == count - 2);
            if (heading || line.runIn() && !last || keptWithNext) {
                kept.add(line);
            } else {
                add(line);
            }
        }
    }

    /**
     * An entry of a numbered list: its number in a column of its own, its text in lines of {@code textCells} that
     * hang under the first; all its lines on one page, or (a long one) at least its last four.
     */
    void entry(String number, String text, DocumentFonts font, double textCells) {
        flushKept();
        LineBreaker breaker = new LineBreaker(c -> font.advance(c, DocumentFonts.TEXT_SIZE) / CELL);
        List<String> lines = breaker.lines(text, textCells, 0);
        for (int i = 0; i < lines.size(); i++) {
            boolean last = i == lines.size() - 1;
            Line line = new Line(lines.get(i), font, !last, i == 0 ? number : "", false);
            if (last) {
                add(line);
            } else {
                kept.add(line);
            }
        }
    }

    /** A paragraph of the 附件说明 (附件：…), 左空二字, kept with the 署名 that follows it. */
    void attachmentNote(String text) {
        int from = rows.size();
        paragraph(text, DocumentFonts.FANGSONG, true, false);
        for (int i = from; i < rows.size(); i++) {
            Map<String, Object> marked = new HashMap<>(rows.get(i));
            marked.put(NOTE, true);
            rows.set(i, marked);
        }
    }

    /**
     * 署名 and 成文日期, 空一行 below the text, kept on one page with the text's last line (GB/T 9704 7.3.5: the
     * signature never stands alone on a page) — and with the 附件说明 between them, if there is one, so that no page
     * holds the 附件说明 and the 署名 without the text.
     */
    void signOff(List<String> signature, String date) {
        flushKept();
        int note = rows.size();
        while (note > 0 && (rows.get(note - 1).containsKey(NOTE) || "BLANK".equals(rows.get(note - 1).get("kind")))) {
            note--;
        }
        List<Line> block = new ArrayList<>();
        if (note < rows.size() && rows.subList(note, rows.size()).stream().anyMatch(row -> row.containsKey(NOTE))) {
            // the text's last line, the 空一行 and the 附件说明, each kept with the next row, the 署名 last
            for (int i = Math.max(0, note - 1); i < rows.size(); i++) {
                Map<String, Object> marked = new HashMap<>(rows.get(i));
                marked.remove(NOTE);
                marked.put(WITH_NEXT, true);
                marked.put(SIGN_OFF, true);
                if (tightSignOff && "BLANK".equals(marked.get("kind"))) {
                    marked.put("kind", GAP);
                }
                rows.set(i, marked);
            }
        } else if (!rows.isEmpty() && String.valueOf(rows.get(rows.size() - 1).get("kind")).startsWith("BLOCK")) {
            // the text's last lines, kept together (孤行控制), kept with the 署名's block
            Map<String, Object> last = new HashMap<>(rows.get(rows.size() - 1));
            last.put(WITH_NEXT, true);
            rows.set(rows.size() - 1, last);
        } else if (!rows.isEmpty() && "LINE".equals(rows.get(rows.size() - 1).get("kind"))) {
            // the text's last line, in the 署名's block
            Map<String, ?> last = rows.remove(rows.size() - 1);
            String font = (String) last.get("f1");
            boolean runIn = RUN_IN.equals(font);
            block.add(new Line((String) last.get("t1"), runIn ? DocumentFonts.FANGSONG : DocumentFonts.valueOf(font),
                    Boolean.parseBoolean((String) last.get("j1")), null, runIn));
        }
        if (tightSignOff) {
            // the 空一行 a row of its own, kept with the rows around it
            if (!block.isEmpty()) {
                rows.add(signOffRow(block, true));
                block.clear();
            }
            rows.add(Map.of("kind", GAP, WITH_NEXT, true, SIGN_OFF, true));
        } else {
            block.add(new Line("", DocumentFonts.FANGSONG, false));
        }
        // a joint notice's organs a line each
        for (String organ : signature) {
            block.add(new Line(organ, DocumentFonts.FANGSONG, false));
        }
        if (!date.isBlank()) {
            block.add(new Line(date, DocumentFonts.FANGSONG, false));
        }
        // the template's rows hold at most four lines: a longer block (a joint notice's organs) is rows kept together
        for (int from = 0; from < block.size(); from += MAX_BLOCK) {
            List<Line> part = block.subList(from, Math.min(block.size(), from + MAX_BLOCK));
            rows.add(signOffRow(part, from + MAX_BLOCK < block.size()));
        }
    }

    /**
     * A line of the 附注 under the 成文日期 (GB/T 9704 7.3.6), 左空二字: kept on the page of the 署名 and date, so
     * that no page holds a 附注 alone — where it does not fit under them, they go on with the text's last line.
     */
    void annotation(String text) {
        flushKept();
        int from = rows.size();
        if (from > 0 && rows.get(from - 1).containsKey(SIGN_OFF)) {
            Map<String, Object> date = new HashMap<>(rows.get(from - 1));
            date.put(WITH_NEXT, true);
            rows.set(from - 1, date);
        }
        paragraph(text, DocumentFonts.FANGSONG, true, false);
        for (int i = from; i < rows.size(); i++) {
            Map<String, Object> marked = new HashMap<>(rows.get(i));
            marked.put(SIGN_OFF, true);
            if (i < rows.size() - 1) {
                marked.put(WITH_NEXT, true);
            }
            rows.set(i, marked);
        }
    }

    private static Map<String, ?> signOffRow(List<Line> lines, boolean withNext) {
        Map<String, Object> row = new HashMap<>(block(lines));
        row.put(SIGN_OFF, true);
        if (withNext) {
            row.put(WITH_NEXT, true);
        }
        return row;
    }

    /** The most lines a row of the template holds (BLOCK4). */
    private static final int MAX_BLOCK = 4;

    private void add(Line line) {
        if (kept.isEmpty()) {
            rows.add(block(List.of(line)));
            return;
        }
        List<Line> block = new ArrayList<>(kept);
        block.add(line);
        kept.clear();
        // a heading longer than a block: its first lines go on their own
        while (block.size() > MOST_IN_A_BLOCK) {
            rows.add(block(List.of(block.remove(0))));
        }
        rows.add(block(block));
    }

    private void flushKept() {
        for (Line line : kept) {
            rows.add(block(List.of(line)));
        }
        kept.clear();
    }

    private static Map<String, ?> block(List<Line> lines) {
        Map<String, Object> row = new HashMap<>();
        row.put("kind", lines.size() == 1 ? "LINE" : "BLOCK" + lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            row.put("t" + (i + 1), line.text());
            row.put("f" + (i + 1), line.fontKey());
            row.put("j" + (i + 1), String.valueOf(line.justified()));
            if (line.number() != null) {
                row.put("n" + (i + 1), line.number());
            }
        }
        return row;
    }
}
