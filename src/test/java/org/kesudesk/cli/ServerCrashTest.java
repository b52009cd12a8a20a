package org.kesudesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.Launcher;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.store.Database;
import org.kesudesk.store.DatabaseCheck;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.testsupport.PlanOutline;
import org.kesudesk.testsupport.TestDatabases;

/**
 * A clerk's computer dies while it stores a plan on the office's database on a server (the app killed, SIGKILL, at
 * random moments of a plan's import): the server holds the whole plan or none of it, and nothing else is amiss. Run
 * on a server only.
 */
@Tag("server")
class ServerCrashTest {

    private static final int ROUNDS = 5;

    @TempDir
    Path folder;

    @Test
    void aClientKilledWhileItStoresAPlan_leavesTheServerWithAllOfItOrNoneOfIt() throws Exception {
        Path sample = folder.resolve("qiqihar.txt");
        try (InputStream in = getClass().getResourceAsStream("/org/kesudesk/samples/qiqihar-2022-16.txt")) {
            Files.write(sample, in.readAllBytes());
        }
        // not killed: how long the import takes sets when the kills come, and what the whole plan is
        Path controlPath = folder.resolve("control");
        String control = TestDatabases.location(controlPath);
        long started = System.nanoTime();
        Process whole = start(control, sample, folder);
        assertThat(whole.waitFor(120, TimeUnit.SECONDS)).isTrue();
        long duration = (System.nanoTime() - started) / 1_000_000;
        assertThat(whole.exitValue()).isZero();
        String outline;
        try (Database database = TestDatabases.open(controlPath)) {
            PlanDocument plan = new PlanRepository(database).ownPlan().orElseThrow();
            outline = PlanOutline.of(plan);
        }
        assertThat(outline).isNotEmpty();

        long seed = System.nanoTime();
        Random random = new Random(seed);
        int stored = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Path path = folder.resolve("round" + round);
            String db = TestDatabases.location(path);
            // the schema is made first (not what is tested here): then the kills come while the plan is stored
            try (Database database = TestDatabases.open(path)) {
                assertThat(new PlanRepository(database).list()).isEmpty();
            }
            long killAfter = duration / 3 + random.nextInt((int) Math.max(1, duration * 3 / 4));
            Process app = start(db, sample, folder);
            if (!app.waitFor(killAfter, TimeUnit.MILLISECONDS)) {
                app.destroyForcibly();
            }
            assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();
            try (Database database = TestDatabases.open(path)) {
                assertThat(new DatabaseCheck(database).run()).as("seed %d, round %d", seed, round).isEmpty();
                List<PlanDocument> plans = new ArrayList<>();
                new PlanRepository(database).list().forEach(summary ->
                        plans.add(new PlanRepository(database).find(summary.id()).orElseThrow()));
                assertThat(plans).as("seed %d, round %d: killed after %d ms", seed, round, killAfter)
                        .hasSizeLessThanOrEqualTo(1);
                if (!plans.isEmpty()) {
                    assertThat(PlanOutline.of(plans.get(0))).as("seed %d, round %d", seed, round)
                            .isEqualTo(outline);
                    stored++;
                }
            }
        }
        System.out.printf("server crash drill (seed %d): %d kills in the %d ms an import takes, %d left the whole"
                + " plan, %d none%n", seed, ROUNDS, duration, stored, ROUNDS - stored);
    }

    private static Process start(String db, Path file, Path folder) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // its scratch files (a killed app leaves them) in the test's folder, not the machine's temp folder
        Path scratch = Files.createDirectories(folder.resolve("tmp"));
        ProcessBuilder builder = new ProcessBuilder(java, "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true",
                "-Djava.io.tmpdir=" + scratch, "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "--db", db, "plan", "import",
                file.toString(), "--accept-aliases").redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        // the app's own files (its log) in the test's folder, not the user's
        builder.environment().put("XDG_DATA_HOME", folder.resolve("data").toString());
        Process process = builder.start();
        process.getOutputStream().close();
        return process;
    }
}
