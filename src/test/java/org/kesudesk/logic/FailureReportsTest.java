package org.kesudesk.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kesudesk.l10n.UserFacingException;

class FailureReportsTest {

    private final AppDirectories directories = new AppDirectories("Linux", Map.of("XDG_DATA_HOME", "/data/liu"),
            Path.of("/home/liu"));

    @Test
    void backgroundWorkThatRanOutOfMemory_isToldAsSuch_namingTheLog() {
        String message = FailureReports.message("导入方案文件", new RuntimeException(new OutOfMemoryError("heap")),
                directories);

        assertThat(message).startsWith("导入方案文件时内存不够用").contains("数据没有改动")
                .contains(directories.logFile().toString()).doesNotContain("heap");
    }

    @Test
    void aFailureTheCodeForesaw_saysItsReason_andAnyOtherWhereTheLogIs() {
        assertThat(FailureReports.message("导入方案文件", new UserFacingException("parse.error.pdfPages", 0, 2_000),
                directories)).contains("超过 2,000 页");
        assertThat(FailureReports.message("导入方案文件", new IllegalStateException("bug"), directories))
                .contains("意外错误").contains(directories.logFile().toString()).doesNotContain("bug");
    }
}
