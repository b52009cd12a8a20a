package org.kesudesk.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kesudesk.files.AtomicFiles;
import org.kesudesk.l10n.ContentMessages;
import org.kesudesk.l10n.FailureReasons;
import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.Assignment;
import org.kesudesk.model.ContentLimits;
import org.kesudesk.model.Deadline;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Role;
import org.kesudesk.model.TextRules;
import org.kesudesk.model.Unit;
import org.kesudesk.model.UnitListText;
import org.kesudesk.parse.WorkbookText;

/**
 * The 任务分工表 / 台账 as an Excel workbook: one row per item (its lead units) and per task and sub-task (its
 * responsible units), with the header frozen, columns sized for reading and printing, and text wrapped. The
 * rows' ids sit in a hidden last column, so that a filled-in copy can be read back: the units typed into the
 * 牵头单位 / 责任单位 cells (separated by 、，; or new lines) replace the node's units.
 */
public final class LedgerWorkbook {

    static final String SHEET = "任务分工表";
    /** Where the writer puts the deadline and the id; a reader finds them by their headings (older ledgers have no
     *  deadline column and the id in the sixth). */
    private static final int DEADLINE_COLUMN = 5;
    private static final int ID_COLUMN = 6;
    private static final int[] WIDTHS = {10, 10, 60, 28, 36, 18, 38};
    private static final Pattern YEARLY_WORDS = Pattern.compile("每年(\\d{1,2})月(\\d{1,2})日前?");
    /** No filled-in ledger comes near this; larger files are refused before POI reads them. */
    private static final long MAX_BYTES = 20L * 1024 * 1024;

    private LedgerWorkbook() {
    }

    /** Writes the plan's ledger; the file is moved into place only when complete. */
    public static void write(PlanDocument plan, Path file) {
        write(plan, Map.of(), file);
    }

