package org.kesudesk.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void whatAFileNameCannotHold_becomesUnderscores_andNothingLeadsOutOfTheFolder() {
        assertThat(FileNames.safe("2026年上半年-市教育局")).isEqualTo("2026年上半年-市教育局");
        assertThat(FileNames.safe("a/b\\c:d*e?f\"g<h>i|j\u0007k")).isEqualTo("a_b_c_d_e_f_g_h_i_j_k");
        assertThat(FileNames.safe("../../etc/passwd")).doesNotContain("/").isEqualTo(".._.._etc_passwd");
        assertThat(FileNames.safe("..")).isEqualTo("_");
        assertThat(FileNames.safe("  ")).isEqualTo("_");
    }
}
