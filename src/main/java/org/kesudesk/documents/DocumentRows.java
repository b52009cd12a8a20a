package org.kesudesk.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kesudesk.l10n.Messages;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Role;
import org.kesudesk.model.Unit;

/**
 * The rows the templates print, made from the plan: one per paragraph (or element) of the notice and the unit
 * lists, one per line of the division table. Text is Chinese as the document prints it; the templates only place
 * and style it.
 */
final class DocumentRows {

    /** Characters of 3号 on a line of the 156 mm 版心 (the grid font sets them 15.75 pt apart, as Word's grid does). */
    static final int CHARS_PER_LINE = 28;
    private static final char FULL_WIDTH_SPACE = '\u3000';

    private DocumentRows() {
    }

    /**
     * The notice below its 版头, as lines ({@link GridLines}): its blocks ({@link NoticeContent}) set on the grid —
     * title, 主送, its text, 署名 and date; then, from a new page, the plan, every paragraph of it.
     */
    static List<Map<String, ?>> notice(PlanDocument plan, NoticeHeader header, List<String> attachments) {
        return rows(NoticeContent.of(plan, header, attachments), titleNames(plan, header));
    }

    /** Blocks of a notice ({@link NoticeContent}) set as lines on the grid; titles never break inside the names. */
    static List<Map<String, ?>> rows(List<NoticeContent.Block> blocks, List<String> names) {
        return rows(blocks, names, false);
    }

    /**
     * Blocks of a notice set as lines, the 空一行 of its sign-off made smaller with {@code tightSignOff}
     * ({@link GridLines#GridLines(boolean)}).
     */
    static List<Map<String, ?>> rows(List<NoticeContent.Block> blocks, List<String> names, boolean tightSignOff) {
        GridLines lines = new GridLines(tightSignOff);
        for (NoticeContent.Block block : blocks) {
            switch (block.kind()) {
                case BLANK -> lines.blank();
                case PAGE_BREAK -> lines.pageBreak();
                case LETTERHEAD -> lines.letterhead(block.text());
                case TITLE -> lines.title(block.text(), names);
                case ADDRESSEES -> lines.paragraph(block.text(), DocumentFonts.FANGSONG, false, false);
                case BODY -> lines.paragraph(block.text(), DocumentFonts.FANGSONG, true, false);
                case ATTACHMENT -> lines.attachmentNote(block.text());
                case ANNOTATION -> lines.annotation(block.text());
                case RUN_IN -> lines.runInParagraph(block.text());
                case HEADING_1 -> lines.paragraph(block.text(), DocumentFonts.HEITI, true, true);
                case HEADING_2 -> lines.paragraph(block.text(), DocumentFonts.KAITI, true, true);
                case SIGN_OFF -> lines.signOff(block.text().lines().map(line -> indent(block.firstIndent()) + line)
                        .toList(), block.second().isBlank() ? "" : indent(block.secondIndent()) + block.second());
                default -> throw new IllegalStateException(block.kind().name());
            }
        }
        return lines.rows();
    }

    /** Names a title never breaks inside: the issuer, and every unit of the plan. */
    static List<String> titleNames(PlanDocument plan, NoticeHeader header) {
        List<String> names = new ArrayList<>();
        names.add(plan.plan().issuer());
        names.add(header.signature());
        // the places they start with, kept whole where the names are too long for a line to keep them so
        for (String organ : org.kesudesk.model.IssuingOrgans.of(plan.plan().issuer() + "\u3000" + header.signature())) {
            names.addAll(org.kesudesk.model.IssuingOrgans.placesAtStart(organ));
        }
        unitsOf(plan).forEach(unit -> names.add(unit.name()));
        return names;
    }

    /** 小四 (12 pt), the size of the division table's cells. */
    static final float CELL_SIZE = 12f;
    /**
     * How far a line of unit names may run into its cell's right padding (the template gives the unit columns none
     * there): a 、 ending the line hangs in it rather than the name before it being split.
     */
    static final float HANGING = 4f;
    /** The 序号 column's width in points, and the padding of a cell, 4 pt on each side. */
    static final float NUMBER_COLUMN = 36;
    static final float CELL_PADDING = 8;
    /** Points of text in the table's cells (the columns less 4 pt of padding on each side). */
    static final float TASK_CELL = 160 - 8;
    static final float LEAD_CELL = 90 - 8;
    static final float RESPONSIBLE_CELL = 156 - 8;
    /** The task and responsible columns beside a 完成时限 column, and that column ({@link #timed}). */
    static final float TIMED_TASK_CELL = 132 - 8;
    static final float TIMED_RESPONSIBLE_CELL = 110 - 8;
    static final float TIME_CELL = 74 - 8;

