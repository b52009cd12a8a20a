package org.kesudesk.parse;

/**
 * What opens a note under a plan's table or in its text, as offices write them: its label (注：, 备注1：, 说明：) and,
 * in a note of several points, the point's number (注：1. …, 2. …, （1）…, 一是…).
 */
final class NoteWords {

    /** A note's label and its colon. */
    static final String LABEL = "(?:注|备注|说明)[0-9０-９]?\\s*[：:]";
    /** A point's number in a note of several. */
    static final String POINT = "(?:[0-9０-９]{1,2}\\s*[.．、）)]|[（(][0-9０-９一二三四五六七八九十]{1,2}[）)]"
            + "|[一二三四五六七八九十]是)";
    /** All that may open a note: a bracket, its label, a point's number, each if there. */
    static final String OPENING = "\\s*[（(]?\\s*(?:" + LABEL + ")?\\s*(?:" + POINT + ")?\\s*";

    private NoteWords() {
    }

    /**
     * The text without the words found (a note's declaration inside a header: 责任单位（列第一位的为牵头单位）), and
     * without the brackets around them where they stand in brackets.
     */
    static String without(String text, java.util.regex.Matcher found) {
        int open = Math.max(text.lastIndexOf('（', found.start()), text.lastIndexOf('(', found.start()));
        int fullWidth = text.indexOf('）', found.end());
        int halfWidth = text.indexOf(')', found.end());
        int close = fullWidth < 0 || halfWidth >= 0 && halfWidth < fullWidth ? halfWidth : fullWidth;
        if (open >= 0 && close > open) {
            return text.substring(0, open) + text.substring(close + 1);
        }
        return text.substring(0, found.start()) + text.substring(found.end());
    }
}
