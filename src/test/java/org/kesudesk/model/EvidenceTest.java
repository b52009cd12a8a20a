package org.kesudesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** What a file must be to be attached as 佐证材料: a document or an image, by its name and its first bytes. */
class EvidenceTest {

    private static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00};
    private static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 0x4A, 0x46};
    private static final byte[] PROGRAM = {0x4D, 0x5A, (byte) 0x90, 0x00, 0x03, 0x00, 0x00, 0x00};

    @Test
    void documentsAndImages_whoseContentIsTheirKind_areAccepted() {
        assertThat(Evidence.problem("活动总结.pdf", 1000, PDF)).isEmpty();
        assertThat(Evidence.problem("台账.XLSX", 1000, ZIP)).isEmpty();
        assertThat(Evidence.problem("通知.docx", 1000, ZIP)).isEmpty();
        assertThat(Evidence.problem("现场照片.JPG", 1000, JPEG)).isEmpty();
        assertThat(Evidence.problem("截图.png", 1000, PNG)).isEmpty();
        // as LibreOffice and WPS save them on the domestic Linux desktops
        assertThat(Evidence.problem("工作总结.odt", 1000, ZIP)).isEmpty();
        assertThat(Evidence.problem("统计表.ods", 1000, ZIP)).isEmpty();
        assertThat(Evidence.problem("汇报.odp", 1000, ZIP)).isEmpty();
        assertThat(Evidence.problem("汇报.dps", 1000, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1})).isEmpty();
        assertThat(Evidence.problem("工作总结.odt", 1000, PDF)).contains(Evidence.Problem.CONTENT_NOT_ITS_KIND);
    }

    @Test
    void programs_renamedFiles_emptyAndOversizedFiles_areRefused() {
        assertThat(Evidence.problem("setup.exe", 1000, PROGRAM)).contains(Evidence.Problem.NOT_A_DOCUMENT);
        assertThat(Evidence.problem("总结", 1000, PDF)).contains(Evidence.Problem.NOT_A_DOCUMENT);
        assertThat(Evidence.problem("总结.pdf", 1000, PROGRAM)).contains(Evidence.Problem.CONTENT_NOT_ITS_KIND);
        assertThat(Evidence.problem("照片.png", 1000, JPEG)).contains(Evidence.Problem.CONTENT_NOT_ITS_KIND);
        assertThat(Evidence.problem("短.pdf", 3, new byte[] {0x25, 0x50, 0x44}))
                .contains(Evidence.Problem.CONTENT_NOT_ITS_KIND);
        assertThat(Evidence.problem("空.pdf", 0, new byte[0])).contains(Evidence.Problem.EMPTY);
        assertThat(Evidence.problem("大.pdf", Evidence.MAX_BYTES + 1, PDF)).contains(Evidence.Problem.TOO_LARGE);
        assertThat(Evidence.problem("刚好.pdf", Evidence.MAX_BYTES, PDF)).isEmpty();
    }
}
