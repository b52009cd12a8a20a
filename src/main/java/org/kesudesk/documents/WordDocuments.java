package org.kesudesk.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.kesudesk.l10n.Messages;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Role;
import org.kesudesk.model.Unit;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHAnchor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVAnchor;

/**
 * The documents as a Word user would have made them, for a clerk to keep editing in Word or WPS: GB/T 9704 page
 * setup (A4, the 版心 156 × 225 mm at 37 mm from the top and 28 mm from the left, a document grid of 22 lines of 28
 * characters), styles named as offices name them (正文, 标题, 一级标题, 二级标题, 版记) with the outline levels
 * Word's navigation pane shows, one paragraph for each paragraph of the document, page numbers as PAGE fields in
 * "— N —" (odd pages right, even pages left), the 分工表 as one table whose header row repeats and whose rows do not
 * break across pages, and the 版记 at the foot of the last page. The text is the PDF's ({@link NoticeContent},
 * {@link DocumentRows}); Word breaks the lines itself, except a title's, which break where the PDF's do.
 */
final class WordDocuments {

    /** Twips (1/20 pt) of the A4 page and the GB/T 9704 margins (37, 35, 28 and 26 mm). */
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN_TOP = 2098;
    static final int MARGIN_BOTTOM = 1984;
    static final int MARGIN_LEFT = 1588;
    static final int MARGIN_RIGHT = 1474;
    /** The header's distance from the paper's top edge (15 mm). */
    static final int HEADER = 851;
    /** A 函's double line, both strokes and the space between, in points. */
    private static final float DOUBLE_LINE = LetterFormat.THICK + 1 + LetterFormat.THIN;
    /** The footer's distance from the paper's edge: the page number's rule about 7 mm below the 版心. */
    static final int FOOTER = 1304;
    /** The grid: 22 lines in the 225 mm 版心 (28.95 pt, 579 twips: 580 would leave room for 21)… */
    static final int LINE_PITCH = 579;
    /** A character of the 版记's 4号 (14 pt), in twentieths of a point. */
    private static final int COLOPHON_CELL = 280;
    /** A title's line, in twentieths of a point: 36 pt, as the PDF's. */
    static final int TITLE_LINE = 720;
    /** …and 28 characters of 3号 in the 156 mm (15.79 pt a character: 16 pt less 849/4096 pt). */
    static final int CHAR_SPACE = -849;
    /** The body's size, 3号, in half-points: the size the grid's cells are measured from. */
    static final int BODY_HALF_POINTS = 32;
    /**
     * The width, in percent, at which the text on the grid draws its characters: the widest that leaves a character
     * of the body's size no wider than a cell as LibreOffice reads the grid (in whole twentieths of a point: 315 of
     * the 320 a 3号 character takes, so 98%). LibreOffice gives a character wider than a cell two cells, and the
     * offices' own 仿宋_GB2312 is a full 16 pt wide: the text stood at 14 characters a line. Word and WPS set 28 a
     * line either way; the 2% is a third of a point a character, which no reader sees.
     */
    static final int GRID_TEXT_SCALE = (BODY_HALF_POINTS * 10 + Math.floorDiv(CHAR_SPACE * 20, 4096)) * 100
            / (BODY_HALF_POINTS * 10);
    /** Twips of the 版心's width (156 mm). */
    static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    /**
     * A cell of the grid in twips (the 版心's width over its 28 characters, rounded down): indents are whole cells of
     * it. Two characters of 3号 (640 twips) are a little more than two cells, and LibreOffice moves an indent that
     * is to the next cell: the text started in the third.
     */
    static final int CELL = TEXT_WIDTH / (int) GridLines.LINE_CELLS;

    // the styles' ids (their names are the offices' own, STYLE_NAMES)
    /**
     * 正文 is Word's own Normal style (shown as 正文 in a Chinese Word), so that Word, WPS and LibreOffice take it for
     * the default style whose size measures the grid; it carries 正文 as its alias.
     */
    static final String BODY = "Normal";
    static final String TITLE = "KesuTitle";
    static final String HEADING_1 = "KesuHeading1";
    static final String HEADING_2 = "KesuHeading2";
    static final String COLOPHON = "KesuColophon";
    static final String MASTHEAD = "KesuMasthead";
    static final String TABLE_TEXT = "KesuTableText";
    static final String PAGE_NUMBER = "KesuPageNumber";
    static final Map<String, String> STYLE_NAMES = Map.of(BODY, "正文", TITLE, "标题", HEADING_1, "一级标题",
            HEADING_2, "二级标题", COLOPHON, "版记", MASTHEAD, "发文机关标志", TABLE_TEXT, "表格文字",
            PAGE_NUMBER, "页码");

    /** The fonts offices' machines have, by the names Word and WPS know them by. */
    static final String FANGSONG = "仿宋_GB2312";
    static final String XIAOBIAOSONG = "方正小标宋简体";
    static final String HEITI = "黑体";
    static final String KAITI = "楷体_GB2312";
    static final String SONGTI = "宋体";
    /** The red of the 版头. */
    static final String RED = "E60012";

    /** Column widths of the 分工表 in twips, the PDF's (DocumentRows): 序号, 重点任务, 牵头单位, 责任单位. */
    private static final int[] DIVISION_COLUMNS = twips(DocumentRows.NUMBER_COLUMN,
            DocumentRows.TASK_CELL + DocumentRows.CELL_PADDING, DocumentRows.LEAD_CELL + DocumentRows.CELL_PADDING,
            DocumentRows.RESPONSIBLE_CELL + DocumentRows.CELL_PADDING);
    /** With a 完成时限 column, taken from the task and responsible columns' widths (as in the PDF). */
    private static final int[] TIMED_DIVISION_COLUMNS = twips(DocumentRows.NUMBER_COLUMN,
            DocumentRows.TIMED_TASK_CELL + DocumentRows.CELL_PADDING,
            DocumentRows.LEAD_CELL + DocumentRows.CELL_PADDING,
            DocumentRows.TIMED_RESPONSIBLE_CELL + DocumentRows.CELL_PADDING,
            DocumentRows.TIME_CELL + DocumentRows.CELL_PADDING);

    /** Widths in points as twips. */
    private static int[] twips(float... points) {
        int[] twips = new int[points.length];
        for (int i = 0; i < points.length; i++) {
            twips[i] = Math.round(points[i] * 20);
        }
        return twips;
    }

    private final XWPFDocument document = new XWPFDocument();
    /** Whether the next paragraph starts a new page. */
    private boolean newPage;
    /** How many 函 版头 this file has set (the first in the first page's header, later ones in the text). */
    private int letterheads;
    /** The paragraphs of the 附件说明, kept with the 署名 as the text's last line is. */
    private final java.util.Set<XWPFParagraph> notes = java.util.Collections.newSetFromMap(
            new java.util.IdentityHashMap<>());

    private WordDocuments() {
        pageSetup();
        styles();
        pageNumbers();
    }

    /** The notice: its 版头, its blocks, the division table as its 附件 if attached, and the 版记. */
    static void notice(PlanDocument plan, NoticeHeader header, boolean divisionAttached,
                       Map<java.util.UUID, String> times, OutputStream out) throws IOException {
        WordDocuments word = new WordDocuments();
        word.masthead(header);
        List<String> names = DocumentRows.titleNames(plan, header);
        List<NoticeContent.Block> blocks = NoticeContent.of(plan, header,
                divisionAttached ? List.of(Messages.get("documents.division.title")) : List.of());
        // the 版头 has its own spacing: the title comes 空二行 below the rule
        word.blocks(blocks, names);
        if (divisionAttached) {
            word.newPage = true;
            noFirstLineIndent(word.paragraph(HEADING_1, Messages.get("documents.attachment.label")));
            noFirstLineIndent(word.paragraph(BODY, ""));
            word.divisionTable(plan, Messages.get("documents.division.title"), names, times);
        }
        word.colophon(header);
        word.write(out);
    }