    /** The text widths of the task and responsible columns of a table, with or without a 完成时限 column. */
    record Columns(float task, float responsible) {
        static final Columns PLAIN = new Columns(TASK_CELL, RESPONSIBLE_CELL);
        static final Columns TIMED = new Columns(TIMED_TASK_CELL, TIMED_RESPONSIBLE_CELL);
    }

    /**
     * Whether a division table of the plan has a 完成时限 column: where at least half its task rows have a time — a
     * column blank but for a row or two is one a clerk takes out again. A time in a table without the column is
     * written after its task's or item's name ({@link #titled}).
     */
    static boolean timed(PlanDocument plan, Map<java.util.UUID, String> times) {
        if (times.isEmpty()) {
            return false;
        }
        List<TaskRow> rows = taskRows(plan, times);
        long timedRows = rows.stream().filter(row -> row.time() != null).count();
        return timedRows > 0 && timedRows * 2 >= rows.size();
    }

    /**
     * A task's or item's name as its 分工表 cell shows it: with its time after it — 加强学校科学教育（完成时限：每年年底前）
     * — where the table has no 完成时限 column ({@link #timed}) and it has one.
     */
    static String titled(String name, String time, boolean timed) {
        return timed || time == null ? name : name + Messages.get("documents.unitList.time", time);
    }

    /**
     * The division table: a row per task (and sub-task), the section's and the action's or project's row above the
     * first task under them, so that a group row is never left at the foot of a page; cells broken into lines here
     * ({@link #cellLines}, {@link #unitLines}).
     */
    static List<Map<String, ?>> division(PlanDocument plan) {
        return division(plan, Map.of());
    }

    /**
     * The division table with a 完成时限 column where the plan's items or tasks have one ({@link #timed}): each row's
     * in words, by node id; a task that has none is blank there.
     */
    static List<Map<String, ?>> division(PlanDocument plan, Map<java.util.UUID, String> times) {
        boolean timed = timed(plan, times);
        boolean leadsPerTask = leadsPerTask(plan);
        Columns columns = timed ? Columns.TIMED : Columns.PLAIN;
        List<Unit> everyTask = unitsOfEveryTask(plan);
        List<Map<String, ?>> rows = new ArrayList<>();
        int number = 0;
        for (PlanNode section : plan.sections()) {
            Map<String, Object> above = new HashMap<>();
            above.put("section", displayName(section));
            for (PlanNode item : section.children()) {
                List<Unit> leads = item.unitsIn(Role.LEAD);
                java.util.Optional<PlanNode> own = ownTask(item);
                if (own.isPresent()) {
                    // an item that is its own task: one row, its 牵头 units and the others who carry it out
                    number++;
                    rows.add(taskRow(above, String.valueOf(number),
                            titled(displayName(item), ownTaskTime(item, own.get(), times), timed),
                            unitLines(ownTaskLeads(item, own.get()), LEAD_CELL, DocumentFonts.FANGSONG),
                            listed(othersThanLeads(item, own.get()), everyTask), columns,
                            timeCell(ownTaskTime(item, own.get(), times))));
                    above.clear();
                    continue;
                }
                if (hasItemRow(section, item)) {
                    above.put("item", cellLines(titled(displayName(item), times.get(item.id()), timed), columns.task(),
                            DocumentFonts.KAITI));
                    above.put("itemLead", unitLines(leads, LEAD_CELL, DocumentFonts.KAITI));
                    above.put("itemTime", timeCell(times.get(item.id())));
                }
                String lead = unitLines(leads, LEAD_CELL, DocumentFonts.FANGSONG);
                for (PlanNode task : item.children()) {
                    number++;
                    String taskLead = leadCell(task, lead, leadsPerTask);
                    rows.add(taskRow(above, String.valueOf(number),
                            titled(displayName(task), times.get(task.id()), timed), taskLead,
                            listed(task.unitsIn(Role.RESPONSIBLE), everyTask), columns,
                            timeCell(times.get(task.id()))));
                    above.clear();
                    for (PlanNode subtask : task.children()) {
                        rows.add(taskRow(above, "", "\u3000" + titled(displayName(subtask), times.get(subtask.id()),
                                timed), leadCell(subtask, taskLead, leadsPerTask),
                                listed(subtask.unitsIn(Role.RESPONSIBLE), everyTask), columns,
                                timeCell(times.get(subtask.id()))));
                    }
                }
                if (!above.isEmpty()) {
                    rows.add(new HashMap<>(above));
                    above.clear();
                }
            }
            if (!above.isEmpty()) {
                rows.add(new HashMap<>(above));
            }
        }
        if (!everyTask.isEmpty() && !rows.isEmpty()) {
            // under the last row, in its band: the note never stands alone at the top of a page
            Map<String, Object> last = new HashMap<>(rows.get(rows.size() - 1));
            last.put("note", cellLines(everyTaskNote(everyTask), 442 - 8, DocumentFonts.FANGSONG));
            rows.set(rows.size() - 1, last);
        }
        return rows;
    }

