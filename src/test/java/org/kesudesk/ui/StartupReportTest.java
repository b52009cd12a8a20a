package org.kesudesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.Launcher;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.testsupport.TestPlans;

/**
 * {@code kesudesk --startup-report} starts the real app in a JVM of its own (headless, on Monocle), shows the
 * window and the plan, prints how long each took from the process's start, and exits.
 */
class StartupReportTest {

    @TempDir
    Path folder;

    @Test
    void theReport_givesTheFirstFrameAndThePlanShown_thenTheAppExits() throws Exception {
        Path db = folder.resolve("kesudesk");
        try (Database database = Database.open(db)) {
            new PlanRepository(database).add(TestPlans.countyPlan());
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Dfile.encoding=UTF-8", "-Dnative.encoding=UTF-8",
                "-Dprism.order=sw", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.text=t2k",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "--db", db.toString(), "--startup-report"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("XDG_DATA_HOME", folder.resolve("data").toString());
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process app = builder.start();
        app.getOutputStream().close();
        String out = new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(app.waitFor(120, TimeUnit.SECONDS)).as("the app closes itself after the report").isTrue();

        assertThat(app.exitValue()).isZero();
        Matcher report = Pattern.compile("窗口第一帧 (\\d+) ms；到方案显示 (\\d+) ms；此时占用内存 (-?\\d+) MB")
                .matcher(out);
        assertThat(report.find()).as(out).isTrue();
        long firstFrame = Long.parseLong(report.group(1));
        long ready = Long.parseLong(report.group(2));
        assertThat(firstFrame).isPositive();
        assertThat(ready).isPositive();
        long memory = Long.parseLong(report.group(3));
        if (System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")) {
            assertThat(memory).as("resident memory, MB").isBetween(20L, 4096L);
        }
    }
}
