package org.kesudesk.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.kesudesk.l10n.ContentMessages;
import org.kesudesk.l10n.FailureReasons;
import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.TextRules;
import org.kesudesk.model.Unit;
import org.kesudesk.model.UnitLiaison;
import org.kesudesk.model.UnitMatching;
import org.kesudesk.parse.WorkbookText;
import org.kesudesk.store.Backups;
import org.kesudesk.store.Database;
import org.kesudesk.store.UnitRepository;

/**
 * The 联络员名单 an office already keeps in Excel (成员单位联络员名单: 序号, 单位, 姓名, 职务, 办公电话, 手机 …), read into
 * its units' liaisons so that nobody types them again: the header found by its words on the first sheet that has
 * one, each row's unit looked up in the region's catalogue by its name or an alias, a preview of what changes, then
 * one transaction after a backup. Only those cells are read; a formula is read as its text, never evaluated, and a
 * name or telephone that is none refuses the whole list, naming its row.
 */
public final class LiaisonLists {

    /** Rows looked through for the header: a title, a date or a note may stand above it. */
    private static final int HEADER_ROWS = 10;

    private final Database database;

    public LiaisonLists(Database database) {
        this.database = database;
    }

    /** One row of the list: its number as the sheet shows it, the unit as written, and its liaison. */
    public record Entry(int row, String unitName, UnitLiaison liaison) {
    }

    /** A unit whose liaison the list changes: from what the office holds to what the list says. */
    public record Change(int row, Unit unit, UnitLiaison before, UnitLiaison after) {
    }

    /**
     * A list checked: the liaisons it changes, how many units it names as the office holds them already, the rows
     * whose unit the catalogue does not have (left out: the list may name offices that carry out no task), and the
     * rows left out because an earlier row named the same unit.
     */
    public record Preview(Path file, List<Change> changes, int unchanged, List<Entry> unknown, List<Entry> repeated) {

        public boolean changesAnything() {
            return !changes.isEmpty();
        }
    }

    /** What an import stored, and the backup made before. */
    public record Imported(Optional<Path> backup, int liaisons) {
    }

    /**
     * Reads a list's rows that name a unit and a person or a telephone.
     *
     * @throws UserFacingException naming the file (and the row at fault): no workbook, or one too large, no header
     *                             with a unit, a person and a telephone column, a name or telephone that is none
     */
    public static List<Entry> read(Path file) {
        String name = file.getFileName().toString();
        Map<String, WorkbookText.Sheet> sheets = OfficeLists.sheets(file, "unit.liaisonList.error.tooLarge",
                "unit.liaisonList.error.tooManyRows");
        for (WorkbookText.Sheet sheet : sheets.values()) {
            Optional<Columns> columns = columns(sheet);
            if (columns.isPresent()) {
                return entries(sheet, columns.get(), name);
            }
        }
        throw new UserFacingException("unit.liaisonList.error.noHeader", name);
    }

    /** Where a list keeps what is read: its header's row, the unit's column, the person's, the telephones'. */
    private record Columns(int headerRow, int unit, int person, List<Integer> phones) {
    }

    /** The header among a sheet's first rows: a unit column, a person column and at least one telephone column. */
    private static Optional<Columns> columns(WorkbookText.Sheet sheet) {
        for (WorkbookText.Row row : sheet.rows()) {
            if (row.index() >= HEADER_ROWS) {
                break;
            }
            int unit = -1;
            int person = -1;
            boolean personIsLiaison = false;
            List<Integer> phones = new ArrayList<>();
            List<Integer> liaisonPhones = new ArrayList<>();
            for (int c = 0; c < row.cells().size(); c++) {
                String title = row.text(c).replaceAll("\\s", "");
                boolean liaison = title.contains("联络员");
                if (title.contains("电话") || title.contains("手机") || title.contains("联系方式")) {
                    // a list that names a unit's 分管领导 too has their telephones: the liaison's are the ones
                    if (liaison) {
                        liaisonPhones.add(c);
                    } else if (!title.contains("领导")) {
                        phones.add(c);
                    }
                } else if (liaison && !personIsLiaison || person < 0 && (title.contains("姓名")
                        || title.equals("联系人"))) {
                    person = c;
                    personIsLiaison = liaison;
                } else if (unit < 0 && OfficeLists.isUnitColumn(title)) {
                    unit = c;
                }
            }
            List<Integer> read = liaisonPhones.isEmpty() ? phones : liaisonPhones;
            if (unit >= 0 && person >= 0 && !read.isEmpty()) {
                return Optional.of(new Columns(row.index(), unit, person, List.copyOf(read)));
            }
        }
        return Optional.empty();
    }

