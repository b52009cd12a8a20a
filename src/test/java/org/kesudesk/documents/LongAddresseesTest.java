package org.kesudesk.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.PlanDocument;

/**
 * A notice to so many organs that its 主送 under the title would leave the first page without a line of text
 * (GB/T 9704 7.3.3: the first page shows text): the 主送 goes in the 版记, above the 抄送 with no rule between them,
 * set as the 抄送 is (7.3.2, 7.4.2) — in the PDF and the Word file alike. A usual 主送 stays under the title.
 */
class LongAddresseesTest {

    /** The city's organs a 纲要办's notice may go to: 41, 247 characters, over eight lines of 3号. */
    private static final List<String> ORGANS = List.of("市委办公室", "市人大常委会办公室", "市政府办公室", "市政协办公室",
            "市纪委监委", "市委组织部", "市委宣传部", "市委统战部", "市委网信办", "市发展改革委", "市教育局", "市科技局", "市工信局",
            "市民政局", "市财政局", "市人社局", "市自然资源局", "市生态环境局", "市住建局", "市交通运输局", "市水务局", "市农业农村局",
            "市商务局", "市文广旅游局", "市卫健委", "市退役军人事务局", "市应急局", "市市场监管局", "市体育局", "市统计局", "市医保局",
            "市林草局", "市气象局", "市总工会", "团市委", "市妇联", "市科协", "市社科联", "市新闻传媒中心", "各县（市）区人民政府",
            "市直各有关单位");
    private static final String ADDRESSEES = String.join("，", ORGANS) + "：";
    private static PlanDocument sample;
    private static NoticeHeader usual;

    @TempDir
    Path folder;

    @BeforeAll
    static void theSample() throws IOException {
        sample = RenderedPdf.sample();
        usual = NoticeHeader.of(sample.plan());
    }

