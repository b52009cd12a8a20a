package org.kesudesk.bench;

import org.kesudesk.logic.RegionWording;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.kesudesk.exchange.ExchangeFile;
import org.kesudesk.exchange.OfficeKeys;
import org.kesudesk.exchange.PlanData;
import org.kesudesk.exchange.PlanExchange;
import org.kesudesk.model.Assignment;
import org.kesudesk.model.NodeKind;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Region;
import org.kesudesk.model.RegionKind;
import org.kesudesk.model.Role;
import org.kesudesk.model.Unit;
import org.kesudesk.store.Database;
import org.kesudesk.store.KeyRepository;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.RegionRepository;

/**
 * Prints how long the city takes to exchange files with its 16 counties, each county's plan having 2,000 tasks
 * (10,000 assignments): exporting the 16 files, then checking and importing the 16 files the counties send back
 * (each with 100 units added, 50 tasks reworded, 20 local tasks added and 10 removed) as {@code exchange import
 * FILE…} does, into the city's database that holds the plans it sent and once more into an empty city database;
 * then, untimed, the heap in use after each file, to show memory is bounded by a file or two. Not a test: run with
 * {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=org.kesudesk.bench.ExchangeBenchmark
 * -Dexec.classpathScope=test} ({@code -Dbench.keep=true} keeps the files and databases it made, in a temporary
 * folder; otherwise they are deleted).
 */
public final class ExchangeBenchmark {

    private static final int TASKS_PER_ITEM = 100;

