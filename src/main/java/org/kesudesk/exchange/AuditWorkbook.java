package org.kesudesk.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kesudesk.files.AtomicFiles;
import org.kesudesk.l10n.FailureReasons;
import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.AuditEntry;

/**
 * 操作记录 as an Excel workbook, for the office's files or a report upward: one row an entry, as the window lists
 * them. Every cell is text, marked so (a summary starting with = is never taken for a formula by Excel).
 */
public final class AuditWorkbook {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String[] COLUMNS = {"audit.view.at", "audit.view.user", "audit.view.action",
            "audit.view.summary", "audit.view.before", "audit.view.after"};
    private static final int[] WIDTHS = {20, 12, 16, 60, 36, 36};

    private AuditWorkbook() {
    }

    /** Writes the entries; the file is moved into place only when complete. */
    public static void write(List<AuditEntry> entries, Path file) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(Messages.get("audit.export.sheet"));
            CellStyle header = style(workbook, true);
            CellStyle body = style(workbook, false);
            Row top = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.length; c++) {
                text(top, c, Messages.get(COLUMNS[c]), header);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            sheet.createFreezePane(0, 1);
            for (int i = 0; i < entries.size(); i++) {
                AuditEntry entry = entries.get(i);
                Row row = sheet.createRow(i + 1);
                String[] values = {WHEN.format(entry.at()), entry.osUser(), Messages.get("audit.action."
                        + entry.action()), entry.summary(), entry.before().orElse(""), entry.after().orElse("")};
                for (int c = 0; c < values.length; c++) {
                    text(row, c, values[c], body);
                }
            }
            AtomicFiles.write(file, workbook::write);
        } catch (IOException e) {
            throw new UserFacingException(e, "audit.export.error", file.toAbsolutePath(), FailureReasons.of(e));
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static CellStyle style(XSSFWorkbook workbook, boolean header) {
        return LedgerWorkbook.textStyle(workbook, header);
    }
}
