package org.kesudesk.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipListingTest {

    @TempDir
    Path folder;

    @Test
    void theFilesOfAnArchive_areNamed_inUtf8OrAsChineseWindowsWritesThem() throws IOException {
        List<String> names = List.of("关于印发实施方案的通知.docx", "附件/任务分工表.xlsx");
        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GBK"))) {
            byte[] zip = zip(charset, "附件/", "关于印发实施方案的通知.docx", "附件/任务分工表.xlsx",
                    "__MACOSX/._关于印发实施方案的通知.docx");
            assertThat(ZipListing.names(zip)).as(charset.name()).isEqualTo(names);
            assertThat(ZipListing.names(Files.write(folder.resolve(charset.name() + ".zip"), zip)))
                    .as(charset.name()).isEqualTo(names);
        }
    }

    @Test
    void aLongArchive_namesItsFirstFiles_andAnythingElseNone() throws IOException {
        String[] many = new String[ZipListing.MAX_NAMES * 3];
        for (int i = 0; i < many.length; i++) {
            many[i] = "第" + i + "个.txt";
        }
        byte[] zip = zip(StandardCharsets.UTF_8, many);
        assertThat(ZipListing.names(zip)).hasSize(ZipListing.MAX_NAMES).first().isEqualTo("第0个.txt");

        assertThat(ZipListing.names("不是压缩包".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(ZipListing.names(new byte[0])).isEmpty();
        // cut short: the directory at its end is gone
        assertThat(ZipListing.names(java.util.Arrays.copyOf(zip, zip.length / 2))).isEmpty();
        assertThat(ZipListing.names(folder.resolve("没有这个文件.zip"))).isEmpty();
    }

    private static byte[] zip(Charset charset, String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, charset)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                if (!entry.endsWith("/")) {
                    zip.write(entry.getBytes(StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
            zip.setComment("an archive's comment after its end record");
        }
        return bytes.toByteArray();
    }
}
