package org.kesudesk.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.kesudesk.l10n.LocalizedText;
import org.kesudesk.model.ContentLimits;

/**
 * A plan's 任务分工表 sent as an Excel workbook (.xlsx), as offices often send one: each sheet that is a division
 * table ({@link DivisionTable}) read as the parser's lines, the rows above its header (the table's title) first;
 * other sheets are passed over and named in the message when nothing is found. Cells are read as text, a formula
 * as its formula, never evaluated ({@link WorkbookText}).
 */
final class XlsxText {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    /** Rows a sheet may have: a plan at the limits, a row a node, with its title and header. */
    private static final int LAST_ROW = ContentLimits.NODES + 100;

    private XlsxText() {
    }

    /** A workbook by its name (.xlsx, .xlsm), or a zip holding a workbook's part whatever its name. */
    static boolean looksLikeXlsx(String fileName, byte[] bytes) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm")
                || FileKind.startsWith(bytes, ZIP_MAGIC) && holdsWorkbookPart(bytes);
    }

    /** An Excel 97-2003 workbook (.xls, or WPS's .et), which is read only once saved as .xlsx. */
    static boolean looksLikeXls(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".xls") || name.endsWith(".et");
    }

    private static boolean holdsWorkbookPart(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("xl/workbook.xml")) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false; // not a zip the parser reads as a workbook: the Word reader says what it is
        }
        return false;
    }

    static DocxText.Content content(String fileName, byte[] bytes, Optional<ColumnMapping> mapping) {
        Map<String, WorkbookText.Sheet> sheets;
        try {
            sheets = WorkbookText.readAll(bytes, LAST_ROW);
        } catch (WorkbookText.TooManyRows | WorkbookText.TooMuchText e) {
            throw new PlanParseException(0, "parse.error.xlsxTooLarge", fileName, ContentLimits.NODES);
        } catch (IOException | RuntimeException e) {
            if (e instanceof org.kesudesk.l10n.UserFacingException refused) {
                throw refused;
            }
            // POI refuses a damaged, encrypted or hostile workbook (a zip bomb, a DOCTYPE) in many ways
            throw new PlanParseException(e, 0, "parse.error.xlsx", fileName);
        }
        List<SourceLine> lines = new ArrayList<>();
        Set<Integer> tableLines = new HashSet<>();
        List<List<List<String>>> otherTables = new ArrayList<>();
        for (WorkbookText.Sheet sheet : sheets.values()) {
            List<List<String>> rows = sheet.rows().stream().map(WorkbookText.Row::cells).toList();
            Optional<List<String>> division = DivisionTable.lines(rows)
                    .or(() -> mapping.flatMap(columns -> DivisionTable.lines(rows, columns)));
            if (division.isEmpty()) {
                otherTables.add(rows);
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
            division.get().forEach(row -> {
                SourceLine.append(lines, row);
                tableLines.add(lines.size());
            });
        }
        Object tables = otherTables.isEmpty() ? "" : LocalizedText.of("parse.seen.tables", otherTables.size(),
                otherTables.get(0).isEmpty() ? 0 : otherTables.get(0).get(0).size(),
                otherTables.get(0).isEmpty() ? "" : String.join("、", otherTables.get(0).get(0).stream()
                        .map(TextCleaner::withoutSpaces).limit(8).toList()));
        Optional<UnmappedTable> unmapped = otherTables.stream().filter(table -> !table.isEmpty()).findFirst()
                .map(table -> new UnmappedTable(table.get(0), table.subList(1, Math.min(table.size(), 4)),
                        DivisionTable.guess(table.get(0))));
        return new DocxText.Content(lines, tables, tableLines, unmapped);
    }
}
