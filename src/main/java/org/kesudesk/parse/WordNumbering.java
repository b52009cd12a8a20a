package org.kesudesk.parse;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

/**
 * The numbers Word draws before numbered paragraphs, which are not in the text: 一、 （一） 1. made again from
 * numbering.xml. A paragraph is numbered by its own list, or by its style's (标题 1 and 标题 2 linked to a 多级列表, the
 * way most clerks number headings): the style's level, or the level of the list that names the style. A list of a
 * list style numbers by the levels that style's definition has. Lists of one definition share one count, which a
 * list overriding a level's start starts again there. A counter per
 * list and level; a level's counter starts at its start value and starts again when one above it moves on; the text
 * of the level ("%1、", "（%2）", "%1.%2") with each level's value written as that level says (一 for chineseCounting,
 * 1 for decimal, ① …), all in digits where the level asks for legal numbering.
 */
final class WordNumbering {

    /** Word's nine levels. */
    private static final int LEVELS = 9;
    /** Styles followed up the ones they are based on: Word's go a few deep. */
    private static final int MAX_STYLE_DEPTH = 32;
    /** The largest start value taken from a file; more is a hostile file's. */
    private static final int MAX_START = 1 << 20;

    /** A paragraph's list and level. */
    private record Place(BigInteger list, int level) {
    }

    private final XWPFNumbering numbering;
    private final XWPFStyles styles;
    /** The counters of each list as Word counts: by its definition, or by the list itself where it restarts. */
    private final Map<String, int[]> counters = new HashMap<>();
    /** The lists and levels already started anew ("list:level"). */
    private final java.util.Set<String> restarted = new java.util.HashSet<>();
    /** The lists and definitions by id, and each list's levels and each style as first looked up (POI searches). */
    private final Map<BigInteger, XWPFNum> lists = new HashMap<>();
    private final Map<BigInteger, XWPFAbstractNum> definitions = new HashMap<>();
    private final Map<BigInteger, CTLvl[]> levelsOfList = new HashMap<>();
    private final Map<String, java.util.Optional<XWPFStyle>> stylesById = new HashMap<>();
    /** The definitions that define a list style (w:styleLink), by the style: a list of that style numbers by them. */
    private final Map<String, XWPFAbstractNum> byListStyle = new HashMap<>();

    WordNumbering(XWPFDocument document) {
        this.numbering = document.getNumbering();
        this.styles = document.getStyles();
        if (numbering != null) {
            for (XWPFNum list : numbering.getNums()) {
                if (list.getCTNum().getNumId() != null) {
                    lists.putIfAbsent(list.getCTNum().getNumId(), list);
                }
            }
            for (XWPFAbstractNum definition : numbering.getAbstractNums()) {
                if (definition.getCTAbstractNum().getAbstractNumId() != null) {
                    definitions.putIfAbsent(definition.getCTAbstractNum().getAbstractNumId(), definition);
                }
                if (definition.getCTAbstractNum().isSetStyleLink()) {
                    byListStyle.putIfAbsent(definition.getCTAbstractNum().getStyleLink().getVal(), definition);
                }
            }
        }
    }

    /** The number drawn before the paragraph, "" if none; its list's counters moved on. */
    String next(XWPFParagraph paragraph) {
        if (numbering == null) {
            return "";
        }
        try {
            Place place = place(paragraph);
            if (place == null) {
                return "";
            }
            CTLvl[] levels = levels(place.list);
            CTLvl shown = levels[place.level];
            if (shown == null || !shown.isSetLvlText()) {
                return "";
            }
            int[] counts = counters.computeIfAbsent(counted(place.list), k -> new int[LEVELS]);
            if (restartsAt(place.list, place.level) && restarted.add(place.list + ":" + place.level)) {
                // the list's first paragraph at a level it starts anew: the shared count starts there again
                counts[place.level] = 0;
            }
            counts[place.level] = counts[place.level] == 0 ? start(shown) : counts[place.level] + 1;
            for (int deeper = place.level + 1; deeper < LEVELS; deeper++) {
                if (restartsAfter(levels[deeper], place.level)) {
                    counts[deeper] = 0;
                }
            }
            boolean legal = shown.isSetIsLgl() && !java.util.Set.of("false", "0", "off")
                    .contains(String.valueOf(shown.getIsLgl().getVal()));
            String number = shown.getLvlText().getVal() == null ? "" : shown.getLvlText().getVal();
            for (int l = 0; l <= place.level; l++) {
                CTLvl of = levels[l];
                int value = counts[l] == 0 ? (of == null ? 1 : start(of)) : counts[l];
                String format = legal && l < place.level ? "decimal" : format(of);
                number = number.replace("%" + (l + 1), format(format, value));
            }
            return shown.getLvlText().getVal() != null && shown.getLvlText().getVal().matches("%[1-9]")
                    ? Headings.typedBare(number) : number;
        } catch (RuntimeException malformed) {
            // a numbering definition Word would not write: the paragraph keeps its text, unnumbered
            return "";
        }
    }

