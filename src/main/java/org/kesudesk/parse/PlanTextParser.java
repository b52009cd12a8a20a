package org.kesudesk.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kesudesk.l10n.LocalizedText;
import org.kesudesk.l10n.Messages;
import org.kesudesk.model.Assignment;
import org.kesudesk.model.ContentLimits;
import org.kesudesk.model.Ids;
import org.kesudesk.model.NodeKind;
import org.kesudesk.model.Plan;
import org.kesudesk.model.PlanNotice;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Role;
import org.kesudesk.model.TextRules;
import org.kesudesk.model.Unit;

/**
 * Reads the lines of a plan document into a plan: the notice wrapper (发文字号, title, 主送机关, body, 署名, 成文日期),
 * the plan's sections, items and tasks with their units and indicators, and the 版记 (抄送, 印发机关, 印发日期).
 * Nothing about any particular plan is built in: counts, wording and unit names all come from the text.
 */
final class PlanTextParser {

    /** A 发文字号: 机关代字, year and number (齐政办发〔2022〕16号, as written: [2022], 第016号, spaces between). */
    private static final String NUMBER = org.kesudesk.model.PlanNotice.DOC_NUMBER;
    private static final Pattern DOC_NUMBER = Pattern.compile("^" + NUMBER + "$");
    /**
     * The 文号's line, with what a copy may run into it from beside it (GB/T 9704 7.2): 份号 (six digits), 密级 and
     * 紧急程度 before it, a 上行文's 签发人 (one or more names) or the 紧急程度 after it — apart by spaces, or run
     * together as a cleaned line has them.
     */
    private static final Pattern DOC_NUMBER_LINE = Pattern.compile("^(?:(?:(?:份号[\\s\\u3000]*[：:][\\s\\u3000]*)?"
            + "\\d{6}|(?:绝密|机密|秘密)(?:[\\s\\u3000]*★[\\s\\u3000]*(?:\\d{1,2}(?:年|个月)|长期))?|特急|加急|特提|平急)"
            + "[\\s\\u3000]*)*" + NUMBER + "(?:[\\s\\u3000]*(?:签发人[\\s\\u3000]*[：:][\\s\\u3000]*\\S{2,12}"
            + "(?:[\\s\\u3000]+\\S{2,6}){0,5}|特急|加急|特提|平急))?$");
    /** A web page's field of the document's number: 发文字号：乙政办发〔2026〕3号, 文号 乙政办发〔2026〕3号. */
    private static final Pattern DOC_NUMBER_FIELD = Pattern.compile("^(?:发文字号|发文文号|文\\s*号)\\s*[：:]?\\s*(.+)$");
    /** A web page's line of when, where and how often a page was published and read, and its buttons. */
    private static final Pattern PAGE_INFO = Pattern.compile("发布时间|发布日期|来源[：:]|信息来源|字号[：:]|字体[：:]|浏览次数"
            + "|点击[数率量次]|阅读[数量次]|打印本页|分享到|【大|〔大|\\[\\s*大");
    private static final Pattern DATE = Pattern.compile("^" + org.kesudesk.model.DocumentDate.WRITTEN + "$");
    private static final Pattern PRINTED = Pattern.compile(
            "^(.*?)\\s*" + org.kesudesk.model.DocumentDate.WRITTEN + "\\s*印\\s*[发發]$");
    /** The label an attachment's first page starts with: 附件, 附件2, 附件二 (not the 附件说明 "附件：…"). */
    private static final Pattern ATTACHMENT_LABEL = Pattern.compile("^附\\s*[件表]\\s*[0-9０-９一二三四五六七八九十]{0,3}$");

    /** Whether a line is an attachment's label alone (附件, 附件2, 附表): the first line of a page of its own. */
    static boolean isAttachmentLabel(String line) {
        return ATTACHMENT_LABEL.matcher(line.strip()).matches();
    }
    /**
     * The 附注 under the notice's date: （此件公开发布）, （此件不予公开）, （联系人：…）, as written, or as a copy may give it
     * without its brackets (此件公开发布; 联系人：王明，电话：…) — never longer than a note is.
     */
    private static final Pattern ANNOTATION = Pattern.compile("^[（(](?:此件|本件|联系人|联系电话)[^（）()]*[）)]$"
            + "|^(?:此件|本件)[^（）()。]{0,12}(?:公开|发布|公布)[^（）()。]{0,6}$"
            + "|^(?:联系人|联系电话)\\s*[：:][^（）()。]{1,60}$");
    /** A 成文日期 and its 附注 run together on one line, as a web page's copy may give them. */
    private static final Pattern DATE_AND_NOTE = Pattern.compile("^(.{8,20}?日)\\s*([（(][^（）()]+[）)])$");

    /**
     * A line of a list of 各… organs as a copy may give the 主送机关 — without its colon, or broken over lines: no
     * sentence in it, never longer than a 主送 is.
     */
    private static final Pattern ADDRESSEE_LIST = Pattern.compile("^各[^。；;！？!?：:]{2,"
            + org.kesudesk.model.ContentLimits.ADDRESS_LIST + "}$");
    /** A further line of a 主送 broken over lines: no sentence in it, its colon at its end, if anywhere. */
    private static final Pattern ADDRESSEE_REST = Pattern.compile("^[^。；;！？!?：:]{1,"
            + org.kesudesk.model.ContentLimits.ADDRESS_LIST + "}[：:]?$");

    /** The most lines a copy breaks the 主送机关 over. */
    private static final int MOST_ADDRESSEE_LINES = 3;

    /**
     * How many lines from {@code from} the 主送机关 take (0: there is none): the line, if it ends with a colon; a list
     * of 各… organs up to the line that ends with its colon, if a copy broke it; the list alone, if it lost its colon
     * and more follows.
     */
    private static int addresseeLines(List<SourceLine> text, int from) {
        if (from >= text.size()) {
            return 0;
        }
        if (endsWithColon(text.get(from).text())) {
            return 1;
        }
        if (!ADDRESSEE_LIST.matcher(text.get(from).text().strip()).matches()) {
            return 0;
        }
        for (int k = 1; k < MOST_ADDRESSEE_LINES && from + k < text.size(); k++) {
            String line = text.get(from + k).text().strip();
            if (!ADDRESSEE_REST.matcher(line).matches()) {
                break;
            }
            if (endsWithColon(line)) {
                return k + 1;
            }
        }
        return from + 1 < text.size() ? 1 : 0;
    }

    /** The most lines a notice's text and 署名 take before its date (its text is a few paragraphs). */
    private static final int MOST_NOTICE_LINES = 200;

    /** A 署名 and its 成文日期 run together on one line (乙市人民政府办公室　2026年4月1日), as a copy may give them. */
    private static final Pattern SIGNED_DATE = Pattern.compile(
            "^(.{2,100}?)[\\s\u3000]*((?:\\d{4}|[〇○零Ｏ一二三四五六七八九]{4})\\s*年.{1,40})$");

    /**
     * The notice's lines from {@code from} on, the first line that ends with the date its 署名 runs into (and no line
     * before it a date of its own) made the two lines it stands for, both numbered as it was.
     */
    private static List<SourceLine> signatureApartFromDate(List<SourceLine> text, int from) {
        // the notice's short text is read up to its date: a plan's hundreds of lines are not searched for one
        for (int j = from; j < Math.min(text.size(), from + MOST_NOTICE_LINES); j++) {
            String line = text.get(j).text();
            if (DatedLine.isDateLine(line)) {
                return text;
            }
            Matcher signed = SIGNED_DATE.matcher(line.strip());
            if (signed.matches() && namesAnOrgan(signed.group(1).strip())
                    && DatedLine.isDateLine(signed.group(2))) {
                List<SourceLine> apart = new ArrayList<>(text.subList(0, j));
                apart.add(new SourceLine(text.get(j).number(), signed.group(1).strip()));
                apart.add(new SourceLine(text.get(j).number(), signed.group(2).strip()));
                apart.addAll(text.subList(j + 1, text.size()));
                return apart;
            }
        }
        return text;
    }

    /** A line as the date and the 附注 it may hold, as they would stand on lines of their own (note empty if none). */
    private record DatedLine(String date, String note) {

        /** The line with a 附注 run into its date set apart. */
        static DatedLine of(String line) {
            Matcher joined = DATE_AND_NOTE.matcher(line.strip());
            if (joined.matches() && ANNOTATION.matcher(joined.group(2)).matches() && isDate(joined.group(1))) {
                return new DatedLine(joined.group(1), joined.group(2));
            }
            return new DatedLine(line, "");
        }

        /** Whether the line is a 成文日期, a 附注 run into it or not. */
        static boolean isDateLine(String line) {
            return isDate(of(line).date());
        }
    }

    /** The 附件 label (附件, 附件1：) over the plan the notice issues: not the plan's title. */
    private static final Pattern ATTACHMENT_OVER_PLAN = Pattern.compile(
            "^附\\s*[件表]\\s*[0-9０-９一二三四五六七八九十]{0,3}\\s*[：:]?$");
    /**
     * The 附件 label run into the plan's title by a copy (附件：乙市…实施方案, 附件1 乙市…方案, 附件乙市…方案 once the
     * space between Chinese characters is cleaned away): the title after it.
     */
    private static final Pattern ATTACHMENT_BEFORE_TITLE = Pattern.compile(
            "^附\\s*件\\s*[0-9０-９一二三四五六七八九十]{0,3}\\s*[：:\\s　]?\\s*(\\S.*)$");
    /**
     * A 主送 line in the 版记, above the 抄送 (GB/T 9704 7.3.2: a 主送 too long for the first page goes there): a 版记's
     * line only where a 抄送 or 印发 line follows within {@link #MOST_COLOPHON_ADDRESSEE_LINES}.
     */
    private static final Pattern ADDRESSED = Pattern.compile("^主\\s*送\\s*[：:]\\s*(.*)$");
    /** The most lines a 主送 in the 版记 takes before its 抄送 or 印发 line. */
    private static final int MOST_COLOPHON_ADDRESSEE_LINES = 20;

    /** The 抄送 line; 分送, as some offices head it, is read as the same. */
    private static final Pattern COPIED_TO = Pattern.compile("^[抄分]\\s*送\\s*[：:]\\s*(.*)$");
    /**
     * The 主题词 line above the 抄送, as documents had it before GB/T 9704-2012 and some offices still write it: a line of
     * the 版记, its words not the plan's.
     */
    private static final Pattern KEYWORDS = Pattern.compile("^主\\s*题\\s*词\\s*[：:].*$");

    private final List<ParseWarning> warnings = new ArrayList<>();
    /** Where each unit of each node was found, and how, for the review. */
    private final List<UnitSource> sources = new ArrayList<>();
    /** Sources of an item's units that became its tasks' (ItemBuilder.giveUnitsToTasks): left out at the end. */
    private final java.util.Set<UnitSource> movedSources =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Whether this reads a plan's attachment, for the units its body does not name. */
    private boolean inAttachment;
    /** The line each item and task was read from. */
    private final Map<PlanNode, Integer> nodeLines = new java.util.IdentityHashMap<>();
    /** Whether the plan has no 一、 level, so that its items are put in one section made for them. */
    private boolean implicitSection;
    /** Whether the document says the first unit of a list leads ({@link FirstListedLeads}). */
    private boolean firstListedLeads;
    /** The units a note says carry out every task ({@link UnitsOfEveryTask}), in the order written; or none. */
    private final java.util.Set<String> everyTaskUnits = new java.util.LinkedHashSet<>();
    /** The line of the first such note. */
    private int everyTaskLine;
    /** The time field a note gives every task that names none ({@link DefaultDeadline}), if one does. */
    private Optional<DefaultDeadline> defaultDeadline = Optional.empty();
    /** The line of that note. */
    private int defaultDeadlineLine;
    /** What the container held beside the text (tables that are no division table), for a message; or "". */
    private final Object tables;

    /** The lines made from the rows of a division table: their units were found as a table row says them. */
    private final java.util.Set<Integer> tableLines;
    /** A table the user may map the columns of, if nothing else is recognised. */
    private final Optional<UnmappedTable> unmapped;

    /** What the document's reader left out (a table's column, a hidden sheet), for the review to name. */
    private final List<ParseWarning> readerNotes;

    PlanTextParser() {
        this("", java.util.Set.of(), Optional.empty(), List.of());
    }

    /**
     * @param tables     what a message says of the tables the text came with ({@link DocxText.Content#tables})
     * @param tableLines the lines made from a division table's rows
     * @param unmapped   a table whose columns the user may map, if the text holds no plan
     * @param notes      what the document's reader left out ({@link TablesSeen#notes})
     */
    PlanTextParser(Object tables, java.util.Set<Integer> tableLines, Optional<UnmappedTable> unmapped,
                   List<ParseWarning> notes) {
        this.tables = tables;
        this.tableLines = tableLines;
        this.unmapped = unmapped;
        this.readerNotes = List.copyOf(notes);
    }

    /** How the units on a line were said: as the recogniser found them, or in a table's row. */
    private UnitRule rule(UnitList units, int line) {
        return tableLines.contains(line) ? UnitRule.TABLE_ROW : units.rule();
    }
    private final Map<String, Unit> units = new LinkedHashMap<>();
    private final Map<String, Integer> unitFirstLines = new LinkedHashMap<>();
    /** Names written without the prefix they share with the name before them, and what they probably mean. */
    private final Map<String, AliasSuggestion> expansions = new LinkedHashMap<>();
    /** The catalogue's names, looked up for every name a list leaves its prefix off. */
    private java.util.Set<String> knownUnitNames = java.util.Set.of();
    private int nodes;
    private int assignments;
    /**
     * The number of the last numbered task so far: a yearly work plan numbers its tasks on through the document
     * (一、 1. 2. 二、 3. 4.), which is no mistake.
     */
    private int lastTaskNumber;
    /** The number of the last item so far, for items numbered on through the document. */
    private int lastItemNumber;

