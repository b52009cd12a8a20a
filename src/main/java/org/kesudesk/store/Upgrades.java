package org.kesudesk.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.flywaydb.core.api.FlywayException;
import org.kesudesk.l10n.FailureReasons;
import org.kesudesk.l10n.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Upgrading a database's schema so that no crash leaves it unusable (H2 does not roll back DDL, and Flyway refuses
 * a database whose last migration failed half done): before the pending migrations are applied, the database is
 * backed up ({@link Backups.Kind#BEFORE_UPGRADE}, kept like the others) and a marker names that backup; the marker
 * goes when the migrations are done. If they fail, the backup is put back at once; if the process dies meanwhile,
 * the next start finds the marker and puts the backup back before anything else, then upgrades again.
 */
final class Upgrades {

    private static final Logger LOG = LoggerFactory.getLogger(Upgrades.class);
    private static final String MARKER_SUFFIX = ".upgrading";

    private Upgrades() {
    }

    /**
     * Applies the pending migrations of a database opened as the administrator, safely. A database from outside
     * is compared object for object with what the app's migrations made up to its version first ({@link
     * SchemaCheck#requireExactly}): the migrations run as the administrator.
     */
    static void upgradeIfPending(Database asAdmin) {
        int pending = asAdmin.pendingMigrations();
        if (pending == 0) {
            return;
        }
        SchemaCheck.requireExactly(asAdmin);
        Path backup = Backups.of(asAdmin).make(asAdmin, Backups.Kind.BEFORE_UPGRADE);
        sync(backup);
        mark(asAdmin.path(), backup);
        LOG.info("upgrading {} ({} migrations pending; backup {})", asAdmin.file(), pending, backup);
        try {
            asAdmin.migrate();
        } catch (FlywayException | UserFacingException e) {
            LOG.error("upgrading {} failed; putting back {}", asAdmin.file(), backup, e);
            asAdmin.close();
            putBack(asAdmin.path(), backup);
            throw new UserFacingException(e, "store.error.migrate", asAdmin.path());
        }
        unmark(asAdmin.path());
    }

    /**
     * Undoes an upgrade that was interrupted (its marker is still there): the backup made before it is put back.
     * A database open in another process is left alone: that process may be upgrading it right now.
     */
    static void recoverInterrupted(Path base) {
        Path marker = marker(base);
        if (!Files.exists(marker)) {
            return;
        }
        Path file = Database.fileOf(base);
        if (Files.exists(file) && isOpenElsewhere(file)) {
            throw new DatabaseInUseException(base, null);
        }
        Path backup;
        try {
            backup = Path.of(Files.readString(marker, StandardCharsets.UTF_8).strip());
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw new UserFacingException(e, "store.error.upgradeInterrupted", file, marker);
        }
        LOG.warn("the upgrade of {} was interrupted; putting back {}", file, backup);
        putBack(base, backup);
    }

    /** Puts the database in a backup made before an upgrade back in place, then removes the marker. */
    private static void putBack(Path base, Path backup) {
        Path file = Database.fileOf(base);
        Path restoring = file.resolveSibling(file.getFileName() + ".restoring");
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
            ZipEntry entry = zip.getNextEntry();
            if (entry == null) {
                throw new IOException("the backup " + backup + " is empty");
            }
            try (OutputStream out = Files.newOutputStream(restoring)) {
                zip.transferTo(out);
            }
            sync(restoring);
            Files.move(restoring, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            syncFolder(file.getParent());
            Files.deleteIfExists(marker(base));
            syncFolder(file.getParent());
        } catch (IOException e) {
            throw new UserFacingException(e, "store.error.upgradeInterrupted", file, backup);
        }
    }

    private static void mark(Path base, Path backup) {
        Path marker = marker(base);
        Path partial = marker.resolveSibling(marker.getFileName() + ".part");
        try {
            Files.writeString(partial, backup.toAbsolutePath().toString(), StandardCharsets.UTF_8);
            sync(partial);
            Files.move(partial, marker, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            syncFolder(marker.getParent());
        } catch (IOException e) {
            throw new UserFacingException(e, "backup.error.make", marker, FailureReasons.of(e));
        }
    }

    private static void unmark(Path base) {
        try {
            Files.deleteIfExists(marker(base));
            syncFolder(marker(base).getParent());
        } catch (IOException e) {
            // the next start would put the backup back and upgrade again: nothing is lost, it only takes longer
            LOG.warn("could not delete the upgrade marker of {}", base, e);
        }
    }

    private static Path marker(Path base) {
        Path file = Database.fileOf(base).toAbsolutePath();
        return file.resolveSibling(file.getFileName() + MARKER_SUFFIX);
    }

    private static boolean isOpenElsewhere(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException openHere) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Makes sure a file's bytes are on the disk, not only in the system's cache (a power cut keeps them). */
    static void sync(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.warn("could not sync {}", file, e);
        }
    }

    /** Makes sure a folder's entries (a file moved or deleted) are on the disk; not possible on every system. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notOnThisSystem) {
            LOG.trace("cannot sync the folder {}", folder);
        }
    }
}
