package org.kesudesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.Launcher;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.testsupport.DatabaseHolder;
import org.kesudesk.testsupport.TestPlans;

/**
 * Runs the real entry point in its own JVM with JavaFX removed from the class path: a subcommand must run headless
 * and never touch JavaFX.
 */
class HeadlessLauncherTest {

    @TempDir
    Path folder;

    @Test
    void aSubcommandRunsWithoutJavaFxOnTheClassPath() throws Exception {
        Path db = folder.resolve("kesudesk");
        try (Database database = Database.open(db)) {
            new PlanRepository(database).add(TestPlans.countyPlan());
        }

        Run run = launch("--db", db.toString(), "plan", "show");

        assertThat(run.exitCode).isZero();
        assertThat(run.out).contains(TestPlans.countyPlan().plan().docNumber()).contains("县融媒体中心");
        assertThat(run.err).isEmpty();
    }

    @Test
    void aSecondCopy_saysInChineseThatTheDatabaseIsOpen_withoutAStackTrace() throws Exception {
        Path db = folder.resolve("kesudesk");
        Database.open(db).close();

        Run run;
        try (DatabaseHolder first = DatabaseHolder.hold(db)) {
            run = launch("--db", db.toString(), "plan", "show", "--json");
        }

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err).contains("数据库已在另一个科素通窗口").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out).isEmpty();
    }

    @Test
    void whatTheAppDoes_isLoggedToAFileInTheDataFolder() throws Exception {
        Path db = folder.resolve("kesudesk");
        Database.open(db).close();

        Run run = launch("--db", db.toString(), "db", "check");

        assertThat(run.exitCode).as(run.err).isZero();
        Path log = folder.resolve("data").resolve("kesudesk").resolve("logs").resolve("kesudesk.log");
        assertThat(log).isRegularFile();
        assertThat(java.nio.file.Files.readString(log)).contains("KesuDesk").contains("starting")
                .contains("exiting with code 0");
        assertThat(run.err).as("the log file's lines stay out of the console").isEmpty();
    }

    @Test
    void aCommandThatRunsOutOfMemory_saysSoInChinese_andLogsTheFailure() throws Exception {
        // 24 MB of text read in a heap of 32 MB: whatever runs out, the user is told, not left with nothing
        Path text = java.nio.file.Files.writeString(folder.resolve("plan.txt"),
                ("推进科学教育开展科普活动".repeat(40) + "\n").repeat(17_000), StandardCharsets.UTF_8);

        Run run = launch(List.of("-Xmx32m"), "--db", folder.resolve("kesudesk").toString(), "plan", "import",
                text.toString(), "--dry-run");

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err).contains("执行命令“plan import”时内存不够用").contains("数据没有改动")
                .doesNotContain("Exception").doesNotContain("\tat ");
        Path log = folder.resolve("data").resolve("kesudesk").resolve("logs").resolve("kesudesk.log");
        assertThat(java.nio.file.Files.readString(log)).contains("ran out of memory").contains("OutOfMemoryError");
    }

    private Run launch(String... args) throws IOException, InterruptedException {
        return launch(List.of(), args);
    }

    private Run launch(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("javafx") && !entry.contains("openjfx") && !entry.contains("testfx"))
                .collect(Collectors.joining(File.pathSeparator));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Dfile.encoding=UTF-8",
                "-Dnative.encoding=UTF-8"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        // the data folder (and with it the log files) inside the test's folder
        builder.environment().put("XDG_DATA_HOME", folder.resolve("data").toAbsolutePath().toString());
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the launcher did not finish");
        }
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String out, String err) {
    }
}
