package org.kesudesk.model;

import java.text.Normalizer;
import java.util.Optional;

/**
 * What a name or a text may hold, whichever way it comes in. A name (a unit's, a region's) is one visible line:
 * Unicode NFC, no control, invisible or direction-changing characters (two names that look alike must be equal),
 * no space at either end, and it does not start with what a spreadsheet takes for a formula. A text may run over
 * lines and hold tabs, but holds no other control characters, no direction overrides and no broken characters.
 */
public final class TextRules {

    /** Why a name or text is refused. */
    public enum Problem {
        EMPTY,
        TOO_LONG,
        SPACE_AT_EDGE,
        CONTROL_CHARACTER,
        INVISIBLE_CHARACTER,
        DIRECTION_CHARACTER,
        BROKEN_CHARACTER,
        NOT_NORMALIZED,
        FORMULA,
        /** A telephone field holding what no telephone number has (letters, no digit). */
        NOT_A_PHONE
    }

    private TextRules() {
    }

    /** The name as a person typed it, made what a name is stored as: NFC, without spaces at its ends. */
    public static String typedName(String typed) {
        return stripSpaces(Normalizer.normalize(typed == null ? "" : typed, Normalizer.Form.NFC));
    }

    /** What is wrong with a name, if anything. */
    public static Optional<Problem> nameProblem(String name, int maxLength) {
        if (name.isEmpty()) {
            return Optional.of(Problem.EMPTY);
        }
        if (name.codePointCount(0, name.length()) > maxLength) {
            return Optional.of(Problem.TOO_LONG);
        }
        Optional<Problem> characters = characterProblem(name, false);
        if (characters.isPresent()) {
            return characters;
        }
        if (!stripSpaces(name).equals(name)) {
            return Optional.of(Problem.SPACE_AT_EDGE);
        }
        if ("=+-@".indexOf(name.charAt(0)) >= 0) {
            return Optional.of(Problem.FORMULA);
        }
        return normalized(name);
    }

    /**
     * What a list or a table's cell writes for "the same as the one above": 同上, 同前, 同上栏, 〃 (a ditto mark), with a
     * closing full stop or not. No unit is so named; a reader of the document or the sheet takes the one above.
     */
    private static final java.util.regex.Pattern SAME_AS_ABOVE = java.util.regex.Pattern.compile(
            "(?:同上|同前)(?:栏|欄|行|条|條|项|項|一项|一項)?[。.]?|[〃″]");

    /** Whether the text (a would-be name, a cell) says only that it is the same as the one above. */
    public static boolean saysSameAsAbove(String text) {
        return SAME_AS_ABOVE.matcher(text.strip()).matches();
    }

    /**
     * What a list or a cell writes for "none": a dash or a slash (—, ——, -, /, ＼), 无, 暂无, 空, 待定, 不涉及 — what a
     * table puts in a cell that has nothing to say. No unit is so named.
     */
    private static final java.util.regex.Pattern NONE = java.util.regex.Pattern.compile(
            "[-－—–―‐/／\\\\＼·•.。…\\s]+|无|無|暂无|暫無|空|待定|待明确|待明確|不涉及|不适用|不適用|N/?A|n/?a");

    /** Whether the text (a would-be name, a cell) says only that there is none ({@link #NONE}). */
    public static boolean saysNone(String text) {
        return !text.isBlank() && NONE.matcher(text.strip()).matches();
    }

    /**
     * Whether two texts say the same words, however spaced and broken into lines: 实施教育信息化 2.0 行动计划 as a plan's
     * text file spaces it and 实施教育信息化2.0行动计划 as a printed notice sets it (a revised document read from the
     * issued PDF is not a change of wording).
     */
    public static boolean sameWording(String one, String other) {
        if (one.equals(other)) {
            return true;
        }
        int i = 0;
        int j = 0;
        while (true) {
            while (i < one.length() && Character.isWhitespace(one.charAt(i))) {
                i++;
            }
            while (j < other.length() && Character.isWhitespace(other.charAt(j))) {
                j++;
            }
            if (i == one.length() || j == other.length()) {
                return i == one.length() && j == other.length();
            }
            if (one.charAt(i++) != other.charAt(j++)) {
                return false;
            }
        }
    }

    /** What is wrong with a text (which may be empty), if anything. */
    public static Optional<Problem> textProblem(String text, int maxLength) {
        if (text.length() > maxLength && text.codePointCount(0, text.length()) > maxLength) {
            return Optional.of(Problem.TOO_LONG);
        }
        return characterProblem(text, true).or(() -> normalized(text));
    }