    /** The fewest task rows a table has for a note to name the units of every task instead of each row. */
    private static final int EVERY_TASK_ROWS = 2;

    /**
     * The collectives (各县（市、区）人民政府, 各乡镇人民政府) that carry out every task of the plan, which the 分工表 names
     * once in a note under it (注：各项任务均需…负责落实，表中不再列出。) rather than on every row — as offices issue such
     * tables, and as a plan read from one has them on every task. Only collectives: a department on every task is
     * named on every row. None unless the table has {@value #EVERY_TASK_ROWS} task rows or more.
     */
    static List<Unit> unitsOfEveryTask(PlanDocument plan) {
        List<TaskRow> rows = taskRows(plan, Map.of());
        if (rows.size() < EVERY_TASK_ROWS) {
            return List.of();
        }
        List<Unit> common = new ArrayList<>(rows.get(0).carriers().stream().filter(Unit::isCollective).toList());
        for (TaskRow row : rows) {
            common.removeIf(unit -> row.carriers().stream().noneMatch(other -> other.id().equals(unit.id())));
        }
        return List.copyOf(common);
    }

    /**
     * A task row of the 分工表: who carries it out besides its leads, and its time in words (null for none).
     */
    private record TaskRow(List<Unit> carriers, String time) {
    }

    /** The 分工表's task rows, in order: a task's, or an item's that is its own task (one row, as printed). */
    private static List<TaskRow> taskRows(PlanDocument plan, Map<java.util.UUID, String> times) {
        List<TaskRow> rows = new ArrayList<>();
        for (PlanNode section : plan.sections()) {
            for (PlanNode item : section.children()) {
                java.util.Optional<PlanNode> own = ownTask(item);
                if (own.isPresent()) {
                    rows.add(new TaskRow(othersThanLeads(item, own.get()), ownTaskTime(item, own.get(), times)));
                    continue;
                }
                item.children().forEach(task -> rows.add(new TaskRow(task.unitsIn(Role.RESPONSIBLE),
                        times.get(task.id()))));
            }
        }
        return rows;
    }

    /** A row's units without those the note under the table names ({@link #unitsOfEveryTask}). */
    static List<Unit> listed(List<Unit> units, List<Unit> everyTask) {
        return everyTask.isEmpty() ? units : units.stream()
                .filter(unit -> everyTask.stream().noneMatch(other -> other.id().equals(unit.id()))).toList();
    }

    /** The note under the 分工表 naming the units of every task ({@link #unitsOfEveryTask}). */
    static String everyTaskNote(List<Unit> everyTask) {
        return Messages.get("documents.division.everyTaskNote",
                String.join("、", everyTask.stream().map(Unit::name).toList()));
    }

    /**
     * The task an item is itself ({@link PlanNode#ownTask}) when documents print the two as one: the item says
     * nothing of its own besides.
     */
    static java.util.Optional<PlanNode> ownTask(PlanNode item) {
        return item.text().isBlank() ? item.ownTask() : java.util.Optional.empty();
    }

    /**
     * Whether an action or project has a row of its own in the 分工表 over its tasks' rows: the item a section is
     * itself ({@link PlanNode#ownItem}) has one only to name its 牵头 units (the section's row names it already).
     */
    static boolean hasItemRow(PlanNode section, PlanNode item) {
        return !section.isOwnItem(item) || !item.unitsIn(Role.LEAD).isEmpty();
    }

    /**
     * Whether some task or sub-task of the plan names lead units of its own (as a work plan, or a plan closing each
     * task with 牵头单位：…, writes them), an item that is its own task aside: then the 分工表's 牵头单位 column names
     * each task's own ({@link #rowLeads}).
     */
    static boolean leadsPerTask(PlanDocument plan) {
        return plan.items().stream().filter(item -> ownTask(item).isEmpty())
                .flatMap(item -> item.children().stream())
                .anyMatch(task -> !task.leadUnits().isEmpty()
                        || task.children().stream().anyMatch(subtask -> !subtask.leadUnits().isEmpty()));
    }

