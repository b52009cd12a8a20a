package org.kesudesk.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

import org.kesudesk.text.Words;

/**
 * Breaks a paragraph into the lines of a character grid by the Chinese rules (避头尾): no line starts with a closing
 * mark (，。、：；！？）》」』” …) and none ends with an opening one (（《「『“); a number or a Latin word ("2021-2025年",
 * "12.5%", "GB/T") is never split; a dash (——) or an ellipsis (……) stays whole. Where a mark would start a line, the
 * character before it goes down with it (推出), so a line may end up to a few cells short; the document spreads it.
 * Widths are in grid cells (a Chinese character is one).
 */
final class LineBreaker {

    /** Marks that never start a line. */
    static final String NO_LINE_START = org.kesudesk.model.LineBreaking.NO_LINE_START;
    /** Marks that never end a line. */
    static final String NO_LINE_END = org.kesudesk.model.LineBreaking.NO_LINE_END;
    private static final double EPSILON = 1e-6;
    /** Cells a line of a narrow cell may leave empty when it ends between words. */
    private static final double MOST_LEFT_NARROW = 3;

    private final IntToDoubleFunction cells;

    /** @param cells the width of a character (a code point) in grid cells */
    LineBreaker(IntToDoubleFunction cells) {
        this.cells = cells;
    }

