package org.kesudesk.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.PlanDocument;

/**
 * A notice issued jointly (联合行文): its 标志 as GB/T 9704 7.2.4 sets it — the organs stacked in order, spread to one
 * width, 文件 to their right centred on them — and its 署名 an organ a line (7.3.5.2), in the PDF and the Word file.
 */
class JointNoticeDocumentsTest {

    private static final float MM = 72f / 25.4f;
    private static final String PARTY = "中共齐齐哈尔市委办公室";
    private static final String GOVERNMENT = "齐齐哈尔市人民政府办公室";
    private static final String ISSUER = PARTY + "\u3000" + GOVERNMENT;
    private static PlanDocument plan;
    private static NoticeHeader header;

    @TempDir
    Path folder;

    @BeforeAll
    static void readTheSample() throws IOException {
        plan = RenderedPdf.sample();
        NoticeHeader sample = NoticeHeader.of(plan.plan());
        header = new NoticeHeader(NoticeHeader.mastheadOf(ISSUER, false), sample.docNumber(), sample.title(),
                sample.addressees(), sample.noticeBody(), ISSUER, sample.date(), sample.annotation(), sample.copiedTo(),
                sample.printedBy(), sample.printedDate());
    }

    @Test
    void thePdfsMasthead_stacksTheOrgans_withWenJianCentredToTheirRight_35mmBelowTheTextAreasTop()
            throws IOException {
        Path pdf = folder.resolve("joint.pdf");
        new DocumentRenderer().render(DocumentKind.NOTICE, plan, header, Optional.empty()).save(pdf, OutputFormat.PDF);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<List<TextPosition>> large = RenderedPdf.baselines(document, 1, glyph -> glyph.getFontSizeInPt() > 24);
            List<TextPosition> party = line(large, PARTY);
            List<TextPosition> government = line(large, GOVERNMENT);
            List<TextPosition> word = line(large, "文件");
            assertThat(party.get(0).getYDirAdj()).as("the 主办机关 first").isLessThan(government.get(0).getYDirAdj());
            // spread to one width (分散对齐): the shorter name's characters set apart to the longer's ends
            assertThat(party.get(0).getXDirAdj()).isCloseTo(government.get(0).getXDirAdj(), offset(1f));
            assertThat(right(party)).isCloseTo(right(government), offset(1.5f));
            assertThat(word.get(0).getXDirAdj()).as("文件 to their right").isGreaterThan(right(government));
            float middle = (party.get(0).getYDirAdj() + government.get(0).getYDirAdj()) / 2;
            assertThat(word.get(0).getYDirAdj()).as("文件 centred on them").isCloseTo(middle, offset(1.5f));
            float centre = (party.get(0).getXDirAdj() + right(word)) / 2;
            assertThat(centre).as("the block centred on the 版心").isCloseTo((28 + 78) * MM, offset(2f));
            assertThat(right(word) - party.get(0).getXDirAdj()).isLessThanOrEqualTo(156 * MM + 1);

            float scale = 288f / 72f;
            BufferedImage first = new PDFRenderer(document).renderImageWithDPI(0, 288);
            int top = 0;
            while (PageHead.redRunLength(first, top) == 0) {
                top++;
            }
            assertThat(top / scale / MM).as("its top edge, mm from the paper's top").isCloseTo(72f, offset(0.5f));
            // the 发文字号 空二行 under the block's last ink, the rule under it
            int rule = PageHead.firstRedRowBelow(first, Math.round(government.get(0).getYDirAdj() * scale) + 2);
            int lastInk = rule - 1;
            while (!hasRed(first, lastInk)) {
                lastInk--;
            }
            int numberTop = lastInk + 1;
            while (PageHead.darkRunLength(first, numberTop) == 0) {
                numberTop++;
            }
            assertThat(numberTop).as("the 发文字号 above the rule").isLessThan(rule);
            assertThat((numberTop - lastInk) / scale).as("标志 to 发文字号, pt").isBetween(58f, 64f);

            // the 署名: an organ a line, each ending two characters from the right edge, the date under them
            String text = new PDFTextStripper().getText(document).replaceAll("[ \\u3000]", "");
            assertThat(text).contains(PARTY + "\n" + GOVERNMENT + "\n" + header.date());
        }
    }

    @Test
    void theWordFilesMasthead_isATableWithoutRules_theOrgansSpreadInOneCell_wenJianCentredInTheOther()
            throws IOException {
        Path file = folder.resolve("joint.docx");
        new DocumentRenderer().render(DocumentKind.NOTICE, plan, header, Optional.empty())
                .save(file, OutputFormat.DOCX);

        try (XWPFDocument word = new XWPFDocument(Files.newInputStream(file))) {
            XWPFTable masthead = word.getTables().get(0);
            assertThat(word.getBodyElements().indexOf(masthead)).as("the document's head").isLessThan(3);
            List<XWPFTableCell> cells = masthead.getRow(0).getTableCells();
            assertThat(cells).hasSize(2);
            assertThat(cells.get(0).getParagraphs()).extracting(XWPFParagraph::getText)
                    .containsExactly(PARTY, GOVERNMENT);
            assertThat(cells.get(0).getParagraphs()).extracting(XWPFParagraph::getAlignment)
                    .containsOnly(ParagraphAlignment.DISTRIBUTE);
            assertThat(cells.get(1).getText()).isEqualTo("文件");
            assertThat(cells.get(1).getVerticalAlignment()).isEqualTo(XWPFTableCell.XWPFVertAlign.CENTER);
            var borders = masthead.getCTTbl().getTblPr().getTblBorders();
            assertThat(List.of(borders.getTop(), borders.getBottom(), borders.getLeft(), borders.getRight(),
                    borders.getInsideH(), borders.getInsideV())).allSatisfy(border ->
                    assertThat(border.getVal().toString()).isEqualTo("none"));
            assertThat(borders.getDomNode().getChildNodes().getLength()).as("each rule said once").isEqualTo(6);

            List<String> paragraphs = word.getParagraphs().stream().map(XWPFParagraph::getText)
                    .map(String::strip).toList();
            int party = paragraphs.indexOf(PARTY);
            assertThat(party).as("the 署名's first organ").isPositive();
            assertThat(paragraphs.subList(party, party + 3)).containsExactly(PARTY, GOVERNMENT, header.date());
        }
    }

    private static List<TextPosition> line(List<List<TextPosition>> lines, String text) {
        return lines.stream().filter(glyphs -> RenderedPdf.text(glyphs).equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not a line of its own in " + lines.stream()
                        .map(RenderedPdf::text).toList()));
    }

    private static float right(List<TextPosition> glyphs) {
        TextPosition last = glyphs.get(glyphs.size() - 1);
        return last.getXDirAdj() + last.getWidthDirAdj();
    }

    private static boolean hasRed(BufferedImage image, int y) {
        for (int x = 0; x < image.getWidth(); x++) {
            if (PageHead.isRed(image.getRGB(x, y))) {
                return true;
            }
        }
        return false;
    }
}
