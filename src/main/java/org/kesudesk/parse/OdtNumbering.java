package org.kesudesk.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The numbers LibreOffice draws before an OpenDocument text's numbered paragraphs, which are not in its text: a
 * list's items numbered by the list's style (一、 （一） 1. as its levels say), headings by the document's outline
 * numbering (章节编号). As Word's are made again from numbering.xml ({@link WordNumbering}), so a notice whose
 * clerk let LibreOffice number its sections reads as one numbered by hand.
 * <p>
 * A list has a counter per level; an item's first paragraph moves its level's counter on and starts the levels below
 * again. A list goes on from an earlier one when it says so ({@code text:continue-numbering},
 * {@code text:continue-list}), and starts again otherwise. A list header, an item's later paragraphs and a bullet
 * list have no number. A heading in no list is numbered by the outline style, one counter per level for the whole
 * document. As LibreOffice reads a file: a list of no style is a bullet list (a paragraph style's list style numbers
 * nothing), and a number the file keeps as text ({@code text:number}, a copy that may be stale) is not read.
 */
final class OdtNumbering {

    /** The levels a list or the outline may have (ODF's ten); a list nested deeper numbers as its tenth level. */
    static final int LEVELS = 10;
    /** Lists kept by their id for one further on to continue: a notice has some dozens. */
    private static final int MAX_KEPT_LISTS = 10_000;

    /** How one level of a list or of the outline is numbered. */
    private record Level(boolean numbered, String format, String prefix, String suffix, int shownLevels,
                         int start) {
    }

    /** Where a node stands in a list: the counters of the list it belongs to, its style and level (1 outermost). */
    record ListPlace(int[] counts, String style, int level) {
    }

    /** A list item, whose first paragraph is numbered; a header's never is. */
    static final class Item {
        private final ListPlace list;
        private final boolean header;
        private boolean numbered;

        private Item(ListPlace list, boolean header) {
            this.list = list;
            this.header = header;
        }
    }

    private final Map<String, Level[]> listStyles = new HashMap<>();
    private final Level[] outline;
    private final int[] outlineCounts = new int[LEVELS + 1];
    private final Map<String, int[]> listsById = new HashMap<>();
    private final Map<String, int[]> lastListByStyle = new HashMap<>();
    private int[] lastList;

    /** The numbering the documents' styles define (content.xml's own styles, then styles.xml's). */
    OdtNumbering(List<Document> styleParts) {
        Level[] outlineLevels = null;
        for (Document part : styleParts) {
            for (Element style : part.getElementsByTag("text:list-style")) {
                listStyles.putIfAbsent(style.attr("style:name"), levels(style));
            }
            Element outlineStyle = part.getElementsByTag("text:outline-style").first();
            if (outlineStyle != null && outlineLevels == null) {
                outlineLevels = levels(outlineStyle);
                // an old OpenOffice file puts its numbered headings in a list of the outline's style
                listStyles.putIfAbsent(outlineStyle.attr("style:name"), outlineLevels);
            }
        }
        outline = outlineLevels;
    }

    /**
     * The place of a list's content: a list in an item goes on with that item's list one level down; a list of its
     * own goes on from the list it names, or from the last one of its style when it continues the numbering, or
     * starts its own counters.
     */
    ListPlace list(Element list, Object outer) {
        String style = list.attr("text:style-name");
        if (outer instanceof Item item) {
            // the item's number, if it has none yet, is not drawn before the list inside it
            item.numbered = true;
            return new ListPlace(item.list.counts, style.isEmpty() ? item.list.style : style,
                    Math.min(LEVELS, item.list.level + 1));
        }
        if (outer instanceof ListPlace place) {
            return new ListPlace(place.counts, style.isEmpty() ? place.style : style,
                    Math.min(LEVELS, place.level + 1));
        }
        int[] counts = null;
        String continued = list.attr("text:continue-list");
        if (!continued.isEmpty()) {
            counts = listsById.get(continued);
        }
        if (counts == null && list.attr("text:continue-numbering").equals("true")) {
            counts = lastListByStyle.getOrDefault(style, lastList);
        }
        if (counts == null) {
            counts = new int[LEVELS + 1];
        }
        String id = list.attr("xml:id");
        if (!id.isEmpty() && listsById.size() < MAX_KEPT_LISTS) {
            listsById.put(id, counts);
        }
        if (lastListByStyle.size() < MAX_KEPT_LISTS || lastListByStyle.containsKey(style)) {
            lastListByStyle.put(style, counts);
        }
        lastList = counts;
        return new ListPlace(counts, style, 1);
    }

