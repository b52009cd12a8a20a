package org.kesudesk.parse;

import java.util.regex.Pattern;

import org.kesudesk.model.TextRules;

/** Removes what copying text out of PDFs and Word leaves behind, without changing the wording. */
final class TextCleaner {

    /** — 3 —, - 3 -, －3－, 第3页, 第3页 共20页, 3/20, or a lone page number. */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:[—–\\-－―─]{1,2}\\s*\\d{1,4}\\s*[—–\\-－―─]{1,2}"
                    + "|第\\s*\\d{1,4}\\s*页(?:\\s*[，,/]?\\s*共\\s*\\d{1,4}\\s*页)?"
                    + "|\\d{1,4}\\s*/\\s*\\d{1,4}"
                    + "|\\d{1,3})$");

    private static final String WIDE = "\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF\\u2018-\\u201D\\u2014\\u2026";
    /** Spaces between two Chinese characters or full-width punctuation marks. */
    private static final Pattern SPACE_BETWEEN_WIDE = Pattern.compile("(?<=[" + WIDE + "])[ \\t\\u3000\\u00A0]+(?=[" + WIDE + "])");

    /** Control characters but tab, and format characters: zero-width spaces and joiners, BOMs, direction marks. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\t]]");

    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00A0]+");

    private static final char NON_BREAKING_HYPHEN = '\u2011';

    private TextCleaner() {
    }

    /**
     * Trims the line, removes stray spaces between Chinese characters and what no reader sees (control characters,
     * zero-width and direction marks that copying leaves behind), and puts the characters in Unicode's composed form
     * (NFC), as everything is stored.
     */
    static String clean(String line) {
        // the patterns only where they can match: a plan at the limits is 28 MB of lines that have none of these
        String visible = hasInvisible(line) ? INVISIBLE.matcher(line).replaceAll("") : line;
        // Word's non-breaking hyphen (the app's own Word files write one inside "2021-2025") is a hyphen
        visible = visible.indexOf(NON_BREAKING_HYPHEN) >= 0 ? visible.replace(NON_BREAKING_HYPHEN, '-') : visible;
        String trimmed = tabbedNumber(asciiNumber(enclosedNumber(withoutOrnament(
                TextRules.normalizedText(visible).strip()))));
        return hasSpace(trimmed) ? SPACE_BETWEEN_WIDE.matcher(trimmed).replaceAll("") : trimmed;
    }

    /**
     * A heading or a unit label behind the marks a web page or a 公众号 article decorates it with (▍（一）…, ■ 1. …,
     * ● 牵头单位：…, | 二、…): the heading or label alone. A line whose mark leads to no heading or label keeps it (a
     * bullet of the text, ★ marking a task: the wording is the office's).
     */
    static String withoutOrnament(String line) {
        if (line.isEmpty() || !isOrnament(line.codePointAt(0))) {
            return line;
        }
        int start = 0;
        while (start < line.length() && (isOrnament(line.codePointAt(start)) || isSpace(line.charAt(start)))) {
            start += Character.charCount(line.codePointAt(start));
        }
        String rest = line.substring(start);
        String numbered = asciiNumber(enclosedNumber(rest));
        return Headings.startsStructure(numbered) || Headings.FIELD.matcher(numbered).matches() ? rest : line;
    }

    /** Block elements (▍█), geometric shapes (■●◆▶○), bullets, stars, arrows, bars and the pins articles use. */
    private static boolean isOrnament(int c) {
        return c >= 0x2580 && c <= 0x25FF || c == 0x2022 || c == 0x2023 || c == 0x2605 || c == 0x2606
                || c == 0x2726 || c == 0x2727 || c == 0x2756 || c == 0x279C || c >= 0x27A2 && c <= 0x27A4
                || c == '|' || c == 0xFF5C || c == 0x1F4CC || c == 0x1F449 || c >= 0x1F538 && c <= 0x1F53B;
    }

    /**
     * A line the page a document was copied from added around it: a 公众号 article's 原创 line and its
     * 阅读原文/微信扫一扫/滑动看下一个 chrome. Short lines only: a plan's own sentence is never one.
     */
    static boolean isPageChrome(String cleanedLine) {
        return cleanedLine.length() <= 40 && PAGE_CHROME.matcher(cleanedLine).matches();
    }

    private static final Pattern PAGE_CHROME = Pattern.compile("^(?:原创\\s.*\\d{4}-\\d{1,2}-\\d{1,2}.*"
            + "|.*\\d{1,2}:\\d{2}\\s*发表于\\S{0,8}|.*阅读原文.*|.*微信扫一扫.*|预览时标签不可点"
            + "|[继续向上]{2,4}滑动看下一个|喜欢此内容的人还喜欢|写留言"
            + "|.*轻点两下取消.*|知道了|.*关注.{0,6}公众号.*)$");

    /**
     * A line numbered with a character that encloses its number, as older systems and a Word's 插入符号 type them —
     * ㈠ (U+3220–3229), ⑴ (U+2474–2487), ⒈ (U+2488–249B) — numbered as the headings are read: （一）, （1）, 1.; its
     * text as it is. ① stays: it is a level of its own.
     */
    static String enclosedNumber(String line) {
        if (line.isEmpty()) {
            return line;
        }
        char first = line.charAt(0);
        if (first >= '\u3220' && first <= '\u3229') {
            return "（" + ChineseNumerals.format(first - '\u3220' + 1) + "）" + line.substring(1);
        }
        if (first >= '\u2474' && first <= '\u2487') {
            return "（" + (first - '\u2474' + 1) + "）" + line.substring(1);
        }
        if (first >= '\u2488' && first <= '\u249B') {
            return (first - '\u2488' + 1) + "." + line.substring(1);
        }
        return line;
    }

    /**
     * A line numbered with a closing bracket alone (1）, 1)) numbered as the headings are read: as a task 1. in a
     * document that numbers none so, else as the level below, （1）; null if it is not numbered so.
     */
    static String closingBracketNumber(String line, boolean documentHasTasks) {
        int digits = 0;
        while (digits < line.length() && digits < 3 && line.charAt(digits) >= '0' && line.charAt(digits) <= '9') {
            digits++;
        }
        if (digits > 0 && digits + 1 < line.length() && (line.charAt(digits) == '）' || line.charAt(digits) == ')')
                && !Character.isDigit(line.charAt(digits + 1))) {
            String number = line.substring(0, digits);
            String text = line.substring(digits + 1);
            return documentHasTasks ? "（" + number + "）" + text : number + "." + text;
        }
        return null;
    }

    /**
     * A line numbered in full-width digits (１．, （１）, typed in a Chinese input method's full-width mode) numbered
     * in ASCII digits, as the headings are read and the documents print them; its text as it is.
     */
    static String asciiNumber(String line) {
        int start = line.startsWith("（") || line.startsWith("(") ? 1 : 0;
        int end = start;
        while (end < line.length() && end - start < 3 && line.charAt(end) >= '０' && line.charAt(end) <= '９') {
            end++;
        }
        if (end == start || end == line.length() || "．.、）)".indexOf(line.charAt(end)) < 0
                || start == 0 && end + 1 < line.length() && Character.isDigit(line.charAt(end + 1))) {
            // not a number, or a decimal one (１．５万人次 at the start of a wrapped line)
            return line;
        }
        StringBuilder ascii = new StringBuilder(line);
        for (int i = start; i < end; i++) {
            ascii.setCharAt(i, (char) (line.charAt(i) - '０' + '0'));
        }
        return ascii.toString();
    }

    /**
     * A line numbered by a bare number and a tab (1→开展…, 一→总体要求: a Word list drawn without 、 or . copied or
     * saved as text, its number kept and Word's tab after it) numbered as the clerk types it, 1. and 一、; a line of
     * more tabs is a table's row and stays as it is.
     */
    static String tabbedNumber(String line) {
        int tab = line.indexOf('\t');
        if (tab < 1 || tab > 3 || line.indexOf('\t', tab + 1) >= 0) {
            return line;
        }
        String number = line.substring(0, tab);
        String text = line.substring(tab + 1).strip();
        if (text.isEmpty() || !Character.isIdeographic(text.codePointAt(0))) {
            return line;
        }
        String typed = Headings.typedBare(number);
        return typed.equals(number) ? line : typed + text;
    }

    /** Whether {@link #INVISIBLE} would remove anything (tag characters lie beyond U+FFFF: code points are tested). */
    private static boolean hasInvisible(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!TextRules.isPlainlyVisible(text.charAt(i)) && invisible(text.codePointAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return c != '\t' && (type == Character.CONTROL || type == Character.FORMAT);
    }

    private static boolean hasSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isSpace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0';
    }

    static boolean isPageNumber(String cleanedLine) {
        return PAGE_NUMBER.matcher(cleanedLine).matches();
    }

    /** （此页无正文）, as typeset documents mark a page their layout left without text above the 署名 and seal. */
    private static final Pattern NO_TEXT_ON_PAGE = Pattern.compile("^[（(〔【\\[]?\\s*此页无正文\\s*[）)〕】\\]]?$");

    /**
     * A line a document's pages put there, no wording of its own: a page number, or the mark of a page without
     * text (（此页无正文）) — the app's documents lay out their own pages.
     */
    static boolean isPageMark(String cleanedLine) {
        return isPageNumber(cleanedLine)
                || cleanedLine.length() <= 10 && NO_TEXT_ON_PAGE.matcher(cleanedLine).matches();
    }

    /** Removes all white space: unit names and indicator wordings have none. */
    static String withoutSpaces(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return SPACES.matcher(text).replaceAll("");
            }
        }
        return text;
    }
}
