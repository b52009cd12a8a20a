package org.kesudesk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How unit names written one after another in a text (a list's words in a document, a ledger's cell) are told
 * apart: at a separator outside brackets — 各县（市、区）人民政府 is one name — and not at a 、 between the levels of
 * region a collective names (各区、县（市）人民政府, 各乡镇、街道), nor before the bare office of another level that
 * the collective's 各 goes on to (各镇人民政府、街道办事处: each town's government and each 街道's office, no unit
 * called 街道办事处; 各街道办事处、社区). The one rule for the parser and the ledgers.
 */
public final class UnitListText {

    /** The characters that name a level of region in a collective's name. */
    private static final String LEVELS = "市县区省旗州盟乡镇街";
    /** The start of a collective naming levels of region apart by 、: 各区, 各县（市）, 各乡镇. */
    private static final Pattern REGION_LEVELS = Pattern.compile("各[" + LEVELS + "]{1,3}(?:[（(][" + LEVELS
            + "、]{1,4}[）)])?");

    /** A level of region as a collective's name writes it, the local ones included: 县, 乡镇, 街道, 社区, 村. */
    private static final String LEVEL_WORD = "(?:街道|社区|乡镇|[" + LEVELS + "村])";
    /** The office of a level of region, as collectives name them. */
    private static final String LEVEL_OFFICE = "(?:人民政府|政府|党委|党工委|办事处|居委会|村委会|居民委员会|村民委员会)";
    /**
     * A collective of a level of region or of its offices: 各镇人民政府, 各乡（镇）人民政府, 各街道办事处, 各街道 — the 各
     * going on over a bare office of another level after a 、 ({@link #BARE_LEVEL_OFFICE}).
     */
    private static final Pattern LEVELS_OFFICES = Pattern.compile("各" + LEVEL_WORD + "{1,3}(?:[（(](?:"
            + LEVEL_WORD + "|、){1,4}[）)])?" + LEVEL_WORD + "{0,2}" + LEVEL_OFFICE + "?");
    /**
     * A level of region, or its office, named without a place, which no unit is on its own: 街道办事处, 乡镇政府,
     * 社区, 村（社区）.
     */
    private static final Pattern BARE_LEVEL_OFFICE = Pattern.compile("(?:乡镇|乡|镇|街道|社区|村(?:[（(]社区[）)])?)"
            + LEVEL_OFFICE + "?");
    /** The longest {@link #BARE_LEVEL_OFFICE}: how far past a 、 is looked at (the splitting stays linear). */
    private static final int BARE_OFFICE_LENGTH = 9;

    /**
     * The labels of a unit list, simplified and traditional, the longer before the shorter they start; those of 牵头
     * and 主责 mean the units lead. The short ones (牵头：, 配合：) only with the colon after them.
     */
    public static final String LABELS = "总牵头部门|总牵头单位|牵头部门|牵头单位|主要责任单位|主要责任部门|主责单位|主责部门|责任部门"
            + "|责任单位|配合单位|配合部门|参加单位|参加部门|参与单位|参与部门|协办单位|协办部门|协同单位|协同部门"
            + "|协助单位|协助部门|支持单位|支持部门"
            + "|牽頭部門|牽頭單位|責任部門|責任單位|配合單位|參加單位|參與單位|協辦單位|協同單位"
            + "|牵头|主责|责任|配合|参加|参与|协办|协同|牽頭|責任|參加|參與";

    /** What a lead's mark says in its brackets: 牵头, 牵头单位, 主责, 负总责 (市科协（牵头）). */
    public static final String LEAD_WORDS = "(?:为)?(?:总牵头|牵头|牽頭|主责|主責|负总责)(?:单位|部门|單位|部門|负责)?";
    /**
     * 市科协（牵头）, 市科协〔牵头〕, 市科协（牵头单位）, 市科协【牵头】, 市科协（主责）: a mark after a name that the unit
     * leads, as documents and the editor's list write it.
     */
    public static final Pattern LEAD_MARK = Pattern.compile("[（(〔【\\[［]" + LEAD_WORDS + "[)）〕】\\]］]$");

