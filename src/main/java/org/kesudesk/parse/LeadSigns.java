package org.kesudesk.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sign written by a unit's name in a list to say that it leads — （市教育局*、市科协、团市委）, 市科协★ — as some
 * offices mark the lead instead of labelling it, with a note saying so once (注：标*的为牵头单位。, 带“★”号的为牵头单位,
 * ※表示牵头单位). A name so signed leads, as one marked （牵头） does, the sign no part of the name.
 */
final class LeadSigns {

    /** The signs offices write: asterisks (half-, full-width, small), stars, the reference mark, triangles. */
    static final String SIGNS = "*＊﹡✱★☆※△▲";
    private static final String SIGN_CLASS = "[*＊﹡✱★☆※△▲]";
    private static final String QUOTED_SIGN = "[“\"‘'「『]?(" + SIGN_CLASS + ")[”\"’'」』]?";

    /** The declaration, anywhere in a paragraph: the sign (quoted or not), then that it means the lead. */
    private static final Pattern DECLARED = Pattern.compile(QUOTED_SIGN
            + "\\s*(?:号|标记|标识|符号)?\\s*(?:的|者)?\\s*(?:单位|部门)?\\s*(?:为|是|表示|系|即为|代表)\\s*牵头(?:单位|部门)");
    /**
     * The declaration that the units in bold lead (注：加粗的为牵头单位, 字体加粗的单位为牵头单位): a Word file's
     * formatting, which {@link DocxText} writes as a sign by each bold name where a document declares it.
     */
    private static final Pattern BOLD_DECLARED = Pattern.compile("(?:字体|字)?(?:加粗|粗体|黑体|加黑)(?:字体|字|显示|标注|标识"
            + "|标出)?\\s*(?:的|者)?\\s*(?:单位|部门)?\\s*(?:为|是|表示|系|即为|代表)\\s*牵头(?:单位|部门)");
    /** The sign {@link DocxText} writes by a name in bold where the document declares that bold leads. */
    static final String BOLD_SIGN = "*";
    /** A paragraph that is nothing but the note: its words and what usually goes with them. */
    private static final Pattern NOTE_ONLY = Pattern.compile("^[（(]?(?:注|备注|说明)?\\s*[：:]?[^（）()。]{0,24}?(?:"
            + DECLARED.pattern() + "|" + BOLD_DECLARED.pattern() + ")[^（）()。]{0,40}[。；;]?[）)]?[。]?$");
    /** A sign right by a name in a list: after it and before a separator, or after a separator and before it. */
    private static final Pattern BY_A_NAME = Pattern.compile("[\\p{IsHan}）)]\\s*" + SIGN_CLASS + "\\s*[、，,；;）)]"
            + "|[（(、，,；;：:]\\s*" + SIGN_CLASS + "\\s*\\p{IsHan}");

    private LeadSigns() {
    }

    /** The sign the text declares leads (注：标*的为牵头单位。), if it declares one. */
    static Optional<String> declaredIn(String text) {
        if (text.indexOf("牵头") < 0 || !hasSign(text)) {
            return Optional.empty();
        }
        Matcher declared = DECLARED.matcher(text);
        return declared.find() ? Optional.of(declared.group(1)) : Optional.empty();
    }

    /** Whether the text declares that the units in bold lead (注：加粗的为牵头单位). */
    static boolean boldDeclaredIn(String text) {
        return text.indexOf("牵头") >= 0 && (text.indexOf('粗') >= 0 || text.indexOf('黑') >= 0)
                && BOLD_DECLARED.matcher(text).find();
    }

    /** Whether a paragraph is only the note that declares a sign, or bold (not part of the plan's content). */
    static boolean isNote(String paragraph) {
        return paragraph.length() <= 80 && (declaredIn(paragraph).isPresent() || boldDeclaredIn(paragraph))
                && NOTE_ONLY.matcher(paragraph.strip()).matches();
    }

    /**
     * The text without its declaration (and the brackets around it): a table's header 责任单位（标*的为牵头单位） names
     * the 责任单位 column, not the 牵头单位 one.
     */
    static String withoutDeclaration(String text) {
        Matcher declared;
        if (declaredIn(text).isPresent()) {
            declared = DECLARED.matcher(text);
        } else if (boldDeclaredIn(text)) {
            declared = BOLD_DECLARED.matcher(text);
        } else {
            return text;
        }
        declared.find();
        return NoteWords.without(text, declared);
    }

    /**
     * Words in bold with a sign after each unit's name among them (市教育局、市科协 → 市教育局*、市科协*): how a Word
     * file's or a workbook's bold names are read where the document says that bold leads.
     */
    static String signedNames(CharSequence bold) {
        StringBuilder signed = new StringBuilder();
        StringBuilder name = new StringBuilder();
        for (int i = 0; i <= bold.length(); i++) {
            char c = i < bold.length() ? bold.charAt(i) : '、';
            if ("、，,；;\n".indexOf(c) < 0) {
                name.append(c);
                continue;
            }
            signed.append(name);
            if (UnitNames.looksLikeUnit(name.toString().strip())) {
                signed.append(BOLD_SIGN);
            }
            if (i < bold.length()) {
                signed.append(c);
            }
            name.setLength(0);
        }
        return signed.toString();
    }

    /** The first sign the text writes right by a name in a list (市教育局*、…), if any: for the review. */
    static Optional<String> byAName(String text) {
        if (!hasSign(text)) {
            return Optional.empty();
        }
        Matcher by = BY_A_NAME.matcher(text);
        if (!by.find()) {
            return Optional.empty();
        }
        for (int i = by.start(); i < by.end(); i++) {
            if (isSign(text.charAt(i))) {
                return Optional.of(String.valueOf(text.charAt(i)));
            }
        }
        return Optional.empty();
    }

    /**
     * A piece of a list without the sign at its end or start (市教育局* → 市教育局), or the piece itself if it has none
     * (then {@code ==} to it).
     */
    static String withoutSign(String piece) {
        int start = 0;
        int end = piece.length();
        while (end > start && isSign(piece.charAt(end - 1))) {
            end--;
        }
        while (start < end && isSign(piece.charAt(start))) {
            start++;
        }
        return start == 0 && end == piece.length() ? piece : piece.substring(start, end).strip();
    }

    private static boolean hasSign(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isSign(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the character is a sign: compared by range first, as every character of every line is asked. */
    private static boolean isSign(char c) {
        return (c == '*' || c >= '\u203B' && c <= '\u2731' || c == '\uFE61' || c == '\uFF0A') && SIGNS.indexOf(c) >= 0;
    }
}
