package org.kesudesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.Launcher;
import org.kesudesk.bench.SyntheticPlans;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.PlanSummary;
import org.kesudesk.model.Region;
import org.kesudesk.model.Unit;
import org.kesudesk.store.Database;
import org.kesudesk.store.DatabaseCheck;
import org.kesudesk.store.KeyRepository;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.RegionRepository;
import org.kesudesk.store.UnitRepository;
import org.kesudesk.testsupport.EditStream;

/**
 * The crash drill: the app is killed (SIGKILL) at random moments while it imports a county's file and while it
 * stores a stream of edits, many times over. After each kill the database opens, passes the check, and holds the
 * import entirely or not at all, and every edit that was reported stored. The number of kills of each kind is
 * {@code -Dkesudesk.crashDrill.rounds} (8 unless set); the random moments are printed with their seed.
 */
class CrashDrillTest {

    private static final int ROUNDS = Integer.getInteger("kesudesk.crashDrill.rounds", 8);
    private static final String COUNTY = "230227";

    @TempDir
    static Path shared;
    @TempDir
    Path folder;

    private static Path pristine;
    private static Path file;
    private static UUID planId;
    private static PlanDocument before;
    private static PlanDocument after;

    /** The city's database with a county's plan of 1,000 tasks, the file that county sends back, and what it does. */
    @BeforeAll
    static void aCityAndTheFileItsCountySends() throws Exception {
        pristine = shared.resolve("city").resolve("kesudesk");
        KeyPair countyKey = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        try (Database city = Database.open(pristine)) {
            Region county = new RegionRepository(city).byCode(COUNTY).orElseThrow();
            before = new PlanRepository(city).add(SyntheticPlans.plan(county.name() + "方案",
                    Optional.of(county.id()), 2, 10, 50, 60, "富裕县单位"));
            planId = before.plan().id();
            Path sent = shared.resolve("to-county.kesu");
            new PlanExchange(city).export(COUNTY, sent);
            new KeyRepository(city).addKnown(new KeyRepository.KnownKey(COUNTY, county.name(),
                    countyKey.getPublic().getEncoded(), OfficeKeys.fingerprint(countyKey.getPublic().getEncoded())),
                    OfficeKeys::accepted);
            PlanDocument received = PlanData.read(ExchangeFile.read(sent, code -> Optional.empty(), true).entries()
                    .get(PlanData.ENTRY)).document();
            file = shared.resolve("from-county.kesu");
            ExchangeFile.write(file, new ExchangeFile.Header(COUNTY, county.name(), "230200", OffsetDateTime.now(),
                    "drill"), Map.of(PlanData.ENTRY, PlanData.write(reworded(received), COUNTY)), countyKey);
        }
        Path scratch = shared.resolve("imported").resolve("kesudesk");
        copy(pristine, scratch);
        try (Database database = Database.open(scratch); PlanExchange exchange = new PlanExchange(database)) {
            exchange.apply(exchange.inspect(file, false));
            after = new PlanRepository(database).find(planId).orElseThrow();
        }
        assertThat(after).as("the import changes the plan").isNotEqualTo(before);
    }

