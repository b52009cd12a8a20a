package org.kesudesk.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kesudesk.model.ExchangePackage;
import org.kesudesk.parse.WorkbookText;

/**
 * Which of the app's own files a file is, if it is one: another office's exchange file whatever it is named
 * ({@link ExchangePackage}), a plan's 任务分工表 exported to be filled in ({@link LedgerWorkbook}: its sheet with the
 * 编号（勿改） column), or a unit's 进展填报表 ({@link ProgressLedgerWorkbook}: its sheet and the sheet the app keeps the
 * round in). A file dropped on the window, or opened as a plan document, goes where it is read rather than to the plan
 * reader, which would refuse it or ask what its columns hold.
 */
public final class AppFiles {

    /** The app's files a user brings back. */
    public enum Kind {
        /** An exchange file from the city or a county (.kesu, or renamed by a mail program). */
        EXCHANGE,
        /** A plan's 任务分工表 with the units filled in. */
        ASSIGNMENTS,
        /** A unit's 进展填报表 for a reporting round. */
        PROGRESS
    }

    private AppFiles() {
    }

    /**
     * Whether the file is named as a workbook: .xlsx, Excel 97-2003's .xls (WPS's .et) or LibreOffice Calc's .ods, as a
     * unit may save one.
     */
    public static boolean isWorkbook(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".et") || name.endsWith(".ods");
    }

    /**
     * What the file is, reading no more than its first bytes and, of a workbook, its sheets' first rows; empty for any
     * other file or one not readable.
     */
    public static Optional<Kind> kindOf(Path file) {
        if (startsAsExchangeFile(file)) {
            return Optional.of(Kind.EXCHANGE);
        }
        if (!isWorkbook(file)) {
            return Optional.empty();
        }
        Map<String, List<String>> sheets;
        try {
            sheets = WorkbookText.firstRows(file, Set.of(LedgerWorkbook.SHEET, ProgressLedgerWorkbook.SHEET,
                    ProgressLedgerWorkbook.META_SHEET));
        } catch (java.io.IOException | WorkbookText.TooMuchText | RuntimeException unreadable) {
            // the reader it goes to says what is wrong with it
            return Optional.empty();
        }
        if (sheets.containsKey(ProgressLedgerWorkbook.SHEET) && sheets.containsKey(ProgressLedgerWorkbook.META_SHEET)) {
            return Optional.of(Kind.PROGRESS);
        }
        Optional<WorkbookText.Row> header = Optional.ofNullable(sheets.get(LedgerWorkbook.SHEET))
                .map(cells -> new WorkbookText.Row(0, cells));
        return LedgerWorkbook.column(header, "ledger.column.id") >= 0 ? Optional.of(Kind.ASSIGNMENTS)
                : Optional.empty();
    }

    private static boolean startsAsExchangeFile(Path file) {
        try {
            return ExchangePackage.startsAsOne(ExchangeFile.head(file));
        } catch (java.io.IOException unreadable) {
            // the reader it goes to says what is wrong with it
            return false;
        }
    }
}
