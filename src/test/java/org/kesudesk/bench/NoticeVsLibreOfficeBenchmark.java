package org.kesudesk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.kesudesk.cli.Cli;
import org.kesudesk.logic.AppDirectories;

/**
 * The whole process of {@code render notice --format pdf}, from a cold JVM, beside LibreOffice turning a DOCX of the
 * same notice into a PDF ({@code soffice --headless --convert-to pdf}), in one run: the app from the build's class
 * folders with the JVM's defaults, and as the installer sets it up (a jar, a class-data archive made by a run, the
 * serial collector, the quick compiler only); after one run of each to warm the disk cache (and LibreOffice's
 * profile), five rounds, alternating, each timed by GNU time (wall and processor seconds). Prints the medians and
 * the app's ratio to LibreOffice; the target is a ratio of at most 1.0 by median wall time. LibreOffice is
 * installed (Debian's libreoffice-writer-nogui) if it is missing and this runs as root.
 * Not a test: run with {@code ./mvnw -q test-compile exec:java
 * -Dexec.mainClass=org.kesudesk.bench.NoticeVsLibreOfficeBenchmark -Dexec.classpathScope=test}.
 */
public final class NoticeVsLibreOfficeBenchmark {

    private static final int PAIRS = 5;

    private NoticeVsLibreOfficeBenchmark() {
    }

    /** One timed run: seconds of wall time and of processor time (user and system). */
    record Timing(double wall, double cpu) {
    }

    public static void main(String[] args) throws Exception {
        requireLibreOffice();
        Path folder = BenchFolders.temporary("kesudesk-notice-bench");
        Path sample = folder.resolve("qiqihar-2022-16.txt");
        try (InputStream in = NoticeVsLibreOfficeBenchmark.class.getResourceAsStream(
                "/org/kesudesk/samples/qiqihar-2022-16.txt")) {
            Files.copy(in, sample);
        }
        String db = folder.resolve("db").resolve("kesudesk").toString();
        cli("--db", db, "plan", "import", sample.toString(), "--accept-aliases");
        Path docx = folder.resolve("notice.docx");
        cli("--db", db, "render", "notice", "--format", "docx", "--out", docx.toString());
        Path appPdf = folder.resolve("app.pdf");
        Path loOut = Files.createDirectories(folder.resolve("libreoffice"));
        String profile = folder.resolve("lo-profile").toUri().toString();

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> render = List.of("org.kesudesk.Launcher", "--db", db, "render", "notice", "--format", "pdf",
                "--out", appPdf.toString());
        // from the build's class folders, the JVM's defaults
        List<String> app = new ArrayList<>(List.of(java, "-Djava.awt.headless=true", "-cp",
                BenchClassPath.of(NoticeVsLibreOfficeBenchmark.class)));
        app.addAll(render);
        // as the installer sets it up: the app in a jar, the serial collector, the quick compiler only, a class-data
        // archive made by a run
        List<String> installed = new ArrayList<>(InstalledJvm.command(folder, NoticeVsLibreOfficeBenchmark.class,
                false, List.of("-Djava.awt.headless=true"), render));
        installed.addAll(render);
        List<String> libreOffice = List.of("soffice", "-env:UserInstallation=" + profile, "--headless",
                "--convert-to", "pdf", "--outdir", loOut.toString(), docx.toString());

        Map<String, List<String>> commands = new java.util.LinkedHashMap<>();
        commands.put("KesuDesk render notice --format pdf (cold JVM)", app);
        commands.put("  the same, as installed (jar, CDS, serial GC, C1)", installed);
        commands.put("LibreOffice --convert-to pdf (same notice, DOCX)", libreOffice);
        Map<String, List<Timing>> runs = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, List<String>> command : commands.entrySet()) {
            timed(command.getValue());
            runs.put(command.getKey(), new ArrayList<>());
        }
        for (int i = 0; i < PAIRS; i++) {
            for (Map.Entry<String, List<String>> command : commands.entrySet()) {
                runs.get(command.getKey()).add(timed(command.getValue()));
            }
        }
        System.out.printf(Locale.ROOT, "%-50s %8s %12s%n", "median of " + PAIRS + " runs, alternating", "wall s",
                "processor s");
        runs.forEach((name, timings) -> System.out.printf(Locale.ROOT, "%-50s %8.2f %12.2f%n", name,
                median(timings).wall(), median(timings).cpu()));
        Timing lo = median(runs.get("LibreOffice --convert-to pdf (same notice, DOCX)"));
        for (String name : List.of("KesuDesk render notice --format pdf (cold JVM)",
                "  the same, as installed (jar, CDS, serial GC, C1)")) {
            Timing kesu = median(runs.get(name));
            System.out.printf(Locale.ROOT, "ratio to LibreOffice, %s: wall %.2f, processor %.2f (target: wall <= 1.0)%n",
                    name.strip(), kesu.wall() / lo.wall(), kesu.cpu() / lo.cpu());
        }
    }

    private static Timing median(List<Timing> runs) {
        List<Double> wall = runs.stream().map(Timing::wall).sorted().toList();
        List<Double> cpu = runs.stream().map(Timing::cpu).sorted().toList();
        return new Timing(wall.get(wall.size() / 2), cpu.get(cpu.size() / 2));
    }

    /** Runs a command under GNU time; its wall and processor seconds. */
    private static Timing timed(List<String> command) throws IOException, InterruptedException {
        Path times = Files.createTempFile("kesudesk-time", ".txt");
        List<String> wrapped = new ArrayList<>(List.of("/usr/bin/time", "-o", times.toString(), "-f", "%e %U %S"));
        wrapped.addAll(command);
        Process process = new ProcessBuilder(wrapped).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("failed (" + exit + "): " + String.join(" ", command));
        }
        String[] figures = Files.readString(times).strip().split("\\s+");
        Files.delete(times);
        return new Timing(Double.parseDouble(figures[0]),
                Double.parseDouble(figures[1]) + Double.parseDouble(figures[2]));
    }

    private static void requireLibreOffice() throws IOException, InterruptedException {
        if (onPath("soffice") && Files.isExecutable(Path.of("/usr/bin/time"))) {
            return;
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("needs LibreOffice and GNU time: apt-get install libreoffice-writer-nogui time");
        }
        Process install = new ProcessBuilder("apt-get", "install", "-y", "-q", "libreoffice-writer-nogui", "time")
                .inheritIO().start();
        if (install.waitFor() != 0) {
            throw new IllegalStateException("could not install LibreOffice");
        }
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static void cli(String... args) {
        StringWriter err = new StringWriter();
        int exit = Cli.run(args, new PrintWriter(java.io.Writer.nullWriter()), new PrintWriter(err), Map.of(),
                AppDirectories.forCurrentUser(), request -> Optional.empty());
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", args) + ": " + err);
        }
    }
}