    private static List<Entry> entries(WorkbookText.Sheet sheet, Columns columns, String name) {
        List<Entry> entries = new ArrayList<>();
        for (WorkbookText.Row row : sheet.rows()) {
            if (row.index() <= columns.headerRow()) {
                continue;
            }
            int number = row.index() + 1;
            String unit = TextRules.typedName(row.text(columns.unit()));
            List<String> phones = new ArrayList<>();
            for (int column : columns.phones()) {
                String phone = TextRules.typedName(row.text(column));
                if (!phone.isEmpty()) {
                    phones.add(phone);
                }
            }
            // an office's 办公电话 and 手机, in two columns, are one telephone field: 0452-2412345、13945201234
            UnitLiaison liaison = UnitLiaison.typed(row.text(columns.person()), String.join("、", phones));
            if (unit.isEmpty() || liaison.isNone()) {
                // a blank row, a note under the list, a unit with nobody named yet
                continue;
            }
            ContentMessages.unitNameProblem(unit).or(() -> ContentMessages.liaisonProblem(liaison))
                    .ifPresent(problem -> {
                        throw new UserFacingException("unit.liaisonList.error.row", name, number, problem);
                    });
            entries.add(new Entry(number, unit, liaison));
        }
        return entries;
    }

    /** Reads a list and compares it with the liaisons of the catalogue's units; nothing is stored. */
    public Preview check(Path file, UnitRepository units) {
        List<Entry> entries = read(file);
        UnitMatching matching = units.matching();
        Map<UUID, UnitLiaison> held = units.liaisons();
        Map<UUID, Entry> named = new HashMap<>();
        List<Change> changes = new ArrayList<>();
        List<Entry> unknown = new ArrayList<>();
        List<Entry> repeated = new ArrayList<>();
        int unchanged = 0;
        for (Entry entry : entries) {
            Optional<Unit> unit = matching.lookup(entry.unitName(), 0).unit();
            if (unit.isEmpty()) {
                unknown.add(entry);
                continue;
            }
            if (named.putIfAbsent(unit.get().id(), entry) != null) {
                // a unit's second person (its 分管领导 under its 联络员, say): the first row names its liaison
                repeated.add(entry);
                continue;
            }
            UnitLiaison before = held.getOrDefault(unit.get().id(), UnitLiaison.NONE);
            if (before.equals(entry.liaison())) {
                unchanged++;
            } else {
                changes.add(new Change(entry.row(), unit.get(), before, entry.liaison()));
            }
        }
        return new Preview(file, List.copyOf(changes), unchanged, List.copyOf(unknown), List.copyOf(repeated));
    }

    /**
     * Stores a checked list's liaisons: a backup first, then one transaction, each change audited; refused, with
     * nothing stored, if a unit's liaison is no longer the one the preview compared with.
     */
    public Imported apply(Preview preview, UnitRepository units) {
        if (!preview.changesAnything()) {
            return new Imported(Optional.empty(), 0);
        }
        Optional<Path> backup = Backups.beforeImport(database);
        units.setLiaisons(preview.changes().stream().map(change -> new UnitRepository.LiaisonChange(
                change.unit().id(), change.before(), change.after())).toList());
        return new Imported(backup, preview.changes().size());
    }

    /** Writes the 联络员名单 of the catalogue's region ({@link #write}); returns how many units have a liaison. */
    public int export(UnitRepository units, Path file) {
        UUID regionId = units.regionId();
        String region = new org.kesudesk.store.RegionRepository(database).all().stream()
                .filter(candidate -> candidate.id().equals(regionId)).map(org.kesudesk.model.Region::name)
                .findFirst().orElse("");
        return write(Messages.get("unit.liaisonList.title", region), units.all(), units.liaisons(), file);
    }

    /**
     * Writes the catalogue's 联络员名单 (序号, 单位, 联络员, 联系电话; every unit in precedence order, one without a
     * liaison with its cells empty to fill in): the list the office hands its members, and reads back as one. Every
     * cell is text (a leading = + - @ never becomes a formula); the file is moved into place only when complete.
     *
     * @return how many units have a liaison
     */
    public static int write(String title, List<Unit> units, Map<UUID, UnitLiaison> liaisons, Path file) {
        List<String[]> rows = new ArrayList<>();
        int known = 0;
        for (int i = 0; i < units.size(); i++) {
            UnitLiaison liaison = liaisons.getOrDefault(units.get(i).id(), UnitLiaison.NONE);
            known += liaison.isNone() ? 0 : 1;
            rows.add(new String[]{String.valueOf(i + 1), units.get(i).name(), liaison.person(), liaison.phone()});
        }
        OfficeLists.table(Messages.get("unit.liaisonList.sheet"), title, Messages.get("unit.liaisonList.columns").split("\\|"),
                new int[]{6, 30, 16, 30}, rows, file);
        return known;
    }

