package org.kesudesk.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A task's or item's 完成时限: a date (2023年底前), a day of every year (每年) or none at all because the work goes on
 * (长期坚持). A node without a deadline has none of these. Written as {@link #code()}: {@code 2023-12-31},
 * {@code yearly:12-31}, {@code ongoing}.
 */
public sealed interface Deadline {

    /** Done by this date. */
    record OnDate(LocalDate date) implements Deadline {
        @Override
        public String code() {
            return date.toString();
        }

        @Override
        public Optional<LocalDate> dueIn(int year) {
            return Optional.of(date);
        }
    }

    /** Done again every year by this day. */
    record Yearly(MonthDay day) implements Deadline {
        @Override
        public String code() {
            return String.format(java.util.Locale.ROOT, "yearly:%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
        }

        @Override
        public Optional<LocalDate> dueIn(int year) {
            return Optional.of(day.atYear(year));
        }
    }

    /** Kept up without an end (长期坚持): never late by a date. */
    record Ongoing() implements Deadline {
        @Override
        public String code() {
            return "ongoing";
        }

        @Override
        public Optional<LocalDate> dueIn(int year) {
            return Optional.empty();
        }
    }

    /** The deadline as stored and as typed on the command line. */
    String code();

    /** The day the work is due in the given year: the date itself, that year's day, or none (ongoing). */
    Optional<LocalDate> dueIn(int year);

    /** The last day of a year: what 2023年底前 and every year's work without a day (每年) mean. */
    MonthDay END_OF_YEAR = MonthDay.of(12, 31);

    Pattern YEARLY = Pattern.compile("yearly:(\\d{2})-(\\d{2})");

    /**
     * Reads a deadline as {@link #code()} writes it; {@code none} (or nothing) is no deadline.
     *
     * @throws IllegalArgumentException if the text is none of the forms, or names a day that does not exist or that
     *                                  the app does not keep ({@link DocumentDate#kept})
     */
    static Optional<Deadline> parse(String code) {
        String text = code == null ? "" : code.strip();
        if (text.isEmpty() || text.equals("none")) {
            return Optional.empty();
        }
        if (text.equals("ongoing")) {
            return Optional.of(new Ongoing());
        }
        try {
            Matcher yearly = YEARLY.matcher(text);
            if (yearly.matches()) {
                return Optional.of(new Yearly(MonthDay.of(Integer.parseInt(yearly.group(1)),
                        Integer.parseInt(yearly.group(2)))));
            }
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate date = LocalDate.parse(text);
                if (!DocumentDate.kept(date)) {
                    throw new IllegalArgumentException("not a year the app keeps: " + text);
                }
                return Optional.of(new OnDate(date));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("no such day: " + text, e);
        }
        throw new IllegalArgumentException("not a deadline: " + text);
    }
}
