package org.kesudesk.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.kesudesk.l10n.FailureReasons;

/**
 * A notice saved as an OpenDocument text (.odt: LibreOffice's own format, which the domestic Linux desktops save by
 * default, and WPS can save too), read as its Word file would be: its content.xml's paragraphs and headings a line
 * each, a line break a line; a table as a Word table is ({@link DivisionTable}), a cell spanning rows or columns as
 * Word merges them. The document's elements are put as the web page's that mean the same ({@code text:p} as
 * {@code p}, {@code table:table-cell} as {@code td} with its spans) and read by {@link HtmlText}'s reader, one
 * reading of paragraphs and tables for both.
 * <p>
 * The package is read through {@link BoundedZip} (a zip bomb stops the reading); content.xml is parsed by jsoup's
 * XML parser, which resolves no entity and fetches nothing. Footnotes, comments, tracked deletions and a table of
 * contents are not the notice's text and are passed over. The numbers LibreOffice draws before a list's items and
 * the outline's headings, which are not in the text, are drawn again ({@link OdtNumbering}). A text box anchored in a
 * paragraph (a 专栏) is read after the paragraph, as a Word file's is, not where its anchor splits it.
 */
final class OdtText {

    /** Entries of a document's package: its parts, pictures and LibreOffice's settings, some dozens. */
    static final int MAX_ENTRIES = 2_000;
    /** What the package may inflate to: a notice's content.xml is some hundred kilobytes, at the limits 40 MB. */
    static final long MAX_INFLATED = 128L * 1024 * 1024;

    /** The document's elements that are not its text as read. */
    private static final Set<String> PASSED_OVER = Set.of("text:note", "text:number", "office:annotation", "office:annotation-end",
            "text:tracked-changes", "text:table-of-content", "text:alphabetical-index", "text:illustration-index",
            "text:bibliography", "text:sequence-decls", "text:variable-decls", "text:user-field-decls",
            "office:forms", "office:scripts", "office:font-face-decls", "office:automatic-styles",
            "table:table-columns", "table:table-column", "table:table-column-group", "table:table-header-columns");
    /** Drawn objects that hold text anchored in a paragraph: a text box (a 专栏), a shape with text, a group. */
    private static final Set<String> FRAMES = Set.of("draw:frame", "draw:custom-shape", "draw:rect", "draw:g");
    /** Marks where a paragraph's content ends in the walk ({@link #asPage}). */
    private static final Object PARAGRAPH_END = new Object();
    /** The document's elements that are a web page's so named, for {@link HtmlText}'s reader. */
    private static final Map<String, String> AS_PAGE = Map.ofEntries(Map.entry("text:p", "p"),
            Map.entry("text:h", "p"), Map.entry("text:list", "ul"), Map.entry("text:list-item", "li"),
            Map.entry("text:list-header", "li"), Map.entry("text:section", "div"), Map.entry("text:line-break", "br"),
            Map.entry("table:table", "table"), Map.entry("table:table-row", "tr"),
            Map.entry("table:table-header-rows", "tbody"), Map.entry("table:table-rows", "tbody"),
            Map.entry("table:table-row-group", "tbody"), Map.entry("table:table-cell", "td"));

    private OdtText() {
    }

    /**
     * The document's lines; a division table's rows as the lines the parser reads, another table for column mapping.
     *
     * @param name the file's name, for the messages
     */
    static DocxText.Content content(String name, byte[] bytes, Optional<ColumnMapping> mapping) {
        Map<String, Document> parts = parts(name, bytes, "content.xml", "styles.xml");
        Document content = parts.get("content.xml");
        Element text = content.selectFirst("office|text");
        if (text == null) {
            throw new PlanParseException(0, "parse.error.odfDamaged", name, "office:text");
        }
        List<Document> styles = parts.containsKey("styles.xml") ? List.of(content, parts.get("styles.xml"))
                : List.of(content);
        return HtmlText.content(asPage(text, new OdtNumbering(styles)), mapping);
    }

    /**
     * An OpenDocument package's content.xml, read through {@link BoundedZip} and parsed by jsoup's XML parser
     * (no entity resolved, nothing fetched).
     */
    static Document contentXml(String name, byte[] bytes) {
        return parts(name, bytes, "content.xml").get("content.xml");
    }