    /** 督办通知单, each from a new page with its 版头, text and 版记. */
    static void supervision(List<SupervisionLetter> letters, NoticeHeader header, List<String> names,
                            OutputStream out) throws IOException {
        WordDocuments word = new WordDocuments();
        // each unit's letter in the 文件 format a section of its own, as the PDF's: from the front of a sheet, numbered
        // from 1. A 函's letters are sections already, for their letterheads: numbered from 1 in them, not made to
        // start on an odd page (LibreOffice gives such a section's second page the letterhead again)
        boolean sections = !header.isLetter();
        if (sections) {
            word.sectionOnItsOwnSheets(word.document.getDocument().getBody().getSectPr());
        } else {
            CTSectPr body = word.document.getDocument().getBody().getSectPr();
            (body.isSetPgNumType() ? body.getPgNumType() : body.addNewPgNumType()).setStart(BigInteger.ONE);
        }
        for (SupervisionLetter letter : letters) {
            NoticeHeader addressed = NoticeContent.supervisionHeader(letter, header);
            if (sections && !word.document.getBodyElements().isEmpty()) {
                // the 版记 floats at the page's foot, anchored to the paragraph after it, which must not end the
                // section (LibreOffice would put the 版记 on the next letter's first page): the section ends in a
                // paragraph of its own, a line of a point
                XWPFParagraph end = word.document.createParagraph();
                noFirstLineIndent(end);
                offTheGrid(end);
                end.setSpacingBefore(0);
                end.setSpacingAfter(0);
                end.setSpacingBetween(1, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
                word.endSection();
            } else {
                word.newPage = !word.document.getBodyElements().isEmpty();
            }
            word.masthead(addressed);
            word.blocks(NoticeContent.supervision(letter, addressed), NoticeContent.supervisionNames(letter, names));
            word.colophon(addressed);
        }
        word.write(out);
    }

    /** 督办单 forms: each unit's from a new page, its title, number and table of two columns. */
    static void supervisionForms(List<SupervisionLetter> letters, NoticeHeader header, OutputStream out)
            throws IOException {
        WordDocuments word = new WordDocuments();
        int[] columns = {Math.round(96 * 20), TEXT_WIDTH - Math.round(96 * 20)};
        for (SupervisionLetter letter : letters) {
            word.newPage = !word.document.getBodyElements().isEmpty();
            XWPFParagraph title = word.paragraph(TITLE, Messages.get("documents.supervisionForm.title"));
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFParagraph number = word.paragraph(BODY, header.docNumber().isBlank() ? ""
                    : Messages.get("documents.supervisionForm.number", header.docNumber()));
            number.setAlignment(ParagraphAlignment.RIGHT);
            noFirstLineIndent(number);
            List<String[]> rows = NoticeContent.supervisionForm(letter, header);
            // set as the PDF's form: labels at 4号, the values a size smaller where the form would not fit its page
            double size = DocumentRows.formSize(rows);
            XWPFTable table = word.document.createTable(rows.size(), 2);
            layout(table, columns);
            ruled(table, 6);
            for (int r = 0; r < rows.size(); r++) {
                XWPFTableRow row = table.getRow(r);
                cell(row.getCell(0), rows.get(r)[0], HEITI, ParagraphAlignment.CENTER);
                XWPFTableCell value = row.getCell(1);
                List<String> lines = List.of(rows.get(r)[1].split("\n", -1));
                cell(value, lines.get(0), FANGSONG, ParagraphAlignment.LEFT);
                for (int l = 1; l < lines.size(); l++) {
                    XWPFParagraph more = value.addParagraph();
                    more.setStyle(TABLE_TEXT);
                    offTheGrid(more);
                    text(more.createRun(), lines.get(l));
                }
                row.getCell(0).getParagraphs().forEach(label -> label.getRuns().forEach(run ->
                        run.setFontSize((double) DocumentRows.FORM_SIZE)));
                value.getParagraphs().forEach(line -> line.getRuns().forEach(run -> run.setFontSize(size)));
                // each row at least as tall as the PDF's (36 pt); 办理结果 with room for the unit to write in
                row.setHeight(r == rows.size() - 1 ? 2400 : 720);
            }
        }
        word.write(out);
    }

    /**
     * A 进展情况通报: its 版头, text and 署名, then from a new page its 附件 — each table one Word table (header row
     * repeated, rows kept whole) under its caption, each chart a Word chart of its own (its figures in the chart's
     * sheet, editable in Word or WPS) — and the 版记.
     */
    static void bulletin(Bulletin bulletin, NoticeHeader header, List<String> names, OutputStream out)
            throws IOException {
        WordDocuments word = new WordDocuments();
        word.masthead(header);
        word.blocks(NoticeContent.bulletin(bulletin, header), names);
        word.newPage = true;
        noFirstLineIndent(word.paragraph(HEADING_1, Messages.get("documents.attachment.label")));
        noFirstLineIndent(word.paragraph(BODY, ""));
        word.title(bulletin.attachment(), names);
        for (Bulletin.Table table : bulletin.tables()) {
            word.figuresTable(table);
        }
        for (Bulletin.Chart chart : bulletin.charts()) {
            word.chart(chart);
        }
        word.colophon(header);
        word.write(out);
    }

    /**
     * The draft of a 工作总结: its title, the figures, every section, action or project and task in the plan's
     * headings and the reports under each task, then the tasks still late.
     */
    static void summary(SummaryDraft draft, List<String> names, OutputStream out) throws IOException {
        WordDocuments word = new WordDocuments();
        word.title(draft.title(), names);
        noFirstLineIndent(word.paragraph(BODY, ""));
        word.paragraph(BODY, draft.figures());
        for (SummaryDraft.Section section : draft.sections()) {
            word.paragraph(HEADING_1, section.heading());
            for (SummaryDraft.Item item : section.items()) {
                if (!item.heading().isEmpty()) {
                    word.paragraph(HEADING_2, item.heading());
                }
                for (SummaryDraft.Task task : item.tasks()) {
                    if (!task.title().isEmpty()) {
                        word.paragraph(BODY, task.title());
                    }
                    for (String report : task.reports()) {
                        word.paragraph(BODY, report);
                    }
                }
            }
        }
        if (!draft.late().isEmpty()) {
            word.paragraph(HEADING_1, Messages.get("documents.summary.late", draft.late().size()));
            for (String late : draft.late()) {
                word.paragraph(BODY, late);
            }
        }
        word.write(out);
    }

    /** The division table on its own: its title, the table. */
    static void division(PlanDocument plan, NoticeHeader header, Map<java.util.UUID, String> times,
                         OutputStream out) throws IOException {
        WordDocuments word = new WordDocuments();
        word.divisionTable(plan, Messages.get("documents.division.title"), DocumentRows.titleNames(plan, header),
                times);
        word.write(out);
    }

    /** The unit lists: each unit from a new page, its title, the plan's, what it leads and what it carries out. */
    static void unitLists(PlanDocument plan, List<Unit> units, Map<java.util.UUID, String> times, PaperSides sides,
                          OutputStream out) throws IOException {
        WordDocuments word = new WordDocuments();
        if (sides == PaperSides.ONE_SIDE) {
            // printed on one side, each list from the next page: no blank back is a sheet spent
            word.sectionStart = STSectionMark.NEXT_PAGE;
        }
        List<String> names = DocumentRows.titleNames(plan, NoticeHeader.of(plan.plan()));
        for (Unit unit : units) {
            DocumentRows.UnitEntries entries = DocumentRows.entriesOf(plan, unit, times);
            if (!word.document.getBodyElements().isEmpty()) {
                word.endSection();
            }
            word.title(Messages.get("documents.unitList.title", unit.name()), names);
            // the plan's title under it, broken between words where the PDF breaks it
            XWPFParagraph subtitle = word.paragraph(BODY, "");
            subtitle.setAlignment(ParagraphAlignment.CENTER);
            noFirstLineIndent(subtitle);
            XWPFRun subtitleText = subtitle.createRun();
            fonts(subtitleText.getCTR().addNewRPr(), KAITI);
            List<String> subtitleLines = List.of(DocumentRows.subtitle(plan).split("\n"));
            for (int i = 0; i < subtitleLines.size(); i++) {
                if (i > 0) {
                    subtitleText.addBreak();
                }
                text(subtitleText, subtitleLines.get(i));
            }
            // 楷体 at its own width, as the headings are: on 仿宋's grid each character would take two cells
            offTheGrid(subtitle);
            word.paragraph(BODY, "");
            word.paragraph(HEADING_1, Messages.get("documents.unitList.leads", entries.leads().size()));
            word.entries(entries.leads());
            word.paragraph(HEADING_1, Messages.get("documents.unitList.tasks", entries.tasks().size()));
            word.entries(entries.tasks());
        }
        word.sectionOnItsOwnSheets(word.document.getDocument().getBody().getSectPr());
        word.write(out);
    }

    /**
     * Ends the section so far at the last paragraph: each unit's list is a section of its own, on sheets of its own
     * (as the PDF's, {@link UnitListSheets}) — Word and WPS start it on the next odd page, leaving the back of an odd
     * last page blank, and number its pages from 1.
     */
    private void endSection() {
        List<XWPFParagraph> paragraphs = document.getParagraphs();
        XWPFParagraph last = paragraphs.isEmpty()
                || document.getBodyElements().get(document.getBodyElements().size() - 1) != paragraphs.get(
                paragraphs.size() - 1) ? document.createParagraph() : paragraphs.get(paragraphs.size() - 1);
        CTPPr properties = last.getCTP().isSetPPr() ? last.getCTP().getPPr() : last.getCTP().addNewPPr();
        // the page, its margins, grid and footers as the document's
        CTSectPr section = (CTSectPr) document.getDocument().getBody().getSectPr().copy();
        sectionOnItsOwnSheets(section);
        properties.setSectPr(section);
    }

    /** Where a section of its own starts: on an odd page, the front of a sheet (or the next page, one side printed). */
    private STSectionMark.Enum sectionStart = STSectionMark.ODD_PAGE;

    private void sectionOnItsOwnSheets(CTSectPr section) {
        (section.isSetType() ? section.getType() : section.addNewType()).setVal(sectionStart);
        (section.isSetPgNumType() ? section.getPgNumType() : section.addNewPgNumType()).setStart(BigInteger.ONE);
    }

    private void write(OutputStream out) throws IOException {
        try (document) {
            document.write(out);
        }
    }

    // ---- the page ----

    private void pageSetup() {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(HEADER));
        margins.setFooter(BigInteger.valueOf(FOOTER));
        margins.setGutter(BigInteger.ZERO);
        CTDocGrid grid = section.isSetDocGrid() ? section.getDocGrid() : section.addNewDocGrid();
        grid.setType(STDocGrid.LINES_AND_CHARS);
        grid.setLinePitch(BigInteger.valueOf(LINE_PITCH));
        grid.setCharSpace(BigInteger.valueOf(CHAR_SPACE));
    }

