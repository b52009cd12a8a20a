package org.kesudesk.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Role;
import org.kesudesk.model.Unit;
import org.kesudesk.parse.PlanDocumentReader;

/**
 * Renders the sample plan's documents and reads them back: PDFBox for the PDFs (text, page size, margins, fonts,
 * colours, page numbers); the Word files in WordDocumentsTest. A PNG of each document's first page goes to target/documents.
 */
class DocumentRenderingTest {

    private static final float MM = 72f / 25.4f;
    private static PlanDocument plan;
    private static final DocumentRenderer RENDERER = new DocumentRenderer();

    @TempDir
    Path folder;

    @BeforeAll
    static void readTheSample() throws IOException {
        try (InputStream in = DocumentRenderingTest.class.getResourceAsStream(
                "/org/kesudesk/samples/qiqihar-2022-16.txt")) {
            plan = new PlanDocumentReader().read("qiqihar-2022-16.txt", in.readAllBytes(), Optional.empty(),
                    List.of()).document();
        }
    }

    @Test
    void theNoticePdf_holdsEveryTaskAndUnitInOrder_onA4WithTheStandardMargins_andEmbeddedFonts() throws IOException {
        Path pdf = render(DocumentKind.NOTICE, OutputFormat.PDF, Optional.empty());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(5);
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(210 * MM, org.assertj.core.data.Offset.offset(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(297 * MM, org.assertj.core.data.Offset.offset(1f));
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            // without the page numbers, which fall between the halves of a paragraph split over two pages
            String text = squeeze(new PDFTextStripper().getText(document).replaceAll("—\\s*\\d+\\s*—", ""));
            assertInOrder(text, expectedSequence(plan));
            NoticeHeader header = NoticeHeader.of(plan.plan());
            assertThat(text).contains(squeeze(header.docNumber())).contains(squeeze(header.addressees()))
                    .contains(squeeze(header.signature() + header.date())).contains("抄送：");

            // 版心 from where the text is: a body page (the fifth) starts 37 mm from the top, 28 mm from the left
            Box box = textBox(document, 5);
            assertThat(box.left).isCloseTo(28 * MM, org.assertj.core.data.Offset.offset(MM));
            assertThat(box.top).isCloseTo(37 * MM, org.assertj.core.data.Offset.offset(MM));
            assertThat(box.right).isLessThanOrEqualTo((28 + 156) * MM + 1);

            // 22 lines of 28 characters: a full page holds 22 lines on the 29 pt pitch, and none more
            List<Integer> lineCounts = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            for (int page = 2; page < document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                List<String> onPage = stripper.getText(document).lines().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.matches("—\\s*\\d+\\s*—")).toList();
                lineCounts.add(onPage.size());
                lines.addAll(onPage);
            }
            assertThat(lineCounts).allMatch(count -> count <= 22).contains(22);
            // lines of Chinese text only (Latin letters and digits are narrower): the full ones hold 28 characters
            assertThat(lines.stream().filter(line -> line.codePoints().allMatch(c -> c >= 0x2E80))
                    .mapToInt(line -> line.codePointCount(0, line.length())).max().orElse(0)).isEqualTo(28);
        }
        savePng(pdf, "notice");
    }

    @Test
    void theNotice_printsEveryParagraphOfTheDocumentsPlan_inOrder_sectionIntroductionsIncluded() throws IOException {
        // the paragraphs as the source document has them (not as the parser read them): from the plan's first
        // section to the 版记
        List<String> source;
        try (InputStream in = DocumentRenderingTest.class.getResourceAsStream(
                "/org/kesudesk/samples/qiqihar-2022-16.txt")) {
            source = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip).toList();
        }
        int first = source.indexOf(source.stream().filter(line -> line.startsWith("一、")).findFirst().orElseThrow());
        int last = source.indexOf(source.stream().filter(line -> line.startsWith("抄送")).findFirst().orElseThrow());
        // lines as the document wraps them (a paragraph may go on after a page break), page numbers left out;
        // brackets and colons compared in their full-width form, which the documents print
        List<String> paragraphs = source.subList(first, last).stream()
                .filter(line -> !line.isEmpty() && !line.matches("[—\\-－]?\\s*\\d{1,3}\\s*[—\\-－]?"))
                .map(DocumentRenderingTest::fullWidth).toList();
        assertThat(paragraphs).hasSizeGreaterThan(50).anyMatch(p -> p.startsWith("深化科普供给侧改革"));

