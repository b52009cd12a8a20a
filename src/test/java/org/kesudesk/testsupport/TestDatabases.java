package org.kesudesk.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.kesudesk.store.Database;
import org.kesudesk.store.ServerAddress;

/**
 * The database a test works on, for suites that run on both engines: the H2 file at the path given, or — when the
 * build runs them again on PostgreSQL ({@code -Dkesudesk.test.engine=postgresql}, the pom's second test run) — a
 * database of its own on a real PostgreSQL server this JVM starts once. The same path gives the same database
 * again (a test that closes and reopens it finds what it stored).
 */
public final class TestDatabases {

    /** The system property that names the engine of a test run. */
    public static final String ENGINE = "kesudesk.test.engine";
    private static final Map<Path, String> SERVER_DATABASES = new ConcurrentHashMap<>();
    private static EmbeddedPostgres server;

    private TestDatabases() {
    }

    /** Whether this run is the one on PostgreSQL. */
    public static boolean onServer() {
        return "postgresql".equals(System.getProperty(ENGINE));
    }

    /**
     * The database at this path as the command line names it (--db): the path, or on the server its address (the
     * database made for that path, made now if it was not).
     */
    public static String location(Path path) {
        if (!onServer()) {
            return path.toString();
        }
        String name = SERVER_DATABASES.computeIfAbsent(path.toAbsolutePath().normalize(), p -> create());
        return "jdbc:postgresql://localhost:" + server().getPort() + "/" + name + "?user=postgres";
    }

    /** Opens the test's database at this path: the file there, or its database on the server. */
    public static Database open(Path path) {
        if (!onServer()) {
            return Database.open(path);
        }
        String name = SERVER_DATABASES.computeIfAbsent(path.toAbsolutePath().normalize(), p -> create());
        return Database.openServer(ServerAddress.parse("jdbc:postgresql://localhost:" + server().getPort() + "/"
                + name + "?user=postgres", Map.of()));
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException e) {
                    // the JVM ends: the temporary folder goes with it
                }
            }));
        }
        return server;
    }

    private static String create() {
        String name = "test" + SERVER_DATABASES.size() + "_" + Long.toHexString(System.nanoTime());
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot make a test database on the server", e);
        }
        return name;
    }
}
