package org.kesudesk.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A note naming units that carry out every task, so that no list names them: 注：各项任务均需各县（市、区）人民政府
 * 负责落实，不再列出。, （各县（市）区政府为各项工作的责任单位，以下不再一一列出）. Division plans write it under the table's
 * title or after the table; a plan may write it in its text. Where it is written, every task has those units as
 * responsible units besides those it names.
 *
 * @param names          the units it names, in the order written
 * @param noteOnly       whether the paragraph is nothing but the note (the format's, not the plan's content)
 * @param withoutNote    the paragraph as the plan's: empty if it is only the note; without the note where it closes
 *                       the paragraph's unit list （…按职责分工负责；以下均需各县（市）区政府落实，不再列出）, so that the list is
 *                       read as it would be without it; else as it is
 */
record UnitsOfEveryTask(List<String> names, boolean noteOnly, String withoutNote) {

    /** …，不再列出 / 以下不再一一列出 / 表中不再单独列明: what makes the sentence a note about the lists. */
    private static final Pattern UNLISTED = Pattern.compile("[，,；;、]?(?:以下|下表|表中|文中|下同|后文|本表|在此|均|都)?"
            + "不再(?:一一|逐一|逐项|重复|单独|分别|另行|具体)?(?:列出|列明|列举|列示|列入|标注|注明|罗列|写明|标明)");
    /** 各项任务, 以下所有工作, 本表所列各项重点任务, 以下 (以下均需…落实): the tasks it speaks of. */
    private static final String TASKS = "(?:(?:以下|以上|上述|本表|表中|下表|本方案|方案中|文中)?(?:所列)?的?"
            + "(?:各项|所有|全部|每项|每一项)(?:重点|主要)?(?:任务|工作)(?:措施|事项)?"
            + "|(?:以下|以上|上述)(?:重点|主要)?(?:任务|工作)?)";
    /** The units' names: a list within one clause. */
    private static final String NAMES = "([^，,；;。：:]+?)";
    /** 均需, 都要: what may stand between the names and what they do. */
    private static final String MUST = "(?:均|都|也)?(?:需要|需|须|要|应当|应)?";
    /** What units do with the tasks, closing their names: 负责落实, 结合实际抓好, 为责任单位. */
    private static final String DOING = "(?:结合(?:本地)?实际|按职责|分别|负责|抓好|做好|共同|参与|落实|推进|承担|贯彻|"
            + "组织实施|(?:均|都)?(?:为|是|作为)(?:其)?责任单位)";
    /** 各项任务均需各县（市、区）人民政府负责落实: the tasks first, then who carries them out. */
    private static final Pattern TASKS_FIRST = Pattern.compile("^" + TASKS + "中?的?" + MUST + "(?:由)?" + NAMES + MUST
            + DOING);
    /** 各县（市、区）人民政府为各项任务的责任单位 / 负责本地区各项任务的落实: the units first. */
    private static final Pattern UNITS_FIRST = Pattern.compile("^" + NAMES + MUST + "(?:为|是|作为|负责|承担|抓好|做好|"
            + "落实|参与|牵头落实)(?:本地区|本地|本辖区|辖区内?|本区域|本行政区域内?)?的?" + TASKS);
    /**
     * 各县（市）区政府负责落实，不再列出 / 各项任务，各县（市）区政府均为责任单位，不再列出: the units and what they do, the
     * tasks not named in the clause (all of them are meant).
     */
    private static final Pattern UNITS_DOING = Pattern.compile("^" + NAMES + MUST + "(?:(?:负责|结合(?:本地)?实际|抓好|共同)?"
            + "(?:落实|组织实施|推进落实|贯彻落实)|(?:为|是|作为)(?:其|共同)?责任单位)$");
    /** 注：, 备注1：, 说明： before the note. */
    private static final Pattern NOTE_LABEL = Pattern.compile("^" + NoteWords.LABEL);
    /** 1. , （2）, 一是 before the note, one of a note's points. */
    private static final Pattern POINT = Pattern.compile("^" + NoteWords.POINT + "\\s*");
    /**
     * What may stand before a note that is a paragraph of its own: its label, brackets, its point's number, the tasks
     * it speaks of (本方案所列各项任务，…).
     */
    private static final Pattern NOTE_BEFORE = Pattern.compile("^" + NoteWords.OPENING + "(?:" + TASKS + "[，,])?"
            + "[（(]?\\s*$");
    /** What may stand after it: the closing bracket, the full stop. */
    private static final Pattern NOTE_AFTER = Pattern.compile("^[\\s）)。．.；;]*$");
    /** What a clause starts after. */
    private static final String CLAUSE_ENDS = "，,；;。：:（(";
    /** A note longer than this is a paragraph of the plan that says it too. */
    private static final int MAX_NOTE = 120;

    /** A note found in a paragraph: its names, and where its words start and end. */
    private record Found(List<String> names, int start, int end) {
    }

