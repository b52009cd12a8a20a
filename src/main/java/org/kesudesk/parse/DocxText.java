package org.kesudesk.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.kesudesk.model.ContentLimits;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtContentBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

/**
 * The text of a Word document (.docx, from Word or WPS), one line per paragraph, so that it goes through the same
 * parser as a text file. A task-division table (分工表) is read as its sections, items and tasks
 * ({@link DivisionTable}); other tables are skipped.
 */
final class DocxText {

    /**
     * Tags in the document's XML parts together: POI builds every element in memory (some 300 bytes each), and a
     * document of 22 MB with a million short paragraphs ran a 1 GB heap out after 80 s. A plan at the content limits
     * has 120,000 (written by Word with every run formatted, a few times that); real plans, tens of thousands.
     */
    static final long MAX_TAGS = 1_000_000;
    /** Parts in a document's package: Word writes a dozen, and a part for each picture. */
    static final int MAX_PARTS = 10_000;
    /** Every part inflated together, pictures too: a plan's are a few megabytes. */
    static final long MAX_INFLATED = 512L << 20;

    private DocxText() {
    }

    static boolean looksLikeDocx(String fileName, byte[] bytes) {
        return FileKind.looksLike(fileName, bytes, ".docx", org.kesudesk.model.FileSignature.ZIP);
    }

    /** The cells a cell above is merged down into (w:vMerge continuing it), each empty in {@link #cells}. */
    private static java.util.Set<DivisionTable.Cell> mergedDown(XWPFTable table) {
        java.util.Set<DivisionTable.Cell> covered = new java.util.HashSet<>();
        List<XWPFTableRow> rows = table.getRows();
        for (int r = 0; r < rows.size(); r++) {
            List<XWPFTableCell> cells = rows.get(r).getTableCells();
            for (int c = 0; c < cells.size(); c++) {
                var properties = cells.get(c).getCTTc().getTcPr();
                // <w:vMerge/> without a value continues the cell above, as w:val="continue" does
                if (properties != null && properties.isSetVMerge() && (!properties.getVMerge().isSetVal()
                        || properties.getVMerge().getVal() == org.openxmlformats.schemas.wordprocessingml.x2006.main
                        .STMerge.CONTINUE)) {
                    covered.add(new DivisionTable.Cell(r, c));
                }
            }
        }
        return covered;
    }

