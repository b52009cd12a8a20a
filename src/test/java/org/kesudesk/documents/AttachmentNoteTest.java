package org.kesudesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.Plan;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.parse.PlanDocumentReader;

/**
 * A notice read from a document keeps the 附件说明 it ended with (附件：1.任务分工表 2.…) in its text. The notice this
 * app prints has a 附件说明 for what it attaches: once, with its 分工表; none without — not the one read as well.
 */
class AttachmentNoteTest {

    private static final DocumentRenderer RENDERER = new DocumentRenderer();
    private static PlanDocument plan;

    @TempDir
    Path folder;

    @BeforeAll
    static void readASampleEndingWithItsAttachmentNote() throws IOException {
        try (InputStream in = AttachmentNoteTest.class.getResourceAsStream(
                "/org/kesudesk/samples/qiqihar-2022-16.txt")) {
            PlanDocument read = new PlanDocumentReader().read("qiqihar-2022-16.txt", in.readAllBytes(),
                    Optional.empty(), List.of()).document();
            Plan p = read.plan();
            Plan noted = p.withNotice(p.notice().withBody(p.noticeBody() + "\n附件：1.任务分工表\n2.监测评估指标"));
            plan = new PlanDocument(noted, read.goalIndicators(), read.sections());
        }
    }

    @Test
    void theNoticeAlone_hasNoAttachmentNote() throws IOException {
        String text = pdfText(false);

        assertThat(text).doesNotContain("附件：").doesNotContain("监测评估指标").contains("请认真贯彻执行。");
    }

    @Test
    void theNoticeWithItsDivisionTable_notesItOnce_inPdfAndWord() throws IOException {
        String text = pdfText(true);
        Path docx = folder.resolve("notice.docx");
        RENDERER.render(DocumentKind.NOTICE, plan, NoticeHeader.of(plan.plan()), Optional.empty(), true)
                .save(docx, OutputFormat.DOCX);

        assertThat(count(text, "附件：")).isEqualTo(1);
        assertThat(text).contains("附件：任务分工表").doesNotContain("监测评估指标");
        try (XWPFDocument word = new XWPFDocument(Files.newInputStream(docx))) {
            List<String> notes = word.getParagraphs().stream().map(XWPFParagraph::getText)
                    .filter(paragraph -> paragraph.strip().startsWith("附件：")).toList();
            assertThat(notes).singleElement().asString().contains("任务分工表");
        }
    }

    @Test
    void aNoticesOwnNumberedPoints_stayInItsText() {
        assertThat(NoticeContent.withoutAttachmentNote(List.of("各单位要做到：", "1.加强领导。", "2.抓好落实。")))
                .containsExactly("各单位要做到：", "1.加强领导。", "2.抓好落实。");
        assertThat(NoticeContent.withoutAttachmentNote(List.of("请认真贯彻执行。", "附件：1.任务分工表", "2.监测评估指标")))
                .containsExactly("请认真贯彻执行。");
    }

    private String pdfText(boolean withDivision) throws IOException {
        Path pdf = folder.resolve("notice.pdf");
        RENDERER.render(DocumentKind.NOTICE, plan, NoticeHeader.of(plan.plan()), Optional.empty(), withDivision)
                .save(pdf, OutputFormat.PDF);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    private static int count(String text, String word) {
        Matcher matcher = Pattern.compile(Pattern.quote(word)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