    /**
     * The 牵头单位 a 分工表 row of a task or sub-task names: in a plan whose tasks name their own ({@link
     * #leadsPerTask}), the task's own, none if it has none — as its paragraph in the notice says, and so that a task
     * led by its item's leads reads back from the table as one that names them; else those of the node above it, the
     * item's for a task (a column repeating them on every row).
     */
    static List<Unit> rowLeads(PlanNode task, List<Unit> above, boolean leadsPerTask) {
        List<Unit> own = task.leadUnits();
        return own.isEmpty() && !leadsPerTask ? above : own;
    }

    /** A task row's 牵头单位 cell in lines ({@link #rowLeads}). */
    private static String leadCell(PlanNode task, String above, boolean leadsPerTask) {
        List<Unit> own = rowLeads(task, List.of(), leadsPerTask);
        return own.isEmpty() ? leadsPerTask ? "" : above : unitLines(own, LEAD_CELL, DocumentFonts.FANGSONG);
    }

    /**
     * Who leads an item that is its own task, as its one paragraph or row names them: the item's 牵头 units and any
     * its task was given to lead besides (in the editor), each once.
     */
    static List<Unit> ownTaskLeads(PlanNode item, PlanNode task) {
        List<Unit> leads = new ArrayList<>(item.leadUnits());
        task.leadUnits().stream().filter(unit -> !leads.contains(unit)).forEach(leads::add);
        return leads;
    }

    /** Who carries out an item that is its own task besides its leads ({@link #ownTaskLeads}). */
    static List<Unit> othersThanLeads(PlanNode item, PlanNode task) {
        List<Unit> leads = ownTaskLeads(item, task);
        return task.carriedOutBy().stream().filter(unit -> !leads.contains(unit)).toList();
    }

    /**
     * The 完成时限 of an item that is its own task, printed as one row or entry: the item's, else its task's; null for
     * none.
     */
    static String ownTaskTime(PlanNode item, PlanNode task, Map<UUID, String> times) {
        return times.getOrDefault(item.id(), times.get(task.id()));
    }

    /** A 完成时限 cell in lines, or blank; a date too long for a line broken after its year (2024年 / 6月底前). */
    private static String timeCell(String time) {
        if (time == null) {
            return "";
        }
        String lines = cellLines(time, TIME_CELL, DocumentFonts.FANGSONG);
        int year = time.indexOf('年');
        return lines.indexOf('\n') >= 0 && year > 0 && year < time.length() - 1
                && time.substring(0, year).chars().allMatch(Character::isDigit)
                ? time.substring(0, year + 1) + "\n" + cellLines(time.substring(year + 1), TIME_CELL,
                        DocumentFonts.FANGSONG)
                : lines;
    }

    private static Map<String, ?> taskRow(Map<String, Object> above, String number, String task, String lead,
                                          List<Unit> responsible, Columns columns, String time) {
        Map<String, Object> row = new HashMap<>(above);
        row.put("number", number);
        row.put("time", time);
        row.put("task", cellLines(task, columns.task(), DocumentFonts.FANGSONG));
        row.put("lead", lead);
        row.put("responsible", unitLines(responsible, columns.responsible(), DocumentFonts.FANGSONG));
        return row;
    }

    /** Widths in points of a table of figures' cells in the 通报's 附件 (bulletin.jrxml): a name, then seven. */
    static final float[] FIGURE_WIDTHS = {134, 44, 44, 44, 44, 44, 44, 44};
    /**
     * Widths of the indicators' cells: the wording, target, its year, the latest value, its year, attainment, source.
     */
    static final float[] INDICATOR_WIDTHS = {134, 64, 40, 64, 40, 44, 56};
    /** Widths of the late tasks' cells: 序号, task, unit, deadline, light. */
    static final float[] LATE_WIDTHS = {36, 190, 100, 66, 50};

    /** The widths of a table's cells in the 通报's 附件, by its layout (bulletin.jrxml; the Word file the same). */
    static float[] widths(Bulletin.Layout layout) {
        return switch (layout) {
            case FIGURES -> FIGURE_WIDTHS;
            case INDICATORS -> INDICATOR_WIDTHS;
            case LATE_TASKS -> LATE_WIDTHS;
        };
    }

