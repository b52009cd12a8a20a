package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kesudesk.parse.SampleDocumentTest.bytes;
import static org.kesudesk.parse.SampleDocumentTest.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kesudesk.documents.OutputFormat;
import org.kesudesk.model.NodeKind;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Unit;
import org.kesudesk.testsupport.PlanOutline;

/**
 * A 分工表 in a PDF — the city's table as this app prints it, a clerk's Word table saved as PDF — read by its rows
 * and cells as the Word table is, from the rules drawn around its cells.
 */
class PrintedTablesTest {

    @ParameterizedTest
    @ValueSource(strings = {"/org/kesudesk/samples/qiqihar-2022-16.txt", "/plans/gannan-county-2023.txt",
            "/plans/numbering/groups-at-top.txt", "/plans/unseen/xinqu-district.txt",
            "/plans/unseen/wushi-city.txt", "/plans/unseen/jiashi-division.txt",
            "/plans/unseen/xinshi-city.txt", "/plans/numbering/led-actions.txt"})
    void theAppsOwnDivisionTable_readsBackFromItsPdfAndOfd_asFromItsWordFile_everyTaskWithItsUnits(String resource)
            throws IOException {
        PlanDocument plan = read(resource, SampleDocumentTest.class.getResourceAsStream(resource).readAllBytes())
                .document();
        byte[] pdf = Containers.division(plan, OutputFormat.PDF);
        byte[] docx = Containers.division(plan, OutputFormat.DOCX);

        byte[] ofd = Containers.division(plan, OutputFormat.OFD);

        PlanDocument fromPdf = read("division.pdf", pdf).document();
        PlanDocument fromOfd = read("division.ofd", ofd).document();

        String fromWord = PlanOutline.of(read("division.docx", docx).document());
        assertThat(PlanOutline.of(fromPdf)).isEqualTo(fromWord);
        assertThat(PlanOutline.of(fromOfd)).isEqualTo(fromWord);
        // each action and project, its leads, its tasks and their units: as in the plan the table was printed from
        assertThat(itemsAndTasks(fromPdf)).isNotEmpty().containsExactlyElementsOf(itemsAndTasks(plan));
        if (resource.contains("qiqihar")) {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(document.getNumberOfPages()).as("a table going on over pages").isGreaterThan(3);
            }
        }
    }

    /**
     * The app's table saved again by another program (a PDF printer names itself the creator) is read by its cells'
     * characters: a unit's name wider than its cell (市人力资源社会保障局 in the 牵头单位 column) is broken by its
     * characters, so it is still one name, and the plan reads back as from the app's own PDF.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/org/kesudesk/samples/qiqihar-2022-16.txt", "/plans/unseen/xinshi-city.txt",
            "/plans/unseen/dingshi-city.txt"})
    void theAppsOwnDivisionTable_savedAgainByAnotherProgram_readsTheSame(String resource) throws IOException {
        PlanDocument plan = read(resource, SampleDocumentTest.class.getResourceAsStream(resource).readAllBytes())
                .document();
        byte[] pdf = Containers.division(plan, OutputFormat.PDF);
        ByteArrayOutputStream savedAgain = new ByteArrayOutputStream();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            document.getDocumentInformation().setCreator("Microsoft Print to PDF");
            document.save(savedAgain);
        }

        String own = PlanOutline.of(read("division.pdf", pdf).document());
        assertThat(PlanOutline.of(read("division.pdf", savedAgain.toByteArray()).document())).isEqualTo(own);
        assertThat(own).contains(resource.contains("qiqihar") ? "市委宣传部" : "市人力资源社会保障局");
    }

    @Test
    void aWordTableSavedAsPdf_goingOnOverPages_aRowBrokenOverAPage_unitsAParagraphEach_readsAsTheWordFile()
            throws IOException {
        byte[] pdf = bytes("styles/rows-over-pages.pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // the fixture breaks task 4's row over the page between two sentences: the next page starts, below the
            // header repeated, with the rest of its text, no number
            String second = pageText(document, 2);
            assertThat(second).startsWith("序号工作任务牵头单位配合单位");
            assertThat(second.substring("序号工作任务牵头单位配合单位".length())).startsWith("二〇二九年组织科技特派员");
        }

        ParseReport report = read("rows-over-pages.pdf", pdf);

        assertThat(report.encoding()).isEqualTo("PDF");
        // each row's 牵头单位 its task's (they differ from row to row), its item led by them all
        assertThat(outline(report)).containsExactly(
                "section 一 实施提升行动",
                "  action 一 青少年科学素质提升行动 | 县教育局、县科协",
                "    1 推进科学教育进课堂 | 县教育局（牵头）、县科协、团县委、县妇联",
                "    2 开展青少年科技竞赛 | 县科协（牵头）、县教育局、县科技局、团县委、县妇联、县融媒体中心、各乡（镇）人民政府",
                "  action 二 农民科学素质提升行动 | 县农业农村局、县科技局",
                "    1 培训高素质农民 | 县农业农村局（牵头）、县人社局、县科协",
                "    2 推进科技特派员服务 | 县科技局（牵头）、县农业农村局、各乡（镇）人民政府",
                "section 二 实施重点工程",
                "  project 一 基层科普能力提升工程 | 县科协",
                "    1 组建科技志愿服务队 | 团县委、县民政局、县应急局、县卫健局、县融媒体中心",
                "    2 建设乡村科普阵地 | 各乡（镇）人民政府、县财政局");
        // the broken row's text whole, once
        PlanNode broken = report.document().items().get(1).children().get(1);
        assertThat(broken.text()).contains("二〇二九年组织科技特派员深入村屯开展技术指导").doesNotContain("\n");
        assertThat(report.document().plan().planTitle()).isEqualTo("丙县全民科学素质提升行动分工方案");
        assertThat(report.sources()).extracting(UnitSource::rule).containsOnly(UnitRule.TABLE_ROW);
        // and as its Word file reads, made again as the fixture was made from it
        assertThat(outline(report))
                .isEqualTo(outline(read("rows-over-pages.docx", PrintedTableFixtures.divisionDocx())));
    }

    /**
     * A 牵头单位 or 完成时限 cell merged down over the tasks it covers (no rule between its rows), printed from Word by
     * LibreOffice: each task it spans has its text, as in the Word file — on the next page too, where the cell goes
     * on empty below the header repeated (长期坚持 over two rows there, 县农业农村局 over one).
     */
    @Test
    void unitAndTimeCellsMergedDown_evenOverAPage_giveEachTaskTheirText_asTheWordFileDoes() throws IOException {
        byte[] pdf = bytes("styles/merged-units.pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // the fixture's page 2 starts, below the header, with task 6: its lead and time cells empty
            assertThat(pageText(document, 2)).startsWith("序号工作任务牵头单位责任单位完成时限6建设数字乡村");
        }

        ParseReport report = read("merged-units.pdf", pdf);

        List<PlanNode> tasks = report.document().items().stream().flatMap(item -> item.children().stream()).toList();
        // each task's leads: its own, or its item's where all the item's tasks have the same (as read from Word)
        assertThat(report.document().items()).flatExtracting(item -> item.children().stream().map(task -> (task
                .leadUnits().isEmpty() ? item.leadUnits() : task.leadUnits()).stream().map(Unit::name).toList())
                .toList()).containsExactly(
                List.of("县教育局"), List.of("县教育局"), List.of("县教育局"), List.of("县农业农村局"),
                List.of("县农业农村局"), List.of("县农业农村局"), List.of("县科协"), List.of("县卫健局"));
        assertThat(tasks).extracting(task -> org.kesudesk.model.DeadlineWording.find(task.text())
                .map(org.kesudesk.model.Deadline::code).orElse("none")).containsExactly("2027-12-31", "2027-12-31",
                "2028-06-30", "ongoing", "ongoing", "ongoing", "ongoing", "2026-12-31");
        assertThat(outline(report))
                .isEqualTo(outline(read("merged-units.docx", PrintedTableFixtures.mergedUnitsDocx())));
    }

    @Test
    void aNoticeWhoseBodyNamesNoUnits_takesThemFromItsAttachedTable_inAPdf() throws IOException {
        ParseReport report = read("attached-division.pdf", bytes("styles/attached-division.pdf"));

        assertThat(outline(report)).containsExactly(
                "section 一 实施提升行动",
                "  action 一 青少年科学素质提升行动 | 县教育局、县科协",
                "    1 推进科学教育进课堂 | 县教育局（牵头）、县科协",
                "    2 开展青少年科技竞赛 | 县科协（牵头）、团县委",
                "  action 二 农民科学素质提升行动 | 县农业农村局",
                "    1 培训高素质农民 | 县农业农村局、县人社局");
        assertThat(report.warnings()).extracting(w -> w.message().key()).contains("parse.warning.unitsFromAttachment")
                .doesNotContain("parse.warning.attachmentUnitsUnread", "parse.warning.noResponsible");
        assertThat(outline(report))
                .isEqualTo(outline(read("attached-division.docx", PrintedTableFixtures.attachedDocx())));
    }

    @Test
    void aPdfTableWithAHeaderSayingNothingKnown_isOfferedForMapping_andReadAsTheUserMapsIt() {
        byte[] pdf = bytes("styles/unusual-columns.pdf");

        assertThatThrownBy(() -> read("unusual-columns.pdf", pdf)).isInstanceOfSatisfying(PlanParseException.class,
                e -> assertThat(e.unmappedTable()).hasValueSatisfying(table -> assertThat(table.header())
                        .containsExactlyElementsOf(org.kesudesk.testsupport.UnusualTable.HEADER)));
        ColumnMapping mapping = new ColumnMapping(List.of(ColumnRole.TASK, ColumnRole.LEAD, ColumnRole.RESPONSIBLE,
                ColumnRole.OTHER));
        ParseReport mapped = new PlanDocumentReader().read("unusual-columns.pdf", pdf, Optional.empty(),
                Optional.of(mapping), List.of());

        assertThat(PlanOutline.of(mapped.document()).lines().filter(line -> !line.startsWith("docNumber")).toList())
                .isEqualTo(SampleDocumentTest.expectedOutline("styles/expected.txt").lines()
                        .filter(line -> !line.startsWith("docNumber")).toList());
    }

    @Test
    void bordersDrawnAsThinFilledBars_asWordPrintsThem_readTheSame_andWithoutRulesNoTableIsRead() throws IOException {
        byte[] stroked = bytes("styles/rows-over-pages.pdf");
        List<String> expected = outline(read("rows-over-pages.pdf", stroked));

        byte[] bars = redrawn(stroked, true);
        ParseReport fromBars = read("bars.pdf", bars);
        assertThat(outline(fromBars)).isEqualTo(expected);
        assertThat(fromBars.sources()).extracting(UnitSource::rule).containsOnly(UnitRule.TABLE_ROW);

        // the rules are what the table is read by: without them its cells are lines of text
        byte[] none = redrawn(stroked, false);
        assertThat(read("no-rules.pdf", none).sources()).extracting(UnitSource::rule)
                .doesNotContain(UnitRule.TABLE_ROW);
    }

    @Test
    void aTableOnAPageShownTurned_readsTheSame_itsTextRunningUpThePageOrNot() throws IOException {
        byte[] upright = bytes("styles/rows-over-pages.pdf");
        List<String> expected = outline(read("rows-over-pages.pdf", upright));

        // a landscape page as some printers and PDF tools make one: its content drawn a quarter turn anticlockwise
        // (the text running up the page), the page shown a quarter turn clockwise
        ParseReport runningUp = read("turned.pdf", turned(upright, true));
        assertThat(outline(runningUp)).isEqualTo(expected);
        assertThat(runningUp.sources()).extracting(UnitSource::rule).containsOnly(UnitRule.TABLE_ROW);
        // only shown turned: the text runs as on the page, sideways on the screen
        assertThat(outline(read("shown-turned.pdf", turned(upright, false)))).isEqualTo(expected);
    }

    /** The PDF with each page shown a quarter turn clockwise, its content (if asked) drawn a quarter turn back. */
    private static byte[] turned(byte[] pdf, boolean contentTurned) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (PDPage page : document.getPages()) {
                org.apache.pdfbox.pdmodel.common.PDRectangle box = page.getMediaBox();
                if (contentTurned) {
                    try (PDPageContentStream before = new PDPageContentStream(document, page,
                            PDPageContentStream.AppendMode.PREPEND, false)) {
                        before.saveGraphicsState();
                        before.transform(new org.apache.pdfbox.util.Matrix(0, 1, -1, 0, box.getHeight(), 0));
                    }
                    try (PDPageContentStream after = new PDPageContentStream(document, page,
                            PDPageContentStream.AppendMode.APPEND, false)) {
                        after.restoreGraphicsState();
                    }
                    page.setMediaBox(new org.apache.pdfbox.pdmodel.common.PDRectangle(box.getHeight(),
                            box.getWidth()));
                    page.setCropBox(page.getMediaBox());
                }
                page.setRotation(90);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void anOfdWhoseRulesAreThinFilledBoxes_readsTheSame_andAPathWrittenWronglyDrawsNoRule() {
        PlanDocument plan = read("gannan.txt", bytes("gannan-county-2023.txt")).document();
        byte[] ofd = Containers.division(plan, OutputFormat.OFD);
        List<String> expected = outline(read("division.ofd", ofd));

        byte[] boxes = ofd;
        for (String part : Ofd.parts(ofd).keySet()) {
            if (part.endsWith("Content.xml")) {
                boxes = Ofd.replacing(boxes, part, filledBoxes(Ofd.parts(ofd).get(part)));
            }
        }
        ParseReport fromBoxes = read("boxes.ofd", boxes);
        assertThat(outline(fromBoxes)).isEqualTo(expected);
        assertThat(fromBoxes.sources()).extracting(UnitSource::rule).containsOnly(UnitRule.TABLE_ROW);

        String page = Ofd.parts(ofd).get("Doc_0/Pages/Page_0/Content.xml");
        byte[] wrong = Ofd.replacing(ofd, "Doc_0/Pages/Page_0/Content.xml",
                page.replaceFirst("<ofd:AbbreviatedData>M ", "<ofd:AbbreviatedData>M x1e99999 "));
        assertThat(read("wrong.ofd", wrong).document().items()).isNotEmpty();
    }

    /** A page's stroked lines (M x y L x y) drawn instead as thin filled boxes, as other OFD producers draw rules. */
    private static String filledBoxes(String content) {
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("Stroke=\"true\"([^>]*)><ofd:AbbreviatedData>"
                + "M ([0-9.]+) ([0-9.]+) L ([0-9.]+) ([0-9.]+)</ofd:AbbreviatedData>").matcher(content);
        StringBuilder out = new StringBuilder();
        while (line.find()) {
            float x1 = Float.parseFloat(line.group(2)) - 0.1f;
            float y1 = Float.parseFloat(line.group(3)) - 0.1f;
            float x2 = Float.parseFloat(line.group(4)) + 0.1f;
            float y2 = Float.parseFloat(line.group(5)) + 0.1f;
            String box = String.format(java.util.Locale.ROOT, "M %.3f %.3f L %.3f %.3f L %.3f %.3f L %.3f %.3f C",
                    x1, y1, x2, y1, x2, y2, x1, y2);
            line.appendReplacement(out, "Stroke=\"false\" Fill=\"true\"" + line.group(1)
                    + "><ofd:AbbreviatedData>" + box + "</ofd:AbbreviatedData>");
        }
        line.appendTail(out);
        assertThat(out.toString()).doesNotContain("Stroke=\"true\"");
        return out.toString();
    }

    @Test
    void aGrid_mergedAcrossAndDown_givesRowsAsAWordTableDoes_andTextOutsideStaysText() {
        // | 行动 (merged down) | 任务 | 单位 |, a row across the table, text above it
        List<RuledTables.Rule> rules = new ArrayList<>();
        for (float y : new float[] {100, 120, 140, 160, 180}) {
            // the rule between the merged column's two rows is not drawn there
            rules.add(new RuledTables.Rule(y == 140 ? 200 : 100, y, 400, y));
        }
        for (float x : new float[] {100, 200, 300, 400}) {
            // the row across the table (160–180) has no inner borders
            boolean outer = x == 100 || x == 400;
            rules.add(new RuledTables.Rule(x, 100, x, outer ? 180 : 160));
        }
        TreeMap<Integer, List<PrintedLines.Glyph>> glyphs = new TreeMap<>();
        put(glyphs, 80, 100, "通知正文");
        put(glyphs, 115, 105, "行动");
        put(glyphs, 115, 205, "任务");
        put(glyphs, 115, 305, "单位");
        put(glyphs, 135, 105, "青少年");
        put(glyphs, 135, 205, "甲");
        put(glyphs, 135, 305, "市科协");
        put(glyphs, 155, 205, "乙");
        put(glyphs, 155, 305, "市教育局");
        put(glyphs, 175, 105, "二、实施工程");

        RuledTables.Page page = RuledTables.find(glyphs, rules);

        assertThat(page.tables()).singleElement().satisfies(table -> assertThat(table.rows()).containsExactly(
                List.of("行动", "任务", "单位"), List.of("青少年", "甲", "市科协"), List.of("", "乙", "市教育局"),
                List.of("二、实施工程")));
        assertThat(page.text().values()).singleElement().satisfies(line -> assertThat(line)
                .extracting(PrintedLines.Glyph::text).containsExactly("通", "知", "正", "文"));
    }

    /**
     * In this app's documents, a cell's line that ends short before a word that would not have fitted goes on in the
     * next (the app sets its cells between words); one ending a clause, or before a line whose first word would have
     * fitted, ends there. Another program's cells are read by their characters alone: 县教育局 / 团县委 there are two
     * units listed one a line.
     */
    @Test
    void aCellsLineEndingBeforeAWordThatDidNotFit_goesOn_aClauseOrAShortNameEndsItsParagraph() {
        List<RuledTables.Rule> rules = grid(new float[] {100, 200, 300}, new float[] {100, 120, 160});
        // nine characters to a line; 公务员 does not fit after seven, 市 after four would
        TreeMap<Integer, List<PrintedLines.Glyph>> glyphs = twoColumns(List.of("实施领导干部和", "公务员科学素质"),
                List.of("市教育局", "市科协"));

        assertThat(RuledTables.find(glyphs, rules, true).tables()).singleElement().satisfies(table -> assertThat(
                table.rows()).containsExactly(List.of("任务", "单位"), List.of("实施领导干部和公务员科学素质",
                "市教育局\n市科协")));
        assertThat(RuledTables.find(glyphs, rules, false).tables()).singleElement().satisfies(table -> assertThat(
                table.rows().get(1)).containsExactly("实施领导干部和\n公务员科学素质", "市教育局\n市科协"));

        // another program's table listing a unit a line in a column of six characters: 团县委 would not have
        // fitted after 县教育局, yet it is a name of its own
        List<RuledTables.Rule> narrow = grid(new float[] {100, 200, 270}, new float[] {100, 120, 160});
        TreeMap<Integer, List<PrintedLines.Glyph>> units = twoColumns(List.of("组织科技竞赛"), List.of("县教育局", "团县委"));
        assertThat(RuledTables.find(units, narrow, false).tables()).singleElement().satisfies(table -> assertThat(
                table.rows().get(1)).containsExactly("组织科技竞赛", "县教育局\n团县委"));
        assertThat(RuledTables.find(units, narrow, true).tables()).singleElement().satisfies(table -> assertThat(
                table.rows().get(1)).as("as this app would not print it").containsExactly("组织科技竞赛", "县教育局团县委"));

        TreeMap<Integer, List<PrintedLines.Glyph>> clause = twoColumns(List.of("加强领导干部。", "公务员科学素质"),
                List.of("市教育局", "市科协"));
        assertThat(RuledTables.find(clause, rules, true).tables()).singleElement().satisfies(table -> assertThat(
                table.rows().get(1)).containsExactly("加强领导干部。\n公务员科学素质", "市教育局\n市科协"));
    }

    /**
     * A mark hanging past a cell's edge (市发展和改革委员会、, as this app sets its unit cells) does not widen where the
     * column's lines are full: a name broken over two lines of another row (各区县人民 / 政府) stays one name.
     */
    @Test
    void aMarkHangingPastTheCellsEdge_doesNotWidenTheColumn_aNameBrokenOverLinesStaysWhole() {
        List<RuledTables.Rule> rules = grid(new float[] {100, 200, 300}, new float[] {100, 120, 140, 180});
        TreeMap<Integer, List<PrintedLines.Glyph>> glyphs = new TreeMap<>();
        put(glyphs, 115, 105, "单位");
        put(glyphs, 115, 205, "任务");
        // nine characters to a line (its cell's text from 104 to 196), the tenth a mark hanging over the border
        put(glyphs, 135, 104, "市发展和改革委员会、");
        put(glyphs, 135, 205, "甲");
        // within the cell, 政 would not have fitted after 人民
        put(glyphs, 155, 106, "科协、各区县人民");
        put(glyphs, 175, 106, "政府、县妇联");
        put(glyphs, 155, 205, "乙");

        assertThat(RuledTables.find(glyphs, rules).tables()).singleElement().satisfies(table -> assertThat(
                table.rows()).containsExactly(List.of("单位", "任务"), List.of("市发展和改革委员会、", "甲"),
                List.of("科协、各区县人民政府、县妇联", "乙")));
    }

    @Test
    void aBoxAroundText_aCheckBox_andAPageOfMoreRulesThanAnyTable_readAsText() {
        TreeMap<Integer, List<PrintedLines.Glyph>> glyphs = new TreeMap<>();
        put(glyphs, 115, 105, "一、总体要求");
        // a frame: one column
        List<RuledTables.Rule> box = List.of(new RuledTables.Rule(100, 100, 400, 100),
                new RuledTables.Rule(100, 120, 400, 120), new RuledTables.Rule(100, 100, 100, 120),
                new RuledTables.Rule(400, 100, 400, 120));
        assertThat(RuledTables.find(glyphs, box).tables()).isEmpty();
        assertThat(RuledTables.find(glyphs, box).text()).isEqualTo(glyphs);

        // a check box of two cells drawn beside a word (☒, or 田 drawn with lines): too small for a table
        List<RuledTables.Rule> checkBox = new ArrayList<>();
        for (float at : new float[] {100, 105, 110}) {
            checkBox.add(new RuledTables.Rule(at, 107, at, 117));
            checkBox.add(new RuledTables.Rule(100, at + 7, 110, at + 7));
        }
        assertThat(RuledTables.find(glyphs, checkBox).tables()).isEmpty();

        // a hatching of rules (a drawing, a hostile page): beyond what a table has, the page is read as text
        List<RuledTables.Rule> many = new ArrayList<>();
        for (int i = 0; i <= RuledTables.MAX_RULES; i++) {
            many.add(new RuledTables.Rule(100 + i * 3, 90, 100 + i * 3, 130));
            many.add(new RuledTables.Rule(100, 90 + i * 3, 400, 90 + i * 3));
        }
        assertThat(RuledTables.find(glyphs, many).tables()).isEmpty();
        assertThat(RuledTables.find(glyphs, many).text()).isEqualTo(glyphs);
    }

    @Test
    void aThinFilledBoxIsARule_aWideOneIsShading() {
        assertThat(RuledTables.Rule.box(100, 99.75f, 400, 100.25f)).contains(new RuledTables.Rule(100, 100, 400, 100));
        assertThat(RuledTables.Rule.box(99.5f, 100, 100.5f, 300)).contains(new RuledTables.Rule(100, 100, 100, 300));
        assertThat(RuledTables.Rule.box(100, 100, 400, 120)).isEmpty();
        assertThat(RuledTables.Rule.between(100, 100, 200, 150)).as("a slanted line").isEmpty();
    }

    @Test
    void aPageOfManyThousandRules_isReadForItsText_withinTheBudget() throws IOException {
        byte[] pdf;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (int i = 0; i < 30_000; i++) {
                    content.addRect(50 + (i % 500), 50 + (i / 500) * 10, 1, 8);
                }
                content.stroke();
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(60, 750);
                content.showText("Plan 2026");
                content.endText();
            }
            document.save(out);
            pdf = out.toByteArray();
        }

        assertThat(PdfText.lines(pdf)).extracting(SourceLine::text).contains("Plan 2026");
    }

    /** Rules drawn along these columns' and rows' borders, each across the whole table. */
    private static List<RuledTables.Rule> grid(float[] xs, float[] ys) {
        List<RuledTables.Rule> rules = new ArrayList<>();
        for (float y : ys) {
            rules.add(new RuledTables.Rule(xs[0], y, xs[xs.length - 1], y));
        }
        for (float x : xs) {
            rules.add(new RuledTables.Rule(x, ys[0], x, ys[ys.length - 1]));
        }
        return rules;
    }

    /** A header 任务 | 单位 (a row 20 high), then one row of these lines, 10-point glyphs from x 105 and 205. */
    private static TreeMap<Integer, List<PrintedLines.Glyph>> twoColumns(List<String> tasks, List<String> units) {
        TreeMap<Integer, List<PrintedLines.Glyph>> glyphs = new TreeMap<>();
        put(glyphs, 115, 105, "任务");
        put(glyphs, 115, 205, "单位");
        for (int i = 0; i < tasks.size(); i++) {
            put(glyphs, 135 + 20 * i, 105, tasks.get(i));
        }
        for (int i = 0; i < units.size(); i++) {
            put(glyphs, 135 + 20 * i, 205, units.get(i));
        }
        return glyphs;
    }

    private static void put(TreeMap<Integer, List<PrintedLines.Glyph>> glyphs, int baseline, float x, String text) {
        List<PrintedLines.Glyph> line = glyphs.computeIfAbsent(baseline, k -> new ArrayList<>());
        for (int i = 0; i < text.length(); i++) {
            line.add(new PrintedLines.Glyph(text.substring(i, i + 1), x + i * 10, 10, 10));
        }
    }

    /** Each action and project with its leads, and each of its tasks (and sub-tasks) with its units. */
    private static List<String> itemsAndTasks(PlanDocument plan) {
        List<String> lines = new ArrayList<>();
        for (PlanNode item : plan.items()) {
            if (item.kind() != NodeKind.ACTION && item.kind() != NodeKind.PROJECT) {
                continue;
            }
            lines.add(item.title() + " | " + names(item.leadUnits()));
            for (PlanNode task : item.children()) {
                lines.add("  " + task.title() + " | " + names(task.carriedOutBy()));
                // a sub-task is a row of the table, （1）… under its task's: read back, the task's sub-task again
                task.children().forEach(sub -> lines.add("    " + sub.kind() + " （" + sub.label() + "）"
                        + sub.title() + " | " + names(sub.carriedOutBy())));
            }
        }
        return lines;
    }

    private static String names(List<Unit> units) {
        return String.join("、", units.stream().map(Unit::name).toList());
    }

    /** The plan's sections, items and tasks with their units. */
    private static List<String> outline(ParseReport report) {
        return PlanOutline.of(report.document()).lines()
                .filter(line -> line.startsWith("section") || line.startsWith(" ")).toList();
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document).replaceAll("\\s", "");
    }

    /**
     * The PDF with every stroked line redrawn as a thin filled box (as Word prints a table's borders), or, if
     * {@code asBars} is false, not drawn at all.
     */
    private static byte[] redrawn(byte[] pdf, boolean asBars) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (PDPage page : document.getPages()) {
                PDFStreamParser parser = new PDFStreamParser(page);
                List<Object> tokens = parser.parse();
                List<Object> rewritten = new ArrayList<>();
                List<COSBase> operands = new ArrayList<>();
                List<float[]> segments = new ArrayList<>();
                float[] current = null;
                for (Object token : tokens) {
                    if (!(token instanceof Operator operator)) {
                        operands.add((COSBase) token);
                        continue;
                    }
                    switch (operator.getName()) {
                        case "m" -> current = point(operands);
                        case "l" -> {
                            float[] to = point(operands);
                            segments.add(new float[] {current[0], current[1], to[0], to[1]});
                            current = to;
                        }
                        case "S" -> {
                            for (float[] s : segments) {
                                if (asBars) {
                                    float x = Math.min(s[0], s[2]) - 0.25f;
                                    float y = Math.min(s[1], s[3]) - 0.25f;
                                    rewritten.addAll(List.of(new COSFloat(x), new COSFloat(y),
                                            new COSFloat(Math.abs(s[2] - s[0]) + 0.5f),
                                            new COSFloat(Math.abs(s[3] - s[1]) + 0.5f), Operator.getOperator("re")));
                                }
                            }
                            if (asBars && !segments.isEmpty()) {
                                rewritten.add(Operator.getOperator("f"));
                            }
                            segments.clear();
                        }
                        default -> {
                            rewritten.addAll(operands);
                            rewritten.add(operator);
                        }
                    }
                    operands.clear();
                }
                PDStream stream = new PDStream(document);
                try (var output = stream.createOutputStream(COSName.FLATE_DECODE)) {
                    new ContentStreamWriter(output).writeTokens(rewritten);
                }
                page.setContents(stream);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static float[] point(List<COSBase> operands) {
        return new float[] {((COSNumber) operands.get(0)).floatValue(), ((COSNumber) operands.get(1)).floatValue()};
    }
}
