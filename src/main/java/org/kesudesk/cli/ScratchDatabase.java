package org.kesudesk.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.kesudesk.files.Folders;
import org.kesudesk.store.Database;

/**
 * What a dry run works on: a copy of the database in a temporary folder (a new database there if the user has
 * none yet), deleted afterwards. A dry run thus writes nothing where the user's database is — no new database file,
 * no upgrade of an older one, no backup, no folder — whatever opening a database would otherwise do.
 */
final class ScratchDatabase implements DatabaseUse {

    private final Path folder;
    private final Database database;

    private ScratchDatabase(Path folder, Database database) {
        this.folder = folder;
        this.database = database;
    }

    static ScratchDatabase copyOf(Path base) {
        Path folder;
        try {
            folder = Files.createTempDirectory("kesudesk-dry-run");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Path original = base.resolveSibling(base.getFileName() + ".mv.db");
            Path copy = folder.resolve("kesudesk");
            if (Files.isRegularFile(original)) {
                Files.copy(original, folder.resolve("kesudesk.mv.db"));
            }
            return new ScratchDatabase(folder, Database.open(copy));
        } catch (IOException e) {
            delete(folder);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(folder);
            throw e;
        }
    }

    @Override
    public Database database() {
        return database;
    }

    @Override
    public void close() {
        try {
            database.close();
        } finally {
            delete(folder);
        }
    }

    private static void delete(Path folder) {
        try {
            Folders.deleteTree(folder);
        } catch (IOException e) {
            // a copy left in the temporary folder harms nothing; the system clears it
            org.slf4j.LoggerFactory.getLogger(ScratchDatabase.class).warn("could not delete {}", folder, e);
        }
    }
}
