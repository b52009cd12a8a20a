package org.kesudesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;


import org.h2.engine.DbObject;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.ValueDataType;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionMap;
import org.h2.mvstore.tx.TransactionStore;
import org.h2.result.Row;
import org.h2.value.Value;
import org.kesudesk.l10n.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a database file holds, read from H2's own catalogue of its objects (each stored as the SQL that makes it)
 * without opening the file as a database, so that nothing in it runs: H2 executes that SQL when it opens a file, and
 * a file can hold views, triggers and Java functions (CREATE ALIAS with source code, compiled and run) that would
 * then run with the user's rights. A database file from outside (a backup, a file given to {@code --db}) is a
 * program until proven otherwise.
 *
 * <p>Two checks: {@link #requireOnlyKnownKinds} (every open; cheap) refuses every kind of object the app's
 * migrations never make; {@link #requireExactly} (restoring a backup, upgrading, {@code db check}) compares every
 * object and the migration history with what the app's own migrations make, object for object.
 */
final class SchemaCheck {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaCheck.class);
    /** The catalogue of objects is H2's table 0. */
    private static final String CATALOGUE = "table.0";
    private static final String SQL_MIGRATION = "SQL";
    private static final String HISTORY_TABLE = "CREATE CACHED TABLE \"PUBLIC\".\"flyway_schema_history\"(";
    /** Settings H2 records by itself (the build that made the file) or from our own connection (WRITE_DELAY=0). */
    private static final Pattern KNOWN_SETTING = Pattern.compile("SET (CREATE_BUILD|WRITE_DELAY) \\d+");
    private static final Pattern TABLE = Pattern.compile("CREATE CACHED TABLE \"PUBLIC\"\\.\"[A-Za-z_]+\"\\(.*",
            Pattern.DOTALL);
    private static final Pattern ADMIN = Pattern.compile(
            "CREATE USER IF NOT EXISTS \"SA\" SALT '[0-9a-f]+' HASH '[0-9a-f]+' ADMIN");
    private static final Pattern APP_USER = Pattern.compile(
            "CREATE USER IF NOT EXISTS \"" + Database.APP_USER + "\" SALT '[0-9a-f]+' HASH '[0-9a-f]+'");
    private static final String APP_RIGHTS = "GRANT ALL ON SCHEMA \"PUBLIC\" TO \"" + Database.APP_USER + "\"";

    /** One object of the catalogue: its kind (H2's {@link DbObject} types) and the SQL that makes it. */
    record CatalogueEntry(int type, String sql) {

        /**
         * The entry with what differs between two files of the same schema left out: the users' salts, the names
         * H2 generates, where an identity sequence has got to, and statistics.
         */
        CatalogueEntry normalized() {
            String normalized = sql.replaceAll("SALT '[0-9a-f]+' HASH '[0-9a-f]+'", "SALT ? HASH ?")
                    .replaceAll("SYSTEM_SEQUENCE_[0-9A-F_]{36}", "SYSTEM_SEQUENCE_?")
                    .replaceAll(" RESTART WITH \\d+", "")
                    // the statistics H2 keeps of a column's values as rows are added (ANALYZE)
                    .replaceAll(" SELECTIVITY \\d+", "")
                    .replaceAll("^SET CREATE_BUILD \\d+$", "SET CREATE_BUILD ?");
            return new CatalogueEntry(type, normalized);
        }
    }

    /** One migration as the history table records it. */
    record Migration(String version, String description, String type, String script, Integer checksum,
                     boolean success) {
    }

    /** A file's catalogue and migration history. */
    record Schema(List<CatalogueEntry> catalogue, List<Migration> history) {

        /** The newest migration applied, or empty if none (or none succeeded). */
        Optional<String> version() {
            return history.stream().filter(Migration::success).map(Migration::version).filter(Objects::nonNull)
                    .reduce((first, second) -> second);
        }
    }

    private SchemaCheck() {
    }

    /**
     * Refuses a database file that is not an H2 file, or holds any kind of object the app's migrations never make:
     * views, linked or external tables, triggers, Java functions and aggregates, constants, domains, synonyms,
     * schemas, roles, users or rights other than the app's two, settings other than those H2 records by itself.
     * A file that is open (in this process or another) is left to H2, which says so.
     *
     * @throws UserFacingException if the file is not a sound KesuDesk database
     */
    static void requireOnlyKnownKinds(Path file) {
        requireH2File(file, file);
        Optional<Schema> schema = readUnlessOpen(file, file);
        schema.ifPresent(s -> {
            for (CatalogueEntry entry : s.catalogue()) {
                if (!knownKind(entry)) {
                    LOG.warn("{} holds an object the app does not make: type {}: {}", file, entry.type(),
                            abbreviated(entry.sql()));
                    throw new UserFacingException("store.error.foreignObjects", file);
                }
            }
        });
    }

    /**
     * Refuses a database file whose objects or migration history are not exactly what the app's own migrations
     * make (up to the version the file records): the same tables, columns, indexes, constraints, users and rights,
     * and the same migrations with the same checksums, all applied.
     *
     * @throws UserFacingException if they differ, or the file is not a database
     */
    static void requireExactly(Path file) {
        requireExactly(file, file);
    }

    /**
     * {@link #requireExactly(Path)}, naming the file in messages as {@code shownAs} (the backup a copy came from).
     */
    static void requireExactly(Path file, Path shownAs) {
        requireH2File(file, shownAs);
        Schema schema = readUnlessOpen(file, shownAs)
                .orElseThrow(() -> new UserFacingException("store.error.inUse", shownAs));
        requireExactly(schema, shownAs);
    }

    /** {@link #requireExactly(Path)} for a database that is open here (read through its own store). */
    static void requireExactly(Database database) {
        requireExactly(readOpen(database), database.file());
    }

    private static void requireExactly(Schema schema, Path file) {
        if (schema.history().stream().anyMatch(m -> !m.success())) {
            throw new UserFacingException("store.error.failedMigration", file);
        }
        String version = schema.version()
                .orElseThrow(() -> new UserFacingException("store.error.notKesuDesk", file));
        for (Migration migration : schema.history()) {
            if (!SQL_MIGRATION.equals(migration.type())) {
                continue;
            }
            if (migration.script() == null || !migration.script().matches("V\\d+__[a-z_]+\\.sql")
                    || SchemaCheck.class.getResource("/db/migration/" + migration.script()) == null) {
                // a migration this version of the app does not have: made by a newer one (or by something else)
                throw new UserFacingException("check.migrationFromNewerVersion", migration.version());
            }
        }
        Schema expected = reference(version);
        List<String> differences = differences(expected, schema);
        if (!differences.isEmpty()) {
            LOG.warn("{} is not a KesuDesk database of schema version {}: {}", file, version, differences);
            throw new UserFacingException("store.error.foreignSchema", file, version);
        }
    }

    /** What differs, for the log: entries missing and extra, and a different history. */
    static List<String> differences(Schema expected, Schema actual) {
        List<String> differences = new ArrayList<>();
        List<CatalogueEntry> want = sorted(expected.catalogue());
        List<CatalogueEntry> have = sorted(actual.catalogue());
        List<CatalogueEntry> missing = new ArrayList<>(want);
        have.forEach(missing::remove);
        List<CatalogueEntry> extra = new ArrayList<>(have);
        want.forEach(extra::remove);
        missing.forEach(e -> differences.add("missing: " + abbreviated(e.sql())));
        extra.forEach(e -> differences.add("extra: " + abbreviated(e.sql())));
        if (!migrations(expected).equals(migrations(actual))
                || actual.history().stream().anyMatch(m -> !SQL_MIGRATION.equals(m.type())
                && !("TABLE".equals(m.type()) && m.version() == null))) {
            differences.add("history: " + actual.history());
        }
        return differences;
    }

    /** The schema the app's migrations make up to a version, made in a new file in a folder of its own. */
    static Schema reference(String version) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("kesudesk-schema");
            Path base = folder.resolve("reference");
            Database.migrateNew(base, Optional.of(version));
            return read(Database.fileOf(base), Database.fileOf(base));
        } catch (IOException e) {
            throw new UserFacingException(e, "store.error.access", folder, org.kesudesk.l10n.FailureReasons.of(e));
        } finally {
            deleteFolder(folder);
        }
    }

    /** The first bytes of every H2 file (MVStore's file header). */
    private static void requireH2File(Path file, Path shownAs) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(4);
            if (!new String(header, StandardCharsets.ISO_8859_1).equals("H:2,")) {
                throw new UserFacingException("store.error.corrupted", shownAs);
            }
        } catch (IOException e) {
            throw new UserFacingException(e, "store.error.corrupted", shownAs);
        }
    }

    private static Optional<Schema> readUnlessOpen(Path file, Path shownAs) {
        try {
            return Optional.of(read(file, shownAs));
        } catch (org.h2.mvstore.MVStoreException e) {
            if (e.getErrorCode() == org.h2.mvstore.DataUtils.ERROR_FILE_LOCKED) {
                // open in this process (checked when it was opened) or in another (H2 will say so)
                LOG.debug("{} is open", file);
                return Optional.empty();
            }
            throw damaged(shownAs, e);
        }
    }

    /**
     * Reads a file's catalogue and history through MVStore (storage only: no SQL is run).
     *
     * @throws org.h2.mvstore.MVStoreException with {@link org.h2.mvstore.DataUtils#ERROR_FILE_LOCKED} if the
     *                                         file is open
     */
    private static Schema read(Path file, Path shownAs) {
        try (MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open()) {
            TransactionStore transactions = new TransactionStore(store, new ValueDataType());
            transactions.init();
            return read(transactions, shownAs);
        } catch (UserFacingException e) {
            throw e;
        } catch (org.h2.mvstore.MVStoreException e) {
            if (e.getErrorCode() == org.h2.mvstore.DataUtils.ERROR_FILE_LOCKED) {
                throw e;
            }
            throw damaged(shownAs, e);
        } catch (RuntimeException e) {
            // a damaged or crafted file: MVStore fails on it in many ways
            throw damaged(shownAs, e);
        }
    }

    /** Reads the catalogue of a database open here, through its own store. */
    private static Schema readOpen(Database database) {
        try (Connection connection = database.dataSource().getConnection()) {
            org.h2.engine.Database h2 = ((org.h2.engine.SessionLocal) connection
                    .unwrap(org.h2.jdbc.JdbcConnection.class).getSession()).getDatabase();
            return read(h2.getStore().getTransactionStore(), database.file());
        } catch (SQLException e) {
            throw new UserFacingException(e, "store.error.access", database.file(),
                    org.kesudesk.l10n.FailureReasons.of(e));
        }
    }

    private static Schema read(TransactionStore transactions, Path file) {
        Transaction transaction = transactions.begin();
        try {
            List<CatalogueEntry> catalogue = new ArrayList<>();
            Optional<Integer> historyTable = Optional.empty();
            TransactionMap<Long, Row> objects = transaction.openMap(CATALOGUE);
            for (Iterator<Long> keys = objects.keyIterator(null); keys.hasNext(); ) {
                Value[] values = objects.get(keys.next()).getValueList();
                CatalogueEntry entry = new CatalogueEntry(values[2].getInt(), values[3].getString());
                catalogue.add(entry);
                if (entry.type() == DbObject.TABLE_OR_VIEW && entry.sql().startsWith(HISTORY_TABLE)) {
                    historyTable = Optional.of(values[0].getInt());
                }
            }
            List<Migration> history = new ArrayList<>();
            if (historyTable.isPresent()) {
                TransactionMap<Long, Row> rows = transaction.openMap("table." + historyTable.get());
                List<Value[]> ranked = new ArrayList<>();
                for (Iterator<Long> keys = rows.keyIterator(null); keys.hasNext(); ) {
                    ranked.add(rows.get(keys.next()).getValueList());
                }
                ranked.sort(Comparator.comparingInt(v -> v[0].getInt()));
                for (Value[] v : ranked) {
                    history.add(new Migration(text(v[1]), text(v[2]), text(v[3]), text(v[4]),
                            v[5] == org.h2.value.ValueNull.INSTANCE ? null : v[5].getInt(), v[9].getBoolean()));
                }
            }
            return new Schema(catalogue, history);
        } catch (UserFacingException e) {
            throw e;
        } catch (RuntimeException e) {
            throw damaged(file, e);
        } finally {
            transaction.rollback();
        }
    }

    private static boolean knownKind(CatalogueEntry entry) {
        String sql = entry.sql();
        return switch (entry.type()) {
            // tables of the app's schema only: no views, no linked or external tables
            case DbObject.TABLE_OR_VIEW -> TABLE.matcher(sql).matches();
            case DbObject.INDEX, DbObject.SEQUENCE, DbObject.CONSTRAINT -> sql.contains(" \"PUBLIC\".");
            case DbObject.USER -> ADMIN.matcher(sql).matches() || APP_USER.matcher(sql).matches();
            case DbObject.RIGHT -> sql.equals(APP_RIGHTS);
            case DbObject.SETTING -> KNOWN_SETTING.matcher(sql).matches();
            // triggers, roles, Java functions and aggregates, schemas, constants, domains, comments, synonyms
            default -> false;
        };
    }

    /**
     * The migrations a history records. Flyway also records when it made its table (a row without a version):
     * compared neither way, as versions of Flyway differ in it.
     */
    private static List<Migration> migrations(Schema schema) {
        return schema.history().stream().filter(m -> SQL_MIGRATION.equals(m.type())).toList();
    }

    private static List<CatalogueEntry> sorted(List<CatalogueEntry> entries) {
        return entries.stream().map(CatalogueEntry::normalized)
                .sorted(Comparator.comparingInt(CatalogueEntry::type).thenComparing(CatalogueEntry::sql)).toList();
    }

    private static String text(Value value) {
        return value == org.h2.value.ValueNull.INSTANCE ? null : value.getString();
    }

    private static UserFacingException damaged(Path file, Throwable cause) {
        LOG.warn("cannot read the catalogue of {}", file, cause);
        return new UserFacingException(cause, "store.error.corrupted", file);
    }

    private static String abbreviated(String sql) {
        return sql.length() <= 200 ? sql : sql.substring(0, 200) + "…";
    }

    private static void deleteFolder(Path folder) {
        try {
            org.kesudesk.files.Folders.deleteTree(folder);
        } catch (IOException e) {
            LOG.warn("could not delete {}", folder, e);
        }
    }
}