    @Test
    void aLongOnesFirstPage_showsTheText_andTheColophonListsTheOrgans_aboveTheCopiedTo() throws IOException {
        Path pdf = render(withAddressees(usual, usual.copiedTo()), OutputFormat.PDF, "notice.pdf");

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String first = pageText(document, 1);
            assertThat(first).contains(usual.noticeBody().substring(0, 10)).doesNotContain("市人大常委会办公室");
            int last = document.getNumberOfPages();
            List<List<TextPosition>> lines = RenderedPdf.baselines(document, last,
                    glyph -> !glyph.getUnicode().isBlank() && glyph.getFontSizeInPt() < 15);
            List<String> texts = lines.stream().map(RenderedPdf::text).toList();
            int addressed = indexStarting(texts, "主送：");
            int copied = indexStarting(texts, "抄送：");
            assertThat(addressed).as("主送 in %s", texts).isNotNegative();
            assertThat(copied).as("the 抄送 after it").isGreaterThan(addressed + 1);
            // every organ, in order, ending with a 句号
            assertThat(String.join("", texts.subList(addressed, copied)))
                    .isEqualTo("主送：" + String.join("，", ORGANS) + "。");
            // a line each on the 29 pt pitch, the 抄送 the next line: no line left between
            for (int i = addressed; i < copied; i++) {
                assertThat(lines.get(i + 1).get(0).getYDirAdj() - lines.get(i).get(0).getYDirAdj())
                        .isCloseTo(29f, offset(0.6f));
            }
            // no rule between the 主送 and the 抄送 (GB/T 9704 7.4.2); one above the 主送
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(last - 1, 144);
            float scale = 144f / 72f;
            int from = Math.round((lines.get(copied - 1).get(0).getYDirAdj() + 3) * scale);
            int to = Math.round((lines.get(copied).get(0).getYDirAdj() - 14) * scale);
            for (int y = from; y < to; y++) {
                assertThat(PageHead.darkRunLength(page, y)).as("a rule at %d px", y).isLessThan(page.getWidth() / 3);
            }
            boolean ruleAbove = false;
            for (int y = Math.round((lines.get(addressed).get(0).getYDirAdj() - 29) * scale);
                 y < Math.round((lines.get(addressed).get(0).getYDirAdj() - 14) * scale); y++) {
                ruleAbove |= PageHead.darkRunLength(page, y) > page.getWidth() / 2;
            }
            assertThat(ruleAbove).as("the 版记's first rule above the 主送").isTrue();
        }
    }

    /** The app's own PDF and Word file read back: the 主送 from the 版记 is the notice's, the 抄送 stays the 抄送. */
    @Test
    void readBack_theAddresseesFromTheColophonAreTheNotices() throws IOException {
        NoticeHeader header = withAddressees(usual, usual.copiedTo());
        for (OutputFormat format : List.of(OutputFormat.PDF, OutputFormat.DOCX)) {
            Path file = render(header, format, "notice." + format.extension());

            org.kesudesk.model.Plan back = new org.kesudesk.parse.PlanDocumentReader()
                    .read(file, Optional.empty(), List.of()).document().plan();

            assertThat(back.notice().addressees()).as(format.name()).isEqualTo(String.join("，", ORGANS));
            assertThat(back.notice().copiedTo()).as(format.name()).isEqualTo(sample.plan().notice().copiedTo());
        }
    }

    @Test
    void inWord_too() throws IOException {
        Path docx = render(withAddressees(usual, usual.copiedTo()), OutputFormat.DOCX, "notice.docx");

        try (InputStream in = Files.newInputStream(docx); XWPFDocument word = new XWPFDocument(in)) {
            assertThat(word.getParagraphs()).extracting(XWPFParagraph::getText)
                    .noneMatch(text -> text.contains("市人大常委会办公室"));
            XWPFTable colophon = word.getTables().get(word.getTables().size() - 1);
            List<XWPFParagraph> lists = colophon.getRow(0).getCell(0).getParagraphs();
            assertThat(lists).extracting(paragraph -> paragraph.getText().substring(0, 3))
                    .containsExactly("主送：", "抄送：");
            assertThat(lists.get(0).getText().replace("\n", "")).isEqualTo("主送：" + String.join("，", ORGANS) + "。");
        }
    }

    @Test
    void withoutACopiedTo_theAddresseesTakeItsPlace() throws IOException {
        Path pdf = render(withAddressees(usual, ""), OutputFormat.PDF, "notice.pdf");

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String last = pageText(document, document.getNumberOfPages());
            assertThat(last).contains("主送：市委办公室").contains("市直各有关单位。").doesNotContain("抄送")
                    .contains(usual.printedDate());
        }
    }

    /** A 通报 to every member unit: its 主送 in the 版记 too, its text from the first page. */
    @Test
    void aBulletinsToo() throws IOException {
        Bulletin bulletin = new Bulletin("关于2026年上半年进展情况的通报", ADDRESSEES,
                List.of("一、总体进展", "各成员单位按时报送了进展情况。"), "2026年上半年任务进展统计", List.of(), List.of());
        Path pdf = folder.resolve("bulletin.pdf");

        new DocumentRenderer().renderBulletin(bulletin, usual, sample).save(pdf, OutputFormat.PDF);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(pageText(document, 1)).contains("一、总体进展").doesNotContain("市人大常委会办公室");
            String all = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertThat(all).contains("主送：市委办公室，市人大常委会办公室").contains("抄送：");
        }
    }

    @Test
    void aUsualOne_staysUnderTheTitle() throws IOException {
        Path pdf = render(usual, OutputFormat.PDF, "notice.pdf");

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(pageText(document, 1)).contains(usual.addressees().replace("：", ""));
            assertThat(pageText(document, document.getNumberOfPages())).doesNotContain("主送");
        }
    }

    private static NoticeHeader withAddressees(NoticeHeader header, String copiedTo) {
        return new NoticeHeader(header.masthead(), header.docNumber(), header.title(), ADDRESSEES,
                header.noticeBody(), header.signature(), header.date(), header.annotation(), copiedTo,
                header.printedBy(), header.printedDate());
    }

    private Path render(NoticeHeader header, OutputFormat format, String name) {
        Path file = folder.resolve(name);
        new DocumentRenderer().render(DocumentKind.NOTICE, sample, header, Optional.empty()).save(file, format);
        return file;
    }

    private static int indexStarting(List<String> texts, String start) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).startsWith(start)) {
                return i;
            }
        }
        return -1;
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document).replaceAll("\\s", "");
    }
}
