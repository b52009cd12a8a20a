package org.kesudesk.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kesudesk.files.AtomicFiles;
import org.kesudesk.l10n.ContentMessages;
import org.kesudesk.l10n.FailureReasons;
import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.ContentLimits;
import org.kesudesk.model.ProgressStatus;
import org.kesudesk.model.ReportingRound;
import org.kesudesk.model.TextRules;
import org.kesudesk.model.Unit;
import org.kesudesk.model.UnitLiaison;
import org.kesudesk.parse.WorkbookText;

/**
 * The 进展填报表 a responsible unit fills in for a round: its own tasks only, the round's name and due date on top,
 * the status as a drop-down list, the percent as a whole number, and the ids (of the plan, the round, the unit and
 * each task) where a clerk cannot change them by accident (a protected sheet, a hidden column, a hidden sheet).
 * Instructions are on a second sheet. Read back, every cell is read as what it holds — a formula as its text, never
 * evaluated — and anything edited outside the fill-in cells is refused with its row.
 */
public final class ProgressLedgerWorkbook {

    static final String SHEET = "进展填报";
    static final String HELP_SHEET = "填报说明";
    static final String META_SHEET = "kesudesk";
    static final String MARK = "kesudesk-progress-ledger";
    static final int VERSION = 1;
    static final int HEADER_ROW = 2;
    private static final int STATUS = 3;
    private static final int PERCENT = 4;
    private static final int PROGRESS = 5;
    private static final int PROBLEMS = 6;
    private static final int NEXT_STEPS = 7;
    static final int ID_COLUMN = 8;
    /** The row under the title that names the unit and round, and beside that, who filled the sheet in. */
    private static final int LIAISON_ROW = 1;
    private static final int LIAISON_LABEL = PROGRESS;
    private static final int PERSON = PROBLEMS;
    private static final int PHONE = NEXT_STEPS;
    private static final int[] WIDTHS = {16, 40, 16, 10, 9, 44, 30, 30, 38};
    private static final long MAX_BYTES = 10L * 1024 * 1024;

    private ProgressLedgerWorkbook() {
    }

    /** One task of the unit, as the sheet lists it, with what the unit reported before (if anything). */
    public record Line(UUID nodeId, String place, String title, String deadline, Optional<ProgressStatus> status,
                       OptionalInt percent, String progress, String problems, String nextSteps) {
    }

    /** What a file says it is for: the plan, the round and the unit. */
    public record Header(UUID planId, UUID roundId, UUID unitId, String roundName, String unitName) {
    }

    /** One row filled in: its number in the sheet, the task, and the report (status, percent, texts). */
    public record FilledLine(int number, UUID nodeId, ProgressStatus status, OptionalInt percent, String progress,
                             String problems, String nextSteps) {
    }

    /**
     * A file read: what it is for, every task it lists (by id, with its row's number, filled in or not), the rows
     * the unit filled in (those with a status), and who filled it in ({@link UnitLiaison#NONE} if the sheet does not
     * say, as sheets written before it asked do not).
     */
    public record Filled(Path file, Header header, java.util.Map<UUID, Integer> listed, List<FilledLine> lines,
                         UnitLiaison liaison) {
    }

