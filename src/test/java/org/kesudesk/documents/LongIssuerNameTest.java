package org.kesudesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.testsupport.TestPlans;

/**
 * A county's 纲要办 signs with a name longer than the sample's (梅里斯达斡尔族区全民科学素质工作领导小组办公室, 23
 * characters): its title, 署名 and 版记 keep every character of it inside the 版心, read back from the PDF and Word.
 */
class LongIssuerNameTest {

    private static final String OFFICE = "梅里斯达斡尔族区全民科学素质工作领导小组办公室";
    /** Longer than a line of 3号 less its 右空二字 (26 characters): the 署名 must break. */
    private static final String PROVINCE_OFFICE = "黑龙江省齐齐哈尔市" + OFFICE;
    private static final String TITLE = OFFICE + "关于印发梅里斯达斡尔族区全民科学素质行动规划纲要实施方案（2021-2025年）的通知";
    private static final String DATE = "2022年4月25日";
    /** The 版心's edges on the paper, in points (28 mm from the left, 156 mm wide). */
    private static final float LEFT = 28 * 72 / 25.4f;
    private static final float RIGHT = LEFT + 156 * 72 / 25.4f;
    private static final PlanDocument PLAN = TestPlans.countyPlan();

    @TempDir
    Path folder;

    @Test
    void theTitle_breaksBetweenWords_theNameNeverInsideItsPlaceOrItsOffice() throws IOException {
        Path pdf = render(header(OFFICE), OutputFormat.PDF, "notice.pdf");

        List<String> titleLines = linesOfSize(pdf, 1, 22f);
        assertThat(String.join("", titleLines)).isEqualTo(TITLE);
        assertThat(titleLines).hasSizeGreaterThan(2);
        // a line break never cuts the district's name, the office's name or the national document's
        assertThat(String.join("|", titleLines)).doesNotContainPattern(
                "梅[^|]{0,6}\\|[^|]{0,6}族区|全民[^|]{0,12}\\|[^|]{0,12}办公室|全民[^|]{0,10}\\|[^|]{0,10}规划纲要");
    }

