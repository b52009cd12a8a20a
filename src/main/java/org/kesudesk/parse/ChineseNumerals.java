package org.kesudesk.parse;

import java.util.OptionalInt;

/** Chinese numerals as official documents number their sections and items: 一 … 十, 十一, 二十三, 一百零五. */
final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The value of a numeral such as 二十三, or empty if it is not one. */
    static OptionalInt parse(String numeral) {
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

    /** The numeral for 1 … 999, as documents write it (十, 十一, 二十, 一百零五). */
    static String format(int value) {
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
