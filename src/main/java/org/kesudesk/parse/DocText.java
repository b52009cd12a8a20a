package org.kesudesk.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * The text of a Word 97–2003 document (.doc), a line per paragraph, for the same parser as a text file. Its
 * automatic numbering is kept where Word wrote it into the text; a division table is read by its rows, as in a .docx.
 */
final class DocText {

    private DocText() {
    }

    static boolean looksLikeDoc(String fileName, byte[] bytes) {
        return FileKind.looksLike(fileName, bytes, ".doc", org.kesudesk.model.FileSignature.OLE);
    }

    static List<SourceLine> lines(byte[] bytes) {
        return content("", bytes, Optional.empty()).lines();
    }

    /**
     * The document's lines, as in a .docx: a division table's rows (分工表) as the lines the parser reads
     * ({@link DivisionTable}), a frame's paragraphs as the document's; another table left out, for a message and
     * for the user to map its columns.
     *
     * @param fileName the file's name, said if it is locked with a password
     * @param mapping  what the columns of a table hold whose header says nothing the parser knows, as the user mapped
     */
    static DocxText.Content content(String fileName, byte[] bytes, Optional<ColumnMapping> mapping) {
        try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(bytes))) {
            List<SourceLine> lines = new ArrayList<>();
            Set<Integer> tableLines = new HashSet<>();
            TablesSeen otherTables = new TablesSeen();
            Range range = document.getRange();
            DocNumbering numbering = new DocNumbering();
            int count = range.numParagraphs();
            for (int i = 0; i < count; i++) {
                Paragraph paragraph = range.getParagraph(i);
                Table table = paragraph.isInTable() && paragraph.getTableLevel() == 1 ? table(range, paragraph) : null;
                if (table == null) {
                    append(lines, numbering.next(paragraph) + paragraph.text());
                    continue;
                }
                // each paragraph numbered once (by where it starts), whether its table is read by its cells or as
                // a frame's text
                java.util.Map<Integer, String> numbers = new java.util.HashMap<>();
                java.util.function.Function<Paragraph, String> numberOf = inTable -> numbers
                        .computeIfAbsent(inTable.getStartOffset(), start -> numbering.next(inTable));
                DivisionTable.place(cells(table, numberOf), mapping, lines, tableLines, otherTables, () -> {
                    for (int k = 0; k < table.numParagraphs(); k++) {
                        Paragraph inTable = table.getParagraph(k);
                        append(lines, numberOf.apply(inTable) + inTable.text());
                    }
                });
                i += Math.max(1, table.numParagraphs()) - 1;
            }
            return DocxText.Content.of(lines, tableLines, otherTables);
        } catch (IOException | RuntimeException e) {
            if (e instanceof PlanParseException refused) {
                throw refused;
            }
            if (e instanceof org.apache.poi.EncryptedDocumentException) {
                // Word 97's own encryption, a password to open the file
                throw new PlanParseException(e, 0, "parse.error.passwordLocked", fileName);
            }
            // a damaged or hostile document is refused in many ways, none of which the user needs to read
            throw new PlanParseException(e, 0, "parse.error.doc");
        }
    }

    /** The table a paragraph starts, or null where the file's table marks do not make one (read as paragraphs). */
    private static Table table(Range range, Paragraph first) {
        try {
            Table table = range.getTable(first);
            return table.numParagraphs() > 0 ? table : null;
        } catch (RuntimeException odd) {
            return null;
        }
    }

    /** A table's rows, each the text of its cells (a cell's paragraphs a line each, after their numbers). */
    private static List<List<String>> cells(Table table, java.util.function.Function<Paragraph, String> numberOf) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                List<String> paragraphs = new ArrayList<>();
                for (int k = 0; k < cell.numParagraphs(); k++) {
                    Paragraph paragraph = cell.getParagraph(k);
                    paragraphs.add(numberOf.apply(paragraph) + text(paragraph.text()));
                }
                cells.add(String.join("\n", paragraphs).strip());
            }
            rows.add(cells);
        }
        return rows;
    }

    /** A paragraph's lines: paragraph, cell (\u0007) and line marks end Word's paragraphs. */
    private static void append(List<SourceLine> lines, String paragraph) {
        for (String line : text(paragraph).split("[\\r\\n\\u000B\\u0007]", -1)) {
            SourceLine.append(lines, line);
        }
    }

    /**
     * A paragraph's text without its fields' codes and the marks that end it; Word's non-breaking hyphen (stored as
     * U+001E: "2021-2025" typed with Ctrl+Shift+-, and in the app's own Word files) a hyphen, its optional hyphen
     * (U+001F) nothing — both control characters, which the text's cleaning drops.
     */
    private static String text(String paragraph) {
        String text = WordExtractor.stripFields(paragraph).replaceAll("[\\r\\n\\u0007\\u000B\\f]+$", "");
        return text.indexOf('\u001E') >= 0 || text.indexOf('\u001F') >= 0
                ? text.replace('\u001E', '-').replace("\u001F", "") : text;
    }
}
