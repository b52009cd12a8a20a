package org.kesudesk.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A task whose paragraph counts its parts 一是…二是…三是… and names the units of each part after it, as yearly work
 * plans often write them: 加强学校科学教育。一是推进科学课程改革（责任单位：市教育局）；二是开展科技辅导员培训（责任单位：
 * 市科协、团市委）。 Read as one task, only the list that closes the paragraph would be its units and the others lost;
 * read so, each part is a sub-task with its own units.
 *
 * @param head  the task's own words, before 一是 (its title is their first sentence)
 * @param parts each part's words without its 一是, its units' list still closing them
 */
record InlineParts(String head, List<String> parts) {

    /** 一是 where a clause begins: at the start or after a stop, a colon or a comma. */
    private static final Pattern MARKER = Pattern.compile("(?:^|(?<=[。；;，,：:\\s]))(" + Headings.CHINESE_NUMERAL
            + ")是");
    private static final String PART_END = "。；;，, \u3000";

    /**
     * The parts of a task's words, if they count two or more parts 一是, 二是 … in order and two or more of the parts
     * close with a unit list of their own; else none (a task whose one list closes all its parts keeps it).
     */
    static Optional<InlineParts> of(String text) {
        // the count starts at 一是: looked for before any pattern, as most tasks have none
        int first = text.indexOf("一是");
        if (first < 0 || text.indexOf("二是", first) < 0) {
            return Optional.empty();
        }
        List<Integer> starts = new ArrayList<>();
        List<Integer> wordStarts = new ArrayList<>();
        Matcher marker = MARKER.matcher(text);
        while (marker.find()) {
            if (ChineseNumerals.parse(marker.group(1)).orElse(-1) == starts.size() + 1) {
                starts.add(marker.start());
                wordStarts.add(marker.end());
            }
        }
        if (starts.size() < 2) {
            return Optional.empty();
        }
        String head = text.substring(0, starts.get(0)).replaceFirst("[：:，,；;\\s\u3000]+$", "");
        if (head.isBlank()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        int withUnits = 0;
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
            String part = strip(text.substring(wordStarts.get(i), end));
            if (part.isEmpty()) {
                return Optional.empty();
            }
            if (UnitList.find(part).filter(UnitList::closed).isPresent()) {
                withUnits++;
                part = sentence(part);
            }
            parts.add(part);
        }
        return withUnits >= 2 ? Optional.of(new InlineParts(head, List.copyOf(parts))) : Optional.empty();
    }

    private static String strip(String part) {
        int end = part.length();
        while (end > 0 && PART_END.indexOf(part.charAt(end - 1)) >= 0) {
            end--;
        }
        return part.substring(0, end).strip();
    }

    /** A part's words as a sentence of their own before its list: 推进科学课程改革。（责任单位：市教育局）. */
    private static String sentence(String part) {
        int open = part.endsWith("）") || part.endsWith(")") ? UnitList.openingBracket(part) : -1;
        if (open <= 0 || Headings.endsComplete(part.substring(0, open))) {
            return part;
        }
        return part.substring(0, open) + "。" + part.substring(open);
    }
}
