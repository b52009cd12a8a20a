package org.kesudesk.parse;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence naming the units of the tasks written above it, as offices close an action whose tasks name none:
 * 以上任务由市教育局牵头，市科协、团市委按职责分工负责。, （以上两项任务由市农业农村局负责）, 上述工作责任单位：市人社局、市总工会.
 * It stands as a paragraph of its own or closes the last task's paragraph.
 *
 * @param count      how many tasks it says (以上两项任务), or empty for all since the item's heading or the last such
 *                   sentence
 * @param units      the units it names, those leading first
 * @param textBefore the paragraph without the sentence (empty when it is a paragraph of its own)
 */
record TasksAbove(OptionalInt count, UnitList units, String textBefore) {

    /** 以上任务, 上述两项工作, 以上各项任务均 …: what the sentence starts with. */
    private static final Pattern OPENING = Pattern.compile("^(?:以上|上述|前述)(?:([一二三四五六七八九十两0-9]{1,3})项"
            + "|各项|几项|所有|全部)?(?:重点|主要)?(?:工作)?(?:任务|工作|事项)的?(?:均|都|统一|分别)?[，,：:]?");
    /** 责任单位为…, 牵头单位是… : a label the names follow without a colon. */
    private static final Pattern LABEL_WITHOUT_COLON = Pattern.compile("^(" + UnitList.LABELS + ")(?:为|是)");

    /** The sentence closing the paragraph (in brackets or not), or the paragraph itself, if it is one. */
    static Optional<TasksAbove> find(String paragraph) {
        String text = UnitList.stripEnd(paragraph.strip());
        String sentence;
        String before;
        if (text.endsWith("）") || text.endsWith(")")) {
            int open = UnitList.openingBracket(text);
            if (open < 0) {
                return Optional.empty();
            }
            sentence = text.substring(open + 1, text.length() - 1).strip();
            before = text.substring(0, open).strip();
        } else {
            int start = text.lastIndexOf('。') + 1;
            sentence = text.substring(start).strip();
            before = text.substring(0, start).strip();
        }
        Matcher opening = OPENING.matcher(sentence);
        if (!opening.lookingAt() || opening.end() == sentence.length()) {
            return Optional.empty();
        }
        String rest = sentence.substring(opening.end());
        Matcher label = LABEL_WITHOUT_COLON.matcher(rest);
        if (label.lookingAt()) {
            rest = label.group(1) + "：" + rest.substring(label.end());
        }
        String named = rest;
        Optional<UnitList> units = UnitList.labelLine(named)
                .or(() -> LeadPhrase.find(named).filter(found -> found.textBefore().isEmpty()));
        OptionalInt count = opening.group(1) == null ? OptionalInt.empty()
                : opening.group(1).chars().allMatch(Character::isDigit)
                        ? OptionalInt.of(Integer.parseInt(opening.group(1)))
                        : ChineseNumerals.parse(opening.group(1).replace('两', '二'));
        return units.map(found -> new TasksAbove(count, new UnitList(found.role(), found.names(), before, true,
                UnitRule.TASKS_ABOVE, found.partners(), found.leads()), before));
    }
}
