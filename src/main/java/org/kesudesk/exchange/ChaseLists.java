package org.kesudesk.exchange;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.kesudesk.l10n.ContentMessages;
import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.logic.progress.Chases;
import org.kesudesk.model.ChaseMeans;
import org.kesudesk.model.ChaseRecord;
import org.kesudesk.model.ContentLimits;
import org.kesudesk.model.DocumentDate;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.ReportingRound;
import org.kesudesk.model.TextRules;
import org.kesudesk.model.Unit;
import org.kesudesk.model.UnitMatching;
import org.kesudesk.parse.WorkbookText;
import org.kesudesk.store.Database;
import org.kesudesk.store.UnitRepository;

/**
 * A 催办名单 the clerk phoned down with the answers typed in its 本次催办情况 column, read back as 催办记录: each row
 * with an answer a telephone chase of its unit, on the list's day (its title's （2026年12月7日）, else today), reaching
 * the 联络员 it names. A preview first (rows noted, units the catalogue lacks, rows noted already); every answer and
 * name checked as one typed; one transaction. Only those cells are read; a formula is read as its text.
 */
public final class ChaseLists {

    /** Rows looked through for the header. */
    private static final int HEADER_ROWS = 10;
    private static final java.util.regex.Pattern TITLE_DAY = java.util.regex.Pattern.compile(
            "（(\\d{4}年\\d{1,2}月\\d{1,2}日)）\\s*$");

    private final Database database;

    public ChaseLists(Database database) {
        this.database = database;
    }

    /** A row with an answer: its number as the sheet shows it, the unit as written, whom it reached, the answer. */
    public record Entry(int row, String unitName, String person, String answer) {
    }

    /** What a list read holds: the day its title names, if it names one, and its rows with an answer. */
    public record Read(Optional<LocalDate> day, List<Entry> entries) {
    }

    /**
     * A list checked: the chases it notes (checked, not stored), the day they are of, the rows whose unit the catalogue
     * lacks, and how many rows were noted already (the list imported before).
     */
    public record Preview(Path file, LocalDate day, List<ChaseRecord> chases, Map<UUID, Unit> units,
                          List<Entry> unknown, int notedBefore, List<ChaseRecord> countyChases,
                          Map<UUID, org.kesudesk.model.Region> counties) {

        /** How many chases it notes, of units and of counties' offices. */
        public int size() {
            return chases.size() + countyChases.size();
        }
    }

    /**
     * Reads a list's rows that have an answer.
     *
     * @throws UserFacingException naming the file: no workbook, or one too large, no header with a 单位 and a 催办情况
     *                             column
     */
    public static Read read(Path file) {
        String name = file.getFileName().toString();
        Map<String, WorkbookText.Sheet> sheets = OfficeLists.sheets(file, "progress.chaseImport.error.tooLarge",
                "progress.chaseImport.error.tooManyRows");
        for (WorkbookText.Sheet sheet : sheets.values()) {
            for (WorkbookText.Row header : sheet.rows()) {
                if (header.index() >= HEADER_ROWS) {
                    break;
                }
                int unit = -1;
                int person = -1;
                int answer = -1;
                for (int c = 0; c < header.cells().size(); c++) {
                    String title = header.text(c).replaceAll("\\s", "");
                    // this app's 本次催办情况; an office's own sheet may say 催办情况, 答复 or 答复情况
                    if (title.contains("催办情况") || title.startsWith("答复")) {
                        answer = c;
                    } else if (unit < 0 && OfficeLists.isUnitColumn(title)) {
                        unit = c;
                    } else if (person < 0 && (title.contains("联络员") || title.equals("联系人")
                            || title.equals("接听人"))) {
                        person = c;
                    }
                }
                if (unit >= 0 && answer >= 0) {
                    return new Read(titleDay(sheet, header.index()), entries(sheet, header.index(), unit, person,
                            answer, name));
                }
            }
        }
        throw new UserFacingException("progress.chaseImport.error.noHeader", name);
    }

    /** The day the list's title names at its end (…催办名单（2026年12月7日）), above its header. */
    private static Optional<LocalDate> titleDay(WorkbookText.Sheet sheet, int headerRow) {
        for (WorkbookText.Row row : sheet.rows()) {
            if (row.index() >= headerRow) {
                break;
            }
            java.util.regex.Matcher day = TITLE_DAY.matcher(row.text(0));
            if (day.find()) {
                return DocumentDate.typed(day.group(1));
            }
        }
        return Optional.empty();
    }

    private static List<Entry> entries(WorkbookText.Sheet sheet, int headerRow, int unit, int person, int answer,
                                       String name) {
        List<Entry> entries = new ArrayList<>();
        for (WorkbookText.Row row : sheet.rows()) {
            if (row.index() <= headerRow) {
                continue;
            }
            String unitName = TextRules.typedName(row.text(unit));
            String said = TextRules.normalizedText(row.text(answer).strip());
            if (unitName.isEmpty() || said.isEmpty()) {
                // a unit not reached yet, a blank row, a note under the list
                continue;
            }
            int number = row.index() + 1;
            String reached = person < 0 ? "" : TextRules.typedName(row.text(person));
            // every cell read is checked, whether or not its unit is known: nothing hostile reaches a preview
            ContentMessages.unitNameProblem(unitName).ifPresent(problem -> {
                throw new UserFacingException("progress.chaseImport.error.row", name, number, problem);
            });
            ChaseRecord.personProblem(reached).ifPresent(problem -> {
                throw new UserFacingException("progress.chaseImport.error.row", name, number,
                        Messages.get("progress.chase.error.person",
                                ContentMessages.problem(problem, ContentLimits.PERSON_NAME).text()));
            });
            ChaseRecord.answerProblem(said).ifPresent(problem -> {
                throw new UserFacingException("progress.chaseImport.error.row", name, number,
                        Messages.get("progress.chase.error.answer",
                                ContentMessages.problem(problem, ChaseRecord.ANSWER_LENGTH).text()));
            });
            entries.add(new Entry(number, unitName, reached, said));
        }
        return entries;
    }