    /** Writes the plan's ledger with its items' and tasks' deadlines, in words (2025年12月31日前). */
    public static void write(PlanDocument plan, Map<UUID, Deadline> deadlines, Path file) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle header = style(workbook, true);
            CellStyle body = style(workbook, false);
            Row top = sheet.createRow(0);
            String[] titles = {"ledger.column.number", "ledger.column.kind", "ledger.column.content",
                    "ledger.column.lead", "ledger.column.responsible", "ledger.column.deadline", "ledger.column.id"};
            for (int c = 0; c < titles.length; c++) {
                Cell cell = top.createCell(c);
                cell.setCellValue(Messages.get(titles[c]));
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            sheet.setColumnHidden(ID_COLUMN, true);
            sheet.createFreezePane(0, 1);
            sheet.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:1"));
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            int[] next = {1};
            for (PlanNode section : plan.sections()) {
                for (PlanNode item : section.children()) {
                    item.forEachNode(node -> {
                        Row row = sheet.createRow(next[0]++);
                        String[] values = {node.label(), Messages.get("node.kind." + node.kind().name()),
                                node.kind().isItem() ? node.title() : node.text().isEmpty() ? node.title()
                                : node.text(), names(node.leadUnits()), names(node.responsibleUnits()),
                                Optional.ofNullable(deadlines.get(node.id()))
                                        .map(org.kesudesk.logic.progress.ProgressTracking::deadlineName).orElse(""),
                                node.id().toString()};
                        for (int c = 0; c < values.length; c++) {
                            Cell cell = row.createCell(c);
                            cell.setCellValue(values[c]);
                            cell.setCellStyle(body);
                        }
                    });
                }
            }
            AtomicFiles.write(file, workbook::write);
        } catch (IOException e) {
            throw new UserFacingException(e, "ledger.error.write", file.toAbsolutePath(),
                    FailureReasons.of(e));
        }
    }

    /**
     * One filled-in row: its number in the sheet, the units typed into 牵头单位 and 责任单位, and the 完成时限 typed
     * (empty when the ledger has no such column; inside, empty for none).
     */
    public record FilledRow(int number, List<String> lead, List<String> responsible,
                            Optional<Optional<Deadline>> deadline) {
        public FilledRow(int number, List<String> lead, List<String> responsible) {
            this(number, lead, responsible, Optional.empty());
        }
    }

    /**
     * Reads a filled-in ledger: each row's node id with its units, in sheet order. Every cell is read as what it
     * holds (a formula as its formula text, never its result) and every unit name is checked like any other.
     *
     * @throws UserFacingException if the file is not a ledger of this app (a renamed sheet, say), a row's id was
     *                             changed, appears twice or is missing from a row that holds something, or a unit
     *                             name is not one; with the row's number
     */
    public static Map<UUID, FilledRow> read(Path file) {
        org.kesudesk.files.IncomingFiles.requireFile(file);
        Map<UUID, FilledRow> rows = new java.util.LinkedHashMap<>();
        FilledRow previous = null;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UserFacingException("ledger.error.tooLarge", file.getFileName());
            }
            WorkbookText.Sheet sheet;
            try {
                sheet = WorkbookText.read(file, Set.of(SHEET), ContentLimits.NODES + 1).get(SHEET);
            } catch (WorkbookText.TooManyRows e) {
                throw new UserFacingException(e, "ledger.error.tooManyRows", file.getFileName(), ContentLimits.NODES);
            } catch (WorkbookText.TooMuchText e) {
                throw new UserFacingException(e, "ledger.error.tooMuchText", file.getFileName(),
                        WorkbookText.TEXT_CHARACTERS, WorkbookText.SHARED_TEXTS);
            }
            if (sheet == null) {
                throw new UserFacingException("ledger.error.noSheet", file.getFileName(), SHEET);
            }
            Optional<WorkbookText.Row> header = sheet.row(0);
            int idColumn = column(header, "ledger.column.id");
            int deadlineColumn = column(header, "ledger.column.deadline");
            if (idColumn < 0) {
                throw new UserFacingException("ledger.error.notLedger", file.getFileName());
            }
            for (WorkbookText.Row row : sheet.rows()) {
                if (row.index() == 0) {
                    continue;
                }
                int number = row.index() + 1;
                String id = row.text(idColumn).strip();
                if (id.isEmpty()) {
                    if (row.holdsTextBefore(idColumn)) {
                        // a row typed in by hand belongs to no task: its units would go nowhere
                        throw new UserFacingException("ledger.error.rowAdded", number);
                    }
                    continue;
                }
                UUID nodeId;
                try {
                    nodeId = UUID.fromString(id);
                } catch (IllegalArgumentException e) {
                    throw new UserFacingException(e, "ledger.error.badId", number, ContentMessages.shown(id));
                }
                // 同上 (〃) typed into a cell: the cell above's, as whoever reads the sheet takes it
                FilledRow above = previous;
                FilledRow filled = new FilledRow(number,
                        sameAsAbove(row, 3, above, number) ? filled(above.lead(), number) : names(row, 3, number),
                        sameAsAbove(row, 4, above, number) ? filled(above.responsible(), number)
                                : names(row, 4, number),
                        deadlineColumn < 0 ? Optional.empty()
                                : sameAsAbove(row, deadlineColumn, above, number)
                                ? filled(above.deadline().orElse(Optional.empty()), number).map(Optional::of)
                                : Optional.of(deadline(row.text(deadlineColumn), number)));
                previous = filled;
                FilledRow earlier = rows.putIfAbsent(nodeId, filled);
                if (earlier != null) {
                    throw new UserFacingException("ledger.error.idTwice", earlier.number(), number);
                }
            }
        } catch (UserFacingException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // not a workbook at all, a damaged one, or one POI refuses (a zip bomb, an XML entity, a huge record):
            // POI fails on such files in many ways, none of which the user needs to read
            throw new UserFacingException(e, "ledger.error.unreadable", file.getFileName(),
                    org.kesudesk.l10n.FailureReasons.ofDocument(file, e));
        }
        if (rows.isEmpty()) {
            throw new UserFacingException("ledger.error.notLedger", file.getFileName());
        }
        return rows;
    }

    /**
     * Whether the cell says 同上 (〃, 同前: {@link TextRules#saysSameAsAbove}); refused in the first row, which has
     * none above it.
     */
    private static boolean sameAsAbove(WorkbookText.Row row, int column, FilledRow above, int number) {
        String text = row.text(column);
        if (!TextRules.saysSameAsAbove(text)) {
            return false;
        }
        if (above == null) {
            throw new UserFacingException("ledger.error.sameAsAboveFirst", number, ContentMessages.shown(text.strip()));
        }
        return true;
    }

    /** The cell above's units, for a cell saying 同上; an empty one is refused (it would empty the row unseen). */
    private static List<String> filled(List<String> above, int number) {
        if (above.isEmpty()) {
            throw new UserFacingException("ledger.error.sameAsAboveEmpty", number);
        }
        return above;
    }

    /** The cell above's deadline, for a cell saying 同上; none there is refused, as an empty unit cell is. */
    private static Optional<Deadline> filled(Optional<Deadline> above, int number) {
        if (above.isEmpty()) {
            throw new UserFacingException("ledger.error.sameAsAboveEmpty", number);
        }
        return above;
    }

    /** The unit names typed into a cell, each checked; the row's number names the place of a bad one. */
    private static List<String> names(WorkbookText.Row row, int column, int number) {
        if (TextRules.saysNone(row.text(column))) {
            // —, 无: none, as a cell with nothing in it
            return List.of();
        }
        List<String> names = split(TextRules.normalizedText(row.text(column)));
        for (String name : names) {
            ContentMessages.unitNameProblem(name).ifPresent(problem -> {
                throw new UserFacingException("ledger.error.badUnit", number,
                        Messages.get(column == 3 ? "ledger.column.lead" : "ledger.column.responsible"), problem);
            });
        }
        return names;
    }

    /** The column whose heading is the message's text, or -1. */
    /** The column of the header headed as the message key says, or -1. */
    static int column(Optional<WorkbookText.Row> header, String key) {
        String heading = Messages.get(key);
        for (int c = 0; header.isPresent() && c < Math.min(header.get().cells().size(), 32); c++) {
            if (heading.equals(header.get().text(c).strip())) {
                return c;
            }
        }
        return -1;
    }

    /**
     * A deadline as typed into the ledger: in the words it shows (2025年12月31日前, 每年6月30日前, 长期坚持), a day as
     * clerks type one (2025/12/31), or as the command line writes it (2025-12-31, yearly:06-30, ongoing); empty or 无
     * for none.
     */
    private static Optional<Deadline> deadline(String typed, int number) {
        String text = TextRules.normalizedText(typed).strip();
        try {
            if (text.isEmpty() || TextRules.saysNone(text) || text.equals(Messages.get("progress.deadline.none"))) {
                return Optional.empty();
            }
            if (text.equals(Messages.get("progress.deadline.ongoing"))) {
                return Optional.of(new Deadline.Ongoing());
            }
            // a day as a document writes it or as clerks type one (2025/12/31 in a cell kept as text), 前 or not
            Optional<java.time.LocalDate> day = org.kesudesk.model.DocumentDate.typed(
                    text.endsWith("前") ? text.substring(0, text.length() - 1) : text);
            if (day.isPresent()) {
                return Optional.of(new Deadline.OnDate(day.get()));
            }
            java.util.regex.Matcher yearly = YEARLY_WORDS.matcher(text);
            if (yearly.matches()) {
                return Optional.of(new Deadline.Yearly(java.time.MonthDay.of(Integer.parseInt(yearly.group(1)),
                        Integer.parseInt(yearly.group(2)))));
            }
            return Deadline.parse(text);
        } catch (java.time.DateTimeException | IllegalArgumentException e) {
            throw new UserFacingException(e, "ledger.error.badDeadline", number, ContentMessages.shown(text));
        }
    }

    /**
     * The plan with each listed node's units as the ledger gives them (units not in the catalogue are new); nothing
     * else of the plan changes.
     *
     * @throws UserFacingException if a row names a node the plan does not have (with the row's number)
     */
    public static PlanDocument fill(PlanDocument plan, Map<UUID, FilledRow> rows) {
        Set<UUID> known = new java.util.HashSet<>();
        plan.forEachNode(node -> known.add(node.id()));
        Map<UUID, List<String>[]> units = new HashMap<>();
        for (Map.Entry<UUID, FilledRow> row : rows.entrySet()) {
            if (!known.contains(row.getKey())) {
                throw new UserFacingException("ledger.error.otherPlan", row.getValue().number());
            }
            @SuppressWarnings("unchecked")
            List<String>[] byRole = new List[] {row.getValue().lead(), row.getValue().responsible()};
            units.put(row.getKey(), byRole);
        }
        return new PlanDocument(plan.plan(), plan.goalIndicators(),
                plan.sections().stream().map(section -> replaced(section, units)).toList());
    }

    private static PlanNode replaced(PlanNode node, Map<UUID, List<String>[]> units) {
        List<Assignment> assignments = node.assignments();
        List<String>[] given = units.get(node.id());
        if (given != null) {
            assignments = new ArrayList<>();
            for (Role role : Role.values()) {
                if (node.kind().takes(role)) {
                    for (String name : given[role == Role.LEAD ? 0 : 1]) {
                        assignments.add(node.assignments().stream()
                                .filter(a -> a.role() == role && a.unit().name().equals(name)).findFirst()
                                .orElseGet(() -> Assignment.create(Unit.create(name, Integer.MAX_VALUE), role)));
                    }
                } else {
                    node.assignments().stream().filter(a -> a.role() == role).forEach(assignments::add);
                }
            }
        }
        List<PlanNode> children = node.children().stream().map(child -> replaced(child, units)).toList();
        return new PlanNode(node.id(), node.kind(), node.label(), node.title(), node.text(), assignments,
                node.indicators(), children, node.rowVersion());
    }

    private static List<String> split(String cell) {
        // 各县（市、区）人民政府 is one name ({@link UnitListText})
        return UnitListText.names(cell);
    }

    private static String names(List<Unit> units) {
        return String.join("、", units.stream().map(Unit::name).toList());
    }

    /**
     * The app's style for a cell of text a clerk may edit: shown and kept as text, even when an edit starts it
     * with = + - @ (no formula is ever made of what the app wrote).
     */
    static CellStyle textStyle(Workbook workbook, boolean header) {
        CellStyle style = style(workbook, header);
        style.setQuotePrefixed(true);
        return style;
    }

    /** The style of the app's sheets: wrapped, framed, 宋体 11 pt; a header's bold and centred. */
    static CellStyle style(Workbook workbook, boolean header) {
        CellStyle style = workbook.createCellStyle();
        style.setWrapText(true);
        style.setVerticalAlignment(header ? VerticalAlignment.CENTER : VerticalAlignment.TOP);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        Font font = workbook.createFont();
        font.setFontName("宋体");
        font.setFontHeightInPoints((short) 11);
        font.setBold(header);
        style.setFont(font);
        return style;
    }
}
