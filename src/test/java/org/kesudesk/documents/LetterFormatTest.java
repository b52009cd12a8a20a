package org.kesudesk.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.Plan;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.parse.PlanDocumentReader;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/**
 * A plan issued by a 函 printed in GB/T 9704's 信函格式 (10.1), measured on the rendered page: the 标志 (the issuer's
 * name alone) 30 mm from the paper's top, a red double line thick above and thin below 4 mm under it and one thin
 * above and thick below 20 mm above the paper's bottom, both 170 mm and centred; the 文号 顶格 at the right 7/8 of a
 * 3号 character under the line, the title 空二行 below it; no page number on page 1; a 版记 of 抄送 alone.
 */
class LetterFormatTest {

    private static final float MM = 72f / 25.4f;
    private static final float SCALE = 288f / 72f;
    private static final String NUMBER = "齐政办函〔2022〕16号";
    private static PlanDocument sample;
    private static PlanDocument letter;
    private static NoticeHeader header;

    @TempDir
    Path folder;

    @BeforeAll
    static void theSampleIssuedByALetter() throws IOException {
        sample = RenderedPdf.sample();
        letter = new PlanDocument(sample.plan().withNotice(sample.plan().notice().withNumberAndDate(NUMBER,
                sample.plan().issueDate())), sample.goalIndicators(), sample.sections());
        header = NoticeHeader.of(letter.plan());
    }

    @Test
    void theHeader_isALetters_itsMastheadTheIssuerAlone() {
        assertThat(header.isLetter()).isTrue();
        assertThat(header.masthead()).isEqualTo(letter.plan().issuer());
        assertThat(NoticeHeader.of(sample.plan()).isLetter()).as("the sample, a 文件")
                .isFalse();
    }

