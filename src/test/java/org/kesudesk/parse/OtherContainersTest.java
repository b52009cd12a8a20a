package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kesudesk.parse.SampleDocumentTest.read;
import static org.kesudesk.parse.SampleDocumentTest.sample;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kesudesk.documents.OutputFormat;
import org.kesudesk.testsupport.PlanOutline;

/** The plan in the other containers offices send: a PDF, a Word 97 document, text hard-wrapped as copied from a PDF. */
class OtherContainersTest {

    @Test
    void theNoticeAsAPdf_readsAsTheSample() {
        ParseReport text = read("sample.txt", sample());
        byte[] pdf = Containers.notice(text, OutputFormat.PDF);

        ParseReport report = read("notice.pdf", pdf);

        assertThat(report.encoding()).isEqualTo("PDF");
        assertThat(PlanOutline.of(report.document())).isEqualTo(PlanOutline.of(text.document()));
    }

    /**
     * A plan's text printed to PDF by LibreOffice (its text import: every paragraph at the left margin, no first-line
     * indent, ragged right; or its tasks alone indented by the spaces the text starts them with) reads as the text: a
     * paragraph whose last line ends a sentence near the right edge does not swallow the heading or numbered
     * paragraph under it, which only where lines end could tell apart.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"unseen/bingshi-city.txt, styles/libreoffice-unindented-city.pdf",
            "numbering/parts.txt, styles/libreoffice-unindented-parts.pdf",
            "unseen/dingshi-city.txt, styles/libreoffice-indented-tasks.pdf"})
    void aPdfWithoutFirstLineIndents_readsAsItsText(String text, String pdf) {
        ParseReport fromText = read("plan.txt", SampleDocumentTest.bytes(text));

        ParseReport fromPdf = read("plan.pdf", SampleDocumentTest.bytes(pdf));

        assertThat(PlanOutline.of(fromPdf.document())).isEqualTo(PlanOutline.of(fromText.document()));
    }

    @Test
    void theNoticeAsAnOfd_readsAsTheSample_headerAndAll() {
        ParseReport text = read("sample.txt", sample());
        byte[] ofd = Containers.notice(text, OutputFormat.OFD);

        ParseReport report = read("notice.ofd", ofd);

        assertThat(report.encoding()).isEqualTo("OFD");
        // the title over two lines in a larger size ends where the addressees begin
        assertThat(PlanOutline.of(report.document())).isEqualTo(PlanOutline.of(text.document()));
        // known as an OFD by its content too, whatever its name
        assertThat(read("公文", ofd).encoding()).isEqualTo("OFD");
    }

    /**
     * The app's notice read back as the plan it was made from: a task with a 专栏 after it keeps its units (printed
     * before the box, where the parser looks for them, not after the box's last point); a plan whose last page holds
     * a heading and two short paragraphs, every line indented, keeps them apart (the pages before show the edges); a
     * page of tasks a line each, none reaching the right edge, keeps them apart too (the edge is where the other pages'
     * lines end, not where its own longest does).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"styles/boxes.txt, PDF", "styles/boxes.txt, DOCX",
            "numbering/actions-without-items.txt, PDF", "numbering/actions-without-items.txt, OFD",
            "styles/one-line-tasks.txt, PDF", "styles/one-line-tasks.txt, OFD"})
    void theAppsNotice_readsBackAsThePlan_aTaskWithAHighlightsBox_andAShortLastPage(String resource,
                                                                                    OutputFormat format) {
        ParseReport text = read("plan.txt", SampleDocumentTest.bytes(resource));
        byte[] notice = Containers.notice(text, format);

        ParseReport report = read("notice." + format.name().toLowerCase(java.util.Locale.ROOT), notice);

        // the plan's sections, items and tasks with their units (the notice adds a 版记 the text had not)
        assertThat(structure(report)).isNotEmpty().isEqualTo(structure(text));
    }

    /**
     * The notice with its 分工表 as the 附件 reads back as the plan once: 附件 heading the attachment's page is never
     * part of the last task's line before it (a line reaching the right edge at a page's foot goes on, but not there).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(value = OutputFormat.class, names = {"PDF", "OFD"})
    void theAppsNoticeWithItsDivisionTableAttached_readsBackAsThePlanOnce(OutputFormat format) {
        ParseReport text = read("plan.txt", SampleDocumentTest.bytes("numbering/groups-at-top.txt"));
        ByteArrayOutputStream notice = new ByteArrayOutputStream();
        new org.kesudesk.documents.DocumentRenderer().render(org.kesudesk.documents.DocumentKind.NOTICE,
                text.document(), org.kesudesk.documents.NoticeHeader.of(text.document().plan()), Optional.empty(),
                true, java.util.Map.of()).write(notice, format);

        ParseReport report = read("notice." + format.name().toLowerCase(java.util.Locale.ROOT), notice.toByteArray());

        assertThat(structure(report)).isNotEmpty().isEqualTo(structure(text));
    }

    private static List<String> structure(ParseReport report) {
        return PlanOutline.of(report.document()).lines()
                .filter(line -> line.startsWith("section") || line.startsWith(" ")).toList();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(value = OutputFormat.class, names = {"PDF", "OFD"})
    void aNoticeWhoseTitleFillsItsSecondLine_readsWithTitleAndAddresseesApart(OutputFormat format) {
        ParseReport text = read("county.txt", SampleDocumentTest.bytes("numbering/led-actions.txt"));
        byte[] printed = Containers.notice(text, format);

        ParseReport report = read("notice." + format.name().toLowerCase(java.util.Locale.ROOT), printed);

        org.kesudesk.model.Plan plan = report.document().plan();
        assertThat(plan.title()).isEqualTo(text.document().plan().title());
        assertThat(plan.addressees()).isEqualTo(text.document().plan().addressees());
        // the 版记 in its smaller size is not the last measure's words
        assertThat(plan.printedBy()).isEqualTo(text.document().plan().issuer());
        assertThat(plan(report)).isEqualTo(plan(text));
    }

    @Test
    void anOfdAsOtherProducersWriteIt_textPlacedInBoxes_characterByCharacter_orScaled_readsAsTheText() {
        List<String> paragraphs = List.of("丙县全民科学素质行动实施方案", "一、工作目标",
                "到2025年，全县公民具备科学素质的比例达到10%。", "二、提升行动",
                "（一）青少年科学素质提升行动（牵头单位：县教育局、县科协）",
                "1.推进科学教育。完善中小学科学课程体系，开展科学教育活动周，组织青少年参加科技竞赛。（责任单位：县教育局、团县委）",
                "2.建设科普场馆。建设县科技馆，完善科普设施，提升展教能力。（责任单位：县科技局、县科协）",
                "三、保障措施", "（一）加强组织领导。县政府负责领导本方案实施工作。");
        ParseReport text = read("plan.txt", (String.join("\n", paragraphs) + "\n").getBytes(StandardCharsets.UTF_8));

        ParseReport report = read("plan.ofd", Ofd.typeset(paragraphs, 20, 9));

        assertThat(report.encoding()).isEqualTo("OFD");
        assertThat(PlanOutline.of(report.document())).isEqualTo(PlanOutline.of(text.document()));
        assertThat(report.document().items().get(0).children()).hasSize(2);
    }

    @Test
    void hostileOrBrokenOfdFiles_areRefusedInChinese_withoutResolvingEntitiesOrInflatingBombs() throws Exception {
        byte[] page = Ofd.typeset(List.of("一、工作目标"), 20, 20);
        // an external entity: never resolved, the file refused
        byte[] entity = Ofd.replacing(page, "Doc_0/Document.xml", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x "
                + "SYSTEM \"file:///etc/passwd\">]><ofd:Document xmlns:ofd=\"http://www.ofdspec.org/2016\">&x;"
                + "</ofd:Document>");
        assertThatThrownBy(() -> read("entity.ofd", entity)).isInstanceOf(PlanParseException.class)
                .hasMessageContaining("无法读取这个 OFD 文件");
        // a page part inflating past the limit of a part: stopped there
        byte[] bomb = Ofd.replacing(page, "Doc_0/Pages/Page_0/Content.xml", " ".repeat(OfdText.PART_BYTES + 1));
        assertThat(bomb.length).isLessThan(1 << 20);
        assertThatThrownBy(() -> read("bomb.ofd", bomb)).isInstanceOf(PlanParseException.class)
                .hasMessageContaining("过于庞大");
        // a font that is a bomb: passed over, but inflating it is counted all the same
        byte[] font = Ofd.replacing(Ofd.typeset(List.of("一、工作目标", "到2025年，比例达到10%。"), 20, 20),
                "Doc_0/Res/font.ttf", "\0".repeat(8 << 20));
        assertThatThrownBy(() -> read("font.ofd", font)).isInstanceOf(PlanParseException.class)
                .hasMessageContaining("过于庞大");
        // a run repeating a glyph's advance two billion times
        byte[] repeat = Ofd.replacing(page, "Doc_0/Pages/Page_0/Content.xml", "<ofd:Page xmlns:ofd=\"http://www"
                + ".ofdspec.org/2016\"><ofd:Content><ofd:Layer><ofd:TextObject Boundary=\"0 0 210 297\" Size=\"5\">"
                + "<ofd:TextCode X=\"30\" Y=\"40\" DeltaX=\"g 2000000000 5\">一二</ofd:TextCode></ofd:TextObject>"
                + "</ofd:Layer></ofd:Content></ofd:Page>");
        assertThatThrownBy(() -> read("repeat.ofd", repeat)).isInstanceOf(PlanParseException.class)
                .hasMessageContaining("OFD");
        // pages without text (a scan)
        byte[] scan = Ofd.replacing(page, "Doc_0/Pages/Page_0/Content.xml", "<ofd:Page xmlns:ofd=\"http://www"
                + ".ofdspec.org/2016\"><ofd:Content><ofd:Layer><ofd:ImageObject ID=\"3\" ResourceID=\"2\" "
                + "Boundary=\"0 0 210 297\"/></ofd:Layer></ofd:Content></ofd:Page>");
        assertThatThrownBy(() -> read("盖章版.ofd", scan)).isInstanceOf(PlanParseException.class)
                .hasMessageContaining("1 页中没有可以读取的文字");
        // a zip that is no OFD, named so
        assertThatThrownBy(() -> read("damaged.ofd", "PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(PlanParseException.class).hasMessageContaining("无法读取这个 OFD 文件");
    }

    @Test
    void aPdfOfOverAHundredPages_isReadWhole_eachPageCountedOnceAgainstTheReadingBudget() throws Exception {
        ParseReport text = read("sample.txt", sample());
        byte[] notice = Containers.notice(text, OutputFormat.PDF);
        byte[] long_;
        try (org.apache.pdfbox.pdmodel.PDDocument one = org.apache.pdfbox.Loader.loadPDF(notice);
             org.apache.pdfbox.pdmodel.PDDocument many = new org.apache.pdfbox.pdmodel.PDDocument();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // eight copies of the 19-page notice: every page of each read by itself was counted for each page
            for (int copy = 0; copy < 8; copy++) {
                for (org.apache.pdfbox.pdmodel.PDPage page : one.getPages()) {
                    many.importPage(page);
                }
            }
            assertThat(many.getNumberOfPages()).isGreaterThan(140);
            many.save(out);
            long_ = out.toByteArray();
        }

        ParseReport report = read("notice.pdf", long_);

        assertThat(report.encoding()).isEqualTo("PDF");
        assertThat(plan(report)).containsAll(plan(text));
    }

    @Test
    void textHardWrappedAt28Characters_readsAsTheSample() {
        String original = new String(sample(), StandardCharsets.UTF_8);
        StringBuilder wrapped = new StringBuilder();
        for (String line : original.split("\n", -1)) {
            String rest = line.strip();
            while (rest.length() > 28) {
                wrapped.append(rest, 0, 28).append('\n');
                rest = rest.substring(28);
            }
            wrapped.append(rest).append('\n');
        }
        ParseReport report = read("wrapped.txt", wrapped.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(plan(report)).isEqualTo(plan(read("sample.txt", sample())));
    }

    @Test
    void aWord97Document_readsAsTheSamePlanInText() {
        // made from styles/labelled.txt by LibreOffice (Word 97 format), kept as a fixture
        ParseReport doc = read("labelled.doc", SampleDocumentTest.bytes("styles/labelled.doc"));

        assertThat(doc.encoding()).isEqualTo("DOC");
        assertThat(PlanOutline.of(doc.document()).lines().filter(line -> !line.startsWith("docNumber")).toList())
                .isEqualTo(SampleDocumentTest.expectedOutline("styles/expected.txt").lines()
                        .filter(line -> !line.startsWith("docNumber")).toList());
        // WPS 文字 saves its own .wps in this format: the same document so named reads the same, and is not taken
        // for a workbook (a Word document may embed one)
        ParseReport wps = read("方案.wps", SampleDocumentTest.bytes("styles/labelled.doc"));
        assertThat(PlanOutline.of(wps.document())).isEqualTo(PlanOutline.of(doc.document()));
    }

    @Test
    void aWord97Document_readsWordsNonBreakingHyphenAsAHyphen() {
        // styles/labelled.txt with "（2021-2025年）" in its titles, printed as the app's Word file (the range with
        // Word's non-breaking hyphen) and saved by LibreOffice in Word 97 format, which keeps that hyphen as U+001E
        ParseReport doc = read("hyphen.doc", SampleDocumentTest.bytes("styles/libreoffice-nonbreaking-hyphen.doc"));

        assertThat(doc.document().plan().notice().title()).contains("实施方案（2021-2025年）的通知");
        assertThat(doc.document().plan().period()).contains(new org.kesudesk.model.PlanPeriod(2021, 2025));
    }

    @Test
    void aWord97DocumentWhosePlanIsATable_readsByItsRows_andOneWithAnUnknownHeaderIsOfferedForMapping() {
        // both made by LibreOffice (Word 97 format) from the Word tables of DocxTableTest and UnusualTable: the
        // items merged down a column, rows across the table for the sections; a header of 内容/主办/协办/时限
        ParseReport doc = read("division-table.doc", SampleDocumentTest.bytes("styles/division-table.doc"));

        // its rows name each task's own 牵头单位 (not the same on every row of an item): the tasks' leads
        assertThat(PlanOutline.of(doc.document()).lines().filter(line -> !line.startsWith("docNumber")).toList())
                .isEqualTo(SampleDocumentTest.expectedOutline("styles/expected-task-leads.txt").lines()
                        .filter(line -> !line.startsWith("docNumber")).toList());
        assertThat(doc.sources()).extracting(UnitSource::rule).containsOnly(UnitRule.TABLE_ROW);

        byte[] unusual = SampleDocumentTest.bytes("styles/unusual-columns.doc");
        assertThatThrownBy(() -> read("unusual-columns.doc", unusual)).isInstanceOfSatisfying(PlanParseException.class,
                e -> assertThat(e.unmappedTable()).hasValueSatisfying(table -> assertThat(table.header())
                        .containsExactlyElementsOf(org.kesudesk.testsupport.UnusualTable.HEADER)));
        ColumnMapping mapping = new ColumnMapping(List.of(ColumnRole.TASK, ColumnRole.LEAD, ColumnRole.RESPONSIBLE,
                ColumnRole.OTHER));
        ParseReport mapped = new PlanDocumentReader().read("unusual-columns.doc", unusual, java.util.Optional.empty(),
                java.util.Optional.of(mapping), List.of());
        assertThat(mapped.document().items()).extracting(item -> item.title() + " " + item.children().size())
                .containsExactly("青少年科学素质提升行动 2", "农民科学素质提升行动 1", "科普基础设施工程 2");
    }

    @Test
    void aDamagedWord97Document_isRefusedInChinese() {
        byte[] damaged = new byte[4096];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, damaged, 0, magic.length);

        assertThatThrownBy(() -> read("damaged.doc", damaged)).isInstanceOf(PlanParseException.class)
                .hasMessageContaining("无法读取这个 Word 97–2003 文档");
    }

    @Test
    void aDamagedPdf_isRefusedInChinese() {
        byte[] damaged = "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> read("damaged.pdf", damaged)).isInstanceOf(PlanParseException.class)
                .hasMessageContaining("无法读取这个 PDF 文件");
    }

    @Test
    void aScannedPdf_pagesAsPictures_isRefusedSayingItHasNoText() throws java.io.IOException {
        byte[] scan;
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            for (int page = 0; page < 2; page++) {
                org.apache.pdfbox.pdmodel.PDPage sheet = new org.apache.pdfbox.pdmodel.PDPage();
                document.addPage(sheet);
                java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(60, 80,
                        java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
                var image = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(document, picture);
                try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, sheet)) {
                    content.drawImage(image, 0, 0, 600, 800);
                }
            }
            document.save(out);
            scan = out.toByteArray();
        }

        assertThatThrownBy(() -> read("盖章版.pdf", scan)).isInstanceOf(PlanParseException.class)
                .hasMessageContaining("2 页中没有可以读取的文字").hasMessageContaining("扫描件");
    }

    /**
     * A PDF whose fonts do not say which characters their glyphs are (no ToUnicode map, as some print-to-PDF drivers
     * write them; or one mapping every glyph into the private use area): its text shows in a reader but cannot be
     * copied, and it was refused as a scan. It is refused as what it is, with what to do.
     */
    @Test
    void aPdfWhoseFontsDoNotSayTheirCharacters_isRefusedAsSuch_notAsAScan() throws java.io.IOException {
        byte[] pdf = Containers.notice(read("sample.txt", sample()), OutputFormat.PDF);
        // the characters of the first 6,144 glyphs of each font in the private use area, the rest unmapped
        String privateUse = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /PrivateUse def "
                + "1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <0000> <17FF> <E000> "
                + "endbfrange endcmap CMapName currentdict /CMap defineresource pop end end";

        for (String map : java.util.Arrays.asList(null, privateUse)) {
            byte[] unmapped = withToUnicode(pdf, old -> map);

            assertThatThrownBy(() -> read("打印的通知.pdf", unmapped)).isInstanceOf(PlanParseException.class)
                    .hasMessageContaining("字体没有记下所画的是哪些字").hasMessageContaining("另存为 PDF")
                    .hasMessageNotContaining("OCR");
        }
        // the PDF as written reads
        assertThat(read("通知.pdf", pdf).document().plan().title()).contains("全民科学素质");
    }