    /**
     * Reads a list and checks each of its answers as a chase of the round typed in the window; nothing is stored.
     *
     * @param today the day it is read on: the list's day if its title names none, and the latest a chase may be of
     * @throws UserFacingException naming the file and the row at fault (a name or an answer that is none, a unit with
     *                             no task in the plan), or the list's day if it is to come
     */
    public Preview check(Path file, PlanDocument plan, ReportingRound round, LocalDate today, String recordedBy) {
        Read read = read(file);
        String name = file.getFileName().toString();
        LocalDate day = read.day().orElse(today);
        UnitMatching matching = UnitRepository.ofPlan(database, plan.plan()).matching();
        // what is noted already: the same unit, day and answer (the list imported before)
        Set<String> noted = new HashSet<>();
        Chases held = new Chases(database);
        held.chases(round).forEach(chase -> noted.add(chase.chasedId() + "/" + chase.chasedOn() + "/"
                + chase.answer()));
        List<ChaseRecord> chases = new ArrayList<>();
        Map<UUID, Unit> units = new HashMap<>();
        List<Entry> unknown = new ArrayList<>();
        int notedBefore = 0;
        java.util.Set<UUID> carrying = plan.unitsCarryingOutTasks();
        // beside a city's own plan, its counties' offices as the list names them (富裕县纲要办)
        org.kesudesk.logic.progress.ProgressTracking tracking =
                new org.kesudesk.logic.progress.ProgressTracking(database);
        List<org.kesudesk.logic.progress.ProgressTracking.CountyPlan> countyPlans = tracking.countyPlans(plan, today);
        Map<String, org.kesudesk.model.Region> offices = new HashMap<>();
        countyPlans.forEach(countyPlan -> offices.put(Chases.countyOffice(countyPlan.county()),
                countyPlan.county()));
        held.byCounty(round).values().forEach(list -> list.forEach(chase -> noted.add(
                chase.chasedId() + "/" + chase.chasedOn() + "/" + chase.answer())));
        List<ChaseRecord> countyChases = new ArrayList<>();
        Map<UUID, org.kesudesk.model.Region> counties = new HashMap<>();
        for (Entry entry : read.entries()) {
            Optional<Unit> unit = matching.lookup(entry.unitName(), 0).unit();
            org.kesudesk.model.Region office = offices.get(entry.unitName());
            if (unit.isEmpty() && office != null) {
                ChaseRecord chase;
                try {
                    chase = Chases.checkedCounty(plan, round, office, countyPlans, new Chases.Entry(day,
                            ChaseMeans.PHONE, entry.person(), entry.answer(), Optional.empty()), recordedBy, today);
                } catch (UserFacingException e) {
                    throw new UserFacingException(e, "progress.chaseImport.error.row", name, entry.row(),
                            e.getMessage());
                }
                if (!noted.add(chase.chasedId() + "/" + chase.chasedOn() + "/" + chase.answer())) {
                    notedBefore++;
                    continue;
                }
                counties.put(office.id(), office);
                countyChases.add(chase);
                continue;
            }
            if (unit.isEmpty()) {
                unknown.add(entry);
                continue;
            }
            ChaseRecord chase;
            try {
                chase = Chases.checked(plan, carrying, round, unit.get(), new Chases.Entry(day, ChaseMeans.PHONE,
                        entry.person(), entry.answer(), Optional.empty()), recordedBy, today);
            } catch (UserFacingException e) {
                throw new UserFacingException(e, "progress.chaseImport.error.row", name, entry.row(), e.getMessage());
            }
            if (!noted.add(chase.chasedId() + "/" + chase.chasedOn() + "/" + chase.answer())) {
                notedBefore++;
                continue;
            }
            units.put(unit.get().id(), unit.get());
            chases.add(chase);
        }
        return new Preview(file, day, List.copyOf(chases), Map.copyOf(units), List.copyOf(unknown), notedBefore,
                List.copyOf(countyChases), Map.copyOf(counties));
    }

    /** What a preview notes, in a few lines, for the window's confirmation and the command line. */
    public static String described(Preview preview) {
        StringBuilder text = new StringBuilder(Messages.get("progress.chaseImport.summary",
                org.kesudesk.documents.NoticeHeader.chineseDate(preview.day()), preview.size()));
        if (!preview.countyChases().isEmpty()) {
            text.append('\n').append(Messages.get("progress.chaseImport.counties", preview.countyChases().size()));
        }
        if (preview.notedBefore() > 0) {
            text.append('\n').append(Messages.get("progress.chaseImport.notedBefore", preview.notedBefore()));
        }
        if (!preview.unknown().isEmpty()) {
            text.append('\n').append(Messages.get("progress.chaseImport.unknown", String.join("、",
                    preview.unknown().stream().map(entry -> Messages.get("progress.chaseImport.unknownRow",
                            entry.row(), ContentMessages.shown(entry.unitName()))).toList())));
        }
        return text.toString();
    }
}
