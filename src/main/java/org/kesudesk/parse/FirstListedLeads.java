package org.kesudesk.parse;

import java.util.regex.Pattern;

/**
 * The convention a document may declare once instead of labelling every list: 列第一位的为牵头单位 (排在首位的单位为
 * 牵头单位, 第一个单位为牵头单位 …), usually as a note (注：各项任务中列第一位的为牵头单位，其他为责任单位。) after the plan
 * or under its title. Where it is declared, an action's or project's list labelled 责任单位 or not labelled at all
 * names its lead first and then the units that carry out its tasks with it, as if it were written （牵头单位：A；责任单位：
 * B、C）.
 */
final class FirstListedLeads {

    /** The declaration, anywhere in a paragraph. */
    private static final Pattern DECLARED = Pattern.compile(
            "(?:排名|排序|名列|列|排|位)(?:在|于)?(?:第一位|第一个|第1位|首位|第一)(?:的|者)?(?:单位|部门)?(?:为|是)"
                    + "牵头(?:单位|部门)"
                    + "|(?:第一个|首个|首位|第一家)(?:单位|部门)?(?:为|是)牵头(?:单位|部门)");
    /** A paragraph that is nothing but the note: its words and what usually goes with them. */
    private static final Pattern NOTE_ONLY = Pattern.compile("^[（(]?(?:注|备注|说明)?[：:]?[^（）()。]{0,20}?(?:"
            + DECLARED.pattern() + ")[^（）()。]{0,30}[。；;]?[）)]?[。]?$");

    private FirstListedLeads() {
    }

    /** Whether the text declares that the first unit of a list leads. */
    static boolean declaredIn(String text) {
        // most paragraphs of a plan name who leads: the words that must be there are looked for before the pattern
        return text.contains("牵头") && (text.contains("第一") || text.contains("首") || text.contains("第1"))
                && DECLARED.matcher(text).find();
    }

    /**
     * The text without its declaration (and the brackets around it): a table's header 责任单位（列第一位的为牵头单位）
     * names the 责任单位 column, not the 牵头单位 one.
     */
    static String withoutDeclaration(String text) {
        if (!declaredIn(text)) {
            return text;
        }
        java.util.regex.Matcher declared = DECLARED.matcher(text);
        declared.find();
        return NoteWords.without(text, declared);
    }

    /** Whether a paragraph is only the note that declares it (not part of the plan's content). */
    static boolean isNote(String paragraph) {
        return paragraph.length() <= 80 && declaredIn(paragraph) && NOTE_ONLY.matcher(paragraph.strip()).matches();
    }
}
