package org.kesudesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;


/**
 * Databases written by earlier versions of the app (stored as H2 scripts in {@code src/test/resources/fixtures},
 * see the README there), and an outline of what such a database holds that a user would miss, read with plain SQL
 * over the columns every version has: it is the same before and after a migration that keeps everything.
 */
public final class LegacyDatabase {

    /** Schema 8, before plans and units belonged to regions: a city plan, two county plans, one catalogue. */
    public static final String BEFORE_REGIONS = "/fixtures/before-regions-schema8.sql.gz";
    public static final String CITY_PLAN = "b1e39f0d-d749-4c7d-a203-f18c0f3da32f";
    public static final String FUYU_PLAN = "eb8e79c0-bb83-4561-8503-96a10c99d07f";
    public static final String LONGJIANG_PLAN = "b51c5c70-9dd0-445b-9835-ef0e82112abe";

    private LegacyDatabase() {
    }

    /** Writes the fixture's database to {@code base} (the path without {@code .mv.db}), as that version left it. */
    public static void write(String fixture, Path base) throws IOException, SQLException {
        Files.createDirectories(base.toAbsolutePath().getParent());
        Path script = base.resolveSibling("fixture.sql");
        try (InputStream in = LegacyDatabase.class.getResourceAsStream(fixture)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + fixture);
            }
            try (InputStream unpacked = new java.util.zip.GZIPInputStream(in)) {
                Files.write(script, unpacked.readAllBytes());
            }
        }
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + base.toAbsolutePath(), "SA", "");
             Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM '" + script.toAbsolutePath() + "'");
        }
        Files.delete(script);
    }

    /** The outline of a database file that the app does not have open (an old one, before it is migrated). */
    public static String outlineOfFile(Path base) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + base.toAbsolutePath()
                + ";IFEXISTS=TRUE", "SA", "")) {
            return outline(connection);
        }
    }

    /** The outline of a database the app has open. */
    public static String outlineOf(Database database) {
        return database.read(tx -> tx.connectionResult(LegacyDatabase::outline));
    }

    /**
     * Plans, their trees and texts, every assignment with its unit's name in stored order, the units' names and
     * precedence, the aliases and the audit log: by name, not by the ids a migration may give copies of a unit.
     */
    public static String outline(Connection connection) throws SQLException {
        List<String> lines = new ArrayList<>();
        query(connection, lines, "SELECT id, doc_number, title, plan_title, issuer FROM plan ORDER BY id");
        query(connection, lines, "SELECT plan_id, id, parent_id, kind, ordinal, label, title, body FROM plan_node "
                + "ORDER BY plan_id, id");
        query(connection, lines, "SELECT n.plan_id, a.node_id, a.role, a.position, u.name, a.id, a.row_version "
                + "FROM assignment a JOIN unit u ON u.id = a.unit_id JOIN plan_node n ON n.id = a.node_id "
                + "ORDER BY a.id");
        query(connection, lines, "SELECT plan_id, node_id, position, wording, target_value FROM indicator "
                + "ORDER BY id");
        query(connection, lines, "SELECT DISTINCT name, precedence, kind FROM unit ORDER BY name");
        query(connection, lines, "SELECT DISTINCT a.alias, u.name FROM unit_alias a JOIN unit u ON u.id = a.unit_id "
                + "ORDER BY a.alias");
        query(connection, lines, "SELECT id, action, entity_id, plan_id, summary, before_value, after_value "
                + "FROM audit_log ORDER BY id");
        query(connection, lines, "SELECT plan_id, sha256 FROM exchange_plan_version ORDER BY plan_id, sha256");
        return String.join("\n", lines);
    }

    private static void query(Connection connection, List<String> lines, String sql) throws SQLException {
        lines.add("-- " + sql);
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder line = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    line.append(i > 1 ? " | " : "").append(rows.getString(i));
                }
                lines.add(line.toString());
            }
        }
    }
}
