package org.kesudesk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.kesudesk.exchange.PlanExchange;
import org.kesudesk.exchange.ProgressLedgers;
import org.kesudesk.logic.PlanChoice;
import org.kesudesk.logic.progress.ProgressTracking;
import org.kesudesk.model.Ids;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.ProgressReport;
import org.kesudesk.model.ProgressStatus;
import org.kesudesk.model.Region;
import org.kesudesk.model.ReportingRound;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.ProgressRepository;
import org.kesudesk.store.RegionRepository;

/**
 * A city's reporting day: a city database with its plan and its 16 counties' plans of 2,000 tasks each (five
 * responsible units a task), the city's plan with 8 rounds of reports (7 closed, every row reported), and one round
 * of every row reported in each county. Timed: the 25 units' filled-in sheets of the open round and the 16 counties'
 * .kesu files imported in one batch (each checked, then stored), and the dashboard (rows and lights, figures by
 * unit, the previous round, each county) read cold and warm; then the counties' files of the next quarter (a second
 * round each: 20,000 reports a county, half of them new). Targets: the batch in under 5 s, the dashboard in under
 * 0.5 s warm. Not a test: run with {@code ./mvnw -q test-compile exec:java
 * -Dexec.mainClass=org.kesudesk.bench.ProgressBenchmark -Dexec.classpathScope=test}; setting the databases up takes
 * a few minutes and is not timed.
 */
public final class ProgressBenchmark {

    private static final int TASKS_PER_ITEM = 100;
    private static final int UNITS = 25;
    private static final int CITY_ROUNDS = 8;