        Path pdf = render(DocumentKind.NOTICE, OutputFormat.PDF, Optional.empty());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = fullWidth(new PDFTextStripper().getText(document).replaceAll("—\\s*\\d+\\s*—", ""));
            assertInOrder(text, paragraphs);
        }
    }

    @Test
    void theNoticeHasARedMastheadAndRule_andPageNumbersOnTheOuterSide() throws IOException {
        Path pdf = render(DocumentKind.NOTICE, OutputFormat.PDF, Optional.empty());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            BufferedImage first = new PDFRenderer(document).renderImageWithDPI(0, 72);
            // the masthead's top edge 35 mm below the 版心's top (72 mm from the paper's top): red there
            assertThat(redPixels(first, 72 * MM, 72 * MM + 40)).isGreaterThan(500);
            // nothing red above it, and the rule below it is red across the 版心
            assertThat(redPixels(first, 0, 70 * MM)).isZero();
            int ruleRow = PageHead.firstRedRowBelow(first, (int) (72 * MM + 60));
            assertThat(ruleRow).isPositive();
            assertThat(PageHead.redRunLength(first, ruleRow)).isCloseTo((int) (156 * MM),
                    org.assertj.core.data.Offset.offset(4));

            for (int pageNumber = 1; pageNumber <= document.getNumberOfPages(); pageNumber++) {
                List<TextPosition> number = positionsOf(document, pageNumber, "— " + pageNumber + " —");
                assertThat(number).as("page %d number", pageNumber).isNotEmpty();
                float x = number.get(0).getXDirAdj();
                if (pageNumber % 2 == 1) {
                    assertThat(x).as("odd page %d: on the right", pageNumber).isGreaterThan(297.5f);
                } else {
                    assertThat(x).as("even page %d: on the left", pageNumber).isLessThan(150f);
                }
                // below the 版心 (which ends 35 mm above the paper's bottom edge)
                assertThat(number.get(0).getYDirAdj()).isGreaterThan(297 * MM - 35 * MM);
            }
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"齐齐哈尔市全民科学素质工作领导小组办公室文件",
            "乙市科协文件", "齐齐哈尔市人民政府办公室文件", "黑龙江省齐齐哈尔市全民科学素质行动规划纲要实施工作领导小组办公室文件"})
    void aMastheadOfAnyLength_isOneLine_35mmBelowTheTextAreasTop_theDocNumberRuleAndTitleUnderIt(String masthead)
            throws IOException {
        NoticeHeader sample = NoticeHeader.of(plan.plan());
        NoticeHeader header = new NoticeHeader(masthead, sample.docNumber(), sample.title(), sample.addressees(),
                sample.noticeBody(), sample.signature(), sample.date(), sample.annotation(), sample.copiedTo(),
                sample.printedBy(),
                sample.printedDate());
        Path pdf = folder.resolve("masthead.pdf");
        RENDERER.render(DocumentKind.NOTICE, plan, header, Optional.empty()).save(pdf, OutputFormat.PDF);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<TextPosition> letters = positionsOf(document, 1, masthead);
            assertThat(letters).as("the masthead as one line of text").hasSize(masthead.length());
            assertThat(letters.stream().map(TextPosition::getYDirAdj).distinct()).as("one baseline").hasSize(1);
            assertThat(letters.get(0).getXDirAdj()).as("within the 版心").isGreaterThanOrEqualTo(28 * MM - 1);
            TextPosition last = letters.get(letters.size() - 1);
            assertThat(last.getXDirAdj() + last.getWidthDirAdj()).isLessThanOrEqualTo((28 + 156) * MM + 1);
            BufferedImage first = new PDFRenderer(document).renderImageWithDPI(0, 288);
            float scale = 288f / 72f;
            int top = 0;
            while (top < first.getHeight() && PageHead.redRunLength(first, top) == 0) {
                top++;
            }
            assertThat(top / scale / MM).as("its top edge, mm from the paper's top").isCloseTo(72f,
                    org.assertj.core.data.Offset.offset(0.5f));
            // below it, whatever its size: the 发文字号 空二行 (two 29 pt lines, and the top of its characters' own
            // face), the rule 4 mm under that, the title 空二行 under the rule
            PageHead head = PageHead.of(first, scale);
            assertThat(head.docNumberTop() - head.mastheadBottom()).as("标志 to 发文字号, pt").isBetween(58f, 64f);
            assertThat((head.rule() - head.docNumberBottom()) / MM).as("发文字号 to the rule, mm").isCloseTo(4f,
                    org.assertj.core.data.Offset.offset(1f));
            assertThat(head.titleTop() - head.rule()).as("the rule to the title, pt").isBetween(58f, 70f);
        }
        // a 发文字号 left for the 文秘 to write in: its line kept, the rule and the title where they were
        NoticeHeader unnumbered = new NoticeHeader(masthead, "", sample.title(), sample.addressees(),
                sample.noticeBody(), sample.signature(), sample.date(), sample.annotation(), sample.copiedTo(),
                sample.printedBy(),
                sample.printedDate());
        Path blank = folder.resolve("unnumbered.pdf");
        RENDERER.render(DocumentKind.NOTICE, plan, unnumbered, Optional.empty()).save(blank, OutputFormat.PDF);
        try (PDDocument numbered = Loader.loadPDF(pdf.toFile()); PDDocument document = Loader.loadPDF(blank.toFile())) {
            float scale = 288f / 72f;
            PageHead with = PageHead.of(new PDFRenderer(numbered).renderImageWithDPI(0, 288), scale);
            PageHead without = PageHead.of(new PDFRenderer(document).renderImageWithDPI(0, 288), scale);
            assertThat(without.docNumberTop()).as("no 发文字号 printed").isEqualTo(without.titleTop());
            assertThat(without.rule()).isCloseTo(with.rule(), org.assertj.core.data.Offset.offset(0.5f));
            assertThat(without.titleTop()).isCloseTo(with.titleTop(), org.assertj.core.data.Offset.offset(0.5f));
        }
    }


    @Test
    void aSpreadLine_sharesItsSpaceBetweenCharacters_neverInsideANumber() throws IOException {
        Path pdf = render(DocumentKind.NOTICE, OutputFormat.PDF, Optional.empty());
        List<String> spreadNumbers = new ArrayList<>();
        int digitPairs = 0;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<TextPosition> all = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    all.addAll(positions);
                }
            };
            stripper.getText(document);
            for (int i = 1; i < all.size(); i++) {
                TextPosition before = all.get(i - 1);
                TextPosition after = all.get(i);
                boolean digits = before.getUnicode().matches("[0-9.%]") && after.getUnicode().matches("[0-9.%]");
                if (digits && Math.abs(before.getYDirAdj() - after.getYDirAdj()) < 0.5f) {
                    digitPairs++;
                    float gap = after.getXDirAdj() - before.getXDirAdj() - before.getWidthDirAdj();
                    if (Math.abs(gap) > 0.3f) {
                        spreadNumbers.add(before.getUnicode() + after.getUnicode() + " " + gap);
                    }
                }
            }
        }
        assertThat(digitPairs).as("the sample's numbers (2021, 12.5 …)").isGreaterThan(20);
        assertThat(spreadNumbers).as("digits set apart inside a number").isEmpty();
    }

    @Test
    void theDivisionTableAsTheNoticesAttachment_followsThePlan_numberedOn_withTheColophonAtTheEnd() throws IOException {
        int noticePages = RENDERER.render(DocumentKind.NOTICE, plan, NoticeHeader.of(plan.plan()), Optional.empty())
                .pageCount();
        int divisionPages = RENDERER.render(DocumentKind.DIVISION, plan, NoticeHeader.of(plan.plan()),
                Optional.empty()).pageCount();
        Path pdf = folder.resolve("notice-with-division.pdf");
        RENDERER.render(DocumentKind.NOTICE, plan, NoticeHeader.of(plan.plan()), Optional.empty(), true)
                .save(pdf, OutputFormat.PDF);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int pages = document.getNumberOfPages();
            // the notice with its 附件说明 (two lines more) may take a page more than without
            int attachmentPage = 0;
            for (int page = 1; page <= pages && attachmentPage == 0; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                attachmentPage = squeeze(stripper.getText(document)).startsWith("附件") ? page : 0;
            }
            assertThat(attachmentPage - 1).isBetween(noticePages, noticePages + 1);
            // the 版记 on an even page: one page more, the 版记's alone, after an odd last page (ColophonPage)
            int attached = attachmentPage - 1 + divisionPages;
            assertThat(pages).isEqualTo(attached + attached % 2);
            noticePages = attachmentPage - 1;
            String all = squeeze(new PDFTextStripper().getText(document));
            // 附件说明 below the notice's text, before the 署名
            assertThat(all.indexOf("附件：任务分工表")).isPositive()
                    .isLessThan(all.indexOf(squeeze(NoticeHeader.of(plan.plan()).signature()
                            + NoticeHeader.of(plan.plan()).date())));
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = squeeze(stripper.getText(document));
                assertThat(text).as("page %d", page).contains("—" + page + "—");
                // the 版记 only on the very last page, after the attachment
                assertThat(text.contains("抄送：")).as("page %d", page).isEqualTo(page == pages);
                if (page == noticePages + 1) {
                    assertThat(text).startsWith("附件").contains("序号重点任务牵头单位责任单位");
                }
            }
            // the 版记 on the attachment's last page is on the notice's 29 pt grid too
            List<Float> colophon = RenderedPdf.baselines(document, pages,
                            // 4号 text at the left, not the page number's dashes and digits
                            glyph -> Math.abs(glyph.getFontSizeInPt() - 14) < 0.5f && glyph.getXDirAdj() < 150
                                    && !glyph.getUnicode().matches("[—\\d\\s]")).stream()
                    .map(line -> line.get(0).getYDirAdj()).toList();
            assertThat(colophon).hasSizeGreaterThanOrEqualTo(3);
            for (int i = 1; i < colophon.size(); i++) {
                assertThat(colophon.get(i) - colophon.get(i - 1)).isCloseTo(29f, org.assertj.core.data.Offset.offset(0.6f));
            }
        }
    }

    @Test
    void theDivisionTable_repeatsItsHeader_andKeepsEachTaskOnOnePage() throws IOException {
        Path pdf = render(DocumentKind.DIVISION, OutputFormat.PDF, Optional.empty());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = squeeze(stripper.getText(document));
                assertThat(text).as("page %d", page).contains("序号重点任务牵头单位责任单位");
                pages.add(text);
            }
            assertInOrder(String.join("", pages), expectedSequence(plan));
            // a row is never cut in half: every task's number, title and units are on one page
            for (PlanNode item : plan.items()) {
                for (PlanNode task : item.children()) {
                    String row = squeeze(task.title());
                    assertThat(pages).as(task.title()).anyMatch(page -> page.contains(row));
                }
            }
        }
        savePng(pdf, "division");
    }

    @Test
    void aUnitList_namesWhatTheUnitLeadsAndCarriesOut_andAnUnknownUnitIsExplained() throws IOException {
        Path pdf = render(DocumentKind.UNIT_LIST, OutputFormat.PDF, Optional.of("市体育局"));
        List<String> expected = new ArrayList<>();
        for (PlanNode item : plan.items()) {
            if (item.unitsIn(Role.LEAD).stream().anyMatch(u -> u.name().equals("市体育局"))) {
                expected.add(item.title());
            }
        }
        for (PlanNode item : plan.items()) {
            for (PlanNode task : item.children()) {
                if (task.unitsIn(Role.RESPONSIBLE).stream().anyMatch(u -> u.name().equals("市体育局"))) {
                    expected.add(task.title());
                }
            }
        }
        assertThat(expected).isNotEmpty();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = squeeze(new PDFTextStripper().getText(document));
            assertThat(text).startsWith("市体育局责任清单");
            assertInOrder(text, expected.stream().map(DocumentRenderingTest::squeeze).toList());
        }
        savePng(pdf, "unit-list");

        assertThatThrownBy(() -> RENDERER.render(DocumentKind.UNIT_LIST, plan, NoticeHeader.of(plan.plan()),
                Optional.of("市不存在局")))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).userMessage()).asString().contains("市不存在局");
    }

    @Test
    void anItemWrittenWithARunInHeading_isPrintedAsThatOneParagraph_itsHeadingOnceAndInKaiti() throws IOException {
        PlanDocument runIn;
        try (InputStream in = DocumentRenderingTest.class.getResourceAsStream("/plans/unseen/xinshi-city.txt")) {
            runIn = new PlanDocumentReader().read("xinshi-city.txt", in.readAllBytes(), Optional.empty(), List.of())
                    .document();
        }
        PlanNode youth = runIn.items().get(0);
        assertThat(youth.text()).startsWith(youth.title() + "。");
        RenderedDocument notice = RENDERER.render(DocumentKind.NOTICE, runIn, NoticeHeader.of(runIn.plan()),
                Optional.empty());
        Path pdf = folder.resolve("run-in.pdf");
        notice.save(pdf, OutputFormat.PDF);
        StringBuilder fonts = new StringBuilder();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = squeeze(new PDFTextStripper().getText(document));
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition glyph) {
                    String name = glyph.getFont().getName();
                    fonts.append(glyph.getUnicode()).append(name.contains("Kai") ? 'K' : name.contains("Fang") ? 'F'
                            : '?');
                }
            };
            stripper.getText(document);
        }
        // the heading once, as the document wrote it: in the paragraph it starts, the action's units closing it
        assertThat(text.split("青少年科学素质提升行动", -1)).hasSize(2);
        assertThat(text).contains("（一）青少年科学素质提升行动。激发青少年好奇心和想象力")
                .contains("创新意识和创新能力。（牵头单位：市教育局、市科协）1.将科学精神融入课堂教学");
        assertThat(fonts.toString()).contains("（K一K）K青K少K年K科K学K素K质K提K升K行K动K。K激F发F");

        Path docx = folder.resolve("run-in.docx");
        notice.save(docx, OutputFormat.DOCX);
        try (var word = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx))) {
            List<org.apache.poi.xwpf.usermodel.XWPFParagraph> paragraphs = word.getParagraphs().stream()
                    .filter(p -> p.getText().contains("青少年科学素质提升行动")).toList();
            assertThat(paragraphs).singleElement().satisfies(p -> {
                assertThat(p.getText()).startsWith("（一）青少年科学素质提升行动。激发").endsWith("（牵头单位：市教育局、市科协）");
                assertThat(p.getRuns().get(0).getText(0)).isEqualTo("（一）青少年科学素质提升行动。");
                assertThat(p.getRuns().get(0).getCTR().getRPr().getRFontsArray(0).getEastAsia())
                        .isEqualTo(WordDocuments.KAITI);
            });
        }
    }

    /**
     * A plan passed on without its notice (the plan's own text only): printed as it was, its title on page 1 — no
     * empty page with a red rule before it, no empty 版记 after it; in every format.
     */
    @Test
    void aPlanReadWithoutItsNotice_isPrintedAlone_withoutAnEmptyHeadOrColophon() throws IOException {
        PlanDocument alone;
        try (InputStream in = DocumentRenderingTest.class.getResourceAsStream("/plans/unseen/jixian-county.txt")) {
            alone = new PlanDocumentReader().read("jixian-county.txt", in.readAllBytes(), Optional.empty(), List.of())
                    .document();
        }
        NoticeHeader header = NoticeHeader.of(alone.plan());
        assertThat(header.hasNotice()).isFalse();
        RenderedDocument notice = RENDERER.render(DocumentKind.NOTICE, alone, header, Optional.empty());
        Path pdf = folder.resolve("alone.pdf");
        notice.save(pdf, OutputFormat.PDF);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper first = new PDFTextStripper();
            first.setEndPage(1);
            assertThat(squeeze(first.getText(document))).startsWith(alone.plan().planTitle());
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 72);
                assertThat(redPixels(image, 0, image.getHeight())).as("red on page " + (page + 1)).isZero();
            }
            // the last page ends with the text: no rules of a 版记 in black either (the plan's last words are low)
            BufferedImage last = renderer.renderImageWithDPI(document.getNumberOfPages() - 1, 72);
            int lowestInk = 0;
            for (int y = 0; y < last.getHeight() - 40 * MM; y++) {
                for (int x = 0; x < last.getWidth(); x++) {
                    if ((last.getRGB(x, y) & 0xFF) < 128) {
                        lowestInk = y;
                    }
                }
            }
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(document.getNumberOfPages());
            assertThat(lowestInk).isLessThan((int) (last.getHeight() - 80 * MM));
            assertThat(lastPage.getText(document)).doesNotContain("印发");
        }
        Path docx = folder.resolve("alone.docx");
        notice.save(docx, OutputFormat.DOCX);
        try (var word = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx))) {
            assertThat(word.getParagraphs().get(0).getText().replaceAll("\\s", ""))
                    .isEqualTo(alone.plan().planTitle());
            assertThat(word.getTables()).isEmpty();
        }
    }

    @Test
    void aFailedSave_leavesNoFileBehind() throws IOException {
        RenderedDocument document = RENDERER.render(DocumentKind.DIVISION, plan, NoticeHeader.of(plan.plan()),
                Optional.empty());
        Path blocker = Files.writeString(folder.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> document.save(blocker.resolve("division.pdf"), OutputFormat.PDF))
                .isInstanceOf(UserFacingException.class);
        assertThat(Files.readString(blocker)).isEqualTo("x");
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("not-a-folder");
        }
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private Path render(DocumentKind kind, OutputFormat format, Optional<String> unit) {
        Path file = folder.resolve(kind.templateName() + "." + format.extension());
        RENDERER.render(kind, plan, NoticeHeader.of(plan.plan()), unit).save(file, format);
        return file;
    }

    /** Every task title and unit name of the plan, in the order the document must print them. */
    private static List<String> expectedSequence(PlanDocument plan) {
        List<String> sequence = new ArrayList<>();
        for (PlanNode item : plan.items()) {
            sequence.add(squeeze(item.title()));
            item.unitsIn(Role.LEAD).forEach(u -> sequence.add(u.name()));
            for (PlanNode task : item.children()) {
                sequence.add(squeeze(task.title()));
                task.unitsIn(Role.RESPONSIBLE).stream().map(Unit::name).forEach(sequence::add);
            }
        }
        return sequence;
    }

    private static void assertInOrder(String text, List<String> sequence) {
        int at = 0;
        for (String expected : sequence) {
            int found = text.indexOf(expected, at);
            assertThat(found).as("“%s” after position %d", expected, at).isNotNegative();
            at = found + expected.length();
        }
    }

    private static String fullWidth(String text) {
        return squeeze(text).replace('(', '（').replace(')', '）').replace(':', '：');
    }

    /** Text without white space, so that lines wrapped in the PDF compare with the plan's text. */
    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    private record Box(float left, float top, float right) {
    }

    private static Box textBox(PDDocument document, int page) throws IOException {
        float[] box = {Float.MAX_VALUE, Float.MAX_VALUE, 0};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    if (p.getUnicode().isBlank() || p.getUnicode().equals("—") || Character.isDigit(p.getUnicode().charAt(0))
                            && p.getYDirAdj() > 297 * MM - 35 * MM) {
                        continue;
                    }
                    box[0] = Math.min(box[0], p.getXDirAdj());
                    // the top of the character's em box: its baseline less the font's ascent
                    float ascent = p.getFont().getFontDescriptor().getAscent() / 1000f * p.getFontSizeInPt();
                    box[1] = Math.min(box[1], p.getYDirAdj() - ascent);
                    box[2] = Math.max(box[2], p.getXDirAdj() + p.getWidthDirAdj());
                }
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return new Box(box[0], box[1], box[2]);
    }

    private static List<TextPosition> positionsOf(PDDocument document, int page, String wanted) throws IOException {
        List<TextPosition> found = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (text.strip().equals(wanted)) {
                    found.addAll(positions);
                }
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return found;
    }

    private static int redPixels(BufferedImage image, float fromY, float toY) {
        int count = 0;
        for (int y = Math.max(0, (int) fromY); y < Math.min(image.getHeight(), (int) toY); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (PageHead.isRed(image.getRGB(x, y))) {
                    count++;
                }
            }
        }
        return count;
    }

    /** PNGs of the PDF's pages 1–3 and its last, as PDFBox draws them, for a person to look at. */
    private static void savePng(Path pdf, String name) throws IOException {
        Path folder = Path.of("target", "documents");
        Files.createDirectories(folder);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            java.util.SortedSet<Integer> pages = new java.util.TreeSet<>(List.of(0, 1, 2, document.getNumberOfPages() - 1));
            for (int page : pages.headSet(document.getNumberOfPages())) {
                ImageIO.write(renderer.renderImageWithDPI(page, 110), "png",
                        folder.resolve(name + "-page" + (page + 1) + ".png").toFile());
            }
        }
    }
}
