package org.kesudesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.l10n.UserFacingException;

class MigrationsTest {

    @TempDir
    Path folder;

    @Test
    void openingANewDatabase_createsTheFileAndAppliesEveryMigration() throws SQLException {
        Path path = folder.resolve("nested").resolve("kesudesk");

        try (Database database = Database.open(path)) {
            assertThat(database.file()).exists().hasFileName("kesudesk.mv.db");
        }

        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + path, "sa", "");
             Statement statement = connection.createStatement()) {
            assertThat(tables(statement)).contains("REGION", "PLAN", "PLAN_NODE", "UNIT", "UNIT_ALIAS",
                    "ASSIGNMENT", "INDICATOR", "AUDIT_LOG", "APP_SETTING", "flyway_schema_history");
            try (ResultSet history = statement.executeQuery(
                    "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
                assertThat(history.next()).isTrue();
                assertThat(history.getString(1)).isEqualTo("1");
                assertThat(history.getBoolean(2)).isTrue();
            }
        }
    }

    @Test
    void reopening_keepsDataAndAppliesNothingTwice() throws SQLException {
        Path path = folder.resolve("kesudesk");
        Database.open(path).close();
        int historyRows = queryInt(path, "SELECT COUNT(*) FROM \"flyway_schema_history\"");
        execute(path, "INSERT INTO APP_SETTING VALUES ('marker', 'kept')");

        Database.open(path).close();

        assertThat(queryInt(path, "SELECT COUNT(*) FROM \"flyway_schema_history\"")).isEqualTo(historyRows);
        assertThat(queryInt(path, "SELECT COUNT(*) FROM APP_SETTING WHERE SETTING_VALUE = 'kept'")).isEqualTo(1);
    }

    @Test
    void aPathGivenWithH2sSuffix_opensTheSameDatabase() {
        Path path = folder.resolve("kesudesk");
        Database.open(path).close();

        try (Database database = Database.open(folder.resolve("kesudesk.mv.db"))) {
            assertThat(database.path()).isEqualTo(path);
        }
        assertThat(folder.resolve("kesudesk.mv.db.mv.db")).doesNotExist();
    }

    @Test
    void openExisting_refusesAMissingDatabaseAndCreatesNothing() {
        Path path = folder.resolve("missing");

        assertThatThrownBy(() -> Database.openExisting(path))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("找不到数据库");
        assertThat(Files.exists(folder.resolve("missing.mv.db"))).isFalse();
    }

    private static int queryInt(Path path, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + path, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void execute(Path path, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + path, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> tables(Statement statement) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