    private ProgressBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1) {
            // the timed part again on the data a run set up (its folder): the city's database as it was set up
            Path folder = Path.of(args[0]);
            Path again = folder.resolve("again");
            org.kesudesk.files.Folders.deleteTree(again);
            BenchFolders.copyTree(folder.resolve("city-set-up"), again);
            timed(again.resolve("kesudesk").toString(), countyFiles(folder, "from-"), filledSheets(folder),
                    countyFiles(folder, "next-"));
            return;
        }
        Path folder = BenchFolders.temporary("kesudesk-progress-bench");
        String city = folder.resolve("city").resolve("kesudesk").toString();
        long setup = System.nanoTime();
        List<Region> counties;
        try (Database database = Database.open(Path.of(city))) {
            RegionRepository regions = new RegionRepository(database);
            Region own = regions.own().orElseThrow();
            counties = regions.all().stream().filter(r -> r.belongsTo(own) && !r.id().equals(own.id())).toList();
            PlanDocument plan = new PlanRepository(database).add(SyntheticPlans.plan("市方案", Optional.of(own.id()), 2,
                    10, TASKS_PER_ITEM, UNITS, "市科普单位"));
            ProgressTracking tracking = new ProgressTracking(database);
            for (int r = 1; r <= CITY_ROUNDS; r++) {
                ReportingRound round = tracking.openRound(plan, "第" + r + "轮", LocalDate.now().plusDays(r == CITY_ROUNDS
                        ? 20 : -30L * (CITY_ROUNDS - r)), Optional.empty(), Optional.empty());
                if (r < CITY_ROUNDS) {
                    reportEverything(database, tracking, plan, round, r % 2 == 0 ? ProgressStatus.DONE
                            : ProgressStatus.IN_PROGRESS);
                    tracking.closeRound(round);
                }
            }
        }
        // each county: its plan derived at the city, sent, reported on there, and sent back
        List<Path> firstFiles = new ArrayList<>();
        for (Region county : counties) {
            String countyDb = folder.resolve(county.code()).resolve("kesudesk").toString();
            Path toCounty = folder.resolve("to-" + county.code() + ".kesu");
            quiet("--db", city, "plan", "derive", "--region", county.code());
            quiet("--db", city, "exchange", "export", "--region", county.code(), "--out", toCounty.toString());
            quiet("--db", countyDb, "exchange", "import", toCounty.toString(), "--trust-new-key");
            try (Database database = Database.open(Path.of(countyDb))) {
                ProgressTracking tracking = new ProgressTracking(database);
                PlanDocument plan = PlanChoice.open(database, Optional.empty());
                ReportingRound round = tracking.openRound(plan, "2026年上半年", LocalDate.now().plusDays(10),
                        Optional.empty(), Optional.empty());
                reportEverything(database, tracking, plan, round, ProgressStatus.IN_PROGRESS);
            }
            Path key = folder.resolve(county.code() + ".key");
            quiet("--db", countyDb, "key", "export", "--out", key.toString());
            quiet("--db", city, "key", "import", key.toString());
            Path toCity = folder.resolve("from-" + county.code() + ".kesu");
            quiet("--db", countyDb, "exchange", "export", "--region", "230200", "--out", toCity.toString());
            firstFiles.add(toCity);
            // the county's file of the next quarter: its first round closed, a second one reported on
            try (Database database = Database.open(Path.of(countyDb))) {
                ProgressTracking tracking = new ProgressTracking(database);
                PlanDocument plan = PlanChoice.open(database, Optional.empty());
                tracking.closeRound(tracking.currentRound(plan).orElseThrow());
                ReportingRound round = tracking.openRound(plan, "2026年下半年", LocalDate.now().plusDays(20),
                        Optional.empty(), Optional.empty());
                reportEverything(database, tracking, plan, round, ProgressStatus.DONE);
            }
            quiet("--db", countyDb, "exchange", "export", "--region", "230200", "--out",
                    folder.resolve("next-" + county.code() + ".kesu").toString());
        }
        // the units' sheets of the city's open round, filled in as the units would
        List<Path> sheets;
        try (Database database = Database.open(Path.of(city))) {
            PlanDocument plan = PlanChoice.open(database, Optional.empty());
            ProgressTracking tracking = new ProgressTracking(database);
            ReportingRound open = tracking.currentRound(plan).orElseThrow();
            sheets = new ProgressLedgers(database).exportAll(plan, open, folder.resolve("sheets")).stream()
                    .map(ProgressLedgers.Exported::file).toList();
        }
        for (Path sheet : sheets) {
            fill(sheet);
        }
        System.out.printf(Locale.ROOT, "set up: %d counties, %d sheets, in %.0f s (not timed below)%n",
                counties.size(), sheets.size(), (System.nanoTime() - setup) / 1e9);
        System.out.printf(Locale.ROOT, "county files %.1f MB in all, sheets %.1f MB in all%n",
                size(firstFiles) / 1e6, size(sheets) / 1e6);
        BenchFolders.copyTree(folder.resolve("city"), folder.resolve("city-set-up"));
        System.out.println(BenchFolders.again(folder));
        System.out.println("in this JVM, which set the data up (the code the batch runs already compiled):");
        timed(city, firstFiles, sheets, countyFiles(folder, "next-"));
        System.out.println("as the installed app does it, in a JVM of its own (the batch the first work it does):");
        asInstalled(folder);
        h2Floor(folder.resolve("floor"));
    }

    /**
     * The timed part again, on the data as it was set up, in a JVM started as the installed app's (its options and
     * heap, a jar, a class-data archive made as the installer makes it without a display: by region list).
     */
    private static void asInstalled(Path folder) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(InstalledJvm.command(folder, ProgressBenchmark.class, true,
                List.of("-Xmx1g", "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true"),
                List.of("org.kesudesk.Launcher", "--db", folder.resolve("training").resolve("kesudesk").toString(),
                        "region", "list")));
        command.addAll(List.of(ProgressBenchmark.class.getName(), folder.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(
                process.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (!line.isBlank() && !line.contains(" WARN ") && !line.contains(" INFO ")) {
                    System.out.println("  " + line);
                }
            }
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException("the installed-app run failed");
        }
    }

    private static List<Path> countyFiles(Path folder, String prefix) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
    }

    private static List<Path> filledSheets(Path folder) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(folder.resolve("sheets"))) {
            return files.sorted().toList();
        }
    }

    /**
     * The batch (sheets, then county files) into the city's database, then the dashboard, each timed; then the
     * counties' files of the next quarter (a second round each), alone.
     */
    private static void timed(String city, List<Path> countyFiles, List<Path> sheets, List<Path> nextFiles)
            throws Exception {
        try (Database database = Database.open(Path.of(city))) {
            long start = System.nanoTime();
            ProgressLedgers ledgers = new ProgressLedgers(database);
            List<ProgressLedgers.Checked> checked = ledgers.check(sheets, Optional.empty());
            long ledgersChecked = System.nanoTime();
            ProgressLedgers.Imported imported = ledgers.apply(checked);
            long ledgersStored = System.nanoTime();
            int countyImports = importAll(database, countyFiles);
            long countiesStored = System.nanoTime();
            print("the 25 sheets checked", start, ledgersChecked);
            print("  and stored (" + imported.reports() + " reports, a backup first)", ledgersChecked, ledgersStored);
            print("the " + countyImports + " county files checked and stored", ledgersStored, countiesStored);
            print("the batch in all (target 5 s)", start, countiesStored);

            PlanDocument plan = PlanChoice.open(database, Optional.empty());
            ProgressTracking tracking = new ProgressTracking(database);
            ReportingRound open = tracking.currentRound(plan).orElseThrow();
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                long t = System.nanoTime();
                ProgressTracking.Figures figures = tracking.figures(plan, open, LocalDate.now());
                ProgressTracking.byUnit(figures.rows(), open);
                List<ProgressTracking.CountySummary> byCounty = tracking.byCounty(plan, Optional.of(open), LocalDate.now());
                times.add((System.nanoTime() - t) / 1e6);
                if (i == 0) {
                    System.out.printf(Locale.ROOT, "dashboard: %,d rows, previous round %s, %d counties%n",
                            figures.rows().size(), figures.previous().map(ReportingRound::name).orElse("-"),
                            byCounty.size());
                }
            }
            System.out.printf(Locale.ROOT, "%-55s %8.0f ms%n", "the dashboard, cold", times.get(0));
            List<Double> warm = times.subList(1, times.size()).stream().sorted().toList();
            System.out.printf(Locale.ROOT, "%-55s %8.0f ms (best %.0f)%n", "the dashboard, warm median (target 500 ms)",
                    warm.get(warm.size() / 2), warm.get(0));
            List<Double> ownOnly = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                long t = System.nanoTime();
                tracking.figures(plan, open, LocalDate.now());
                ownOnly.add((System.nanoTime() - t) / 1e6);
            }
            System.out.printf(Locale.ROOT, "%-55s %8.0f ms%n", "  of which the city's own plan, warm median",
                    ownOnly.stream().sorted().toList().get(2));

            // a task chosen in the rows: each county's standing on it (every county's plan paired with the city's
            // once, then read from what was worked out); a second task chosen costs nothing more
            org.kesudesk.logic.progress.CountyTasks countyTasks =
                    new org.kesudesk.logic.progress.CountyTasks(database, tracking);
            List<org.kesudesk.model.PlanNode> tasks = new ArrayList<>();
            plan.forEachNode(node -> {
                if (node.kind().isTask()) {
                    tasks.add(node);
                }
            });
            long pairing = System.nanoTime();
            int countiesOfTask = countyTasks.of(plan, Optional.of(open), tasks.get(0).id(), LocalDate.now()).size();
            print("a task in its " + countiesOfTask + " counties, first (the plans paired)", pairing,
                    System.nanoTime());
            long another = System.nanoTime();
            countyTasks.of(plan, Optional.of(open), tasks.get(tasks.size() / 2).id(), LocalDate.now());
            print("  another task then", another, System.nanoTime());

            long next = System.nanoTime();
            int nextImports = importAll(database, nextFiles);
            print("next quarter: " + nextImports + " county files (20,000 reports each, half new)", next,
                    System.nanoTime());
        }
    }

    private static int importAll(Database database, List<Path> files) {
        int[] imports = {0};
        try (PlanExchange exchange = new PlanExchange(database)) {
            exchange.importAll(files, false, Optional::of, outcome -> {
                if (outcome.failure().isPresent()) {
                    throw new IllegalStateException(outcome.failure().get().getMessage());
                }
                imports[0]++;
            });
        }
        return imports[0];
    }

    /**
     * What H2 alone takes for the county files' reports: 16 × 10,000 rows of the report table as the migrations make
     * it (its keys, unique and foreign-key indexes, the lights' index), written by plain JDBC in batches of 5,000, a
     * commit a county — no checking, merging or audit. The batch cannot be faster than this while each county's
     * report is a row.
     */
    private static void h2Floor(Path folder) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:"
                + folder.resolve("floor").toAbsolutePath(), "sa", "");
             java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE node (id UUID PRIMARY KEY)");
            s.execute("CREATE TABLE unit (id UUID PRIMARY KEY)");
            s.execute("CREATE TABLE reporting_round (id UUID PRIMARY KEY)");
            s.execute("CREATE TABLE progress_report (id UUID NOT NULL PRIMARY KEY, round_id UUID NOT NULL,"
                    + " node_id UUID NOT NULL, unit_id UUID NOT NULL, status VARCHAR(16) NOT NULL, percent INT NOT NULL,"
                    + " progress VARCHAR(20000) NOT NULL, problems VARCHAR(20000) NOT NULL,"
                    + " next_steps VARCHAR(20000) NOT NULL, reported_by VARCHAR(100) NOT NULL,"
                    + " reported_at TIMESTAMP WITH TIME ZONE NOT NULL, CHECK (percent BETWEEN 0 AND 100),"
                    + " UNIQUE (round_id, node_id, unit_id),"
                    + " FOREIGN KEY (round_id) REFERENCES reporting_round (id) ON DELETE CASCADE,"
                    + " FOREIGN KEY (node_id) REFERENCES node (id) ON DELETE CASCADE,"
                    + " FOREIGN KEY (unit_id) REFERENCES unit (id))");
            s.execute("CREATE INDEX light ON progress_report (round_id, node_id, unit_id, status)");
            c.setAutoCommit(false);
            java.util.UUID[] nodes = new java.util.UUID[2000];
            java.util.UUID[] units = new java.util.UUID[25];
            try (java.sql.PreparedStatement n = c.prepareStatement("INSERT INTO node VALUES (?)");
                 java.sql.PreparedStatement u = c.prepareStatement("INSERT INTO unit VALUES (?)")) {
                for (int i = 0; i < nodes.length; i++) {
                    nodes[i] = org.kesudesk.model.Ids.newId();
                    n.setObject(1, nodes[i]);
                    n.addBatch();
                }
                n.executeBatch();
                for (int i = 0; i < units.length; i++) {
                    units[i] = org.kesudesk.model.Ids.newId();
                    u.setObject(1, units[i]);
                    u.addBatch();
                }
                u.executeBatch();
            }
            c.commit();
            long start = System.nanoTime();
            java.time.OffsetDateTime now = java.time.OffsetDateTime.now();
            try (java.sql.PreparedStatement r = c.prepareStatement("INSERT INTO reporting_round VALUES (?)");
                 java.sql.PreparedStatement p = c.prepareStatement(
                         "INSERT INTO progress_report VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int county = 0; county < 16; county++) {
                    java.util.UUID round = org.kesudesk.model.Ids.newId();
                    r.setObject(1, round);
                    r.execute();
                    int pending = 0;
                    for (int task = 0; task < nodes.length; task++) {
                        for (int unit = 0; unit < 5; unit++) {
                            p.setObject(1, org.kesudesk.model.Ids.newId());
                            p.setObject(2, round);
                            p.setObject(3, nodes[task]);
                            p.setObject(4, units[(task + unit) % units.length]);
                            p.setString(5, "IN_PROGRESS");
                            p.setInt(6, 50);
                            p.setString(7, "本季度开展活动三次，覆盖群众一千余人。");
                            p.setString(8, "");
                            p.setString(9, "继续推进。");
                            p.setString(10, "县纲要办");
                            p.setObject(11, now);
                            p.addBatch();
                            if (++pending == 5_000) {
                                p.executeBatch();
                                pending = 0;
                            }
                        }
                    }
                    p.executeBatch();
                    c.commit();
                }
            }
            print("H2's floor: 160,000 report rows by plain JDBC", start, System.nanoTime());
        }
    }

    /** Every row of a round reported, in one transaction. */
    private static void reportEverything(Database database, ProgressTracking tracking, PlanDocument plan,
                                         ReportingRound round, ProgressStatus status) {
        List<ProgressReport> reports = new ArrayList<>();
        for (ProgressTracking.Row row : tracking.rows(plan, round, LocalDate.now())) {
            reports.add(new ProgressReport(Ids.newId(), round.id(), row.task().id(), row.unit().id(), status,
                    status.defaultPercent(), "按计划推进，已完成阶段性任务。", "", "继续推进。", "bench", Instant.now()));
        }
        new ProgressRepository(database).reportAll(reports, report -> "bench");
    }

    /** A unit's sheet filled in: every task 推进中 with a sentence of progress. */
    private static void fill(Path sheet) throws Exception {
        Workbook workbook;
        try (InputStream in = Files.newInputStream(sheet)) {
            workbook = WorkbookFactory.create(in);
        }
        try (workbook; OutputStream out = Files.newOutputStream(sheet)) {
            Sheet data = workbook.getSheet("进展填报");
            for (int r = 3; r <= data.getLastRowNum(); r++) {
                Row row = data.getRow(r);
                row.getCell(3).setCellValue("推进中");
                row.getCell(5).setCellValue("本季度开展活动三次，覆盖群众一千余人。");
            }
            workbook.write(out);
        }
    }

    private static long size(List<Path> files) throws Exception {
        long total = 0;
        for (Path file : files) {
            total += Files.size(file);
        }
        return total;
    }

    private static void print(String what, long from, long to) {
        System.out.printf(Locale.ROOT, "%-55s %8.0f ms%n", what, (to - from) / 1e6);
    }

    private static void quiet(String... args) {
        BenchCommands.quiet(args);
    }
}
