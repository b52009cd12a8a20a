package org.kesudesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.kesudesk.l10n.UserFacingException;

/**
 * What a database server says when the app knocks, without changing anything there (数据库连接… ▸ 测试连接): whether
 * it can be reached and signs the user in, and whether the database is empty (made the app's at first use), the
 * app's own (how many plans it holds, and whether it needs this version's upgrade), or not usable by this version.
 */
public record ServerProbe(Kind kind, int plans, String engineVersion) {

    /** What the database is to this version of the app. */
    public enum Kind {
        /** Nothing in it yet: the app's schema is made when it is first opened. */
        EMPTY,
        /** The app's database, at this version's schema. */
        READY,
        /** The app's database, made by an older version: opening it upgrades it. */
        OLDER
    }

    /** How long to wait for a server that does not answer, in seconds: a clerk is waiting on the button. */
    static final int TIMEOUT_SECONDS = 8;

    /**
     * Knocks at the server: connects, signs in and looks at the database, changing nothing.
     *
     * @throws UserFacingException saying what is wrong: unreachable, wrong user or password, no such database, a
     *                             newer version's database, another program's
     */
    public static ServerProbe of(ServerAddress server) {
        Properties properties = new Properties();
        properties.setProperty("user", server.user());
        properties.setProperty("password", server.password());
        properties.setProperty("connectTimeout", String.valueOf(TIMEOUT_SECONDS));
        properties.setProperty("loginTimeout", String.valueOf(TIMEOUT_SECONDS));
        properties.setProperty("socketTimeout", String.valueOf(TIMEOUT_SECONDS * 2));
        properties.setProperty("ApplicationName", "KesuDesk");
        try (Connection connection = new org.postgresql.Driver().connect(server.url(), properties)) {
            if (connection == null) {
                throw new UserFacingException("store.server.error.address", server.toString());
            }
            connection.setReadOnly(true);
            String version = connection.getMetaData().getDatabaseProductVersion();
            int tables = count(connection, "SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                    + "current_schema() AND table_name <> 'flyway_schema_history'");
            boolean history = count(connection, "SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                    + "current_schema() AND table_name = 'flyway_schema_history'") > 0;
            if (!history) {
                if (tables > 0) {
                    throw new UserFacingException("store.server.error.notOurs", server);
                }
                return new ServerProbe(Kind.EMPTY, 0, version);
            }
            int newest = count(connection, "SELECT coalesce(max(CAST(version AS INT)), 0) FROM flyway_schema_history "
                    + "WHERE success AND version ~ '^[0-9]{1,4}$'");
            if (newest > Migrations.LATEST) {
                throw new UserFacingException("store.server.error.tooNew", server);
            }
            int plans = tables > 0 && newest > 0 ? count(connection, "SELECT count(*) FROM plan") : 0;
            return new ServerProbe(newest == Migrations.LATEST ? Kind.READY : Kind.OLDER, plans, version);
        } catch (SQLException | RuntimeException e) {
            throw ServerFailures.of(e, server);
        }
    }

    private static int count(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getInt(1);
        }
    }
}
