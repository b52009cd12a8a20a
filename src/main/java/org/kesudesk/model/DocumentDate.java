package org.kesudesk.model;

import java.time.LocalDate;

/**
 * How an official document writes a date — its 成文日期 and 印发日期, GB/T 9704 7.3.5.4: Arabic numerals, the full
 * year, no padding (2022年4月25日) — and how one is read back as documents and clerks write it (spaces between its
 * parts). The one rule for the parser, the documents and the notice's fields kept in a plan.
 */
public final class DocumentDate {

    /** A date as written, spaces allowed between its parts; its groups the year, the month and the day. */
    public static final String WRITTEN = "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日";

    private DocumentDate() {
    }

    /** A date in figures as the app writes it, or with / or . between its parts: 2026-12-20, 2026/12/20. */
    private static final java.util.regex.Pattern IN_FIGURES = java.util.regex.Pattern.compile(
            "(\\d{4})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})");
    private static final java.util.regex.Pattern IN_WORDS = java.util.regex.Pattern.compile(WRITTEN);

    /**
     * Whether the app keeps a date: one within the years a plan may name ({@link PlanPeriod#EARLIEST} to
     * {@link PlanPeriod#LATEST}). A due date in the year 0 or 9999 — a slip of the keyboard or a forged file — would
     * light every task red, or none, for as long as it stood.
     */
    public static boolean kept(LocalDate date) {
        return date.getYear() >= PlanPeriod.EARLIEST && date.getYear() <= PlanPeriod.LATEST;
    }

    /**
     * A date typed into a field as clerks type them — the app's own 2026-12-20, 2026/12/20, 2026.12.20, or as a
     * document writes it, 2026年12月20日, in half- or full-width digits (an input method's full-width mode) — or
     * empty if the text is none of these, names a day that does not exist (2026-02-30), or one the app does not keep
     * ({@link #kept}: 0000-01-01).
     */
    public static java.util.Optional<LocalDate> typed(String text) {
        if (text == null || text.length() > 40) {
            return java.util.Optional.empty();
        }
        String plain = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip();
        java.util.regex.Matcher figures = IN_FIGURES.matcher(plain);
        java.util.regex.Matcher words = IN_WORDS.matcher(plain);
        String[] parts = figures.matches() ? new String[] {figures.group(1), figures.group(3), figures.group(4)}
                : words.matches() ? new String[] {words.group(1), words.group(2), words.group(3)} : null;
        if (parts == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                    Integer.parseInt(parts[2]))).filter(DocumentDate::kept);
        } catch (java.time.DateTimeException noSuchDay) {
            return java.util.Optional.empty();
        }
    }

    /** The date as a document writes it: 2022年4月25日. */
    public static String of(LocalDate date) {
        return ofMonth(java.time.YearMonth.from(date)) + date.getDayOfMonth() + "日";
    }

    /** A month as a document writes it, a 完成时限 by a month's end among them: 2025年12月. */
    public static String ofMonth(java.time.YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }
}
