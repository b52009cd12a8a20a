package org.kesudesk.parse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A notice saved from the web page a government site publishes it on (.html, .htm), read as a browser shows it:
 * a line for each paragraph, line break or block; the page's menus, path and footer come along as the text a
 * copy of the page would give, which the parser passes over as it does a copied page's. A table is read as a
 * Word table is ({@link DivisionTable}): a 任务分工表 by its rows, merged cells (rowspan, colspan) as Word merges
 * them; a table the page is laid out with — holding tables, or paragraphs — as the text in its cells.
 * <p>
 * The page is parsed by jsoup, which fetches nothing: no script runs, no style, picture or frame is loaded. Its
 * characters are read in the encoding the page declares (GB2312, GBK or UTF-8 on such sites), else as a text file's
 * ({@link TextDecoder}).
 */
final class HtmlText {

    /** Elements that are not the page's text. */
    private static final Set<String> NOT_TEXT = Set.of("script", "style", "noscript", "template", "iframe", "object",
            "embed", "svg", "math", "head", "title", "select", "option", "button", "textarea", "input", "canvas",
            "nav", "footer");
    /**
     * The names sites give the parts of a page around a notice, in an element's id or class: its menus, its path
     * (当前位置：首页 > …) and its footer (主办、承办、网站标识码). Read as text they would be the plan's title's first line
     * or its last task's last sentence.
     */
    private static final Pattern PAGE_PARTS = Pattern.compile("(?:^|[-_\\s])(?:nav|menu|crumbs?|breadcrumbs?|position"
            + "|location|footer|foot|copyright)(?:$|[-_\\s\\d])", Pattern.CASE_INSENSITIVE);
    /** Elements a browser shows on lines of their own. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2",
            "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "nav", "aside", "main", "center",
            "blockquote", "pre", "address", "figure", "figcaption", "form", "fieldset", "hr", "caption", "tr", "td",
            "th", "table", "tbody", "thead", "tfoot", "body", "html");
    /** A charset a page declares in its first bytes: {@code <meta charset="gb2312">} or in http-equiv's content. */
    private static final Pattern DECLARED = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_-]{2,20})", Pattern.CASE_INSENSITIVE);
    /**
     * The largest page read: a notice's page is some hundred kilobytes; a 分工表 at the content limits, with the
     * longest texts in every two-hundredth task, 30 MB, read in some 4 s within a 512 MB heap (the page is held in
     * memory as a tree a dozen times its size).
     */
    static final int MAX_BYTES = 32 * 1024 * 1024;
    /** Line ends and tabs in a page's text, which a browser shows as a space. */
    private static final Pattern BREAKS = Pattern.compile("[\\r\\n\\t]+");
    /** A list-style-type set in a style, alone or first in the list-style shorthand. */
    private static final Pattern LIST_STYLE_TYPE = Pattern.compile(
            "list-style(?:-type)?\\s*:([^;]*)");
    /** A cell holding more than this is a page's part laid out in a table, not a table's datum. */
    private static final int LAYOUT_CELL_CHARACTERS = 1_000;

    private HtmlText() {
    }

    /** A page by its name, or a file that starts (after a byte-order mark and spaces) as a page does. */
    static boolean looksLikeHtml(String fileName, byte[] bytes) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".shtml") || name.endsWith(".xhtml")) {
            return true;
        }
        int start = FileKind.startsWith(bytes, TextDecoder.UTF8_BOM) ? TextDecoder.UTF8_BOM.length : 0;
        while (start < bytes.length && start < 1024 && Character.isWhitespace(bytes[start])) {
            start++;
        }
        String head = new String(bytes, start, Math.min(bytes.length - start, 15), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    /**
     * The page's lines; a division table's rows as the lines the parser reads, another table for column mapping.
     *
     * @param name     the file's name, for the message refusing a page too large to be a notice's
     * @param encoding the encoding the user said the page is in, over the one it declares
     */
    static DocxText.Content content(String name, byte[] bytes, Optional<Charset> encoding,
                                    Optional<ColumnMapping> mapping) {
        if (bytes.length > MAX_BYTES) {
            throw new PlanParseException(0, "parse.error.tooLarge", name, MAX_BYTES / 1024 / 1024);
        }
        Document page = Jsoup.parse(encoding.isPresent() ? TextDecoder.decode(bytes, encoding).text() : text(bytes),
                "");
        return content(page.body(), mapping);
    }

    /** The lines of a page's body (or of a document's elements put as a page's, {@link OdtText}). */
    static DocxText.Content content(Element body, Optional<ColumnMapping> mapping) {
        Reader reader = new Reader(mapping);
        reader.block(body);
        reader.flush();
        return DocxText.Content.of(reader.lines, reader.tableLines, reader.otherTables);
    }

    /** The page's characters, in the encoding it declares (if Java knows it), else as a text file's are read. */
    private static String text(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher declared = DECLARED.matcher(head);
        if (declared.find()) {
            Optional<Charset> charset = charset(declared.group(1));
            if (charset.isPresent()) {
                return TextDecoder.decode(bytes, charset).text();
            }
        }
        return TextDecoder.decode(bytes, Optional.empty()).text();
    }

    /** The charset of a name a page or a message declares, read as browsers read it; empty if Java knows none. */
    static Optional<Charset> charset(String name) {
        try {
            // GB2312 pages are written in its superset GBK, and GBK's in GB18030, as browsers read them
            return Optional.of(name.equalsIgnoreCase("gb2312") || name.equalsIgnoreCase("gbk") ? TextDecoder.GB18030
                    : Charset.forName(name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** Walks the page's elements into lines, as a browser lays them out. */
    private static final class Reader {
        final List<SourceLine> lines = new ArrayList<>();
        final java.util.Set<Integer> tableLines = new java.util.HashSet<>();
        final TablesSeen otherTables = new TablesSeen();
        private final Optional<ColumnMapping> mapping;
        private final StringBuilder line = new StringBuilder();

        Reader(Optional<ColumnMapping> mapping) {
            this.mapping = mapping;
        }

        void flush() {
            String text = line.toString().strip();
            line.setLength(0);
            if (!text.isEmpty()) {
                SourceLine.append(lines, text);
            }
        }

        /** An element's content; walked without recursion on the page's depth, which a hostile page makes deep. */
        void block(Element root) {
            java.util.ArrayDeque<Object> todo = new java.util.ArrayDeque<>();
            todo.push(root);
            while (!todo.isEmpty()) {
                Object next = todo.pop();
                if (next == FLUSH) {
                    flush();
                    continue;
                }
                Node node = (Node) next;
                if (node instanceof TextNode text) {
                    line.append(BREAKS.matcher(text.getWholeText().replace('\u00A0', ' ')).replaceAll(" "));
                    continue;
                }
                if (!(node instanceof Element element)) {
                    continue;
                }
                String tag = element.normalName();
                if (NOT_TEXT.contains(tag) || isHidden(element) || isPagePart(element)) {
                    continue;
                }
                if (tag.equals("br")) {
                    flush();
                    continue;
                }
                if (tag.equals("table")) {
                    flush();
                    table(element);
                    continue;
                }
                boolean isBlock = BLOCKS.contains(tag);
                if (isBlock) {
                    flush();
                    todo.push(FLUSH);
                }
                if (isWordListNumber(element)) {
                    // the number Word drew before a list paragraph, kept in the page: a bare value as it is typed
                    line.append(Headings.typedBare(element.text().replace('\u00A0', ' ').strip())).append(' ');
                    continue;
                }
                if (tag.equals("ol")) {
                    numberItems(element);
                } else if (tag.equals("li") && itemNumbers.containsKey(element)) {
                    line.append(itemNumbers.remove(element));
                }
                List<Node> children = element.childNodes();
                for (int i = children.size() - 1; i >= 0; i--) {
                    todo.push(children.get(i));
                }
            }
        }

        /** Word's saved list number (a span styled mso-list:Ignore, the number and the spaces standing for its tab). */
        private static boolean isWordListNumber(Element element) {
            return element.normalName().equals("span")
                    && element.attr("style").replace(" ", "").toLowerCase(java.util.Locale.ROOT)
                    .contains("mso-list:ignore");
        }

        /** The numbers a browser draws before the items of the ordered lists met, until each item is read. */
        private final java.util.Map<Element, String> itemNumbers = new java.util.IdentityHashMap<>();

        /**
         * The numbers a browser draws before an ordered list's items: from its start (1 if none), an item's value
         * numbering it and those after it anew, in the list's type or list-style-type (1. a. A. i. I., 一、 for the
         * Chinese styles; none and bullets draw nothing). An item whose text starts with a number typed in it (a page
         * made by copying a numbered text into a list) gets none drawn, as the parser would read it twice.
         */
        private void numberItems(Element list) {
            String style = listStyleType(list);
            String format = switch (style) {
                case "lower-alpha", "lower-latin" -> "lowerLetter";
                case "upper-alpha", "upper-latin" -> "upperLetter";
                case "lower-roman" -> "lowerRoman";
                case "upper-roman" -> "upperRoman";
                case "cjk-ideographic", "simp-chinese-informal", "trad-chinese-informal", "simp-chinese-formal",
                     "trad-chinese-formal" -> "chineseCounting";
                case "", "decimal", "decimal-leading-zero" -> switch (list.attr("type")) {
                    case "a" -> "lowerLetter";
                    case "A" -> "upperLetter";
                    case "i" -> "lowerRoman";
                    case "I" -> "upperRoman";
                    default -> "decimal";
                };
                default -> "none";
            };
            if (format.equals("none")) {
                return;
            }
            String suffix = format.equals("chineseCounting") ? "、" : ".";
            int value = number(list.attr("start"), 1) - 1;
            for (Element item : list.children()) {
                if (!item.normalName().equals("li")) {
                    continue;
                }
                value = item.hasAttr("value") ? number(item.attr("value"), value + 1) : value + 1;
                if (!Headings.startsStructure(leadingText(item))) {
                    itemNumbers.put(item, WordNumbering.format(format, value) + suffix);
                }
            }
        }

        /** The list-style-type a list's style sets, the last one set winning ("" if none). */
        private static String listStyleType(Element list) {
            Matcher type = LIST_STYLE_TYPE.matcher(list.attr("style").toLowerCase(Locale.ROOT));
            String found = "";
            while (type.find()) {
                // the shorthand's type is any of its words that is not a position or an image
                for (String word : type.group(1).strip().split("\\s+")) {
                    if (!word.isEmpty() && !word.equals("inside") && !word.equals("outside") && !word.contains("(")) {
                        found = word;
                        break;
                    }
                }
            }
            return found;
        }

        /** A whole number an attribute gives (the fallback if none); within a million either way. */
        private static int number(String text, int fallback) {
            try {
                return Math.max(-(1 << 20), Math.min(1 << 20, Integer.parseInt(text.strip())));
            } catch (NumberFormatException none) {
                return fallback;
            }
        }

        /** The first characters of an item's text, found within its first few dozen nodes (a page may nest deep). */
        private static String leadingText(Element item) {
            StringBuilder text = new StringBuilder();
            Node node = item.childNodeSize() > 0 ? item.childNode(0) : null;
            for (int steps = 0; node != null && steps < 64 && text.length() < 16; steps++) {
                if (node instanceof TextNode words) {
                    text.append(words.getWholeText().strip());
                }
                if (node.childNodeSize() > 0) {
                    node = node.childNode(0);
                } else {
                    while (node != null && node != item && node.nextSibling() == null) {
                        node = node.parent();
                    }
                    node = node == null || node == item ? null : node.nextSibling();
                }
            }
            return text.toString();
        }

        private static final Object FLUSH = new Object();
        /** The cells of the table last read ({@link #cells}) that a cell above spans down into. */
        private java.util.Set<DivisionTable.Cell> mergedDown = java.util.Set.of();

        /**
         * A table: a division table by its rows; one the page is laid out with — tables in its cells, or long
         * texts — as the page's text, each cell in turn; a field index as its fields; another as a Word table is.
         */
        private void table(Element table) {
            List<Element> rows = rows(table);
            boolean nested = !table.select("table table").isEmpty();
            List<List<String>> cells = nested ? List.of() : cells(rows);
            Optional<List<String>> division = nested ? Optional.empty()
                    : DivisionTable.lines(DivisionTable.withUnitsMergedDown(cells, mergedDown, mapping), mapping,
                    DivisionTable.madeSectionAfter(lines));
            // a division table first, whatever its cells hold (a task's text may be long); then the page's layout:
            // tables in its cells, or long texts (paragraphs in cells are no sign: editors wrap every cell's text in
            // one)
            if (nested || division.isEmpty() && rows.stream()
                    .flatMap(row -> row.children().stream())
                    .anyMatch(cell -> cell.text().length() > LAYOUT_CELL_CHARACTERS)) {
                for (Element row : rows) {
                    for (Element cell : row.children()) {
                        block(cell);
                        flush();
                    }
                }
                return;
            }
            if (isFieldIndex(cells)) {
                // the page's index of the document's fields (索引号：… 发文字号：…): a field a line, as a copy gives
                for (List<String> row : cells) {
                    for (int c = 0; c + 1 < row.size(); c += 2) {
                        if (!row.get(c).isBlank()) {
                            SourceLine.append(lines, row.get(c).strip() + row.get(c + 1).strip());
                        }
                    }
                }
                return;
            }
            DivisionTable.placeRead(cells, mapping, division, lines, tableLines, otherTables, () -> rows.forEach(row -> {
                block(row);
                flush();
            }));
        }

        /** Whether every row is pairs of a label (发文机关：) and its value, as pages index a document's fields. */
        private static boolean isFieldIndex(List<List<String>> rows) {
            return !rows.isEmpty() && rows.stream().allMatch(row -> {
                long labels = 0;
                for (int c = 0; c < row.size(); c += 2) {
                    String cell = row.get(c).strip();
                    if (cell.endsWith("：") || cell.endsWith(":")) {
                        labels++;
                    } else if (!cell.isEmpty()) {
                        return false;
                    }
                }
                return labels > 0 && row.size() % 2 == 0;
            });
        }

        /** The table's own rows (not those of a table inside it), in order. */
        private static List<Element> rows(Element table) {
            List<Element> rows = new ArrayList<>();
            for (Element child : table.children()) {
                String tag = child.normalName();
                if (tag.equals("tr")) {
                    rows.add(child);
                } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
                    child.children().stream().filter(row -> row.normalName().equals("tr")).forEach(rows::add);
                }
            }
            return rows;
        }

        /**
         * Each row's cells' text, as a Word table's are read: a cell spanning columns once, a cell spanning rows in
         * its first row and empty in those below (its place kept, so that the columns stay in line), those noted in
         * {@link #mergedDown}.
         */
        private List<List<String>> cells(List<Element> rows) {
            List<List<String>> read = new ArrayList<>();
            mergedDown = new java.util.HashSet<>();
            // the columns still taken by a cell from a row above: column → rows left
            java.util.Map<Integer, Integer> spanning = new java.util.TreeMap<>();
            java.util.Map<Integer, Integer> widths = new java.util.HashMap<>();
            for (Element row : rows) {
                List<String> cells = new ArrayList<>();
                int column = 0;
                java.util.Iterator<Element> each = row.children().stream()
                        .filter(cell -> cell.normalName().equals("td") || cell.normalName().equals("th")).iterator();
                while (each.hasNext() || spanning.containsKey(column)) {
                    if (spanning.containsKey(column)) {
                        mergedDown.add(new DivisionTable.Cell(read.size(), cells.size()));
                        cells.add("");
                        int width = widths.getOrDefault(column, 1);
                        if (spanning.merge(column, -1, Integer::sum) == 0) {
                            spanning.remove(column);
                        }
                        column += width;
                        continue;
                    }
                    Element cell = each.next();
                    cells.add(cellText(cell));
                    int width = Math.max(1, Math.min(64, span(cell, "colspan")));
                    int down = Math.max(1, Math.min(20_000, span(cell, "rowspan")));
                    if (down > 1) {
                        spanning.put(column, down - 1);
                        widths.put(column, width);
                    }
                    column += width;
                }
                read.add(cells);
            }
            return read;
        }

        private static int span(Element cell, String attribute) {
            try {
                return Integer.parseInt(cell.attr(attribute).strip());
            } catch (NumberFormatException none) {
                return 1;
            }
        }

        /** A cell's text, its lines (paragraphs, line breaks) apart by line breaks, as a Word cell's are. */
        private String cellText(Element cell) {
            Reader inside = new Reader(mapping);
            inside.block(cell);
            inside.flush();
            return String.join("\n", inside.lines.stream().map(SourceLine::text).toList());
        }

        /** A part of the page around the notice, named so by its id or class ({@link #PAGE_PARTS}). */
        private static boolean isPagePart(Element element) {
            return PAGE_PARTS.matcher(element.id()).find() || PAGE_PARTS.matcher(element.className()).find();
        }

        /** An element the page hides (display:none), as menus' drop-downs are. */
        private static boolean isHidden(Element element) {
            String style = element.attr("style");
            return !style.isEmpty() && style.replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")
                    || element.hasAttr("hidden");
        }
    }
}
