package org.kesudesk.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.Urgency;

/**
 * A document's 紧急程度 (GB/T 9704 7.2.3): 3号黑体 顶格 at the top left of the 版心 above a 文件's 标志, which stays
 * where it was; on a 函's 发文字号 line, 顶格 at the left, the 文号 at the right (10.1). Read back from the PDF and the
 * Word file.
 */
class UrgencyTest {

    private static final float MM = 72f / 25.4f;
    /** The 版心's left edge and top, in points from the paper's. */
    private static final float LEFT = 28 * MM;
    private static final float TOP = 37 * MM;
    private static final String LETTER_NUMBER = "齐政办函〔2022〕16号";
    private static PlanDocument sample;
    private static PlanDocument letter;

    @TempDir
    Path folder;

    @BeforeAll
    static void theSampleAndTheSampleIssuedByALetter() throws IOException {
        sample = RenderedPdf.sample();
        letter = new PlanDocument(sample.plan().withNotice(sample.plan().notice().withNumberAndDate(LETTER_NUMBER,
                sample.plan().issueDate())), sample.goalIndicators(), sample.sections());
    }

    @Test
    void aNotices_atTheTopLeftInHeiti_itsMastheadWhereItWas() throws IOException {
        NoticeHeader plain = NoticeHeader.of(sample.plan());
        List<List<TextPosition>> without = firstPage(render(sample, plain, "plain.pdf"));
        List<List<TextPosition>> with = firstPage(render(sample, plain.withUrgency(Urgency.MOST_URGENT), "urgent.pdf"));

        assertThat(without.stream().map(RenderedPdf::text)).doesNotContain("特急");
        List<TextPosition> mark = with.get(0);
        assertThat(RenderedPdf.text(mark)).isEqualTo("特急");
        assertThat(mark.get(0).getXDirAdj()).as("顶格").isCloseTo(LEFT, offset(1f));
        assertThat(mark.get(0).getFont().getName()).containsIgnoringCase("Hei");
        assertThat(mark.get(0).getFontSizeInPt()).isCloseTo(16f, offset(0.1f));
        // on the 版心's first line: its characters below the top, their baseline within the line
        float baseline = mark.get(0).getYDirAdj();
        assertThat(baseline - mark.get(0).getHeightDir()).isGreaterThan(TOP - 1);
        assertThat(baseline).isLessThan(TOP + 29);
        // the 标志 and all below it where they were
        assertThat(with.subList(1, with.size())).hasSameSizeAs(without);
        for (int i = 0; i < without.size(); i++) {
            assertThat(with.get(i + 1).get(0).getYDirAdj()).as(RenderedPdf.text(without.get(i)))
                    .isCloseTo(without.get(i).get(0).getYDirAdj(), offset(0.1f));
        }
    }

    @Test
    void aLetters_onItsNumbersLine_atTheLeft() throws IOException {
        NoticeHeader header = NoticeHeader.of(letter.plan()).withUrgency(Urgency.URGENT);
        assertThat(header.isLetter()).isTrue();

        List<List<TextPosition>> lines = firstPage(render(letter, header, "letter.pdf"));

        List<TextPosition> line = lines.stream().filter(glyphs -> RenderedPdf.text(glyphs).endsWith(LETTER_NUMBER))
                .findFirst().orElseThrow(() -> new AssertionError(lines.stream().map(RenderedPdf::text).toList()));
        assertThat(RenderedPdf.text(line)).isEqualTo("加急" + LETTER_NUMBER);
        assertThat(line.get(0).getXDirAdj()).as("顶格 at the left").isCloseTo(LEFT, offset(1f));
        assertThat(line.get(0).getFont().getName()).containsIgnoringCase("Hei");
        assertThat(line.get(0).getYDirAdj()).as("one baseline with the 文号")
                .isCloseTo(line.get(line.size() - 1).getYDirAdj(), offset(0.3f));
    }

    @Test
    void inWord_aNoticesIsItsFirstLine_inHeiti_andTheMastheadsSpaceAboveLessByThatLine() throws IOException {
        NoticeHeader plain = NoticeHeader.of(sample.plan());
        try (XWPFDocument without = word(sample, plain, "plain.docx");
             XWPFDocument with = word(sample, plain.withUrgency(Urgency.MOST_URGENT), "urgent.docx")) {
            XWPFParagraph mark = with.getParagraphs().get(0);
            assertThat(mark.getText()).isEqualTo("特急");
            assertThat(mark.getRuns().get(0).getFontFamily()).isEqualTo(WordDocuments.HEITI);
            XWPFParagraph masthead = with.getParagraphs().get(1);
            XWPFParagraph plainMasthead = without.getParagraphs().get(0);
            assertThat(masthead.getText()).isEqualTo(plainMasthead.getText()).isEqualTo(plain.masthead());
            // the mark's exact line and the 标志's space before it: the 标志's space before without it
            assertThat(mark.getSpacingBetween() * 20 + masthead.getSpacingBefore())
                    .isCloseTo(plainMasthead.getSpacingBefore(), offset(1.0));
        }
        try (XWPFDocument letterWord = word(letter, NoticeHeader.of(letter.plan()).withUrgency(Urgency.URGENT),
                "letter.docx")) {
            XWPFParagraph number = letterWord.getParagraphs().stream()
                    .filter(paragraph -> paragraph.getText().endsWith(LETTER_NUMBER)).findFirst().orElseThrow();
            assertThat(number.getText()).isEqualTo("加急\t" + LETTER_NUMBER);
            assertThat(number.getRuns().get(0).getFontFamily()).isEqualTo(WordDocuments.HEITI);
        }
    }

    @Test
    void theMarks_areTheStandardsTwo_orNone() {
        assertThat(Urgency.of("特急")).contains(Urgency.MOST_URGENT);
        assertThat(Urgency.of(" 加急 ")).contains(Urgency.URGENT);
        assertThat(Urgency.of("")).contains(Urgency.NONE);
        assertThat(Urgency.of("无")).contains(Urgency.NONE);
        assertThat(Urgency.of("平急")).as("a telegram's, not a document's").isEmpty();
        assertThat(Urgency.of("急")).isEmpty();
    }

    private Path render(PlanDocument plan, NoticeHeader header, String name) {
        Path file = folder.resolve(name);
        new DocumentRenderer().render(DocumentKind.NOTICE, plan, header, Optional.empty()).save(file,
                name.endsWith(".pdf") ? OutputFormat.PDF : OutputFormat.DOCX);
        return file;
    }

    private XWPFDocument word(PlanDocument plan, NoticeHeader header, String name) throws IOException {
        try (InputStream in = Files.newInputStream(render(plan, header, name))) {
            return new XWPFDocument(in);
        }
    }

    private static List<List<TextPosition>> firstPage(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return RenderedPdf.baselines(document, 1, glyph -> !glyph.getUnicode().isBlank());
        }
    }
}
