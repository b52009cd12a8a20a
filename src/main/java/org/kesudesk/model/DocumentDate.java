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

    /** The date as a document writes it: 2022年4月25日. */
    public static String of(LocalDate date) {
        return ofMonth(java.time.YearMonth.from(date)) + date.getDayOfMonth() + "日";
    }

    /** A month as a document writes it, a 完成时限 by a month's end among them: 2025年12月. */
    public static String ofMonth(java.time.YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }
}