    /**
     * Writes one unit's sheet for a round, with its liaison as the office knows it in the 填报人 and 联系电话 cells
     * for the unit to keep or correct; the file is moved into place only when complete.
     */
    public static void write(String planName, ReportingRound round, Unit unit, UnitLiaison liaison, List<Line> lines,
                             Path file) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle title = LedgerWorkbook.style(workbook, true);
            CellStyle header = LedgerWorkbook.style(workbook, true);
            CellStyle fixed = textStyle(workbook, true);
            CellStyle open = textStyle(workbook, false);
            Row first = sheet.createRow(0);
            text(first, 0, Messages.get("progress.ledger.title", planName), title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, NEXT_STEPS));
            Row second = sheet.createRow(1);
            text(second, 0, Messages.get("progress.ledger.subtitle", unit.name(), round.name(),
                    round.due().toString()), fixed);
            sheet.addMergedRegion(new CellRangeAddress(LIAISON_ROW, LIAISON_ROW, 0, PERCENT));
            CellStyle label = textStyle(workbook, true);
            label.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
            text(second, LIAISON_LABEL, Messages.get("progress.ledger.liaison"), label);
            text(second, PERSON, liaison.person(), open);
            text(second, PHONE, liaison.phone(), open);
            Row top = sheet.createRow(HEADER_ROW);
            String[] titles = {"progress.column.ref", "progress.column.task", "progress.column.deadline",
                    "progress.column.status", "progress.ledger.percent", "progress.field.progress",
                    "progress.field.problems", "progress.field.nextSteps", "progress.ledger.id"};
            for (int c = 0; c < titles.length; c++) {
                text(top, c, Messages.get(titles[c]), header);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            sheet.setColumnHidden(ID_COLUMN, true);
            sheet.createFreezePane(0, HEADER_ROW + 1);
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            int r = HEADER_ROW + 1;
            for (Line line : lines) {
                Row row = sheet.createRow(r++);
                text(row, 0, line.place(), fixed);
                text(row, 1, line.title(), fixed);
                text(row, 2, line.deadline(), fixed);
                text(row, STATUS, line.status().map(org.kesudesk.logic.progress.ProgressTracking::statusName)
                        .orElse(""), open);
                Cell percent = row.createCell(PERCENT);
                percent.setCellStyle(open);
                if (line.percent().isPresent()) {
                    percent.setCellValue(line.percent().getAsInt());
                }
                text(row, PROGRESS, line.progress(), open);
                text(row, PROBLEMS, line.problems(), open);
                text(row, NEXT_STEPS, line.nextSteps(), open);
                text(row, ID_COLUMN, line.nodeId().toString(), fixed);
            }
            DataValidationHelper helper = sheet.getDataValidationHelper();
            prompt(sheet, helper, PERSON, ContentLimits.PERSON_NAME, Messages.get("progress.ledger.person.title"),
                    Messages.get("progress.ledger.person.text"));
            prompt(sheet, helper, PHONE, ContentLimits.PHONE, Messages.get("progress.ledger.phone.title"),
                    Messages.get("progress.ledger.phone.text"));
            if (!lines.isEmpty()) {
                CellRangeAddressList statusCells = new CellRangeAddressList(HEADER_ROW + 1, r - 1, STATUS, STATUS);
                DataValidation statusList = helper.createValidation(helper.createExplicitListConstraint(
                        java.util.Arrays.stream(ProgressStatus.values())
                                .map(org.kesudesk.logic.progress.ProgressTracking::statusName)
                                .toArray(String[]::new)), statusCells);
                statusList.setShowErrorBox(true);
                statusList.createErrorBox(Messages.get("progress.ledger.statusBox.title"),
                        Messages.get("progress.ledger.statusBox.text"));
                sheet.addValidationData(statusList);
                DataValidation percentRange = helper.createValidation(helper.createIntegerConstraint(
                        DataValidationConstraint.OperatorType.BETWEEN, "0", "100"),
                        new CellRangeAddressList(HEADER_ROW + 1, r - 1, PERCENT, PERCENT));
                percentRange.setShowErrorBox(true);
                percentRange.createErrorBox(Messages.get("progress.ledger.percentBox.title"),
                        Messages.get("progress.ledger.percentBox.text"));
                sheet.addValidationData(percentRange);
            }
            // the ids and the tasks are not for editing: the sheet is protected, the fill-in cells are not locked
            sheet.protectSheet("");
            help(workbook);
            meta(workbook, round, unit);
            workbook.setActiveSheet(0);
            AtomicFiles.write(file, workbook::write);
        } catch (IOException e) {
            throw new UserFacingException(e, "ledger.error.write", file.toAbsolutePath(), FailureReasons.of(e));
        }
    }

    /** What a liaison cell asks for, shown when it is chosen, and its length kept to what is stored. */
    private static void prompt(Sheet sheet, DataValidationHelper helper, int column, int maxLength, String title,
                               String text) {
        DataValidation length = helper.createValidation(helper.createTextLengthConstraint(
                        DataValidationConstraint.OperatorType.BETWEEN, "0", String.valueOf(maxLength)),
                new CellRangeAddressList(LIAISON_ROW, LIAISON_ROW, column, column));
        length.createPromptBox(title, text);
        length.setShowPromptBox(true);
        length.setShowErrorBox(true);
        length.createErrorBox(title, text);
        sheet.addValidationData(length);
    }

    private static void help(XSSFWorkbook workbook) {
        Sheet help = workbook.createSheet(HELP_SHEET);
        help.setColumnWidth(0, 100 * 256);
        String[] lines = Messages.get("progress.ledger.help").split("\n");
        for (int i = 0; i < lines.length; i++) {
            help.createRow(i).createCell(0).setCellValue(lines[i]);
        }
    }

    private static void meta(XSSFWorkbook workbook, ReportingRound round, Unit unit) {
        Sheet meta = workbook.createSheet(META_SHEET);
        String[][] values = {{"mark", MARK}, {"version", String.valueOf(VERSION)},
                {"plan", round.planId().toString()}, {"round", round.id().toString()}, {"unit", unit.id().toString()},
                {"roundName", round.name()}, {"unitName", unit.name()}};
        for (int i = 0; i < values.length; i++) {
            Row row = meta.createRow(i);
            row.createCell(0).setCellValue(values[i][0]);
            row.createCell(1).setCellValue(values[i][1]);
        }
        meta.protectSheet("");
        workbook.setSheetVisibility(workbook.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
    }

    /**
     * Reads a filled-in sheet.
     *
     * @throws UserFacingException naming the file and the row (and field) at fault: not a sheet of this app, a
     *                             sheet renamed, an id changed, a row added or copied, a status not in the list, a
     *                             percent that is no whole number from 0 to 100, a text too long or holding what
     *                             no text may
     */
    public static Filled read(Path file) {
        org.kesudesk.files.IncomingFiles.requireFile(file);
        String name = file.getFileName().toString();
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UserFacingException("ledger.error.tooLarge", name);
            }
            Map<String, WorkbookText.Sheet> sheets;
            try {
                sheets = WorkbookText.read(file, Set.of(SHEET, META_SHEET), ContentLimits.NODES + HEADER_ROW + 1);
            } catch (WorkbookText.TooManyRows e) {
                throw new UserFacingException(e, "ledger.error.tooManyRows", name, ContentLimits.NODES);
            } catch (WorkbookText.TooMuchText e) {
                throw new UserFacingException(e, "ledger.error.tooMuchText", name, WorkbookText.TEXT_CHARACTERS,
                        WorkbookText.SHARED_TEXTS);
            }
            Header header = header(sheets.get(META_SHEET), name);
            WorkbookText.Sheet sheet = sheets.get(SHEET);
            if (sheet == null) {
                throw new UserFacingException("ledger.error.noSheet", name, SHEET);
            }
            if (!sheet.row(HEADER_ROW).map(top -> Messages.get("progress.ledger.id").equals(top.text(ID_COLUMN)))
                    .orElse(false)) {
                throw new UserFacingException("progress.ledger.error.notLedger", name);
            }
            List<FilledLine> lines = new ArrayList<>();
            Map<UUID, Integer> listed = new java.util.LinkedHashMap<>();
            for (WorkbookText.Row row : sheet.rows()) {
                if (row.index() <= HEADER_ROW) {
                    continue;
                }
                int number = row.index() + 1;
                String id = row.text(ID_COLUMN).strip();
                if (id.isEmpty()) {
                    if (row.holdsTextBefore(ID_COLUMN)) {
                        throw new UserFacingException("progress.ledger.error.rowAdded", name, number);
                    }
                    continue;
                }
                UUID nodeId;
                try {
                    nodeId = UUID.fromString(id);
                } catch (IllegalArgumentException e) {
                    throw new UserFacingException(e, "progress.ledger.error.badId", name, number);
                }
                if (listed.putIfAbsent(nodeId, number) != null) {
                    throw new UserFacingException("progress.ledger.error.idTwice", name, number);
                }
                String statusText = row.text(STATUS).strip();
                if (statusText.isEmpty()) {
                    if (!row.text(PERCENT).isBlank() || !row.text(PROGRESS).isBlank()) {
                        throw new UserFacingException("progress.ledger.error.noStatus", name, number);
                    }
                    // not reported in this sheet: the unit's earlier report (if any) stays
                    continue;
                }
                ProgressStatus status = org.kesudesk.logic.progress.ProgressTracking.statusNamed(statusText)
                        .orElseThrow(() -> new UserFacingException("progress.ledger.error.status", name, number,
                                ContentMessages.shown(statusText)));
                lines.add(new FilledLine(number, nodeId, status, percent(row, name, number),
                        text(row, PROGRESS, name, number), text(row, PROBLEMS, name, number),
                        text(row, NEXT_STEPS, name, number)));
            }
            return new Filled(file, header, java.util.Collections.unmodifiableMap(listed), List.copyOf(lines),
                    liaison(sheet, name));
        } catch (UserFacingException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // not a workbook, a damaged one, or one POI refuses (a zip bomb, an XML entity, a huge record)
            throw new UserFacingException(e, "ledger.error.unreadable", name,
                    org.kesudesk.l10n.FailureReasons.ofDocument(file, e));
        }
    }

    /** Who filled the sheet in, as its 填报人 and 联系电话 cells say (written as text, never as a formula). */
    private static UnitLiaison liaison(WorkbookText.Sheet sheet, String name) {
        UnitLiaison liaison = sheet.row(LIAISON_ROW).map(row -> UnitLiaison.typed(row.text(PERSON), row.text(PHONE)))
                .orElse(UnitLiaison.NONE);
        ContentMessages.liaisonProblem(liaison).ifPresent(problem -> {
            throw new UserFacingException("progress.ledger.error.liaison", name, LIAISON_ROW + 1, problem);
        });
        return liaison;
    }

    private static Header header(WorkbookText.Sheet meta, String name) {
        if (meta == null || !MARK.equals(metaValue(meta, 0)) || !String.valueOf(VERSION).equals(metaValue(meta, 1))) {
            throw new UserFacingException("progress.ledger.error.notLedger", name);
        }
        try {
            return new Header(UUID.fromString(metaValue(meta, 2)), UUID.fromString(metaValue(meta, 3)),
                    UUID.fromString(metaValue(meta, 4)), metaValue(meta, 5), metaValue(meta, 6));
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e, "progress.ledger.error.notLedger", name);
        }
    }

    private static String metaValue(WorkbookText.Sheet meta, int row) {
        return meta.row(row).map(line -> line.text(1)).orElse("");
    }

    /** A percent as typed (50, 50%) or as a number cell holding a whole number from 0 to 100. */
    private static OptionalInt percent(WorkbookText.Row row, String name, int number) {
        String text = row.text(PERCENT).strip().replace("%", "").replace("％", "");
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        if (text.matches("\\d{1,3}") && Integer.parseInt(text) <= 100) {
            return OptionalInt.of(Integer.parseInt(text));
        }
        throw new UserFacingException("progress.ledger.error.percent", name, number, ContentMessages.shown(text));
    }

    private static String text(WorkbookText.Row row, int column, String name, int number) {
        String text = TextRules.normalizedText(row.text(column).strip());
        TextRules.textProblem(text, ContentLimits.TEXT).ifPresent(problem -> {
            throw new UserFacingException("progress.ledger.error.text", name, number,
                    Messages.get(column == PROGRESS ? "progress.field.progress" : column == PROBLEMS
                            ? "progress.field.problems" : "progress.field.nextSteps"),
                    ContentMessages.problem(problem, ContentLimits.TEXT));
        });
        return text;
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** The app's text style (kept as text, {@link LedgerWorkbook#textStyle}), locked or open to edit. */
    private static CellStyle textStyle(Workbook workbook, boolean locked) {
        CellStyle style = LedgerWorkbook.textStyle(workbook, false);
        style.setLocked(locked);
        return style;
    }

    /** The file name of a unit's sheet for a round: 2026年上半年-市教育局.xlsx, without what a file name cannot hold. */
    public static String fileName(ReportingRound round, Unit unit) {
        return org.kesudesk.files.FileNames.safe(round.name() + "-" + unit.name()) + ".xlsx";
    }
}
