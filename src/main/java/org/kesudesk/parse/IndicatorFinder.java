package org.kesudesk.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kesudesk.model.ContentLimits;
import org.kesudesk.model.Ids;
import org.kesudesk.model.Indicator;
import org.kesudesk.model.IndicatorPeriod;

/**
 * Finds quantitative targets in a text: a number with what it counts (100名, 50 万人次, 25 个, 12.5%), with the
 * clause it stands in as its wording. A clause that says 每年 (every year) sets a yearly target.
 */
final class IndicatorFinder {

    /** What plans count; longer words first, so that 万人次 is not read as 万人. */
    private static final String MEASURES =
            "万人次|万人|万元|亿元|人次|大类|个|名|家|所|场|次|人|处|座|期|部|件|种|支|批|户|%|％";
    /** A number the database keeps whole (16 and 4 digits; a longer one is not a target but a mistake). */
    private static final Pattern TARGET = Pattern.compile("(?<![\\d.第])(\\d{1," + ContentLimits.TARGET_INTEGER_DIGITS
            + "}(?:\\.\\d{1," + ContentLimits.TARGET_FRACTION_DIGITS + "})?)(?![\\d.])\\s*(" + MEASURES + ")");
    private static final String CLAUSE_END = "，。；：！？,;:!?\n";
    /** How far a clause reaches either side of its number: a wording is at most this long, whatever the text. */
    private static final int CLAUSE_REACH = ContentLimits.INDICATOR_WORDING / 2 - 20;
    private static final Pattern YEARLY = Pattern.compile("每年|年均|每年度");

    private IndicatorFinder() {
    }

    static List<Indicator> find(String text) {
        List<Indicator> found = new ArrayList<>();
        if (text.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            // no number, no target: the pattern's look-behind would be tried at every character for nothing
            return found;
        }
        Matcher matcher = TARGET.matcher(text);
        while (matcher.find() && found.size() < ContentLimits.INDICATORS_PER_NODE) {
            String clause = clauseAround(text, matcher.start(), matcher.end());
            String measure = matcher.group(2).equals("％") ? "%" : matcher.group(2);
            IndicatorPeriod period = YEARLY.matcher(clause).find() ? IndicatorPeriod.PER_YEAR : IndicatorPeriod.TOTAL;
            found.add(new Indicator(Ids.newId(), TextCleaner.withoutSpaces(clause),
                    Optional.of(new BigDecimal(matcher.group(1))), measure, period, 1));
        }
        return found;
    }

    private static String clauseAround(String text, int start, int end) {
        int from = start;
        while (from > 0 && start - from < CLAUSE_REACH && CLAUSE_END.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && to - end < CLAUSE_REACH && CLAUSE_END.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(from, to).strip();
    }
}