    /**
     * A PDF whose fonts name some of their glyphs by the radicals that look like them (一 as ⼀ U+2F00, 长 as ⻓
     * U+2ED3), as PDFs from many Word and WPS setups do — the text shows right and copies as 实施⽅案, ⼀、, 市⼯信局 —
     * reads as the text it shows: numbers, words and units as typed.
     */
    @Test
    void aPdfNamingGlyphsByTheRadicalsThatLookLikeThem_readsAsItsText() throws java.io.IOException {
        ParseReport text = read("sample.txt", sample());
        byte[] pdf = Containers.notice(text, OutputFormat.PDF);
        String[][] radicals = {{"4e00", "2f00"}, {"4eba", "2f08"}, {"5de5", "2f2f"}, {"65b9", "2f45"},
                {"751f", "2f63"}, {"957f", "2ed3"}, {"95e8", "2ed4"}, {"9f50", "2eec"}, {"884c", "2f8f"},
                {"7528", "2f64"}, {"529b", "2f12"}, {"5927", "2f24"}, {"6587", "2f42"}, {"89c1", "2ec5"},
                {"6c11", "2ea0"}};
        byte[] named = withToUnicode(pdf, cmap -> {
            String edited = cmap;
            for (String[] radical : radicals) {
                edited = edited.replace("><" + radical[0] + ">", "><" + radical[1] + ">");
            }
            return edited;
        });
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(named)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("⻬⻬哈尔市⼈⺠政府")
                    .doesNotContain("齐齐哈尔");
        }

