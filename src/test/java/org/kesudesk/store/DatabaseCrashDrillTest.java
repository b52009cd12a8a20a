package org.kesudesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.Launcher;
import org.kesudesk.model.AuditEntry;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanSummary;
import org.kesudesk.model.Unit;

/**
 * The app killed (SIGKILL) at random moments while it creates a new database and while it upgrades one made with
 * the previous schema version, {@value #ROUNDS} times each (or {@code -Dkesudesk.crashDrill.databaseRounds}).
 * After each kill the database opens, passes the check, and holds exactly what it held before: nothing for a new
 * one, the old version's plans, units, aliases and audit log for an upgraded one. The random moments are printed with their
 * seed.
 */
class DatabaseCrashDrillTest {

    private static final int ROUNDS = Integer.getInteger("kesudesk.crashDrill.databaseRounds", 20);
    /** The schema version before this app's newest: a database made with the previous release. */
    private static final String PREVIOUS_VERSION = "8";

    @TempDir
    static Path shared;
    @TempDir
    Path folder;

    private static Path previousVersion;

    /** An outline of what the database of the previous version held ({@link LegacyDatabase#outline}). */
    private static String before;

    /**
     * A database made by the previous release (a stored fixture: the city's plan, two county plans, a rename, a
     * merge, an exchange and their audit log).
     */
    @BeforeAll
    static void aDatabaseOfThePreviousVersion() throws Exception {
        previousVersion = shared.resolve("v" + PREVIOUS_VERSION).resolve("kesudesk");
        LegacyDatabase.write(LegacyDatabase.BEFORE_REGIONS, previousVersion);
        before = LegacyDatabase.outlineOfFile(previousVersion);
        assertThat(before).contains(LegacyDatabase.CITY_PLAN);
    }

    @Test
    void killedWhileANewDatabaseIsMade_itIsThereWholeOrNotAtAll() throws Exception {
        Path control = folder.resolve("control").resolve("kesudesk");
        long duration = timedRun(control);
        Contents fresh;
        try (Database database = Database.open(control)) {
            fresh = Contents.of(database);
        }

        long seed = System.nanoTime();
        Random random = new Random(seed);
        int made = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Path db = folder.resolve("new" + round).resolve("kesudesk");
            Files.createDirectories(db.getParent());
            long killAfter = killMoment(random, duration);
            boolean existedAfterKill = runAndKill(db, killAfter);
            made += existedAfterKill ? 1 : 0;
            String what = String.format("seed %d, round %d, killed after %d ms", seed, round, killAfter);
            try (Database database = Database.open(db)) {
                assertThat(new DatabaseCheck(database).run()).as(what).isEmpty();
                assertThat(Contents.of(database)).as(what).isEqualTo(fresh);
            }
            try (var files = Files.list(db.getParent())) {
                assertThat(files.map(f -> f.getFileName().toString())).as(what)
                        .noneMatch(name -> name.contains(".creating-"));
            }
        }
        System.out.printf("crash drill (new database, seed %d): %d kills within the %d ms a start takes; "
                + "the database there whole after %d, not yet made after %d%n", seed, ROUNDS, duration, made,
                ROUNDS - made);
    }

    @Test
    void killedWhileADatabaseOfThePreviousVersionIsUpgraded_itHoldsExactlyWhatItHeld() throws Exception {
        Path control = copyOfPreviousVersion("control");
        long duration = timedRun(control);
        try (Database database = Database.open(control)) {
            assertThat(new DatabaseCheck(database).run()).isEmpty();
            assertThat(LegacyDatabase.outlineOf(database)).isEqualTo(before);
        }

        long seed = System.nanoTime();
        Random random = new Random(seed);
        int interrupted = 0;
        int notYet = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Path db = copyOfPreviousVersion("upgrade" + round);
            long killAfter = killMoment(random, duration);
            runAndKill(db, killAfter);
            if (Files.exists(db.resolveSibling("kesudesk.mv.db.upgrading"))) {
                interrupted++;
            } else if (Backups.of(db).list().isEmpty()) {
                notYet++;
            }
            String what = String.format("seed %d, round %d, killed after %d ms", seed, round, killAfter);
            try (Database database = Database.open(db)) {
                assertThat(new DatabaseCheck(database).run()).as(what).isEmpty();
                assertThat(LegacyDatabase.outlineOf(database)).as(what).isEqualTo(before);
            }
        }
        System.out.printf("crash drill (upgrade from version %s, seed %d): %d kills within the %d ms an upgrading "
                + "start takes; before the backup before the upgrade was kept %d, during the migrations %d, after "
                + "them %d%n", PREVIOUS_VERSION, seed, ROUNDS, duration, notYet, interrupted,
                ROUNDS - notYet - interrupted);
    }

    /** What a database holds that a user would miss: the plans, the units, the audit log. */
    private record Contents(List<PlanDocument> plans, List<Unit> units, List<AuditEntry> audit) {

        static Contents of(Database database) {
            PlanRepository repository = new PlanRepository(database);
            List<PlanDocument> plans = new ArrayList<>();
            for (PlanSummary summary : repository.list()) {
                plans.add(repository.find(summary.id()).orElseThrow());
            }
            return new Contents(plans, new UnitRepository(database).all(), new AuditLog(database).recent(1_000));
        }
    }

    /** From the JVM a third of the way up to just past the end of the run: the check, the backup, the migrations. */
    private static long killMoment(Random random, long duration) {
        return duration / 3 + random.nextInt((int) (duration * 4 / 5));
    }

    private static long timedRun(Path db) throws Exception {
        Files.createDirectories(db.getParent());
        long started = System.nanoTime();
        Process whole = start(db);
        assertThat(whole.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(whole.exitValue()).as("the start, not killed, succeeds").isZero();
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** Runs the app on the database and kills it after the given time; whether the database file was there. */
    private static boolean runAndKill(Path db, long killAfter) throws Exception {
        Process app = start(db);
        if (!app.waitFor(killAfter, TimeUnit.MILLISECONDS)) {
            app.destroyForcibly();
        }
        assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return Files.exists(Database.fileOf(db));
    }

    /** The app's command line on the database: opening it creates or upgrades it. */
    private static Process start(Path db) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // its scratch files (a killed app leaves them) in the test's folder, not the machine's temp folder
        Path scratch = Files.createDirectories(db.getParent().resolve("tmp"));
        ProcessBuilder builder = new ProcessBuilder(java, "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true",
                "-Djava.io.tmpdir=" + scratch, "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "--db", db.toString(),
                "plan", "list").redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("XDG_DATA_HOME", db.getParent().resolve("data").toString());
        Process process = builder.start();
        process.getOutputStream().close();
        return process;
    }

    private Path copyOfPreviousVersion(String name) throws IOException {
        Path copy = folder.resolve(name).resolve("kesudesk");
        Files.createDirectories(copy.getParent());
        Files.copy(Database.fileOf(previousVersion), Database.fileOf(copy));
        return copy;
    }
}
