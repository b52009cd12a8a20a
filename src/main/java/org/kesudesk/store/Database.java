package org.kesudesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
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
 * The embedded H2 database in one file on the user's disk. Opening it creates and migrates it as needed; every
 * write goes through {@link #inTransaction}. Only the store package sees SQL and jOOQ.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final String H2_SUFFIX = ".mv.db";

    private static final long COMPACT_ABOVE_BYTES = 16L * 1024 * 1024;
    private static final int COMPACT_BELOW_FILL_PERCENT = 50;

    private final Path path;
    private final JdbcConnectionPool pool;
    private final boolean compactOnClose;
    private final DSLContext dsl;

    private Database(Path path, JdbcConnectionPool pool, boolean compactOnClose) {
        this.path = path;
        this.pool = pool;
        this.compactOnClose = compactOnClose;
        Settings settings = new Settings()
                .withRenderSchema(false)
                .withExecuteLogging(false);
        this.dsl = DSL.using(pool, SQLDialect.H2, settings);
    }

    /**
     * Opens the database at the given path (without {@code .mv.db}), creating it if it does not exist and applying
     * any pending migrations.
     *
     * @throws DatabaseInUseException if another process has it open
     * @throws UserFacingException    for any other failure, with a message for the user
     */
    public static Database open(Path path) {
        Path base = withoutH2Suffix(path);
        createParentFolder(base);
        Database database = connect(base, false);
        try {
            Migrations.migrate(database.pool);
            return database;
        } catch (FlywayException e) {
            database.close();
            LOG.error("migrating {} failed", base, e);
            throw new UserFacingException(e, "store.error.migrate", base);
        }
    }

    /**
     * Opens an existing database without changing it (no migrations are applied), for checks.
     *
     * @throws UserFacingException if there is no database at the path, or it cannot be opened
     */
    public static Database openExisting(Path path) {
        return connect(withoutH2Suffix(path), true);
    }

    /** The database's path, without {@code .mv.db}. */
    public Path path() {
        return path;
    }

    /** The file H2 keeps the database in. */
    public Path file() {
        return fileOf(path);
    }

    /** The version of the database engine (H2) the file is kept by. */
    public String engineVersion() {
        try (Connection connection = pool.getConnection()) {
            return connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw translate(e, path);
        }
    }

    DSLContext dsl() {
        return dsl;
    }

    DataSource dataSource() {
        return pool;
    }

    /** Runs work in one transaction: all of it is stored, or, if it throws, none of it. */
    <T> T inTransaction(Function<DSLContext, T> work) {
        try {
            return dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
        } catch (DataAccessException e) {
            throw translate(e, path);
        }
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
        pool.dispose();
    }

    /**
     * H2 writes changes to new places in its file and reuses the old ones only later, so storing large plans
     * leaves a file many times larger than its data (a city with 16 county plans of 2,000 tasks: 470 MB for 30 MB
     * of data), which also makes every backup that large. When the file is large and mostly unused, closing
     * rewrites it compactly (a few seconds at that size; H2 writes a new file and then replaces the old one).
     */
    private void compactIfWasteful() {
        try (Connection connection = pool.getConnection();
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

    private static Database connect(Path base, boolean mustExist) {
        // WRITE_DELAY=0: a committed edit is handed to the operating system at once, so that it survives the app
        // being killed (H2 would otherwise wait up to half a second; CrashTest shows the edit lost without it)
        String url = "jdbc:h2:file:" + base.toAbsolutePath() + ";WRITE_DELAY=0" + (mustExist ? ";IFEXISTS=TRUE" : "");
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        try (Connection probe = pool.getConnection()) {
            LOG.debug("opened {} ({})", base, probe.getMetaData().getDatabaseProductVersion());
        } catch (SQLException e) {
            pool.dispose();
            throw translate(e, base);
        }
        // a database opened only to be checked is left exactly as it was
        return new Database(base, pool, !mustExist);
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
