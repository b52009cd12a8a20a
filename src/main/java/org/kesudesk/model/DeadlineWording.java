package org.kesudesk.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a plan's text says when a task is due, read once when a plan is stored (the user may change it afterwards):
 * a date it is to be done by (2023年底前完成, 2024年6月底前, 2024年6月30日前, 到2025年), work that goes on
 * (长期坚持, 长期推进, 长期开展) or work done every year (每年开展). Where the text names several dates (a pilot
 * by one, the whole by another) the latest is the task's; a date outweighs 长期坚持, which outweighs 每年.
 * A year alone (2025年前, 到2025年) means that year's end. A time field (完成时限：2025年12月) says its date without
 * 前 or 底. Work done every year may name its day (每年6月底前). A plan of one year (年度工作要点) names its dates
 * without the year: 6月底前, 9月30日前, 年底前, 年内, 上半年, 第三季度 are that year's. A half, a quarter or a part
 * of a month named with its year is a date in any plan: 2023年上半年, 2024年第三季度, 2023年11月中旬前; so is a year
 * its work is to be done in (2024年完成). A date before the plan's first year is what its text recalls (在2020年建成的
 * 基础上), no deadline. A date may be written in figures where a table's cell gives it (完成时限：2025.12, 2025/6/30,
 * 2025-12-31) or with 前 (2023.6.30前).
 */
public final class DeadlineWording {