    /** Parses the document's lines; throws {@link PlanParseException} if there is no plan in them. */
    ParseReport parse(String source, String encoding, List<SourceLine> rawLines, List<String> knownUnitNames) {
        this.knownUnitNames = new java.util.HashSet<>(knownUnitNames);
        List<SourceLine> cleaned = cleaned(rawLines);
        List<SourceLine> conventions = leadSigns(firstListedLeads(cleaned), encoding);
        Imprint imprint = imprint(withNotesTogether(cleaned, notesOnEveryTask(conventions)));
        List<SourceLine> lines = imprint.lines();
        // a table's column nothing was read from (备注, 牵头领导), a hidden sheet: not in the plan, and the review says so
        warnings.addAll(readerNotes);
        int bodyStart = firstSection(lines);
        int tailStart = imprint.tailStart();
        int attachment = attachmentStart(lines, bodyStart, tailStart);
        if (attachment < tailStart) {
            warnings.add(ParseWarning.at(lines.get(attachment).number(), "parse.warning.attachmentSkipped",
                    lines.get(attachment).text()));
        }

        // a 分工表 in the body (五、任务分工, then the table) says the plan over again, as an attachment's does
        Optional<int[]> inline = inAttachment ? Optional.empty() : divisionInBody(lines, bodyStart, attachment);
        List<SourceLine> bodyLines = lines.subList(bodyStart, attachment);
        if (inline.isPresent()) {
            bodyLines = new ArrayList<>(lines.subList(bodyStart, inline.get()[0]));
            bodyLines.addAll(lines.subList(inline.get()[1], attachment));
        }

        Notice notice = parseNotice(lines.subList(0, bodyStart));
        Body body = new Body();
        List<Paragraph> paragraphs = paragraphs(bodyLines);
        List<Paragraph> read = new ArrayList<>(paragraphs.size() + 1);
        Paragraph implicit = null;
        if (implicitSection) {
            int line = lines.get(bodyStart).number();
            implicit = new Paragraph(line, line, "一、" + Messages.get("parse.implicitSection"));
            read.add(implicit);
        }
        read.addAll(paragraphs);
        read = ItemGroups.regroup(read, implicit, warnings);
        if (implicit != null && read.get(0) == implicit) {
            warnings.add(ParseWarning.at(implicit.firstLine(), "parse.warning.implicitSection"));
        }
        read.forEach(body::add);
        Optional<ParseWarning> cutOff = cutOff(paragraphs);
        cutOff.ifPresent(warnings::add);
        Tail tail = parseTail(imprint.tail());

        List<PlanNode> sections = body.finish();
        if (sections.isEmpty()) {
            throw noPlan(lines);
        }
        // （责任单位：见附件）: no unit, but the attachment's table gives it
        boolean referred = unitFirstLines.keySet().stream().anyMatch(UnitNames::refersToAttachment);
        if (referred) {
            sections = withoutReferences(sections, attachment < tailStart || inline.isPresent());
        }
        if (attachment < tailStart && !inAttachment && (referred || namesNoTaskUnits(sections))) {
            sections = withAttachedUnits(sections, lines.get(attachment), lines.subList(attachment + 1, tailStart),
                    source, knownUnitNames);
        } else if (inline.isPresent()) {
            SourceLine heading = lines.get(inline.get()[0]);
            if (referred || namesNoTaskUnits(sections)) {
                java.util.regex.Matcher title = Headings.SECTION.matcher(heading.text());
                sections = withAttachedUnits(sections, new SourceLine(heading.number(), title.matches()
                        ? title.group(3).strip() : heading.text()), lines.subList(inline.get()[0] + 1,
                        inline.get()[1]), source, knownUnitNames);
            } else {
                warnings.add(ParseWarning.at(heading.number(), "parse.warning.divisionInBody", heading.text()));
            }
        }
        sections = withUnitsAbove(sections);
        sections = withTimesAbove(sections, paragraphs);
        if (!everyTaskUnits.isEmpty() || defaultDeadline.isPresent()) {
            sections = withNotesOnEveryTask(sections);
        }
        if (!movedSources.isEmpty()) {
            // in one pass: a plan at the limits has thousands of items and tens of thousands of sources
            sources.removeIf(movedSources::contains);
        }
        String goalText = join(notice.preamble, body.goalText);
        // a 主送 too long for the first page is in the 版记
        String addressees = notice.addressees.isBlank() ? tail.addressees : notice.addressees;
        PlanNotice header = new PlanNotice(notice.docNumber, notice.title, addressees, notice.body,
                notice.issuer, notice.issueDate, notice.annotation, tail.copiedTo, tail.printedBy, tail.printedDate);
        Plan plan = new Plan(Ids.newPlanId(), Optional.empty(), Optional.empty(), header, notice.planTitle, goalText,
                1).withNamedPeriod();
        PlanDocument document = new PlanDocument(plan, IndicatorFinder.find(body.goalText.toString()), sections);
        List<AliasSuggestion> aliases = new ArrayList<>(expansions.values());
        aliases.forEach(a -> warnings.add(ParseWarning.at(a.line(), "parse.warning.sharedPrefix", a.alias(),
                a.canonical())));
        java.util.Set<String> suggested = new java.util.HashSet<>(expansions.keySet());
        shortNames(cleaned).forEach((definition, line) -> {
            Integer used = unitFirstLines.get(definition.shortName());
            if (used != null && !this.knownUnitNames.contains(definition.shortName())
                    && suggested.add(definition.shortName())) {
                aliases.add(new AliasSuggestion(definition.shortName(), definition.fullName(), used));
                warnings.add(ParseWarning.at(used, "parse.warning.shortName", definition.shortName(),
                        definition.fullName(), line));
            }
        });
        for (AliasSuggestion alias : AliasDetector.suggest(unitFirstLines, knownUnitNames)) {
            if (suggested.add(alias.alias())) {
                aliases.add(alias);
                warnings.add(ParseWarning.at(alias.line(), "parse.warning.alias", alias.alias(), alias.canonical()));
            }
        }
        return new ParseReport(source, encoding, document, warnings, aliases, cutOff, sources);
    }

    // --- lines ------------------------------------------------------------------------------------------------

    /**
     * Whether the document declares that a list's first unit leads, anywhere in it; the lines, the note that declares
     * it (a line of its own) left out as the format's, not the plan's.
     */
    private List<SourceLine> firstListedLeads(List<SourceLine> lines) {
        List<SourceLine> kept = new ArrayList<>(lines.size());
        for (SourceLine line : lines) {
            if (FirstListedLeads.declaredIn(line.text())) {
                if (!firstListedLeads) {
                    warnings.add(ParseWarning.at(line.number(), "parse.warning.firstListedLeads"));
                }
                firstListedLeads = true;
                if (FirstListedLeads.isNote(line.text())) {
                    kept.add(new SourceLine(line.number(), ""));
                    continue;
                }
            }
            kept.add(line);
        }
        return kept;
    }

    /**
     * The lines, the note that declares a sign by a unit's name as the lead's ({@link LeadSigns}: 注：标*的为牵头单位。)
     * left out as the format's, not the plan's. The names so signed are read as leads wherever a list is read; the
     * review says so once — that the document declares it, or, where signs stand by names and no note says what they
     * mean, that they were read as leads all the same. A note declaring bold (注：加粗的为牵头单位) is left out too, the
     * review saying whether the format could show the bold ({@code format}: a Word file's or workbook's reader signs
     * its bold names).
     */
    private List<SourceLine> leadSigns(List<SourceLine> lines, String format) {
        if (inAttachment) {
            return lines;
        }
        List<SourceLine> kept = new ArrayList<>(lines.size());
        Optional<String> declared = Optional.empty();
        int firstSigned = 0;
        String sign = null;
        int boldLine = 0;
        for (SourceLine line : lines) {
            Optional<String> declaring = LeadSigns.declaredIn(line.text());
            if (declaring.isEmpty() && LeadSigns.boldDeclaredIn(line.text())) {
                // 注：加粗的为牵头单位 — a Word file's reader signs each bold name; a text has no bold to see
                boldLine = boldLine == 0 ? line.number() : boldLine;
                if (LeadSigns.isNote(line.text())) {
                    kept.add(new SourceLine(line.number(), ""));
                    continue;
                }
            } else if (declaring.isPresent()) {
                if (declared.isEmpty()) {
                    warnings.add(ParseWarning.at(line.number(), "parse.warning.leadSigns", declaring.get()));
                    declared = declaring;
                }
                if (LeadSigns.isNote(line.text())) {
                    kept.add(new SourceLine(line.number(), ""));
                    continue;
                }
            } else if (firstSigned == 0) {
                Optional<String> signed = LeadSigns.byAName(line.text());
                if (signed.isPresent()) {
                    firstSigned = line.number();
                    sign = signed.get();
                }
            }
            kept.add(line);
        }
        if (boldLine > 0) {
            // a Word file's or workbook's bold names signed, and read (a table's as its rows' leads, unsigned)
            boolean bolded = firstSigned > 0 || format.equals("DOCX") || format.equals("XLSX");
            warnings.add(ParseWarning.at(boldLine, bolded ? "parse.warning.leadBold" : "parse.warning.leadBoldUnseen"));
        } else if (declared.isEmpty() && firstSigned > 0) {
            warnings.add(ParseWarning.at(firstSigned, "parse.warning.undeclaredLeadSigns", sign));
        }
        return kept;
    }

    /**
     * The units a note says carry out every task, anywhere in the document (the plan's or its attachment's, read
     * once: an attachment is read from lines this has been through); a line that is only the note left out, a note
     * closing a line's unit list taken out of the list. A note giving tasks that name no time theirs
     * ({@link DefaultDeadline}) is taken out the same way.
     */
    private List<SourceLine> notesOnEveryTask(List<SourceLine> lines) {
        if (inAttachment) {
            return lines;
        }
        List<SourceLine> kept = new ArrayList<>(lines.size());
        for (SourceLine line : lines) {
            Optional<DefaultDeadline> deadline = DefaultDeadline.find(line.text());
            if (deadline.isPresent()) {
                if (defaultDeadline.isEmpty()) {
                    // the first such note is the one taken: a second says it again or is in the review as read
                    defaultDeadline = deadline;
                    defaultDeadlineLine = line.number();
                }
                kept.add(new SourceLine(line.number(), ""));
                continue;
            }
            Optional<UnitsOfEveryTask> note = UnitsOfEveryTask.find(line.text());
            if (note.isPresent()) {
                if (everyTaskUnits.isEmpty()) {
                    everyTaskLine = line.number();
                }
                everyTaskUnits.addAll(note.get().names());
                kept.add(new SourceLine(line.number(), note.get().withoutNote()));
                continue;
            }
            kept.add(line);
        }
        return kept;
    }

    /**
     * The lines with what is left of a note whose first points were read and left out (注：1. 列第一位的为牵头单位。
     * 2. 标★的为重点任务。): its next point labelled as the note's (注：2. …), so that it is read as the note it is,
     * not as a task numbered 2.
     */
    private static List<SourceLine> withNotesTogether(List<SourceLine> before, List<SourceLine> after) {
        List<SourceLine> lines = new ArrayList<>(after);
        // the note's last point so far (0 for its label alone), -1 outside a note; whether that point was left out
        int point = -1;
        boolean leftOut = false;
        String label = "";
        for (int i = 0; i < lines.size(); i++) {
            String was = before.get(i).text();
            String is = lines.get(i).text();
            if (was.isBlank()) {
                continue;
            }
            // the patterns only where a note can be: most lines hold no 注 and follow none
            Matcher start = was.indexOf('注') >= 0 || was.indexOf('说') >= 0 ? NOTE_START.matcher(was) : null;
            Matcher number = point >= 0 ? Headings.TASK.matcher(was) : null;
            if (start != null && start.lookingAt()) {
                label = start.group().replaceAll("[0-9.．、\\s]", "");
                point = start.group(1) == null ? 0 : Integer.parseInt(start.group(1));
            } else if (number != null && number.matches() && Integer.parseInt(number.group(1)) == point + 1) {
                point++;
                if (leftOut && is.equals(was)) {
                    lines.set(i, new SourceLine(lines.get(i).number(), label + is));
                }
            } else {
                point = -1;
            }
            leftOut = is.isBlank();
        }
        return lines;
    }

    /** The short names the document defines for units ({@link ShortNames}), each with the line defining it. */
    private Map<ShortNames.Definition, Integer> shortNames(List<SourceLine> lines) {
        Map<ShortNames.Definition, Integer> defined = new LinkedHashMap<>();
        if (!inAttachment) {
            lines.forEach(line -> ShortNames.in(line.text()).forEach(d -> defined.putIfAbsent(d, line.number())));
        }
        return defined;
    }

    /**
     * Gives a node whose list says 同上 (同前, 〃 — {@link TextRules#saysSameAsAbove}) the units of the one above it:
     * the last node of its kind before it (the task before a task, the item before an item), in the role its list
     * gave the word — or all of them, each in its role, where the word is all its list says. The review says whose it
     * took; with none above, the word is left out and the review says so. The word is no unit.
     */
    private List<PlanNode> withUnitsAbove(List<PlanNode> sections) {
        if (unitFirstLines.keySet().stream().noneMatch(TextRules::saysSameAsAbove)) {
            return sections;
        }
        Map<NodeKind, PlanNode> above = new java.util.EnumMap<>(NodeKind.class);
        SaidSameAsAbove said = new SaidSameAsAbove(sources);
        List<PlanNode> given = new ArrayList<>(sections.size());
        for (PlanNode section : sections) {
            given.add(withUnitsAbove(section, above, said));
        }
        List<UnitSource> all = new ArrayList<>(sources.size());
        for (UnitSource source : sources) {
            if (!TextRules.saysSameAsAbove(source.unit())) {
                all.add(source);
            } else {
                all.addAll(said.taken.getOrDefault(source, List.of()));
            }
        }
        sources.clear();
        sources.addAll(all);
        units.keySet().removeIf(TextRules::saysSameAsAbove);
        unitFirstLines.keySet().removeIf(TextRules::saysSameAsAbove);
        return given;
    }

    /** 完成时限：同上 in a task's text: the time of the one above, which its deadline is read from. */
    private static final Pattern TIME_AS_ABOVE = Pattern.compile("((?:" + org.kesudesk.model.DeadlineWording.TIME_LABELS
            + ")\\s*[：:]\\s*)(?:同上|同前|〃|″)(?=[。，,；;）)\\s]|$)");

    /**
     * A task whose text gives its time as 同上 (完成时限：同上) with the wording of the last task before it that gives
     * one, written in its place — so that its deadline is read, and the task printed alone (a unit's list, a 督办单)
     * still says when; the review says so.
     */
    private List<PlanNode> withTimesAbove(List<PlanNode> sections, List<Paragraph> paragraphs) {
        // the paragraphs saying it, in order, for the review to name their lines (a plan at the limits has megabytes
        // of text: the pattern runs only where the word is)
        java.util.ArrayDeque<Paragraph> saying = new java.util.ArrayDeque<>();
        paragraphs.stream().filter(paragraph -> mayBeSameAsAbove(paragraph.text())
                && TIME_AS_ABOVE.matcher(paragraph.text()).find()).forEach(saying::add);
        if (saying.isEmpty()) {
            return sections;
        }
        String[] last = {null};
        List<PlanNode> given = new ArrayList<>(sections.size());
        sections.forEach(section -> given.add(withTimesAbove(section, last, saying)));
        return given;
    }

    /** Whether the text holds a word saying "as above" at all (同上, 同前, 〃), before any pattern looks for where. */
    private static boolean mayBeSameAsAbove(String text) {
        return text.contains("同上") || text.contains("同前") || text.indexOf('〃') >= 0 || text.indexOf('″') >= 0;
    }

    private PlanNode withTimesAbove(PlanNode node, String[] last, java.util.ArrayDeque<Paragraph> saying) {
        String text = node.text();
        if (node.kind().isTask()) {
            Matcher asAbove = TIME_AS_ABOVE.matcher(text);
            if (mayBeSameAsAbove(text) && asAbove.find()) {
                while (saying.size() > 1 && !saying.peek().text().contains(node.title())) {
                    saying.poll();
                }
                int line = saying.isEmpty() ? 0 : saying.poll().firstLine();
                String name = nodeName(node);
                if (last[0] == null) {
                    warnings.add(ParseWarning.at(line, "parse.warning.timeAsAboveNone", name));
                } else {
                    text = text.substring(0, asAbove.start()) + asAbove.group(1) + last[0]
                            + text.substring(asAbove.end());
                    warnings.add(ParseWarning.at(line, "parse.warning.timeAsAbove", name, last[0]));
                }
            }
            Matcher field = Headings.TIME_FIELD_IN_TEXT.matcher(text);
            if (field.find() && !(mayBeSameAsAbove(text) && TIME_AS_ABOVE.matcher(text).find())) {
                // the wording after its label, to its clause's end
                String wording = field.group().replaceFirst("^[^：:]*[：:]", "").split("[，,）)]", 2)[0].strip();
                last[0] = wording.isEmpty() ? last[0] : wording;
            }
        }
        List<PlanNode> children = new ArrayList<>(node.children().size());
        node.children().forEach(child -> children.add(withTimesAbove(child, last, saying)));
        return new PlanNode(node.id(), node.kind(), node.label(), node.title(), text, node.assignments(),
                node.indicators(), children, node.rowVersion());
    }

    /**
     * The review's sources of 同上, for the nodes saying it to take theirs: by the node's name, else the first not yet
     * taken — each looked at once, however many nodes say it.
     */
    private static final class SaidSameAsAbove {
        /** Each source taken, with the sources of the units its node took instead. */
        final Map<UnitSource, List<UnitSource>> taken = new java.util.IdentityHashMap<>();
        private final java.util.ArrayDeque<UnitSource> inOrder = new java.util.ArrayDeque<>();
        private final Map<String, java.util.ArrayDeque<UnitSource>> byNode = new java.util.HashMap<>();

        SaidSameAsAbove(List<UnitSource> sources) {
            for (UnitSource source : sources) {
                if (TextRules.saysSameAsAbove(source.unit())) {
                    inOrder.add(source);
                    byNode.computeIfAbsent(source.node(), node -> new java.util.ArrayDeque<>()).add(source);
                }
            }
        }

        /** The node's source of the word (its others on that line taken too), its units' sources to be added. */
        Optional<UnitSource> take(String node, List<UnitSource> found) {
            java.util.ArrayDeque<UnitSource> own = byNode.getOrDefault(node, new java.util.ArrayDeque<>());
            UnitSource source = firstNotTaken(own);
            source = source != null ? source : firstNotTaken(inOrder);
            if (source == null) {
                return Optional.empty();
            }
            taken.put(source, found);
            while (!own.isEmpty() && own.peek().line() == source.line()) {
                taken.putIfAbsent(own.poll(), List.of());
            }
            return Optional.of(source);
        }