    /**
     * The lines of a paragraph: the first {@code firstIndent} cells shorter (its indent is not part of its text),
     * each line at most {@code lineCells} cells wide unless a single unbreakable piece is wider.
     */
    List<String> lines(String paragraph, double lineCells, double firstIndent) {
        List<String> lines = new ArrayList<>();
        List<String> boxes = boxes(paragraph);
        StringBuilder line = new StringBuilder();
        double used = 0;
        double room = lineCells - firstIndent;
        for (String box : boxes) {
            double width = width(box);
            if (used + width <= room + EPSILON) {
                line.append(box);
                used += width;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
                room = lineCells;
            }
            if (width <= room + EPSILON) {
                line.append(box);
                used = width;
                continue;
            }
            // a piece wider than a line (a long Latin run): split where it must be
            List<String> parts = split(box, room, lineCells);
            for (int i = 0; i < parts.size() - 1; i++) {
                lines.add(parts.get(i));
            }
            String rest = parts.get(parts.size() - 1);
            line.append(rest);
            used = width(rest);
            room = parts.size() > 1 ? lineCells : room;
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * The lines of a table cell's text: as few as {@link #lines} makes (no indent), broken between words
     * ({@link Words}) where that takes no more lines and leaves the line at most a quarter short (three cells in a
     * narrow cell) — 实施农民科学素质 / 提升行动, not 实施农民科学素质提 / 升行动 —, a bracket that closes the text kept
     * whole where it fits a line and the line before stays at least half full (…工程 / （完成时限：每年年底前））, and its
     * last line never one character alone (孤字: 科普基础设施 / 工程, not 科普基础设施工 / 程). A line ends short of the
     * cell's edge only before a word that would not have fitted, so a reader of the printed table can tell it goes
     * on. Cells are set flush left, so a shorter line costs nothing.
     */
    List<String> cellLines(String text, double lineCells) {
        List<String> boxes = boxes(text);
        if (boxes.size() < 2 || boxes.stream().anyMatch(box -> width(box) > lineCells + EPSILON)) {
            return characterLines(text, lineCells);
        }
        int m = boxes.size();
        int[] offset = new int[m + 1];
        double[] x = new double[m + 1];
        for (int i = 0; i < m; i++) {
            offset[i + 1] = offset[i] + boxes.get(i).length();
            x[i + 1] = x[i] + width(boxes.get(i));
        }
        java.util.NavigableSet<Integer> starts = Words.starts(text);
        // a bracket closing the text that fits on a line is kept whole as a word is: 工程 / （完成时限：每年年底前）
        int aside = -1;
        for (int[] bracket : org.kesudesk.model.LineBreaking.brackets(text)) {
            if (bracket[1] == text.length() && width(text.substring(bracket[0])) <= lineCells + EPSILON) {
                starts.subSet(bracket[0], false, bracket[1], false).clear();
                aside = bracket[0];
            }
        }
        boolean[] wordStart = new boolean[m + 1];
        double[] mostLeft = new double[m + 1];
        for (int i = 1; i < m; i++) {
            wordStart[i] = starts.contains(offset[i]);
            // a line ended between words leaves at most a quarter of it (three cells in a narrow cell), running text
            // in a wide cell staying full rather than ragged; before the closing aside, at most half
            mostLeft[i] = offset[i] == aside ? lineCells / 2 : Math.max(MOST_LEFT_NARROW, lineCells / 4);
        }
        // from each box on: the fewest lines, then the fewest breaks inside a word or before a lone last character,
        // then the fullest first line; where that line ends
        int[] lines = new int[m + 1];
        int[] poor = new int[m + 1];
        int[] end = new int[m + 1];
        for (int i = m - 1; i >= 0; i--) {
            lines[i] = Integer.MAX_VALUE;
            for (int j = i + 1; j <= m && x[j] - x[i] <= lineCells + EPSILON; j++) {
                boolean full = j == m || x[j + 1] - x[i] > lineCells + EPSILON;
                if (!full && !(wordStart[j] && wordAfterDoesNotFit(x, wordStart, i, j, lineCells)
                        && x[i] + lineCells - x[j] <= mostLeft[j] + EPSILON)) {
                    continue;
                }
                int poorness = poor[j] + (j < m && !wordStart[j] ? 1 : 0)
                        + (j == m && i > 0 && isLoneCharacter(boxes.get(i), j - i) ? 2 : 0);
                if (1 + lines[j] < lines[i] || 1 + lines[j] == lines[i] && poorness <= poor[i]) {
                    lines[i] = 1 + lines[j];
                    poor[i] = poorness;
                    end[i] = j;
                }
            }
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < m; i = end[i]) {
            result.add(String.join("", boxes.subList(i, end[i])));
        }
        return withoutLoneLast(result);
    }

    /**
     * The lines of a text broken by its characters alone ({@link #lines}, no indent), its last line never one
     * character alone: for a unit's name wider than its cell, whose lines any reader of the printed table, another
     * program's too, joins again (a full line goes on).
     */
    List<String> characterLines(String text, double lineCells) {
        return withoutLoneLast(lines(text, lineCells, 0));
    }

    /** Whether the word that starts at box {@code j} would not fit on the line that starts at box {@code i}. */
    private static boolean wordAfterDoesNotFit(double[] x, boolean[] wordStart, int i, int j, double lineCells) {
        int k = j + 1;
        while (k < x.length - 1 && !wordStart[k]) {
            k++;
        }
        return x[k] - x[i] > lineCells + EPSILON;
    }

    private boolean isLoneCharacter(String box, int boxes) {
        return boxes == 1 && box.codePoints().filter(Character::isIdeographic).count() == 1
                && width(box) <= 2 + EPSILON;
    }

    /**
     * The lines with a last line of one character alone (孤字) given the last character of the line before, where that
     * line keeps two or more: no word boundary nearby spared it.
     */
    private List<String> withoutLoneLast(List<String> lines) {
        int last = lines.size() - 1;
        if (last < 1) {
            return lines;
        }
        List<String> lastBoxes = boxes(lines.get(last));
        List<String> before = boxes(lines.get(last - 1));
        if (lastBoxes.size() != 1 || !isLoneCharacter(lastBoxes.get(0), 1) || before.size() < 3) {
            return lines;
        }
        List<String> moved = new ArrayList<>(lines.subList(0, last - 1));
        moved.add(String.join("", before.subList(0, before.size() - 1)));
        moved.add(before.get(before.size() - 1) + lines.get(last));
        return moved;
    }

    /** The width of a text in cells. */
    double width(CharSequence text) {
        double width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            width += cells.applyAsDouble(c);
            i += Character.charCount(c);
        }
        return width;
    }

    /**
     * The paragraph as pieces that stay on one line: each a character or a number/Latin word, with the closing
     * marks after it and the opening marks before it joined on.
     */
    static List<String> boxes(String paragraph) {
        List<String> atoms = atoms(paragraph);
        List<String> boxes = new ArrayList<>();
        StringBuilder pending = new StringBuilder(); // opening marks waiting for what they open
        for (String atom : atoms) {
            boolean closing = NO_LINE_START.indexOf(atom.codePointAt(0)) >= 0;
            if (closing && pending.isEmpty() && !boxes.isEmpty()) {
                boxes.set(boxes.size() - 1, boxes.get(boxes.size() - 1) + atom);
            } else if (NO_LINE_END.indexOf(atom.codePointAt(atom.length() - 1)) >= 0) {
                pending.append(atom);
            } else {
                boxes.add(pending + atom);
                pending.setLength(0);
            }
        }
        if (!pending.isEmpty()) {
            if (boxes.isEmpty()) {
                boxes.add(pending.toString());
            } else {
                boxes.set(boxes.size() - 1, boxes.get(boxes.size() - 1) + pending);
            }
        }
        return boxes;
    }

    /** Characters, with each number or Latin word ("2021-2025", "12.5%", "50万", "GB/T9704") one atom. */
    private static List<String> atoms(String text) {
        List<String> atoms = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int end = i + Character.charCount(c);
            if (isWordChar(c)) {
                while (end < text.length()) {
                    int next = text.codePointAt(end);
                    if (isWordChar(next)) {
                        end += Character.charCount(next);
                    } else if (isJoiner(next) && end + 1 < text.length() && isWordChar(text.codePointAt(end + 1))) {
                        end += 1; // 2021-2025, 12.5, GB/T, 8:30
                    } else if (next == '%' || next == '％') {
                        end += 1;
                        break;
                    } else if ((next == '万' || next == '亿') && isDigit(c)) {
                        // a large number written with its 万 or 亿 is one number (GB/T 15835): 50万, 3.45亿
                        end += 1;
                        break;
                    } else {
                        break;
                    }
                }
            } else if (c == '—' || c == '…') {
                while (end < text.length() && text.charAt(end) == c) {
                    end++;
                }
            }
            atoms.add(text.substring(i, end));
            i = end;
        }
        return atoms;
    }

    /**
     * Whether the character at {@code index} is a hyphen inside a number or Latin word ("2021-2025", "GB/T
     * 9704-2012"): part of the word, never a place to break a line.
     */
    static boolean isHyphenInWord(CharSequence text, int index) {
        return text.charAt(index) == '-' && index > 0 && index + 1 < text.length()
                && isWordChar(text.charAt(index - 1)) && isWordChar(text.charAt(index + 1));
    }

    private static boolean isWordChar(int c) {
        return c < 0x80 && Character.isLetterOrDigit(c) || c >= '０' && c <= '９';
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    private static boolean isJoiner(int c) {
        return c == '-' || c == '.' || c == '/' || c == ':' || c == '～' || c == '~';
    }

    /** A piece wider than a line, in parts that fit, split between characters. */
    private List<String> split(String box, double firstRoom, double room) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        double used = 0;
        for (int i = 0; i < box.length(); ) {
            int c = box.codePointAt(i);
            double width = cells.applyAsDouble(c);
            if (used + width > (parts.isEmpty() ? firstRoom : room) + EPSILON && !part.isEmpty()) {
                parts.add(part.toString());
                part.setLength(0);
                used = 0;
            }
            part.appendCodePoint(c);
            used += width;
            i += Character.charCount(c);
        }
        parts.add(part.toString());
        return parts;
    }
}
