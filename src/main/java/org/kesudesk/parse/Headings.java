package org.kesudesk.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The numbering of official documents: 一、 → （一） → 1. → （1）, written with full- or half-width marks. */
final class Headings {

    static final String CHINESE_NUMERAL = "[一二三四五六七八九十百零〇]+";

    /**
     * 二、聚焦重点人群，实施五项提升行动, or as some plans number their parts, 第二部分 提升行动 (第二章 …): the number in
     * group 1 or 2, the title in group 3. Never 一部分地区… (a part of), which has no 第.
     */
    static final Pattern SECTION = Pattern.compile("^(?:(" + CHINESE_NUMERAL + ")\\s*[、．.]|第\\s*("
            + CHINESE_NUMERAL + ")\\s*(?:部分|章)[\\s\\u3000、．.：:]*)\\s*(.+)$");

    /** The number of a section heading matched by {@link #SECTION} (二 of 二、 and of 第二部分). */
    static String sectionNumber(Matcher section) {
        return section.group(1) != null ? section.group(1) : section.group(2);
    }
    /** （一）实施青少年科学素质提升行动, (二) 实施…, （一）指导思想。以… */
    static final Pattern ITEM = Pattern.compile("^[（(]\\s*(" + CHINESE_NUMERAL + ")\\s*[)）]\\s*[、．.]?\\s*(.*)$");
    /** The longest title written on a line of its own, in characters (the sample's longest is 30). */
    private static final int TITLE_LINE = 50;
    private static final String CLAUSE_ENDS = "。，,；;：:！!？?（(";
    /** 1. 1． 1、 followed by text (not 2.0). */
    static final Pattern TASK = Pattern.compile("^(\\d{1,3})\\s*[.．、](?![\\d０-９])\\s*(.+)$");
    /** （1）组织田间学校 */
    static final Pattern SUBTASK = Pattern.compile("^[（(]\\s*(\\d{1,3})\\s*[)）]\\s*(.+)$");
    /** ①组织田间学校: the level below （1）, or below 1. in plans that skip （1） */
    static final Pattern CIRCLED = Pattern.compile("^([\\u2460-\\u2473])\\s*(.+)$");

    private static final String TERMINAL = "。！？；：）)」】］]”\"…!?;:";

    private Headings() {
    }

    /** Whether a text's first line is numbered as a sub-task is: （1） ①. */
    static boolean isSubTaskNumbered(String text) {
        String first = text.lines().findFirst().orElse("");
        return SUBTASK.matcher(first).matches() || CIRCLED.matcher(first).matches();
    }

    /** A text without the task or sub-task number its first line starts with (1. （1） ①); the text if none. */
    static String withoutNumber(String text) {
        String first = text.lines().findFirst().orElse("");
        for (Pattern numbered : new Pattern[] {TASK, SUBTASK, CIRCLED}) {
            Matcher number = numbered.matcher(first);
            if (number.matches()) {
                return number.group(2) + text.substring(first.length());
            }
        }
        return text;
    }

    /** Whether a line is numbered as a task or a sub-task is: 1. （1） ①. */
    static boolean isNumbered(String line) {
        return TASK.matcher(line).matches() || SUBTASK.matcher(line).matches() || CIRCLED.matcher(line).matches();
    }

    static boolean startsStructure(String line) {
        return SECTION.matcher(line).matches() || ITEM.matcher(line).matches() || TASK.matcher(line).matches()
                || SUBTASK.matcher(line).matches() || CIRCLED.matcher(line).matches();
    }

    /** The number a circled numeral stands for (① is 1). */
    static String circledNumber(String numeral) {
        return String.valueOf(numeral.charAt(0) - '\u2460' + 1);
    }

    /** A section or item heading on a line of its own, with no sentence after it. */
    static boolean isBareHeading(String line) {
        return (SECTION.matcher(line).matches() || ITEM.matcher(line).matches()) && line.indexOf('。') < 0;
    }

    /** When a task is to be done, on a line of its own: 完成时限：2025年底前, 时间安排：每年. */
    private static final String TIME_LABELS = org.kesudesk.model.DeadlineWording.TIME_LABELS;
    static final Pattern TIME_FIELD = Pattern.compile("^(?:" + TIME_LABELS + ")\\s*[：:].*");
    /** A time field inside a text, up to its sentence's end: 完成时限：每年 (a 分工表's 完成时限 column, as read). */
    static final Pattern TIME_FIELD_IN_TEXT = Pattern.compile("(?:" + TIME_LABELS + ")\\s*[：:][^。；;\\n]+");
    /** A line that is a field of its own, not text that goes on: a unit list's label or a time field. */
    static final Pattern FIELD = Pattern.compile("^(?:" + UnitList.LABELS + "|" + TIME_LABELS + ")\\s*[：:].*");

    /**
     * A task's title on a line of its own (1、提升基础教育阶段科学教育水平), its text in the paragraphs after: numbered,
     * and {@link #isTitleOnly title only}.
     */
    static boolean isBareTaskHeading(String line) {
        // at most a number, its mark and a title's length (of characters two chars each), spaces aside: a paragraph
        // is not matched through to learn that it is no heading
        if (line.isEmpty() || line.charAt(0) < '0' || line.charAt(0) > '9') {
            return false;
        }
        int written = 0;
        for (int i = 0; i < line.length(); i++) {
            if (!Character.isWhitespace(line.charAt(i)) && ++written > 2 * TITLE_LINE + 4) {
                return false;
            }
        }
        Matcher task = TASK.matcher(line);
        return task.matches() && isTitleOnly(task.group(2));
    }

    /** Text that can only be a title: no sentence or clause in it, as short as titles on a line of their own are. */
    static boolean isTitleOnly(String text) {
        if (text.isEmpty() || text.codePointCount(0, text.length()) > TITLE_LINE) {
            return false;
        }
        for (char c : text.toCharArray()) {
            if (CLAUSE_ENDS.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text ends where a sentence or a list may end (not in the middle of a word). */
    static boolean endsComplete(String text) {
        return !text.isEmpty() && TERMINAL.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /**
     * A number drawn or written bare — a list level of its value alone (Word's "%1", the tab or space after it keeping
     * it from the words), a line's number before a tab — as a clerk types the same number: 1. and 一、, so that it
     * reads as numbered; any other value (①, a letter) as it is. For Word, .doc, OpenDocument, web page and text alike.
     */
    static String typedBare(String value) {
        if (value.matches("[0-9０-９]{1,3}")) {
            return value + ".";
        }
        return value.matches(CHINESE_NUMERAL) ? value + "、" : value;
    }
}