    /**
     * The paragraph's list and level: its own, else its style's (followed up the styles it is based on); a style's
     * list without a level is at the level that names the style; list 0 numbers nothing.
     */
    private Place place(XWPFParagraph paragraph) {
        BigInteger list = null;
        BigInteger level = null;
        CTPPr own = paragraph.getCTP().getPPr();
        if (own != null && own.isSetNumPr()) {
            CTNumPr numbered = own.getNumPr();
            list = numbered.isSetNumId() ? numbered.getNumId().getVal() : null;
            level = numbered.isSetIlvl() ? numbered.getIlvl().getVal() : null;
            if (list != null && level == null) {
                level = BigInteger.ZERO;
            }
        }
        String styleId = paragraph.getStyleID();
        for (int depth = 0; depth < MAX_STYLE_DEPTH && styles != null && styleId != null
                && (list == null || level == null); depth++) {
            XWPFStyle style = stylesById.computeIfAbsent(styleId,
                    id -> java.util.Optional.ofNullable(styles.getStyle(id))).orElse(null);
            if (style == null) {
                break;
            }
            CTPPrGeneral properties = style.getCTStyle().getPPr();
            if (properties != null && properties.isSetNumPr()) {
                CTNumPr numbered = properties.getNumPr();
                if (list == null && numbered.isSetNumId()) {
                    list = numbered.getNumId().getVal();
                }
                if (level == null && numbered.isSetIlvl()) {
                    level = numbered.getIlvl().getVal();
                }
            }
            styleId = style.getCTStyle().isSetBasedOn() ? style.getCTStyle().getBasedOn().getVal() : null;
        }
        if (list == null || list.signum() <= 0) {
            return null;
        }
        int at = level != null ? level.intValue() : linkedLevel(list, paragraph.getStyleID());
        return new Place(list, Math.max(0, Math.min(LEVELS - 1, at)));
    }

    /** The level of a list that names the paragraph's style (w:pStyle), 0 if none does. */
    private int linkedLevel(BigInteger list, String styleId) {
        if (styleId == null) {
            return 0;
        }
        CTLvl[] levels = levels(list);
        for (int l = 0; l < LEVELS; l++) {
            if (levels[l] != null && levels[l].isSetPStyle() && styleId.equals(levels[l].getPStyle().getVal())) {
                return l;
            }
        }
        return 0;
    }

    /**
     * What a list counts on: Word keeps one count for the lists of one definition (ECMA-376 17.9), so a list broken
     * by other paragraphs, or made anew by a copy, goes on; a list that starts a level anew (重新开始编号 writes one
     * overriding the level's start) starts that count again where it first numbers the level ({@link #restartsAt}).
     */
    private String counted(BigInteger list) {
        XWPFNum num = lists.get(list);
        return num == null || num.getCTNum().getAbstractNumId() == null ? "list " + list
                : "definition " + num.getCTNum().getAbstractNumId().getVal();
    }