    @Test
    void theFirstPage_hasTheMastheadBetweenRedDoubleLines_theNumberAtTheRight_theTitleTwoLinesBelow()
            throws IOException {
        Path pdf = rendered("letter.pdf", OutputFormat.PDF);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            BufferedImage first = new PDFRenderer(document).renderImageWithDPI(0, 288);
            List<float[]> red = bands(first, y -> PageHead.redRunLength(first, y) > 0);
            List<float[]> rules = bands(first, y -> PageHead.redRunLength(first, y) > first.getWidth() / 2);
            float[] masthead = red.get(0);
            assertThat(masthead[0] / MM).as("the 标志's top, mm from the paper's top").isCloseTo(30f, offset(0.5f));
            assertThat(rules).as("two double lines").hasSize(4);
            float[] upperThick = rules.get(0);
            float[] upperThin = rules.get(1);
            float[] lowerThin = rules.get(2);
            float[] lowerThick = rules.get(3);
            assertThat((upperThick[0] - masthead[1]) / MM).as("标志 to the line, mm").isCloseTo(4f, offset(0.6f));
            assertThat(height(upperThick)).as("thick above thin").isGreaterThan(height(upperThin) + 0.5f);
            assertThat(height(lowerThick)).as("thin above thick").isGreaterThan(height(lowerThin) + 0.5f);
            assertThat(upperThin[0] - upperThick[1]).as("apart").isBetween(0.5f, 2f);
            assertThat((842 - lowerThick[1]) / MM).as("the lower line, mm from the paper's bottom")
                    .isCloseTo(20f, offset(0.5f));
            for (float[] rule : rules) {
                int y = Math.round((rule[0] + rule[1]) / 2 * SCALE);
                assertThat(PageHead.redRunLength(first, y) / SCALE / MM).as("170 mm").isCloseTo(170f, offset(1f));
                int x = 0;
                while (!PageHead.isRed(first.getRGB(x, y))) {
                    x++;
                }
                assertThat(x / SCALE / MM).as("centred on the paper").isCloseTo(20f, offset(0.6f));
            }

            List<List<TextPosition>> lines = RenderedPdf.baselines(document, 1, glyph -> true);
            assertThat(lines.stream().map(RenderedPdf::text)).as("the 标志 without 文件")
                    .contains(letter.plan().issuer()).doesNotContain(letter.plan().issuer() + "文件");
            List<TextPosition> number = lines.stream().filter(line -> RenderedPdf.text(line).equals(NUMBER))
                    .findFirst().orElseThrow();
            TextPosition last = number.get(number.size() - 1);
            assertThat(last.getXDirAdj() + last.getWidthDirAdj()).as("顶格 at the 版心's right edge")
                    .isCloseTo((28 + 156) * MM, offset(1.5f));
            List<float[]> dark = bands(first, y -> y > upperThin[1] * SCALE && PageHead.darkRunLength(first, y) > 0);
            float[] numberInk = dark.get(0);
            assertThat(numberInk[0] - upperThin[1]).as("the line to the 文号, pt: 7/8 of 16 pt")
                    .isCloseTo(14f, offset(1.5f));
            float[] titleInk = dark.get(1);
            assertThat(titleInk[0] - numberInk[1]).as("the 文号 to the title: 空二行, pt").isBetween(58f, 72f);

            String firstPage = text(document, 1, 1);
            assertThat(firstPage).as("no page number on page 1").doesNotContain("— 1 —");
            assertThat(text(document, 2, 2)).contains("— 2 —");
        }
    }

    @Test
    void theColophon_isTheCopiedToAlone_onTheTextAreasLastLine_withoutRules() throws IOException {
        assertThat(header.copiedTo()).as("the sample has a 抄送").isNotBlank();
        Path pdf = rendered("letter.pdf", OutputFormat.PDF);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int pages = document.getNumberOfPages();
            String last = text(document, pages, pages);
            assertThat(last).contains("抄送").doesNotContain(header.printedDate());
            List<List<TextPosition>> lines = RenderedPdf.baselines(document, pages, glyph -> true);
            int copied = lines.stream().map(RenderedPdf::text).toList().indexOf(lines.stream().map(RenderedPdf::text)
                    .filter(line -> line.startsWith("抄送")).findFirst().orElseThrow());
            // the 抄送's last line (before the page number) on the 版心's last line (it ends 35 mm above the paper's
            // bottom)
            assertThat(RenderedPdf.text(lines.get(lines.size() - 1))).as("the page number last").matches("— \\d+ —");
            assertThat(lines.get(lines.size() - 2).get(0).getYDirAdj()).isBetween((297 - 35) * MM - 29,
                    (297 - 35) * MM);
            assertThat(lines.size() - 2 - copied).as("the 抄送's lines").isBetween(0, 1);
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(pages - 1, 288);
            assertThat(bands(page, y -> PageHead.darkRunLength(page, y) > page.getWidth() / 2)).as("no rules")
                    .isEmpty();
        }
    }

    @Test
    void theWordFile_setsTheMastheadInTheFirstPagesOwnHeader_theLowerLineInItsFooter_withoutANumber()
            throws IOException {
        Path docx = rendered("letter.docx", OutputFormat.DOCX);
        try (XWPFDocument word = new XWPFDocument(Files.newInputStream(docx))) {
            var section = word.getDocument().getBody().getSectPr();
            assertThat(section.isSetTitlePg() && section.getTitlePg().getVal() != null).as("首页不同").isTrue();
            XWPFHeaderFooterPolicy policy = word.getHeaderFooterPolicy();
            XWPFParagraph masthead = policy.getFirstPageHeader().getParagraphs().get(0);
            assertThat(masthead.getText()).isEqualTo(letter.plan().issuer());
            CTBorder upper = masthead.getCTP().getPPr().getPBdr().getBottom();
            assertThat(upper.getVal()).isEqualTo(STBorder.THICK_THIN_SMALL_GAP);
            assertThat(upper.xgetColor().getStringValue()).isEqualToIgnoringCase("E60012");
            // as long as the lines: 7 mm past the 版心 on each side
            assertThat(masthead.getIndentationLeft()).isCloseTo(-397, offset(2));
            assertThat(masthead.getIndentationRight()).isCloseTo(-397, offset(2));

            XWPFParagraph lower = policy.getFirstPageFooter().getParagraphs().get(0);
            assertThat(lower.getCTP().getPPr().getPBdr().getTop().getVal()).isEqualTo(STBorder.THIN_THICK_SMALL_GAP);
            var frame = lower.getCTP().getPPr().getFramePr();
            assertThat(((BigInteger) frame.getY()).intValue() / 20f / MM).as("placed 20 mm above the paper's bottom")
                    .isCloseTo(297 - 20 - 1.5f, offset(0.5f));
            assertThat(policy.getFirstPageFooter()._getHdrFtr().xmlText()).as("no page number on page 1")
                    .doesNotContain("PAGE");
            assertThat(policy.getDefaultFooter()._getHdrFtr().xmlText()).as("numbers on the others")
                    .contains("PAGE");

            XWPFParagraph number = word.getParagraphs().get(0);
            assertThat(number.getText()).isEqualTo(NUMBER);
            assertThat(number.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(word.getParagraphs().stream().map(XWPFParagraph::getText))
                    .noneMatch(text -> text.contains(header.printedDate()));
            XWPFTable colophon = word.getTables().get(word.getTables().size() - 1);
            assertThat(colophon.getText()).startsWith("抄送").doesNotContain(header.printedDate());
            var borders = colophon.getCTTbl().getTblPr().getTblBorders();
            assertThat(List.of(borders.getTop(), borders.getBottom(), borders.getInsideH()))
                    .allSatisfy(border -> assertThat(border.getVal()).isEqualTo(STBorder.NONE));
        }
        // read back as the plan it was made from: a 函 again
        Plan back = new PlanDocumentReader().read(docx, Optional.empty(), List.of()).document().plan();
        assertThat(back.docNumber()).isEqualTo(NUMBER);
        assertThat(back.issuer()).isEqualTo(letter.plan().issuer());
        assertThat(back.title()).isEqualTo(letter.plan().title());
        assertThat(back.notice().isLetter()).isTrue();
    }

    @Test
    void theOfdFile_drawsTheDoubleLinesOnTheFirstPageAlone() throws IOException {
        Path ofd = rendered("letter.ofd", OutputFormat.OFD);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(ofd.toFile())) {
            String first = new String(zip.getInputStream(zip.getEntry("Doc_0/Pages/Page_0/Content.xml"))
                    .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            String second = new String(zip.getInputStream(zip.getEntry("Doc_0/Pages/Page_1/Content.xml"))
                    .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(first.split("<ofd:PathObject", -1)).as("two double lines: four strokes").hasSize(5);
            assertThat(second).doesNotContain("<ofd:PathObject");
        }
    }

    /** The letter's notice saved in the folder in that format. */
    private Path rendered(String name, OutputFormat format) {
        Path file = folder.resolve(name);
        new DocumentRenderer().render(DocumentKind.NOTICE, letter, header, Optional.empty()).save(file, format);
        return file;
    }

    private static String text(PDDocument document, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(document);
    }

    /** The runs of rows that pass, from the top: each its first row's top and its last row's bottom, in points. */
    private static List<float[]> bands(BufferedImage page, IntPredicate row) {
        List<float[]> bands = new ArrayList<>();
        int y = 0;
        while (y < page.getHeight()) {
            if (!row.test(y)) {
                y++;
                continue;
            }
            int start = y;
            while (y < page.getHeight() && row.test(y)) {
                y++;
            }
            bands.add(new float[] {start / SCALE, y / SCALE});
        }
        return bands;
    }

    private static float height(float[] band) {
        return band[1] - band[0];
    }
}