    /**
     * Parts of an OpenDocument package by name, read through {@link BoundedZip} and parsed by jsoup's XML parser
     * (no entity resolved, nothing fetched); the first one named must be there, the others may be missing.
     */
    private static Map<String, Document> parts(String name, byte[] bytes, String... wanted) {
        List<String> names = List.of(wanted);
        Map<String, byte[]> read = new HashMap<>();
        try {
            BoundedZip.read(bytes, MAX_ENTRIES, MAX_INFLATED, (entry, in) -> {
                if (names.contains(entry)) {
                    read.put(entry, in.readAllBytes());
                }
            }, () -> new PlanParseException(0, "parse.error.tooLarge", name, MAX_INFLATED / 1024 / 1024));
        } catch (IOException e) {
            throw new PlanParseException(e, 0, "parse.error.odfDamaged", name, FailureReasons.of(e));
        }
        if (!read.containsKey(wanted[0])) {
            throw new PlanParseException(0, "parse.error.odfDamaged", name, wanted[0]);
        }
        Map<String, Document> parts = new HashMap<>();
        read.forEach((entry, xml) -> parts.put(entry,
                Jsoup.parse(new String(xml, StandardCharsets.UTF_8), "", Parser.xmlParser())));
        return parts;
    }

    /**
     * The document's text as a web page's body of the same paragraphs and tables; walked without recursion on the
     * document's depth, which a hostile file makes deep.
     */
    private static Element asPage(Element text, OdtNumbering numbering) {
        Element body = Document.createShell("").body();
        Deque<Object[]> todo = new ArrayDeque<>();
        for (int i = text.childNodeSize() - 1; i >= 0; i--) {
            todo.push(new Object[] {text.childNode(i), body, null});
        }
        // the frames (text boxes, shapes with text) met in each paragraph being read, to be read after it
        Deque<List<Object[]>> framesOfParagraphs = new ArrayDeque<>();
        while (!todo.isEmpty()) {
            Object[] next = todo.pop();
            if (next[0] == PARAGRAPH_END) {
                // a paragraph read: its frames next, in order, after it in its container
                List<Object[]> frames = framesOfParagraphs.pop();
                for (int i = frames.size() - 1; i >= 1; i--) {
                    todo.push(frames.get(i));
                }
                continue;
            }
            Node node = (Node) next[0];
            Element into = (Element) next[1];
            // where the node stands in the lists, for the numbers LibreOffice draws (none outside a list)
            Object place = next[2];
            if (node instanceof TextNode words) {
                into.appendText(words.getWholeText());
                continue;
            }
            if (!(node instanceof Element element) || PASSED_OVER.contains(element.tagName())) {
                continue;
            }
            String tag = element.tagName();
            if (FRAMES.contains(tag) && !framesOfParagraphs.isEmpty()) {
                // a 专栏 drawn as a text box anchored in a paragraph: read after the paragraph, as in Word, not
                // splitting it where its anchor is
                Object[] paragraphEnd = framesOfParagraphs.peek().get(0);
                framesOfParagraphs.peek().add(new Object[] {element, paragraphEnd[1], null});
                continue;
            }
            Element made;
            switch (tag) {
                case "text:s" -> {
                    into.appendText(" ".repeat(Math.min(64, count(element, "text:c"))));
                    continue;
                }
                case "text:tab" -> {
                    into.appendText(" ");
                    continue;
                }
                // a cell covered by one spanning over it: not there, as in a page's table
                case "table:covered-table-cell" -> {
                    continue;
                }
                case "table:table-cell" -> {
                    made = into.appendElement("td");
                    int down = count(element, "table:number-rows-spanned");
                    int across = count(element, "table:number-columns-spanned");
                    if (down > 1) {
                        made.attr("rowspan", String.valueOf(down));
                    }
                    if (across > 1) {
                        made.attr("colspan", String.valueOf(across));
                    }
                }
                case "text:list" -> {
                    made = into.appendElement("ul");
                    place = numbering.list(element, place);
                }
                case "text:list-item", "text:list-header" -> {
                    made = into.appendElement("li");
                    place = place instanceof OdtNumbering.ListPlace list ? numbering.item(element, list) : place;
                }
                case "text:p", "text:h" -> {
                    made = into.appendElement("p");
                    made.appendText(numbering.number(element, place));
                    // its frames, gathered while its content is read, go into its container after it; the list's
                    // first entry says where that is
                    List<Object[]> frames = new java.util.ArrayList<>();
                    frames.add(new Object[] {null, into, null});
                    framesOfParagraphs.push(frames);
                    todo.push(new Object[] {PARAGRAPH_END, null, null});
                }
                // a table's paragraphs are no list's, even in a list item
                case "table:table" -> {
                    made = into.appendElement("table");
                    place = null;
                }
                default -> made = AS_PAGE.containsKey(tag) ? into.appendElement(AS_PAGE.get(tag))
                        : into.appendElement("span");
            }
            for (int i = element.childNodeSize() - 1; i >= 0; i--) {
                todo.push(new Object[] {element.childNode(i), made, place});
            }
        }
        return body;
    }

    /**
     * A count an OpenDocument attribute gives (a run of rows or cells, a span, spaces), 1 when none or not a number;
     * at most a million.
     */
    static int count(Element element, String attribute) {
        try {
            return Math.max(1, Math.min(1 << 20, Integer.parseInt(element.attr(attribute).strip())));
        } catch (NumberFormatException none) {
            return 1;
        }
    }
}
