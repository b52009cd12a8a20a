package org.kesudesk.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipOutputStream;

import org.kesudesk.files.AtomicFiles;
import org.kesudesk.files.CountingInputStream;
import org.kesudesk.files.Folders;
import org.kesudesk.l10n.FailureReasons;
import org.kesudesk.l10n.LocalizedText;
import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The automatic backups of a database: zips in the {@code backups} folder beside it, each holding the database file
 * as it was (any unzip tool opens them), made before an import, when the app closes after changes, and before a
 * restore; the newest {@value #KEPT} of each kind are kept. {@link #restore} puts a backup (or any copy made with
 * {@code db backup}) back in place of the database, after checking it and backing up what it replaces.
 */
public final class Backups {

    /** How many backups of each kind are kept. */
    public static final int KEPT = 10;

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final String ZIP = ".zip";
    private static final String PART = ".part";
    private static final String DATABASE_ENTRY_SUFFIX = ".mv.db";
    /**
     * The largest database a backup may hold. A city with 16 county plans of 2,000 tasks each is 83 MB; but the
     * 佐证材料 of the city's units and of its 16 counties (up to 100 MB a county file) over the plan's five years may
     * come to several gigabytes, and a user's own backup must restore. A bomb is bounded by {@link #MAX_EXPANSION}:
     * photographs and scans do not compress, so a genuine large backup packs at about one to one.
     */
    private static final long MAX_DATABASE_BYTES = 32L * 1024 * 1024 * 1024;
    /** How much a backup may expand beyond its packed bytes: H2's files compress less than 2:1, zeros far more. */
    private static final long MAX_EXPANSION = 20;
    private static final long EXPANSION_ALLOWANCE = 64L * 1024 * 1024;
    /**
     * The refusals of {@link SchemaCheck} that a file from outside is not a database the app made (each names the
     * file); its refusal of a newer version's is said of a backup in its own words ({@link #refusal}).
     */
    private static final java.util.Set<String> SCHEMA_REFUSALS = java.util.Set.of("store.error.foreignObjects",
            "store.error.foreignSchema", "store.error.notKesuDesk", "store.error.failedMigration");

    /** Why a backup was made; the name of its file ends with the kind. */
    public enum Kind {
        BEFORE_IMPORT("before-import"),
        ON_EXIT("on-exit"),
        BEFORE_RESTORE("before-restore"),
        BEFORE_UPGRADE("before-upgrade");

        private final String suffix;

        Kind(String suffix) {
            this.suffix = suffix;
        }

        String fileSuffix() {
            return "-" + suffix + ZIP;
        }
    }

    /** A kept backup. */
    public record Backup(Path file, LocalDateTime madeAt, Kind kind, long bytes) {

        /** The backup as the user picks it, in the window or on the command line: 2026-11-30 16:07:31　导入前　83.4 MB */
        public String shown() {
            return Messages.get("backup.shown", madeAt.format(SHOWN_TIME), Messages.get("backup.kind." + kind.name()),
                    String.format(java.util.Locale.ROOT, "%.1f", bytes / 1e6));
        }
    }

    private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** What a restore did: the backup put in place, and the backup made of the database it replaced, if any. */
    public record Restored(Path from, Optional<Path> previous) {
    }

    private final Path databasePath;
    private final Path folder;
    /**
     * Backups are named after their database (kesudesk-20261130-160731-792-before-import.zip): two databases in
     * one folder share the backups folder, not their backups.
     */
    private final String prefix;

    private Backups(Path databasePath) {
        this.databasePath = databasePath.toAbsolutePath();
        this.folder = this.databasePath.resolveSibling("backups");
        this.prefix = this.databasePath.getFileName() + "-";
    }

    /** The backups of the database at this path (without {@code .mv.db}), which need not be open or sound. */
    public static Backups of(Path databasePath) {
        return new Backups(Database.withoutH2Suffix(databasePath));
    }

    /** The backups of an open database (a database file's: a server's are the server's own, see {@link #keptHere}). */
    public static Backups of(Database database) {
        return new Backups(database.path());
    }

    /**
     * Whether the app keeps backups of this database itself: of a database file, yes (before imports, upgrades and
     * on exit); of an office's database on a server, no — that is the server's (pg_dump, its administrator's
     * schedule), and copying a shared database to one clerk's disk would spread the office's data.
     */
    public static boolean keptHere(Database database) {
        return !database.isServer();
    }