        private UnitSource firstNotTaken(java.util.ArrayDeque<UnitSource> queue) {
            while (!queue.isEmpty()) {
                UnitSource next = queue.poll();
                if (!taken.containsKey(next)) {
                    return next;
                }
            }
            return null;
        }
    }

    private PlanNode withUnitsAbove(PlanNode node, Map<NodeKind, PlanNode> above, SaidSameAsAbove taken) {
        List<Assignment> words = node.assignments().stream()
                .filter(assignment -> TextRules.saysSameAsAbove(assignment.unit().name())).toList();
        List<Assignment> assignments = node.assignments();
        if (!words.isEmpty()) {
            String name = nodeName(node);
            String word = words.get(0).unit().name();
            // where the review said the word was found: the node's own, else the first not yet given
            List<UnitSource> found = new ArrayList<>();
            int line = taken.take(name, found).map(UnitSource::line).orElse(unitFirstLines.getOrDefault(word, 0));
            List<Assignment> kept = new ArrayList<>(assignments);
            // the units taken go where the word stood
            int at = kept.indexOf(words.get(0));
            kept.removeAll(words);
            PlanNode before = above.get(node.kind());
            if (before == null) {
                warnings.add(ParseWarning.at(line, "parse.warning.sameAsAboveNone", word, name));
            } else {
                boolean all = kept.isEmpty();
                java.util.Set<Role> roles = words.stream().map(Assignment::role)
                        .collect(java.util.stream.Collectors.toSet());
                for (Assignment assignment : before.assignments()) {
                    String unit = assignment.unit().name();
                    if ((all || roles.contains(assignment.role()))
                            && kept.stream().noneMatch(other -> other.unit().name().equals(unit))) {
                        kept.add(at++, Assignment.create(unit(unit, line), assignment.role()));
                        found.add(new UnitSource(name, unit, assignment.role(), line, UnitRule.SAME_AS_ABOVE));
                    }
                }
                warnings.add(ParseWarning.at(line, "parse.warning.sameAsAbove", word, name, nodeName(before),
                        found.isEmpty() ? Messages.get("parse.sameAsAbove.none")
                                : String.join("、", found.stream().map(UnitSource::unit).toList())));
            }
            assignments = kept;
        }
        // its children are of other kinds: the node is the one above the next of its kind once they are done
        List<PlanNode> children = new ArrayList<>(node.children().size());
        node.children().forEach(child -> children.add(withUnitsAbove(child, above, taken)));
        PlanNode given = new PlanNode(node.id(), node.kind(), node.label(), node.title(), node.text(), assignments,
                node.indicators(), children, node.rowVersion());
        above.put(node.kind(), given);
        return given;
    }

    /**
     * The plan with what notes say of every task given to each ({@link #notesOnEveryTask}): the units every task has,
     * to each that does not name them itself; a time, to each whose text says none. Each note said in a warning.
     */
    private List<PlanNode> withNotesOnEveryTask(List<PlanNode> sections) {
        // the tasks, and those given the note's time
        int[] counts = {0, 0};
        List<PlanNode> given = new ArrayList<>(sections.size());
        for (PlanNode section : sections) {
            given.add(withNotesOnEveryTask(section, counts));
        }
        if (!everyTaskUnits.isEmpty()) {
            warnings.add(ParseWarning.at(everyTaskLine, "parse.warning.unitsOfEveryTask",
                    String.join("、", everyTaskUnits), counts[0]));
        }
        defaultDeadline.ifPresent(deadline -> warnings.add(ParseWarning.at(defaultDeadlineLine,
                "parse.warning.defaultDeadline", deadline.field(), counts[1])));
        return given;
    }

    private PlanNode withNotesOnEveryTask(PlanNode node, int[] counts) {
        List<PlanNode> children = new ArrayList<>(node.children().size());
        node.children().forEach(child -> children.add(withNotesOnEveryTask(child, counts)));
        List<Assignment> assignments = node.assignments();
        String text = node.text();
        if (node.kind() == NodeKind.TASK) {
            counts[0]++;
            assignments = new ArrayList<>(assignments);
            for (String name : everyTaskUnits) {
                if (node.assignments().stream().noneMatch(a -> a.unit().name().equals(name))) {
                    assignments.add(Assignment.create(unit(name, everyTaskLine), Role.RESPONSIBLE));
                    sources.add(new UnitSource(nodeName(node), name, Role.RESPONSIBLE, everyTaskLine,
                            UnitRule.EVERY_TASK));
                }
            }
            if (defaultDeadline.isPresent() && DefaultDeadline.saysNoTime(node.title() + "\n" + text)) {
                text = join(text, defaultDeadline.get().field());
                counts[1]++;
            }
        }
        return new PlanNode(node.id(), node.kind(), node.label(), node.title(), text, assignments,
                node.indicators(), children, node.rowVersion());
    }

    private static List<SourceLine> cleaned(List<SourceLine> rawLines) {
        List<SourceLine> lines = new ArrayList<>(rawLines.size());
        boolean bracketNumbers = false;
        boolean tasks = false;
        for (SourceLine raw : rawLines) {
            String text = TextCleaner.clean(raw.text());
            lines.add(new SourceLine(raw.number(),
                    TextCleaner.isPageMark(text) || TextCleaner.isPageChrome(text) ? "" : text));
            // the digit first: a plan at the limits has 20,000 lines
            boolean numbered = startsWithDigit(text);
            bracketNumbers |= numbered && TextCleaner.closingBracketNumber(text, false) != null;
            tasks |= numbered && Headings.TASK.matcher(text).matches();
        }
        if (bracketNumbers) {
            // 1） is a task where the document numbers none 1., else the level below
            for (int i = 0; i < lines.size(); i++) {
                String text = lines.get(i).text();
                String renumbered = startsWithDigit(text) ? TextCleaner.closingBracketNumber(text, tasks) : null;
                if (renumbered != null) {
                    lines.set(i, new SourceLine(lines.get(i).number(), renumbered));
                }
            }
        }
        return lines;
    }

    private static boolean startsWithDigit(String text) {
        return !text.isEmpty() && text.charAt(0) >= '0' && text.charAt(0) <= '9';
    }

    private int firstSection(List<SourceLine> lines) {
        // a notice whose own text numbers its requests 一、二、 (…并提出以下要求：一、…): the plan's sections after its date
        int from = afterNoticeWithSections(lines);
        for (int i = from; i < lines.size(); i++) {
            if (Headings.SECTION.matcher(lines.get(i).text()).matches()) {
                return i;
            }
        }
        for (int i = 0; i < from; i++) {
            if (Headings.SECTION.matcher(lines.get(i).text()).matches()) {
                return i;
            }
        }
        // a plan without the 一、 level: its （一） items make one section
        for (int i = 0; i < lines.size(); i++) {
            if (Headings.ITEM.matcher(lines.get(i).text()).matches()) {
                implicitSection = true;
                return i;
            }
        }
        throw noPlan(lines);
    }

    /** How far into a document its notice's title is looked for, and its date after the title. */
    private static final int NOTICE_TITLE_LINES = 40;
    private static final int NOTICE_DATE_LINES = 200;

    /**
     * The line after a notice's 成文日期 where the notice's own text, between its title and its date, has paragraphs
     * numbered as sections are (一、提高思想认识。…) and a section follows the date: the plan's first section is the
     * first after it. 0 otherwise (the plan's sections may start anywhere).
     */
    private static int afterNoticeWithSections(List<SourceLine> lines) {
        int title = -1;
        for (int i = 0; i < Math.min(lines.size(), NOTICE_TITLE_LINES) && title < 0; i++) {
            title = issuingTitle(lines.get(i).text()) ? i : -1;
        }
        if (title < 0) {
            return 0;
        }
        boolean sectionsInNotice = false;
        for (int i = title + 1; i < Math.min(lines.size(), title + NOTICE_DATE_LINES); i++) {
            String text = lines.get(i).text();
            if (DatedLine.isDateLine(text)) {
                return sectionsInNotice ? i + 1 : 0;
            }
            sectionsInNotice |= Headings.SECTION.matcher(text).matches();
        }
        return 0;
    }

    /** Nothing recognised: the message says what was there (how many paragraphs, what they start with, tables). */
    private PlanParseException noPlan(List<SourceLine> lines) {
        int paragraphs = 0;
        int sections = 0;
        int items = 0;
        int tasks = 0;
        for (SourceLine line : lines) {
            if (line.isBlank()) {
                continue;
            }
            paragraphs++;
            sections += Headings.SECTION.matcher(line.text()).matches() ? 1 : 0;
            items += Headings.ITEM.matcher(line.text()).matches() ? 1 : 0;
            tasks += Headings.TASK.matcher(line.text()).matches() ? 1 : 0;
        }
        LocalizedText seen = LocalizedText.of("parse.seen.lines", paragraphs, sections, items, tasks);
        return unmapped.map(table -> PlanParseException.withUnmappedTable(table, "parse.error.noPlanTable", seen, tables))
                .orElseGet(() -> new PlanParseException(0, "parse.error.noPlan", seen, tables));
    }

    /**
     * Where an attachment bound after the plan begins (GB/T 9704 7.3.7: "附件" or "附件2" alone on its line, on a
     * page of its own), if the plan's body before it already has its actions or projects: the attachment (a task
     * division table, a list of units) says the plan over again and is not read as more of it. Without items (or
     * tasks naming their units) before it, the attachment is the plan (a notice whose 分工表 is all there is) and is
     * read. The 版记's start if none.
     */
    /**
     * An attachment's label with the table's title on its line (附件：科普基础设施工程任务分工表, 附件2：重点任务清单),
     * after the plan's items — not a list of the attachments (附件：1.任务分工表 2.…).
     */
    private static final Pattern TITLED_TABLE_ATTACHMENT = Pattern.compile(
            "^附\\s*[件表]\\s*[0-9０-９一二三四五六七八九十]{0,3}\\s*[：:]\\s*(?![0-9０-９]+\\s*[.．、])\\S.*(?:表|清单|台账)$");

    private static int attachmentStart(List<SourceLine> lines, int bodyStart, int tailStart) {
        boolean items = false;
        for (int i = bodyStart; i < tailStart; i++) {
            String text = lines.get(i).text();
            // items, or tasks naming their units in a plan without the （一） level (its 附件, a 分工表 again, was
            // read as more of the plan); numbered goals (1、到2025年…) are no tasks
            if (items) {
                if (ATTACHMENT_LABEL.matcher(text).matches()
                        || TITLED_TABLE_ATTACHMENT.matcher(text.strip()).matches()) {
                    return i;
                }
            } else if (isItemOrListedTask(text)) {
                items = true;
            }
        }
        return tailStart;
    }

    /** A section heading of the body that says the tasks' division follows: 五、任务分工, 六、重点任务分工及责任单位. */
    private static final Pattern DIVISION_TITLE = Pattern.compile(".{0,12}(?:分工|责任分解|职责清单).{0,12}");
    /** How many paragraphs may stand between such a heading and its table (具体分工见下表：). */
    private static final int LINES_BEFORE_TABLE = 3;

    /**
     * Where a 分工表 in the body begins and ends (end exclusive), after the plan's items: a section heading naming
     * the division ({@link #DIVISION_TITLE}), a few lines at most, then a division table's rows (a Word or web
     * page's table read as one) — the plan over again, as an attached 分工表 is: not read as more of the plan.
     */
    private Optional<int[]> divisionInBody(List<SourceLine> lines, int bodyStart, int end) {
        boolean items = false;
        for (int i = bodyStart; i < end; i++) {
            String text = lines.get(i).text();
            if (!items) {
                items = isItemOrListedTask(text);
                continue;
            }
            java.util.regex.Matcher heading = Headings.SECTION.matcher(text);
            if (tableLines.contains(lines.get(i).number()) || !heading.matches()
                    || !DIVISION_TITLE.matcher(heading.group(3).strip()).matches()) {
                continue;
            }
            int first = i + 1;
            for (int between = 0; first < end && !tableLines.contains(lines.get(first).number()); first++) {
                if (!lines.get(first).isBlank() && ++between > LINES_BEFORE_TABLE) {
                    break;
                }
            }
            if (first >= end || !tableLines.contains(lines.get(first).number())) {
                continue;
            }
            int last = first;
            while (last < end && (tableLines.contains(lines.get(last).number()) || lines.get(last).isBlank())) {
                last++;
            }
            return Optional.of(new int[] {i, last});
        }
        return Optional.empty();
    }

    /**
     * Whether a line shows the plan's items have begun: an item's heading, or a task naming its units in a plan
     * without the （一） level (numbered goals, 1、到2025年…, are no tasks). An attachment or a 分工表 after it says the
     * plan again.
     */
    private static boolean isItemOrListedTask(String text) {
        return Headings.ITEM.matcher(text).matches()
                || Headings.TASK.matcher(text).matches() && UnitList.find(text).isPresent();
    }

    /** Whether no task of the plan names a unit (its items may name their leads). */
    private static boolean namesNoTaskUnits(List<PlanNode> sections) {
        return sections.stream().flatMap(section -> section.children().stream())
                .flatMap(item -> AttachedDivision.tasks(item).stream()).allMatch(task -> task.assignments().isEmpty());
    }

    /**
     * The plan without the lists that say its units are in the attachment ({@link UnitNames#refersToAttachment}):
     * the nodes saying so name none of their own, for the attachment's 分工表 to give them theirs; the review says
     * where, and if the document has no attachment, that they have none.
     */
    private List<PlanNode> withoutReferences(List<PlanNode> sections, boolean attached) {
        // the first such list: its words and its line
        Map.Entry<String, Integer> first = unitFirstLines.entrySet().stream()
                .filter(e -> UnitNames.refersToAttachment(e.getKey())).min(Map.Entry.comparingByValue())
                .orElse(Map.entry("", 0));
        String word = first.getKey();
        int line = first.getValue();
        int[] nodes = {0};
        List<PlanNode> without = new ArrayList<>(sections.size());
        sections.forEach(section -> without.add(withoutReferences(section, nodes)));
        sources.removeIf(source -> UnitNames.refersToAttachment(source.unit()));
        units.keySet().removeIf(UnitNames::refersToAttachment);
        unitFirstLines.keySet().removeIf(UnitNames::refersToAttachment);
        warnings.add(ParseWarning.at(line, attached ? "parse.warning.unitsInAttachment"
                : "parse.warning.unitsInNoAttachment", word, nodes[0]));
        return without;
    }

    private static PlanNode withoutReferences(PlanNode node, int[] nodes) {
        List<Assignment> assignments = node.assignments().stream()
                .filter(assignment -> !UnitNames.refersToAttachment(assignment.unit().name())).toList();
        nodes[0] += assignments.size() < node.assignments().size() ? 1 : 0;
        List<PlanNode> children = new ArrayList<>(node.children().size());
        node.children().forEach(child -> children.add(withoutReferences(child, nodes)));
        return new PlanNode(node.id(), node.kind(), node.label(), node.title(), node.text(), assignments,
                node.indicators(), children, node.rowVersion());
    }

    /** A note in the plan's text: 注：…, its first point's number (注：1. …) in group 1. */
    private static final Pattern NOTE_START =
            Pattern.compile("^[（(]?" + NoteWords.LABEL + "\\s*(?:([0-9]{1,2})\\s*[.．、])?");

    /** The warnings of reading an attachment that are about its units, kept when its units are taken. */
    private static final java.util.Set<String> UNIT_WARNINGS = java.util.Set.of("parse.warning.oddUnitName",
            "parse.warning.unclosedUnits", "parse.warning.leadsFromTasks",
            "parse.warning.unplacedOnItem", "parse.warning.responsibleOnItem");

