package org.kesudesk.parse;

import java.util.OptionalInt;

/** Chinese numerals as official documents number their sections and items: 一 … 十, 十一, 二十三, 一百零五. */
public final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The value of a numeral such as 二十三, or empty if it is not one. */
    public static OptionalInt parse(String numeral) {
        if (numeral.isEmpty()) {
            return OptionalInt.empty();
        }
        int total = 0;
        int digit = -1;
        for (char c : numeral.toCharArray()) {
            int d = DIGITS.indexOf(c);
            if (d >= 0) {
                digit = d;
            } else if (c == '十' || c == '百') {
                int unit = c == '十' ? 10 : 100;
                total += (digit < 0 ? 1 : digit) * unit;
                digit = -1;
            } else if (c == '〇') {
                digit = 0;
            } else {
                return OptionalInt.empty();
            }
        }
        if (digit > 0) {
            total += digit;
        }
        return total > 0 ? OptionalInt.of(total) : OptionalInt.empty();
    }

    /** A date in Chinese numerals: 二〇二二年四月二十五日 (the year digit by digit; 〇 also written ○, 零 or Ｏ). */
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile(
            "([〇○零Ｏ一二三四五六七八九]{4})(\\s*年\\s*)([一二三四五六七八九十]{1,3})(\\s*月\\s*)([一二三四五六七八九十]{1,3})(\\s*日)");
    private static final String YEAR_DIGITS = "〇一二三四五六七八九";

    /**
     * The text with each date written in Chinese numerals, as notices before 2012 and many since date themselves
     * (二〇二二年四月二十五日), written in Arabic ones (2022年4月25日); other text as it is.
     */
    static String arabicDates(String text) {
        if (text.indexOf('年') < 0 || text.indexOf('日') < 0) {
            return text;
        }
        java.util.regex.Matcher date = DATE.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (date.find()) {
            OptionalInt month = parse(date.group(3));
            OptionalInt day = parse(date.group(5));
            if (month.isEmpty() || day.isEmpty()) {
                continue;
            }
            StringBuilder year = new StringBuilder(4);
            for (char c : date.group(1).toCharArray()) {
                int d = YEAR_DIGITS.indexOf(c);
                year.append(d >= 0 ? d : 0);
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, date.start()).append(year).append(date.group(2)).append(month.getAsInt())
                    .append(date.group(4)).append(day.getAsInt()).append(date.group(6));
            copied = date.end();
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** The numeral for 1 … 999, as documents write it (十, 十一, 二十, 一百零五). */
    public static String format(int value) {
        if (value <= 0 || value > 999) {
            throw new IllegalArgumentException("out of range: " + value);
        }
        StringBuilder out = new StringBuilder();
        int hundreds = value / 100;
        int tens = value / 10 % 10;
        int ones = value % 10;
        if (hundreds > 0) {
            out.append(DIGITS.charAt(hundreds)).append('百');
            if (tens == 0 && ones > 0) {
                out.append('零');
            }
        }
        if (tens > 0) {
            if (!(tens == 1 && hundreds == 0)) {
                out.append(DIGITS.charAt(tens));
            }
            out.append('十');
        }
        if (ones > 0) {
            out.append(DIGITS.charAt(ones));
        }
        return out.toString();
    }
}