    private ExchangeBenchmark() {
    }

    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        Path folder = BenchFolders.temporary("kesudesk-exchange-bench");
        List<Path> received;
        List<KeyRepository.KnownKey> countyKeys;
        try (Database city = Database.open(folder.resolve("city").resolve("kesudesk"))) {
            List<Region> counties = new RegionRepository(city).all().stream()
                    .filter(r -> r.kind() == RegionKind.COUNTY).toList();
            long start = System.nanoTime();
            for (Region county : counties) {
                new PlanRepository(city).add(SyntheticPlans.plan(county.name() + "方案", Optional.of(county.id()),
                        2, 10, TASKS_PER_ITEM, 120, county.name().substring(0, 2) + "县单位"));
            }
            print("storing 16 county plans (setup)", start, "");
        }
        // as if the app had been closed and started again (closing compacts the file)
        try (Database city = Database.open(folder.resolve("city").resolve("kesudesk"))) {
            List<Region> counties = new RegionRepository(city).all().stream()
                    .filter(r -> r.kind() == RegionKind.COUNTY).toList();

            List<Path> sent = new ArrayList<>();
            long start = System.nanoTime();
            for (Region county : counties) {
                sent.add(new PlanExchange(city).export(county.code(), folder.resolve("to-" + county.code() + ".kesu"))
                        .file());
            }
            long bytes = sent.stream().mapToLong(ExchangeBenchmark::size).sum();
            print("exporting 16 files (city -> counties)", start,
                    String.format(Locale.ROOT, "%.1f MB in all", bytes / 1e6));

            received = countiesAnswer(city, counties, sent, folder);
            countyKeys = new KeyRepository(city).allKnown();
        }
        try (Database city = Database.open(folder.resolve("city").resolve("kesudesk"))) {
            System.out.printf(Locale.ROOT, "%-50s %9.1f MB%n", "city database file before importing",
                    Files.size(city.file()) / 1e6);
            importAll(city, received, "verify + import 16 files into the city's database", false);
        }
        try (Database empty = Database.open(folder.resolve("fresh").resolve("kesudesk"))) {
            new RegionRepository(empty).setOwn("230200", RegionWording::ownRegion);
            countyKeys.forEach(key -> new KeyRepository(empty).addKnown(key, OfficeKeys::accepted));
            importAll(empty, received, "verify + import 16 files into an empty database", false);
        }
        try (Database again = Database.open(folder.resolve("memory").resolve("kesudesk"))) {
            new RegionRepository(again).setOwn("230200", RegionWording::ownRegion);
            countyKeys.forEach(key -> new KeyRepository(again).addKnown(key, OfficeKeys::accepted));
            importAll(again, received, "into an empty database, not timed", true);
        }
        if (Boolean.getBoolean("bench.keep")) {
            System.out.println("files and databases left in " + folder);
        } else {
            try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
                for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** Each county edits the plan it got and signs its file with its own key, which the city has accepted. */
    private static List<Path> countiesAnswer(Database city, List<Region> counties, List<Path> sent, Path folder)
            throws NoSuchAlgorithmException {
        KeyRepository cityKeys = new KeyRepository(city);
        List<Path> received = new ArrayList<>();
        for (int c = 0; c < counties.size(); c++) {
            Region county = counties.get(c);
            KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            cityKeys.addKnown(new KeyRepository.KnownKey(county.code(), county.name(),
                    key.getPublic().getEncoded(), OfficeKeys.fingerprint(key.getPublic().getEncoded())),
                    OfficeKeys::accepted);
            ExchangeFile.Contents contents = ExchangeFile.read(sent.get(c), code -> Optional.empty(), true);
            PlanDocument plan = PlanData.read(contents.entries().get("plan.json")).document();
            Path file = folder.resolve("from-" + county.code() + ".kesu");
            ExchangeFile.write(file, new ExchangeFile.Header(county.code(), county.name(), "230200",
                    OffsetDateTime.now(), "bench"), Map.of("plan.json", PlanData.write(edited(plan), county.code())),
                    key);
            received.add(file);
        }
        return received;
    }

    /**
     * Imports the files as {@code exchange import FILE…} does (the next file checked while one is written), with
     * the heap in use, after a collection, once each file is in (when {@code measureHeap}; that pass is not timed).
     */
    private static void importAll(Database database, List<Path> files, String what, boolean measureHeap) {
        List<Long> heap = new ArrayList<>();
        long[] changed = {0};
        List<Optional<Path>> backup = new ArrayList<>(List.of(Optional.empty()));
        List<String> refused = new ArrayList<>();
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        long jitStart = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        try (PlanExchange exchange = new PlanExchange(database)) {
            exchange.importAll(files, false, preview -> {
                exchange.prepareBackupFor(preview); // the backup starts with the first preview
                return Optional.of(preview);
            }, outcome -> {
                outcome.failure().ifPresent(failure -> refused.add(failure.getMessage()));
                outcome.imported().ifPresent(imported -> {
                    backup.set(0, backup.get(0).or(imported::backup));
                    changed[0] += imported.applied().inserted() + imported.applied().updated()
                            + imported.applied().deleted();
                });
                if (measureHeap) {
                    System.gc();
                    heap.add(Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
                }
            });
        }
        long total = System.nanoTime() - start;
        long cpu = processCpuNanos() - cpuStart;
        long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitStart;
        if (!refused.isEmpty()) {
            throw new IllegalStateException("refused: " + refused);
        }
        if (measureHeap) {
            System.out.printf(Locale.ROOT, "%-50s first %.0f MB, last %.0f MB, most %.0f MB%n",
                    "heap in use after each file (" + what + ")", heap.get(0) / 1e6, heap.get(heap.size() - 1) / 1e6,
                    heap.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6);
            return;
        }
        System.out.printf(Locale.ROOT, "%-50s %9.1f ms (%.0f ms a file; %d rows written)%n", what, total / 1e6,
                total / 1e6 / files.size(), changed[0]);
        System.out.printf(Locale.ROOT, "%-50s %9.1f ms (all threads; the JIT compiler's alone %d ms)%n",
                "  processor time", cpu / 1e6, jit);
        System.out.printf(Locale.ROOT, "%-50s %s%n", "  backup made first", backup.get(0)
                .map(ExchangeBenchmark::describe).orElse("none"));
    }

    /** A county's edits: units added to 100 tasks, 50 tasks reworded, 20 local tasks added, 10 tasks removed. */
    private static PlanDocument edited(PlanDocument plan) {
        int[] counter = {0};
        List<PlanNode> sections = plan.sections().stream().map(section -> new PlanNode(section.id(), section.kind(),
                section.label(), section.title(), section.text(), section.assignments(), section.indicators(),
                section.children().stream().map(item -> editItem(item, counter)).toList(), section.rowVersion()))
                .toList();
        return new PlanDocument(plan.plan(), plan.goalIndicators(), sections);
    }

    private static PlanNode editItem(PlanNode item, int[] counter) {
        List<PlanNode> tasks = new ArrayList<>();
        Unit local = Unit.create("本县新增单位", 999);
        for (PlanNode task : item.children()) {
            int n = counter[0]++;
            if (n % 200 == 7) {
                continue;
            }
            List<Assignment> assignments = new ArrayList<>(task.assignments());
            if (n % 20 == 3) {
                assignments.add(Assignment.create(local, Role.RESPONSIBLE));
            }
            String text = n % 40 == 5 ? task.text() + "（县里补充）" : task.text();
            tasks.add(new PlanNode(task.id(), task.kind(), task.label(), task.title(), text, assignments,
                    task.indicators(), task.children(), task.rowVersion()));
            if (n % 100 == 50) {
                tasks.add(new PlanNode(UUID.randomUUID(), NodeKind.TASK, "新", "本县新增任务" + n, "本县新增任务。",
                        List.of(Assignment.create(local, Role.RESPONSIBLE)), List.of(), List.of(), 1));
            }
        }
        return new PlanNode(item.id(), item.kind(), item.label(), item.title(), item.text(), item.assignments(),
                item.indicators(), tasks, item.rowVersion());
    }

    /** The processor time this process has used, on all its threads (the JIT compiler's and the collector's too). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String describe(Path backup) {
        return String.format(Locale.ROOT, "%.1f MB", size(backup) / 1e6);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void print(String what, long startNanos, String note) {
        System.out.printf(Locale.ROOT, "%-50s %9.1f ms %s%n", what, (System.nanoTime() - startNanos) / 1e6, note);
    }
}