    /** "— N —" in 4号宋体: odd pages right, 右空一字; even pages left, 左空一字 (奇偶页不同). */
    private void pageNumbers() {
        document.setEvenAndOddHeadings(true);
        pageNumber(document.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        pageNumber(document.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
    }

    private static void pageNumber(XWPFFooter footer, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = footer.getParagraphs().isEmpty() ? footer.createParagraph()
                : footer.getParagraphs().get(0);
        paragraph.setStyle(PAGE_NUMBER);
        paragraph.setAlignment(alignment);
        if (alignment == ParagraphAlignment.RIGHT) {
            paragraph.setIndentationRight(280);
        } else {
            paragraph.setIndentationLeft(280);
        }
        paragraph.createRun().setText("— ");
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun instruction = paragraph.createRun();
        instruction.getCTR().addNewInstrText().setStringValue(" PAGE ");
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        paragraph.createRun().setText("1");
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        paragraph.createRun().setText(" —");
    }

    // ---- the styles ----

    private void styles() {
        XWPFStyles styles = document.createStyles();
        CTFonts defaults = CTFonts.Factory.newInstance();
        fontNames(defaults, FANGSONG);
        styles.setDefaultFonts(defaults);
        styles.setEastAsia("zh-CN");
        // the grid's characters are measured in the default size (Word and LibreOffice both take it from here)
        CTRPr defaultRun = styles.getCtStyles().getDocDefaults().getRPrDefault().getRPr();
        defaultRun.addNewSz().setVal(BigInteger.valueOf(BODY_HALF_POINTS));
        defaultRun.addNewSzCs().setVal(BigInteger.valueOf(BODY_HALF_POINTS));
        // 正文: 3号仿宋, 左空二字, on the 29 pt grid; the default paragraph style
        CTStyle body = style(BODY, null, FANGSONG, BODY_HALF_POINTS, 200, STJc.BOTH, -1, true);
        body.setDefault(Boolean.TRUE);
        add(styles, body);
        // 标题: 2号小标宋 in lines of 36 pt, as the PDF's (a 29 pt line would crowd 22 pt characters, and put more
        // of the notice on its first page than the PDF does)
        CTStyle title = style(TITLE, BODY, XIAOBIAOSONG, 44, 0, STJc.CENTER, -1, false);
        title.getPPr().getSpacing().setLine(BigInteger.valueOf(TITLE_LINE));
        add(styles, title);
        // 黑体 and 楷体 are set at their own width (as in the PDF): a grid of 仿宋's pitch would give each two cells
        add(styles, style(HEADING_1, BODY, HEITI, BODY_HALF_POINTS, 200, STJc.BOTH, 0, false));
        add(styles, style(HEADING_2, BODY, KAITI, BODY_HALF_POINTS, 200, STJc.BOTH, 1, false));
        add(styles, style(COLOPHON, BODY, FANGSONG, 28, 0, STJc.LEFT, -1, false));
        CTStyle masthead = style(MASTHEAD, BODY, XIAOBIAOSONG, 84, 0, STJc.CENTER, -1, false);
        masthead.getRPr().addNewColor().setVal(RED);
        add(styles, masthead);
        // the table's lines: 18 pt, not the grid's 29
        CTStyle table = style(TABLE_TEXT, BODY, FANGSONG, 24, 0, STJc.LEFT, -1, false);
        table.getPPr().getSpacing().setLine(BigInteger.valueOf(360));
        add(styles, table);
        CTStyle number = style(PAGE_NUMBER, null, SONGTI, 28, 0, STJc.RIGHT, -1, false);
        number.getPPr().getSpacing().setLineRule(STLineSpacingRule.AUTO);
        number.getPPr().getSpacing().setLine(BigInteger.valueOf(240));
        add(styles, number);
    }

    private static void add(XWPFStyles styles, CTStyle style) {
        styles.addStyle(new XWPFStyle(style, styles));
    }

    /**
     * A paragraph style: its font and size (half-points), first-line indent (hundredths of a character), alignment,
     * outline level (-1 for none; a heading is kept with the next paragraph) and whether its lines keep to the
     * document grid (text does; titles, tables, the 版记 and page numbers have their own sizes and lines).
     */
    private static CTStyle style(String id, String basedOn, String font, int halfPoints, int firstLineChars,
                                 STJc.Enum alignment, int outlineLevel, boolean onGrid) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        if (BODY.equals(id)) {
            style.addNewName().setVal("Normal");
            style.addNewAliases().setVal(STYLE_NAMES.get(id));
        } else {
            style.addNewName().setVal(STYLE_NAMES.get(id));
        }
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        if (outlineLevel >= 0) {
            paragraph.addNewKeepNext();
        }
        if (!onGrid) {
            paragraph.addNewSnapToGrid().setVal(Boolean.FALSE);
        }
        if (basedOn == null) {
            // no space added between Chinese and Latin letters or digits (Word's 自动调整中文与西文/数字的间距): the
            // PDF adds none, and with it "3." would take two cells of the grid
            paragraph.addNewAutoSpaceDE().setVal(Boolean.FALSE);
            paragraph.addNewAutoSpaceDN().setVal(Boolean.FALSE);
            // no punctuation hung past the margin (Word's and LibreOffice's 允许标点溢出边界, on by default): the PDF
            // keeps a closing mark off a line's start by taking the character before it down with it, and with
            // hanging allowed a line would hold one character more than the PDF's
            paragraph.addNewOverflowPunct().setVal(Boolean.FALSE);
            // no line of a paragraph alone at a page's foot or head, as the PDF keeps it (LibreOffice reads a
            // document that does not say so as without it)
            paragraph.addNewWidowControl().setVal(Boolean.TRUE);
        }
        var spacing = paragraph.addNewSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(LINE_PITCH));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        var indent = paragraph.addNewInd();
        indent.setFirstLineChars(BigInteger.valueOf(firstLineChars));
        indent.setFirstLine(BigInteger.valueOf(firstLineChars * CELL / 100));
        paragraph.addNewJc().setVal(alignment);
        if (outlineLevel >= 0) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        CTRPr run = style.addNewRPr();
        fonts(run, font);
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        // a character on the grid no wider than its cell; off it, characters at their own width
        run.addNewW().setVal(onGrid ? GRID_TEXT_SCALE : 100);
        return style;
    }

    private static void fonts(CTRPr run, String font) {
        fontNames(run.sizeOfRFontsArray() > 0 ? run.getRFontsArray(0) : run.addNewRFonts(), font);
    }

    private static void fontNames(CTFonts fonts, String font) {
        fonts.setAscii(font);
        fonts.setHAnsi(font);
        fonts.setEastAsia(font);
        fonts.setCs(font);
        fonts.setHint(STHint.EAST_ASIA);
    }

    // ---- paragraphs ----