    /**
     * The 通报's 附件 (bulletin.jrxml): each table's rows, each carrying the table's number, caption and header
     * cells, then a note under it if it has one; each chart a row of its own. Cell text broken into lines here.
     */
    static List<Map<String, ?>> bulletin(Bulletin bulletin) {
        List<Map<String, ?>> rows = new ArrayList<>();
        int number = 0;
        for (Bulletin.Table table : bulletin.tables()) {
            String id = String.valueOf(number++);
            float[] widths = widths(table.layout());
            String layout = table.layout() == Bulletin.Layout.LATE_TASKS ? "LATE" : table.layout().name();
            Map<String, Object> head = new HashMap<>();
            head.put("table", id);
            head.put("caption", table.caption());
            head.put("layout", layout);
            for (int i = 0; i < table.header().size(); i++) {
                head.put("h" + i, cellLines(table.header().get(i), widths[i] - 8, DocumentFonts.HEITI));
            }
            for (List<String> cells : table.rows()) {
                Map<String, Object> row = new HashMap<>(head);
                row.put("kind", "ROW");
                for (int i = 0; i < cells.size(); i++) {
                    row.put("c" + i, cellLines(cells.get(i), widths[i] - 8, DocumentFonts.FANGSONG));
                }
                rows.add(row);
            }
            if (!table.note().isBlank() || table.rows().isEmpty()) {
                Map<String, Object> note = new HashMap<>(head);
                note.put("kind", "NOTE");
                note.put("note", cellLines(table.rows().isEmpty() ? Messages.get("documents.bulletin.noRows")
                        : table.note(), 442, DocumentFonts.FANGSONG));
                rows.add(note);
            }
        }
        for (Bulletin.Chart chart : bulletin.charts()) {
            Map<String, Object> row = new HashMap<>();
            row.put("table", String.valueOf(number++));
            row.put("caption", chart.caption());
            row.put("kind", "CHART");
            row.put("chart", new BulletinCharts.Renderer(chart));
            row.put("chartHeight", BulletinCharts.height(chart));
            rows.add(row);
        }
        return rows;
    }

    /** Points of text in the 督办单's value column (346 pt less 6 pt of padding each side), at 4号 (14 pt). */
    static final float FORM_VALUE = 346 - 12;
    /** 4号, the size of the 督办单's text. */
    static final float FORM_SIZE = 14f;
    /**
     * The sizes its values are set in, largest first, the line pitch in proportion (22 pt at 4号): 4号 down to 11 pt
     * (whole points: the PDF is written in whole points) — a form that does not fit its page at one is set at the next
     * (supervision-form.jrxml has a band for each).
     */
    static final float[] FORM_SIZES = {FORM_SIZE, 13f, 12f, 11f};
    /** What the form's rows may take of its page: the page's 675 pt less the title's band (96) and 办理结果's (120). */
    static final float FORM_ROOM = 842 - 102 - 65 - 96 - 120;

    /**
     * A form's values broken into lines at the size they fit one page in ({@link #FORM_SIZES}): each row as tall as
     * its lines at the size's pitch and its 8 pt of padding, at least 36 pt; the smallest where none fits (it goes on
     * over the page).
     */
    record FittedForm(float size, List<String> values) {
    }

    /** The size a form's values fit one page in, as {@link #fitted} finds it. */
    static float formSize(List<String[]> form) {
        return fitted(form).size();
    }

    static FittedForm fitted(List<String[]> form) {
        List<String> values = List.of();
        for (float size : FORM_SIZES) {
            values = form.stream().map(row -> formValue(row[1], size)).toList();
            float height = 0;
            for (int r = 0; r < form.size() - 1; r++) {
                int lines = values.get(r).split("\n", -1).length;
                height += Math.max(36, lines * size * 22 / FORM_SIZE + 8);
            }
            if (height <= FORM_ROOM) {
                return new FittedForm(size, values);
            }
        }
        return new FittedForm(FORM_SIZES[FORM_SIZES.length - 1], values);
    }

    /** A form's value broken into lines of the value column at the size. */
    private static String formValue(String value, float size) {
        // the breaker measures at 小四, so the width is scaled to it
        return value.isEmpty() ? "" : String.join("\n", value.lines()
                .map(line -> cellLines(line, FORM_VALUE * CELL_SIZE / size, DocumentFonts.FANGSONG)).toList());
    }