        ParseReport report = read("通知.pdf", named);

        assertThat(PlanOutline.of(report.document())).isEqualTo(PlanOutline.of(text.document()));
    }

    /**
     * A PDF whose text is drawn twice a hair apart — bold made so for a font without a bold face, as printer drivers
     * and some word processors do, or a shadow — reads as its text once (it read 二二、、实实施施).
     */
    @Test
    void aPdfDrawingItsTextTwiceAHairApart_readsItOnce() throws java.io.IOException {
        editedNoticeReadsAsTheSample("加粗的通知.pdf", (document, page) -> {
            byte[] content;
            try (java.io.InputStream in = page.getContents()) {
                content = in.readAllBytes();
            }
            ByteArrayOutputStream drawn = new ByteArrayOutputStream();
            drawn.write("q\n".getBytes(StandardCharsets.US_ASCII));
            drawn.write(content);
            drawn.write("\nQ\nq 1 0 0 1 0.35 0.1 cm\n".getBytes(StandardCharsets.US_ASCII));
            drawn.write(content);
            drawn.write("\nQ\n".getBytes(StandardCharsets.US_ASCII));
            page.setContents(new org.apache.pdfbox.pdmodel.common.PDStream(document,
                    new java.io.ByteArrayInputStream(drawn.toByteArray())));
        });
    }

    /**
     * A PDF with a watermark across each page (a site's address or 仅供参考 at 45°, as offices' websites stamp what
     * they publish): its glyphs, grouped by baseline, fell into every line — the title read "NC.", 41 tasks. They are
     * no text of the plan; the plan reads as without them.
     */
    @Test
    void aPdfWatermarkedAcrossItsPages_readsAsWithoutTheWatermark() throws java.io.IOException {
        var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
        editedNoticeReadsAsTheSample("网站下载的通知.pdf", (document, page) -> {
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page,
                    org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode.APPEND, true, true)) {
                content.setNonStrokingColor(0.85f);
                for (float degrees : new float[] {45, 30}) {
                    double radians = Math.toRadians(degrees);
                    content.beginText();
                    content.setFont(font, 40);
                    content.setTextMatrix(new org.apache.pdfbox.util.Matrix((float) Math.cos(radians),
                            (float) Math.sin(radians), (float) -Math.sin(radians), (float) Math.cos(radians),
                            120, 150 + degrees * 4));
                    content.showText("WWW.QQHR.GOV.CN 2022-05-01");
                    content.endText();
                }
            }
        });
    }

    /**
     * The same with a watermark laid along the text (Word's 水印 set 水平, half see-through): its letters fell into the
     * lines around the page's middle. See-through text is no text of the plan.
     */
    @Test
    void aPdfWatermarkedAlongItsText_seeThrough_readsAsWithoutTheWatermark() throws java.io.IOException {
        var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
        editedNoticeReadsAsTheSample("水印.pdf", (document, page) -> {
            var seeThrough = new org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState();
            seeThrough.setNonStrokingAlphaConstant(0.5f);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page,
                    org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode.APPEND, true, true)) {
                content.setGraphicsStateParameters(seeThrough);
                content.setNonStrokingColor(0.6f);
                for (int line = 0; line < 3; line++) {
                    content.beginText();
                    content.setFont(font, 36);
                    content.newLineAtOffset(90, 300 + line * 120);
                    content.showText("INTERNAL COPY 2022");
                    content.endText();
                }
            }
        });
    }

    /**
     * An OFD with watermarks in its pages' content (a text object turned 45° by its CTM, one see-through by its Alpha,
     * as OFD converters stamp them): no text of the plan, which reads as without them.
     */
    @Test
    void anOfdWatermarkedAslantAndSeeThrough_readsAsWithoutTheWatermarks() throws java.io.IOException {
        ParseReport text = read("sample.txt", sample());
        byte[] ofd = Containers.notice(text, OutputFormat.OFD);
        String stamps = "<ofd:TextObject ID=\"90001\" Boundary=\"0 0 210 297\" Font=\"4\" Size=\"14\" "
                + "CTM=\"0.7071 0.7071 -0.7071 0.7071 40 60\"><ofd:TextCode X=\"0\" Y=\"0\" DeltaX=\"g 24 7\">"
                + "仅供参考WWW.QQHR.GOV.CN</ofd:TextCode></ofd:TextObject>"
                + "<ofd:TextObject ID=\"90002\" Boundary=\"0 0 210 297\" Font=\"4\" Size=\"14\" Alpha=\"90\">"
                + "<ofd:TextCode X=\"30\" Y=\"150\" DeltaX=\"g 11 14\">内部资料注意保存仅供参考</ofd:TextCode>"
                + "</ofd:TextObject>";
        ByteArrayOutputStream stamped = new ByteArrayOutputStream();
        int pages = 0;
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(ofd));
             var out = new java.util.zip.ZipOutputStream(stamped)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().endsWith("/Content.xml")) {
                    String content = new String(bytes, StandardCharsets.UTF_8);
                    bytes = content.replace("</ofd:Layer>", stamps + "</ofd:Layer>").getBytes(StandardCharsets.UTF_8);
                    pages++;
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        assertThat(pages).isPositive();

        ParseReport report = read("水印.ofd", stamped.toByteArray());

        assertThat(PlanOutline.of(report.document())).isEqualTo(PlanOutline.of(text.document()));
    }

    /**
     * A PDF its office protected against copying and changes (an owner's password, none to open it, as plans are often
     * published) opens in every reader and was refused as damaged or encrypted: it reads as the sample. One that asks
     * for a password to be opened is refused saying so, and what to do.
     */
    @Test
    void aPdfProtectedAgainstCopying_reads_andOneLockedByAPassword_isRefusedSayingSo() throws java.io.IOException {
        ParseReport text = read("sample.txt", sample());
        byte[] pdf = Containers.notice(text, OutputFormat.PDF);

        ParseReport report = read("禁止复制.pdf", protect(pdf, ""));
        assertThatThrownBy(() -> read("加密.pdf", protect(pdf, "123456"))).isInstanceOf(PlanParseException.class)
                .hasMessageContaining("设有打开密码").hasMessageContaining("另存为不加密的 PDF");

        assertThat(PlanOutline.of(report.document())).isEqualTo(PlanOutline.of(text.document()));
    }

    /** The PDF encrypted with an owner's password forbidding copying and changes, and this password to open it. */
    private static byte[] protect(byte[] pdf, String toOpen) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var permissions = new org.apache.pdfbox.pdmodel.encryption.AccessPermission();
            permissions.setCanExtractContent(false);
            permissions.setCanModify(false);
            var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("发文单位", toOpen,
                    permissions);
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            byte[] protectedPdf = out.toByteArray();
            try (var reopened = org.apache.pdfbox.Loader.loadPDF(protectedPdf, toOpen)) {
                assertThat(reopened.isEncrypted()).isTrue();
                assertThat(reopened.getCurrentAccessPermission().canExtractContent()).isFalse();
            }
            return protectedPdf;
        }
    }

    /**
     * A PDF printed from a Word file with a 页眉 and 页脚 (the plan's title above each page's text, the office's name
     * below it, small): they fell into the paragraphs they stood between, tasks went on into the office's
     * name and the title. They are left out; the plan reads as without them.
     */
    @Test
    void aPdfWithARunningHeadAndFootOnItsPages_readsAsWithoutThem() throws java.io.IOException {
        ParseReport text = read("sample.txt", sample());
        byte[] pdf = Containers.notice(text, OutputFormat.PDF);
        byte[] running = eachPage(pdf, (document, page) -> {
            // drawn in the page's own body font, its glyphs found by the characters they are
            org.apache.pdfbox.pdmodel.PDResources resources = page.getResources();
            org.apache.pdfbox.cos.COSName fontName = null;
            java.util.Map<Character, Integer> codes = new java.util.HashMap<>();
            for (org.apache.pdfbox.cos.COSName name : resources.getFontNames()) {
                var font = resources.getFont(name);
                java.util.Map<Character, Integer> found = new java.util.HashMap<>();
                for (int code = 0; code < 0x4000; code++) {
                    String unicode = font.toUnicode(code);
                    if (unicode != null && unicode.length() == 1) {
                        found.putIfAbsent(unicode.charAt(0), code);
                    }
                }
                if (found.size() > codes.size()) {
                    codes = found;
                    fontName = name;
                }
            }
            String drawn = "q 0 g BT /" + fontName.getName() + " 10 Tf 1 0 0 1 200 800 Tm <"
                    + hex("齐齐哈尔市全民科学素质行动规划纲要实施方案", codes) + "> Tj 1 0 0 1 380 45 Tm <"
                    + hex("齐齐哈尔市科学技术协会印发", codes) + "> Tj ET Q\n";
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page,
                    org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode.APPEND, false)) {
                content.appendRawCommands(drawn);
            }
        });
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(running)) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(5);
            stripper.setEndPage(5);
            assertThat(stripper.getText(document)).contains("齐齐哈尔市科学技术协会印发")
                    .contains("齐齐哈尔市全民科学素质行动规划纲要实施方案");
        }

        ParseReport report = read("页眉页脚.pdf", running);

        assertThat(PlanOutline.of(report.document())).isEqualTo(PlanOutline.of(text.document()));
    }

    /** The sample's notice as a PDF, each page edited so, reads as the sample's text. */
    private static void editedNoticeReadsAsTheSample(String name, PageEdit edit) throws java.io.IOException {
        ParseReport text = read("sample.txt", sample());
        byte[] edited = eachPage(Containers.notice(text, OutputFormat.PDF), edit);

        ParseReport report = read(name, edited);

        assertThat(PlanOutline.of(report.document())).isEqualTo(PlanOutline.of(text.document()));
    }

    /** What is done to a page of a PDF. */
    private interface PageEdit {
        void edit(org.apache.pdfbox.pdmodel.PDDocument document, org.apache.pdfbox.pdmodel.PDPage page)
                throws java.io.IOException;
    }

    /** The PDF with each of its pages edited so. */
    private static byte[] eachPage(byte[] pdf, PageEdit edit) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
                edit.edit(document, page);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A text as the 2-byte codes of a composite font's glyphs, in hexadecimal. */
    private static String hex(String text, java.util.Map<Character, Integer> codes) {
        StringBuilder hex = new StringBuilder();
        for (char c : text.toCharArray()) {
            assertThat(codes).as("a glyph for %s", c).containsKey(c);
            hex.append(String.format("%04x", codes.get(c)));
        }
        return hex.toString();
    }

    /**
     * A PDF whose headings' font alone does not say its characters (1% of its glyphs): read without them — the
     * sections lost — the review says some text could not be read and how much, where it said nothing.
     */
    @Test
    void aPdfWithOneFontThatDoesNotSayItsCharacters_isRead_andTheReviewSaysTextIsMissing() throws java.io.IOException {
        byte[] pdf = Containers.notice(read("sample.txt", sample()), OutputFormat.PDF);
        byte[] headingsUnmapped = eachPage(pdf, (document, page) -> {
            for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                var font = page.getResources().getFont(name);
                if (font.getName().contains("Hei")) {
                    font.getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.TO_UNICODE);
                }
            }
        });

        ParseReport report = read("通知.pdf", headingsUnmapped);

        assertThat(report.warnings()).filteredOn(w -> w.message().key().equals("parse.warning.pdfUnreadGlyphs"))
                .singleElement().satisfies(w -> assertThat(w.message().text()).contains("约 1% 的字"));
        assertThat(read("通知.pdf", pdf).warnings()).noneMatch(
                w -> w.message().key().equals("parse.warning.pdfUnreadGlyphs"));
    }

    /** The PDF with each composite font's ToUnicode map edited so (its text given, or null), or removed (null). */
    private static byte[] withToUnicode(byte[] pdf, java.util.function.UnaryOperator<String> edit)
            throws java.io.IOException {
        int[] fonts = {0};
        byte[] edited = eachPage(pdf, (document, page) -> {
            for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                org.apache.pdfbox.cos.COSDictionary font = page.getResources().getFont(name).getCOSObject();
                if (!org.apache.pdfbox.cos.COSName.TYPE0.equals(font.getCOSName(
                        org.apache.pdfbox.cos.COSName.SUBTYPE))) {
                    continue;
                }
                fonts[0]++;
                var was = font.getDictionaryObject(org.apache.pdfbox.cos.COSName.TO_UNICODE);
                String cmap = edit.apply(was instanceof org.apache.pdfbox.cos.COSStream stream
                        ? new String(stream.createInputStream().readAllBytes(), StandardCharsets.ISO_8859_1) : null);
                if (cmap == null) {
                    font.removeItem(org.apache.pdfbox.cos.COSName.TO_UNICODE);
                } else {
                    org.apache.pdfbox.cos.COSStream stream = document.getDocument().createCOSStream();
                    try (java.io.OutputStream written = stream.createOutputStream()) {
                        written.write(cmap.getBytes(StandardCharsets.ISO_8859_1));
                    }
                    font.setItem(org.apache.pdfbox.cos.COSName.TO_UNICODE, stream);
                }
            }
        });
        assertThat(fonts[0]).isPositive();
        return edited;
    }

    /** The outline below the header: sections, items, tasks, their units and indicators. */
    private static List<String> plan(ParseReport report) {
        return PlanOutline.of(report.document()).lines()
                .filter(line -> line.startsWith("section") || line.startsWith(" ")).toList();
    }
}