    /** A backup before an import, kept; none of a server's database ({@link #keptHere}). */
    public static Optional<Path> beforeImport(Database database) {
        return keptHere(database) ? Optional.of(of(database).make(database, Kind.BEFORE_IMPORT)) : Optional.empty();
    }

    public Path folder() {
        return folder;
    }

    /** The kept backups, newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                parse(file).ifPresent(backups::add);
            }
        } catch (IOException e) {
            throw new UserFacingException(e, "backup.error.list", folder, FailureReasons.of(e));
        }
        backups.sort(Comparator.comparing(Backup::madeAt).reversed());
        return backups;
    }

    /** Makes and keeps a backup of the open database. */
    public Path make(Database database, Kind kind) {
        return keep(prepare(database, kind));
    }

    /**
     * Makes a backup that is not yet counted among the kept ones (a {@code .part} file): made while the user looks
     * at an import's preview, kept with {@link #keep} if the import goes ahead, else {@link #discard}ed.
     */
    public Path prepare(Database database, Kind kind) {
        Path file;
        try {
            Files.createDirectories(folder);
            file = newFile(kind);
        } catch (IOException e) {
            throw new UserFacingException(e, "backup.error.make", folder, FailureReasons.of(e));
        }
        try {
            // a backup half made when the app was closed or killed is of no use; one being made now in this
            // process (a second clerk's import on a shared database) is left alone
            try (Stream<Path> files = Files.list(folder)) {
                for (Path stale : files.filter(f -> f.getFileName().toString().endsWith(ZIP + PART)
                        && !BEING_MADE.contains(f.toAbsolutePath())).toList()) {
                    Files.deleteIfExists(stale);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                database.backupTo(out);
            }
            return file;
        } catch (IOException | RuntimeException e) {
            discard(file);
            // named as it would have been kept, not as the .part it was written under
            throw new UserFacingException(e, "backup.error.make", keptName(file), FailureReasons.of(e));
        }
    }

    /** Keeps a prepared backup under its final name, and deletes the oldest of its kind beyond {@value #KEPT}. */
    public Path keep(Path prepared) {
        Path file = keptName(prepared);
        try {
            Files.move(prepared, file, StandardCopyOption.ATOMIC_MOVE);
            BEING_MADE.remove(prepared.toAbsolutePath());
            Kind kind = parse(file).orElseThrow().kind();
            List<Backup> ofKind = list().stream().filter(b -> b.kind() == kind).toList();
            for (Backup old : ofKind.subList(Math.min(KEPT, ofKind.size()), ofKind.size())) {
                Files.deleteIfExists(old.file());
            }
            return file;
        } catch (IOException e) {
            throw new UserFacingException(e, "backup.error.make", file, FailureReasons.of(e));
        }
    }

    /** The name a prepared backup ({@code ….zip.part}) is kept under. */
    private static Path keptName(Path prepared) {
        String name = prepared.getFileName().toString();
        return prepared.resolveSibling(name.substring(0, name.length() - PART.length()));
    }

    /** Deletes a prepared backup that was not needed (the import was cancelled or changed nothing). */
    public void discard(Path prepared) {
        BEING_MADE.remove(prepared.toAbsolutePath());
        try {
            Files.deleteIfExists(prepared);
        } catch (IOException e) {
            LOG.debug("could not delete the unused backup {}", prepared, e);
        }
    }

    /**
     * Writes a copy of the open database to a file the user chose ({@code db backup --out}): a zip like the
     * automatic backups, complete or not there at all.
     */
    public static void copy(Database database, Path file) {
        try {
            AtomicFiles.write(file, database::backupTo);
        } catch (IOException | RuntimeException e) {
            throw new UserFacingException(e, "backup.error.make", file.toAbsolutePath(),
                    FailureReasons.of(e));
        }
    }

    /**
     * The newest kept backup that opens and passes {@link DatabaseCheck}, for a database that will not open.
     * Backups are checked newest first; a damaged one is skipped.
     */
    public Optional<Backup> newestSound() {
        for (Backup backup : list()) {
            try {
                Path checked = checkedCopy(backup.file());
                deleteCheckFolder(checked.getParent());
                return Optional.of(backup);
            } catch (UserFacingException damaged) {
                LOG.warn("backup {} is not usable: {}", backup.file(), damaged.userMessage());
            }
        }
        return Optional.empty();
    }

    /**
     * Puts the database in a backup in place of this one, which must not be open. The backup is checked first
     * (it must hold one database file that opens and passes {@link DatabaseCheck}; a database from an older
     * version of the app is fine, it is upgraded when opened). The database it replaces, if there is one, is
     * kept as a backup first, whether or not it opens. Nothing is changed if any step fails.
     *
     * @throws DatabaseInUseException if the database is open, here or in another process
     * @throws UserFacingException    if the backup is not one, or is damaged, or a file cannot be written
     */
    public Restored restore(Path backup) {
        org.kesudesk.files.IncomingFiles.requireFile(backup);
        Path databaseFile = Database.fileOf(databasePath);
        Path checked = checkedCopy(backup);
        try {
            Optional<Path> previous = Optional.empty();
            if (Files.exists(databaseFile)) {
                try (FileChannel channel = FileChannel.open(databaseFile, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                     FileLock lock = tryLock(channel)) {
                    if (lock == null) {
                        throw new DatabaseInUseException(databasePath, null);
                    }
                    previous = Optional.of(keep(zipFile(databaseFile, Kind.BEFORE_RESTORE)));
                }
            }
            Files.move(checked, databaseFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("restored {} from {} (the database replaced: {})", databaseFile, backup, previous);
            return new Restored(backup, previous);
        } catch (IOException e) {
            throw new UserFacingException(e, "backup.error.restore", backup, FailureReasons.of(e));
        } finally {
            deleteCheckFolder(checked.getParent());
        }
    }

    /** A new backup's {@code .part} file, named by the time (a millisecond later if that name is taken). */
    /**
     * A new backup's file, created empty under a name no other has (two made in the same millisecond, by two
     * clerks' imports, are two files), and marked as being made until it is kept or discarded.
     */
    private Path newFile(Kind kind) throws IOException {
        LocalDateTime time = LocalDateTime.now();
        while (true) {
            String name = prefix + time.format(NAME_TIME) + kind.fileSuffix();
            if (!Files.exists(folder.resolve(name))) {
                try {
                    Path part = Files.createFile(folder.resolve(name + PART));
                    BEING_MADE.add(part.toAbsolutePath());
                    return part;
                } catch (java.nio.file.FileAlreadyExistsException taken) {
                    // another backup took the name between the look and the creation
                }
            }
            time = time.plusNanos(1_000_000);
        }
    }

    /** The backups this process is making now: not stale, whichever instance looks. */
    private static final java.util.Set<Path> BEING_MADE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException openHere) {
            return null;
        }
    }

    /** Zips a database file that may not open (so H2's backup cannot be used), stored like the others. */
    private Path zipFile(Path databaseFile, Kind kind) throws IOException {
        Files.createDirectories(folder);
        Path file = newFile(kind);
        try (ZipOutputStream out = new ZipOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file),
                1 << 16))) {
            out.setLevel(Deflater.NO_COMPRESSION);
            out.putNextEntry(new ZipEntry(databaseFile.getFileName().toString()));
            Files.copy(databaseFile, out);
            out.closeEntry();
        } catch (IOException | RuntimeException e) {
            discard(file);
            throw e;
        }
        return file;
    }

    /**
     * Unpacks the database in a backup into a folder of its own beside the backups and checks it: first, without
     * opening it, that it holds exactly what the app's migrations make ({@link SchemaCheck#requireExactly}: a file
     * from outside may hold views, triggers or Java functions that H2 would run); then, opened (and upgraded, if it
     * is from an older version of the app), that its data passes {@link DatabaseCheck}.
     *
     * @return the checked database file, to be moved into place or deleted with its folder
     */
    private Path checkedCopy(Path backup) {
        Path checkFolder = folder.resolve("restore-" + LocalDateTime.now().format(NAME_TIME) + PART);
        Path copy = checkFolder.resolve("kesudesk" + DATABASE_ENTRY_SUFFIX);
        try {
            Files.createDirectories(checkFolder);
            unpack(backup, copy);
            try {
                SchemaCheck.requireExactly(copy, backup);
            } catch (UserFacingException refused) {
                if (SCHEMA_REFUSALS.contains(refused.messageKey())) {
                    throw refused; // these name the backup and say why
                }
                throw refusal(backup, refused.text(), refused);
            }
            List<LocalizedText> problems;
            try (Database database = Database.open(copy)) {
                problems = new DatabaseCheck(database).run();
            } catch (UserFacingException failed) {
                throw refusal(backup, failed.text(), failed);
            }
            if (!problems.isEmpty()) {
                throw refusal(backup, problems.get(0), null);
            }
            return copy;
        } catch (UserFacingException e) {
            deleteCheckFolder(checkFolder);
            throw e;
        } catch (IOException | RuntimeException e) {
            deleteCheckFolder(checkFolder);
            throw new UserFacingException(e, "backup.error.notBackup", backup);
        }
    }

    /**
     * A backup refused for what its database showed, said of the backup: the copy being checked is in a folder the
     * user never sees, and advice such as "restore from a backup" makes no sense of one.
     */
    private static UserFacingException refusal(Path backup, LocalizedText why, Throwable cause) {
        if (why.key().equals("check.migrationFromNewerVersion")) {
            return new UserFacingException(cause, "backup.error.newerVersion", backup, why.arguments().get(0));
        }
        // what is wrong with the data is said as the check says it; failures to open, in the backup's terms
        return new UserFacingException(cause, "backup.error.damaged", backup,
                why.key().startsWith("check.") ? why : LocalizedText.of(reasonFor(why.key())));
    }

    /** Why the database in a backup did not open, as said of a backup (the log keeps the failure). */
    private static String reasonFor(String failureKey) {
        return switch (failureKey) {
            case "store.error.corrupted" -> "backup.reason.unreadable";
            case "store.error.version" -> "backup.reason.format";
            case "store.error.migrate" -> "backup.reason.upgrade";
            default -> SCHEMA_REFUSALS.contains(failureKey) ? "backup.reason.schema" : "backup.reason.read";
        };
    }

    /**
     * Copies the one database file out of a backup, refusing anything else, and stopping as soon as it grows beyond
     * what a real database could be, or expands far beyond the bytes it was packed in (a zip bomb): a backup is
     * stored, not compressed, or (made by another zip tool) compressed a few times at most.
     */
    private static void unpack(Path backup, Path copy) throws IOException {
        if (Files.size(backup) == 0) {
            throw new UserFacingException("backup.error.empty", backup);
        }
        boolean found = false;
        try (CountingInputStream file = new CountingInputStream(Files.newInputStream(backup));
             java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
                     new java.io.BufferedInputStream(file, 1 << 16))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (found || !entry.getName().endsWith(DATABASE_ENTRY_SUFFIX) || entry.getName().contains("/")
                        || entry.getName().contains("\\")) {
                    throw new UserFacingException("backup.error.notBackup", backup);
                }
                found = true;
                try (OutputStream out = Files.newOutputStream(copy)) {
                    byte[] buffer = new byte[1 << 16];
                    long total = 0;
                    for (int read = zip.read(buffer); read >= 0; read = zip.read(buffer)) {
                        total += read;
                        if (total > MAX_DATABASE_BYTES
                                || total > EXPANSION_ALLOWANCE + MAX_EXPANSION * file.count()) {
                            throw new UserFacingException("backup.error.tooLarge", backup);
                        }
                        out.write(buffer, 0, read);
                    }
                }
            }
        } catch (ZipException | java.io.EOFException | IllegalArgumentException e) {
            // a backup's database cut short (copied to a stick pulled out too soon) is one, but incomplete
            if (found && org.kesudesk.l10n.FailureReasons.of(e).key().equals("failure.reason.incomplete")) {
                throw new UserFacingException(e, "backup.error.incomplete", backup);
            }
            throw new UserFacingException(e, "backup.error.notBackup", backup);
        }
        if (!found) {
            throw new UserFacingException("backup.error.notBackup", backup);
        }
    }

    private static void deleteCheckFolder(Path checkFolder) {
        try {
            Folders.deleteTree(checkFolder);
        } catch (IOException e) {
            LOG.warn("could not delete {}", checkFolder, e);
        }
    }

    private Optional<Backup> parse(Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith(prefix)) {
            return Optional.empty();
        }
        for (Kind kind : Kind.values()) {
            if (name.endsWith(kind.fileSuffix())) {
                String time = name.substring(prefix.length(), name.length() - kind.fileSuffix().length());
                try {
                    return Optional.of(new Backup(file, LocalDateTime.parse(time, NAME_TIME), kind,
                            Files.size(file)));
                } catch (DateTimeParseException | IOException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