    /**
     * A plan whose body names no task's units, with those its attachment (a 分工表, or the plan over again with its
     * units) gives to the items and tasks it names ({@link AttachedDivision}): the attachment is read as a plan of its
     * own, and a node of the body that names no units takes those of the attachment's node that is it. Rows found in
     * no node of the body are named in a warning; an attachment that holds no plan leaves the body as it was.
     */
    private List<PlanNode> withAttachedUnits(List<PlanNode> sections, SourceLine label, List<SourceLine> attached,
                                             String source, List<String> knownUnitNames) {
        PlanTextParser reader = new PlanTextParser(tables, tableLines, Optional.empty(), List.of());
        reader.inAttachment = true;
        reader.firstListedLeads = firstListedLeads;
        List<SourceLine> lines = new ArrayList<>(attached.size() + 1);
        // a section over it all: a table whose rows are tasks alone is a plan too
        lines.add(new SourceLine(label.number(), "一、" + label.text()));
        lines.addAll(attached);
        ParseReport division;
        try {
            division = reader.parse(source, "", lines, knownUnitNames);
        } catch (PlanParseException noPlan) {
            return unitsUnread(sections, label);
        }
        Map<PlanNode, PlanNode> rowOf = new java.util.IdentityHashMap<>();
        Map<PlanNode, PlanNode> matched = AttachedDivision.match(sections, division.document().sections());
        matched.forEach((row, node) -> {
            if (node.assignments().isEmpty() && !row.assignments().isEmpty()) {
                rowOf.put(node, row);
            }
        });
        // an action of the attachment that is its own task (a table dividing the plan by its actions): its units
        // carry out each task of the body's action that names none, as an action's units do over such tasks
        Map<PlanNode, PlanNode> ownTasks = new java.util.IdentityHashMap<>();
        matched.forEach((row, node) -> row.ownTask().filter(own -> !matched.containsKey(own))
                .ifPresent(own -> ownTasks.put(own, node)));
        ownTasks.forEach((own, item) -> {
            item.children().stream().filter(task -> task.kind().isTask() && task.assignments().isEmpty())
                    .forEach(task -> rowOf.putIfAbsent(task, own));
            matched.put(own, item);
        });
        if (rowOf.isEmpty()) {
            return unitsUnread(sections, label);
        }
        withoutSkipWarning(label);
        warnings.add(ParseWarning.at(label.number(), "parse.warning.unitsFromAttachment", rowOf.size()));
        // only the units of the attachment are taken: a note under its table saying more is named, not lost — each
        // of its points too (注：1. … / 2. …)
        int point = -1;
        for (SourceLine line : attached) {
            Matcher note = NOTE_START.matcher(line.text());
            Matcher number = point >= 0 ? Headings.TASK.matcher(line.text()) : null;
            if (note.lookingAt()) {
                point = note.group(1) == null ? 0 : Integer.parseInt(note.group(1));
            } else if (number != null && number.matches() && Integer.parseInt(number.group(1)) == point + 1) {
                point++;
            } else {
                point = line.isBlank() ? point : -1;
                continue;
            }
            warnings.add(ParseWarning.at(line.number(), "parse.warning.attachmentNote", excerpt(line.text())));
        }
        java.util.Set<Integer> given = new java.util.HashSet<>();
        rowOf.keySet().forEach(node -> given.add(nodeLines.get(node)));
        warnings.removeIf(w -> given.contains(w.line()) && (w.message().key().equals("parse.warning.noResponsible")
                || w.message().key().equals("parse.warning.noLead")));
        // that an attachment's item was led by its tasks' leads is said only of an item whose units are taken
        java.util.Set<Object> takenItems = new java.util.HashSet<>();
        rowOf.values().stream().filter(row -> row.kind().isItem()).forEach(row -> takenItems.add(row.title()));
        division.warnings().stream().filter(w -> UNIT_WARNINGS.contains(w.message().key())
                        && (!w.message().key().equals("parse.warning.leadsFromTasks")
                        || takenItems.contains(w.message().arguments().get(1))))
                .forEach(warnings::add);
        // a row found in the body whose node has units of its own (an action naming its leads) is no row unfound;
        // nor is an item all of whose tasks were found (a table of tasks alone: the heading read over them)
        division.document().sections().forEach(section -> section.forEachNode(row -> {
            boolean overFound = !row.children().isEmpty() && row.children().stream().allMatch(matched::containsKey);
            if (row.kind() != NodeKind.SECTION && !row.assignments().isEmpty() && !matched.containsKey(row)
                    && !overFound) {
                warnings.add(ParseWarning.at(reader.nodeLines.getOrDefault(row, label.number()),
                        "parse.warning.attachedRowUnmatched", nodeName(row), row.assignments().stream()
                                .map(a -> a.unit().name()).collect(java.util.stream.Collectors.joining("、"))));
            }
        }));
        reader.expansions.forEach(expansions::putIfAbsent);
        Map<String, List<UnitSource>> found = new java.util.HashMap<>();
        division.sources().forEach(s -> found.computeIfAbsent(s.node(), k -> new ArrayList<>()).add(s));
        List<PlanNode> merged = new ArrayList<>(sections.size());
        for (PlanNode section : sections) {
            merged.add(withUnitsOf(section, rowOf, found, label.number()));
        }
        return merged;
    }

    /**
     * The body as it was, its attachment giving no units to its tasks (a table in a PDF, read as lines, or no table
     * at all): the warning says so, and where the units could come from, rather than that the plan was read.
     */
    private List<PlanNode> unitsUnread(List<PlanNode> sections, SourceLine label) {
        withoutSkipWarning(label);
        warnings.add(ParseWarning.at(label.number(), "parse.warning.attachmentUnitsUnread"));
        return sections;
    }

    /** Takes back the warning that the attachment was skipped: its units were looked for. */
    private void withoutSkipWarning(SourceLine label) {
        warnings.removeIf(w -> w.line() == label.number()
                && w.message().key().equals("parse.warning.attachmentSkipped"));
    }

    /** A node of the body and those under it, each with the units of the attachment's node that is it, if any. */
    private PlanNode withUnitsOf(PlanNode node, Map<PlanNode, PlanNode> rowOf, Map<String, List<UnitSource>> found,
                                 int labelLine) {
        List<PlanNode> children = new ArrayList<>(node.children().size());
        node.children().forEach(child -> children.add(withUnitsOf(child, rowOf, found, labelLine)));
        PlanNode row = rowOf.get(node);
        List<Assignment> assignments = node.assignments();
        if (row != null) {
            assignments = new ArrayList<>(row.assignments().size());
            List<UnitSource> rowSources = found.getOrDefault(nodeName(row), List.of());
            for (Assignment given : row.assignments()) {
                String name = given.unit().name();
                UnitSource from = rowSources.stream().filter(s -> s.unit().equals(name) && s.role() == given.role())
                        .findFirst().orElse(null);
                int line = from != null ? from.line() : labelLine;
                assignments.add(Assignment.create(unit(name, line), given.role()));
                sources.add(new UnitSource(nodeName(node), name, given.role(), line,
                        from != null ? from.rule() : UnitRule.LABELLED));
            }
        }
        return new PlanNode(node.id(), node.kind(), node.label(), node.title(), withTimeOf(node, row), assignments,
                node.indicators(), children, node.rowVersion());
    }

    /**
     * A task's text, with the time field of the attachment's row that is it where its own text gives no deadline:
     * a 分工表 is often the one place a task's 完成时限 is written.
     */
    private static String withTimeOf(PlanNode node, PlanNode row) {
        if (row == null || !node.kind().isTask()
                || org.kesudesk.model.DeadlineWording.find(node.text()).isPresent()) {
            return node.text();
        }
        Matcher field = Headings.TIME_FIELD_IN_TEXT.matcher(row.text());
        String time = null;
        while (field.find()) {
            time = field.group();
        }
        return time != null && org.kesudesk.model.DeadlineWording.find(time).isPresent()
                ? join(node.text(), time) : node.text();
    }

    /** An item or task as the review names it: 1.加强学校科学教育, （一）青少年科学素质提升行动. */
    private static String nodeName(PlanNode node) {
        if (node.kind().isItem()) {
            return "（" + node.label() + "）" + node.title();
        }
        return (node.label().isEmpty() ? "" : node.kind().numbering(node.label())) + node.title();
    }

    /** A web page's field of the document's title, which the page gives again over its text: 标题：…, 名称：…. */
    private static final Pattern TITLE_FIELD = Pattern.compile("^(?:标\\s*题|名\\s*称|文件名称|文件标题)\\s*[：:]");

    /** Whether a line ends a notice's title (…的通知, …的函) — not a web page's field that names it. */
    private static boolean issuingTitle(String line) {
        return org.kesudesk.model.Plan.endsAsIssuingTitle(line) && !TITLE_FIELD.matcher(line).lookingAt();
    }

    /** Whether a line is the 文号's, with what may stand beside it ({@link #DOC_NUMBER_LINE}), as written. */
    static boolean isDocNumberLine(String text) {
        return DOC_NUMBER_LINE.matcher(TextCleaner.clean(text)).matches();
    }

    /** Whether a line starts a list of the 版记: 抄送：… (分送：…), or 主送：… as a 主送 moved there is headed. */
    static boolean startsColophonList(String text) {
        String line = text.strip();
        return (line.startsWith("抄") || line.startsWith("分") || line.startsWith("主"))
                && (COPIED_TO.matcher(line).matches() || ADDRESSED.matcher(line).matches());
    }

    /** Whether a line is one of the 版记's: 抄送：…, or …印发 (the organ and the date it was printed). */
    static boolean isImprintLine(String text) {
        String line = text.strip();
        return COPIED_TO.matcher(line).matches() || KEYWORDS.matcher(line).matches()
                || (line.endsWith("发") || line.endsWith("發")) && PRINTED.matcher(ChineseNumerals.arabicDates(line))
                .matches();
    }

    /**
     * The document's lines with its 版记 (抄送, 印发) found: where the final one starts, and the lines its fields are
     * read from. GB/T 9704 puts the 版记 last, and what follows the last one (a page's footer) is not read. But a
     * notice whose plan was a file of its own has its 版记 under the notice, and a copy of the two has the plan after
     * it (or a 分工表 after the plan's 版记): a 版记 with headings after it is read as the document's, its lines are left
     * out of the plan (they were the plan's preamble, its title lost) and the reading goes on after it.
     *
     * @param lines     the lines, those of a 版记 with more of the plan after it blank
     * @param tailStart where the final 版记 starts; the number of lines if there is none
     * @param tail      the lines the 版记's fields are read from: the final one's to the end, else the first inside
     */
    private record Imprint(List<SourceLine> lines, int tailStart, List<SourceLine> tail) {
    }

    private Imprint imprint(List<SourceLine> lines) {
        List<SourceLine> kept = lines;
        List<SourceLine> inside = List.of();
        int lastHeading = lastHeading(lines);
        int from = 0;
        while (true) {
            int at = nextImprintLine(kept, from);
            if (at == kept.size()) {
                return new Imprint(kept, kept.size(), inside);
            }
            int start = imprintStart(kept, at);
            int end = imprintEnd(kept, at);
            if (lastHeading < end) {
                warnOfWordsAfter(kept, end);
                return new Imprint(kept, start, kept.subList(start, kept.size()));
            }
            if (inside.isEmpty()) {
                inside = List.copyOf(kept.subList(start, end));
                warnings.add(ParseWarning.at(kept.get(start).number(), "parse.warning.imprintInside"));
            }
            if (kept == lines) {
                kept = new ArrayList<>(lines);
            }
            for (int i = start; i < end; i++) {
                kept.set(i, new SourceLine(kept.get(i).number(), ""));
            }
            from = end;
        }
    }

    /**
     * Tells the review of a numbered line or a list of units after the last 版记, which is not read (what follows the
     * 版记 is a page's footer; a task pasted there is not the footer's).
     */
    private void warnOfWordsAfter(List<SourceLine> lines, int end) {
        for (int i = end; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (Headings.startsStructure(text) && UnitList.find(text).isPresent()) {
                warnings.add(ParseWarning.at(lines.get(i).number(), "parse.warning.afterImprint",
                        excerpt(text)));
                return;
            }
        }
    }

