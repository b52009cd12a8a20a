package org.kesudesk.logic;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.kesudesk.files.AtomicFiles;
import org.kesudesk.l10n.FailureReasons;
import org.kesudesk.l10n.LocalizedText;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.store.Backups;
import org.kesudesk.store.Database;
import org.kesudesk.store.DatabaseCheck;

/**
 * What support needs to see what happened on a desk (帮助 ▸ 导出诊断信息): a zip of {@code versions.txt} (the app,
 * Java, JavaFX, the system, the database file, its check and its backups) and the log files. It holds no plan,
 * only what the logs say.
 */
public final class Diagnostics {

    /** The summary's name in the zip. */
    public static final String SUMMARY = "versions.txt";

    private Diagnostics() {
    }

    /**
     * Writes the zip, whole or not at all.
     *
     * @param target   the database in use: its file described, or its server named (never the password)
     * @param database the database the app has open, if any (else only its file is described)
     */
    public static void write(Path zip, Path logFolder, org.kesudesk.store.DatabaseTarget target,
                             Optional<Database> database) {
        try {
            AtomicFiles.write(zip, out -> {
                ZipOutputStream entries = new ZipOutputStream(out, StandardCharsets.UTF_8);
                entries.putNextEntry(new ZipEntry(SUMMARY));
                PrintWriter summary = new PrintWriter(new OutputStreamWriter(entries, StandardCharsets.UTF_8));
                summarise(summary, logFolder, target, database);
                summary.flush();
                entries.closeEntry();
                for (Path log : logFiles(logFolder)) {
                    entries.putNextEntry(new ZipEntry("logs/" + log.getFileName()));
                    Files.copy(log, entries);
                    entries.closeEntry();
                }
                entries.finish();
            });
        } catch (IOException | UncheckedIOException e) {
            throw new UserFacingException(e, "diagnostics.error.write", zip, FailureReasons.of(e));
        }
    }

    private static void summarise(PrintWriter out, Path logFolder, org.kesudesk.store.DatabaseTarget target,
                                  Optional<Database> database) {
        Runtime runtime = Runtime.getRuntime();
        out.printf(Locale.ROOT, "KesuDesk %s%n", AppVersion.current());
        out.printf(Locale.ROOT, "Java %s (%s), %s%n", System.getProperty("java.version"),
                System.getProperty("java.vendor"), System.getProperty("java.home"));
        out.printf(Locale.ROOT, "JavaFX %s%n", System.getProperty("javafx.runtime.version", "(not loaded)"));
        out.printf(Locale.ROOT, "System %s %s %s, %d processors, locale %s, encoding %s%n",
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"),
                runtime.availableProcessors(), Locale.getDefault(), System.getProperty("native.encoding",
                        System.getProperty("file.encoding")));
        out.printf(Locale.ROOT, "Memory: heap %d MB in use, %d MB at most%n",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
        out.printf(Locale.ROOT, "Logs: %s%n", logFolder.toAbsolutePath());
        if (target.path().isEmpty()) {
            // the address as the user is told it: the server, the database and who signs in, never the password
            out.printf(Locale.ROOT, "Database: on a server, %s%n", target.shown());
            database.ifPresentOrElse(open -> out.printf(Locale.ROOT, "Database engine: %s%n",
                    open.engineVersion()), () -> out.println("Database: not open"));
            out.println("Backups: the server's (pg_dump)");
            return;
        }
        Path databasePath = target.path().get();
        Path file = database.map(Database::file).orElse(databasePath);
        out.printf(Locale.ROOT, "Database: %s, %s%n", file.toAbsolutePath(), describe(file));
        database.ifPresentOrElse(open -> {
            out.printf(Locale.ROOT, "Database engine: H2 %s%n", open.engineVersion());
            List<LocalizedText> problems = new DatabaseCheck(open).run();
            out.printf(Locale.ROOT, "Database check: %s%n", problems.isEmpty() ? "sound" : problems.size() + " problems");
            problems.forEach(problem -> out.printf("  - %s%n", problem.text()));
        }, () -> out.println("Database check: not open"));
        try {
            List<Backups.Backup> backups = Backups.of(databasePath).list();
            out.printf(Locale.ROOT, "Backups (%d) in %s%n", backups.size(), Backups.of(databasePath).folder());
            backups.forEach(b -> out.printf(Locale.ROOT, "  %s %s %d bytes%n", b.madeAt(), b.kind(), b.bytes()));
        } catch (UserFacingException e) {
            out.printf("Backups: %s%n", e.userMessage());
        }
    }

    private static String describe(Path file) {
        try {
            return String.format(Locale.ROOT, "%d bytes, %d MB free on its disk", Files.size(file),
                    Files.getFileStore(file).getUsableSpace() >> 20);
        } catch (IOException e) {
            return "not readable: " + e.getMessage();
        }
    }

    private static List<Path> logFiles(Path logFolder) throws IOException {
        if (!Files.isDirectory(logFolder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(logFolder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".log")).sorted().toList();
        }
    }
}
