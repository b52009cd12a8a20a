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
    private static final String MEASURES = "万人次|万人|万元|亿元|万平方米|平方米|万册|人次|场次|大类|个百分点"
            + "|个|名|家|所|场|次|人|处|座|期|部|件|种|支|批|户|册|篇|辆|台|套|元|%|％";
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
        // a target starts with a digit: the pattern is tried there only, not at every character of the text (its
        // look-behind and look-ahead still see the text around: transparent bounds)
        Matcher matcher = TARGET.matcher(text).useTransparentBounds(true);
        int from = 0;
        while (found.size() < ContentLimits.INDICATORS_PER_NODE) {
            int digit = nextDigit(text, from);
            if (digit < 0) {
                break;
            }
            if (!matcher.region(digit, text.length()).lookingAt()) {
                from = digit + 1;
                continue;
            }
            from = matcher.end();
            String clause = clauseAround(text, matcher.start(), matcher.end());
            // 每年 anywhere in the clause makes each of its targets yearly (每年培训100名辅导员、50名讲解员)
            IndicatorPeriod period = YEARLY.matcher(clause).find() ? IndicatorPeriod.PER_YEAR : IndicatorPeriod.TOTAL;
            if (TARGET.matcher(clause).results().count() > 1) {
                // several targets listed in one clause (建成科普示范社区30个、科普教育基地15个): each worded by its
                // own part of the list, the first with the words that lead into it, the others given them too
                clause = leadInto(partAround(text, matcher.start(), matcher.end(), clause), clause);
            }
            String measure = matcher.group(2).equals("％") ? "%" : matcher.group(2);
            found.add(new Indicator(Ids.newId(), TextCleaner.withoutSpaces(clause),
                    Optional.of(new BigDecimal(matcher.group(1))), measure, period, 1));
        }
        return found;
    }

    private static int nextDigit(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return i;
            }
        }
        return -1;
    }

    /** The part of a clause listing several targets that holds this one: between its 、 marks. */
    private static String partAround(String text, int start, int end, String clause) {
        int from = start;
        while (from > 0 && start - from < CLAUSE_REACH && (CLAUSE_END + "、").indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && to - end < CLAUSE_REACH && (CLAUSE_END + "、").indexOf(text.charAt(to)) < 0) {
            to++;
        }
        String part = text.substring(from, to).strip();
        // a part without words of its own (、30个、) says nothing alone: the clause then
        return part.length() > end - start + 1 ? part : clause;
    }

    /** Words that lead into a list of targets: what is built, trained, held, set up or given. */
    private static final Pattern LEAD_VERB = Pattern.compile("建成|建设|新建|创建|建立|打造|培育|培训|开展|举办|组织"
            + "|配备|新增|发展|认定|命名|评选|推出|制作|出版|编印|发放|创作|招募|组建|设立|引进|推广|创成|达到|完成"
            + "|实现|覆盖|提高|提升|超过|不少于|不低于|力争");

    /**
     * A later part of a list of targets given the words that lead into the list's first part, where it has none of
     * its own: 每年培训100名科技辅导员、50名科普讲解员 → 每年培训50名科普讲解员 (the parts starting with their
     * numbers, the first's words before it); 全市建成科普示范社区30个、科普教育基地15个 → 全市建成科普教育基地15个
     * (the parts ending with them, the first's words up to its last verb). The first part, or a part with a verb of its
     * own, stays as it is.
     */
    private static String leadInto(String part, String clause) {
        int at = clause.indexOf(part);
        int firstEnd = clause.indexOf('、');
        if (at <= firstEnd || firstEnd < 0 || LEAD_VERB.matcher(part).find()) {
            return part;
        }
        String first = clause.substring(0, firstEnd);
        Matcher firstTarget = TARGET.matcher(first);
        Matcher partTarget = TARGET.matcher(part);
        if (!firstTarget.find() || !partTarget.find()) {
            return part;
        }
        boolean partNumberFirst = partTarget.start() == 0 && partTarget.end() < part.length();
        boolean firstNumberFirst = firstTarget.start() > 0 && firstTarget.end() < first.length();
        if (partNumberFirst && firstNumberFirst) {
            return first.substring(0, firstTarget.start()) + part;
        }
        if (partTarget.start() > 0 && !partNumberFirst && firstTarget.start() > 0) {
            Matcher verb = LEAD_VERB.matcher(first).region(0, firstTarget.start());
            int leadEnd = -1;
            while (verb.find()) {
                leadEnd = verb.end();
            }
            // the verb leads into the first part's thing (建成|科普示范社区30个), not its number (达到|30个)
            if (leadEnd > 0 && leadEnd < firstTarget.start()) {
                return first.substring(0, leadEnd) + part;
            }
        }
        return part;
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