    /**
     * Writes a round's 催办名单: each unit to chase (in the order the plan names them) with how many of its tasks are
     * to be chased and how many it has not reported on, whom to call there, and how often and when it was chased in
     * the round already (the last chase's answer and promise with it) — the list a clerk phones down, noting answers
     * in its last column; a promise let pass while the unit still has tasks unreported is said so (as of the day).
     */
    public static void writeChaseList(String title, List<org.kesudesk.logic.progress.Supervision.ToChase> units,
                                      Map<UUID, UnitLiaison> liaisons,
                                      Map<UUID, List<org.kesudesk.model.ChaseRecord>> chases, java.time.LocalDate day,
                                      Path file) {
        writeChaseList(title, units, liaisons, chases, List.of(), Map.of(), day, file);
    }

    /**
     * The 催办名单 with, under the units, the counties' offices to chase (富裕县纲要办: the city's tasks they are behind
     * on in their own plans, their chases; no liaison kept for them), read back as chases of the counties.
     */
    public static void writeChaseList(String title, List<org.kesudesk.logic.progress.Supervision.ToChase> units,
                                      Map<UUID, UnitLiaison> liaisons,
                                      Map<UUID, List<org.kesudesk.model.ChaseRecord>> chases,
                                      List<org.kesudesk.logic.progress.Supervision.CountyToChase> counties,
                                      Map<UUID, List<org.kesudesk.model.ChaseRecord>> countyChases,
                                      java.time.LocalDate day, Path file) {
        List<String[]> rows = new ArrayList<>();
        for (org.kesudesk.logic.progress.Supervision.ToChase unit : units) {
            UnitLiaison liaison = liaisons.getOrDefault(unit.unit().id(), UnitLiaison.NONE);
            rows.add(chaseRow(rows.size() + 1, unit.unit().name(), unit.tasks(), unit.unreported(), liaison,
                    chases.getOrDefault(unit.unit().id(), List.of()), day));
        }
        for (org.kesudesk.logic.progress.Supervision.CountyToChase county : counties) {
            rows.add(chaseRow(rows.size() + 1, org.kesudesk.logic.progress.Chases.countyOffice(county.county()),
                    county.tasks(), county.unreported(), UnitLiaison.NONE,
                    countyChases.getOrDefault(county.county().id(), List.of()), day));
        }
        OfficeLists.table(Messages.get("progress.chaseList.sheet"), title, Messages.get("progress.chaseList.columns")
                .split("\\|"), new int[]{6, 30, 12, 12, 14, 26, 10, 40, 30}, rows, file);
    }

    private static String[] chaseRow(int number, String name, int tasks, int unreported, UnitLiaison liaison,
                                     List<org.kesudesk.model.ChaseRecord> earlier, java.time.LocalDate day) {
        return new String[]{String.valueOf(number), name, String.valueOf(tasks), String.valueOf(unreported),
                liaison.person(), liaison.phone(), earlier.isEmpty() ? "" : String.valueOf(earlier.size()),
                earlier.isEmpty() ? "" : org.kesudesk.logic.progress.Chases.line(earlier.get(earlier.size() - 1))
                        + org.kesudesk.logic.progress.Chases.promiseMissed(earlier, unreported == 0, day)
                        .map(org.kesudesk.logic.progress.Chases::promiseMissedNote).orElse(""),
                ""};
    }

    /** Lines and names a preview lists before it says how many more there are. */
    private static final int LISTED = 30;

    /** The preview in words: what changes, what is as held, and the rows left out, each named by its row. */
    public static String described(Preview preview) {
        StringBuilder text = new StringBuilder(Messages.get("unit.liaisonList.preview",
                preview.file().getFileName(), preview.changes().size(), preview.unchanged()));
        List<String> changed = preview.changes().stream().map(change -> Messages.get("unit.liaisonList.change",
                change.row(), change.unit().name(),
                change.before().isNone() ? Messages.get("unit.liaisonList.none") : change.before().shown(),
                change.after().shown())).toList();
        changed.stream().limit(LISTED).forEach(line -> text.append('\n').append(line));
        if (changed.size() > LISTED) {
            text.append('\n').append(Messages.get("content.error.more", changed.size() - LISTED));
        }
        if (!preview.unknown().isEmpty()) {
            text.append('\n').append(Messages.get("unit.liaisonList.unknown", preview.unknown().size(),
                    rows(preview.unknown())));
        }
        if (!preview.repeated().isEmpty()) {
            text.append('\n').append(Messages.get("unit.liaisonList.repeated", rows(preview.repeated())));
        }
        return text.toString();
    }

    private static String rows(List<Entry> entries) {
        String listed = String.join("、", entries.stream().limit(LISTED).map(entry -> Messages.get(
                "unit.liaisonList.rowUnit", entry.row(), ContentMessages.shown(entry.unitName()))).toList());
        return entries.size() > LISTED ? listed + "……" : listed;
    }
}