    @Test
    void killedDuringAnImport_theDatabaseHoldsAllOfItOrNoneOfIt() throws Exception {
        // first, not killed: the import goes through, and how long it takes sets when the kills come
        Path control = folder.resolve("control").resolve("kesudesk");
        copy(pristine, control);
        long started = System.nanoTime();
        Process whole = start(List.of(Launcher.class.getName(), "--db", control.toString(), "exchange", "import",
                file.toString()), control.getParent());
        assertThat(whole.waitFor(120, TimeUnit.SECONDS)).isTrue();
        long duration = (System.nanoTime() - started) / 1_000_000;
        assertThat(whole.exitValue()).as("the import, not killed, succeeds").isZero();
        try (Database database = Database.open(control)) {
            assertThat(new PlanRepository(database).find(planId)).contains(after);
        }

        long seed = System.nanoTime();
        Random random = new Random(seed);
        int imported = 0;
        int none = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Path db = folder.resolve("round" + round).resolve("kesudesk");
            copy(pristine, db);
            // from the JVM well started (a third of the way) to just past the end: checking, the backup, the write
            long killAfter = duration / 3 + random.nextInt((int) (duration * 3 / 4));
            Process app = start(List.of(Launcher.class.getName(), "--db", db.toString(), "exchange", "import",
                    file.toString()), db.getParent());
            if (!app.waitFor(killAfter, TimeUnit.MILLISECONDS)) {
                app.destroyForcibly();
            }
            assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();

            try (Database database = Database.open(db)) {
                assertThat(new DatabaseCheck(database).run()).as("seed %d, round %d", seed, round).isEmpty();
                PlanDocument plan = new PlanRepository(database).find(planId).orElseThrow();
                assertThat(plan).as("seed %d, round %d: killed after %d ms", seed, round, killAfter)
                        .isIn(before, after);
                if (plan.equals(after)) {
                    imported++;
                } else {
                    none++;
                }
            }
        }
        System.out.printf("crash drill (import, seed %d): %d kills from a third into the %d ms an import takes; "
                + "the import whole in %d, not there in %d%n", seed, ROUNDS, duration, imported, none);
    }

    @Test
    void killedDuringAStreamOfEdits_everyEditReportedStoredIsThere_andNoneIsHalfStored() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int round = 0; round < ROUNDS; round++) {
            Path db = folder.resolve("edits" + round).resolve("kesudesk");
            Database.open(db).close();
            Process app = start(List.of(EditStream.class.getName(), db.toString()), db.getParent());
            BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(),
                    StandardCharsets.UTF_8));
            // once the first edits are stored, a random while longer
            assertThat(out.readLine()).as("the edits start").isEqualTo("saved 0");
            java.util.concurrent.atomic.AtomicInteger counted = new java.util.concurrent.atomic.AtomicInteger(1);
            Thread reader = new Thread(() -> {
                try {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        counted.set(Integer.parseInt(line.substring("saved ".length())) + 1);
                    }
                } catch (IOException closedByTheKill) {
                    // what was read is what counts
                }
            });
            reader.start();
            long killAfter = random.nextInt(1500);
            if (!app.waitFor(killAfter, TimeUnit.MILLISECONDS)) {
                app.destroyForcibly();
            }
            assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();
            reader.join(60_000);
            int reported = counted.get();

            try (Database database = Database.open(db)) {
                String what = String.format("seed %d, round %d, killed after %d ms, %d edits reported", seed,
                        round, killAfter, reported);
                assertThat(new DatabaseCheck(database).run()).as(what).isEmpty();
                PlanRepository plans = new PlanRepository(database);
                List<PlanSummary> stored = plans.list();
                assertThat(stored.size()).as(what).isGreaterThanOrEqualTo(reported);
                for (PlanSummary summary : stored) {
                    assertThat(nodes(plans.find(summary.id()).orElseThrow())).as("%s: plan %s whole", what,
                            summary.title()).isEqualTo(EditStream.NODES_PER_PLAN);
                }
                List<String> units = new UnitRepository(database).all().stream().map(Unit::name).toList();
                for (int i = 0; i < reported; i++) {
                    assertThat(units).as(what).contains(EditStream.UNIT + i);
                }
            }
        }
        System.out.printf("crash drill (edits, seed %d): %d rounds%n", seed, ROUNDS);
    }

    private static Process start(List<String> mainAndArgs, Path dataFolder) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // its scratch files (a killed app leaves them) in the test's folder, not the machine's temp folder
        Path scratch = Files.createDirectories(dataFolder.resolve("tmp"));
        List<String> command = new ArrayList<>(List.of(java, "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true",
                "-Djava.io.tmpdir=" + scratch, "-cp", System.getProperty("java.class.path")));
        command.addAll(mainAndArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("XDG_DATA_HOME", dataFolder.resolve("data").toString());
        Process process = builder.start();
        process.getOutputStream().close();
        return process;
    }

    private static int nodes(PlanDocument plan) {
        int[] count = {0};
        plan.forEachNode(node -> count[0]++);
        return count[0];
    }

    /** The county rewords every third task. */
    private static PlanDocument reworded(PlanDocument plan) {
        int[] n = {0};
        return new PlanDocument(plan.plan(), plan.goalIndicators(), plan.sections().stream()
                .map(section -> reword(section, n)).toList());
    }

    private static PlanNode reword(PlanNode node, int[] n) {
        String text = node.children().isEmpty() && n[0]++ % 3 == 0 ? node.text() + "（县里改写）" : node.text();
        return new PlanNode(node.id(), node.kind(), node.label(), node.title(), text, node.assignments(),
                node.indicators(), node.children().stream().map(child -> reword(child, n)).toList(),
                node.rowVersion());
    }

    private static void copy(Path database, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(database.resolveSibling(database.getFileName() + ".mv.db"),
                to.resolveSibling(to.getFileName() + ".mv.db"));
    }
}