    private static final String BEFORE = "(?:前|之前|以前)";
    private static final Pattern DAY = Pattern.compile("(20\\d{2})年(\\d{1,2})月(\\d{1,2})日" + BEFORE);
    private static final Pattern MONTH = Pattern.compile("(20\\d{2})年(\\d{1,2})月(?:底|末)?" + BEFORE
            + "|(20\\d{2})年(\\d{1,2})月(?:底|末)");
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})年(?:底|末|年底|年末)" + BEFORE + "?"
            + "|(20\\d{2})年" + BEFORE + "|到(20\\d{2})年(?![\\d）)])");
    /** A year's half or quarter named with the year: 2023年上半年, 2024年第三季度, 2024年三季度末. */
    private static final Pattern YEAR_PART = Pattern.compile("(20\\d{2})\\s*年\\s*(?:(上半年|下半年)|第?([一二三四1-4])季度)");
    /** A part of a month: 2023年11月中旬前 (上旬 the 10th, 中旬 the 20th, 下旬 the month's end). */
    private static final Pattern TEN_DAYS = Pattern.compile("(20\\d{2})年(\\d{1,2})月([上中下])旬");
    /** A year's work to be done in it: 2024年完成, 于2024年内全面建成. */
    private static final Pattern DONE_IN = Pattern.compile("(20\\d{2})年内?(?:全面|基本)?(?:完成|建成)");
    private static final Pattern ONGOING = Pattern.compile("长期坚持|长期推进|长期开展");

    /** The labels of a task's time field (完成时限：2025年12月, 时间安排：每年), on a line of its own or in its units. */
    public static final String TIME_LABELS = "完成时限|完成时间|完成期限|时间节点|时间安排|时间要求|进度安排|工作时限|时限";
    /**
     * A time field's date, which needs no 前 or 底 to be one: 完成时限：2025年12月 is the month's end, 完成时限：2024年
     * the year's.
     */
    private static final Pattern FIELD = Pattern.compile("(?:" + TIME_LABELS
            + ")\\s*[：:]\\s*(20\\d{2})\\s*年(?:\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?"
            // a year's half or quarter, a month's part, is read as such (YEAR_PART, TEN_DAYS), not as its end
            + "|(?!\\s*(?:\\d|上半年|下半年|第?[一二三四1-4]季度)))(?!\\s*[上中下]旬)");
    /**
     * A time field's date written in figures, as a table's cells are typed: 完成时限：2025.12 (the month's end),
     * 2025/6/30, 2025-12-31 — not a span of years (2021-2025年).
     */
    private static final Pattern FIELD_FIGURES = Pattern.compile("(?:" + TIME_LABELS
            + ")\\s*[：:]\\s*(20\\d{2})\\s*[./．／\\-－]\\s*(\\d{1,2})(?:\\s*[./．／\\-－]\\s*(\\d{1,2}))?(?![\\d年])");
    /**
     * A date in figures the work is to be done by, in running text: 2023.6.30前, 2025.12底前, 2025/6底 (dots or
     * slashes: a hyphen joins the years of a span).
     */
    private static final Pattern FIGURES_BEFORE = Pattern.compile("(?<![\\d.．])(20\\d{2})[./．／](\\d{1,2})"
            + "(?:[./．／](\\d{1,2}))?(?:(?:底|末)?" + BEFORE + "|底|末)");
    /** A time field saying the work goes on: 完成时限：长期坚持, 完成时限：持续推进. */
    private static final Pattern FIELD_ONGOING = Pattern.compile("(?:" + TIME_LABELS + ")\\s*[：:]\\s*(?:长期|持续)");
    private static final Pattern YEARLY = Pattern.compile("每年|每一年|年年");
    /** Work done every year by a day of it: 每年6月底前, 每年9月30日前, 每年3月. */
    private static final Pattern YEARLY_DAY = Pattern.compile("每年(?:的)?(\\d{1,2})月(?:(\\d{1,2})日)?");
    /** In a plan of one year: a day or a month named without a year (no digit or 年 just before it). */
    private static final Pattern YEARLESS_DAY = Pattern.compile("(?<![\\d年])(\\d{1,2})月(\\d{1,2})日" + BEFORE);
    private static final Pattern YEARLESS_TEN_DAYS = Pattern.compile("(?<![\\d年])(\\d{1,2})月([上中下])旬");
    private static final Pattern YEARLESS_MONTH = Pattern.compile("(?<![\\d年])(\\d{1,2})月(?:底|末)" + BEFORE + "?"
            + "|(?<![\\d年])(\\d{1,2})月" + BEFORE);
    /** In a plan of one year: its end, its halves, its quarters (每季度 is no date). */
    private static final Pattern YEARLESS_PART = Pattern.compile("(?<!\\d)(年底|年末|年内|全年)|(上半年|下半年)"
            + "|(?<!每)第?([一二三四1-4])季度");

    private DeadlineWording() {
    }

    /** The deadline the text of a plan of several years (or of none known) gives, if it gives one. */
    public static Optional<Deadline> find(String text) {
        return find(text, OptionalInt.empty());
    }

    /**
     * The deadline the text of a plan of these years gives, if it gives one: dates before its first year are none,
     * and in a plan of one year (a yearly work plan) dates without a year are that year's.
     */
    public static Optional<Deadline> find(String text, Optional<PlanPeriod> period) {
        return find(text, period.filter(p -> p.firstYear() == p.lastYear()).map(p -> OptionalInt.of(p.firstYear()))
                .orElse(OptionalInt.empty()), period.map(PlanPeriod::firstYear).orElse(Integer.MIN_VALUE));
    }

    /**
     * The deadline a plan's text gives, if it gives one.
     *
     * @param year the plan's one year, for a yearly work plan: dates without a year are that year's
     */
    public static Optional<Deadline> find(String text, OptionalInt year) {
        return find(text, year, Integer.MIN_VALUE);
    }

    /**
     * The deadline a plan's text gives, if it gives one.
     *
     * @param year      the plan's one year, for a yearly work plan: dates without a year are that year's
     * @param firstYear the plan's first year: a date before it is none
     */
    private static Optional<Deadline> find(String text, OptionalInt year, int firstYear) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        boolean yearless = year.isPresent() && (text.indexOf('月') >= 0 || text.indexOf('季') >= 0);
        // every wording names a year (年) or goes on (长期): a text without either is passed over without running the
        // patterns, which try every position of it (a plan's texts are megabytes, most of them naming no date)
        boolean figures = namesFigures(text);
        if (text.indexOf('年') < 0 && !yearless && !figures) {
            return text.contains("长期") && ONGOING.matcher(text).find()
                    || hasColon(text) && FIELD_ONGOING.matcher(text).find()
                    ? Optional.of(new Deadline.Ongoing()) : Optional.empty();
        }
        Latest latest = new Latest(firstYear);
        boolean tenDaysNamed = text.indexOf('旬') >= 0;
        if (hasColon(text)) {
            Matcher field = FIELD.matcher(text);
            while (field.find()) {
                latest.add(field.group(3) != null ? date(field.group(1), field.group(2), field.group(3))
                        : field.group(2) != null ? endOfMonth(field.group(1), field.group(2))
                        : LocalDate.of(Integer.parseInt(field.group(1)), 12, 31));
            }
        }
        if (figures) {
            Matcher field = FIELD_FIGURES.matcher(text);
            while (hasColon(text) && field.find()) {
                latest.add(field.group(3) != null ? date(field.group(1), field.group(2), field.group(3))
                        : endOfMonth(field.group(1), field.group(2)));
            }
            Matcher before = FIGURES_BEFORE.matcher(text);
            while (before.find()) {
                latest.add(before.group(3) != null ? date(before.group(1), before.group(2), before.group(3))
                        : endOfMonth(before.group(1), before.group(2)));
            }
        }
        if (text.indexOf('月') >= 0) {
            Matcher day = DAY.matcher(text);
            while (day.find()) {
                latest.add(date(day.group(1), day.group(2), day.group(3)));
            }
            Matcher month = MONTH.matcher(text);
            while (month.find()) {
                String itsYear = month.group(1) != null ? month.group(1) : month.group(3);
                String number = month.group(2) != null ? month.group(2) : month.group(4);
                latest.add(endOfMonth(itsYear, number));
            }
            // each pattern run only where its own characters are (旬, 半年 or 季, 成): most texts name none
            Matcher tenDays = TEN_DAYS.matcher(text);
            while (tenDaysNamed && tenDays.find()) {
                latest.add(tenDays(tenDays.group(1), tenDays.group(2), tenDays.group(3)));
            }
        }
        Matcher part = YEAR_PART.matcher(text);
        boolean partNamed = text.contains("半年") || text.indexOf('季') >= 0;
        while (partNamed && part.find()) {
            latest.add(endOfPart(Integer.parseInt(part.group(1)), part.group(2), part.group(3)));
        }
        Matcher doneIn = DONE_IN.matcher(text);
        boolean doneNamed = text.indexOf('成') >= 0;
        while (doneNamed && doneIn.find()) {
            latest.add(LocalDate.of(Integer.parseInt(doneIn.group(1)), 12, 31));
        }
        Matcher named = YEAR.matcher(text);
        while (named.find()) {
            String value = named.group(1) != null ? named.group(1)
                    : named.group(2) != null ? named.group(2) : named.group(3);
            latest.add(LocalDate.of(Integer.parseInt(value), 12, 31));
        }
        if (year.isPresent()) {
            yearless(text, year.getAsInt(), latest);
        }
        if (latest.date != null) {
            return Optional.of(new Deadline.OnDate(latest.date));
        }
        if (ONGOING.matcher(text).find() || FIELD_ONGOING.matcher(text).find()) {
            return Optional.of(new Deadline.Ongoing());
        }
        if (YEARLY.matcher(text).find()) {
            Matcher day = YEARLY_DAY.matcher(text);
            MonthDay when = day.find() ? monthDay(day.group(1), day.group(2)) : null;
            return Optional.of(new Deadline.Yearly(when == null ? Deadline.END_OF_YEAR : when));
        }
        return Optional.empty();
    }

    /** Adds the dates named without a year in a plan of this one year. */
    private static void yearless(String text, int year, Latest latest) {
        String named = String.valueOf(year);
        if (text.indexOf('月') >= 0) {
            Matcher day = YEARLESS_DAY.matcher(text);
            while (day.find()) {
                latest.add(date(named, day.group(1), day.group(2)));
            }
            Matcher month = YEARLESS_MONTH.matcher(text);
            while (month.find()) {
                latest.add(endOfMonth(named, month.group(1) != null ? month.group(1) : month.group(2)));
            }
            Matcher tenDays = YEARLESS_TEN_DAYS.matcher(text);
            boolean tenDaysNamed = text.indexOf('旬') >= 0;
            while (tenDaysNamed && tenDays.find()) {
                latest.add(tenDays(named, tenDays.group(1), tenDays.group(2)));
            }
        }
        Matcher part = YEARLESS_PART.matcher(text);
        while (part.find()) {
            latest.add(part.group(1) != null ? LocalDate.of(year, 12, 31)
                    : endOfPart(year, part.group(2), part.group(3)));
        }
    }

    /** The last day of a year's half (上半年, 下半年) or quarter (一 … 四, 1 … 4). */
    private static LocalDate endOfPart(int year, String half, String quarter) {
        int endMonth = half != null ? (half.startsWith("上") ? 6 : 12)
                : 3 * ("一二三四1234".indexOf(quarter) % 4 + 1);
        return YearMonth.of(year, endMonth).atEndOfMonth();
    }

    /** The day a part of a month ends: 上旬 the 10th, 中旬 the 20th, 下旬 the month's last. */
    private static LocalDate tenDays(String year, String month, String part) {
        LocalDate end = endOfMonth(year, month);
        if (end == null || part.equals("下")) {
            return end;
        }
        return end.withDayOfMonth(part.equals("上") ? 10 : 20);
    }

    private static MonthDay monthDay(String month, String day) {
        try {
            int m = Integer.parseInt(month);
            // a month alone is its last day (February's in a common year: the day comes every year)
            return day != null ? MonthDay.of(m, Integer.parseInt(day))
                    : MonthDay.of(m, java.time.Month.of(m).length(false));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Whether the text may name a date in figures (2025.12, 2025/6/30): the figure patterns are tried only then. */
    private static boolean namesFigures(String text) {
        return text.contains("20") && (text.indexOf('.') >= 0 || text.indexOf('/') >= 0 || text.indexOf('-') >= 0
                || text.indexOf('－') >= 0 || text.indexOf('．') >= 0 || text.indexOf('／') >= 0);
    }

    /** Whether the text may hold a field (a label and a colon): the field patterns are tried only then. */
    private static boolean hasColon(String text) {
        return text.indexOf('：') >= 0 || text.indexOf(':') >= 0;
    }

    /** The latest date found, none before the plan's first year. */
    private static final class Latest {
        private final int firstYear;
        private LocalDate date;

        Latest(int firstYear) {
            this.firstYear = firstYear;
        }

        void add(LocalDate found) {
            if (found != null && found.getYear() >= firstYear && (date == null || found.isAfter(date))) {
                date = found;
            }
        }
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            // 2023年2月30日 is no day: the text gives no deadline that can be kept
            return null;
        }
    }

    private static LocalDate endOfMonth(String year, String month) {
        try {
            return YearMonth.of(Integer.parseInt(year), Integer.parseInt(month)).atEndOfMonth();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