    /** What a clerk's text parts unit names by: 、，；, spaces, tabs and lines. */
    private static final String WRITTEN_SEPARATORS = "、，,；; \t\n\r\u3000";

    private UnitListText() {
    }

    /**
     * The unit names a text lists as a clerk writes or pastes it (a ledger's cell, the editor's unit box): parted at
     * 、，；, spaces or lines, outside brackets ({@link #pieces}); without the brackets round the whole and the labels
     * before the names, as a document's clause has them ((牵头单位：市教育局；责任单位：市科协、团市委)), a numbered list's
     * numbers and a 牵头 mark after a name (市教育局（牵头）); in order, each once.
     */
    public static List<String> names(String text) {
        String written = text.strip();
        while (written.endsWith("。") || written.endsWith(".")) {
            written = written.substring(0, written.length() - 1).strip();
        }
        if (written.length() >= 2 && "（(".indexOf(written.charAt(0)) >= 0
                && "）)".indexOf(written.charAt(written.length() - 1)) >= 0) {
            written = written.substring(1, written.length() - 1);
        }
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (String piece : pieces(written, WRITTEN_SEPARATORS)) {
            String name = LIST_NUMBER.matcher(LIST_LABEL.matcher(piece.strip()).replaceFirst("").strip())
                    .replaceFirst("").strip();
            name = LEAD_MARK.matcher(name).replaceFirst("").strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /** A list's number before a name, as a numbered list of units copied has it: 1. 2、 (3). */
    private static final Pattern LIST_NUMBER = Pattern.compile("^(?:[0-9０-９]{1,3}\\s*[.．、]|[（(][0-9０-９]{1,3}[）)])");


    /** A list's label before its first name: 责任单位：, 牵头部门: (anything else with a colon is kept, and refused). */
    private static final Pattern LIST_LABEL = Pattern.compile("^(?:" + LABELS + ")\\s*[：:]");

    /** Whether the character names a level of region in a collective's name (各县, 各乡镇, 各街道). */
    public static boolean isRegionLevel(char c) {
        return LEVELS.indexOf(c) >= 0;
    }

    /**
     * The pieces of the text between the separators (any of the characters given) that part names, in order, as
     * written (not stripped; an empty piece where two separators meet). Linear in the text's length.
     */
    public static List<String> pieces(String text, String separators) {
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if (c == '）' || c == ')') {
                depth = Math.max(0, depth - 1);
            }
            boolean separator = depth == 0 && separators.indexOf(c) >= 0;
            if (separator && c == '、' && i + 1 < text.length()
                    && (isRegionLevel(text.charAt(i + 1)) && regionLevels(current)
                    || levelsOffices(current) && bareOfficeFollows(text, i + 1, separators))) {
                // 各区、县（市）人民政府, 各镇人民政府、街道办事处, 各街道、社区: one collective, not two names
                separator = false;
            }
            if (separator) {
                pieces.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        pieces.add(current.toString());
        return pieces;
    }

    private static boolean levelsOffices(CharSequence piece) {
        String written = afterLabel(piece);
        return written.length() <= 16 && LEVELS_OFFICES.matcher(written).matches();
    }

    /** Whether a bare office of a level (街道办事处) is all there is from {@code start} to the next separator. */
    private static boolean bareOfficeFollows(String text, int start, String separators) {
        int end = start;
        while (end < text.length() && end - start <= BARE_OFFICE_LENGTH && separators.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return end - start <= BARE_OFFICE_LENGTH && BARE_LEVEL_OFFICE.matcher(text.substring(start, end).strip())
                .matches();
    }

    /**
     * The piece without a label before it (责任单位：各区 — a list's first piece holds its label; no unit's name has
     * a colon).
     */
    private static String afterLabel(CharSequence piece) {
        String written = piece.toString();
        int colon = Math.max(written.lastIndexOf('：'), written.lastIndexOf(':'));
        return written.substring(colon + 1).strip();
    }

    private static boolean regionLevels(CharSequence piece) {
        String written = afterLabel(piece);
        return written.length() >= 2 && written.length() <= 9 && written.charAt(0) == '各'
                && REGION_LEVELS.matcher(written).matches();
    }
}
