package org.kesudesk.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
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
 * contents are not the notice's text and are passed over. A list's automatic numbers are not in the file (the
 * program draws them): a plan numbered so reads as a plan numbered by hand would without its numbers.
 */
final class OdtText {

    /** Entries of a document's package: its parts, pictures and LibreOffice's settings, some dozens. */
    static final int MAX_ENTRIES = 2_000;
    /** What the package may inflate to: a notice's content.xml is some hundred kilobytes, at the limits 40 MB. */
    static final long MAX_INFLATED = 128L * 1024 * 1024;

    /** The document's elements that are not its text as read. */
    private static final Set<String> PASSED_OVER = Set.of("text:note", "office:annotation", "office:annotation-end",
            "text:tracked-changes", "text:table-of-content", "text:alphabetical-index", "text:illustration-index",
            "text:bibliography", "text:sequence-decls", "text:variable-decls", "text:user-field-decls",
            "office:forms", "office:scripts", "office:font-face-decls", "office:automatic-styles",
            "table:table-columns", "table:table-column", "table:table-column-group", "table:table-header-columns");
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
        Element text = contentXml(name, bytes).selectFirst("office|text");
        if (text == null) {
            throw new PlanParseException(0, "parse.error.odfDamaged", name, "office:text");
        }
        return HtmlText.content(asPage(text), mapping);
    }

    /**
     * An OpenDocument package's content.xml, read through {@link BoundedZip} and parsed by jsoup's XML parser
     * (no entity resolved, nothing fetched).
     */
    static Document contentXml(String name, byte[] bytes) {
        byte[][] content = {null};
        try {
            BoundedZip.read(bytes, MAX_ENTRIES, MAX_INFLATED, (entry, in) -> {
                if (entry.equals("content.xml")) {
                    content[0] = in.readAllBytes();
                }
            }, () -> new PlanParseException(0, "parse.error.tooLarge", name, MAX_INFLATED / 1024 / 1024));
        } catch (IOException e) {
            throw new PlanParseException(e, 0, "parse.error.odfDamaged", name, FailureReasons.of(e));
        }
        if (content[0] == null) {
            throw new PlanParseException(0, "parse.error.odfDamaged", name, "content.xml");
        }
        return Jsoup.parse(new String(content[0], StandardCharsets.UTF_8), "", Parser.xmlParser());
    }

    /**
     * The document's text as a web page's body of the same paragraphs and tables; walked without recursion on the
     * document's depth, which a hostile file makes deep.
     */
    private static Element asPage(Element text) {
        Element body = Document.createShell("").body();
        Deque<Object[]> todo = new ArrayDeque<>();
        for (int i = text.childNodeSize() - 1; i >= 0; i--) {
            todo.push(new Object[] {text.childNode(i), body});
        }
        while (!todo.isEmpty()) {
            Object[] next = todo.pop();
            Node node = (Node) next[0];
            Element into = (Element) next[1];
            if (node instanceof TextNode words) {
                into.appendText(words.getWholeText());
                continue;
            }
            if (!(node instanceof Element element) || PASSED_OVER.contains(element.tagName())) {
                continue;
            }
            String tag = element.tagName();
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
                default -> made = AS_PAGE.containsKey(tag) ? into.appendElement(AS_PAGE.get(tag))
                        : into.appendElement("span");
            }
            for (int i = element.childNodeSize() - 1; i >= 0; i--) {
                todo.push(new Object[] {element.childNode(i), made});
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