    /**
     * A text from outside (a document, a spreadsheet cell) put in the form texts are stored in: NFC, each radical that
     * stands for a whole character as that character ({@link #withIdeographsForRadicals}).
     */
    public static String normalizedText(String text) {
        return isPlainlyComposed(text) ? text
                : withIdeographsForRadicals(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    /**
     * The CJK Radicals Supplement characters that look like a whole character and are copied out of PDFs for it (a
     * simplified Chinese font draws 长 and ⻓ with one glyph, and a PDF made from it may name the glyph by the radical),
     * with the character each stands for; the others are parts of characters (⺡ 氵), never text on their own.
     */
    private static final String SUPPLEMENT_RADICALS = "⺟⺠⻁⻄⻅⻆⻉⻋⻑⻓⻔⻘⻙⻚⻛⻜⻝⻡⻢⻣⻤⻥⻦⻧⻨⻩⻪⻬⻮⻰⻳";
    private static final String SUPPLEMENT_IDEOGRAPHS = "母民虎西见角贝车長长门青韦页风飞食首马骨鬼鱼鸟卤麦黄黾齐齿龙龟";

    /**
     * The text with each radical that stands for a character (Kangxi Radicals, U+2F00–U+2FD5: ⼀ ⼈ ⼯ ⽅ ⽣ …; the
     * supplement's whole-character ones, {@link #SUPPLEMENT_RADICALS}) as that character: PDFs from many Word and WPS
     * setups give 一 人 工 方 生 长 门 齐 as radicals when copied or read, and 实施⽅案, ⼀、 or 市⼯信局 would read as
     * other words, numbers and units. A Kangxi radical is its compatibility equivalent (⼀ 一, ⾨ 門), but ⼾, which
     * simplified fonts draw as 户.
     */
    public static String withIdeographsForRadicals(String text) {
        int i = 0;
        while (i < text.length() && !isRadical(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            int supplement = SUPPLEMENT_RADICALS.indexOf(c);
            if (supplement >= 0) {
                out.append(SUPPLEMENT_IDEOGRAPHS.charAt(supplement));
            } else if (c == '\u2F3E') {
                out.append('户');
            } else if (c >= '\u2F00' && c <= '\u2FD5') {
                out.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isRadical(char c) {
        return c >= '\u2E80' && c <= '\u2FD5';
    }

    private static Optional<Problem> normalized(String text) {
        return isPlainlyComposed(text) || Normalizer.isNormalized(text, Normalizer.Form.NFC) ? Optional.empty()
                : Optional.of(Problem.NOT_NORMALIZED);
    }

    /**
     * Whether a text is made only of characters that NFC leaves as they are wherever they stand (no decomposition,
     * no combining class, never the second of a composed pair): printable ASCII, Han, the CJK and full-width
     * punctuation, dashes and quotation marks. Such a text is in NFC without asking the normaliser, which a plan at
     * the limits, 9 million characters, asked twice over for a tenth of reading it.
     */
    static boolean isPlainlyComposed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isPlainlyVisible(c) && !(c >= '\u3000' && c <= '\u3029') && !(c >= '\uFF01' && c <= '\uFF60')
                    && !(c >= '\u2010' && c <= '\u2027') && !(c >= '\u2030' && c <= '\u205E') && c != '\n'
                    && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private static Optional<Problem> characterProblem(String text, boolean multiline) {
        for (int i = 0; i < text.length(); ) {
            if (isPlainlyVisible(text.charAt(i))) {
                i++;
                continue;
            }
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (multiline && (c == '\n' || c == '\t')) {
                continue;
            }
            if (isDirectionControl(c)) {
                return Optional.of(Problem.DIRECTION_CHARACTER);
            }
            switch (Character.getType(c)) {
                case Character.CONTROL:
                    return Optional.of(Problem.CONTROL_CHARACTER);
                case Character.SURROGATE:
                    return Optional.of(Problem.BROKEN_CHARACTER);
                case Character.FORMAT:
                    if (!multiline) {
                        return Optional.of(Problem.INVISIBLE_CHARACTER);
                    }
                    break;
                default:
                    break;
            }
        }
        return Optional.empty();
    }

    /**
     * Printable ASCII and the common Han characters (CJK Unified Ideographs), most of every text: none of them is a
     * control, format, direction or broken character, so a check of each character can pass over them at once.
     */
    public static boolean isPlainlyVisible(char c) {
        return (c >= ' ' && c < 0x7F) || (c >= '\u4E00' && c <= '\u9FFF');
    }

    /** The characters that change the direction text is shown in (a right-to-left override hides what it says). */
    public static boolean isDirectionControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }

    private static String stripSpaces(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