    /**
     * The 督办单 (supervision-form.jrxml): for each letter its rows, each carrying the unit (a page each), the form's
     * title and number; the values broken into lines of the value column ({@link NoticeContent#supervisionForm}).
     */
    static List<Map<String, ?>> supervisionForms(List<SupervisionLetter> letters, NoticeHeader header) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (int i = 0; i < letters.size(); i++) {
            SupervisionLetter letter = letters.get(i);
            List<String[]> form = NoticeContent.supervisionForm(letter, header);
            FittedForm fitted = fitted(form);
            for (int r = 0; r < form.size(); r++) {
                Map<String, Object> row = new HashMap<>();
                // the unit's place too: two letters to one name (never, in practice) stay two pages
                row.put("unit", i + "/" + letter.unit());
                row.put("formTitle", Messages.get("documents.supervisionForm.title"));
                row.put("docNumber", header.docNumber().isBlank() ? ""
                        : Messages.get("documents.supervisionForm.number", header.docNumber()));
                row.put("label", form.get(r)[0]);
                row.put("value", fitted.values().get(r));
                row.put("size", String.valueOf((int) fitted.size()));
                row.put("tall", r == form.size() - 1);
                rows.add(row);
            }
        }
        return rows;
    }

    /** A cell's text as lines for its width, by the Chinese line-breaking rules. */
    static String cellLines(String text, float width, DocumentFonts font) {
        return String.join("\n", breaker(font).cellLines(text, width / font.advance('中', CELL_SIZE)));
    }

    /** The line breaker of a cell's text in the font, at 小四: widths in its Chinese characters. */
    private static LineBreaker breaker(DocumentFonts font) {
        float cell = font.advance('中', CELL_SIZE);
        return new LineBreaker(c -> font.advance(c, CELL_SIZE) / cell);
    }

    /**
     * Unit names as lines for a cell, joined by 、 and broken only after one: a name is never split (a name wider
     * than the cell is broken by its characters, with the line-breaking rules).
     */
    static String unitLines(List<Unit> units, float width, DocumentFonts font) {
        // a name wider than the cell broken by its characters: its lines full, joined again by any reader
        return String.join("\n", packed(separated(units), width, font, CELL_SIZE, HANGING).stream()
                .map(line -> fits(line, width, font, CELL_SIZE, HANGING) ? line : String.join("\n",
                        breaker(font).characterLines(line, width / font.advance('中', CELL_SIZE))))
                .toList());
    }

    /**
     * Unit names as lines for a word processor's cell: as {@link #unitLines}, but a name wider than the cell stays
     * whole on its line for the word processor to wrap — a break of the app's inside a name would be read back
     * from the Word file as two names.
     */
    static String unitLinesBetweenNames(List<Unit> units, float width, DocumentFonts font) {
        return String.join("\n", packed(separated(units), width, font, CELL_SIZE, HANGING));
    }

    /** Each unit's name with the 、 that follows it, but the last. */
    private static List<String> separated(List<Unit> units) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            names.add(units.get(i).name() + (i < units.size() - 1 ? "、" : ""));
        }
        return names;
    }

    /**
     * Names (each with its separator) put on lines of the width, as many to a line as fit, none split: a name wider
     * than a line has a line to itself.
     */
    static List<String> packed(List<String> names, float width, DocumentFonts font, float size) {
        return packed(names, width, font, size, 0);
    }

    /**
     * Names put on lines as {@link #packed(List, float, DocumentFonts, float)} does, a 、 ending a line allowed to
     * hang past the width by as much as {@code hang} (a six-character name and its 、 in a 90 pt column).
     */
    static List<String> packed(List<String> names, float width, DocumentFonts font, float size, float hang) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String name : names) {
            if (!line.isEmpty() && !fits(line + name, width, font, size, hang)) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(name);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * Whether a line fits the width: as it is, or with the 、 that ends it hanging past the width by at most
     * {@code hang} — as Word lets a line's last punctuation mark hang rather than move the word before it down.
     */
    private static boolean fits(String line, float width, DocumentFonts font, float size, float hang) {
        if (font.advance(line, size) <= width) {
            return true;
        }
        return hang > 0 && line.endsWith("、") && font.advance(line.substring(0, line.length() - 1), size) <= width
                && font.advance(line, size) <= width + hang;
    }

    /** Cells of an entry's text in a unit list: the 版心 less the number's column (72 pt). */
    static final double ENTRY_CELLS = Math.floor((442 - 72) / GridLines.CELL);

    /**
     * The unit lists: for each unit (in the catalogue's precedence) the actions and projects it leads and the tasks
     * it is responsible for, numbered once (the entry's own 1. or （一） is left out: the list numbers them), each
     * entry's lines hanging under its text and kept on one page; only the named unit if one is given.
     */
    static List<Map<String, ?>> unitLists(PlanDocument plan, List<Unit> units, Map<UUID, String> times) {
        List<Map<String, ?>> rows = new ArrayList<>();
        GridLines lines = new GridLines();
        List<String> names = titleNames(plan, NoticeHeader.of(plan.plan()));
        for (Unit unit : units) {
            UnitEntries entries = entriesOf(plan, unit, times);
            lines.paragraph(Messages.get("documents.unitList.leads", entries.leads().size()), DocumentFonts.HEITI,
                    true, true);
            listed(lines, entries.leads());
            lines.paragraph(Messages.get("documents.unitList.tasks", entries.tasks().size()), DocumentFonts.HEITI,
                    true, true);
            listed(lines, entries.tasks());
            String title = String.join("\n", new TitleBreaker(c -> DocumentFonts.XIAOBIAOSONG.advance(c,
                    DocumentFonts.TITLE_SIZE) / DocumentFonts.TITLE_SIZE).lines(
                    Messages.get("documents.unitList.title", unit.name()), GridLines.TITLE_CELLS, names));
            for (Map<String, ?> row : lines.takeRows("unit", unit.name())) {
                @SuppressWarnings("unchecked")
                Map<String, Object> titled = (Map<String, Object>) row;
                titled.put("unitTitle", title);
                rows.add(titled);
            }
        }
        return rows;
    }

    /** A unit's list: the actions and projects it leads, the tasks it is responsible for (with what they are under). */
    record UnitEntries(List<String> leads, List<String> tasks) {
    }

    /** What the unit leads and carries out, in the plan's order. */
    static UnitEntries entriesOf(PlanDocument plan, Unit unit) {
        return entriesOf(plan, unit, Map.of());
    }

    /**
     * What the unit leads and carries out, in the plan's order, each with its 完成时限 where it has one.
     *
     * @param times each item's and task's 完成时限 in words, by node id
     */
    static UnitEntries entriesOf(PlanDocument plan, Unit unit, Map<UUID, String> times) {
        List<String> leads = new ArrayList<>();
        List<String> tasks = new ArrayList<>();
        for (PlanNode section : plan.sections()) {
            for (PlanNode item : section.children()) {
                if (has(item, unit, Role.LEAD)) {
                    leads.add(item.title() + timeOf(times.get(item.id())));
                }
                collectTasks(section.itemHeading(item), item, item, unit, tasks, times);
            }
        }
        return new UnitEntries(List.copyOf(leads), List.copyOf(tasks));
    }

    /** （完成时限：2025年底前） after an entry, or nothing. */
    private static String timeOf(String time) {
        return time == null ? "" : Messages.get("documents.unitList.time", time);
    }

    /** The plan's title under a unit list's, in 3号楷体, broken between words. */
    static String subtitle(PlanDocument plan) {
        float cell = DocumentFonts.KAITI.advance('中', DocumentFonts.TEXT_SIZE);
        return String.join("\n", new TitleBreaker(c -> DocumentFonts.KAITI.advance(c, DocumentFonts.TEXT_SIZE) / cell)
                .lines(plan.plan().planTitle(), Math.floor(442 / cell), titleNames(plan, NoticeHeader.of(plan.plan()))));
    }

    private static void collectTasks(String itemHeading, PlanNode item, PlanNode parent, Unit unit,
                                     List<String> tasks, Map<UUID, String> times) {
        for (PlanNode task : parent.children()) {
            boolean leads = has(task, unit, Role.LEAD);
            if (leads || has(task, unit, Role.RESPONSIBLE)) {
                // an item that is its own task is not said to be under itself; a task the unit leads says so
                boolean itself = ownTask(item).filter(own -> own == task).isPresent();
                String title = leads ? task.title() + Messages.get("documents.unitList.leading") : task.title();
                String time = itself ? timeOf(ownTaskTime(item, task, times)) : timeOf(times.get(task.id()));
                tasks.add((itself ? title : title + Messages.get("documents.unitList.under", itemHeading)) + time);
            }
            collectTasks(itemHeading, item, task, unit, tasks, times);
        }
    }

    private static void listed(GridLines lines, List<String> entries) {
        if (entries.isEmpty()) {
            lines.paragraph(Messages.get("documents.unitList.none"), DocumentFonts.FANGSONG, true, false);
        }
        for (int i = 0; i < entries.size(); i++) {
            lines.entry((i + 1) + "．", entries.get(i), DocumentFonts.FANGSONG, ENTRY_CELLS);
        }
    }

    /** Every unit the plan names, in the catalogue's precedence. */
    static List<Unit> unitsOf(PlanDocument plan) {
        Map<UUID, Unit> units = new LinkedHashMap<>();
        for (PlanNode section : plan.sections()) {
            collectUnits(section, units);
        }
        return units.values().stream().sorted(Comparator.comparingInt(Unit::precedence)).toList();
    }

    private static void collectUnits(PlanNode node, Map<UUID, Unit> units) {
        node.assignments().forEach(a -> units.putIfAbsent(a.unit().id(), a.unit()));
        node.children().forEach(child -> collectUnits(child, units));
    }

    /** 4号, the size of the 版记. */
    static final float COLOPHON_SIZE = 14f;
    /** Points of a 版记 line: the 版心 less one character of 4号 on each side. */
    static final float COLOPHON_LINE = 442 - 2 * COLOPHON_SIZE;

    /**
     * 抄送 as lines of the 版记 (without "抄送："): broken only after a separator, so that no name is split; a
     * line after the first starts under the first name (it hangs after "抄送："). The templates set two; lines
     * beyond are added to the page ({@link ColophonPage#longCopiedTo}).
     */
    static List<String> copiedToLines(String copiedTo, String label) {
        if (copiedTo.isBlank()) {
            return List.of();
        }
        float room = COLOPHON_LINE - DocumentFonts.FANGSONG.advance(label, COLOPHON_SIZE);
        List<String> names = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < copiedTo.length(); i++) {
            char c = copiedTo.charAt(i);
            name.append(c);
            if (c == '，' || c == '、' || c == ',') {
                names.add(name.toString());
                name.setLength(0);
            }
        }
        if (!name.isEmpty()) {
            names.add(name.toString());
        }
        List<String> lines = packed(names, room, DocumentFonts.FANGSONG, COLOPHON_SIZE);
        if (DocumentFonts.FANGSONG.advance(lines.get(0), COLOPHON_SIZE) > room) {
            return List.of(copiedTo);
        }
        return lines;
    }

    /**
     * A line of the 版记's lists of organs: a list's first, its label (主送：, 抄送：) before the names, or a later one,
     * hanging under the first name.
     */
    record ColophonLine(String text, boolean labelled) {
    }

    /**
     * The 版记's lists above its 印发 line, as lines: the 主送 first where it is printed there (GB/T 9704 7.3.2: above
     * the 抄送, no rule between, set as the 抄送 is), then the 抄送; each list ending with a 句号, broken between names.
     */
    static List<ColophonLine> distributionLines(NoticeHeader header) {
        List<ColophonLine> lines = new ArrayList<>();
        if (header.addresseesInColophon()) {
            String addressees = header.addressees().strip().replaceFirst("[：:]$", "").strip();
            addLines(lines, addressees.isEmpty() || addressees.endsWith("。") ? addressees : addressees + "。",
                    Messages.get("documents.colophon.addressees"));
        }
        addLines(lines, copiedTo(header.copiedTo()), Messages.get("documents.colophon.copiedTo"));
        return lines;
    }

    private static void addLines(List<ColophonLine> lines, String names, String label) {
        List<String> broken = copiedToLines(names, label);
        for (int i = 0; i < broken.size(); i++) {
            lines.add(new ColophonLine(i == 0 ? label + broken.get(i) : broken.get(i), i == 0));
        }
    }

    /**
     * How many of the 版记's list lines the templates set (the others added once filled,
     * {@link ColophonPage#longCopiedTo}): the first, and the second where it hangs under the first's names.
     */
    static int templateLines(List<ColophonLine> lines) {
        return lines.isEmpty() ? 0 : lines.size() >= 2 && !lines.get(1).labelled() ? 2 : 1;
    }

    /** 抄送 as printed: the names set apart by commas, ending with a 句号 ({@link PlanNotice#printedCopiedTo}). */
    static String copiedTo(String copiedTo) {
        return org.kesudesk.model.PlanNotice.printedCopiedTo(copiedTo);
    }

    private static boolean has(PlanNode node, Unit unit, Role role) {
        return node.unitsIn(role).stream().anyMatch(u -> u.id().equals(unit.id()));
    }

    /** A node's units as its paragraph ends: （牵头单位：…） for an item, （责任单位：…） for a task. */
    static String unitsClause(PlanNode node) {
        if (node.kind().isTask() && !node.leadUnits().isEmpty()) {
            // a task that names its own 牵头 units: （牵头单位：…；责任单位：…）, or （牵头单位：…） when they are all
            List<Unit> others = node.responsibleUnits();
            return others.isEmpty() ? Messages.get("documents.units.LEAD", names(node.leadUnits()))
                    : Messages.get("documents.units.leadAndResponsible", names(node.leadUnits()), names(others));
        }
        return node.kind().unitRole().map(role -> {
            List<Unit> units = node.unitsIn(role);
            return units.isEmpty() ? "" : Messages.get("documents.units." + role.name(), names(units));
        }).orElse("");
    }

    /** Unit names as documents list them: 市教育局、市科协. */
    static String names(List<Unit> units) {
        return units.stream().map(Unit::name).collect(Collectors.joining("、"));
    }

    private static String displayName(PlanNode node) {
        return NoticeContent.displayName(node);
    }

    private static String indent(int characters) {
        return String.valueOf(FULL_WIDTH_SPACE).repeat(characters);
    }

}
