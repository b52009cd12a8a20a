package org.kesudesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Role;
import org.kesudesk.model.Unit;
import org.kesudesk.parse.PlanDocumentReader;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;

/**
 * The Word files read back with POI as Word would read them: page setup and grid, styles with outline levels, one
 * paragraph per paragraph of the plan in order, page numbers as fields in odd and even footers, the 分工表 as one
 * table with a repeating header, the 版记 at the foot; and the app reads its own Word file back to the same plan.
 */
class WordDocumentsTest {

    private static final DocumentRenderer RENDERER = new DocumentRenderer();

    @TempDir
    Path folder;

    @Test
    void theNotice_hasTheOfficialPageSetup_grid_andNamedStyles() throws IOException {
        PlanDocument plan = read("/org/kesudesk/samples/qiqihar-2022-16.txt");
        try (XWPFDocument word = docx(plan, DocumentKind.NOTICE, true)) {
            CTSectPr section = word.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            CTPageMar margins = section.getPgMar();
            // 37, 35, 28 and 26 mm in twips (1 mm = 1440 / 25.4 twips)
            assertThat(twipsToMm(margins.getTop())).isCloseTo(37, org.assertj.core.data.Offset.offset(0.1));
            assertThat(twipsToMm(margins.getBottom())).isCloseTo(35, org.assertj.core.data.Offset.offset(0.1));
            assertThat(twipsToMm(margins.getLeft())).isCloseTo(28, org.assertj.core.data.Offset.offset(0.1));
            assertThat(twipsToMm(margins.getRight())).isCloseTo(26, org.assertj.core.data.Offset.offset(0.1));
            CTDocGrid grid = section.getDocGrid();
            assertThat(grid.getType()).isEqualTo(STDocGrid.LINES_AND_CHARS);
            // 22 lines in the 225 mm 版心, 28 characters of 16 pt in the 156 mm (pitch = 16 pt + charSpace / 4096)
            double textHeightPoints = (16838 - ((BigInteger) margins.getTop()).intValue()
                    - ((BigInteger) margins.getBottom()).intValue()) / 20.0;
            assertThat((int) Math.floor(textHeightPoints / (grid.getLinePitch().intValue() / 20.0))).isEqualTo(22);
            double textWidthPoints = (11906 - ((BigInteger) margins.getLeft()).intValue()
                    - ((BigInteger) margins.getRight()).intValue()) / 20.0;
            double pitch = 16 + grid.getCharSpace().intValue() / 4096.0;
            assertThat(textWidthPoints / pitch).isCloseTo(28, org.assertj.core.data.Offset.offset(0.05));

            assertThat(styleName(word, "Normal")).isEqualTo("Normal");
            assertThat(word.getStyles().getStyle("Normal").getCTStyle().getAliases().getVal()).isEqualTo("正文");
            for (String name : List.of("标题", "一级标题", "二级标题", "版记")) {
                assertThat(word.getStyles().getStyleWithName(name)).as(name).isNotNull();
            }
            assertThat(outlineLevel(word.getStyles().getStyleWithName("一级标题"))).isEqualTo(0);
            assertThat(outlineLevel(word.getStyles().getStyleWithName("二级标题"))).isEqualTo(1);
            // 正文 is 3号仿宋 with a two-character first-line indent; 标题 2号方正小标宋简体
            var body = word.getStyles().getStyle("Normal").getCTStyle();
            assertThat(body.getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("仿宋_GB2312");
            assertThat(body.getRPr().getSzArray(0).getVal()).isEqualTo(BigInteger.valueOf(32));
            assertThat(body.getPPr().getInd().getFirstLineChars()).isEqualTo(BigInteger.valueOf(200));
            // as the PDF: no punctuation hung past the margin, no space between Chinese and digits
            assertThat(body.getPPr().getOverflowPunct().getVal()).isIn(false, "0", "false",
                    org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.OFF);
            assertThat(body.getPPr().getAutoSpaceDN().getVal()).isIn(false, "0", "false",
                    org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.OFF);
            // nor a paragraph's line alone on a page (孤行控制)
            assertThat(body.getPPr().getWidowControl().getVal()).isIn(true, "1", "true",
                    org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.ON);
            var title = word.getStyles().getStyleWithName("标题").getCTStyle();
            assertThat(title.getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("方正小标宋简体");
            assertThat(title.getRPr().getSzArray(0).getVal()).isEqualTo(BigInteger.valueOf(44));

            // a full-width 3号 character drawn at the text's width is no wider than a cell of the grid as
            // LibreOffice reads it (whole twentieths of a point), which gives a wider one two cells; text off the
            // grid (titles, headings, tables) keeps its characters' own width
            int cellTwips = 16 * 20 + Math.floorDiv(grid.getCharSpace().intValue() * 20, 4096);
            assertThat(body.getRPr().sizeOfWArray()).as("the text's width given").isEqualTo(1);
            int scale = Integer.parseInt(String.valueOf(body.getRPr().getWArray(0).getVal()));
            assertThat(16 * 20 * scale / 100.0).as("a 3号 character at %d%%, twips", scale)
                    .isLessThanOrEqualTo(cellTwips);
            assertThat(scale).as("the text's width, %").isGreaterThanOrEqualTo(95);
            for (String name : List.of("标题", "一级标题", "二级标题", "版记", "表格文字")) {
                var style = word.getStyles().getStyleWithName(name).getCTStyle();
                assertThat(String.valueOf(style.getRPr().getWArray(0).getVal())).as(name).isEqualTo("100");
            }
        }
    }

    @Test
    void theNoticesBody_isParagraphsInThePlansOrder_headingsInTheirStyles() throws IOException {
        PlanDocument plan = read("/org/kesudesk/samples/qiqihar-2022-16.txt");
        try (XWPFDocument word = docx(plan, DocumentKind.NOTICE, false)) {
            // the body is paragraphs; the only table is the 版记's
            assertThat(word.getTables()).hasSize(1);
            List<XWPFParagraph> paragraphs = word.getParagraphs();
            List<String> texts = paragraphs.stream().map(XWPFParagraph::getText).toList();
            int at = 0;
            for (PlanNode section : plan.sections()) {
                at = indexFrom(texts, NoticeContent.displayName(section), at);
                assertThat(styleName(word, paragraphs.get(at).getStyleID())).isEqualTo("一级标题");
                for (PlanNode item : section.children()) {
                    at = indexFrom(texts, NoticeContent.displayName(item), at);
                    assertThat(styleName(word, paragraphs.get(at).getStyleID())).isEqualTo("二级标题");
                    for (PlanNode task : item.children()) {
                        at = indexFrom(texts, task.kind().numbering(task.label()) + task.title(), at);
                        assertThat(paragraphs.get(at).getStyleID()).isEqualTo("Normal");
                        // the paragraph ends with its units, as the plan names them
                        assertThat(texts.get(at)).endsWith(DocumentRows.unitsClause(task));
                    }
                }
            }
            // one paragraph for each paragraph: no text is split over two
            long taskParagraphs = texts.stream().filter(t -> t.contains("（责任单位：")).count();
            long tasksWithUnits = plan.items().stream().flatMap(item -> item.children().stream())
                    .filter(task -> !task.unitsIn(Role.RESPONSIBLE).isEmpty()).count();
            assertThat(taskParagraphs).isEqualTo(tasksWithUnits);
            // the title's lines break where the PDF's do, inside one paragraph
            XWPFParagraph title = paragraphs.stream().filter(p -> "KesuTitle".equals(p.getStyleID())).findFirst()
                    .orElseThrow();
            // (a hyphen inside "2021-2025" is Word's non-breaking one)
            assertThat(title.getText().replace("\n", "").replace('\u2011', '-')).isEqualTo(plan.plan().title().strip());
            // the plan starts on a new page
            assertThat(paragraphs.stream().filter(XWPFParagraph::isPageBreak).count()).isEqualTo(1);
            // the 版头: the masthead in red, the 发文字号 with the red rule below it
            XWPFParagraph masthead = paragraphs.get(0);
            assertThat(masthead.getText()).isEqualTo(NoticeHeader.of(plan.plan()).masthead());
            var mastheadRun = word.getStyles().getStyle(masthead.getStyleID()).getCTStyle().getRPr();
            assertThat(mastheadRun.getColorArray(0).xgetVal().getStringValue()).isEqualTo("E60012");
            XWPFParagraph number = paragraphs.get(1);
            assertThat(number.getText()).isEqualTo(plan.plan().docNumber());
            CTBorder rule = number.getCTP().getPPr().getPBdr().getBottom();
            assertThat(rule.xgetColor().getStringValue()).isEqualTo("E60012");
        }
    }

    @Test
    void pageNumbers_arePageFields_inOddAndEvenFooters() throws IOException {
        PlanDocument plan = read("/org/kesudesk/samples/qiqihar-2022-16.txt");
        try (XWPFDocument word = docx(plan, DocumentKind.NOTICE, false)) {
            assertThat(word.getEvenAndOddHeadings()).isTrue();
            var policy = word.getHeaderFooterPolicy();
            XWPFFooter odd = policy.getDefaultFooter();
            XWPFFooter even = policy.getEvenPageFooter();
            assertThat(odd).isNotNull();
            assertThat(even).isNotNull();
            for (XWPFFooter footer : List.of(odd, even)) {
                XWPFParagraph number = footer.getParagraphs().get(0);
                String instructions = String.join("", number.getRuns().stream()
                        .flatMap(run -> run.getCTR().getInstrTextList().stream()).map(t -> t.getStringValue())
                        .toList());
                assertThat(instructions.strip()).isEqualTo("PAGE");
                assertThat(number.getText()).startsWith("— ").endsWith(" —");
            }
            assertThat(odd.getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(even.getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
        }
    }

    @Test
    void theDivisionTable_isOneTable_withARepeatingHeader_andRowsThatDoNotBreak() throws IOException {
        PlanDocument plan = read("/org/kesudesk/samples/qiqihar-2022-16.txt");
        try (XWPFDocument word = docx(plan, DocumentKind.NOTICE, true)) {
            List<XWPFTable> tables = word.getTables();
            assertThat(tables).hasSize(2);
            XWPFTable division = tables.get(0);
            List<XWPFTableRow> rows = division.getRows();
            assertThat(rows.get(0).isRepeatHeader()).isTrue();
            assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row.isRepeatHeader()).isFalse());
            assertThat(rows).allSatisfy(row -> assertThat(row.isCantSplitRow()).isTrue());
            // a section's or action's row (no 序号) kept on the page of the row after it, a task's row not
            for (XWPFTableRow row : rows.subList(1, rows.size())) {
                boolean group = row.getTableCells().size() == 1
                        || row.getCell(0).getText().isEmpty() && row.getCell(3).getText().isEmpty();
                assertThat(row.getTableCells()).as(row.getCell(row.getTableCells().size() == 1 ? 0 : 1).getText())
                        .allSatisfy(cell -> assertThat(cell.getParagraphs())
                                .allSatisfy(p -> assertThat(p.isKeepNext()).isEqualTo(group)));
            }
            // a row per section, action or project, task and sub-task, under the header
            List<String> expected = new ArrayList<>();
            for (PlanNode section : plan.sections()) {
                expected.add(NoticeContent.displayName(section));
                for (PlanNode item : section.children()) {
                    expected.add(NoticeContent.displayName(item));
                    addTasks(item, expected);
                }
            }
            List<String> shown = new ArrayList<>();
            for (XWPFTableRow row : rows.subList(1, rows.size())) {
                shown.add(row.getTableCells().size() == 1 ? row.getCell(0).getText() : row.getCell(1).getText());
            }
            assertThat(shown).containsExactlyElementsOf(expected);
            // each task row names its responsible units in the fourth column
            PlanNode firstTask = plan.items().get(0).children().get(0);
            XWPFTableRow firstTaskRow = rows.stream().filter(r -> r.getTableCells().size() == 4
                    && r.getCell(0).getText().equals("1")).findFirst().orElseThrow();
            List<String> responsible = firstTask.unitsIn(Role.RESPONSIBLE).stream().map(Unit::name).toList();
            String cell = firstTaskRow.getCell(3).getText();
            assertThat(cell.replace("\n", "")).isEqualTo(String.join("、", responsible));
            // in lines as the PDF's cell, broken between names only: Word would break 团市委 as 团 / 市委
            assertThat(cell.lines().toList()).hasSizeGreaterThan(1).allSatisfy(line -> assertThat(responsible)
                    .containsAll(List.of(line.split("、"))));
            // the attachment starts on a new page with 附件 in 黑体
            // (附件, a blank line, the title, a blank line, the table)
            int label = word.getBodyElements().indexOf(division) - 4;
            XWPFParagraph attachment = (XWPFParagraph) word.getBodyElements().get(label);
            assertThat(attachment.getText()).isEqualTo("附件");
            assertThat(attachment.isPageBreak()).isTrue();
        }
    }

    @Test
    void theColophon_holdsCopiedTo_printer_andDate_betweenThreeRules_atTheFootOfTheLastPage() throws IOException {
        PlanDocument plan = read("/org/kesudesk/samples/qiqihar-2022-16.txt");
        NoticeHeader header = NoticeHeader.of(plan.plan());
        try (XWPFDocument word = docx(plan, DocumentKind.NOTICE, true)) {
            XWPFTable colophon = word.getTables().get(word.getTables().size() - 1);
            assertThat(colophon.getRows()).hasSize(2);
            // broken between names where the PDF breaks it (a line break in its paragraph)
            assertThat(colophon.getRow(0).getCell(0).getText()).startsWith("抄送：").contains("\n")
                    .satisfies(text -> assertThat(text.replace("\n", ""))
                            .contains(DocumentRows.copiedTo(header.copiedTo())));
            assertThat(colophon.getRow(1).getCell(0).getText()).isEqualTo(header.printedBy());
            assertThat(colophon.getRow(1).getCell(1).getText()).isEqualTo(header.printedDate()).endsWith("印发");
            // the date's cell with room to spare where the name leaves it: LibreOffice sets the date's digits on the
            // grid's whole cells, wider than Word, and would wrap 印发 onto a line of its own below the rule
            double dateCharacters = colophon.getRow(1).getCell(1).getWidth() / 280.0;
            assertThat(dateCharacters).isGreaterThanOrEqualTo(NoticeContent.width(header.printedDate()) + 1.5 + 3.5);
            assertThat(colophon.getRow(1).getCell(0).getWidth() / 280.0)
                    .isGreaterThanOrEqualTo(NoticeContent.width(header.printedBy()) + 1.5);
            var borders = colophon.getCTTbl().getTblPr().getTblBorders();
            assertThat(borders.getTop().getSz()).isEqualTo(BigInteger.valueOf(8));
            assertThat(borders.getBottom().getSz()).isEqualTo(BigInteger.valueOf(8));
            assertThat(borders.getInsideH().getSz()).isEqualTo(BigInteger.valueOf(6));
            assertThat(borders.getLeft().getVal().toString()).isEqualTo("none");
            // it floats, placed so that its last rule is on the 版心's bottom edge
            var place = colophon.getCTTbl().getTblPr().getTblpPr();
            assertThat(place.getVertAnchor().toString()).isEqualTo("margin");
            assertThat(((BigInteger) place.getTblpY()).intValue()).isBetween(12756 - 4 * 579, 12756 - 2 * 579);
            // and the document ends with a paragraph after it
            IBodyElement last = word.getBodyElements().get(word.getBodyElements().size() - 1);
            assertThat(last).isInstanceOf(XWPFParagraph.class);
        }
    }

    @Test
    void theAppReadsItsOwnWordFileBack_toTheSamePlan_sampleAndCounty() throws IOException {
        for (String resource : List.of("/org/kesudesk/samples/qiqihar-2022-16.txt",
                "/plans/gannan-county-2023.txt")) {
            PlanDocument plan = read(resource);
            for (boolean attached : List.of(false, true)) {
                Path file = folder.resolve("round-trip-" + attached + ".docx");
                RENDERER.render(DocumentKind.NOTICE, plan, NoticeHeader.of(plan.plan()), Optional.empty(), attached)
                        .save(file, OutputFormat.DOCX);
                PlanDocument back = new PlanDocumentReader().read(file, Optional.empty(), List.of()).document();
                assertThat(outline(back)).as(resource + (attached ? " with the division table" : ""))
                        .containsExactlyElementsOf(outline(plan));
                assertThat(back.plan().docNumber()).isEqualTo(plan.plan().docNumber());
                assertThat(back.plan().title()).isEqualTo(plan.plan().title());
                // the 版记, which the Word file rules as a table of its own
                assertThat(plan.plan().copiedTo()).isNotBlank();
                assertThat(back.plan().copiedTo()).isEqualTo(plan.plan().copiedTo());
                assertThat(back.plan().printedBy()).isEqualTo(plan.plan().printedBy());
                assertThat(back.plan().printedDate()).isEqualTo(plan.plan().printedDate());
            }
        }
    }

    @Test
    void aNumberRange_holdsWordsNonBreakingHyphen_andReadsBackAsAHyphen() throws IOException {
        PlanDocument plan = read("/org/kesudesk/samples/qiqihar-2022-16.txt");
        Path file = folder.resolve("ranges.docx");
        RENDERER.render(DocumentKind.NOTICE, plan, NoticeHeader.of(plan.plan()), Optional.empty(), true)
                .save(file, OutputFormat.DOCX);
        try (XWPFDocument word = new XWPFDocument(Files.newInputStream(file))) {
            List<String> body = word.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            // "（2021-2035年）" in the plan's first paragraph: Word, WPS and LibreOffice would break after "2021-"
            assertThat(body).anyMatch(text -> text.contains("2021\u20112035"));
            assertThat(body).noneMatch(text -> text.matches("(?s).*[0-9A-Za-z]-[0-9A-Za-z].*"));
            long hyphens = word.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .mapToLong(run -> run.getCTR().sizeOfNoBreakHyphenArray()).sum();
            assertThat(hyphens).isGreaterThanOrEqualTo(2);
        }

        PlanDocument back = new PlanDocumentReader().read(file, Optional.empty(), List.of()).document();

        String whole = back.plan().title() + back.plan().goalText() + outline(back);
        assertThat(whole).doesNotContain("\u2011").contains("（2021-2025年）").contains("（2021-2035年）");
        assertThat(back.plan().title()).isEqualTo(plan.plan().title());
        assertThat(back.plan().goalText()).isEqualTo(plan.plan().goalText());
        assertThat(outline(back)).containsExactlyElementsOf(outline(plan));
    }

    /** Plans in the other styles, regions and sizes the parser is tested on: each reads back from its Word file. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"bingxian-county", "dingshi-city", "gengshi-pdf-text",
            "jixian-county", "renxian-traditional", "wushi-city", "xinqu-district", "bingshi-city"})
    void plansInOtherStyles_readBackFromTheirWordFiles(String name) throws IOException {
        PlanDocument plan = read("/plans/unseen/" + name + ".txt");
        Path file = folder.resolve(name + ".docx");
        RENDERER.render(DocumentKind.NOTICE, plan, NoticeHeader.of(plan.plan()), Optional.empty(), true)
                .save(file, OutputFormat.DOCX);

        PlanDocument back = new PlanDocumentReader().read(file, Optional.empty(), List.of()).document();

        assertThat(outline(back)).containsExactlyElementsOf(outline(plan));
    }

    @Test
    void aWorkPlanWhoseItemsAreItsTasks_printsEachAsTheOneParagraphItWas_andReadsBack() throws IOException {
        PlanDocument plan = read("/plans/deadlines/work-plan-items-2024.txt");
        assertThat(plan.items()).allSatisfy(item -> assertThat(item.ownTask()).isPresent());
        Path file = folder.resolve("work-plan.docx");
        RENDERER.render(DocumentKind.NOTICE, plan, NoticeHeader.of(plan.plan()), Optional.empty(), false)
                .save(file, OutputFormat.DOCX);

        try (XWPFDocument word = new XWPFDocument(Files.newInputStream(file))) {
            String body = word.getParagraphs().stream().map(XWPFParagraph::getText)
                    .collect(java.util.stream.Collectors.joining("\n"));
            assertThat(body).contains("（一）深入开展青少年科学素质提升行动。推进中小学科学教育，举办青少年科技创新大赛，"
                    + "6月底前完成。（牵头单位：市教育局；责任单位：市科协、团市委）")
                    .contains("（六）完善工作机制。召开领导小组会议。（责任单位：市科协）");
            // the heading not printed a second time over its own text
            assertThat(body.split("深入开展青少年科学素质提升行动", -1)).hasSize(2);
        }
        PlanDocument back = new PlanDocumentReader().read(file, Optional.empty(), List.of()).document();

        assertThat(outline(back)).containsExactlyElementsOf(outline(plan));
    }

    @Test
    void aWorkPlanWhoseItemsAreItsTasks_hasARowEachInItsDivisionTable_asWordAndPdf() throws IOException {
        PlanDocument plan = read("/plans/deadlines/work-plan-items-2024.txt");
        Path word = saved(plan, DocumentKind.DIVISION, OutputFormat.DOCX, "division.docx");
        Path pdf = saved(plan, DocumentKind.DIVISION, OutputFormat.PDF, "division.pdf");

        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(word))) {
            List<List<String>> rows = document.getTables().get(0).getRows().stream()
                    .map(row -> row.getTableCells().stream().map(cell -> cell.getText()).toList()).toList();
            assertThat(rows).contains(List.of("1", "（一）深入开展青少年科学素质提升行动", "市教育局", "市科协、团市委"),
                    List.of("6", "（六）完善工作机制", "", "市科协"));
            assertThat(rows.stream().filter(row -> row.size() > 1 && row.get(1).contains("深入开展青少年"))).hasSize(1);
        }
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertThat(text.split("深入开展青少年科学素质提升行动", -1)).hasSize(2);
            assertThat(text).contains("市科协、团市委");
        }
        // in its lead unit's list: led, and carried out, not said to be under itself
        Unit education = plan.items().get(0).leadUnits().get(0);
        DocumentRows.UnitEntries entries = DocumentRows.entriesOf(plan, education);
        assertThat(entries.leads()).containsExactly("深入开展青少年科学素质提升行动");
        assertThat(entries.tasks()).containsExactly("深入开展青少年科学素质提升行动");
    }

    /**
     * A work plan whose sections number their tasks with no （一） items (一、突出科学精神引领 / 1.弘扬科学家精神…): the
     * item read to hold them is titled as the section, and no document prints that heading a second time.
     */
    @Test
    void aPlanWhoseSectionsListTheirTasks_printsEachSectionsHeadingOnce_andReadsBack() throws IOException {
        PlanDocument plan = read("/plans/deadlines/work-plan-2023.txt");
        PlanNode section = plan.sections().get(0);
        assertThat(section.ownItem()).containsSame(section.children().get(0));
        Path notice = saved(plan, DocumentKind.NOTICE, OutputFormat.DOCX, "notice.docx");
        Path noticePdf = saved(plan, DocumentKind.NOTICE, OutputFormat.PDF, "notice.pdf");
        Path division = saved(plan, DocumentKind.DIVISION, OutputFormat.DOCX, "division.docx");
        Path divisionPdf = saved(plan, DocumentKind.DIVISION, OutputFormat.PDF, "division.pdf");

        try (XWPFDocument word = new XWPFDocument(Files.newInputStream(notice))) {
            List<String> texts = word.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            int heading = texts.indexOf("一、突出科学精神引领");
            assertThat(heading).isPositive();
            assertThat(texts.get(heading + 1)).startsWith("1.弘扬科学家精神。");
            assertThat(String.join("\n", texts)).doesNotContain("（一）突出科学精神引领", "（一）实施重点工程");
        }
        try (XWPFDocument word = new XWPFDocument(Files.newInputStream(division))) {
            List<String> cells = word.getTables().get(0).getRows().stream()
                    .map(row -> row.getTableCells().get(row.getTableCells().size() > 1 ? 1 : 0).getText()).toList();
            assertThat(cells).contains("一、突出科学精神引领", "1.弘扬科学家精神")
                    .noneMatch(cell -> cell.startsWith("（一）"));
        }
        for (Path pdf : List.of(noticePdf, divisionPdf)) {
            try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s", "");
                assertThat(text.split("突出科学精神引领", -1)).as(pdf.getFileName().toString()).hasSize(2);
                assertThat(text).contains("弘扬科学家精神").doesNotContain("（一）");
            }
        }
        // a unit's list says a task is under the section, as the document wrote it
        Unit publicity = plan.sections().get(0).children().get(0).children().get(0).responsibleUnits().get(0);
        assertThat(DocumentRows.entriesOf(plan, publicity).tasks())
                .containsExactly("弘扬科学家精神（属于一、突出科学精神引领）");

        PlanDocument back = new PlanDocumentReader().read(notice, Optional.empty(), List.of()).document();
        assertThat(outline(back)).containsExactlyElementsOf(outline(plan));
    }

    @Test
    void theDivisionAndTheUnitLists_areWordFilesToo() throws IOException {
        PlanDocument plan = read("/plans/gannan-county-2023.txt");
        try (XWPFDocument division = docx(plan, DocumentKind.DIVISION, false)) {
            assertThat(division.getTables()).hasSize(1);
            assertThat(division.getTables().get(0).getRow(0).isRepeatHeader()).isTrue();
        }
        Path file = folder.resolve("units.docx");
        RENDERER.render(DocumentKind.UNIT_LIST, plan, NoticeHeader.of(plan.plan()), Optional.empty())
                .save(file, OutputFormat.DOCX);
        try (XWPFDocument lists = new XWPFDocument(Files.newInputStream(file))) {
            List<XWPFParagraph> titles = lists.getParagraphs().stream()
                    .filter(p -> "KesuTitle".equals(p.getStyleID())).toList();
            List<Unit> units = DocumentRows.unitsOf(plan);
            assertThat(titles).hasSize(units.size());
            for (int i = 0; i < units.size(); i++) {
                assertThat(titles.get(i).getText()).startsWith(units.get(i).name());
                assertThat(titles.get(i).isPageBreak()).isFalse();
            }
            // each unit's list a section of its own: started on an odd page (the front of a sheet), numbered from 1,
            // its page and footers the document's
            List<org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr> sections = new ArrayList<>();
            for (XWPFParagraph paragraph : lists.getParagraphs()) {
                if (paragraph.getCTP().isSetPPr() && paragraph.getCTP().getPPr().isSetSectPr()) {
                    sections.add(paragraph.getCTP().getPPr().getSectPr());
                    // a unit's list ends there: the next paragraph with text is the next unit's title
                    int next = lists.getParagraphs().indexOf(paragraph) + 1;
                    assertThat(lists.getParagraphs().get(next).getStyleID()).isEqualTo("KesuTitle");
                }
            }
            sections.add(lists.getDocument().getBody().getSectPr());
            assertThat(sections).hasSize(units.size()).allSatisfy(section -> {
                assertThat(section.getType().getVal().toString()).isEqualTo("oddPage");
                assertThat(section.getPgNumType().getStart()).isEqualTo(java.math.BigInteger.ONE);
                assertThat(section.getFooterReferenceList()).hasSize(2);
                assertThat(section.getPgSz().getW()).isEqualTo(lists.getDocument().getBody().getSectPr().getPgSz()
                        .getW());
            });
            // a unit's tasks are numbered entries hanging under their first character
            XWPFParagraph entry = lists.getParagraphs().stream().filter(p -> p.getText().startsWith("1．"))
                    .findFirst().orElseThrow();
            assertThat(entry.getIndentationHanging()).isPositive();
        }
    }

    /** Each node of the plan as one line: kind, label, title, text and units by role, in the plan's order. */
    private static List<String> outline(PlanDocument plan) {
        List<String> lines = new ArrayList<>();
        plan.forEachNode(node -> lines.add(node.kind() + " " + node.label() + " " + node.title() + " | "
                + node.text().strip() + " | " + names(node.unitsIn(Role.LEAD)) + " | "
                + names(node.unitsIn(Role.RESPONSIBLE))));
        return lines;
    }

    private static String names(List<Unit> units) {
        return String.join("、", units.stream().map(Unit::name).toList());
    }

    private static void addTasks(PlanNode parent, List<String> rows) {
        for (PlanNode task : parent.children()) {
            rows.add((parent.kind().isTask() ? "\u3000" : "") + NoticeContent.displayName(task));
            addTasks(task, rows);
        }
    }

    private static int indexFrom(List<String> texts, String start, int from) {
        for (int i = from; i < texts.size(); i++) {
            if (texts.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no paragraph starting with " + start + " after paragraph " + from);
    }

    @Test
    void theTitlesLines_areAsFarApartAsInThePdf() throws IOException {
        PlanDocument plan = read("/org/kesudesk/samples/qiqihar-2022-16.txt");
        Path pdf = saved(plan, DocumentKind.NOTICE, OutputFormat.PDF, "notice-title.pdf");
        float pitch;
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            // the title's lines: its 2号 characters on the first page
            List<List<org.apache.pdfbox.text.TextPosition>> title = RenderedPdf.baselines(document, 1,
                    glyph -> Math.abs(glyph.getFontSizeInPt() - 22) < 0.6f);
            assertThat(title).hasSizeGreaterThan(1);
            pitch = title.get(1).get(0).getYDirAdj() - title.get(0).get(0).getYDirAdj();
        }
        try (XWPFDocument word = docx(plan, DocumentKind.NOTICE, false)) {
            XWPFParagraph titleParagraph = word.getParagraphs().stream()
                    .filter(p -> "KesuTitle".equals(p.getStyleID())).findFirst().orElseThrow();
            var spacing = word.getStyles().getStyle(titleParagraph.getStyleID()).getCTStyle().getPPr().getSpacing();
            assertThat(spacing.getLineRule().toString()).isEqualTo("exact");
            assertThat(((BigInteger) spacing.getLine()).doubleValue() / 20).isCloseTo(pitch,
                    org.assertj.core.data.Offset.offset(0.5));
        }
    }

    @Test
    void withTheDivisionAttached_theTextsLastParagraph_theAttachmentNote_andTheSignature_keepTogether()
            throws IOException {
        PlanDocument plan = read("/org/kesudesk/samples/qiqihar-2022-16.txt");
        NoticeHeader header = NoticeHeader.of(plan.plan());
        try (XWPFDocument word = docx(plan, DocumentKind.NOTICE, true)) {
            List<XWPFParagraph> paragraphs = word.getParagraphs();
            List<String> texts = paragraphs.stream().map(p -> p.getText().strip()).toList();
            int note = texts.indexOf("附件：任务分工表");
            int signature = texts.indexOf(header.signature().strip());
            assertThat(note).isPositive().isLessThan(signature);
            // back from the 附件说明 over the 空一行 to the notice's last paragraph of text
            int text = note - 1;
            while (texts.get(text).isEmpty()) {
                text--;
            }
            assertThat(texts.get(text)).isNotEmpty();
            // (a hyphen inside "2021-2025" is Word's non-breaking one)
            assertThat(header.noticeBody().strip()).endsWith(texts.get(text).replace('\u2011', '-'));
            // Word keeps each with the next, down to the 署名: the 成文日期 never goes to a page without them
            assertThat(paragraphs.subList(text, signature + 1)).allMatch(XWPFParagraph::isKeepNext);
        }
    }

    private static String styleName(XWPFDocument word, String id) {
        XWPFStyle style = word.getStyles().getStyle(id);
        return style == null ? null : style.getName();
    }

    private static int outlineLevel(XWPFStyle style) {
        return style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue();
    }

    private static double twipsToMm(Object twips) {
        return ((BigInteger) twips).doubleValue() / 1440 * 25.4;
    }

    /** The document of the plan (with the sample's header) saved in the format under that name. */
    private Path saved(PlanDocument plan, DocumentKind kind, OutputFormat format, String name) {
        Path file = folder.resolve(name);
        RENDERER.render(kind, plan, NoticeHeader.of(plan.plan()), Optional.empty()).save(file, format);
        return file;
    }

    private XWPFDocument docx(PlanDocument plan, DocumentKind kind, boolean attached) throws IOException {
        Path file = folder.resolve(kind.templateName() + "-" + attached + ".docx");
        RENDERER.render(kind, plan, NoticeHeader.of(plan.plan()), Optional.empty(), attached)
                .save(file, OutputFormat.DOCX);
        return new XWPFDocument(Files.newInputStream(file));
    }

    private static PlanDocument read(String resource) throws IOException {
        try (InputStream in = WordDocumentsTest.class.getResourceAsStream(resource)) {
            return new PlanDocumentReader().read(resource.substring(resource.lastIndexOf('/') + 1),
                    in.readAllBytes(), Optional.empty(), List.of()).document();
        }
    }
}