    /** Whether the list overrides the level's start (or the whole level): its first paragraph there starts anew. */
    private boolean restartsAt(BigInteger list, int level) {
        XWPFNum num = lists.get(list);
        if (num == null) {
            return false;
        }
        for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
            if (override.getIlvl() != null && override.getIlvl().intValue() == level
                    && (override.isSetStartOverride() || override.isSetLvl() && override.getLvl().isSetStart())) {
                return true;
            }
        }
        return false;
    }

    /** A list's levels: its definition's, each replaced or restarted where the list overrides it. */
    private CTLvl[] levels(BigInteger list) {
        return levelsOfList.computeIfAbsent(list, this::readLevels);
    }

    private CTLvl[] readLevels(BigInteger list) {
        CTLvl[] levels = new CTLvl[LEVELS];
        XWPFNum num = lists.get(list);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return levels;
        }
        XWPFAbstractNum definition = definitions.get(num.getCTNum().getAbstractNumId().getVal());
        CTAbstractNum abstractNum = definition == null ? null : definition.getCTAbstractNum();
        if (abstractNum != null && abstractNum.isSetNumStyleLink()) {
            // a list of a list style (定义新的列表样式): its levels are the style's definition's
            XWPFAbstractNum styled = byListStyle.get(abstractNum.getNumStyleLink().getVal());
            abstractNum = styled == null ? abstractNum : styled.getCTAbstractNum();
        }
        if (abstractNum != null) {
            for (CTLvl lvl : abstractNum.getLvlArray()) {
                int at = lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue();
                if (at >= 0 && at < LEVELS) {
                    levels[at] = lvl;
                }
            }
        }
        for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
            int at = override.getIlvl() == null ? 0 : override.getIlvl().intValue();
            if (at < 0 || at >= LEVELS) {
                continue;
            }
            if (override.isSetLvl()) {
                levels[at] = override.getLvl();
            } else if (override.isSetStartOverride() && levels[at] != null) {
                CTLvl restarted = (CTLvl) levels[at].copy();
                if (!restarted.isSetStart()) {
                    restarted.addNewStart();
                }
                restarted.getStart().setVal(override.getStartOverride().getVal());
                levels[at] = restarted;
            }
        }
        return levels;
    }

    /**
     * Whether a level starts again when the level {@code above} (from 0) moves on: by default any level above does;
     * w:lvlRestart names the one from which (1-based) it does, 0 none — tasks numbered on through a work plan's
     * sections (一、1. 2. 二、3.).
     */
    private static boolean restartsAfter(CTLvl level, int above) {
        if (level == null || !level.isSetLvlRestart() || level.getLvlRestart().getVal() == null) {
            return true;
        }
        int restart = level.getLvlRestart().getVal().min(BigInteger.valueOf(LEVELS)).intValue();
        return restart > 0 && above <= restart - 1;
    }

    private static int start(CTLvl level) {
        if (!level.isSetStart() || level.getStart().getVal() == null) {
            return 1;
        }
        return Math.max(0, Math.min(MAX_START, level.getStart().getVal().min(BigInteger.valueOf(MAX_START))
                .intValue()));
    }

    private static String format(CTLvl level) {
        return level == null || !level.isSetNumFmt() ? "decimal" : level.getNumFmt().getVal().toString();
    }

    /**
     * A value as a numbering format draws it (Word's names; OpenDocument's are mapped to them); Chinese numerals go
     * to 999, Roman ones to 3999, beyond that in digits; "none" draws nothing.
     */
    static String format(String format, int value) {
        return switch (format) {
            case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographTraditional",
                 "taiwaneseCounting", "taiwaneseCountingThousand", "japaneseCounting"
                    -> value >= 1 && value <= 999 ? ChineseNumerals.format(value) : String.valueOf(value);
            case "upperRoman" -> value >= 1 && value <= 3999 ? roman(value) : String.valueOf(value);
            case "lowerRoman" -> value >= 1 && value <= 3999 ? roman(value).toLowerCase(Locale.ROOT)
                    : String.valueOf(value);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" -> value >= 1 && value <= 20
                    ? String.valueOf((char) ('\u2460' + value - 1)) : String.valueOf(value);
            case "decimalFullWidth", "decimalFullWidth2" -> String.valueOf(value).chars()
                    .mapToObj(c -> String.valueOf((char) (c - '0' + '０')))
                    .collect(java.util.stream.Collectors.joining());
            case "upperLetter" -> String.valueOf((char) ('A' + Math.floorMod(value - 1, 26)));
            case "lowerLetter" -> String.valueOf((char) ('a' + Math.floorMod(value - 1, 26)));
            case "none" -> "";
            default -> String.valueOf(value);
        };
    }

    /** A value from 1 to 3999 in Roman numerals. */
    private static String roman(int value) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] numerals = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int left = value;
        for (int i = 0; i < values.length; i++) {
            for (; left >= values[i]; left -= values[i]) {
                out.append(numerals[i]);
            }
        }
        return out.toString();
    }
}
