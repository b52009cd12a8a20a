package org.kesudesk.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.kesudesk.model.NodeKind;
import org.kesudesk.model.PlanNode;

/**
 * Tasks pasted into a plan: a task's paragraph, or several, copied from a notice in Word or WPS, a web page or a
 * division table in Excel, read as the parser reads them in a whole document — the numbering dropped (the plan
 * numbers its tasks by position), the text, the units clause as the task's units (who leads and who is responsible),
 * sub-tasks under their task. The text is read as the tasks of one item: a line numbered as a section or an item
 * (二、 （三）) is no task, and is refused with its line, for the whole document is the import's to read.
 */
public final class PastedTasks {

    /** The most text read from the clipboard: far more than any item's tasks (a plan at the limits is 28 MB). */
    public static final int MAX_CHARACTERS = 200_000;

    /** The tasks read, and what the reading has to say of them (a clause not closed, a task with no units). */
    public record Read(List<PlanNode> tasks, List<ParseWarning> warnings) {
        public Read {
            tasks = List.copyOf(tasks);
            warnings = List.copyOf(warnings);
        }
    }

    /** The warnings of a document's frame and numbering: said of what the paste does not keep. */
    private static final Set<String> NOT_OF_PASTED = Set.of("parse.warning.numbering", "parse.warning.noDocNumber",
            "parse.warning.sectionKind", "parse.warning.noLead", "parse.warning.implicitSection",
            "parse.warning.implicitItem", "parse.warning.leadsFromTasks", "parse.warning.actionsWithoutItems",
            "parse.warning.safeguardsWithoutItems");

    private PastedTasks() {
    }

    /**
     * Reads pasted text as tasks. Paragraphs numbered as tasks (1. 1、 （1） ①) are tasks and sub-tasks as in a
     * document, an unnumbered paragraph after one goes on its text; where no paragraph is numbered (a task copied
     * without its number), each paragraph is a task of its own.
     *
     * @param knownUnitNames the names of the plan's region's catalogue, as a document is read against them
     * @throws PlanParseException if the text is empty, too long, holds a section's or item's heading, or no task
     */
    public static Read read(String text, List<String> knownUnitNames) {
        if (text == null || text.isBlank()) {
            throw new PlanParseException(0, "parse.error.pastedNothing");
        }
        if (text.length() > MAX_CHARACTERS) {
            throw new PlanParseException(0, "parse.error.pastedTooLong", text.length(), MAX_CHARACTERS);
        }
        List<SourceLine> pasted = PlanDocumentReader.lines(text);
        // rows copied from Excel or WPS (cells apart by tabs) whose columns no header says: not read as text
        Optional<SourceLine> row = pasted.stream().filter(line -> isTableRow(line.text())).findFirst();
        if (row.isPresent() && TabbedTables.read(pasted).tableLines().isEmpty()) {
            throw new PlanParseException(row.get().number(), "parse.error.pastedRowsWithoutHeader");
        }
        boolean anyNumbered = false;
        for (SourceLine line : pasted) {
            String cleaned = TextCleaner.clean(line.text());
            if (Headings.SECTION.matcher(cleaned).matches() || Headings.ITEM.matcher(cleaned).matches()) {
                throw new PlanParseException(line.number(), "parse.error.pastedHeading", shortened(cleaned));
            }
            anyNumbered |= Headings.isNumbered(cleaned);
        }
        // the frame a document gives its tasks, numbered 0 so that nothing said of it is said of a pasted line
        List<SourceLine> lines = new ArrayList<>();
        lines.add(new SourceLine(0, "一、" + FRAME));
        lines.add(new SourceLine(0, "（一）" + FRAME));
        int number = 0;
        boolean first = true;
        for (SourceLine line : pasted) {
            if (line.isBlank()) {
                continue;
            }
            boolean numbered = Headings.isNumbered(TextCleaner.clean(line.text()));
            // a paragraph before any numbered one, or every paragraph where none is: a task of its own (a table's
            // row is its table's)
            if (!numbered && (first || !anyNumbered) && !isTableRow(line.text())) {
                lines.add(new SourceLine(line.number(), ++number + "." + line.text().strip()));
            } else {
                lines.add(line);
            }
            first = false;
        }
        ParseReport report;
        try {
            report = PlanDocumentReader.parse("", "", lines, knownUnitNames);
        } catch (PlanParseException noPlan) {
            throw new PlanParseException(noPlan, 0, "parse.error.pastedNoTask");
        }
        List<PlanNode> sections = report.document().sections();
        if (sections.size() != 1 || sections.get(0).children().size() != 1) {
            throw new PlanParseException(0, "parse.error.pastedNoTask");
        }
        List<PlanNode> tasks = sections.get(0).children().get(0).children().stream()
                .filter(node -> node.kind() == NodeKind.TASK).toList();
        if (tasks.isEmpty()) {
            throw new PlanParseException(0, "parse.error.pastedNoTask");
        }
        List<ParseWarning> warnings = report.warnings().stream()
                .filter(warning -> warning.line() > 0 && !NOT_OF_PASTED.contains(warning.message().key()))
                .toList();
        return new Read(tasks, warnings);
    }

    /**
     * The title a task's text gives it, as a document's task paragraph gives its task one: its first sentence (or the
     * words before its colon, 加强科普阵地建设：…), cut to a title's length — for a task added and then written.
     */
    public static String titleOf(String text) {
        return PlanTextParser.heading(PlanTextParser.firstSentence(text.strip()));
    }

    /** A cell that holds only a number: a table's 序号, or the number Word copies before a tab (1.→ 开展…). */
    private static final java.util.regex.Pattern NUMBER_CELL =
            java.util.regex.Pattern.compile("[（(]?\\s*[0-9０-９]{1,3}\\s*[.．、)）]?|[\\u2460-\\u2473]");

    /**
     * Whether a line is a table's row (Excel's or WPS's cells, apart by tabs): two cells or more with words, besides
     * a number — not a paragraph Word copies with its list number and a tab before it.
     */
    private static boolean isTableRow(String line) {
        if (line.indexOf('\t') < 0) {
            return false;
        }
        List<String> cells = new ArrayList<>();
        for (String cell : line.split("\t")) {
            if (!cell.isBlank()) {
                cells.add(cell.strip());
            }
        }
        if (!cells.isEmpty() && NUMBER_CELL.matcher(cells.get(0)).matches()) {
            cells.remove(0);
        }
        return cells.size() >= 2;
    }

    /** The title the frame's section and item get: words no pasted line is compared with. */
    private static final String FRAME = "粘贴";

    private static String shortened(String line) {
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }
}