    private XWPFParagraph paragraph(String style, String text) {
        if (text.indexOf('\n') >= 0) {
            // a text of several lines is several paragraphs, as in the PDF (a literal line break in a run is a
            // space to Word); the last is the one returned
            XWPFParagraph last = null;
            for (String line : GridLines.paragraphsOf(text)) {
                last = paragraph(style, line);
            }
            return last != null ? last : paragraph(style, "");
        }
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        if (newPage) {
            paragraph.setPageBreak(true);
            newPage = false;
        }
        if (!text.isEmpty()) {
            text(paragraph.createRun(), text);
        }
        return paragraph;
    }

    /**
     * Sets a run's text, each hyphen inside a number or Latin word ("2021-2025") as Word's non-breaking hyphen
     * (Ctrl+Shift+-): the PDF never breaks a line there, and Word, WPS and LibreOffice would break after "2021-".
     */
    static void text(XWPFRun run, String text) {
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (LineBreaker.isHyphenInWord(text, i)) {
                run.setText(text.substring(from, i), run.getCTR().sizeOfTArray());
                run.getCTR().addNewNoBreakHyphen();
                from = i + 1;
            }
        }
        run.setText(text.substring(from), run.getCTR().sizeOfTArray());
    }

    /**
     * The 版头: the 发文机关标志 in red 小标宋 (as large as fits the 版心's width, at most 初号), its top 35 mm below
     * the 版心's; the 发文字号 空二行 below it, centred; the red rule 4 mm below that, as the 发文字号's bottom border.
     */
    private void masthead(NoticeHeader header) {
        if (!header.hasLetterhead()) {
            return;
        }
        if (header.isLetter()) {
            letterhead(header);
            return;
        }
        java.util.Optional<JointMasthead> joint = JointMasthead.of(header.masthead());
        if (joint.isPresent()) {
            jointMasthead(joint.get(), header);
            return;
        }
        int urgency = urgencyLine(header);
        XWPFParagraph masthead = paragraph(MASTHEAD, header.masthead());
        double size = DocumentFonts.mastheadSize(header.masthead());
        masthead.getRuns().forEach(run -> run.setFontSize(size));
        // a 60 pt line whose top is 81 pt below the 版心's (as the PDF's): the glyphs' top edge at 35 mm; a smaller
        // 标志 sits on the same baseline, its line set higher by as much as its glyphs' top is lower (and the
        // 紧急程度's line above it taking its part of the room)
        masthead.setSpacingBefore(1620 - urgency - Math.round(DocumentFonts.mastheadDrop(header.masthead()) * 20));
        masthead.setSpacingBetween(60, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
        XWPFParagraph number = paragraph(BODY, header.docNumber());
        number.setAlignment(ParagraphAlignment.CENTER);
        noFirstLineIndent(number);
        // 空二行 below the 标志's ink: as much higher as a smaller 标志's ink ends, less what its line was raised
        float rise = DocumentFonts.mastheadRise(header.masthead()) - DocumentFonts.mastheadDrop(header.masthead());
        number.setSpacingBefore(Math.max(0, 2 * LINE_PITCH - Math.round(rise * 20)));
        var border = number.getCTP().getPPr().addNewPBdr().addNewBottom();
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(12));
        border.setSpace(BigInteger.valueOf(11));
        border.setColor(RED);
    }

    /**
     * A joint notice's 标志 as the PDF sets it: a table without rules, centred, the organs' names in its first cell a
     * paragraph each, spread to the cell's width (Word's 分散对齐), 文件 in the second cell centred top to bottom; the
     * first name's line placed as one organ's 标志 is (its glyphs' top at 35 mm), by an empty line of that height
     * above the table. The 发文字号 and the rule follow as they follow one organ's.
     */
    private void jointMasthead(JointMasthead joint, NoticeHeader header) {
        float size = joint.size();
        String inked = joint.inked();
        int urgency = urgencyLine(header);
        XWPFParagraph above = paragraph(BODY, "");
        noFirstLineIndent(above);
        above.setSpacingBefore(0);
        above.setSpacingAfter(0);
        above.setSpacingBetween(Math.max(20, 1620 - urgency - Math.round(DocumentFonts.mastheadDrop(inked, size) * 20))
                / 20.0, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
        int names = Math.round(joint.namesWidth() * 20) + 40;
        int word = Math.round((joint.width() - joint.namesWidth()) * 20) + 40;
        XWPFTable table = document.createTable(1, 2);
        layout(table, new int[] {names, word});
        // as wide as the block, not the 版心, its text to the cells' edges
        CTTblPr properties = table.getCTTbl().getTblPr();
        properties.getTblW().setW(BigInteger.valueOf(names + word));
        table.setCellMargins(0, 0, 0, 0);
        CTTblBorders borders = properties.isSetTblBorders() ? properties.getTblBorders()
                : properties.addNewTblBorders();
        for (CTBorder border : new CTBorder[] {borders.isSetTop() ? borders.getTop() : borders.addNewTop(),
                borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom(),
                borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft(),
                borders.isSetRight() ? borders.getRight() : borders.addNewRight(),
                borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH(),
                borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV()}) {
            border.setVal(STBorder.NONE);
        }
        XWPFTableRow row = table.getRow(0);
        row.setCantSplitRow(true);
        XWPFTableCell organs = row.getCell(0);
        XWPFTableCell file = row.getCell(1);
        for (int i = 0; i < joint.organs().size(); i++) {
            XWPFParagraph line = i == 0 ? organs.getParagraphs().get(0) : organs.addParagraph();
            mastheadLine(line, joint.organs().get(i), size, i == 0 ? 60 : joint.pitch());
            line.setAlignment(ParagraphAlignment.DISTRIBUTE);
        }
        file.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        if (!joint.word().isEmpty()) {
            mastheadLine(file.getParagraphs().get(0), joint.word(), size, joint.pitch());
            file.getParagraphs().get(0).setAlignment(ParagraphAlignment.RIGHT);
        }
        XWPFParagraph number = paragraph(BODY, header.docNumber());
        number.setAlignment(ParagraphAlignment.CENTER);
        noFirstLineIndent(number);
        // 空二行 below the last name's line
        number.setSpacingBefore(Math.max(0, 2 * LINE_PITCH - Math.round(joint.pitch() * 20) / 2));
        var border = number.getCTP().getPPr().addNewPBdr().addNewBottom();
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(12));
        border.setSpace(BigInteger.valueOf(11));
        border.setColor(RED);
    }

    /**
     * A 函's 标志 (GB/T 9704 10.1) as the PDF sets it: on the first page, in that page's own header (the first page
     * different, as Word's 首页不同), its characters' top 30 mm below the paper's, the red double line (thick above,
     * thin below) as its bottom border 4 mm under them, 170 mm long; the first page's own footer holds the lower
     * double line (thin above, thick below) 20 mm above the paper's bottom, and no page number. The 文号 is the body's
     * first paragraph (a LETTERHEAD block). A later 函 of the same file (a 督办通知单 after the first) starts a
     * section of its own, as Word has one first page to a section, with the same header and footer.
     */
    private void letterhead(NoticeHeader header) {
        float size = DocumentFonts.mastheadSize(header.masthead());
        float ink = DocumentFonts.mastheadInkHeight(header.masthead(), size);
        if (letterheads++ > 0) {
            // a later 函 of the file (a 督办函 to the next unit) ends the one before as a section of its own: it starts
            // a page, whose header and footer are the same first page's
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            var last = paragraphs.get(paragraphs.size() - 1).getCTP();
            (last.isSetPPr() ? last.getPPr() : last.addNewPPr())
                    .setSectPr((CTSectPr) document.getDocument().getBody().getSectPr().copy());
            newPage = false;
            return;
        }
        XWPFParagraph masthead = firstParagraph(document.createHeader(HeaderFooterType.FIRST));
        CTSectPr section = document.getDocument().getBody().getSectPr();
        (section.isSetTitlePg() ? section.getTitlePg() : section.addNewTitlePg()).setVal(Boolean.TRUE);
        masthead.setStyle(MASTHEAD);
        masthead.createRun().setText(header.masthead());
        // the header's paragraph starts at the header's distance from the paper's top; a 60 pt line has the 初号
        // 标志's characters' top 18.2 pt into it, a smaller one's lower by its drop (as the 文件's 标志)
        float drop = DocumentFonts.mastheadDrop(header.masthead(), size);
        int before = Math.round((LetterFormat.MASTHEAD_TOP - 18.2f - drop) * 20) - HEADER;
        letterMasthead(masthead, size, drop + ink, Math.max(0, before));
        XWPFParagraph lower = firstParagraph(document.createFooter(HeaderFooterType.FIRST));
        noFirstLineIndent(lower);
        offTheGrid(lower);
        lower.setSpacingBefore(0);
        lower.setSpacingAfter(0);
        lower.setSpacingBetween(1, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
        // placed on the paper, its border's bottom 20 mm above the paper's bottom edge
        var frame = lower.getCTP().getPPr().addNewFramePr();
        frame.setHAnchor(STHAnchor.PAGE);
        frame.setVAnchor(STVAnchor.PAGE);
        frame.setX(BigInteger.valueOf(Math.round((PAGE_WIDTH - LetterFormat.RULE_LENGTH * 20) / 2)));
        frame.setY(BigInteger.valueOf(Math.round(PAGE_HEIGHT - (LetterFormat.LOWER_RULE + DOUBLE_LINE) * 20)));
        frame.setW(BigInteger.valueOf(Math.round(LetterFormat.RULE_LENGTH * 20)));
        doubleLine(lower.getCTP().getPPr().addNewPBdr().addNewTop(), STBorder.THIN_THICK_SMALL_GAP, 0);
    }

    /** A header's or footer's first paragraph (made if it has none). */
    private static XWPFParagraph firstParagraph(org.apache.poi.xwpf.usermodel.XWPFHeaderFooter part) {
        return part.getParagraphs().isEmpty() ? part.createParagraph() : part.getParagraphs().get(0);
    }

    /**
     * A 函's 标志 paragraph: its size, its line, the double line 4 mm under its characters, 170 mm long.
     *
     * @param inkEnd how far below where a 初号 标志's characters would start this one's end, in points
     */
    private static void letterMasthead(XWPFParagraph masthead, float size, float inkEnd, int before) {
        noFirstLineIndent(masthead);
        offTheGrid(masthead);
        masthead.getRuns().forEach(run -> run.setFontSize(size));
        masthead.setSpacingBefore(before);
        masthead.setSpacingAfter(0);
        masthead.setSpacingBetween(60, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
        // as wide as the lines (7 mm past the 版心 on each side), the 标志 centred on them as on the 版心
        int past = Math.round((LetterFormat.RULE_LENGTH * 20 - TEXT_WIDTH) / 2);
        masthead.setIndentationLeft(-past);
        masthead.setIndentationRight(-past);
        // the line 4 mm under the characters: below the 60 pt line, less what the characters leave of it
        float under = 18.2f + inkEnd + 4 * 72f / 25.4f - 60;
        doubleLine(masthead.getCTP().getPPr().addNewPBdr().addNewBottom(), STBorder.THICK_THIN_SMALL_GAP,
                Math.max(0, Math.round(under)));
    }

    /** A red double line (its two strokes as thick as the PDF's in all), {@code space} points from the text. */
    private static void doubleLine(CTBorder border, STBorder.Enum kind, int space) {
        border.setVal(kind);
        border.setSz(BigInteger.valueOf(Math.round(DOUBLE_LINE * 8)));
        border.setSpace(BigInteger.valueOf(space));
        border.setColor(RED);
    }

    /**
     * The 紧急程度 above a 文件's 标志, 3号黑体 顶格 on the 版心's first line (GB/T 9704 7.2.3), if the document has one.
     *
     * @return the height it takes, in twips (0 if none)
     */
    private int urgencyLine(NoticeHeader header) {
        if (header.urgency() == org.kesudesk.model.Urgency.NONE) {
            return 0;
        }
        XWPFParagraph line = paragraph(BODY, "");
        noFirstLineIndent(line);
        offTheGrid(line);
        line.setAlignment(ParagraphAlignment.LEFT);
        line.setSpacingBefore(0);
        line.setSpacingAfter(0);
        line.setSpacingBetween(LINE_PITCH / 20.0, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
        urgencyMark(line, header.urgency().mark());
        return LINE_PITCH;
    }

    /** A 紧急程度 as printed: 3号黑体. */
    private static void urgencyMark(XWPFParagraph paragraph, String mark) {
        XWPFRun run = paragraph.createRun();
        run.setText(mark);
        fonts(run.getCTR().addNewRPr(), HEITI);
    }

    /**
     * A 函's 发文字号 under its double line, 顶格 at the 版心's right, 7/8 of a 3号 character below the line (its
     * characters a few points into their line); its 紧急程度 (if any) 顶格 at the left, 3号黑体, on the same line.
     */
    private void letterNumber(String docNumber, String urgency) {
        XWPFParagraph number = paragraph(BODY, urgency.isEmpty() ? docNumber : "");
        if (!urgency.isEmpty()) {
            urgencyMark(number, urgency);
            XWPFRun rest = number.createRun();
            rest.addTab();
            text(rest, docNumber);
            var tab = number.getCTP().getPPr().addNewTabs().addNewTab();
            tab.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.RIGHT);
            tab.setPos(BigInteger.valueOf(TEXT_WIDTH));
        }
        noFirstLineIndent(number);
        offTheGrid(number);
        number.setAlignment(urgency.isEmpty() ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
        number.setSpacingBefore(Math.max(0, Math.round((LetterFormat.DOC_NUMBER_GAP - 6) * 20)));
        number.setSpacingBetween(LINE_PITCH / 20.0, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
    }

    /** A line of a joint 标志 in a table cell: red 小标宋 at the block's size, on a line of that height. */
    private static void mastheadLine(XWPFParagraph line, String text, float size, float height) {
        line.setStyle(MASTHEAD);
        noFirstLineIndent(line);
        offTheGrid(line);
        line.setSpacingBefore(0);
        line.setSpacingAfter(0);
        line.setSpacingBetween(height, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
        XWPFRun run = line.createRun();
        run.setText(text);
        run.setFontSize(size);
    }

    private void blocks(List<NoticeContent.Block> blocks, List<String> names) {
        for (int i = 0; i < blocks.size(); i++) {
            NoticeContent.Block block = blocks.get(i);
            switch (block.kind()) {
                case BLANK -> noFirstLineIndent(paragraph(BODY, ""));
                case PAGE_BREAK -> newPage = true;
                case LETTERHEAD -> letterNumber(block.text(), block.second());
                case TITLE -> title(block.text(), names);
                case ADDRESSEES -> {
                    XWPFParagraph addressees = paragraph(BODY, block.text());
                    noFirstLineIndent(addressees);
                }
                case BODY -> paragraph(BODY, block.text());
                case ATTACHMENT -> notes.add(paragraph(BODY, block.text()));
                case RUN_IN -> {
                    int head = RunInHead.length(block.text());
                    XWPFParagraph paragraph = paragraph(BODY, "");
                    XWPFRun heading = paragraph.createRun();
                    heading.setText(block.text().substring(0, head));
                    CTRPr headingFont = heading.getCTR().addNewRPr();
                    // at the text's width on the grid (GRID_TEXT_SCALE), as the paragraph's other characters
                    fonts(headingFont, KAITI);
                    text(paragraph.createRun(), block.text().substring(head));
                }
                case HEADING_1 -> paragraph(HEADING_1, block.text());
                case HEADING_2 -> paragraph(HEADING_2, block.text());
                case SIGN_OFF -> signOff(block);
                case ANNOTATION -> {
                    // kept on the page of the 署名 and date
                    List<XWPFParagraph> body = document.getParagraphs();
                    if (!body.isEmpty()) {
                        body.get(body.size() - 1).setKeepNext(true);
                    }
                    paragraph(BODY, block.text());
                }
                default -> throw new IllegalStateException(block.kind().name());
            }
        }
    }

    /** A title in 标题 style, its lines broken where the PDF's are (between words, never inside a name). */
    private void title(String title, List<String> names) {
        TitleBreaker breaker = new TitleBreaker(c -> DocumentFonts.XIAOBIAOSONG.advance(c, DocumentFonts.TITLE_SIZE)
                / DocumentFonts.TITLE_SIZE);
        List<String> lines = breaker.lines(title, GridLines.TITLE_CELLS, names);
        XWPFParagraph paragraph = paragraph(TITLE, "");
        XWPFRun run = paragraph.createRun();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                run.addBreak();
            }
            text(run, lines.get(i));
        }
    }

    /**
     * 空一行, then the 署名 and the 成文日期 each from its character on its line, kept with the text above (and with
     * the 附件说明 between them, so that no page holds it and the 署名 without the text).
     */
    private void signOff(NoticeContent.Block block) {
        List<XWPFParagraph> body = document.getParagraphs();
        int last = body.size() - 1;
        if (last >= 0 && notes.contains(body.get(last))) {
            while (last > 0 && (notes.contains(body.get(last)) || body.get(last).getText().isBlank())) {
                body.get(last--).setKeepNext(true);
            }
        }
        if (last >= 0) {
            body.get(last).setKeepNext(true);
        }
        XWPFParagraph blank = paragraph(BODY, "");
        noFirstLineIndent(blank);
        blank.setKeepNext(true);
        // a joint notice's organs a paragraph each
        for (String organ : block.text().lines().toList()) {
            XWPFParagraph signature = paragraph(BODY, organ);
            placed(signature, block.firstIndent());
            signature.setKeepNext(true);
        }
        if (!block.second().isBlank()) {
            placed(paragraph(BODY, block.second()), block.secondIndent());
        }
    }

    /**
     * A paragraph in a table set at its own size, not on the text's grid: said on the paragraph as well as in its
     * style, which LibreOffice does not apply inside tables.
     */
    private static void offTheGrid(XWPFParagraph paragraph) {
        var properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        (properties.isSetSnapToGrid() ? properties.getSnapToGrid() : properties.addNewSnapToGrid())
                .setVal(Boolean.FALSE);
    }

    /** A paragraph of a style with a first-line indent, without it (顶格). */
    private static void noFirstLineIndent(XWPFParagraph paragraph) {
        var properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        var indent = properties.isSetInd() ? properties.getInd() : properties.addNewInd();
        indent.setFirstLineChars(BigInteger.ZERO);
        indent.setFirstLine(BigInteger.ZERO);
    }

    private static void placed(XWPFParagraph paragraph, int characters) {
        noFirstLineIndent(paragraph);
        paragraph.setIndentationLeftChars(characters * 100);
        paragraph.setIndentationLeft(characters * CELL);
        paragraph.setAlignment(ParagraphAlignment.LEFT);
    }

    /** The numbered entries of a unit list: "1．" and the text hanging under its first character. */
    private void entries(List<String> entries) {
        if (entries.isEmpty()) {
            paragraph(BODY, Messages.get("documents.unitList.none"));
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            String number = (i + 1) + "．";
            XWPFParagraph entry = paragraph(BODY, number + entries.get(i));
            int hanging = (int) Math.round(NoticeContent.width(number) * CELL);
            noFirstLineIndent(entry);
            entry.setIndentationLeft(2 * CELL + hanging);
            entry.setIndentationHanging(hanging);
        }
    }

    // ---- the division table ----

    /** 分工表: its title on the third line, then one table whose header row repeats on every page. */
    private void divisionTable(PlanDocument plan, String title, List<String> names,
                               Map<java.util.UUID, String> times) {
        title(title, names);
        noFirstLineIndent(paragraph(BODY, ""));
        boolean timed = DocumentRows.timed(plan, times);
        int[] columns = timed ? TIMED_DIVISION_COLUMNS : DIVISION_COLUMNS;
        XWPFTable table = document.createTable(1, columns.length);
        layout(table, columns);
        ruled(table, 4);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        List<String> headings = new ArrayList<>(List.of(Messages.get("documents.division.column.number"),
                Messages.get("documents.division.column.task"), Messages.get("documents.division.column.lead"),
                Messages.get("documents.division.column.responsible")));
        if (timed) {
            headings.add(Messages.get("documents.division.column.time"));
        }
        for (int c = 0; c < headings.size(); c++) {
            cell(header.getCell(c), headings.get(c), HEITI, ParagraphAlignment.CENTER);
        }
        // a 完成时限 cell (blank for none), where the table has the column
        java.util.function.Function<String, Optional<String>> time = words -> timed
                ? Optional.of(words == null ? "" : words) : Optional.empty();
        List<Unit> everyTask = DocumentRows.unitsOfEveryTask(plan);
        boolean leadsPerTask = DocumentRows.leadsPerTask(plan);
        DocumentRows.Columns unitColumns = timed ? DocumentRows.Columns.TIMED : DocumentRows.Columns.PLAIN;
        int number = 0;
        for (PlanNode section : plan.sections()) {
            keptWithNext(spanning(table.createRow(), NoticeContent.displayName(section), HEITI, columns.length));
            for (PlanNode item : section.children()) {
                String leads = DocumentRows.unitLinesBetweenNames(item.unitsIn(Role.LEAD), DocumentRows.LEAD_CELL,
                        DocumentFonts.KAITI);
                java.util.Optional<PlanNode> own = DocumentRows.ownTask(item);
                if (own.isPresent()) {
                    // an item that is its own task: one row, its 牵头 units and the others who carry it out
                    number++;
                    taskRow(table, String.valueOf(number), DocumentRows.titled(NoticeContent.displayName(item),
                                    DocumentRows.ownTaskTime(item, own.get(), times), timed),
                            DocumentRows.ownTaskLeads(item, own.get()),
                            DocumentRows.listed(DocumentRows.othersThanLeads(item, own.get()), everyTask),
                            time.apply(DocumentRows.ownTaskTime(item, own.get(), times)), unitColumns);
                    continue;
                }
                if (DocumentRows.hasItemRow(section, item)) {
                    XWPFTableRow itemRow = table.createRow();
                    itemRow.setCantSplitRow(true);
                    cell(itemRow.getCell(0), "", FANGSONG, ParagraphAlignment.CENTER);
                    cell(itemRow.getCell(1), DocumentRows.titled(NoticeContent.displayName(item), times.get(item.id()),
                            timed), KAITI, ParagraphAlignment.LEFT);
                    unitCell(itemRow.getCell(2), leads, KAITI);
                    cell(itemRow.getCell(3), "", FANGSONG, ParagraphAlignment.LEFT);
                    time.apply(times.get(item.id())).ifPresent(words -> cell(itemRow.getCell(4), words, KAITI,
                            ParagraphAlignment.LEFT));
                    keptWithNext(itemRow);
                }
                for (PlanNode task : item.children()) {
                    number++;
                    List<Unit> taskLeads = DocumentRows.rowLeads(task, item.leadUnits(), leadsPerTask);
                    taskRow(table, String.valueOf(number), DocumentRows.titled(NoticeContent.displayName(task),
                                    times.get(task.id()), timed), taskLeads,
                            DocumentRows.listed(task.unitsIn(Role.RESPONSIBLE), everyTask),
                            time.apply(times.get(task.id())), unitColumns);
                    for (PlanNode subtask : task.children()) {
                        taskRow(table, "", "\u3000" + DocumentRows.titled(NoticeContent.displayName(subtask),
                                        times.get(subtask.id()), timed),
                                DocumentRows.rowLeads(subtask, taskLeads, leadsPerTask),
                                DocumentRows.listed(subtask.unitsIn(Role.RESPONSIBLE), everyTask),
                                time.apply(times.get(subtask.id())), unitColumns);
                    }
                }
            }
        }
        if (!everyTask.isEmpty()) {
            // the units of every task, once, under the table
            paragraph(TABLE_TEXT, DocumentRows.everyTaskNote(everyTask)).setSpacingBefore(60);
        }
    }

    /**
     * A task's row. Its unit cells are broken into lines as the PDF's are, a name never split: a word processor
     * breaks Chinese text at any character, and 团市委 came out as 团 / 市委.
     */
    private static void taskRow(XWPFTable table, String number, String task, List<Unit> leads,
                                List<Unit> responsible, Optional<String> time, DocumentRows.Columns unitColumns) {
        XWPFTableRow row = table.createRow();
        row.setCantSplitRow(true);
        cell(row.getCell(0), number, FANGSONG, ParagraphAlignment.CENTER);
        cell(row.getCell(1), task, FANGSONG, ParagraphAlignment.LEFT);
        unitCell(row.getCell(2), DocumentRows.unitLinesBetweenNames(leads, DocumentRows.LEAD_CELL,
                DocumentFonts.FANGSONG), FANGSONG);
        unitCell(row.getCell(3), DocumentRows.unitLinesBetweenNames(responsible, unitColumns.responsible(),
                DocumentFonts.FANGSONG), FANGSONG);
        time.ifPresent(words -> cell(row.getCell(4), words, FANGSONG, ParagraphAlignment.LEFT));
    }

    /**
     * A cell of unit names in lines: no right margin, as the PDF's unit cells have none, so that a 、 ending a line
     * hangs where the margin was instead of the name before it going down.
     */
    private static void unitCell(XWPFTableCell cell, String lines, String font) {
        CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTblWidth right = (properties.isSetTcMar() ? properties.getTcMar() : properties.addNewTcMar())
                .addNewRight();
        right.setW(java.math.BigInteger.ZERO);
        right.setType(STTblWidth.DXA);
        cell(cell, lines, font, ParagraphAlignment.LEFT);
    }

    /** A row of one cell across the table (a section of the plan). */
    private static XWPFTableRow spanning(XWPFTableRow row, String text, String font, int columns) {
        row.setCantSplitRow(true);
        cell(mergedAcross(row, columns), text, font, ParagraphAlignment.LEFT);
        return row;
    }

    /**
     * A section's or action's row kept on the page of the row after it, as the PDF keeps them: a group row never
     * ends a page without its first task.
     */
    private static void keptWithNext(XWPFTableRow row) {
        row.getTableCells().forEach(cell -> cell.getParagraphs().forEach(paragraph -> paragraph.setKeepNext(true)));
    }

    /** The row's cells made one across the table's columns (a table as wide as the 版心). */
    private static XWPFTableCell mergedAcross(XWPFTableRow row, int columns) {
        while (row.getTableCells().size() > 1) {
            row.removeCell(row.getTableCells().size() - 1);
        }
        XWPFTableCell cell = row.getCell(0);
        var properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        (properties.isSetGridSpan() ? properties.getGridSpan() : properties.addNewGridSpan())
                .setVal(BigInteger.valueOf(columns));
        (properties.isSetTcW() ? properties.getTcW() : properties.addNewTcW()).setW(BigInteger.valueOf(TEXT_WIDTH));
        return cell;
    }

    private static void cell(XWPFTableCell cell, String text, String font, ParagraphAlignment alignment) {
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        XWPFParagraph paragraph = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        paragraph.setStyle(TABLE_TEXT);
        offTheGrid(paragraph);
        paragraph.setAlignment(alignment);
        if (!text.isEmpty()) {
            XWPFRun run = paragraph.createRun();
            if (!FANGSONG.equals(font)) {
                fonts(run.getCTR().addNewRPr(), font);
            }
            // lines broken as given: a break in the run, which Word and LibreOffice show as one
            List<String> lines = text.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    run.addBreak();
                }
                text(run, lines.get(i));
            }
        }
    }

    /** Every line of the table, outside and in, single, {@code eighths} eighths of a point wide. */
    private static void ruled(XWPFTable table, int eighths) {
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, eighths, 0, "000000");
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, eighths, 0, "000000");
        table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, eighths, 0, "000000");
        table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, eighths, 0, "000000");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, eighths, 0, "000000");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, eighths, 0, "000000");
    }

    /** A fixed layout of the given column widths (twips), as wide as the 版心, centred. */
    private static void layout(XWPFTable table, int[] columns) {
        CTTblPr properties = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr()
                : table.getCTTbl().getTblPr();
        var width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
        width.setW(BigInteger.valueOf(TEXT_WIDTH));
        width.setType(STTblWidth.DXA);
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
                .setType(STTblLayoutType.FIXED);
        table.setTableAlignment(TableRowAlign.CENTER);
        var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int column : columns) {
            grid.addNewGridCol().setW(BigInteger.valueOf(column));
        }
        table.setCellMargins(60, 80, 60, 80);
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < row.getTableCells().size() && c < columns.length; c++) {
                var cell = row.getCell(c).getCTTc();
                var tcPr = cell.isSetTcPr() ? cell.getTcPr() : cell.addNewTcPr();
                (tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW()).setW(BigInteger.valueOf(columns[c]));
            }
        }
    }

    // ---- the 通报's tables and charts ----

    /** A caption in 黑体, centred, off the grid, kept with what follows. */
    private void caption(String text) {
        XWPFParagraph caption = paragraph(TABLE_TEXT, "");
        caption.setAlignment(ParagraphAlignment.CENTER);
        caption.setKeepNext(true);
        caption.setSpacingBefore(240);
        caption.setSpacingAfter(120);
        XWPFRun run = caption.createRun();
        text(run, text);
        fonts(run.getCTR().addNewRPr(), HEITI);
        run.setFontSize(14);
    }

    private void figuresTable(Bulletin.Table table) {
        caption(table.caption());
        float[] points = DocumentRows.widths(table.layout());
        int[] columns = new int[points.length];
        int used = 0;
        for (int i = 0; i < points.length; i++) {
            columns[i] = Math.round(points[i] * 20);
            used += columns[i];
        }
        // the widest column takes what rounding left over: the table is as wide as the 版心
        columns[table.layout() == Bulletin.Layout.LATE_TASKS ? 1 : 0] += TEXT_WIDTH - used;
        XWPFTable words = document.createTable(1, columns.length);
        layout(words, columns);
        ruled(words, 4);
        XWPFTableRow header = words.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < columns.length; c++) {
            cell(header.getCell(c), c < table.header().size() ? table.header().get(c) : "", HEITI,
                    ParagraphAlignment.CENTER);
        }
        for (List<String> cells : table.rows()) {
            XWPFTableRow row = words.createRow();
            row.setCantSplitRow(true);
            for (int c = 0; c < columns.length; c++) {
                boolean text = table.layout() == Bulletin.Layout.LATE_TASKS ? c == 1 || c == 2 : c == 0;
                cell(row.getCell(c), c < cells.size() ? cells.get(c) : "", FANGSONG,
                        text ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
            }
        }
        String note = table.rows().isEmpty() ? Messages.get("documents.bulletin.noRows") : table.note();
        if (!note.isBlank()) {
            // the table's last row kept with its note, as in the PDF: the note never stands alone atop a page
            for (XWPFTableCell cell : words.getRow(words.getNumberOfRows() - 1).getTableCells()) {
                cell.getParagraphs().forEach(paragraph -> paragraph.setKeepNext(true));
            }
            XWPFParagraph paragraph = paragraph(TABLE_TEXT, note);
            paragraph.setSpacingBefore(60);
        }
    }

    /** A chart as Word's own (a bar chart whose figures are in its sheet), as wide as the 版心. */
    private void chart(Bulletin.Chart spec) throws IOException {
        caption(spec.caption());
        XWPFParagraph holder = paragraph(TABLE_TEXT, "");
        holder.setAlignment(ParagraphAlignment.CENTER);
        // a line as tall as what it holds: in a paragraph of exact spacing (the tables' 18 pt) Word, WPS and
        // LibreOffice show an inline chart cut to that one line
        holder.setSpacingBetween(1, org.apache.poi.xwpf.usermodel.LineSpacingRule.AUTO);
        try {
            org.apache.poi.xwpf.usermodel.XWPFChart chart = document.createChart(holder.createRun(),
                    TEXT_WIDTH * org.apache.poi.util.Units.EMU_PER_POINT / 20,
                    BulletinCharts.height(spec) * org.apache.poi.util.Units.EMU_PER_POINT);
            // bars lie horizontally, the first category at the top (as the PDF draws them and the table lists them)
            var categoryAxis = chart.createCategoryAxis(org.apache.poi.xddf.usermodel.chart.AxisPosition.LEFT);
            categoryAxis.setOrientation(org.apache.poi.xddf.usermodel.chart.AxisOrientation.MAX_MIN);
            var valueAxis = chart.createValueAxis(org.apache.poi.xddf.usermodel.chart.AxisPosition.BOTTOM);
            valueAxis.setTitle(spec.axisLabel());
            valueAxis.setMinimum(0);
            valueAxis.setMaximum(BulletinCharts.valueMaximum(spec));
            valueAxis.setCrosses(org.apache.poi.xddf.usermodel.chart.AxisCrosses.AUTO_ZERO);
            valueAxis.setCrossBetween(org.apache.poi.xddf.usermodel.chart.AxisCrossBetween.BETWEEN);
            var bars = (org.apache.poi.xddf.usermodel.chart.XDDFBarChartData) chart.createData(
                    org.apache.poi.xddf.usermodel.chart.ChartTypes.BAR, categoryAxis, valueAxis);
            bars.setBarDirection(org.apache.poi.xddf.usermodel.chart.BarDirection.BAR);
            bars.setVaryColors(false);
            int points = spec.categories().size();
            var categories = org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory.fromArray(
                    spec.categories().toArray(String[]::new), chart.formatRange(
                            new org.apache.poi.ss.util.CellRangeAddress(1, Math.max(1, points), 0, 0)), 0);
            for (int s = 0; s < spec.series().size(); s++) {
                Bulletin.Series series = spec.series().get(s);
                var values = org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory.fromArray(
                        series.values().toArray(Double[]::new), chart.formatRange(
                                new org.apache.poi.ss.util.CellRangeAddress(1, Math.max(1, points), s + 1, s + 1)),
                        s + 1);
                var added = (org.apache.poi.xddf.usermodel.chart.XDDFBarChartData.Series) bars.addSeries(categories,
                        values);
                added.setTitle(series.name(), chart.setSheetTitle(series.name(), s + 1));
                // in the PDF's greys (a 通报 is printed in black and white), each value at its bar's end
                added.setFillProperties(new org.apache.poi.xddf.usermodel.XDDFSolidFillProperties(
                        org.apache.poi.xddf.usermodel.XDDFColor.from(BulletinCharts.shade(s))));
                var labels = added.getCTBarSer().isSetDLbls() ? added.getCTBarSer().getDLbls()
                        : added.getCTBarSer().addNewDLbls();
                var format = labels.addNewNumFmt();
                format.setFormatCode("0.#");
                format.setSourceLinked(false);
                labels.addNewDLblPos().setVal(org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos.OUT_END);
                labels.addNewShowLegendKey().setVal(false);
                labels.addNewShowVal().setVal(true);
                labels.addNewShowCatName().setVal(false);
                labels.addNewShowSerName().setVal(false);
                labels.addNewShowPercent().setVal(false);
                labels.addNewShowBubbleSize().setVal(false);
            }
            chart.plot(bars);
            if (spec.series().size() > 1) {
                chart.getOrAddLegend().setPosition(org.apache.poi.xddf.usermodel.chart.LegendPosition.TOP);
            }
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException("a chart Word cannot hold: " + spec.caption(), e);
        }
    }

    // ---- the 版记 ----

    /** Characters the 印发日期's cell takes beyond the date, where the 印发机关 leaves them (LibreOffice's grid). */
    private static final double DATE_ROOM = 4;

    /**
     * 版记 at the foot of the last page: a table without side lines, anchored to the bottom of the 版心 (its last
     * rule on the 版心's edge), the first and last rules thick (0.35 mm) and the one between thin (0.25 mm);
     * 抄送 (4号仿宋, 左右各空一字, its later lines under the first name), 印发机关 左空一字 and 印发日期 右空一字.
     */
    private void colophon(NoticeHeader header) {
        // a 函's is its 抄送 alone, without rules (GB/T 9704 10.1)
        boolean letter = header.isLetter();
        // the 主送 where it goes in the 版记 (GB/T 9704 7.3.2) and the 抄送, in one row without a rule between them
        List<DocumentRows.ColophonLine> listLines = DocumentRows.distributionLines(header);
        if (!header.printsColophon()) {
            return;
        }
        List<String[]> rows = new ArrayList<>();
        if (!listLines.isEmpty()) {
            rows.add(new String[] {listLines.get(0).text()});
        }
        if (!letter) {
            rows.add(new String[] {header.printedBy(), header.printedDate()});
        }
        XWPFTable table = document.createTable(rows.size(), 2);
        // the date's cell as wide as the date and its 右空一字, the 印发机关's the rest: a county office's name
        // (甘南县全民科学素质工作领导小组办公室) on one line, as the PDF has it. Where the name leaves room, the date's
        // cell takes some: LibreOffice sets each run of digits on whole cells of the document's grid, which makes the
        // date wider than Word or WPS do, and it would wrap 印发 onto a line of its own (the date stays at the right)
        double date = NoticeContent.width(header.printedDate()) + 1.5;
        double spare = (double) TEXT_WIDTH / COLOPHON_CELL - date - (NoticeContent.width(header.printedBy()) + 1.5);
        int dateCell = (int) Math.ceil((date + Math.max(0, Math.min(DATE_ROOM, spare))) * COLOPHON_CELL);
        layout(table, new int[] {TEXT_WIDTH - dateCell, dateCell});
        CTTblPr properties = table.getCTTbl().getTblPr();
        CTTblPPr floating = properties.addNewTblpPr();
        // its last rule on the 版心's bottom edge: the rows are lines of 4号 on the 29 pt pitch, so its height is known
        // (a position rather than "bottom", which LibreOffice does not keep)
        int lines = listLines.size() + (letter ? 0 : 1);
        floating.setVertAnchor(STVAnchor.MARGIN);
        floating.setTblpY(BigInteger.valueOf(PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - lines * LINE_PITCH
                - 3 * 20));
        // placed from the paper's left edge at the margin (LibreOffice keeps a table as wide as the text area in the
        // text's flow unless it is placed on the page)
        floating.setHorzAnchor(STHAnchor.PAGE);
        floating.setTblpX(BigInteger.valueOf(MARGIN_LEFT));
        table.setCellMargins(0, 0, 0, 0);
        CTTblBorders borders = properties.isSetTblBorders() ? properties.getTblBorders()
                : properties.addNewTblBorders();
        int thick = letter ? 0 : 8;
        int thin = letter ? 0 : 6;
        rule(borders.isSetTop() ? borders.getTop() : borders.addNewTop(), thick);
        rule(borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom(), thick);
        rule(borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH(), thin);
        (borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft()).setVal(STBorder.NONE);
        (borders.isSetRight() ? borders.getRight() : borders.addNewRight()).setVal(STBorder.NONE);
        (borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV()).setVal(STBorder.NONE);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            row.setCantSplitRow(true);
            String[] cells = rows.get(r);
            // the rules said on the cells too (LibreOffice leaves a floating table's inside lines out)
            for (XWPFTableCell cell : row.getTableCells()) {
                var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                var cellBorders = tcPr.isSetTcBorders() ? tcPr.getTcBorders() : tcPr.addNewTcBorders();
                rule(cellBorders.addNewTop(), r == 0 ? thick : thin);
                rule(cellBorders.addNewBottom(), r == rows.size() - 1 ? thick : thin);
            }
            if (cells.length == 1) {
                // broken where the PDF breaks it, between names (Word would break inside one), as many lines as the
                // table's place counts: a paragraph a list (主送, 抄送), its later lines hanging under its first name
                XWPFTableCell cell = mergedAcross(row, 2);
                XWPFParagraph list = null;
                for (DocumentRows.ColophonLine line : listLines) {
                    if (line.labelled()) {
                        list = list == null ? colophonCell(cell, line.text(), ParagraphAlignment.LEFT)
                                : colophonParagraph(cell.addParagraph(), line.text(), ParagraphAlignment.LEFT);
                        // 左空一字, the later lines under the first name after the three characters of 抄送：
                        int label = 3 * COLOPHON_CELL;
                        list.setIndentationLeft(COLOPHON_CELL + label);
                        list.setIndentationHanging(label);
                    } else {
                        XWPFRun run = list.createRun();
                        run.addBreak();
                        text(run, line.text());
                    }
                }
            } else {
                XWPFParagraph printedBy = colophonCell(row.getCell(0), cells[0], ParagraphAlignment.LEFT);
                printedBy.setIndentationLeft(COLOPHON_CELL);
                // a name longer than its cell is set smaller to stay on its line (the PDF's 印发机关 shrinks so too)
                double room = (double) (TEXT_WIDTH - dateCell) / COLOPHON_CELL - 1.5;
                if (NoticeContent.width(cells[0]) > room && !printedBy.getRuns().isEmpty()) {
                    printedBy.getRuns().get(0).setFontSize(
                            Math.floor(2 * DocumentFonts.COLOPHON_SIZE * room / NoticeContent.width(cells[0])) / 2);
                }
                colophonCell(row.getCell(1), cells[1], ParagraphAlignment.RIGHT).setIndentationRight(COLOPHON_CELL);
            }
        }
        endOfDocument();
    }

    /**
     * A paragraph of no height after the floating 版记: a document ends with a paragraph (Word and LibreOffice drop
     * or misplace a table that ends it), and one line more could start a page of its own.
     */
    private void endOfDocument() {
        XWPFParagraph end = paragraph(BODY, "");
        noFirstLineIndent(end);
        end.setSpacingBetween(1, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
        var properties = end.getCTP().getPPr();
        var run = properties.addNewRPr();
        run.addNewSz().setVal(BigInteger.valueOf(2));
        run.addNewSzCs().setVal(BigInteger.valueOf(2));
    }

    private static XWPFParagraph colophonCell(XWPFTableCell cell, String text, ParagraphAlignment alignment) {
        return colophonParagraph(cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0),
                text, alignment);
    }

    /** A paragraph of the 版记 (a cell's first, or a list after another in its cell), set as the 版记 is. */
    private static XWPFParagraph colophonParagraph(XWPFParagraph paragraph, String text, ParagraphAlignment alignment) {
        paragraph.setStyle(COLOPHON);
        offTheGrid(paragraph);
        paragraph.setAlignment(alignment);
        if (!text.isEmpty()) {
            text(paragraph.createRun(), text);
        }
        return paragraph;
    }

    /** A black rule that thick; none for 0. */
    private static void rule(CTBorder border, int eighthsOfAPoint) {
        if (eighthsOfAPoint == 0) {
            border.setVal(STBorder.NONE);
            return;
        }
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(eighthsOfAPoint));
        border.setSpace(BigInteger.ZERO);
        border.setColor("000000");
    }

}
