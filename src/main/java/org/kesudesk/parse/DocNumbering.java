package org.kesudesk.parse;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;

/**
 * The numbers Word 97–2003 draws before a .doc's numbered paragraphs, which are not in its text: a paragraph's list
 * (its own, or its style's — HWPF gives a paragraph its style's properties) and level, a counter per list and level,
 * the level's number text with each level's value written in that level's format ({@link WordNumbering#format}).
 */
final class DocNumbering {

    private static final int LEVELS = 9;
    /** The largest start value taken from a file; more is a hostile file's. */
    private static final int MAX_START = 1 << 20;
    /**
     * Word 97's number formats ([MS-DOC] nfc) by their Word 2007 names: the ones notices use, and those drawn as
     * one of them; any other is drawn in digits.
     */
    private static final Map<Integer, String> FORMATS = Map.ofEntries(Map.entry(0, "decimal"),
            Map.entry(1, "upperRoman"), Map.entry(2, "lowerRoman"), Map.entry(3, "upperLetter"),
            Map.entry(4, "lowerLetter"), Map.entry(0x0B, "japaneseCounting"), Map.entry(0x0E, "decimalFullWidth"),
            Map.entry(0x12, "decimalEnclosedCircle"), Map.entry(0x13, "decimalFullWidth2"), Map.entry(0x17, "bullet"),
            Map.entry(0x1C, "decimalEnclosedCircleChinese"), Map.entry(0x1E, "ideographTraditional"),
            Map.entry(0x21, "taiwaneseCounting"), Map.entry(0x23, "taiwaneseCountingThousand"),
            Map.entry(0x25, "chineseCounting"), Map.entry(0x26, "chineseLegalSimplified"),
            Map.entry(0x27, "chineseCountingThousand"), Map.entry(0xFF, "none"));

    private final Map<Integer, int[]> counters = new HashMap<>();

    /** The number drawn before the paragraph, "" if none; its list's counters moved on. */
    String next(Paragraph paragraph) {
        try {
            if (!paragraph.isInList()) {
                return "";
            }
            HWPFList list = paragraph.getList();
            int level = Math.max(0, Math.min(LEVELS - 1, paragraph.getIlvl()));
            String text = list.getNumberText((char) level);
            if (text == null) {
                return "";
            }
            int[] counts = counters.computeIfAbsent(list.getLsid(), k -> new int[LEVELS]);
            counts[level] = counts[level] == 0 ? start(list, level) : counts[level] + 1;
            for (int deeper = level + 1; deeper < LEVELS; deeper++) {
                counts[deeper] = 0;
            }
            // a level's number text holds the levels whose values it shows as the characters 0 to 8
            StringBuilder number = new StringBuilder();
            for (char c : text.toCharArray()) {
                if (c < LEVELS) {
                    int value = counts[c] == 0 ? start(list, c) : counts[c];
                    number.append(WordNumbering.format(FORMATS.getOrDefault(list.getNumberFormat(c), "decimal"),
                            value));
                } else if (c >= ' ') {
                    number.append(c);
                }
            }
            // a level drawn as its value alone, as the clerk would type it (Headings.typedBare)
            return text.length() == 1 && text.charAt(0) < LEVELS ? Headings.typedBare(number.toString())
                    : number.toString();
        } catch (RuntimeException malformed) {
            // a list table Word would not write: the paragraph keeps its text, unnumbered
            return "";
        }
    }

    private static int start(HWPFList list, int level) {
        return Math.max(0, Math.min(MAX_START, list.getStartAt((char) level)));
    }
}
