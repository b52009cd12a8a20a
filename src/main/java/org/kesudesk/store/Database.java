package org.kesudesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import javax.sql.DataSource;

import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.kesudesk.l10n.FailureReasons;
import org.kesudesk.l10n.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The office's database: the embedded H2 database in one file on the user's disk (the default), or an office's
 * shared database on a PostgreSQL server ({@link #openServer}). Opening it creates and migrates it as needed; every
 * write goes through {@link #inTransaction}. Only the store package sees SQL and jOOQ.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final String H2_SUFFIX = ".mv.db";
    /** The user the app works on its data as: no administrator rights (migration V7), so no file functions. */
    static final String APP_USER = "KESUDESK_APP";
    /** The administrator, for migrations and compaction only. */
    private static final String ADMIN_USER = "SA";

    private static final long COMPACT_ABOVE_BYTES = 16L * 1024 * 1024;
    private static final int COMPACT_BELOW_FILL_PERCENT = 50;

    static {
        H2Settings.apply();
    }

    /** Where a transaction finds the database user changes are recorded as ({@link AuditLog}): a server's only. */
    static final String DB_USER = "kesudesk.databaseUser";
    /** The key under which the configuration keeps this app's session ({@link #session()}). */
    static final String SESSION = "kesudesk.session";
    /**
     * This opening of the database: recorded with every change it makes, so that others' changes can be told from
     * one's own (two windows of one clerk on one computer included).
     */
    private final UUID session = org.kesudesk.model.Ids.newId();

    /** The H2 database's path (without {@code .mv.db}); null on a server. */
    private final Path path;
    /** H2's pool of connections; null on a server. */
    private final JdbcConnectionPool pool;
    /** The server's address (without its password); null for H2. */
    private final ServerAddress server;
    private final DataSource dataSource;
    private final Runnable dispose;
    private final boolean compactOnClose;
    private final DSLContext dsl;

    private Database(Path path, JdbcConnectionPool pool, boolean compactOnClose) {
        this.path = path;
        this.pool = pool;
        this.server = null;
        this.dataSource = pool;
        this.dispose = pool::dispose;
        this.compactOnClose = compactOnClose;
        Settings settings = new Settings()
                .withRenderSchema(false)
                .withExecuteLogging(false);
        this.dsl = DSL.using(pool, SQLDialect.H2, settings);
        this.dsl.configuration().data(SESSION, session);
    }

    private Database(ServerAddress server, com.zaxxer.hikari.HikariDataSource pool) {
        this.path = null;
        this.pool = null;
        this.server = server;
        this.dataSource = pool;
        this.dispose = pool::close;
        this.compactOnClose = false;
        // the generated code names tables as H2 keeps them (PLAN, PLAN_NODE); PostgreSQL folds unquoted names to
        // lower case, as its schema script writes them
        Settings settings = new Settings()
                .withRenderSchema(false)
                .withRenderQuotedNames(org.jooq.conf.RenderQuotedNames.NEVER)
                .withRenderNameCase(org.jooq.conf.RenderNameCase.LOWER)
                .withExecuteLogging(false);
        this.dsl = DSL.using(pool, SQLDialect.POSTGRES, settings);
        this.dsl.configuration().data(DB_USER, server.user());
        this.dsl.configuration().data(SESSION, session);
    }

    /**
     * Opens an office's shared database on a PostgreSQL server, bringing its schema to this version's (an empty
     * database gets the app's schema). The connection is checked first: a server that cannot be reached, a wrong
     * password, a database that does not exist, a database of a newer version of the app or of something else are
     * each told in Chinese.
     *
     * @throws UserFacingException saying what is wrong
     */
    public static Database openServer(ServerAddress server) {
        com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
        config.setJdbcUrl(server.url());
        config.setUsername(server.user());
        config.setPassword(server.password());
        config.setPoolName("kesudesk");
        config.setMaximumPoolSize(4);
        config.setConnectionTimeout(10_000);
        config.addDataSourceProperty("ApplicationName", "KesuDesk");
        com.zaxxer.hikari.HikariDataSource pool;
        try {
            pool = new com.zaxxer.hikari.HikariDataSource(config);
        } catch (RuntimeException e) {
            throw ServerFailures.of(e, server);
        }
        try {
            Migrations.migrateServer(pool);
            Database database = new Database(server, pool);
            LOG.info("opened {} ({})", server, database.engineVersion());
            return database;
        } catch (RuntimeException e) {
            pool.close();
            throw ServerFailures.of(e, server);
        }
    }

    /** This opening of the database, recorded with each change made through it. */
    public UUID session() {
        return session;
    }

    /** Whether this is an office's shared database on a server (not a file of this computer). */
    public boolean isServer() {
        return server != null;
    }

    /**
     * Whether the database can only be read: a file H2 opened read-only, because the file or its folder cannot be
     * written (a write-protected stick, a CD, a share the user may only read, Windows' 只读 attribute). Every change
     * is then refused ({@code store.error.readOnly}); the window says so from the start.
     */
    public boolean isReadOnly() {
        return server == null && Boolean.TRUE.equals(read(tx -> tx.fetchValue(
                org.jooq.impl.DSL.field("READONLY()", Boolean.class))));
    }

    /** Where the database is, as the user is told it: its file, or the server and database (no password). */
    public String location() {
        return server != null ? server.toString() : fileOf(path).toString();
    }

    /**
     * Opens the database at the given path (without {@code .mv.db}), creating it if it does not exist and applying
     * any pending migrations. Nothing a crash can interrupt leaves it unusable: a new database is made in a file of
     * its own and moved into place when its migrations are done; before an upgrade the database is copied, and an
     * upgrade that failed or was interrupted (the process killed, the power cut) is undone from that copy, here or
     * at the next start, before it is tried again. A file that holds anything the app's migrations never make is
     * refused before H2 runs any of it ({@link SchemaCheck}).
     *
     * @throws DatabaseInUseException if another process has it open
     * @throws UserFacingException    for any other failure, with a message for the user
     */
    public static Database open(Path path) {
        Path base = withoutH2Suffix(path);
        createParentFolder(base);
        Upgrades.recoverInterrupted(base);
        if (Files.exists(fileOf(base))) {
            SchemaCheck.requireOnlyKnownKinds(fileOf(base));
        } else {
            createNew(base);
        }
        JdbcConnectionPool admin = pool(base, ADMIN_USER);
        try {
            Database asAdmin = new Database(base, admin, false);
            asAdmin.probe();
            Upgrades.upgradeIfPending(asAdmin);
            // the app's own connection is open before the administrator's closes, so H2 keeps the file open
            Database database = new Database(base, pool(base, APP_USER), true);
            database.probe();
            return database;
        } finally {
            admin.dispose();
        }
    }

    /**
     * Opens an existing database read-only (no migrations are applied, nothing written), for checks: as the administrator,
     * since a database of an older version has no app user yet, after the file was checked for objects the app
     * never makes.
     *
     * @throws UserFacingException if there is no database at the path, or it cannot be opened
     */
    public static Database openExisting(Path path) {
        Path base = withoutH2Suffix(path);
        if (!Files.exists(fileOf(base))) {
            throw new UserFacingException("store.error.notFound", base);
        }
        SchemaCheck.requireOnlyKnownKinds(fileOf(base));
        // read-only as H2 opens it: nothing of the file is written, not even what H2 tidies on opening and closing
        Database database = new Database(base, JdbcConnectionPool.create(url(base, true) + ";ACCESS_MODE_DATA=r",
                ADMIN_USER, ""), false);
        database.probe();
        return database;
    }

    /**
     * Makes a new database file at {@code base} with the app's migrations (up to {@code target}, or all), as the
     * administrator, and closes it.
     */
    static void migrateNew(Path base, Optional<String> target) {
        // no trace file of H2's own beside it (the log has the failure): a failed making leaves nothing behind
        JdbcConnectionPool admin = JdbcConnectionPool.create(url(base, false) + ";TRACE_LEVEL_FILE=0", ADMIN_USER, "");
        try {
            Migrations.migrate(admin, target);
        } catch (FlywayException e) {
            LOG.error("migrating {} failed", base, e);
            throw new UserFacingException(e, "store.error.migrate", base);
        } finally {
            admin.dispose();
        }
    }

    /**
     * A new database is made in a file of its own (named after this process) and moved into place only when its
     * migrations are done, so that a crash while it is made leaves no half-made database. Files left by processes
     * that no longer run are deleted.
     */
    private static void createNew(Path base) {
        deleteAbandonedCreations(base);
        Path creating = base.resolveSibling(base.getFileName() + CREATING + ProcessHandle.current().pid());
        try {
            Files.deleteIfExists(fileOf(creating));
            migrateNew(creating, Optional.empty());
            Files.move(fileOf(creating), fileOf(base), StandardCopyOption.ATOMIC_MOVE);
            LOG.info("created {}", fileOf(base));
        } catch (java.nio.file.FileAlreadyExistsException madeMeanwhile) {
            // another copy of the app made it at the same moment: use that one
            deleteQuietly(fileOf(creating));
        } catch (java.io.IOException | RuntimeException e) {
            // nothing half made is left to fill the disk further: a full disk is the likeliest reason
            deleteQuietly(fileOf(creating));
            deleteQuietly(creating.resolveSibling(creating.getFileName() + TRACE_SUFFIX));
            throw new UserFacingException(e, "store.error.create", fileOf(base), FailureReasons.of(e));
        }
    }

    private static final String CREATING = ".creating-";
    /** H2's trace file beside a database, written when something fails. */
    private static final String TRACE_SUFFIX = ".trace.db";

    private static void deleteAbandonedCreations(Path base) {
        String prefix = base.getFileName() + CREATING;
        try (java.util.stream.Stream<Path> files = Files.list(base.toAbsolutePath().getParent())) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                String suffix = name.endsWith(H2_SUFFIX) ? H2_SUFFIX : name.endsWith(TRACE_SUFFIX) ? TRACE_SUFFIX : null;
                if (name.startsWith(prefix) && suffix != null) {
                    String pid = name.substring(prefix.length(), name.length() - suffix.length());
                    if (!org.kesudesk.files.ProcessIds.running(pid)) {
                        deleteQuietly(file);
                    }
                }
            }
        } catch (java.io.IOException e) {
            LOG.warn("could not look for abandoned new databases beside {}", base, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            LOG.warn("could not delete {}", file, e);
        }
    }

    /** The database's path, without {@code .mv.db}. */
    public Path path() {
        requireFile();
        return path;
    }

    /** The file H2 keeps the database in. */
    public Path file() {
        requireFile();
        return fileOf(path);
    }

    /** What only a database file has (its path, backups, compaction) is asked of a server's: a mistake here. */
    private void requireFile() {
        if (server != null) {
            throw new IllegalStateException("a database on a server has no file: " + server);
        }
    }

    /** The version of the database engine (H2, or the server's) the database is kept by. */
    public String engineVersion() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    DSLContext dsl() {
        return dsl;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /**
     * A time as the database keeps it (to the microsecond, on both engines): a round or report made now equals the
     * same read back, and a time from a file is compared with one stored as it will be stored.
     */
    public static java.time.Instant keptPrecision(java.time.Instant time) {
        return time.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** Runs work in one transaction: all of it is stored, or, if it throws, none of it. */
    <T> T inTransaction(Function<DSLContext, T> work) {
        ThreadsThatMustNotWait.check("a transaction");
        try {
            return dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
        } catch (DataAccessException e) {
            throw translate(e);
        }
    }

    private RuntimeException translate(Throwable failure) {
        return server != null ? ServerFailures.of(failure, server) : translate(failure, path);
    }

    /** Runs read-only work; reads see one consistent state. */
    <T> T read(Function<DSLContext, T> work) {
        return inTransaction(work);
    }

    /**
     * Writes the whole database, as it is now, to {@code out} as a zip holding the one H2 file, as H2's
     * {@code BACKUP TO} does: online (no one waits for it), transactionally consistent (work committed after it
     * starts, or not committed when it ends, is not in it), and readable by any unzip tool. Unlike
     * {@code BACKUP TO} the file is stored, not compressed: most of a database's bytes are ids, which do not
     * compress (H2's deflate saved 14 % of an 83 MB database and took 2 s of the 5 s budget for importing 16
     * county files; stored, it takes a tenth of that). This goes through H2's own backup routine
     * ({@code FileStore.backup}), which {@code BACKUP TO} calls, with our zip stream.
     */
    void backupTo(java.io.OutputStream out) throws java.io.IOException {
        requireFile();
        ThreadsThatMustNotWait.check("a backup");
        try (Connection connection = pool.getConnection()) {
            org.h2.engine.Database h2 = ((org.h2.engine.SessionLocal) connection
                    .unwrap(org.h2.jdbc.JdbcConnection.class).getSession()).getDatabase();
            h2.getStore().flush();
            java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(
                    new java.io.BufferedOutputStream(out, 1 << 16));
            zip.setLevel(java.util.zip.Deflater.NO_COMPRESSION);
            h2.flush();
            synchronized (h2.getLobSyncObject()) {
                h2.getStore().getMvStore().getFileStore().backup(zip);
            }
            zip.finish();
            zip.flush();
        } catch (SQLException e) {
            throw translate(e, path);
        }
    }

    @Override
    public void close() {
        if (compactOnClose) {
            compactIfWasteful();
        }
        // H2 closes the file (and releases its lock) when the last connection is closed.
        dispose.run();
    }

    /**
     * H2 writes changes to new places in its file and reuses the old ones only later, so storing large plans
     * leaves a file many times larger than its data (a city with 16 county plans of 2,000 tasks: 470 MB for 30 MB
     * of data), which also makes every backup that large. When the file is large and mostly unused, closing
     * rewrites it compactly (a few seconds at that size; H2 writes a new file and then replaces the old one).
     */
    private void compactIfWasteful() {
        // compacting needs the administrator; the app's own connection keeps the file open meanwhile
        try (Connection connection = java.sql.DriverManager.getConnection(url(path, true), ADMIN_USER, "");
             java.sql.Statement statement = connection.createStatement()) {
            long size = 0;
            int fillRate = 100;
            try (java.sql.ResultSet info = statement.executeQuery("SELECT SETTING_NAME, SETTING_VALUE "
                    + "FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME IN ('info.FILE_SIZE', "
                    + "'info.CHUNKS_FILL_RATE')")) {
                while (info.next()) {
                    if (info.getString(1).equals("info.FILE_SIZE")) {
                        size = Long.parseLong(info.getString(2));
                    } else {
                        fillRate = Integer.parseInt(info.getString(2));
                    }
                }
            }
            if (size > COMPACT_ABOVE_BYTES && fillRate < COMPACT_BELOW_FILL_PERCENT) {
                LOG.info("compacting {} ({} bytes, {}% used)", path, size, fillRate);
                statement.execute("SHUTDOWN COMPACT");
            }
        } catch (SQLException | NumberFormatException e) {
            LOG.warn("could not compact {}", path, e);
        }
    }

    /** Runs work as the administrator, for tests that read what only an administrator may (SCRIPT). */
    <T> T asAdministrator(Function<DSLContext, T> work) {
        requireFile();
        try (Connection connection = java.sql.DriverManager.getConnection(url(path, true), ADMIN_USER, "")) {
            return work.apply(DSL.using(connection, SQLDialect.H2));
        } catch (SQLException e) {
            throw translate(e, path);
        }
    }

    /** A pool of connections as the given user to an existing database file (never creates one). */
    private static JdbcConnectionPool pool(Path base, String user) {
        return JdbcConnectionPool.create(user.equals(ADMIN_USER) ? url(base, true) : "jdbc:h2:file:"
                + base.toAbsolutePath() + ";IFEXISTS=TRUE", user, "");
    }

    /**
     * The administrator's address of the database. WRITE_DELAY=0: a committed edit is handed to the operating
     * system at once, so that it survives the app being killed (H2 would otherwise wait up to half a second;
     * CrashTest shows the edit lost without it). Only an administrator may set it; H2 keeps it in the file, so the
     * app's own connections have it too.
     */
    private static String url(Path base, boolean mustExist) {
        return "jdbc:h2:file:" + base.toAbsolutePath() + ";WRITE_DELAY=0" + (mustExist ? ";IFEXISTS=TRUE" : "");
    }

    /** Opens a first connection, so that a database in use or damaged is reported now. */
    private void probe() {
        try (Connection probe = pool.getConnection()) {
            LOG.debug("opened {} ({})", path, probe.getMetaData().getDatabaseProductVersion());
        } catch (SQLException e) {
            pool.dispose();
            throw translate(e, path);
        }
    }

    /** The migrations not yet applied to this database. */
    int pendingMigrations() {
        if (Migrations.upToDate(history())) {
            return 0;
        }
        try {
            return Migrations.flyway(pool).info().pending().length;
        } catch (FlywayException e) {
            throw new UserFacingException(e, "store.error.migrate", path);
        }
    }

    /** The migration history as Flyway keeps it: each version (null for others) and whether it was applied. */
    private List<Map.Entry<String, Boolean>> history() {
        try (Connection connection = pool.getConnection();
             java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery(
                     "SELECT \"version\", \"success\" FROM \"flyway_schema_history\"")) {
            List<Map.Entry<String, Boolean>> history = new java.util.ArrayList<>();
            while (rows.next()) {
                history.add(new java.util.AbstractMap.SimpleEntry<>(rows.getString(1), rows.getBoolean(2)));
            }
            return history;
        } catch (SQLException e) {
            // no history table (a database made by something else, or before the first migration): Flyway decides
            return List.of(Map.entry("", false));
        }
    }

    /** Applies the pending migrations (as the administrator: only a database opened for that can). */
    void migrate() {
        Migrations.migrate(pool, Optional.empty());
    }

    private static RuntimeException translate(Throwable failure, Path base) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UserFacingException userFacing) {
                return userFacing;
            }
            if (t instanceof SQLException sql) {
                switch (sql.getErrorCode()) {
                    case ErrorCode.DATABASE_ALREADY_OPEN_1:
                        return new DatabaseInUseException(base, failure);
                    case ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1:
                    case ErrorCode.DATABASE_NOT_FOUND_1:
                        return new UserFacingException(failure, "store.error.notFound", base);
                    case ErrorCode.FILE_CORRUPTED_1:
                        return new UserFacingException(failure, "store.error.corrupted", base);
                    case ErrorCode.FILE_VERSION_ERROR_1:
                        return new UserFacingException(failure, "store.error.version", base);
                    case ErrorCode.DATABASE_IS_READ_ONLY:
                        return new UserFacingException(failure, "store.error.readOnly", base);
                    default:
                        break;
                }
            }
        }
        LOG.error("database failure on {}", base, failure);
        return new UserFacingException(failure, "store.error.access", base, FailureReasons.of(failure));
    }

    /** The file H2 keeps the database at this path (without {@code .mv.db}) in. */
    static Path fileOf(Path base) {
        return base.resolveSibling(base.getFileName() + H2_SUFFIX);
    }

    static Path withoutH2Suffix(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(H2_SUFFIX)
                ? path.resolveSibling(name.substring(0, name.length() - H2_SUFFIX.length()))
                : path;
    }

    private static void createParentFolder(Path base) {
        Path parent = base.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (java.io.IOException e) {
            throw new UserFacingException(e, "store.error.folder", parent);
        }
    }
}