    /** The next line from {@code from} that is a 版记's: 抄送：…, or …印发 with its date; the number of lines if none. */
    private static int nextImprintLine(List<SourceLine> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (COPIED_TO.matcher(text).matches() || KEYWORDS.matcher(text).matches()
                    || text.startsWith("主") && ADDRESSED.matcher(text).matches() && addresseesEnd(lines, i) > i) {
                return i;
            }
            // PRINTED's lazy prefix would try every position of every long line of the body
            if ((text.endsWith("发") || text.endsWith("發")) && PRINTED.matcher(ChineseNumerals.arabicDates(text))
                    .matches()) {
                return i;
            }
        }
        return lines.size();
    }

    /** Where the 版记 of that line starts: the line, or the organ's line above a 印发 line that names none. */
    private static int imprintStart(List<SourceLine> lines, int at) {
        Matcher printed = PRINTED.matcher(ChineseNumerals.arabicDates(lines.get(at).text()));
        if (!printed.matches() || !printed.group(1).isBlank()) {
            return at;
        }
        // the organ on its own line above; not a sentence of the plan's last paragraph
        int above = previousNonBlank(lines, at, 0);
        return above < at && namesAnOrgan(lines.get(above).text()) ? above : at;
    }

    /**
     * Where the 版记 of that line ends (exclusive): after its 印发 line; a 抄送 line goes on over the lines after it
     * to the 印发 line if one follows them (the rest of the names, the organ), else over the lines that go on
     * listing names (…，市政协办公室。), not the plan's title after them.
     */
    private static int imprintEnd(List<SourceLine> lines, int at) {
        if (ADDRESSED.matcher(lines.get(at).text()).matches()) {
            // the 主送's names, then the 抄送 or 印发 line they end at
            int end = addresseesEnd(lines, at);
            return end > at ? imprintEnd(lines, end) : at + 1;
        }
        if (KEYWORDS.matcher(lines.get(at).text()).matches()) {
            // the 抄送 or 印发 line under it goes with it
            int next = at + 1;
            while (next < lines.size() && lines.get(next).isBlank()) {
                next++;
            }
            return next < lines.size() && nextImprintLine(lines, next) == next
                    && !KEYWORDS.matcher(lines.get(next).text()).matches() ? imprintEnd(lines, next) : at + 1;
        }
        if (!COPIED_TO.matcher(lines.get(at).text()).matches()) {
            return at + 1;
        }
        int end = at + 1;
        // the names end with a full stop: a line after it is the 印发's, or no more of the 版记
        boolean listing = !FULL_STOP_END.matcher(lines.get(at).text()).find();
        int names = 0;
        for (int i = at + 1; i < lines.size() && names <= MAX_COPIED_TO_LINES; i++) {
            String text = lines.get(i).text();
            if (text.isBlank()) {
                continue;
            }
            if ((text.endsWith("发") || text.endsWith("發")) && PRINTED.matcher(ChineseNumerals.arabicDates(text))
                    .matches()) {
                return i + 1;
            }
            if (Headings.startsStructure(text) || text.length() > org.kesudesk.model.ContentLimits.SHORT_FIELD) {
                break;
            }
            listing &= NAMES_GO_ON.matcher(text).find();
            if (listing) {
                end = i + 1;
                listing = !FULL_STOP_END.matcher(text).find();
            }
            names++;
        }
        return end;
    }

    /**
     * The 抄送 or 印发 line a 主送 in the 版记 (its line at {@code at}) goes on to, over lines of names; {@code at} if
     * none follows within {@link #MOST_COLOPHON_ADDRESSEE_LINES} (a 主送： line that is not a 版记's).
     */
    private static int addresseesEnd(List<SourceLine> lines, int at) {
        int names = 0;
        for (int i = at + 1; i < lines.size() && names <= MOST_COLOPHON_ADDRESSEE_LINES; i++) {
            String text = lines.get(i).text();
            if (text.isBlank()) {
                continue;
            }
            if (COPIED_TO.matcher(text).matches() || (text.endsWith("发") || text.endsWith("發"))
                    && PRINTED.matcher(ChineseNumerals.arabicDates(text)).matches()) {
                return i;
            }
            if (Headings.startsStructure(text) || text.length() > org.kesudesk.model.ContentLimits.SHORT_FIELD) {
                return at;
            }
            names++;
        }
        return at;
    }

    /** A line of a 抄送's names: they are set apart by commas, and the last one ends with a full stop. */
    private static final Pattern NAMES_GO_ON = Pattern.compile("[，、,]|[。.]$");
    private static final Pattern FULL_STOP_END = Pattern.compile("[。.]$");

    /** The most lines a 抄送's names and the organ's line take before its 印发 line. */
    private static final int MAX_COPIED_TO_LINES = 5;

    /**
     * The last line that is a section's or an item's heading (一、 （一）): a 版记 before it has more of the plan after
     * it (no line of a 版记 is one; a page's footer after the last 版记 may number its links, 1. 2., but has none).
     * -1 if none.
     */
    private static int lastHeading(List<SourceLine> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String text = lines.get(i).text();
            if (Headings.SECTION.matcher(text).matches() || Headings.ITEM.matcher(text).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static int previousNonBlank(List<SourceLine> lines, int index, int floor) {
        for (int i = index - 1; i > floor; i--) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return index;
    }

    /**
     * Joins lines into paragraphs. A line that stops mid-sentence continues on the next non-blank line unless that
     * one starts a heading: this mends words split by a page break (着力培 / 育生产型) and hard-wrapped PDF text.
     */
    static List<Paragraph> paragraphs(List<SourceLine> lines) {
        List<Paragraph> paragraphs = new ArrayList<>();
        StringBuilder text = null;
        // the paragraph's text while it is one line (most are): not copied out of the builder for every line
        String oneLine = null;
        int first = 0;
        int last = 0;
        int wrapWidth = wrapWidth(lines);
        int previousLength = 0;
        for (SourceLine line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String current = oneLine != null ? oneLine : text == null ? null : text.toString();
            // text copied out of a PDF is wrapped at the page's width: a full line goes on, whatever it ends with
            boolean wrapped = wrapWidth > 0 && previousLength >= wrapWidth - 1;
            // a title or a field (责任单位：…, 完成时限：…) on a line of its own is a paragraph, unless the page's width
            // or its end cut the line (责任单位：市委宣传部、市民 / 政局、…)
            boolean ownLine = current != null && !wrapped && (Headings.isBareTaskHeading(current)
                    || Headings.FIELD.matcher(current).matches() && !UnitList.goesOnIn(current, line.text())
                    || Headings.FIELD.matcher(line.text()).matches());
            boolean continues = current != null && (wrapped || !Headings.endsComplete(current))
                    && !Headings.isBareHeading(current) && !ownLine && !Headings.startsStructure(line.text());
            previousLength = line.text().codePointCount(0, line.text().length());
            if (continues) {
                if (oneLine != null) {
                    text = new StringBuilder(oneLine);
                    oneLine = null;
                }
                if (needsSpace(current, line.text())) {
                    text.append(' ');
                }
                text.append(line.text());
                last = line.number();
            } else {
                if (current != null) {
                    paragraphs.add(new Paragraph(first, last, current));
                }
                oneLine = line.text();
                text = null;
                first = line.number();
                last = line.number();
            }
        }
        String current = oneLine != null ? oneLine : text == null ? null : text.toString();
        if (current != null) {
            paragraphs.add(new Paragraph(first, last, current));
        }
        return paragraphs;
    }

    /**
     * The width text was hard-wrapped at (copied out of a PDF, or saved with line breaks), or 0: when a quarter of
     * the lines (and at least five) are as long as the longest, the longest is the width of the page's lines.
     */
    static int wrapWidth(List<SourceLine> lines) {
        int longest = 0;
        int nonBlank = 0;
        for (SourceLine line : lines) {
            if (!line.isBlank()) {
                nonBlank++;
                longest = Math.max(longest, line.text().codePointCount(0, line.text().length()));
            }
        }
        if (longest < 15) {
            return 0;
        }
        int full = 0;
        for (SourceLine line : lines) {
            if (!line.isBlank() && line.text().codePointCount(0, line.text().length()) >= longest - 1) {
                full++;
            }
        }
        return full >= 5 && full * 4 >= nonBlank ? longest : 0;
    }

    private static boolean needsSpace(String before, String after) {
        char a = before.charAt(before.length() - 1);
        char b = after.charAt(0);
        return a < 0x2E80 && b < 0x2E80 && Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b);
    }

    /** A document that stops in the middle of a sentence or a unit list was cut off: refuse it. */
    /**
     * Where a document that stops in the middle of a sentence, a unit list or after a heading was cut off: what it
     * holds is read all the same, and the user decides (the review says where it stops).
     */
    private Optional<ParseWarning> cutOff(List<Paragraph> paragraphs) {
        if (paragraphs.isEmpty()) {
            return Optional.empty();
        }
        Paragraph last = paragraphs.get(paragraphs.size() - 1);
        if (tableLines.contains(last.lastLine())) {
            // a 分工表's last row: a cell ends with no full stop, and a row naming no units is no list cut short
            return Optional.empty();
        }
        Optional<UnitList> units = UnitList.find(last.text());
        String reason = null;
        if (units.isPresent() && !units.get().closed()) {
            reason = "parse.truncated.unitList";
        } else if (Headings.isBareHeading(last.text())) {
            reason = "parse.truncated.heading";
        } else if (!Headings.endsComplete(last.text()) && UnitList.labelLine(last.text()).isEmpty()
                && units.filter(list -> list.names().stream().allMatch(UnitNames::looksLikeUnit)).isEmpty()) {
            // a list on a line of its own, or closing the text without brackets (…。【责任单位】市科协), needs no full
            // stop, if its every name is a unit's
            reason = "parse.truncated.sentence";
        }
        return Optional.ofNullable(reason).map(key -> ParseWarning.at(last.lastLine(), "parse.warning.cutOff",
                LocalizedText.of(key)));
    }

    // --- the notice wrapper -----------------------------------------------------------------------------------

    /** The notice's header fields and the plan's title and preamble, all before the first section. */
    private static final class Notice {
        String docNumber = "";
        String title = "";
        String addressees = "";
        String body = "";
        String issuer = "";
        Optional<LocalDate> issueDate = Optional.empty();
        String annotation = "";
        String planTitle = "";
        String preamble = "";
    }

    private Notice parseNotice(List<SourceLine> lines) {
        Notice notice = new Notice();
        List<SourceLine> text = lines.stream().filter(line -> !line.isBlank()).toList();
        int i = 0;
        int docNumberIndex = -1;
        // a web page's copy may have its path, an index of fields and a font-size switch above the notice
        for (int j = 0; j < Math.min(text.size(), 30); j++) {
            Matcher field = DOC_NUMBER_FIELD.matcher(text.get(j).text());
            Matcher number = field.matches() ? DOC_NUMBER.matcher(field.group(1)) : null;
            if (number != null && number.matches()) {
                // a web page's index of the document's fields: 发文字号：乙政办发〔2026〕3号, not where the notice starts
                if (notice.docNumber.isEmpty()) {
                    notice.docNumber = docNumber(number);
                }
                continue;
            }
            Matcher m = DOC_NUMBER_LINE.matcher(text.get(j).text());
            if (m.matches()) {
                notice.docNumber = docNumber(m);
                docNumberIndex = j;
                i = j + 1;
                break;
            }
        }
        int titleEnd = -1;
        for (int j = i; j < Math.min(text.size(), i + 6); j++) {
            if (issuingTitle(text.get(j).text())) {
                titleEnd = j;
                break;
            }
        }
        if (titleEnd < 0 && docNumberIndex < 0) {
            // a web page's own lines above the title (its name, menus, path, field index): the title is the line
            // ending 通知 that the addressees follow, past the page's line of when and where it was published
            for (int j = i; j < Math.min(text.size() - 1, 40) && titleEnd < 0; j++) {
                int next = j + 1;
                while (next < text.size() - 1 && next <= j + 2 && PAGE_INFO.matcher(text.get(next).text()).find()) {
                    next++;
                }
                if (issuingTitle(text.get(j).text())
                        && endsWithColon(text.get(next).text())) {
                    titleEnd = j;
                    // the title's lines from its 关于 (乙市…关于印发乙市全民 / 科学素质…的通知), else its line alone
                    int start = titleStart(text, i, j);
                    i = text.get(start).text().contains("关于") ? start : j;
                }
            }
        }
        if (titleEnd >= 0 && titleEnd + 1 < text.size()
                && org.kesudesk.model.Plan.isDraftMark(text.get(titleEnd + 1).text())) {
            // a draft's mark under its title, a line of its own: （征求意见稿）
            titleEnd++;
        }
        if (titleEnd >= 0) {
            notice.title = jointIssuersApart(joinTexts(text.subList(titleStart(text, i, titleEnd), titleEnd + 1), ""));
        } else if (docNumberIndex > 0
                && issuingTitle(text.get(docNumberIndex - 1).text())) {
            // copied from a web page, which puts the title first and the 文号 under it
            int titleStart = docNumberIndex - 1;
            while (titleStart > 0 && docNumberIndex - titleStart < 3
                    && text.get(titleStart - 1).number() == text.get(titleStart).number() - 1
                    && !text.get(titleStart - 1).text().endsWith("文件")
                    && !text.get(titleStart - 1).text().contains("：")) {
                titleStart--;
            }
            notice.title = jointIssuersApart(joinTexts(text.subList(titleStart, docNumberIndex), ""));
            titleEnd = docNumberIndex;
        }
        if (titleEnd >= 0) {
            i = titleEnd + 1;
            // a web page's line of when and where it was published, between the title and the addressees
            for (int skipped = 0; skipped < 2 && i + 1 < text.size() && !endsWithColon(text.get(i).text())
                    && PAGE_INFO.matcher(text.get(i).text()).find(); skipped++) {
                i++;
            }
            // the 主送 on its line, or as a copy gave it: broken over lines (…委、办、 / 局，各有关单位：), its colon lost
            int addresseeLines = addresseeLines(text, i);
            if (addresseeLines > 0) {
                String line = joinTexts(text.subList(i, i + addresseeLines), "").strip();
                notice.addressees = endsWithColon(line) ? line.substring(0, line.length() - 1) : line;
                i += addresseeLines;
            }
            // a copy that ran the 署名 and the date into one line: read as the two lines they are
            text = signatureApartFromDate(text, i);
            int dateIndex = -1;
            for (int j = i; j < text.size(); j++) {
                if (DatedLine.isDateLine(text.get(j).text())) {
                    dateIndex = j;
                    break;
                }
            }
            if (dateIndex > i) {
                // a joint notice's 署名 may set each organ on a line of its own above the date
                int signature = dateIndex - 1;
                while (signature - 1 > i && dateIndex - signature < MAX_JOINT_ISSUERS
                        && isSignatureLine(text.get(signature).text())
                        && isSignatureLine(text.get(signature - 1).text())) {
                    signature--;
                }
                if (!namesAnOrgan(text.get(signature).text())) {
                    // no 署名 above the date (a copy that lost it with the seal): the notice's last sentence is its
                    // text's, and the issuer the one its title names
                    signature = dateIndex;
                    notice.issuer = issuerOfTitle(notice.title);
                    if (!notice.issuer.isEmpty()) {
                        warnings.add(ParseWarning.at(text.get(dateIndex).number(), "parse.warning.issuerFromTitle",
                                notice.issuer));
                    }
                } else {
                    notice.issuer = issuer(text.subList(signature, dateIndex));
                }
                notice.body = joinTexts(text.subList(i, signature), "\n");
                DatedLine dated = DatedLine.of(text.get(dateIndex).text());
                notice.issueDate = date(new SourceLine(text.get(dateIndex).number(), dated.date()));
                i = dateIndex + 1;
                // the 附注 under the date (or run into its line), kept; the 附件 label over the plan, not its title
                List<String> annotations = new ArrayList<>();
                if (!dated.note().isEmpty()) {
                    annotations.add(dated.note());
                }
                for (; i < text.size(); i++) {
                    String line = text.get(i).text();
                    if (ANNOTATION.matcher(line).matches()) {
                        annotations.add(line);
                    } else if (!ATTACHMENT_OVER_PLAN.matcher(line).matches()) {
                        break;
                    }
                }
                notice.annotation = org.kesudesk.model.PlanNotice.annotationOf(String.join("\n", annotations));
            } else {
                warnings.add(ParseWarning.at(text.get(titleEnd).number(), "parse.warning.noDate"));
            }
        }
        if (notice.docNumber.isEmpty()) {
            warnings.add(ParseWarning.at(text.isEmpty() ? 0 : text.get(0).number(), "parse.warning.noDocNumber"));
        }
        // a 转发 notice: the notice it forwards, head to date, stands between it and the plan
        int forwarded = forwardedNoticeEnd(text, i);
        if (forwarded > i) {
            Matcher number = DOC_NUMBER_LINE.matcher(text.get(text.get(i).text().endsWith("文件") ? i + 1 : i).text());
            warnings.add(ParseWarning.at(text.get(i).number(), "parse.warning.forwardedNotice",
                    number.matches() ? docNumber(number) : ""));
            i = forwarded;
        }
        List<String> planTitle = new ArrayList<>();
        int lastTitleLine = -1;
        while (i < text.size() && planTitle.size() < 3 && !text.get(i).text().endsWith("。")
                && (lastTitleLine < 0 || text.get(i).number() == lastTitleLine + 1)) {
            Matcher label = planTitle.isEmpty() ? ATTACHMENT_BEFORE_TITLE.matcher(text.get(i).text()) : null;
            planTitle.add(label != null && label.matches() ? label.group(1) : text.get(i).text());
            lastTitleLine = text.get(i).number();
            i++;
        }
        notice.planTitle = String.join("", planTitle);
        notice.preamble = joinTexts(text.subList(i, text.size()), "\n");
        return notice;
    }

    /** The most lines a forwarded notice takes from its 文号 to its 成文日期. */
    private static final int FORWARDED_NOTICE_LINES = 80;

    /**
     * Where a notice forwarded by the one read ends, if one starts at {@code from}: its 标志 (…文件) or not, its 文号,
     * then its title, 主送, text and 署名 to its 成文日期 and the 附注 under it — the line after them; {@code from}
     * if none starts there. A county's 转发 of the city's notice, copied whole, has the plan after it.
     */
    private static int forwardedNoticeEnd(List<SourceLine> text, int from) {
        int number = from < text.size() && text.get(from).text().endsWith("文件") ? from + 1 : from;
        if (number >= text.size() || !DOC_NUMBER_LINE.matcher(text.get(number).text()).matches()) {
            return from;
        }
        for (int j = number + 1; j < Math.min(text.size(), number + FORWARDED_NOTICE_LINES); j++) {
            if (DatedLine.isDateLine(text.get(j).text())) {
                int end = j + 1;
                while (end < text.size() && ANNOTATION.matcher(text.get(end).text()).matches()) {
                    end++;
                }
                return end;
            }
        }
        return from;
    }

    /** A date in digits apart by dashes, dots or slashes, as a copy from a web page may give the 成文日期. */
    private static final Pattern DIGITS_DATE = Pattern.compile("^(\\d{4})\\s*[-－.．/／]\\s*(\\d{1,2})\\s*[-－.．/／]"
            + "\\s*(\\d{1,2})$");

    /**
     * A line as the 成文日期 is written, if it is one: 2023年3月9日 as it is, 二〇二三年三月九日 in digits, 2023-03-09 or
     * 2023.3.9 as 2023年3月9日.
     */
    private static String writtenDate(String line) {
        Matcher digits = DIGITS_DATE.matcher(line.strip());
        return digits.matches() ? digits.group(1) + "年" + digits.group(2) + "月" + digits.group(3) + "日"
                : ChineseNumerals.arabicDates(line);
    }

    /** Whether a line is a notice's 成文日期 (2023年3月9日, or in Chinese numerals, or 2023-03-09). */
    static boolean isDate(String text) {
        return DATE.matcher(writtenDate(text.strip())).matches();
    }

    /** The most organs a joint notice's 署名 names on lines of their own. */
    private static final int MAX_JOINT_ISSUERS = 4;

    /**
     * Whether a line names organs only, as a 署名 does: short, no sentence's marks, each name ending as an organ's
     * (a line above the notice's date, a cell of a 署名 set as a table).
     */
    static boolean isSignatureLine(String line) {
        return namesAnOrgan(line) && org.kesudesk.model.IssuingOrgans.of(line).stream()
                .allMatch(org.kesudesk.model.IssuingOrgans::isOrgan);
    }

    /** The 署名's lines as the issuer: a joint notice's organs apart as documents write them, whatever the copy did. */
    private static String issuer(List<SourceLine> signature) {
        if (signature.size() == 1 && !isSignatureLine(signature.get(0).text())) {
            return withoutSeal(signature.get(0).text());
        }
        List<String> organs = new ArrayList<>();
        signature.forEach(line -> organs.addAll(org.kesudesk.model.IssuingOrgans.of(withoutSeal(line.text()))));
        return org.kesudesk.model.IssuingOrgans.joined(organs);
    }

    /** Where a copy marks the seal beside an organ's name in the 署名: （印）, （印章）, （盖章）, （公章）, （签章）. */
    private static final Pattern SEAL = Pattern.compile("\\s*[（(](?:印|印章|盖章|公章|签章)[）)](?=[\\s\\u3000]|$)");

    /** A 署名's line without the seal's marks: the organs' names. */
    private static String withoutSeal(String line) {
        return line.indexOf('章') < 0 && line.indexOf('印') < 0 ? line : SEAL.matcher(line).replaceAll("").strip();
    }

    /** The organs a notice's title names before its 关于 (乙市人民政府办公室关于印发…), apart; empty if it names none. */
    private static String issuerOfTitle(String title) {
        int about = title.indexOf("关于");
        if (about <= 0) {
            return "";
        }
        List<String> organs = org.kesudesk.model.IssuingOrgans.of(title.substring(0, about));
        return organs.stream().allMatch(org.kesudesk.model.IssuingOrgans::isOrgan)
                ? org.kesudesk.model.IssuingOrgans.joined(organs) : "";
    }

    /** A joint notice's title with its organs apart (中共甘南县委办公室　甘南县人民政府办公室关于…), run together or not. */
    private static String jointIssuersApart(String title) {
        String organs = issuerOfTitle(title);
        return organs.contains(org.kesudesk.model.IssuingOrgans.SEPARATOR)
                ? organs + title.substring(title.indexOf("关于")) : title;
    }

    /**
     * Where a title that ends on the line at {@code end} starts, at {@code from} or after it: at its line that says
     * 关于, and the issuing organ's name on the lines right above it (乙市人民政府办公室 / 关于印发…的通知), not a
     * web page's lines above the title (首页, 政务公开); at {@code from} if no line says 关于.
     */
    private static int titleStart(List<SourceLine> text, int from, int end) {
        int start = end;
        while (start > from && !text.get(start).text().contains("关于")) {
            start--;
        }
        if (!text.get(start).text().contains("关于")) {
            return from;
        }
        while (start > from && text.get(start - 1).number() == text.get(start).number() - 1
                && ORGAN.matcher(text.get(start - 1).text()).matches()) {
            start--;
        }
        return start;
    }

    /** A line that is an organ's name, as a title's first line may be: 乙市人民政府办公室, 中共乙市委宣传部. */
    private static final Pattern ORGAN = Pattern.compile("^\\S{2,30}(?:办公室|政府|委员会|委|厅|局|协会|科协|领导小组|办)$");

    /** A 文号 as GB/T 9704 writes it: 六角括号, no 第, no leading zeros (齐政办发[2022]第016号 → 齐政办发〔2022〕16号). */
    private static String docNumber(Matcher matched) {
        return matched.group(1) + "〔" + matched.group(2) + "〕" + Integer.parseInt(matched.group(3)) + "号";
    }

    private static boolean endsWithColon(String line) {
        return line.endsWith("：") || line.endsWith(":");
    }

    private Optional<LocalDate> date(SourceLine line) {
        Matcher m = DATE.matcher(writtenDate(line.text()));
        if (!m.matches()) {
            return Optional.empty();
        }
        return date(line.number(), m.group(1), m.group(2), m.group(3));
    }

    private Optional<LocalDate> date(int line, String year, String month, String day) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            if (org.kesudesk.model.DocumentDate.kept(date)) {
                return Optional.of(date);
            }
        } catch (DateTimeException e) {
            // said below
        }
        warnings.add(ParseWarning.at(line, "parse.warning.badDate", year + "-" + month + "-" + day));
        return Optional.empty();
    }

    // --- the 版记 ----------------------------------------------------------------------------------------------

    private static final class Tail {
        /** A 主送 the 版记 holds (GB/T 9704 7.3.2), or empty. */
        String addressees = "";
        String copiedTo = "";
        String printedBy = "";
        Optional<LocalDate> printedDate = Optional.empty();
    }

    /** A 主送 in the 版记 and the 抄送 after it run into one line (a Word 版记 cell read whole): a line each. */
    private static java.util.stream.Stream<SourceLine> listsApart(SourceLine line) {
        String text = line.text();
        if (!text.startsWith("主") || !ADDRESSED.matcher(text).matches()) {
            return java.util.stream.Stream.of(line);
        }
        java.util.regex.Matcher after = COPIED_AFTER_LIST.matcher(text);
        if (!after.find()) {
            return java.util.stream.Stream.of(line);
        }
        return java.util.stream.Stream.of(new SourceLine(line.number(), text.substring(0, after.start() + 1)),
                new SourceLine(line.number(), text.substring(after.start() + 1)));
    }

    /** A 抄送's label right after a list's closing 句号. */
    private static final Pattern COPIED_AFTER_LIST = Pattern.compile("。\\s*[抄分]\\s*送\\s*[：:]");

    private Tail parseTail(List<SourceLine> lines) {
        Tail tail = new Tail();
        List<SourceLine> text = lines.stream()
                .filter(line -> !line.isBlank() && !KEYWORDS.matcher(line.text()).matches())
                .flatMap(PlanTextParser::listsApart).toList();
        int printedIndex = -1;
        boolean organOnOwnLine = false;
        for (int i = 0; i < text.size(); i++) {
            Matcher m = PRINTED.matcher(ChineseNumerals.arabicDates(text.get(i).text()));
            if (m.matches()) {
                printedIndex = i;
                tail.printedDate = date(text.get(i).number(), m.group(2), m.group(3), m.group(4));
                // the organ and the date on one line, set apart by spaces of either width (offices align them
                // with full-width ones)
                if (!m.group(1).isBlank()) {
                    tail.printedBy = m.group(1).strip();
                } else if (i > 0 && namesAnOrgan(text.get(i - 1).text())) {
                    tail.printedBy = text.get(i - 1).text();
                    organOnOwnLine = true;
                }
                break;
            }
        }
        // the organ on a line of its own above the date is not one of the 抄送 names
        int copyEnd = printedIndex < 0 ? text.size() : printedIndex - (organOnOwnLine ? 1 : 0);
        int copiedAt = 0;
        if (!text.isEmpty()) {
            Matcher addressed = ADDRESSED.matcher(text.get(0).text());
            if (addressed.matches()) {
                // a 主送 moved to the 版记, above the 抄送 (or the 印发 line)
                copiedAt = 1;
                while (copiedAt < copyEnd && !COPIED_TO.matcher(text.get(copiedAt).text()).matches()) {
                    copiedAt++;
                }
                StringBuilder names = new StringBuilder(addressed.group(1));
                for (int i = 1; i < copiedAt; i++) {
                    names.append(text.get(i).text());
                }
                tail.addressees = stripFinalStop(names.toString());
            }
        }
        if (copiedAt < text.size()) {
            Matcher copied = COPIED_TO.matcher(text.get(copiedAt).text());
            if (copied.matches()) {
                StringBuilder names = new StringBuilder(copied.group(1));
                for (int i = copiedAt + 1; i < copyEnd; i++) {
                    names.append(text.get(i).text());
                }
                tail.copiedTo = org.kesudesk.model.PlanNotice.copiedToOf(names.toString());
            }
        }
        return tail;
    }

    /** Tells the review which units only a clause's list inside a node's words named (none: nothing to say). */
    private void warnOfUnitsWithin(Paragraph paragraph, String node, UnitList.Within within,
                                   Optional<UnitList> closing) {
        List<String> named = closing.map(UnitList::names).orElse(List.of());
        List<String> added = within.lists().stream().flatMap(list -> list.names().stream())
                .filter(name -> !named.contains(name)).distinct().toList();
        if (!added.isEmpty()) {
            warnings.add(ParseWarning.at(paragraph.firstLine(), "parse.warning.unitsWithin", node,
                    String.join("、", added)));
        }
    }

    /** Where the unit of that name is among a node's units, or -1: a unit a node's lists name again is added once. */
    private static int indexOfUnit(List<Assignment> assignments, String name) {
        for (int i = 0; i < assignments.size(); i++) {
            if (assignments.get(i).unit().name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a line above the 印发 date may be the organ that printed the document: a name, not a sentence of the
     * plan's last paragraph (a 版记 whose organ was deleted, or written on no line of its own).
     */
    private static boolean namesAnOrgan(String line) {
        return line.length() <= org.kesudesk.model.ContentLimits.SHORT_FIELD && !ORGAN_NOT.matcher(line).find();
    }

    private static final Pattern ORGAN_NOT = Pattern.compile("[。，；：,;:！？]");

    private static String stripFinalStop(String text) {
        return text.endsWith("。") || text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    // --- the plan body ----------------------------------------------------------------------------------------

    /** Builds the tree paragraph by paragraph. */
    private final class Body {
        private final List<SectionBuilder> sections = new ArrayList<>();
        private final StringBuilder goalText = new StringBuilder();

        void add(Paragraph paragraph) {
            String text = paragraph.text();
            Matcher section = Headings.SECTION.matcher(text);
            if (section.matches()) {
                countNode(paragraph.firstLine());
                sections.add(new SectionBuilder(paragraph, Headings.sectionNumber(section), section.group(3)));
                return;
            }
            SectionBuilder current = sections.get(sections.size() - 1);
            current.add(paragraph);
        }

        List<PlanNode> finish() {
            List<PlanNode> nodes = new ArrayList<>();
            int expected = 0;
            for (SectionBuilder section : sections) {
                expected = checkNumber(section.line, section.label, expected, true);
                if (section.isProse()) {
                    appendLine(goalText, section.heading);
                    section.rawParagraphs.forEach(p -> appendLine(goalText, p));
                } else {
                    nodes.add(section.build());
                }
            }
            return nodes;
        }
    }

    private static void appendLine(StringBuilder text, String line) {
        if (!text.isEmpty()) {
            text.append('\n');
        }
        text.append(line);
    }

    /** A section 一、…: prose (guiding ideas and goals) or a group of actions, projects or safeguards. */
    private final class SectionBuilder {
        final int line;
        final String label;
        final String title;
        final String heading;
        final NodeKind itemKind;
        final List<String> rawParagraphs = new ArrayList<>();
        final List<String> intro = new ArrayList<>();
        final List<ItemBuilder> items = new ArrayList<>();

        SectionBuilder(Paragraph paragraph, String label, String title) {
            this.line = paragraph.firstLine();
            this.label = label;
            this.title = heading(title);
            this.heading = paragraph.text();
            this.itemKind = kindOf(title);
        }

        void add(Paragraph paragraph) {
            rawParagraphs.add(paragraph.text());
            Matcher item = Headings.ITEM.matcher(paragraph.text());
            if (item.matches()) {
                countNode(paragraph.firstLine());
                items.add(new ItemBuilder(itemKind, paragraph, item.group(1), item.group(2)));
            } else if (items.isEmpty() && numbersATask(paragraph.text())) {
                // a section that lists its tasks without （一） items: one item, named as the section, holds them
                warnings.add(ParseWarning.at(paragraph.firstLine(), "parse.warning.implicitItem", title));
                countNode(paragraph.firstLine());
                items.add(new ItemBuilder(itemKind, new Paragraph(paragraph.firstLine(), paragraph.firstLine(),
                        "（一）" + title), "一", title));
                items.get(0).add(paragraph);
            } else if (items.isEmpty()) {
                intro.add(paragraph.text());
                if (itemKind != null && UnitList.find(paragraph.text()).filter(UnitList::closed).isPresent()) {
                    // units named before any item or task: numbered in a way not read, their units would go unseen
                    warnings.add(ParseWarning.at(paragraph.firstLine(), "parse.warning.unitsOutsideItems",
                            excerpt(paragraph.text())));
                }
            } else {
                items.get(items.size() - 1).add(paragraph);
            }
        }

        /**
         * A numbered paragraph (1、 1. （1） ①) that is a task here: the section names its kind (行动, 工程, 保障) or the
         * paragraph names its units; in prose (指导思想和工作目标) numbered paragraphs stay text.
         */
        private boolean numbersATask(String text) {
            return Headings.isNumbered(text) && (itemKind != null || UnitList.find(text).isPresent());
        }

        /** A section with no kind word and no units or tasks is prose: it goes to the plan's goal text. */
        boolean isProse() {
            return itemKind == null && items.stream().noneMatch(ItemBuilder::hasStructure);
        }

        PlanNode build() {
            // a section whose title names no kind (重点任务) may hold actions and projects: each item is what its
            // own title names, and an action where that names nothing either (warned)
            if (itemKind == null && items.stream().anyMatch(item -> kindOf(item.title) == null)) {
                warnings.add(ParseWarning.at(line, "parse.warning.sectionKind", title));
            }
            List<PlanNode> children = new ArrayList<>();
            int expected = 0;
            for (ItemBuilder item : items) {
                // a yearly work plan may number its items on through the document (一、（一）（二） 二、（三）)
                if (expected == 0 && lastItemNumber > 0
                        && ChineseNumerals.parse(item.label).orElse(-1) == lastItemNumber + 1) {
                    expected = lastItemNumber;
                }
                expected = checkNumber(item.line, item.label, expected, true);
                lastItemNumber = expected;
                NodeKind kind = itemKind != null ? itemKind
                        : java.util.Objects.requireNonNullElse(kindOf(item.title), NodeKind.ACTION);
                children.add(item.build(kind));
            }
            String text = String.join("\n", intro);
            return new PlanNode(Ids.newId(), NodeKind.SECTION, label, title, text, List.of(),
                    IndicatorFinder.find(text), children, 1);
        }
    }

    /** Actions, projects and safeguards are named so in every plan of this kind; the rest is prose. */
    static NodeKind kindOf(String sectionTitle) {
        if (sectionTitle.contains("行动") || sectionTitle.contains("行動")) {
            return NodeKind.ACTION;
        }
        if (sectionTitle.contains("工程")) {
            return NodeKind.PROJECT;
        }
        if (sectionTitle.contains("保障") || sectionTitle.contains("措施") || sectionTitle.contains("组织实施")) {
            return NodeKind.SAFEGUARD;
        }
        return null;
    }

    /** An item （一）…: its goal text and lead units, then its tasks. */
    private final class ItemBuilder {
        final NodeKind kind;
        final int line;
        final String label;
        final String title;
        final List<String> text = new ArrayList<>();
        final List<Assignment> leads = new ArrayList<>();
        final List<TaskBuilder> tasks = new ArrayList<>();
        /**
         * Of its units, those named under a label other than 牵头 (责任单位, 配合单位 …): if none of its tasks names its
         * own units, they are the tasks' units; the list they came in, for the review's 单位来源.
         */
        private final List<Assignment> partners = new ArrayList<>();
        private final List<UnitSource> partnerSources = new ArrayList<>();
        private UnitList partnersList;
        private int partnersLine;
        /** The line of a list labelled 责任单位 alone on the item, warned of unless its tasks take its units. */
        private int responsibleOnItemLine = -1;
        /** Whether its units came as a list whose first unit leads and the others work with it (FirstListedLeads). */
        private boolean firstListed;
        /** The paragraph of text just added, which units on the next line may turn into a task (safeguards). */
        private Paragraph lastText;
        /** How many of its tasks a sentence 以上任务由…负责 has named the units of: the next names those after. */
        private int tasksAbove;
        /**
         * How this item numbers its tasks where it has no 1. level — {@link Headings#SUBTASK} for （1） （2），
         * {@link Headings#CIRCLED} for ① ② — so that the next such number is a task, not a sub-task; null for 1.
         */
        private Pattern taskNumbering;
        /** Inside a 专栏 (a box of the item's highlights): its paragraphs are text, its numbers no tasks. */
        private boolean inBox;
        /** The last number of the 专栏's own numbered lines, 0 for none. */
        private int boxNumber;
        /** After a note (注：1. …): the number of its last point, so that its next (2. …) is no task; -1 if none. */
        private int notePoint = -1;
        /** Its paragraph, and the first list of units it names, should it be a task itself ({@link #beOwnTask}). */
        private final Paragraph paragraph;
        private UnitList firstList;
        private int firstListLine;
        /** The task it is itself, if it is one (unnumbered, and no mistake). */
        private TaskBuilder ownTask;

        /** @param kind the kind its section's title names, or null if it names none */
        ItemBuilder(NodeKind kind, Paragraph paragraph, String label, String rest) {
            this.kind = kind;
            this.line = paragraph.firstLine();
            this.label = label;
            this.paragraph = paragraph;
            int stop = rest.indexOf('。');
            if (stop >= 0 && stop < rest.length() - 1) {
                // a run-in heading: （一）指导思想。以…; its leads may close it: （一）…行动（牵头单位：…）。激发…
                Optional<UnitList> units = UnitList.find(rest.substring(0, stop)).filter(UnitList::closed);
                this.title = heading(units.map(UnitList::textBefore).orElse(rest.substring(0, stop)));
                units.ifPresent(found -> attribute(found, paragraph.firstLine()));
                addText(paragraph, units.map(found -> found.textBefore() + rest.substring(stop)).orElse(rest));
                // units on the next line are the item's, as they would be at the end of this one
                lastText = null;
            } else {
                // a heading may name its leads: （一）青少年科学素质提升行动（牵头单位：市教育局、市科协）
                String heading = stop >= 0 ? rest.substring(0, stop) : rest;
                Optional<UnitList> units = UnitList.find(heading).filter(UnitList::closed);
                this.title = heading(units.map(UnitList::textBefore).orElse(heading));
                units.ifPresent(found -> attribute(found, paragraph.firstLine()));
            }
        }

        void add(Paragraph paragraph) {
            if (org.kesudesk.model.Highlights.isHeading(paragraph.text())) {
                // 专栏1 青少年科学素质提升重点工作: the box's lines are the text of what it stands after
                inBox = true;
                boxNumber = 0;
                warnings.add(ParseWarning.at(paragraph.firstLine(), "parse.warning.box", excerpt(paragraph.text()),
                        tasks.isEmpty() ? title : tasks.get(tasks.size() - 1).title));
                boxText(paragraph);
                return;
            }
            if (inBox && !endsTheBox(paragraph.text())) {
                Matcher numbered = Headings.TASK.matcher(paragraph.text());
                if (numbered.matches()) {
                    boxNumber = Integer.parseInt(numbered.group(1));
                }
                boxText(paragraph);
                return;
            }
            inBox = false;
            if (isNotePoint(paragraph.text())) {
                // 2. … after 注：1. …: the note's, which is text where it stands (warned of with its first point)
                boxText(paragraph);
                return;
            }
            Optional<TasksAbove> above = TasksAbove.find(paragraph.text());
            if (above.isPresent()) {
                if (!above.get().textBefore().isEmpty()) {
                    add(new Paragraph(paragraph.firstLine(), paragraph.lastLine(), above.get().textBefore()));
                }
                giveToTasksAbove(above.get(), paragraph.lastLine());
                return;
            }
            Matcher task = Headings.TASK.matcher(paragraph.text());
            Matcher subtask = Headings.SUBTASK.matcher(paragraph.text());
            // 牵头单位：市科协。, 由市科协牵头，市教育局参加。 or （责任单位：市科协） on a line of its own: the units of
            // what it follows
            Optional<UnitList> own = UnitList.labelLine(paragraph.text())
                    .or(() -> LeadPhrase.alone(paragraph.text()))
                    .or(() -> UnitList.alone(paragraph.text()));
            if (own.isPresent() && !task.matches() && !subtask.matches()) {
                if (kind == NodeKind.SAFEGUARD && own.get().role() != Role.LEAD && lastText != null) {
                    // a safeguard's paragraph with its units on the next line: a task, as safeguards write them
                    text.remove(text.size() - 1);
                    tasks.add(new TaskBuilder(NodeKind.TASK, lastText, "", lastText.text()));
                    lastText = null;
                }
                if (tasks.isEmpty()) {
                    attribute(own.get(), paragraph.firstLine());
                } else {
                    tasks.get(tasks.size() - 1).last().attribute(own.get(), paragraph.firstLine());
                }
                return;
            }
            lastText = null;
            Matcher circled = Headings.CIRCLED.matcher(paragraph.text());
            // matched once: the pattern reads the whole paragraph, of which a plan at the limits has 20,000
            boolean isTask = task.matches();
            String rest = isTask ? task.group(2) : null;
            Optional<InlineParts> parts = isTask ? InlineParts.of(rest) : Optional.empty();
            if (parts.isPresent()) {
                addParts(paragraph, task.group(1), parts.get());
            } else if (isTask) {
                tasks.add(new TaskBuilder(NodeKind.TASK, paragraph, task.group(1), rest));
            } else if (subtask.matches() && (tasks.isEmpty() || taskNumbering == Headings.SUBTASK)) {
                // an item whose tasks are numbered （1） （2）: they are its tasks, not sub-tasks
                taskNumbering = Headings.SUBTASK;
                tasks.add(new TaskBuilder(NodeKind.TASK, paragraph, subtask.group(1), subtask.group(2)));
            } else if (subtask.matches()) {
                tasks.get(tasks.size() - 1).subtasks
                        .add(new TaskBuilder(NodeKind.SUBTASK, paragraph, subtask.group(1), subtask.group(2)));
            } else if (circled.matches() && (tasks.isEmpty() || taskNumbering == Headings.CIRCLED)) {
                // an item whose tasks are numbered ① ②: each is a task, as its first is
                taskNumbering = Headings.CIRCLED;
                tasks.add(new TaskBuilder(NodeKind.TASK, paragraph, Headings.circledNumber(circled.group(1)),
                        circled.group(2)));
            } else if (circled.matches()) {
                tasks.get(tasks.size() - 1).subtasks.add(new TaskBuilder(NodeKind.SUBTASK, paragraph,
                        Headings.circledNumber(circled.group(1)), circled.group(2)));
            } else if (!tasks.isEmpty() && Headings.TIME_FIELD.matcher(paragraph.text()).matches()) {
                // 完成时限：2025年底前 after a task's units: the task's, kept in its text
                tasks.get(tasks.size() - 1).last().appendText(paragraph);
            } else if (!tasks.isEmpty() && tasks.get(tasks.size() - 1).awaitsText(paragraph)) {
                // 1、提升基础教育阶段科学教育水平 on its own line: this paragraph is its text
                tasks.get(tasks.size() - 1).takeText(paragraph);
            } else if (UnitList.find(paragraph.text()).filter(this::namesATasksUnits).isPresent()) {
                // a paragraph with its own responsible units but no number: a task as safeguards write them
                tasks.add(new TaskBuilder(NodeKind.TASK, paragraph, "", paragraph.text()));
            } else if (tasks.isEmpty() || kind == NodeKind.SAFEGUARD) {
                addText(paragraph, paragraph.text());
            } else {
                // most likely the task's text went on in a paragraph of its own
                warnings.add(ParseWarning.at(paragraph.firstLine(), "parse.warning.mergedIntoTask",
                        excerpt(paragraph.text())));
                tasks.get(tasks.size() - 1).appendText(paragraph);
            }
        }

        /**
         * Whether the paragraph is a further point of the note before it (2. … after 注：1. …, 1. … after 注：), not a
         * task; notes the paragraph as such a note's start or point.
         */
        private boolean isNotePoint(String text) {
            Matcher number = Headings.TASK.matcher(text);
            if (notePoint >= 0 && number.matches() && Integer.parseInt(number.group(1)) == notePoint + 1
                    && UnitList.find(text).isEmpty()) {
                notePoint++;
                return true;
            }
            Matcher note = NOTE_START.matcher(text);
            notePoint = !note.lookingAt() ? -1 : note.group(1) == null ? 0 : Integer.parseInt(note.group(1));
            return false;
        }

        /** A paragraph of a 专栏: the last task's text, or the item's before any task. */
        private void boxText(Paragraph paragraph) {
            if (tasks.isEmpty()) {
                addText(paragraph, paragraph.text());
            } else {
                tasks.get(tasks.size() - 1).appendText(paragraph);
            }
        }

        /**
         * Whether a paragraph is past the 专栏: a task naming its units, or the task after the item's last one (3.
         * after 1. and 2.) where it does not go on with the box's own numbers.
         */
        private boolean endsTheBox(String text) {
            if (Headings.isNumbered(text) && UnitList.find(text).isPresent()) {
                return true;
            }
            Matcher task = Headings.TASK.matcher(text);
            if (!task.matches() || tasks.isEmpty()) {
                return false;
            }
            String last = tasks.get(tasks.size() - 1).label;
            int number = Integer.parseInt(task.group(1));
            return last.matches("\\d{1,3}") && Integer.parseInt(last) + 1 == number && boxNumber + 1 != number;
        }

        /**
         * 以上任务由…牵头，…负责。: the units of the tasks above it — those it counts (以上两项任务), or all since the
         * item's heading or the last such sentence — that name none of their own (a task's own list says more). With
         * no task above (a safeguard's text: 以上工作由…负责), the item's. One all of whose tasks name their own is
         * warned of: its units are not lost unseen.
         */
        private void giveToTasksAbove(TasksAbove above, int line) {
            if (tasks.isEmpty()) {
                attribute(above.units(), line);
                return;
            }
            int from = above.count().isPresent()
                    ? Math.max(0, tasks.size() - above.count().getAsInt()) : Math.min(tasksAbove, tasks.size());
            boolean taken = false;
            for (TaskBuilder task : tasks.subList(from, tasks.size())) {
                if (task.assignments.isEmpty() && task.subtasks.stream().allMatch(sub -> sub.assignments.isEmpty())) {
                    task.attribute(above.units(), line);
                    taken = true;
                }
            }
            tasksAbove = tasks.size();
            if (!taken) {
                warnings.add(ParseWarning.at(line, "parse.warning.tasksAboveHaveUnits",
                        String.join("、", above.units().names())));
            }
        }

        /** A task whose parts 一是…二是… each name their units: its parts are its sub-tasks ({@link InlineParts}). */
        private void addParts(Paragraph paragraph, String label, InlineParts parts) {
            TaskBuilder task = new TaskBuilder(NodeKind.TASK, paragraph, label, parts.head());
            task.awaitsText = false;
            for (int i = 0; i < parts.parts().size(); i++) {
                task.subtasks.add(new TaskBuilder(NodeKind.SUBTASK, paragraph, String.valueOf(i + 1),
                        parts.parts().get(i)));
            }
            tasks.add(task);
            warnings.add(ParseWarning.at(paragraph.firstLine(), "parse.warning.inlineParts", task.title,
                    parts.parts().size()));
        }

        boolean hasStructure() {
            return !leads.isEmpty() || !tasks.isEmpty();
        }

        /**
         * Whether a list closing an unnumbered paragraph names a task's units: it says 责任单位; or it does not say
         * (a bare list, a phrase) and the item has its leads already, or is a safeguard (whose paragraphs are tasks);
         * or, in a safeguard, it names who leads and who works with them (牵头单位：…；责任单位：…).
         */
        private boolean namesATasksUnits(UnitList units) {
            return units.role() == Role.RESPONSIBLE || units.role() == null
                    && (kind == NodeKind.SAFEGUARD || !leads.isEmpty() || !tasks.isEmpty())
                    || kind == NodeKind.SAFEGUARD && !units.partners().isEmpty();
        }

        private void addText(Paragraph paragraph, String paragraphText) {
            Optional<InlineParts> parts = tasks.isEmpty() ? InlineParts.of(paragraphText) : Optional.empty();
            if (parts.isPresent()) {
                takeParts(paragraph, parts.get());
                return;
            }
            // 以上工作由…负责 closing the item's own text (it has no tasks yet): the item's units
            Optional<UnitList> units = TasksAbove.find(paragraphText).map(TasksAbove::units)
                    .or(() -> UnitList.find(paragraphText));
            // lists that name a clause's units inside its words (激发好奇心（牵头单位：市教育局），培育兴趣（牵头单位：
            // 市科协）。): theirs are its units too, as a task's are
            UnitList.Within within = UnitList.within(units.map(UnitList::textBefore).orElse(paragraphText));
            within.lists().forEach(list -> attribute(list, paragraph.firstLine()));
            warnOfUnitsWithin(paragraph, title, within, units);
            if (units.isPresent()) {
                text.add(within.withoutThem());
                attribute(units.get(), paragraph.firstLine());
            } else {
                text.add(within.withoutThem());
                lastText = within.lists().isEmpty() ? paragraph : null;
            }
        }

        /**
         * An item's words counting parts 一是…二是… that each name their units ({@link InlineParts}): parts that name
         * who leads them lead it, each part's words kept, its list taken out; parts that name who carries them out are
         * its tasks, numbered as counted (as a work plan's item that is its own task would be, split).
         */
        private void takeParts(Paragraph paragraph, InlineParts parts) {
            List<Optional<UnitList>> lists = parts.parts().stream()
                    .map(part -> UnitList.find(part).filter(UnitList::closed)).toList();
            if (lists.stream().allMatch(list -> list.filter(l -> l.role() == Role.LEAD).isPresent())) {
                StringBuilder words = new StringBuilder(parts.head());
                for (int i = 0; i < lists.size(); i++) {
                    words.append(i == 0 ? "" : "；").append(ChineseNumerals.format(i + 1)).append('是')
                            .append(UnitList.stripEnd(lists.get(i).orElseThrow().textBefore()));
                    attribute(lists.get(i).orElseThrow(), paragraph.firstLine());
                }
                text.add(words.append('。').toString());
                return;
            }
            text.add(parts.head());
            for (String part : parts.parts()) {
                tasks.add(new TaskBuilder(NodeKind.TASK, paragraph, String.valueOf(tasks.size() + 1), part));
            }
            warnings.add(ParseWarning.at(paragraph.firstLine(), "parse.warning.inlinePartsAsTasks", title,
                    parts.parts().size()));
        }

        /**
         * An item's units: those a list names lead it (a list labelled otherwise is warned of), unless its tasks name
         * none of their own: then those named 责任单位, 配合单位 … are the tasks' ({@link #build}).
         */
        private void attribute(UnitList units, int line) {
            if (firstList == null) {
                firstList = units;
                firstListLine = line;
            }
            boolean allPartners = units.role() == Role.RESPONSIBLE;
            // where the document says a list's first unit leads: a list not labelled 牵头 is its lead and then the
            // units that work with it, as （牵头单位：…；责任单位：…） says
            boolean firstLeads = firstListedLeads && units.role() != Role.LEAD && units.partners().isEmpty();
            // a list not labelled 牵头 that marks some as leading (市教育局（牵头）、市科协, 市教育局*、市科协): those lead,
            // the others work with them, as （牵头单位：…；责任单位：…） says
            boolean marked = units.role() != Role.LEAD && units.partners().isEmpty() && !units.leads().isEmpty()
                    && units.leads().size() < units.names().size();
            boolean first = true;
            for (String name : written(units.names(), line)) {
                boolean partner = marked ? !units.leads().contains(name)
                        : firstLeads ? !first : allPartners || units.partners().contains(name);
                first = false;
                int named = indexOfUnit(leads, name);
                if (named >= 0) {
                    // named again (its heading's list, then its text's): one unit, and one that leads if any says so
                    int asPartner = indexOfUnit(partners, name);
                    if (!partner && asPartner >= 0) {
                        partners.remove(asPartner);
                        partnerSources.remove(asPartner);
                    }
                    continue;
                }
                Assignment lead = Assignment.create(unit(name, line), Role.LEAD);
                leads.add(lead);
                UnitSource source = new UnitSource("（" + label + "）" + title, name, Role.LEAD, line, rule(units, line));
                sources.add(source);
                firstListed |= firstLeads && partner;
                if (partner) {
                    partners.add(lead);
                    partnerSources.add(source);
                    partnersList = units;
                    partnersLine = line;
                }
            }
            if (allPartners && !firstLeads && !marked && responsibleOnItemLine < 0) {
                responsibleOnItemLine = line;
            }
        }

        /**
         * Gives the item's units to each of its tasks that names none of its own (nor do its sub-tasks), when the
         * item names some under a label other than 牵头: （一）…（牵头单位：市教育局；责任单位：市科协、团市委） over
         * tasks 1. 2. without units means those units carry out each task. When no task names its own, the item
         * keeps only its 牵头 units as leads; when some do, those named otherwise that its tasks name are theirs,
         * not its leads (（牵头单位：市教育局；配合单位：市科技局）, 由市教育局牵头，市科技局配合), as are, where the
         * document says the first listed leads ({@link FirstListedLeads}), the others of a list; one no task names
         * stays with it, warned of. A list labelled 责任单位 alone stays its leads (warned of by the caller).
         *
         * @return whether the item's leads are sorted out (no warning that 责任单位 were read as its leads)
         */
        private boolean giveUnitsToTasks() {
            if (partners.isEmpty() || tasks.isEmpty()) {
                return false;
            }
            List<String> names = leads.stream().map(a -> a.unit().name()).toList();
            int unitless = 0;
            for (TaskBuilder task : tasks) {
                if (task.assignments.isEmpty() && task.subtasks.stream().allMatch(sub -> sub.assignments.isEmpty())) {
                    task.take(names, partnersList, partnersLine);
                    unitless++;
                }
            }
            if (unitless == tasks.size()) {
                if (leads.size() > partners.size()) {
                    // the item's own: its 牵头 units; those named otherwise are its tasks' now, not its leads
                    leads.removeAll(partners);
                    movedSources.addAll(partnerSources);
                    return true;
                }
                return false;
            }
            if (!firstListed && leads.size() == partners.size()) {
                // a list labelled 责任单位 alone: read as its leads, warned of
                return false;
            }
            java.util.Set<String> named = new java.util.HashSet<>();
            for (TaskBuilder task : tasks) {
                task.assignments.forEach(a -> named.add(a.unit().name()));
                task.subtasks.forEach(sub -> sub.assignments.forEach(a -> named.add(a.unit().name())));
            }
            List<String> unplaced = new ArrayList<>();
            for (int i = 0; i < partners.size(); i++) {
                if (named.contains(partners.get(i).unit().name())) {
                    leads.remove(partners.get(i));
                    movedSources.add(partnerSources.get(i));
                } else {
                    unplaced.add(partners.get(i).unit().name());
                }
            }
            if (!unplaced.isEmpty()) {
                warnings.add(ParseWarning.at(partnersLine, firstListed ? "parse.warning.unplacedOnItem"
                        : "parse.warning.partnersOnItemKept", title, String.join("、", unplaced)));
            }
            return true;
        }

        /**
         * An item with units and no tasks is a task itself, as yearly work plans write them: （一）深入开展青少年科学素质
         * 提升行动。推进…（牵头单位：市教育局；责任单位：市科协、团市委）. Its text becomes its one task's (unnumbered,
         * titled as the item), which all its units carry out, the 牵头 ones first; the item keeps its 牵头 units.
         * Without this nothing of such a plan could be reported on.
         */
        private void beOwnTask() {
            String work = text.isEmpty() ? title : String.join("\n", text);
            // titled as the item, whose heading names the work (its text may start 一是…)
            TaskBuilder own = new TaskBuilder(NodeKind.TASK, paragraph, "", work, title);
            ownTask = own;
            // the 牵头 units first, whichever the document names first
            List<String> carriers = new ArrayList<>();
            leads.stream().filter(a -> !partners.contains(a)).forEach(a -> carriers.add(a.unit().name()));
            partners.forEach(a -> carriers.add(a.unit().name()));
            own.take(carriers, firstList, firstListLine);
            tasks.add(own);
            text.clear();
            leads.removeAll(partners);
            movedSources.addAll(partnerSources);
            partners.clear();
            partnerSources.clear();
            responsibleOnItemLine = -1;
            warnings.add(ParseWarning.at(line, "parse.warning.itemAsTask", title));
        }

        /**
         * An item that names no units of its own, whose tasks each say who leads them （市教育局、市科协牵头，市科技局
         * 按职责分工负责）, as many plans write every task: led by the units that lead its tasks, in the order first
         * named, warned of so that the review shows where they came from. Its tasks keep their units as written.
         * Only where every task says so: one task's lead is not its item's.
         */
        private void leadsFromTasks() {
            List<List<UnitSource>> declared = tasks.stream().map(TaskBuilder::declaredLeads).toList();
            if (declared.isEmpty() || declared.stream().anyMatch(List::isEmpty)) {
                return;
            }
            java.util.Set<String> named = new java.util.LinkedHashSet<>();
            for (List<UnitSource> sourcesOfTask : declared) {
                for (UnitSource source : sourcesOfTask) {
                    if (named.add(source.unit())) {
                        leads.add(Assignment.create(unit(source.unit(), source.line()), Role.LEAD));
                        sources.add(new UnitSource("（" + label + "）" + title, source.unit(), Role.LEAD,
                                source.line(), source.rule()));
                    }
                }
            }
            if (!named.isEmpty()) {
                warnings.add(ParseWarning.at(line, "parse.warning.leadsFromTasks", title, String.join("、", named)));
            }
        }

        PlanNode build(NodeKind sectionKind) {
            if (tasks.isEmpty() && !leads.isEmpty()) {
                beOwnTask();
            }
            boolean leadsSorted = giveUnitsToTasks();
            if (responsibleOnItemLine >= 0 && !leadsSorted) {
                warnings.add(ParseWarning.at(responsibleOnItemLine, "parse.warning.responsibleOnItem", title));
            }
            if (leads.isEmpty() && sectionKind != NodeKind.SAFEGUARD) {
                leadsFromTasks();
                if (leads.isEmpty()) {
                    warnings.add(ParseWarning.at(line, "parse.warning.noLead", title));
                }
            }
            List<PlanNode> children = new ArrayList<>();
            int expected = 0;
            TaskBuilder previous = null;
            for (TaskBuilder task : tasks) {
                if (previous != null && task.title.equals(previous.title)
                        && task.text.toString().contentEquals(previous.text)) {
                    // a paragraph pasted twice, a table row doubled: kept, as written, for the clerk to delete
                    warnings.add(ParseWarning.at(task.line, "parse.warning.taskRepeated", task.title,
                            String.valueOf(previous.line)));
                }
                previous = task;
                if (!task.label.isEmpty()) {
                    if (expected == 0 && lastTaskNumber > 0 && task.label.equals(String.valueOf(lastTaskNumber + 1))) {
                        expected = lastTaskNumber;
                    }
                    expected = checkNumber(task.line, task.label, expected, false);
                    lastTaskNumber = expected;
                } else if (sectionKind != NodeKind.SAFEGUARD && task != ownTask) {
                    warnings.add(ParseWarning.at(task.line, "parse.warning.unnumberedTask", task.title));
                }
                children.add(task.build());
            }
            String body = String.join("\n", text);
            PlanNode item = new PlanNode(Ids.newId(), sectionKind, label, title, body, leads,
                    IndicatorFinder.find(body), children, 1);
            nodeLines.put(item, line);
            return item;
        }
    }

    /** A task 1.… or sub-task （1）…: its title is its first sentence, its units close its paragraph. */
    private final class TaskBuilder {
        final NodeKind kind;
        final int line;
        final String label;
        final String title;
        final StringBuilder text = new StringBuilder();
        final List<Assignment> assignments = new ArrayList<>();
        final List<TaskBuilder> subtasks = new ArrayList<>();
        /** Whether its paragraph was its title alone, so that the next paragraph is its text. */
        private boolean awaitsText;
        /** Of its units, those its lists say lead it (as written, for the review), which can lead its item. */
        private final List<UnitSource> leadsNamed = new ArrayList<>();

        TaskBuilder(NodeKind kind, Paragraph paragraph, String label, String rest) {
            this(kind, paragraph, label, rest, null);
        }

        /** @param title its title, or null for its text's first sentence */
        TaskBuilder(NodeKind kind, Paragraph paragraph, String label, String rest, String title) {
            this.kind = kind;
            this.line = paragraph.firstLine();
            this.label = label;
            String body = takeUnits(paragraph, rest);
            text.append(body);
            this.title = title != null ? title : heading(firstSentence(body));
            // its units may come with its title (1.推进科学教育（责任单位：市教育局）) or after it, before its text
            this.awaitsText = Headings.isTitleOnly(body);
            countNode(line);
        }

        /**
         * Whether this paragraph is the text of the task, whose title stood on a line of its own: it has none yet, and
         * the paragraph names no units of its own where the task has its units (then it is a task as safeguards
         * write them).
         */
        boolean awaitsText(Paragraph paragraph) {
            return awaitsText && (assignments.isEmpty() || UnitList.find(paragraph.text()).isEmpty());
        }

        void appendText(Paragraph paragraph) {
            appendLine(text, takeUnits(paragraph, paragraph.text()));
        }

        /** The text (and units) of a task whose title stood on a line of its own. */
        void takeText(Paragraph paragraph) {
            awaitsText = false;
            appendText(paragraph);
        }

        private String takeUnits(Paragraph paragraph, String paragraphText) {
            Optional<UnitList> units = UnitList.find(paragraphText);
            UnitList found = null;
            if (units.isPresent()) {
                found = units.get();
                if (!found.closed()) {
                    warnings.add(ParseWarning.at(paragraph.lastLine(), "parse.warning.unclosedUnits"));
                    // the list was cut off: its last name may be cut too (市教育 of 市教育局), and is left out
                    found = found.withoutLast();
                }
            }
            String words = found != null ? found.textBefore() : paragraphText;
            // lists that name a clause's units inside the words: theirs are the task's units too, in the order
            // written, and they leave the words as the one list inside a paragraph does (its units are printed once,
            // closing the task)
            UnitList.Within within = UnitList.within(words);
            within.lists().forEach(list -> attribute(list, paragraph.firstLine()));
            if (found != null) {
                attribute(within.lists().isEmpty() ? found : found.withTextBefore(within.withoutThem()),
                        paragraph.firstLine());
            }
            warnOfUnitsWithin(paragraph, title != null ? title : heading(firstSentence(within.withoutThem())),
                    within, Optional.ofNullable(found));
            return within.withoutThem();
        }

        /**
         * A task's units: those a list says lead it (（牵头单位：…；责任单位：…）, 由…牵头, …（牵头）) are its lead units,
         * the others its responsible units, whatever their label (责任, 配合, 参与 …: they carry it out). Where the
         * document says the first listed leads ({@link FirstListedLeads}), a list that says nothing of who leads has
         * its first unit lead.
         */
        void attribute(UnitList units, int line) {
            String node = (label.isEmpty() ? "" : kind.numbering(label))
                    + (title != null ? title : heading(firstSentence(units.textBefore())));
            List<String> names = written(units.names(), line);
            List<String> leads = firstListedLeads && units.leads().isEmpty() && units.partners().isEmpty()
                    && !names.isEmpty() ? List.of(names.get(0)) : units.leads();
            for (String name : names) {
                Role role = leads.contains(name) ? Role.LEAD : Role.RESPONSIBLE;
                int named = indexOfUnit(assignments, name);
                if (named >= 0 && (role == Role.RESPONSIBLE || assignments.get(named).role() == Role.LEAD)) {
                    // named again by another of its lists (a clause's, then the paragraph's): one unit, one role
                    continue;
                }
                if (named >= 0) {
                    assignments.set(named, Assignment.create(assignments.get(named).unit(), Role.LEAD));
                } else {
                    assignments.add(Assignment.create(unit(name, line), role));
                }
                UnitSource source = new UnitSource(node, name, role, line, rule(units, line));
                sources.add(source);
                if (role == Role.LEAD) {
                    leadsNamed.add(source);
                }
            }
        }

        /** The units its lists and its sub-tasks' say lead, in the order written. */
        List<UnitSource> declaredLeads() {
            List<UnitSource> all = new ArrayList<>(leadsNamed);
            subtasks.forEach(sub -> all.addAll(sub.declaredLeads()));
            return all;
        }

        /** Units its item names for its tasks (the task names none of its own), in the order the item writes them. */
        void take(List<String> names, UnitList from, int line) {
            String node = (label.isEmpty() ? "" : kind.numbering(label)) + title;
            for (String name : names) {
                if (indexOfUnit(assignments, name) >= 0) {
                    // its own words named it already (an item that is its own task, its text closing with a list)
                    continue;
                }
                assignments.add(Assignment.create(unit(name, line), Role.RESPONSIBLE));
                sources.add(new UnitSource(node, name, Role.RESPONSIBLE, line, rule(from, line)));
            }
        }

        /** The task the next paragraph's units belong to: its last sub-task if it has any, else itself. */
        TaskBuilder last() {
            return subtasks.isEmpty() ? this : subtasks.get(subtasks.size() - 1);
        }

        PlanNode build() {
            if (assignments.isEmpty() && subtasks.isEmpty()) {
                warnings.add(ParseWarning.at(line, "parse.warning.noResponsible", title));
            }
            List<PlanNode> children = new ArrayList<>();
            int expected = 0;
            for (TaskBuilder subtask : subtasks) {
                expected = checkNumber(subtask.line, subtask.label, expected, false);
                children.add(subtask.build());
            }
            String body = text.toString();
            PlanNode task = new PlanNode(Ids.newId(), kind, label, title, body, assignments,
                    IndicatorFinder.find(body), children, 1);
            nodeLines.put(task, line);
            return task;
        }
    }

    /**
     * A heading as short as a title may be ({@link ContentLimits#TITLE}): a paragraph without a full stop would
     * otherwise be all title. The whole of it stays in the node's text.
     */
    static String heading(String text) {
        if (text.codePointCount(0, text.length()) <= ContentLimits.TITLE) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, ContentLimits.TITLE - 1)) + "…";
    }

    /** Counts the nodes as they are read: a document with more than a plan may hold is refused at once. */
    private void countNode(int line) {
        if (++nodes > ContentLimits.NODES) {
            throw new PlanParseException(line, "parse.error.tooManyNodes", ContentLimits.NODES);
        }
    }

    /**
     * The title of a task: its first sentence, without the full stop; or, where the task's text runs on from its title
     * after a colon (1.加强科学教育：深化…), what stands before the colon, if that can only be a title.
     */
    static String firstSentence(String text) {
        int stop = text.indexOf('。');
        String sentence = stop >= 0 ? text.substring(0, stop) : text;
        int colon = sentence.indexOf('：');
        if (colon > 0) {
            String before = sentence.substring(0, colon).strip();
            if (Headings.isTitleOnly(before) && !LABEL_BEFORE_COLON.matcher(before).find()) {
                return before;
            }
        }
        return sentence.strip();
    }

    /** A label that a colon follows (【责任单位：, 牵头单位：), which no title is; not a title ending 社会责任. */
    private static final Pattern LABEL_BEFORE_COLON = Pattern.compile("(?:^|[\\s【〔［\\[])(?:" + UnitList.LABELS + ")$");

    /** What no unit's name holds: a label's colon, a sentence's full stop. */
    private static final Pattern SENTENCE_MARKS = Pattern.compile("[：:。]");

    /**
     * The names of a unit list as written, noting each one that leaves out the prefix it shares with a name before
     * it ({@link SharedPrefix}): the user is asked whether 宣传部 is 市委宣传部 before anything says so.
     */
    private List<String> written(List<String> listed, int line) {
        // （责任单位：无）, a cell's —: no unit
        List<String> names = listed.stream().noneMatch(TextRules::saysNone) ? listed
                : listed.stream().filter(name -> !TextRules.saysNone(name)).toList();
        List<String> meant = SharedPrefix.meant(names, knownUnitNames);
        for (int i = 0; i < names.size(); i++) {
            if (!meant.get(i).equals(names.get(i))) {
                expansions.putIfAbsent(names.get(i), new AliasSuggestion(names.get(i), meant.get(i), line));
            }
        }
        return names;
    }

    private Unit unit(String name, int line) {
        if (++assignments > ContentLimits.ASSIGNMENTS) {
            throw new PlanParseException(line, "parse.error.tooManyAssignments", ContentLimits.ASSIGNMENTS);
        }
        if (units.size() >= ContentLimits.UNITS && !units.containsKey(name)) {
            // checked as they come, so that no work grows with a list of a hundred thousand names
            throw new PlanParseException(line, "parse.error.tooManyUnits", ContentLimits.UNITS);
        }
        if (unitFirstLines.putIfAbsent(name, line) == null && SENTENCE_MARKS.matcher(name).find()) {
            // a unit's name holds no colon or full stop: a label or a sentence was read into it
            warnings.add(ParseWarning.at(line, "parse.warning.oddUnitName", name));
        }
        return units.computeIfAbsent(name, n -> Unit.create(n, units.size() + 1));
    }

    /** Warns when a number is not the one after the previous; returns the number seen. */
    private int checkNumber(int line, String label, int previous, boolean chinese) {
        OptionalInt value = chinese ? ChineseNumerals.parse(label) : OptionalInt.of(Integer.parseInt(label));
        int expected = previous + 1;
        if (value.isEmpty() || value.getAsInt() != expected) {
            warnings.add(ParseWarning.at(line, "parse.warning.numbering",
                    chinese ? ChineseNumerals.format(expected) : String.valueOf(expected), label));
        }
        return value.orElse(expected);
    }

    /** The start of a text, for a message. */
    static String excerpt(String text) {
        return text.length() <= 30 ? text : text.substring(0, 30) + "…";
    }

    private static String joinTexts(List<SourceLine> lines, String separator) {
        return String.join(separator, lines.stream().map(SourceLine::text).toList());
    }

    private static String join(String first, CharSequence second) {
        if (first.isEmpty()) {
            return second.toString();
        }
        return second.isEmpty() ? first : first + "\n" + second;
    }
}
