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
 * @param names    the units it names, in the order written
 * @param noteOnly whether the paragraph is nothing but the note (the format's, not the plan's content)
 */
record UnitsOfEveryTask(List<String> names, boolean noteOnly) {

    /** …，不再列出 / 以下不再一一列出 / 表中不再单独列明: what makes the sentence a note about the lists. */
    private static final Pattern UNLISTED = Pattern.compile("[，,；;、]?(?:以下|下表|表中|文中|下同|后文|本表|在此|均|都)?"
            + "不再(?:一一|逐一|逐项|重复|单独|分别|另行|具体)?(?:列出|列明|列举|列示|列入|标注|注明|罗列|写明|标明)");
    /** 各项任务, 以下所有工作, 本表所列各项重点任务: the tasks it speaks of. */
    private static final String TASKS = "(?:(?:以下|以上|上述|本表|表中|下表|本方案|方案中|文中)?(?:所列)?的?"
            + "(?:各项|所有|全部|每项|每一项)(?:重点|主要)?(?:任务|工作)(?:措施|事项)?"
            + "|(?:以下|以上|上述)(?:重点|主要)?(?:任务|工作))";
    /** What units do with the tasks, closing their names: 负责落实, 结合实际抓好, 为责任单位. */
    private static final String DOING = "(?:结合(?:本地)?实际|按职责|分别|负责|抓好|做好|共同|参与|落实|推进|承担|贯彻|"
            + "组织实施|(?:均|都)?(?:为|是|作为)(?:其)?责任单位)";
    /** 各项任务均需各县（市、区）人民政府负责落实: the tasks first, then who carries them out. */
    private static final Pattern TASKS_FIRST = Pattern.compile("^" + TASKS + "中?的?(?:均|都|皆|也)?"
            + "(?:需要|需|须|要|应当|应)?(?:由)?(.+?)(?:均|都|也)?(?:需要|需|须|要|应当|应)?" + DOING);
    /** 各县（市、区）人民政府为各项任务的责任单位 / 负责本地区各项任务的落实: the units first. */
    private static final Pattern UNITS_FIRST = Pattern.compile("^(.+?)(?:均|都|也)?(?:为|是|作为|负责|承担|抓好|做好|"
            + "落实|参与|牵头落实)(?:本地区|本地|本辖区|辖区内?|本区域|本行政区域内?)?的?" + TASKS);
    /** 注：, 备注1：, 说明： before the note. */
    private static final Pattern NOTE_LABEL = Pattern.compile("^(?:注|备注|说明)[0-9０-９]?[：:]");
    /** A note longer than this is a paragraph of the plan that says it too. */
    private static final int MAX_NOTE = 120;

    /** The note in the paragraph, if it holds one whose every name is a unit's. */
    static Optional<UnitsOfEveryTask> find(String paragraph) {
        if (!paragraph.contains("不再")) {
            // most paragraphs: looked at no further
            return Optional.empty();
        }
        String text = paragraph.strip();
        List<String> found = null;
        boolean alone = text.length() <= MAX_NOTE;
        for (String sentence : text.split("(?<=[。；;！])")) {
            Optional<List<String>> names = namesIn(sentence);
            if (names.isPresent() && found == null) {
                found = names.get();
            } else if (names.isEmpty()) {
                alone &= sentence.isBlank();
            }
        }
        return found == null ? Optional.empty() : Optional.of(new UnitsOfEveryTask(found, alone));
    }

    private static Optional<List<String>> namesIn(String sentence) {
        String text = sentence.strip();
        Matcher label = NOTE_LABEL.matcher(text);
        if (label.lookingAt()) {
            text = text.substring(label.end()).strip();
        }
        if (text.startsWith("（") && (text.endsWith("）") || text.endsWith("）。"))
                || text.startsWith("(") && (text.endsWith(")") || text.endsWith(")。"))) {
            text = text.substring(1, text.lastIndexOf(text.charAt(0) == '（' ? '）' : ')'));
            Matcher inner = NOTE_LABEL.matcher(text);
            if (inner.lookingAt()) {
                text = text.substring(inner.end());
            }
        }
        Matcher unlisted = UNLISTED.matcher(text);
        if (!unlisted.find()) {
            return Optional.empty();
        }
        String said = text.substring(0, unlisted.start());
        Matcher units = TASKS_FIRST.matcher(said);
        if (!units.find()) {
            units = UNITS_FIRST.matcher(said);
            if (!units.find()) {
                return Optional.empty();
            }
        }
        List<String> names = UnitList.names(units.group(1));
        return names.isEmpty() || !names.stream().allMatch(UnitNames::looksLikeUnit) ? Optional.empty()
                : Optional.of(names);
    }
}