    /**
     * Each row's cells' text (a cell merged over several columns is one cell; one merged down is empty below), each
     * paragraph after the number Word draws before it (a 序号 column numbered by a list holds no number in its text).
     */
    private static List<List<String>> cells(XWPFTable table, boolean boldLeads,
                                            java.util.function.Function<XWPFParagraph, String> numberOf) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                StringBuilder text = new StringBuilder();
                for (XWPFParagraph paragraph : cell.getParagraphs()) {
                    if (!text.isEmpty()) {
                        text.append('\n');
                    }
                    text.append(numberOf.apply(paragraph)).append(text(paragraph, boldLeads));
                }
                cells.add(text.toString());
            }
            rows.add(cells);
        }
        return rows;
    }

    /**
     * A document's lines; what a message says of its tables that are no division table ("" if none): how many, and
     * the first one's columns and header; and which lines were made from a division table's rows.
     */
    record Content(List<SourceLine> lines, Object tables, java.util.Set<Integer> tableLines,
                   java.util.Optional<UnmappedTable> unmapped, List<ParseWarning> notes) {

        /** A text's lines, with no tables read apart from them. */
        static Content of(List<SourceLine> lines) {
            return of(lines, java.util.Set.of(), new TablesSeen());
        }

        /**
         * The lines, what to say of the tables that were no division table (a Word file's or a workbook's), and what
         * the review is to say of what was left out ({@link TablesSeen#notes}).
         */
        static Content of(List<SourceLine> lines, java.util.Set<Integer> tableLines, TablesSeen seen) {
            List<List<List<String>>> otherTables = seen.other;
            Object tables = otherTables.isEmpty() ? "" : org.kesudesk.l10n.LocalizedText.of("parse.seen.tables",
                    otherTables.size(), otherTables.get(0).isEmpty() ? 0 : otherTables.get(0).get(0).size(),
                    otherTables.get(0).isEmpty() ? "" : String.join("、", otherTables.get(0).get(0).stream()
                            .map(TextCleaner::withoutSpaces).limit(8).toList()));
            java.util.Optional<UnmappedTable> unmapped = otherTables.stream().filter(table -> !table.isEmpty())
                    .findFirst().map(table -> new UnmappedTable(table.get(0),
                            table.subList(1, Math.min(table.size(), 4)), DivisionTable.guess(table.get(0))));
            return new Content(lines, tables, tableLines, unmapped, List.copyOf(seen.notes));
        }
    }

    static List<SourceLine> lines(byte[] bytes) {
        return content(bytes, java.util.Optional.empty()).lines();
    }

    /**
     * @param mapping what the columns of a table hold whose header says nothing the parser knows, as the user
     *                mapped them (used for the first such table of as many columns)
     */
    static Content content(byte[] bytes, java.util.Optional<ColumnMapping> mapping) {
        // guards against zip bombs: a document whose parts inflate far beyond their packed size is refused
        ZipSecureFile.setMinInflateRatio(ContentLimits.OFFICE_MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(ContentLimits.OFFICE_PART_BYTES);
        requireModestMarkup(bytes);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            Content content = content(document, mapping, false);
            // a document saying that the units in bold lead (注：加粗的为牵头单位): read again, each bold name signed
            return content.lines().stream().anyMatch(line -> LeadSigns.boldDeclaredIn(line.text()))
                    || document.getTables().stream().anyMatch(DocxText::declaresBoldLeads)
                    ? content(document, mapping, true) : content;
        } catch (IOException | XmlException | RuntimeException e) {
            if (e instanceof PlanParseException refused) {
                throw refused;
            }
            // POI refuses a damaged, encrypted or hostile document (a zip bomb, a DOCTYPE, a huge record) in many
            // ways, none of which the user needs to read
            throw new PlanParseException(e, 0, "parse.error.docx");
        }
    }

    private static Content content(XWPFDocument document, java.util.Optional<ColumnMapping> mapping,
                                   boolean boldLeads) throws XmlException {
        List<SourceLine> lines = new ArrayList<>();
        WordNumbering numbering = new WordNumbering(document);
        TablesSeen otherTables = new TablesSeen();
        java.util.Set<Integer> tableLines = new java.util.HashSet<>();
        BodyReader reader = new BodyReader(document, mapping, lines, numbering, otherTables, tableLines, boldLeads);
        int controls = 0;
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                reader.paragraph(paragraph);
            } else if (element instanceof XWPFTable table) {
                reader.table(table);
            } else if (element instanceof XWPFSDT) {
                // a content control (templates hold the title, the text … in them): what it holds, in order
                reader.control(document.getDocument().getBody().getSdtArray(controls++).getSdtContent(), 0);
            }
        }
        return Content.of(lines, tableLines, otherTables);
    }

    private static final String W =
            "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'";

    /** How deep content controls inside content controls are read. */
    private static final int MAX_CONTROL_DEPTH = 8;

    /** The body's paragraphs and tables as lines, with the text boxes anchored in them and what controls hold. */
    private static final class BodyReader {
        private final XWPFDocument document;
        private final java.util.Optional<ColumnMapping> mapping;
        private final List<SourceLine> lines;
        private final WordNumbering numbering;
        private final TablesSeen otherTables;
        private final java.util.Set<Integer> tableLines;
        private final java.util.Map<Object, List<XmlObject>> boxes;
        /** Whether a name in bold is signed as a lead's (the document says so). */
        private final boolean boldLeads;

        BodyReader(XWPFDocument document, java.util.Optional<ColumnMapping> mapping, List<SourceLine> lines,
                   WordNumbering numbering, TablesSeen otherTables, java.util.Set<Integer> tableLines,
                   boolean boldLeads) {
            this.boldLeads = boldLeads;
            this.document = document;
            this.mapping = mapping;
            this.lines = lines;
            this.numbering = numbering;
            this.otherTables = otherTables;
            this.tableLines = tableLines;
            this.boxes = textBoxes(document);
        }

        void paragraph(XWPFParagraph paragraph) throws XmlException {
            append(lines, numbering, paragraph, boldLeads);
            // a text box anchored in it (a 专栏 drawn as a box): its paragraphs after the paragraph's own
            for (XmlObject box : boxes.getOrDefault(paragraph.getCTP(), List.of())) {
                for (XmlObject inner : box.selectPath(W + " ./w:p")) {
                    append(lines, numbering, new XWPFParagraph(paragraphOf(inner), document), boldLeads);
                }
            }
        }

        void table(XWPFTable table) {
            // a task-division table: its sections, items and tasks as the lines the parser reads
            // each paragraph numbered once, whether its table is read by its cells or as a frame's text
            java.util.Map<CTP, String> numbers = new java.util.IdentityHashMap<>();
            java.util.function.Function<XWPFParagraph, String> numberOf = paragraph -> numbers
                    .computeIfAbsent(paragraph.getCTP(), p -> numbering.next(paragraph));
            DivisionTable.place(cells(table, boldLeads, numberOf), mergedDown(table), mapping, lines, tableLines,
                    otherTables, () -> table.getRows().forEach(row -> row.getCell(0).getParagraphs()
                            .forEach(inFrame -> append(lines, numberOf.apply(inFrame), inFrame, boldLeads))));
        }

        void control(CTSdtContentBlock content, int depth) throws XmlException {
            if (content == null || depth > MAX_CONTROL_DEPTH) {
                return;
            }
            XmlCursor cursor = content.newCursor();
            try {
                for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
                    XmlObject child = cursor.getObject();
                    if (child instanceof CTP paragraph) {
                        paragraph(new XWPFParagraph(paragraph, document));
                    } else if (child instanceof CTTbl table) {
                        table(new XWPFTable(table, document));
                    } else if (child instanceof CTSdtBlock inner) {
                        control(inner.getSdtContent(), depth + 1);
                    }
                }
            } finally {
                cursor.close();
            }
        }
    }

    /**
     * The document's text boxes (w:txbxContent: a box drawn around a 专栏, a note), by the body's paragraph each is
     * anchored in. POI's paragraph text leaves them out. Word writes a box twice, as a shape and as the VML fallback
     * for older readers (mc:Fallback): that one is passed over; a box inside a box is read with the outer one's text
     * (its paragraphs are the outer box's).
     */
    private static java.util.Map<Object, List<XmlObject>> textBoxes(XWPFDocument document) {
        java.util.Map<Object, List<XmlObject>> byParagraph = new java.util.IdentityHashMap<>();
        for (XmlObject box : document.getDocument().getBody().selectPath(W + " .//w:txbxContent")) {
            Object anchor = null;
            XmlCursor cursor = box.newCursor();
            try {
                while (cursor.toParent()) {
                    String name = cursor.getName().getLocalPart();
                    if (name.equals("Fallback") || name.equals("txbxContent")) {
                        anchor = null;
                        break;
                    }
                    if (name.equals("p") && anchor == null) {
                        anchor = cursor.getObject();
                    }
                    if (name.equals("body") || name.equals("tc")) {
                        break;
                    }
                }
            } finally {
                cursor.close();
            }
            if (anchor != null) {
                byParagraph.computeIfAbsent(anchor, a -> new ArrayList<>()).add(box);
            }
        }
        return byParagraph;
    }

    /** A text box's paragraph as POI's: a shape's box is outside the schema POI knows, its paragraphs untyped. */
    private static CTP paragraphOf(XmlObject paragraph) throws XmlException {
        if (paragraph instanceof CTP typed) {
            return typed;
        }
        XmlOptions options = new XmlOptions();
        options.setLoadReplaceDocumentElement(null);
        return CTP.Factory.parse(paragraph.getDomNode(), options);
    }

    /** A paragraph's lines; Word's automatic numbering is not in the text: made again ({@link WordNumbering}). */
    private static void append(List<SourceLine> lines, WordNumbering numbering, XWPFParagraph paragraph,
                               boolean boldLeads) {
        append(lines, numbering.next(paragraph), paragraph, boldLeads);
    }

    /** A paragraph's lines, the first after the number drawn before it. */
    private static void append(List<SourceLine> lines, String number, XWPFParagraph paragraph, boolean boldLeads) {
        boolean first = true;
        for (String line : text(paragraph, boldLeads).split("\\R", -1)) {
            SourceLine.append(lines, (first ? number : "") + line);
            first = false;
        }
    }

    /**
     * A paragraph's text as Word shows and prints it: without its hidden text (字体 ▸ 隐藏, which Word neither shows
     * nor prints unless asked: a note to the author, a unit struck from the list); where the document says that the
     * units in bold lead, each unit's name in bold signed as a lead's (市教育局* — read as {@link LeadSigns} says).
     * Only runs' own bold and hiding are seen (not a style's); a paragraph whose runs do not make up its text
     * (fields, controls inside it) is taken as it is.
     */
    private static String text(XWPFParagraph paragraph, boolean boldLeads) {
        String text = paragraph.getText();
        boolean hidden = paragraph.getRuns().stream().anyMatch(XWPFRun::isVanish);
        if (!hidden && (!boldLeads || paragraph.getRuns().stream().noneMatch(XWPFRun::isBold))) {
            return text;
        }
        StringBuilder signed = new StringBuilder(text.length() + 8);
        StringBuilder plain = new StringBuilder(text.length());
        StringBuilder bold = new StringBuilder();
        for (XWPFRun run : paragraph.getRuns()) {
            String words = run.text();
            plain.append(words);
            if (run.isVanish()) {
                continue;
            }
            if (boldLeads && run.isBold()) {
                bold.append(words);
                continue;
            }
            signed.append(LeadSigns.signedNames(bold)).append(words);
            bold.setLength(0);
        }
        signed.append(LeadSigns.signedNames(bold));
        return plain.toString().equals(text) ? signed.toString() : text;
    }

    /** Whether a table's header says that the units in bold lead: 责任单位（加粗的为牵头单位）. */
    private static boolean declaresBoldLeads(XWPFTable table) {
        return !table.getRows().isEmpty() && table.getRows().get(0).getTableCells().stream()
                .anyMatch(cell -> LeadSigns.boldDeclaredIn(cell.getText()));
    }

    /**
     * Counts the tags of the document's XML parts before POI reads them ({@link #MAX_TAGS}), reading no part past
     * {@link ContentLimits#OFFICE_PART_BYTES}. A package that cannot be read here is left to POI, which refuses it.
     */
    private static void requireModestMarkup(byte[] bytes) {
        long[] tags = {0};
        byte[] buffer = new byte[64 * 1024];
        try {
            // every part inflated counted, those passed over too: a picture's part may be a bomb
            BoundedZip.read(bytes, MAX_PARTS, MAX_INFLATED, (name, content) -> {
                if (!name.endsWith(".xml") && !name.endsWith(".rels")) {
                    return;
                }
                long read = 0;
                for (int n = content.read(buffer); n > 0 && read <= ContentLimits.OFFICE_PART_BYTES;
                     n = content.read(buffer)) {
                    read += n;
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '<') {
                            tags[0]++;
                        }
                    }
                    if (tags[0] > MAX_TAGS) {
                        throw new PlanParseException(0, "parse.error.docxTooComplex", MAX_TAGS);
                    }
                }
            }, () -> new PlanParseException(0, "parse.error.docx"));
        } catch (IOException | IllegalArgumentException damaged) {
            // POI says what is wrong with it
        }
    }
}
