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

    private LineBreaking() {
    }
}
