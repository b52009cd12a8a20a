package org.kesudesk.model;

/**
 * The Chinese line-breaking rule (避头尾) the notices are set by and read back by: the marks that never start a line
 * and those that never end one. The documents set lines by it; the parser, reading printed pages, asks what a
 * printer that followed it would have done.
 */
public final class LineBreaking {

    /** Marks that never start a line. */
    public static final String NO_LINE_START = "，。、：；！？）》」』”’…—％,.;:!?)]}%·～";
    /** Marks that never end a line. */
    public static final String NO_LINE_END = "（《「『“‘([{";

    /**
     * The program named as the creator of this app's PDF and OFD documents: documents whose table cells break their
     * lines between words where they can (a reader of the printed table takes a short line before a word that would
     * not have fitted as going on).
     */
    public static final String SET_BY = "KesuDesk";

    /** Opening brackets whose asides ({@link #brackets}) a line break keeps whole where it can, and their closings. */
    private static final String OPENING = "（(《【〔";
    private static final String CLOSING = "）)》】〕";

    private LineBreaking() {
    }

    /**
     * The outermost bracketed asides of a text — （完成时限：2025年底前）, 《纲要》 — each as its offsets {from, to}
     * (to after the closing mark): what a cell's line break and a reader of printed cells both keep whole, as a
     * word, where it fits on a line. A bracket never closed is none.
     */
    public static java.util.List<int[]> brackets(CharSequence text) {
        java.util.List<int[]> brackets = new java.util.ArrayList<>();
        int depth = 0;
        int from = -1;
        char open = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (depth == 0 && OPENING.indexOf(c) >= 0) {
                depth = 1;
                from = i;
                open = c;
            } else if (depth > 0 && c == open) {
                depth++;
            } else if (depth > 0 && CLOSING.indexOf(c) == OPENING.indexOf(open) && --depth == 0) {
                brackets.add(new int[] {from, i + 1});
            }
        }
        return brackets;
    }
}
