package org.kesudesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.Plan;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNotice;
import org.kesudesk.parse.PlanDocumentReader;

/**
 * GB/T 9704 7.3.6: a notice's 附注 (（此件公开发布）) is printed on the line under the 成文日期, 居左空二字, in round
 * brackets. Read back from the PDF (where it stands) and the Word file (its paragraph, and the app reading the file
 * again keeps it); typed in the header with or without its brackets, it is kept without them.
 */
class NoticeAnnotationTest {

    private static final DocumentRenderer RENDERER = new DocumentRenderer();
    /** The grid's line pitch. */
    private static final float LINE = 29f;
    /** 3号 characters: 16 pt. */
    private static final float CHARACTER = 16f;

    @TempDir
    Path folder;

    @Test
    void theNotesUnderTheDate_eachOnItsLine_twoCharactersFromTheLeft_inBrackets() throws IOException {
        PlanDocument plan = annotated(RenderedPdf.sample(), "此件公开发布\n联系人：王明，联系电话：0452-2712345");
        String date = NoticeHeader.of(plan.plan()).date();
        Path pdf = notice(plan, "notice.pdf", OutputFormat.PDF);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int page = pageOf(document, date);
            List<List<TextPosition>> lines = RenderedPdf.baselines(document, page, NoticeAnnotationTest::inked);
            int dateLine = indexOf(lines, date);
            List<TextPosition> first = lines.get(dateLine + 1);
            List<TextPosition> second = lines.get(dateLine + 2);
            assertThat(RenderedPdf.text(first).strip()).isEqualTo("（此件公开发布）");
            assertThat(RenderedPdf.text(second).strip()).isEqualTo("（联系人：王明，联系电话：0452-2712345）");
            assertThat(first.get(0).getYDirAdj() - lines.get(dateLine).get(0).getYDirAdj())
                    .as("the line under the date").isCloseTo(LINE, Offset.offset(0.5f));
            float left = leftOfText(lines);
            assertThat(first.get(0).getXDirAdj() - left).as("居左空二字").isCloseTo(2 * CHARACTER, Offset.offset(1f));
            assertThat(second.get(0).getXDirAdj() - left).isCloseTo(2 * CHARACTER, Offset.offset(1f));
        }
        // without one, the line under the date is not a note
        Path plain = notice(RenderedPdf.sample(), "plain.pdf", OutputFormat.PDF);
        try (PDDocument document = Loader.loadPDF(plain.toFile())) {
            List<List<TextPosition>> lines = RenderedPdf.baselines(document, pageOf(document, date),
                    NoticeAnnotationTest::inked);
            int dateLine = indexOf(lines, date);
            assertThat(lines.subList(dateLine + 1, lines.size())).noneMatch(l -> RenderedPdf.text(l).contains("此件"));
        }
    }

    @Test
    void inWord_theNoteIsTheParagraphAfterTheDate_andTheAppReadingTheFileBackKeepsIt() throws IOException {
        PlanDocument plan = annotated(RenderedPdf.sample(), "此件公开发布");
        String date = NoticeHeader.of(plan.plan()).date();
        Path docx = notice(plan, "notice.docx", OutputFormat.DOCX);

        try (XWPFDocument word = new XWPFDocument(Files.newInputStream(docx))) {
            List<XWPFParagraph> paragraphs = word.getParagraphs();
            int dateParagraph = -1;
            for (int i = 0; i < paragraphs.size() && dateParagraph < 0; i++) {
                if (paragraphs.get(i).getText().strip().equals(date)) {
                    dateParagraph = i;
                }
            }
            assertThat(dateParagraph).as("the date's paragraph").isNotNegative();
            assertThat(paragraphs.get(dateParagraph + 1).getText()).isEqualTo("（此件公开发布）");
        }
        Plan back = new PlanDocumentReader().read(docx, Optional.empty(), List.of()).document().plan();
        assertThat(back.annotation()).isEqualTo("此件公开发布");
        assertThat(back.issueDate()).isEqualTo(plan.plan().issueDate());
        assertThat(back.planTitle()).isEqualTo(plan.plan().planTitle());
    }

    @Test
    void typedInTheHeader_withOrWithoutBrackets_isKeptWithout_andClearedWhenEmptied() throws IOException {
        Plan plan = RenderedPdf.sample().plan();
        NoticeHeader shown = NoticeHeader.of(plan);
        assertThat(shown.annotation()).isEmpty();

        Plan bracketed = withAnnotation(shown, "（此件公开发布）").keptIn(plan);
        Plan bare = withAnnotation(shown, "此件公开发布").keptIn(plan);
        Plan halfWidth = withAnnotation(shown, " (此件公开发布) \n\n（联系人：王明（市科协））").keptIn(plan);

        assertThat(bracketed.annotation()).isEqualTo("此件公开发布");
        assertThat(bare.annotation()).isEqualTo("此件公开发布");
        assertThat(halfWidth.annotation()).isEqualTo("此件公开发布\n联系人：王明（市科协）");
        assertThat(NoticeHeader.of(halfWidth).annotation()).isEqualTo("（此件公开发布）\n（联系人：王明（市科协））");
        assertThat(bracketed.changesTo(plan)).extracting(Plan.FieldChange::field)
                .containsExactly("content.field.annotation");
        assertThat(withAnnotation(NoticeHeader.of(bare), "").keptIn(bare).annotation()).isEmpty();
        // two notes on one line, each in its brackets, are printed as written, not bracketed again
        assertThat(PlanNotice.printedAnnotation("（此件公开发布）（联系人：王明）"))
                .containsExactly("（此件公开发布）（联系人：王明）");
    }

    /** The plan's notice, its header as the plan has it, saved in the folder. */
    private Path notice(PlanDocument plan, String name, OutputFormat format) {
        Path file = folder.resolve(name);
        RENDERER.render(DocumentKind.NOTICE, plan, NoticeHeader.of(plan.plan()), Optional.empty()).save(file, format);
        return file;
    }

    private static NoticeHeader withAnnotation(NoticeHeader h, String annotation) {
        return new NoticeHeader(h.masthead(), h.docNumber(), h.title(), h.addressees(), h.noticeBody(), h.signature(),
                h.date(), annotation, h.copiedTo(), h.printedBy(), h.printedDate());
    }

    private static PlanDocument annotated(PlanDocument plan, String annotation) {
        PlanNotice n = plan.plan().notice();
        Plan noted = plan.plan().withNotice(new PlanNotice(n.docNumber(), n.title(), n.addressees(), n.body(),
                n.issuer(), n.issueDate(), annotation, n.copiedTo(), n.printedBy(), n.printedDate()));
        return new PlanDocument(noted, plan.goalIndicators(), plan.sections());
    }

    private static int pageOf(PDDocument document, String date) throws IOException {
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            if (indexOf(RenderedPdf.baselines(document, page, NoticeAnnotationTest::inked), date) >= 0) {
                return page;
            }
        }
        throw new AssertionError("no page holds the date " + date);
    }

    /** A glyph with ink: the full-width spaces that indent a line are left out. */
    private static boolean inked(TextPosition glyph) {
        return !glyph.getUnicode().isBlank();
    }

    private static int indexOf(List<List<TextPosition>> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (RenderedPdf.text(lines.get(i)).strip().equals(text)) {
                return i;
            }
        }
        return -1;
    }

    /** The left of the 版心: where the page's lines start that start furthest left (the 主送, a text's 顶格 lines). */
    private static float leftOfText(List<List<TextPosition>> lines) {
        return (float) lines.stream().filter(line -> !line.isEmpty()).mapToDouble(line -> line.get(0).getXDirAdj())
                .min().orElseThrow();
    }
}
