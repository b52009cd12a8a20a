package org.kesudesk.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.kesudesk.l10n.FailureReasons;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.ContentLimits;
import org.kesudesk.parse.WorkbookText;

/**
 * The lists an office keeps in a spreadsheet beside the app (its 联络员名单, a 催办名单 phoned down), read within the
 * same limits: at most 10 MB, the units a region may have with room for a title and blank rows, every sheet of an
 * .xlsx, .xls or .ods; a file that is none, or one POI refuses (a zip bomb, an XML entity, a password), refused in
 * Chinese naming it.
 */
final class OfficeLists {

    /** A list of a few hundred units is some tens of kilobytes. */
    static final long MAX_BYTES = 10L * 1024 * 1024;
    /** Rows read in all. */
    static final int LAST_ROW = ContentLimits.UNITS + 100;

    private OfficeLists() {
    }

    /**
     * Whether a header cell (its spaces taken out) names the units' column: 单位, 责任单位, 单位名称, 成员单位 — a short
     * title with 单位 in it (a long one is a note, 填报单位：…).
     */
    static boolean isUnitColumn(String title) {
        return title.contains("单位") && title.length() <= 8;
    }

    /**
     * Every sheet of the list, by name.
     *
     * @param tooLargeKey    the message for a file or a text too large (its one argument the file's name)
     * @param tooManyRowsKey the message for too many rows (the file's name, the units a region may have)
     */
    static Map<String, WorkbookText.Sheet> sheets(Path file, String tooLargeKey, String tooManyRowsKey) {
        org.kesudesk.files.IncomingFiles.requireFile(file);
        String name = file.getFileName().toString();
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UserFacingException(tooLargeKey, name);
            }
            return WorkbookText.readEvery(file, LAST_ROW);
        } catch (WorkbookText.TooManyRows e) {
            throw new UserFacingException(e, tooManyRowsKey, name, ContentLimits.UNITS);
        } catch (WorkbookText.TooMuchText e) {
            throw new UserFacingException(e, tooLargeKey, name);
        } catch (UserFacingException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UserFacingException(e, "ledger.error.unreadable", name, FailureReasons.ofDocument(file, e));
        }
    }

    /** A sheet of the app's style: a title over its columns, every cell text, moved into place only when complete. */
    static void table(String sheetName, String title, String[] titles, int[] widths, List<String[]> rows,
                              Path file) {
        table(sheetName, title, titles, widths, rows, "", file);
    }

    /** {@link #table(String, String, String[], int[], List, Path)} with a note under the rows (empty: none). */
    static void table(String sheetName, String title, String[] titles, int[] widths, List<String[]> rows,
                      String note, Path file) {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet(sheetName);
            org.apache.poi.ss.usermodel.CellStyle heading = LedgerWorkbook.style(workbook, true);
            org.apache.poi.ss.usermodel.CellStyle header = LedgerWorkbook.textStyle(workbook, true);
            org.apache.poi.ss.usermodel.CellStyle cell = LedgerWorkbook.textStyle(workbook, false);
            org.apache.poi.ss.usermodel.Row top = sheet.createRow(0);
            top.createCell(0).setCellValue(title);
            top.getCell(0).setCellStyle(heading);
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, titles.length - 1));
            org.apache.poi.ss.usermodel.Row head = sheet.createRow(1);
            for (int c = 0; c < titles.length; c++) {
                head.createCell(c).setCellValue(titles[c]);
                head.getCell(c).setCellStyle(header);
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            for (int r = 0; r < rows.size(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r + 2);
                for (int c = 0; c < rows.get(r).length; c++) {
                    row.createCell(c).setCellValue(rows.get(r)[c]);
                    row.getCell(c).setCellStyle(cell);
                }
            }
            if (!note.isEmpty()) {
                org.apache.poi.ss.usermodel.Row under = sheet.createRow(rows.size() + 2);
                under.createCell(0).setCellValue(note);
                sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(rows.size() + 2, rows.size() + 2,
                        0, titles.length - 1));
            }
            sheet.createFreezePane(0, 2);
            sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            org.kesudesk.files.AtomicFiles.write(file, workbook::write);
        } catch (IOException e) {
            throw new UserFacingException(e, "unit.liaisonList.error.write", file.toAbsolutePath(),
                    FailureReasons.of(e));
        }
    }
}
