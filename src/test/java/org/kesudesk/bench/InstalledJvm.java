package org.kesudesk.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.spi.ToolProvider;

/**
 * The app's JVM as the installer sets it up (packaging/Jpackage.java), for benchmarks that time a command "as
 * installed": the serial collector and the quick compiler only ({@link #OPTIONS}), the app's classes in a jar and a
 * class-data archive made by a training run ({@link #command}), which the installer makes too. The archive takes
 * jars only, and is used only with the class path it was made with.
 */
final class InstalledJvm {

    /**
     * The installer's options; {@code -Dkesudesk.bench.jvmOptions="…"} (separated by spaces) replaces them, to time
     * the same benchmark with others before the installer is changed.
     */
    static final List<String> OPTIONS = System.getProperty("kesudesk.bench.jvmOptions") != null
            ? List.of(System.getProperty("kesudesk.bench.jvmOptions").split(" "))
            : List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private InstalledJvm() {
    }

    /**
     * The start of a java command line as installed, up to the main class: the options, the class-data archive
     * (made in {@code folder} by running {@code training} — a main class and its arguments — once, the first time),
     * the class path of jars. {@code withBenchmarks} adds the benchmarks' own classes (as a jar of their own), for
     * a command whose main class is a benchmark's.
     */
    static List<String> command(Path folder, Class<?> benchmark, boolean withBenchmarks, List<String> extraOptions,
            List<String> training) throws IOException, InterruptedException {
        String classPath = jarClassPath(folder, benchmark, withBenchmarks);
        Path archive = folder.resolve(withBenchmarks ? "kesudesk-bench.jsa" : "kesudesk.jsa");
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        java.addAll(extraOptions);
        java.addAll(OPTIONS);
        if (!Files.exists(archive)) {
            List<String> train = new ArrayList<>(java);
            train.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-cp", classPath));
            train.addAll(training);
            Process process = new ProcessBuilder(train).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            int exit = process.waitFor();
            if (exit != 0 || !Files.exists(archive)) {
                throw new IllegalStateException("the class-data archive's training run failed (" + exit + "): "
                        + String.join(" ", train));
            }
        }
        java.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-cp", classPath));
        return java;
    }

    /** The app's classes as a jar (stored, as the build stores it), the benchmarks' if asked, the libraries' jars. */
    private static String jarClassPath(Path folder, Class<?> benchmark, boolean withBenchmarks) {
        List<String> entries = new ArrayList<>();
        entries.add(jarOf(folder.resolve("kesudesk.jar"), classFolder(benchmark, "classes")).toString());
        if (withBenchmarks) {
            entries.add(jarOf(folder.resolve("kesudesk-bench.jar"), classFolder(benchmark, "test-classes")).toString());
        }
        for (String entry : BenchClassPath.of(benchmark).split(File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static String classFolder(Class<?> benchmark, String name) {
        return Arrays.stream(BenchClassPath.of(benchmark).split(File.pathSeparator))
                .filter(entry -> Path.of(entry).getFileName().toString().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + name + " folder on the class path"));
    }

    private static Path jarOf(Path jar, String classes) {
        if (!Files.exists(jar)) {
            int exit = ToolProvider.findFirst("jar").orElseThrow()
                    .run(System.out, System.err, "cf0", jar.toString(), "-C", classes, ".");
            if (exit != 0) {
                throw new IllegalStateException("jar failed for " + classes);
            }
        }
        return jar;
    }
}
