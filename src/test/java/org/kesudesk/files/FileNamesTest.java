package org.kesudesk.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileNamesTest {

    @Test
    void whatAFileNameCannotHold_becomesUnderscores_andNothingLeadsOutOfTheFolder() {
        assertThat(FileNames.safe("2026年上半年-市教育局")).isEqualTo("2026年上半年-市教育局");
        assertThat(FileNames.safe("a/b\\c:d*e?f\"g<h>i|j\u0007k")).isEqualTo("a_b_c_d_e_f_g_h_i_j_k");
        assertThat(FileNames.safe("../../etc/passwd")).doesNotContain("/").isEqualTo(".._.._etc_passwd");
        assertThat(FileNames.safe("..")).isEqualTo("_");
        assertThat(FileNames.safe("  ")).isEqualTo("_");
    }

    /**
     * A document offered under its title, a long one: the name is cut to what the disk takes (Linux's 255 bytes a
     * name, 85 Chinese characters), its extension kept; the title as it is would not make a file at all.
     */
    @Test
    void aNameLongerThanTheDiskTakes_isCutToFit_keepingItsExtension(@TempDir Path folder) throws IOException {
        String title = "中共某某县委办公室某某县人民政府办公室关于印发《" + "某某县全民科学素质行动规划纲要实施方案".repeat(4)
                + "（2021-2025年）》的通知";
        assertThatThrownBy(() -> Files.createFile(folder.resolve(title + ".docx")))
                .isInstanceOf(FileSystemException.class);

        String docx = FileNames.safe(title) + ".docx";
        String attached = FileNames.safe(title + ".jpeg");

        assertThat(docx).endsWith(".docx");
        assertThat(title).startsWith(docx.substring(0, docx.length() - ".docx".length()));
        assertThat(attached).endsWith(".jpeg");
        assertThat(title).startsWith(attached.substring(0, attached.length() - ".jpeg".length()));
        for (String name : new String[] {docx, attached}) {
            assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(FileNames.MAX_BYTES + 5);
            // written as the app writes a file: under .part first
            Files.createFile(folder.resolve(name + ".part"));
            Files.move(folder.resolve(name + ".part"), folder.resolve(name));
            assertThat(folder.resolve(name)).exists();
        }
        assertThat(FileNames.safe("2026年上半年-市教育局.xlsx")).isEqualTo("2026年上半年-市教育局.xlsx");
    }
}
