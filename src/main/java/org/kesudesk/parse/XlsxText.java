package org.kesudesk.parse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kesudesk.model.ContentLimits;

/**
 * A plan's 任务分工表 sent as an Excel workbook (.xlsx, or Excel 97–2003's .xls), as offices often send one: each sheet that is a division
 * table ({@link DivisionTable}) read as the parser's lines, the rows above its header (the table's title) first;
 * other sheets are passed over and named in the message when nothing is found. Cells are read as text, a formula
 * as its formula, never evaluated ({@link WorkbookText}).
 */
final class XlsxText {

    /** Rows a sheet may have: a plan at the limits, a row a node, with its title and header. */
    static final int LAST_ROW = ContentLimits.NODES + 100;

    private XlsxText() {
    }

    /**
     * A workbook by its name (.xlsx, .xlsm), or a zip not named .docx that names a workbook's part and no Word
     * document's: the names are looked for in the zip's bytes, where entry names stand uncompressed, so nothing is
     * inflated to find them.
     */
    static boolean looksLikeXlsx(String fileName, byte[] bytes) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm") || !name.endsWith(".docx")
                && org.kesudesk.model.FileSignature.ZIP.matches(bytes) && FileKind.holds(bytes, WORKBOOK_PART)
                && !FileKind.holds(bytes, WORD_PART);
    }

    private static final byte[] WORKBOOK_PART = "xl/workbook.xml".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] WORD_PART = "word/document.xml".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    static DocxText.Content content(String fileName, byte[] bytes, Optional<ColumnMapping> mapping) {
        return content(fileName, bytes, mapping, false);
    }

    /** The same for an Excel 97–2003 workbook (.xls, WPS's .et), its cells read by {@link XlsText}. */
    static DocxText.Content xlsContent(String fileName, byte[] bytes, Optional<ColumnMapping> mapping) {
        return content(fileName, bytes, mapping, true);
    }

    private static DocxText.Content content(String fileName, byte[] bytes, Optional<ColumnMapping> mapping,
                                            boolean xls) {
        Map<String, WorkbookText.Sheet> sheets;
        try {
            sheets = xls ? XlsText.readAll(bytes, LAST_ROW) : WorkbookText.readAll(bytes, LAST_ROW);
        } catch (WorkbookText.TooManyRows | WorkbookText.TooMuchText e) {
            throw new PlanParseException(0, "parse.error.xlsxTooLarge", fileName, ContentLimits.NODES);
        } catch (IOException | RuntimeException e) {
            if (e instanceof org.kesudesk.l10n.UserFacingException refused) {
                throw refused;
            }
            if (e instanceof org.apache.poi.EncryptedDocumentException) {
                // Excel 97's own encryption, a password to open the file
                throw new PlanParseException(e, 0, "parse.error.passwordLocked", fileName);
            }
            // POI refuses a damaged, encrypted or hostile workbook (a zip bomb, a DOCTYPE) in many ways
            throw new PlanParseException(e, 0, xls ? "parse.error.xls" : "parse.error.xlsx", fileName);
        }
        return content(sheets, mapping);
    }

    /**
     * The lines of a workbook's sheets, in their order: each shown sheet's division table by its rows (its title
     * above), another for column mapping; a hidden sheet with cells named in the review.
     */
    static DocxText.Content content(Map<String, WorkbookText.Sheet> sheets, Optional<ColumnMapping> mapping) {
        List<SourceLine> lines = new ArrayList<>();
        Set<Integer> tableLines = new HashSet<>();
        TablesSeen seen = new TablesSeen();
        // division tables on more than one sheet (not a sheet of notes beside one)
        boolean several = sheets.values().stream().filter(sheet -> !sheet.hidden() && DivisionTable.headerRow(
                sheet.rows().stream().map(WorkbookText.Row::cells).toList()).isPresent()).count() > 1;
        // the sections made for the sheets whose tables hold items and tasks alone, numbered on through the workbook
        int[] made = {0};
        for (Map.Entry<String, WorkbookText.Sheet> named : sheets.entrySet()) {
            WorkbookText.Sheet sheet = named.getValue();
            if (sheet.hidden()) {
                // an old version, the lists a drop-down list draws on: not the plan the clerk sees, said in the review
                if (sheet.rows().stream().anyMatch(row -> row.cells().stream().anyMatch(cell -> !cell.isBlank()))) {
                    seen.notes.add(ParseWarning.at(lines.size() + 1, "parse.warning.hiddenSheet", named.getKey()));
                }
                continue;
            }
            List<List<String>> rows = sheet.rows().stream().map(WorkbookText.Row::cells).toList();
            // a workbook of a sheet a part (提升行动, 重点工程): each sheet's part named as its tab is
            String part = several && namesAPart(named.getKey()) ? named.getKey().strip() : null;
            Optional<List<String>> division = DivisionTable.lines(
                    DivisionTable.withUnitsMergedDown(rows, mergedDown(sheet), mapping), mapping,
                    taskColumn -> Optional.of(ChineseNumerals.format(++made[0]) + "、"
                            + (part != null ? part : taskColumn)));
            if (division.isEmpty()) {
                seen.other.add(rows);
                continue;
            }
            // the table's title above its header: 丁市2024年全民科学素质工作要点任务分工表
            int header = DivisionTable.headerRow(rows).orElse(0);
            for (List<String> above : rows.subList(0, header)) {
                String title = String.join("", above.stream().map(String::strip).toList());
                if (!title.isEmpty()) {
                    SourceLine.append(lines, title);
                }
            }
            seen.unread(DivisionTable.unreadColumns(rows, mapping, lines.size() + 1));
            division.get().forEach(row -> {
                SourceLine.append(lines, row);
                tableLines.add(lines.size());
            });
        }
        return DocxText.Content.of(lines, tableLines, seen);
    }

    /** A sheet's name as a program gives it, or naming an attachment: Sheet1, 工作表2, 附件1, 附表 3. */
    private static final java.util.regex.Pattern NAMES_NO_PART = java.util.regex.Pattern.compile(
            "(?i)(sheet|工作表|表|附件|附表)\\s*[0-9０-９一二三四五六七八九十]*");

    /** Whether a sheet's name names what it holds (提升行动), not only where it is (Sheet2, 附件1). */
    static boolean namesAPart(String sheetName) {
        String name = sheetName.strip();
        return name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && !NAMES_NO_PART.matcher(name).matches();
    }

    /** The cells of the sheet's rows as read (by their place among them) that a cell above is merged down into. */
    private static Set<DivisionTable.Cell> mergedDown(WorkbookText.Sheet sheet) {
        if (sheet.mergedDown().isEmpty()) {
            return Set.of();
        }
        java.util.NavigableMap<Integer, Integer> places = new java.util.TreeMap<>();
        for (int i = 0; i < sheet.rows().size(); i++) {
            places.put(sheet.rows().get(i).index(), i);
        }
        Set<DivisionTable.Cell> covered = new HashSet<>();
        // the rows read that each covers; a hostile sheet's ranges may overlap: at most as many cells as rows read
        // hold, and as many looks as that again
        long budget = 2L * sheet.rows().size() * WorkbookText.COLUMNS;
        for (WorkbookText.MergedDown merged : sheet.mergedDown()) {
            for (int place : places.subMap(merged.firstRow(), false, merged.lastRow(), true).values()) {
                if (--budget < 0) {
                    return covered;
                }
                covered.add(new DivisionTable.Cell(place, merged.column()));
            }
        }
        return covered;
    }
}
