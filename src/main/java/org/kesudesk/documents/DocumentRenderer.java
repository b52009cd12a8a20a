package org.kesudesk.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRStyle;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;

import org.kesudesk.l10n.FailureReasons;
import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.Unit;

/**
 * Makes the official documents of a plan from the compiled templates. JasperReports is loaded when the first
 * document is made, not when the app starts; the templates are loaded once and kept. Safe to use from one
 * background thread at a time.
 */
public final class DocumentRenderer {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DocumentRenderer.class);

    private final Map<String, JasperReport> templates = new HashMap<>();

    /**
     * A renderer that loads what making the document needs while the caller does something else (opens the
     * database): on one thread its templates, the fonts' metrics and the segmenter's dictionaries, which rendering
     * waits for; for a PDF, on another, the PDF exporter's classes and fonts, which the export uses when they are
     * there. A second of a command's time, on the other cores.
     */
    public static DocumentRenderer preparedInBackground(DocumentKind kind, OutputFormat format) {
        DocumentRenderer renderer = new DocumentRenderer();
        start("kesudesk-documents", () -> renderer.prepare(kind));
        if (format == OutputFormat.PDF) {
            start("kesudesk-pdf", DocumentRenderer::preparePdf);
        }
        return renderer;
    }

    private static void start(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    private synchronized void prepare(DocumentKind kind) {
        try {
            template(kind);
            if (kind == DocumentKind.NOTICE) {
                template(DocumentKind.DIVISION);
            }
            for (DocumentFonts font : DocumentFonts.values()) {
                font.advance('中', DocumentFonts.TEXT_SIZE);
            }
            TitleBreaker.allowedBreaks("关于印发实施方案的通知", List.of());
        } catch (RuntimeException e) {
            // rendering does it again, and says what went wrong
            LOG.debug("preparing to render {} failed", kind, e);
        }
    }

    /** The PDF exporter's fonts read, and its classes loaded by a page of one line. */
    private static void preparePdf() {
        try {
            FontExtension.readForPdf();
            JasperPrint sample = new JasperPrint();
            sample.setPageWidth(595);
            sample.setPageHeight(842);
            net.sf.jasperreports.engine.base.JRBasePrintPage page = new net.sf.jasperreports.engine.base.JRBasePrintPage();
            net.sf.jasperreports.engine.base.JRBasePrintText text =
                    new net.sf.jasperreports.engine.base.JRBasePrintText(sample.getDefaultStyleProvider());
            text.setWidth(442);
            text.setHeight(29);
            text.setFontName(DocumentFonts.FANGSONG.family());
            text.setFontSize(DocumentFonts.TEXT_SIZE);
            text.setText("中文");
            page.addElement(text);
            sample.addPage(page);
            new RenderedDocument(sample, out -> { }).write(java.io.OutputStream.nullOutputStream(), OutputFormat.PDF);
        } catch (RuntimeException e) {
            // the export reads what it needs itself, and says what went wrong
            LOG.debug("preparing the PDF exporter failed", e);
        }
    }

    /**
     * Renders a document of the plan.
     *
     * @param header the notice's header fields as the user left them (the division table uses its title)
     * @param unit   for a unit list, the one unit (by name); empty for every unit one after another
     * @throws UserFacingException if the named unit has nothing in the plan, or rendering fails
     */
    public RenderedDocument render(DocumentKind kind, PlanDocument plan, NoticeHeader header, Optional<String> unit) {
        return render(kind, plan, header, unit, false);
    }

    /**
     * Renders a document of the plan; the notice may carry the division table as its attachment (附件, bound after
     * the plan, page numbers running on, the 版记 on the attachment's last page).
     */
    public RenderedDocument render(DocumentKind kind, PlanDocument plan, NoticeHeader header,
                                   Optional<String> unit, boolean divisionAttached) {
        return render(kind, plan, header, unit, divisionAttached, Map.of());
    }

    /**
     * Renders a document of the plan, its division table (on its own or as the notice's 附件) with a 完成时限 column
     * where the plan's items or tasks have one, a unit's list with each entry's.
     *
     * @param times each item's and task's 完成时限 in words (2025年底前, 长期坚持), by node id; a node without one is
     *              not in it
     */
    /**
     * What a document is called where its title shows — the PDF's title, the printer's queue: the notice's title; the
     * plan's name with the division's or the lists' kind; one unit's list by the unit.
     */
    static String documentName(DocumentKind kind, PlanDocument plan, NoticeHeader header, Optional<String> unit) {
        String kindName = Messages.get("documents.kind." + kind.name());
        return switch (kind) {
            case NOTICE -> header.title().isBlank() ? plan.plan().name().strip()
                    : NoticeHeader.oneLine(header.title());
            case UNIT_LIST -> unit.map(name -> Messages.get("documents.unitList.title", name.strip()))
                    .orElse(Messages.get("documents.name.ofPlan", plan.plan().name().strip(), kindName));
            default -> Messages.get("documents.name.ofPlan", plan.plan().name().strip(), kindName);
        };
    }

    public RenderedDocument render(DocumentKind kind, PlanDocument plan, NoticeHeader header,
                                   Optional<String> unit, boolean divisionAttached,
                                   Map<java.util.UUID, String> times) {
        return render(kind, plan, header, unit, divisionAttached, times, PaperSides.BOTH_SIDES);
    }

    /**
     * {@link #render(DocumentKind, PlanDocument, NoticeHeader, Optional, boolean, Map)} for paper printed on the
     * sides given: every unit's list printed on one side leaves no blank back between two units' lists.
     */
    public synchronized RenderedDocument render(DocumentKind kind, PlanDocument plan, NoticeHeader header,
                                                Optional<String> unit, boolean divisionAttached,
                                                Map<java.util.UUID, String> times, PaperSides sides) {
        // a font put in the office's fonts folder since the last document draws this one
        FallbackFonts.lookAgainIfChanged();
        Map<String, Object> parameters = new HashMap<>();
        List<Map<String, ?>> rows;
        RenderedDocument.WordWriter word;
        // a notice's 主送 under its title or, too long for the first page, in its 版记
        NoticeHeader placed = kind == DocumentKind.NOTICE ? addresseesPlaced(plan, header, divisionAttached) : header;
        switch (kind) {
            case NOTICE -> {
                parameters.putAll(noticeParameters(placed, divisionAttached));
                rows = noticeRows(NoticeContent.of(plan, placed, divisionAttached
                        ? List.of(Messages.get("documents.division.title")) : List.of()),
                        DocumentRows.titleNames(plan, placed), parameters);
                word = out -> WordDocuments.notice(plan, placed, divisionAttached, times, out);
            }
            case DIVISION -> {
                rows = DocumentRows.division(plan, times);
                parameters.put("title", Messages.get("documents.division.title"));
                parameters.put("attachmentLabel", "");
                parameters.put("timed", DocumentRows.timed(plan, times));
                word = out -> WordDocuments.division(plan, placed, times, out);
            }
            case UNIT_LIST -> {
                List<Unit> units = DocumentRows.unitsOf(plan);
                if (unit.isPresent()) {
                    String name = unit.get().strip();
                    units = units.stream().filter(u -> u.name().equals(name)).toList();
                    if (units.isEmpty()) {
                        throw new UserFacingException("documents.error.noSuchUnit", name);
                    }
                }
                rows = DocumentRows.unitLists(plan, units, times);
                List<Unit> listed = units;
                word = out -> WordDocuments.unitLists(plan, listed, times, sides, out);
                parameters.put("planTitle", DocumentRows.subtitle(plan));
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
        try {
            JasperPrint print = JasperFillManager.fillReport(template(kind.templateName(), parameters), parameters,
                    new JRMapCollectionDataSource(rows));
            print.setName(documentName(kind, plan, header, unit));
            if (kind != DocumentKind.DIVISION) {
                finish(print, placed);
            }
            if (kind == DocumentKind.UNIT_LIST && sides == PaperSides.BOTH_SIDES) {
                UnitListSheets.eachOnSheetsOfItsOwn(print);
            }
            if (kind == DocumentKind.NOTICE && divisionAttached) {
                appendDivision(print, plan, parameters, placed.printsColophon(), times);
            }
            if (kind == DocumentKind.NOTICE) {
                finishColophon(print, placed);
            }
            // the printer asked for the sides the lists were made for
            return new RenderedDocument(print, word, kind != DocumentKind.UNIT_LIST || sides == PaperSides.BOTH_SIDES);
        } catch (JRException e) {
            throw new UserFacingException(e, "documents.error.render", FailureReasons.of(e));
        }
    }

    /**
     * 督办通知单 in the notice's format, one for each letter, each from a new page with its own 版头, page numbers
     * and 版记; the header's title is each letter's (the round named), its 主送 the letter's unit.
     *
     * @param plan the plan the letters are about (its units and issuer are names a title never breaks inside)
     */
    public synchronized RenderedDocument renderSupervision(List<SupervisionLetter> letters, NoticeHeader header,
                                                           PlanDocument plan) {
        // a font put in the office's fonts folder since the last document draws this one
        FallbackFonts.lookAgainIfChanged();
        if (letters.isEmpty()) {
            throw new IllegalArgumentException("no letters");
        }
        List<String> names = DocumentRows.titleNames(plan, header);
        try {
            JasperPrint all = null;
            for (SupervisionLetter letter : letters) {
                NoticeHeader addressed = NoticeContent.supervisionHeader(letter, header);
                Map<String, Object> parameters = noticeParameters(addressed, false);
                JasperPrint print = JasperFillManager.fillReport(template(DocumentKind.NOTICE.templateName(),
                                parameters), parameters,
                        new JRMapCollectionDataSource(noticeRows(NoticeContent.supervision(letter, addressed),
                                NoticeContent.supervisionNames(letter, names), parameters)));
                finish(print, addressed);
                finishColophon(print, addressed);
                if (all == null) {
                    all = print;
                    all.setName(Messages.get("documents.supervision.name"));
                } else {
                    print.getPages().forEach(all::addPage);
                }
            }
            return new RenderedDocument(all, out -> WordDocuments.supervision(letters, header, names, out));
        } catch (JRException e) {
            throw new UserFacingException(e, "documents.error.render", FailureReasons.of(e));
        }
    }

    /**
     * 督办单 as the one-page form: for each letter, from a new page, the form's title and number and its table (what is
     * chased, the unit, why, by when, each task, what to do, who chases, room for the reply).
     */
    public synchronized RenderedDocument renderSupervisionForms(List<SupervisionLetter> letters, NoticeHeader header) {
        // a font put in the office's fonts folder since the last document draws this one
        FallbackFonts.lookAgainIfChanged();
        if (letters.isEmpty()) {
            throw new IllegalArgumentException("no letters");
        }
        try {
            JasperPrint print = JasperFillManager.fillReport(template("supervision-form"), new HashMap<>(),
                    new JRMapCollectionDataSource(DocumentRows.supervisionForms(letters, header)));
            print.setName(Messages.get("documents.supervisionForm.name"));
            // a form a unit, handed out: printed on one side of the sheet
            return new RenderedDocument(print, out -> WordDocuments.supervisionForms(letters, header, out), false);
        } catch (JRException e) {
            throw new UserFacingException(e, "documents.error.render", FailureReasons.of(e));
        }
    }

    /**
     * A round's 进展情况通报 in the notice's format: its text with the 版头 and 署名, then its figures as the 附件 —
     * tables and charts (drawn as vector graphics), page numbers running on, the 版记 on the last page.
     *
     * @param plan the plan the 通报 is about (its units and issuer are names a title never breaks inside)
     */
    public synchronized RenderedDocument renderBulletin(Bulletin bulletin, NoticeHeader header, PlanDocument plan) {
        // a font put in the office's fonts folder since the last document draws this one
        FallbackFonts.lookAgainIfChanged();
        List<String> names = DocumentRows.titleNames(plan, header);
        // its 主送 in the 版记 if too long for the first page, as a notice's
        NoticeHeader addressed = addresseesPlaced(placed -> NoticeContent.bulletin(bulletin, placed),
                NoticeContent.bulletinHeader(bulletin, header), names, true);
        Map<String, Object> parameters = noticeParameters(addressed, true);
        try {
            JasperPrint print = JasperFillManager.fillReport(template(DocumentKind.NOTICE.templateName(), parameters),
                    parameters, new JRMapCollectionDataSource(noticeRows(NoticeContent.bulletin(bulletin, addressed), names,
                            parameters)));
            finish(print, addressed);
            print.setName(bulletin.title().isBlank() ? Messages.get("documents.bulletin.name")
                    : NoticeHeader.oneLine(bulletin.title()));
            Map<String, Object> attachment = attachmentParameters(bulletin.attachment(), print, parameters,
                    addressed.printsColophon());
            JasperPrint figures = JasperFillManager.fillReport(template("bulletin", attachment), attachment,
                    new JRMapCollectionDataSource(DocumentRows.bulletin(bulletin)));
            append(print, figures);
            finishColophon(print, addressed);
            return new RenderedDocument(print, out -> WordDocuments.bulletin(bulletin, addressed, names, out));
        } catch (JRException e) {
            throw new UserFacingException(e, "documents.error.render", FailureReasons.of(e));
        }
    }

    /** Writes the draft of a 工作总结 as a Word file (it has no pages of its own: the clerk edits it). */
    public void writeSummary(SummaryDraft draft, PlanDocument plan, java.nio.file.Path file) {
        try {
            org.kesudesk.files.AtomicFiles.write(file, out -> WordDocuments.summary(draft,
                    DocumentRows.titleNames(plan, NoticeHeader.of(plan.plan())), out));
        } catch (IOException e) {
            throw new UserFacingException(e, "documents.error.save", file.toAbsolutePath(), FailureReasons.of(e));
        }
    }

    /** The division table as the notice's 附件: its pages after the notice's, numbered on, with the 版记 at its end. */
    private void appendDivision(JasperPrint notice, PlanDocument plan, Map<String, Object> noticeParameters,
                                boolean colophon, Map<java.util.UUID, String> times) throws JRException {
        Map<String, Object> parameters = attachmentParameters(Messages.get("documents.division.title"), notice,
                noticeParameters, colophon);
        parameters.put("timed", DocumentRows.timed(plan, times));
        JasperPrint division = JasperFillManager.fillReport(template(DocumentKind.DIVISION.templateName(), parameters),
                parameters,
                new JRMapCollectionDataSource(DocumentRows.division(plan, times)));
        append(notice, division);
    }

    /** An attachment's parameters: its title, 附件, page numbers running on from the notice's, the notice's 版记. */
    private static Map<String, Object> attachmentParameters(String title, JasperPrint notice,
                                                            Map<String, Object> noticeParameters, boolean colophon) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("title", title);
        parameters.put("attachmentLabel", Messages.get("documents.attachment.label"));
        parameters.put("pageOffset", notice.getPages().size());
        parameters.put("colophon", colophon);
        for (String key : List.of("copiedTo", "copiedTo1", "copiedTo2", "copiedToLabel", "copiedToLines", "printedBy",
                "printedDate")) {
            parameters.put(key, noticeParameters.get(key));
        }
        return parameters;
    }

    /** An attachment's pages after the notice's, its styles with them. */
    private static void append(JasperPrint notice, JasperPrint attachment) throws JRException {
        for (JRStyle style : attachment.getStyles()) {
            if (!notice.getStylesMap().containsKey(style.getName())) {
                notice.addStyle(style);
            }
        }
        attachment.getPages().forEach(notice::addPage);
    }

    /**
     * The header with its 主送 in the 版记 if under the title it would leave the first page without a line of the
     * text (GB/T 9704 7.3.2, 7.3.3: the first page shows text; a 主送 too long for that goes in the 版记, above the
     * 抄送): decided by filling the first page through the text's first line. A 函's stays (its 版记 is its 抄送
     * alone).
     */
    private NoticeHeader addresseesPlaced(PlanDocument plan, NoticeHeader header, boolean divisionAttached) {
        return addresseesPlaced(placed -> NoticeContent.of(plan, placed, List.of()), header,
                DocumentRows.titleNames(plan, header), divisionAttached);
    }

    /** {@link #addresseesPlaced(PlanDocument, NoticeHeader, boolean)} for a document of these blocks. */
    private NoticeHeader addresseesPlaced(java.util.function.Function<NoticeHeader, List<NoticeContent.Block>> blocksOf,
                                          NoticeHeader header, List<String> names, boolean divisionAttached) {
        if (header.addressees().isBlank() || header.isLetter() || header.addresseesInColophon()) {
            return header;
        }
        List<NoticeContent.Block> blocks = blocksOf.apply(header);
        int addressees = -1;
        for (int i = 0; i < blocks.size() && addressees < 0; i++) {
            if (blocks.get(i).kind() == NoticeContent.Kind.ADDRESSEES) {
                addressees = i;
            }
        }
        if (addressees < 0 || addressees + 1 >= blocks.size()
                || !TEXT_KINDS.contains(blocks.get(addressees + 1).kind())) {
            return header;
        }
        // the 版头, title and 主送, and the text after them as far as the report keeps it together (a heading with the
        // lines after it, a paragraph's first two lines), on pages without a 版记's footer: the first page is the
        // last only of a notice too short to need this
        Map<String, Object> parameters = noticeParameters(header, divisionAttached);
        parameters.put("colophon", false);
        int through = addressees + 1;
        while (through + 1 < blocks.size() && HEADINGS.contains(blocks.get(through).kind())) {
            through++;
        }
        List<Map<String, ?>> rows = DocumentRows.rows(blocks.subList(0, through + 1), names, false);
        int end = DocumentRows.rows(blocks.subList(0, addressees + 1), names, false).size();
        Object kept = rows.get(end).get("keep");
        while (end < rows.size() && kept.equals(rows.get(end).get("keep"))) {
            end++;
        }
        return pages(rows.subList(0, end), parameters) > 1 ? header.withAddresseesInColophon() : header;
    }

    /** The blocks that are the text after a 主送: a paragraph or a heading. */
    private static final java.util.Set<NoticeContent.Kind> TEXT_KINDS = java.util.EnumSet.of(NoticeContent.Kind.BODY,
            NoticeContent.Kind.RUN_IN, NoticeContent.Kind.HEADING_1, NoticeContent.Kind.HEADING_2);
    /** The blocks kept with the text after them. */
    private static final java.util.Set<NoticeContent.Kind> HEADINGS = java.util.EnumSet.of(
            NoticeContent.Kind.HEADING_1, NoticeContent.Kind.HEADING_2);

    /**
     * A notice's rows (the notice template's), its sign-off's 空一行 made smaller where that keeps the 署名 and
     * 成文日期 on the page of the text's last line: GB/T 9704 7.3.5 — where the room left cannot hold them, the
     * spacing is adjusted — instead of the text's last line going with them to a page of its own. Decided by
     * filling the pages up to the sign-off both ways: the smaller spacing is taken only where it saves a page.
     */
    private List<Map<String, ?>> noticeRows(List<NoticeContent.Block> blocks, List<String> names,
                                            Map<String, Object> parameters) {
        List<Map<String, ?>> rows = DocumentRows.rows(blocks, names, false);
        List<Map<String, ?>> throughSignOff = throughSignOff(rows);
        if (throughSignOff.isEmpty()) {
            return rows;
        }
        List<Map<String, ?>> tight = DocumentRows.rows(blocks, names, true);
        return pages(throughSignOff(tight), parameters) < pages(throughSignOff, parameters) ? tight : rows;
    }

    /**
     * The rows up to the end of the sign-off's page: to its next page break, and one row past it, so that those
     * pages are not the last (whose footer holds the 版记); none without a sign-off.
     */
    private static List<Map<String, ?>> throughSignOff(List<Map<String, ?>> rows) {
        int last = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).containsKey(GridLines.SIGN_OFF)) {
                last = i;
            }
        }
        if (last < 0) {
            return List.of();
        }
        int end = last + 1;
        while (end < rows.size() && !"BREAK".equals(rows.get(end).get("kind"))) {
            end++;
        }
        List<Map<String, ?>> through = new java.util.ArrayList<>(rows.subList(0, end));
        if (end < rows.size()) {
            through.add(rows.get(end));
            through.add(Map.of("kind", "BLANK", "keep", Integer.MAX_VALUE));
        }
        return through;
    }

    private int pages(List<Map<String, ?>> rows, Map<String, Object> parameters) {
        try {
            return JasperFillManager.fillReport(template(DocumentKind.NOTICE.templateName(), parameters),
                    new HashMap<>(parameters),
                    new JRMapCollectionDataSource(rows)).getPages().size();
        } catch (JRException e) {
            throw new UserFacingException(e, "documents.error.render", FailureReasons.of(e));
        }
    }

    /** From the top of the 文件 标志's box (the template's) to 35 mm under the 版心's top, where its ink starts. */
    private static final float MASTHEAD_INK_TOP = 21.2f;

    private static int mastheadPadding(String masthead, float size) {
        return Math.max(0, Math.round(MASTHEAD_INK_TOP - DocumentFonts.mastheadInkOffset(masthead, size)));
    }

    /**
     * What is done to a notice's pages once filled: a joint notice's 标志 set as its block, and the lines a paragraph
     * goes on after spread to the 版心's edge.
     */
    private static void finish(JasperPrint print, NoticeHeader header) {
        if (header.isLetter()) {
            LetterFormat.head(print, header);
        } else {
            JointMasthead.of(header.masthead()).ifPresent(joint -> joint.apply(print,
                    mastheadPadding(joint.inked(), joint.size())));
        }
        Justification.apply(print);
    }

    /**
     * The 版记 on the document's last page (after its 附件's): a 函's 抄送 alone ({@link LetterFormat#colophon}); on
     * an even page, the back of the last sheet ({@link ColophonPage}).
     */
    private static void finishColophon(JasperPrint print, NoticeHeader header) {
        ColophonPage.shrunkLinesOnTheirBaseline(print);
        List<DocumentRows.ColophonLine> lines = DocumentRows.distributionLines(header);
        int set = DocumentRows.templateLines(lines);
        if (lines.size() > set) {
            ColophonPage.longCopiedTo(print, lines.subList(set, lines.size()));
        }
        if (header.isLetter()) {
            LetterFormat.colophon(print);
        }
        ColophonPage.onEvenPage(print);
    }

    /** The notice template's parameters: its 版头 and 版记 (left for the attachment's last page if there is one). */
    private static Map<String, Object> noticeParameters(NoticeHeader header, boolean divisionAttached) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("urgency", header.urgency().mark());
        if (header.isLetter()) {
            // a 函: its 标志 one line as typed (a joint 函 has its 主办机关's alone), placed by LetterFormat
            parameters.put("letter", true);
            parameters.put("letterhead", false);
            parameters.put("masthead", header.masthead());
            parameters.put("mastheadSize", String.valueOf(LetterFormat.mastheadSize(header)));
            parameters.put("letterPadding", String.valueOf(LetterFormat.docNumberPadding(header)));
            colophonParameters(parameters, header, divisionAttached);
            return parameters;
        }
        // a joint notice's 标志: the template sets its first line, which the block replaces once filled
        Optional<JointMasthead> joint = JointMasthead.of(header.masthead());
        parameters.put("masthead", joint.map(JointMasthead::firstLine).orElse(header.masthead()));
        // one line at the size that fits (the report's own fitting would break a long issuer over two), its ink's
        // top 35 mm under the 版心's top whatever the size: the box padded by as much less than the 21.2 pt from its
        // top to there as the font sets the ink below a box's top (DocumentFonts.mastheadInkOffset, as a 函's is
        // placed; measured on the rendered page, DocumentRenderingTest); in whole points
        float size = joint.map(JointMasthead::size).orElse(DocumentFonts.mastheadSize(header.masthead()));
        parameters.put("mastheadSize", String.valueOf(size));
        parameters.put("mastheadPadding", String.valueOf(mastheadPadding(
                joint.map(JointMasthead::inked).orElse(header.masthead()), size)));
        // the 发文字号 空二行 below the 标志's ink, however tall that is (the template's box padded by the 39 pt a 初号
        // 标志 takes), the rule and what follows with it
        float rise = joint.map(j -> DocumentFonts.mastheadRise(j.inked(), j.size()) - j.depth())
                .orElse(DocumentFonts.mastheadRise(header.masthead()));
        parameters.put("docNumberPadding", String.valueOf(Math.max(0, Math.round(39f - rise))));
        parameters.put("docNumber", header.docNumber());
        parameters.put("letterhead", header.hasLetterhead());
        colophonParameters(parameters, header, divisionAttached);
        return parameters;
    }

    /** The 版记's parameters (left for the attachment's last page if there is one). */
    private static void colophonParameters(Map<String, Object> parameters, NoticeHeader header,
                                           boolean divisionAttached) {
        String copiedTo = DocumentRows.copiedTo(header.copiedTo());
        parameters.put("copiedTo", copiedTo);
        // the 主送 (where it goes in the 版记) and the 抄送, each line's label in its text
        List<DocumentRows.ColophonLine> colophonLines = DocumentRows.distributionLines(header);
        int set = DocumentRows.templateLines(colophonLines);
        parameters.put("copiedTo1", set < 1 ? "" : colophonLines.get(0).text());
        parameters.put("copiedTo2", set < 2 ? "" : colophonLines.get(1).text());
        parameters.put("copiedToLabel", "");
        // the templates set two lines (one where the second starts a list); those beyond are added to the page once
        // filled (finishColophon)
        parameters.put("copiedToLines", set);
        parameters.put("printedBy", header.printedBy());
        parameters.put("printedDate", header.printedDate());
        // none for a 函 without a 抄送: the room a 版记 takes is not kept on its last page
        parameters.put("colophon", !divisionAttached && header.printsColophon());
    }

    private JasperReport template(DocumentKind kind) {
        return template(kind.templateName());
    }

    /**
     * The template of that name as filled with these parameters: where they print no 版记 (its {@code colophon}
     * false or unset), compiled without its last page's footer if it has one ({@link TemplateCompiler}), so that the
     * room a 版记 takes is not kept at the foot of the last page — a page filled below it went on to one holding
     * nothing but its page number.
     */
    private JasperReport template(String name, Map<String, Object> parameters) {
        String without = name + TemplateCompiler.WITHOUT_LAST_PAGE_FOOTER;
        boolean colophon = Boolean.TRUE.equals(parameters.get("colophon"));
        return !colophon && DocumentRenderer.class.getResource("templates/" + without + ".jasper") != null
                ? template(without) : template(name);
    }

    private JasperReport template(String name) {
        return templates.computeIfAbsent(name, k -> {
            String resource = "templates/" + k + ".jasper";
            try (InputStream in = DocumentRenderer.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing compiled template " + resource
                            + " (built by TemplateCompiler in the compile phase)");
                }
                return (JasperReport) JRLoader.loadObject(in);
            } catch (IOException | JRException e) {
                throw new IllegalStateException("cannot load template " + resource, e);
            }
        });
    }
}