    /** The place of an item's content. */
    Item item(Element item, ListPlace list) {
        return new Item(list, item.tagName().equals("text:list-header"));
    }

    /**
     * The number drawn before a paragraph or heading ({@code text:p}, {@code text:h}), "" if none, its counters
     * moved on.
     *
     * @param place where it stands: an {@link Item}, a {@link ListPlace} or nothing
     */
    String number(Element paragraph, Object place) {
        if (place instanceof Item item) {
            if (item.header || item.numbered) {
                return "";
            }
            item.numbered = true;
            ListPlace list = item.list;
            Level[] levels = listStyles.get(list.style);
            Element listItem = paragraph.parent();
            int start;
            if (listItem != null && listItem.hasAttr("text:start-value")) {
                // an item numbered anew from a value of its own
                start = OdtText.count(listItem, "text:start-value");
                list.counts[list.level] = 0;
            } else {
                start = levels == null || levels[list.level] == null ? 1 : levels[list.level].start;
            }
            return next(levels, list.counts, list.level, start);
        }
        if (place == null && paragraph.tagName().equals("text:h") && outline != null
                && !paragraph.attr("text:is-list-header").equals("true")) {
            int level = Math.max(1, Math.min(LEVELS, OdtText.count(paragraph, "text:outline-level")));
            int start = outline[level] == null ? 1 : outline[level].start;
            if (paragraph.attr("text:restart-numbering").equals("true")) {
                outlineCounts[level] = 0;
                if (paragraph.hasAttr("text:start-value")) {
                    start = OdtText.count(paragraph, "text:start-value");
                }
            }
            return next(outline, outlineCounts, level, start);
        }
        return "";
    }

    /** Moves the level's counter on (to its start the first time), starts the levels below again, draws it. */
    private static String next(Level[] levels, int[] counts, int level, int start) {
        counts[level] = counts[level] == 0 ? start : counts[level] + 1;
        for (int deeper = level + 1; deeper < counts.length; deeper++) {
            counts[deeper] = 0;
        }
        Level shown = levels == null ? null : levels[level];
        if (shown == null || !shown.numbered) {
            return "";
        }
        StringBuilder number = new StringBuilder(shown.prefix);
        int first = Math.max(1, level - shown.shownLevels + 1);
        for (int l = first; l <= level; l++) {
            Level of = levels[l];
            String format = of == null || l == level ? shown.format : of.format;
            if (l > first) {
                number.append('.');
            }
            number.append(format(format, Math.max(1, counts[l])));
        }
        boolean bare = shown.prefix.isEmpty() && shown.suffix.isEmpty() && first == level;
        return bare ? Headings.typedBare(number.toString()) : number.append(shown.suffix).toString();
    }

    /** A list style's levels by number (1 to 10): numbered ones, or bullets and pictures, which draw no number. */
    private static Level[] levels(Element style) {
        Level[] levels = new Level[LEVELS + 1];
        for (Element level : style.children()) {
            String kind = level.tagName();
            boolean number = kind.equals("text:list-level-style-number") || kind.equals("text:outline-level-style");
            if (!number && !kind.equals("text:list-level-style-bullet") && !kind.equals("text:list-level-style-image")) {
                continue;
            }
            int at = OdtText.count(level, "text:level");
            if (at > LEVELS) {
                continue;
            }
            levels[at] = new Level(number, level.attr("style:num-format"), level.attr("style:num-prefix"),
                    level.attr("style:num-suffix"), Math.min(LEVELS, OdtText.count(level, "text:display-levels")),
                    level.hasAttr("text:start-value") ? OdtText.count(level, "text:start-value") : 1);
        }
        return levels;
    }

    /**
     * A value written in an OpenDocument number format, named by its first values as LibreOffice names them
     * ("1", "一, 二, 三, ...", "①, ②, ③, ...", "a", "I" …), drawn as Word draws the same; "" for none.
     */
    static String format(String format, int value) {
        if (format.isEmpty()) {
            return "";
        }
        return WordNumbering.format(switch (format.charAt(0)) {
            case '一' -> "chineseCounting";
            case '壹' -> "chineseLegalSimplified";
            case '①' -> "decimalEnclosedCircle";
            case '１' -> "decimalFullWidth";
            case 'a' -> "lowerLetter";
            case 'A' -> "upperLetter";
            case 'i' -> "lowerRoman";
            case 'I' -> "upperRoman";
            default -> "decimal";
        }, value);
    }
}
