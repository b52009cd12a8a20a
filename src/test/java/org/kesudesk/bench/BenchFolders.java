package org.kesudesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.kesudesk.files.Folders;

/**
 * A benchmark's scratch folder, deleted with all it holds when its JVM ends, so that runs leave nothing behind —
 * unless {@code -Dkesudesk.bench.keep=true} is given, for the benchmarks that can time their part again on a run's
 * data ({@code -Dexec.args=FOLDER}).
 */
final class BenchFolders {

    /** The system property that keeps a run's folder. */
    static final String KEEP = "kesudesk.bench.keep";

    private BenchFolders() {
    }

    /** A new folder in the system's temporary folder, named with the prefix, deleted when the JVM exits. */
    static Path temporary(String prefix) throws IOException {
        Path folder = Files.createTempDirectory(prefix);
        if (Boolean.getBoolean(KEEP)) {
            System.out.println("the run's data is kept in " + folder);
            return folder;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Folders.deleteTree(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "delete " + folder.getFileName()));
        return folder;
    }

    /** Copies a folder with all it holds (a database set up once, to be timed again as it was). */
    static void copyTree(Path from, Path to) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    /** The message that says how to time a benchmark's part again on this run's data. */
    static String again(Path folder) {
        return Boolean.getBoolean(KEEP) ? "to time it again on this data: the same command with -Dexec.args=" + folder
                : "to time it again on this run's data: the same command with -D" + KEEP + "=true first, then with"
                + " -Dexec.args=FOLDER";
    }
}