    /** The note in the paragraph, if it holds one whose every name is a unit's. */
    static Optional<UnitsOfEveryTask> find(String paragraph) {
        if (!paragraph.contains("不再")) {
            // most paragraphs: looked at no further
            return Optional.empty();
        }
        String text = paragraph.strip();
        Found found = null;
        boolean alone = text.length() <= MAX_NOTE;
        int offset = 0;
        for (String sentence : text.split("(?<=[。；;！])")) {
            Optional<Found> note = noteIn(sentence);
            if (note.isPresent() && found == null) {
                found = new Found(note.get().names(), offset + note.get().start(), offset + note.get().end());
            }
            // a sentence that is the note and no more: 注：…, （…）, 各项任务…，不再列出。
            alone &= note.isPresent() ? NOTE_BEFORE.matcher(sentence.substring(0, note.get().start())).matches()
                    && NOTE_AFTER.matcher(sentence.substring(note.get().end())).matches() : sentence.isBlank();
            offset += sentence.length();
        }
        if (found == null) {
            return Optional.empty();
        }
        return Optional.of(new UnitsOfEveryTask(found.names(), alone, alone ? "" : withoutNote(text, found)));
    }

    /** The paragraph without the note where the note is inside its closing bracket (its unit list); else as it is. */
    private static String withoutNote(String text, Found note) {
        String stripped = UnitList.stripEnd(text);
        boolean closing = stripped.endsWith("）") || stripped.endsWith(")");
        int open = closing ? UnitList.openingBracket(stripped) : -1;
        if (open < 0 || note.start() <= open || note.end() > stripped.length() - 1) {
            return text;
        }
        int from = note.start();
        while (from > open + 1 && "，,；;。、".indexOf(stripped.charAt(from - 1)) >= 0) {
            from--;
        }
        int to = note.end();
        while (to < stripped.length() - 1 && "。；;".indexOf(stripped.charAt(to)) >= 0) {
            to++;
        }
        if (from == open + 1 && to == stripped.length() - 1) {
            // the bracket held the note alone
            return stripped.substring(0, open).strip();
        }
        return stripped.substring(0, from) + stripped.substring(to);
    }

    private static Optional<Found> noteIn(String sentence) {
        Matcher unlisted = UNLISTED.matcher(sentence);
        if (!unlisted.find()) {
            return Optional.empty();
        }
        String said = sentence.substring(0, unlisted.start());
        // the note may close a paragraph or a list, or stand alone as 注：… or in brackets: its words start where a
        // clause does
        for (int start = 0; start < said.length(); start++) {
            char first = said.charAt(start);
            if (start > 0 && CLAUSE_ENDS.indexOf(said.charAt(start - 1)) < 0 || CLAUSE_ENDS.indexOf(first) >= 0
                    || Character.isWhitespace(first)) {
                continue;
            }
            String clause = said.substring(start);
            Matcher label = NOTE_LABEL.matcher(clause);
            if (label.lookingAt()) {
                continue;
            }
            Matcher point = POINT.matcher(clause);
            Optional<List<String>> names = namesSaid(point.lookingAt() ? clause.substring(point.end()) : clause);
            if (names.isPresent()) {
                return Optional.of(new Found(names.get(), start, unlisted.end()));
            }
        }
        return Optional.empty();
    }

    /** The units a clause says carry out the tasks, if each is a unit's name. */
    private static Optional<List<String>> namesSaid(String clause) {
        Matcher units = TASKS_FIRST.matcher(clause);
        if (!units.find()) {
            units = UNITS_FIRST.matcher(clause);
            if (!units.find()) {
                units = UNITS_DOING.matcher(clause);
                if (!units.find()) {
                    return Optional.empty();
                }
            }
        }
        List<String> names = UnitList.names(units.group(1));
        // 具体任务由各县区政府负责落实: no name of a unit speaks of tasks
        return names.isEmpty() || !names.stream().allMatch(name -> UnitNames.looksLikeUnit(name)
                && !name.contains("任务") && !name.startsWith("由") && balanced(name)) ? Optional.empty()
                : Optional.of(names);
    }

    /** Whether each bracket of a name is closed after it is opened: 市）区政府 is a piece of 各县（市）区政府. */
    private static boolean balanced(String name) {
        int depth = 0;
        for (int i = 0; i < name.length() && depth >= 0; i++) {
            char c = name.charAt(i);
            depth += c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? -1 : 0;
        }
        return depth == 0;
    }

    /** Whether the text says something is not listed (…不再列出): a note, no name. */
    static boolean saysUnlisted(String text) {
        return UNLISTED.matcher(text).find();
    }

    /** Whether the text says who carries out the tasks (以下各项任务均需各乡镇人民政府落实): a sentence, no name. */
    static boolean saysOfTasks(String text) {
        return TASKS_FIRST.matcher(text).find() || UNITS_FIRST.matcher(text).find();
    }
}