    @Test
    void aSignatureLongerThanItsLine_breaksAtItsPlace_andStaysInsideTheTextArea() throws IOException {
        Path pdf = render(header(PROVINCE_OFFICE), OutputFormat.PDF, "notice.pdf");

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<List<TextPosition>> lines = List.of();
            List<String> texts = List.of();
            for (int page = 1; page <= document.getNumberOfPages() && !texts.contains(DATE); page++) {
                lines = RenderedPdf.baselines(document, page,
                        text -> text.getFontSizeInPt() > 15 && text.getFontSizeInPt() < 17);
                texts = lines.stream().map(LongIssuerNameTest::text).toList();
            }
            int date = texts.indexOf(DATE);
            assertThat(date).as("the date's line in %s", texts).isGreaterThan(1);
            assertThat(texts.get(date - 2) + texts.get(date - 1)).isEqualTo(PROVINCE_OFFICE);
            assertThat(texts.get(date - 2)).isEqualTo("黑龙江省齐齐哈尔市梅里斯达斡尔族区");
            for (int i = date - 2; i < date; i++) {
                List<TextPosition> line = lines.get(i);
                TextPosition last = line.get(line.size() - 1);
                // 右空二字: both lines end two characters of 3号 inside the 版心's right edge
                assertThat(last.getXDirAdj() + last.getWidthDirAdj()).isCloseTo(RIGHT - 32,
                        org.assertj.core.data.Offset.offset(2f));
            }
        }
    }

    @Test
    void theColophonsPrintingOrgan_whole_beforeTheDate_inPdfAndWord() throws IOException {
        Path pdf = render(header(OFFICE), OutputFormat.PDF, "notice.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<List<TextPosition>> lines = RenderedPdf.baselines(document, document.getNumberOfPages(),
                    text -> text.getYDirAdj() > 650);
            // the name (set smaller to fit) and the date, one line of glyphs: on one baseline (a text shrunk to fit
            // was set 2 pt higher, a line of its own)
            List<TextPosition> line = lines.stream().filter(glyphs -> text(glyphs).equals(OFFICE + DATE + "印发"))
                    .findFirst().orElseThrow(() -> new AssertionError(lines.stream().map(LongIssuerNameTest::text)
                            .toList())).stream().filter(glyph -> !glyph.getUnicode().isBlank()
                            && !glyph.getUnicode().equals("\u3000")).toList();
            List<TextPosition> name = line.subList(0, OFFICE.length());
            List<TextPosition> date = line.subList(OFFICE.length(), line.size());
            assertThat(name.get(0).getFontSizeInPt()).as("set smaller").isLessThan(date.get(0).getFontSizeInPt());
            assertThat(name.get(0).getYDirAdj()).isCloseTo(date.get(0).getYDirAdj(),
                    org.assertj.core.data.Offset.offset(0.3f));
            assertThat(name.get(0).getXDirAdj()).as("左空一字").isCloseTo(LEFT + 14,
                    org.assertj.core.data.Offset.offset(1f));
            TextPosition nameEnd = name.get(name.size() - 1);
            assertThat(nameEnd.getXDirAdj() + nameEnd.getWidthDirAdj()).as("the name ends before the date")
                    .isLessThan(date.get(0).getXDirAdj() - 7);
            TextPosition last = date.get(date.size() - 1);
            assertThat(last.getXDirAdj() + last.getWidthDirAdj()).as("右空一字").isCloseTo(RIGHT - 14,
                    org.assertj.core.data.Offset.offset(1f));
        }

        Path docx = render(header(OFFICE), OutputFormat.DOCX, "notice.docx");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument word = new XWPFDocument(in)) {
            XWPFTable colophon = word.getTables().get(word.getTables().size() - 1);
            var row = colophon.getRows().get(colophon.getRows().size() - 1);
            XWPFParagraph name = row.getCell(0).getParagraphs().get(0);
            assertThat(name.getText()).isEqualTo(OFFICE);
            assertThat(row.getCell(1).getText()).isEqualTo(DATE + "印发");
            // the cell's room in characters of the run's size, less the 左空一字 and a gap: the name fits on a line
            double cellPoints = row.getCell(0).getWidth() / 20.0;
            Double size = name.getRuns().get(0).getFontSizeAsDouble();
            double points = size != null ? size : 14;
            assertThat(OFFICE.length() * points).isLessThanOrEqualTo(cellPoints - 14 - 7);
        }
    }

    private static NoticeHeader header(String issuer) {
        return new NoticeHeader(issuer + "文件", "梅科组办发〔2022〕3号", TITLE, "各有关单位",
                "现将《梅里斯达斡尔族区全民科学素质行动规划纲要实施方案（2021-2025年）》印发给你们，请认真贯彻执行。", issuer, DATE,
                "", "区委办公室，区人大办公室，区政协办公室", issuer, DATE + "印发");
    }

    private Path render(NoticeHeader header, OutputFormat format, String name) {
        Path out = folder.resolve(name);
        new DocumentRenderer().render(DocumentKind.NOTICE, PLAN, header, Optional.empty()).save(out, format);
        return out;
    }

    /** The lines of the page set in a size, as text. */
    private static List<String> linesOfSize(Path pdf, int page, float size) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return RenderedPdf.baselines(document, page, text -> Math.abs(text.getFontSizeInPt() - size) < 0.5f)
                    .stream().map(LongIssuerNameTest::text).toList();
        }
    }

    private static String text(List<TextPosition> line) {
        StringBuilder text = new StringBuilder();
        line.forEach(glyph -> text.append(glyph.getUnicode()));
        return text.toString().replaceAll("[\\s\\u3000]+", "");
    }
}
