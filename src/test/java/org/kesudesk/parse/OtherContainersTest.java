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
import org.kesudesk.documents.DocumentKind;
import org.kesudesk.documents.DocumentRenderer;
import org.kesudesk.documents.NoticeHeader;
import org.kesudesk.documents.OutputFormat;
import org.kesudesk.testsupport.PlanOutline;

/** The plan in the other containers offices send: a PDF, a Word 97 document, text hard-wrapped as copied from a PDF. */
class OtherContainersTest {

    @Test
    void theNoticeAsAPdf_readsAsTheSample() {
        ParseReport text = read("sample.txt", sample());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new DocumentRenderer().render(DocumentKind.NOTICE, text.document(), NoticeHeader.of(text.document().plan()),
                Optional.empty()).write(pdf, OutputFormat.PDF);

        ParseReport report = read("notice.pdf", pdf.toByteArray());

        assertThat(report.encoding()).isEqualTo("PDF");
        assertThat(plan(report)).isEqualTo(plan(text));
        assertThat(report.document().plan().docNumber()).isEqualTo(text.document().plan().docNumber());
    }

    @Test
    void aPdfOfOverAHundredPages_isReadWhole_eachPageCountedOnceAgainstTheReadingBudget() throws Exception {
        ParseReport text = read("sample.txt", sample());
        ByteArrayOutputStream notice = new ByteArrayOutputStream();
        new DocumentRenderer().render(DocumentKind.NOTICE, text.document(), NoticeHeader.of(text.document().plan()),
                Optional.empty()).write(notice, OutputFormat.PDF);
        byte[] long_;
        try (org.apache.pdfbox.pdmodel.PDDocument one = org.apache.pdfbox.Loader.loadPDF(notice.toByteArray());
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

    /** The outline below the header: sections, items, tasks, their units and indicators. */
    private static List<String> plan(ParseReport report) {
        return PlanOutline.of(report.document()).lines()
                .filter(line -> line.startsWith("section") || line.startsWith(" ")).toList();
    }
}
