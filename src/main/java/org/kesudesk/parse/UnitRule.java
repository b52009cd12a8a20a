package org.kesudesk.parse;

/** How the document said which units a node has: the recogniser that found them, shown in the import review. */
public enum UnitRule {
    /** （牵头单位：…） / （责任单位：…） and their like, closing the paragraph. */
    LABELLED,
    /** 牵头单位：… on a line of its own after the text. */
    LABEL_LINE,
    /** （由…牵头，…参加） or （…按职责分工负责） closing the paragraph. */
    LEAD_PHRASE,
    /** 由…牵头，…配合。 or …按职责分工负责。 as the paragraph's last sentence (or a paragraph of its own). */
    LEAD_SENTENCE,
    /** （市科协、市教育局）: a list of unit names in brackets, without a label. */
    BARE_LIST,
    /**
     * A labelled list or a phrase inside the paragraph, with text after it: …（责任单位：市科协），每年开展…。, or after
     * the title sentence or opening the paragraph: 加强科学教育。（责任单位：市教育局）深化…。
     */
    INSIDE_TEXT,
    /** 以上任务由…牵头，…负责。 after the tasks it names the units of ({@link TasksAbove}). */
    TASKS_ABOVE,
    /** 注：各项任务均需…负责落实，不再列出: a note naming units of every task ({@link UnitsOfEveryTask}). */
    EVERY_TASK,
    /** A row of a task-division table in a Word document (its 牵头单位 and 责任单位 columns). */
    TABLE_ROW,
    /**
     * 同上, 同前, 〃 for a list: the units of the node above of its kind
     * ({@link org.kesudesk.model.TextRules#saysSameAsAbove}).
     */
    SAME_AS_ABOVE
}
