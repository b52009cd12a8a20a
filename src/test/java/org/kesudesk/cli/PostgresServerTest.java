package org.kesudesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.store.Database;
import org.kesudesk.store.ServerAddress;
import org.kesudesk.store.ServerProbe;
import org.kesudesk.l10n.UserFacingException;

/**
 * An office's shared database on a real PostgreSQL server (PostgreSQL's own binaries, started by the test in a
 * temporary folder): the schema is H2's, the same commands give the same answers on both engines, and what is wrong
 * with a server is told in Chinese.
 */
class PostgresServerTest {

    private static EmbeddedPostgres server;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @TempDir
    Path folder;

    private static Path dataDirectory;

    @BeforeAll
    static void startServer() throws Exception {
        dataDirectory = java.nio.file.Files.createTempDirectory("kesudesk-pg");
        server = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(true).start();
        // as an office's server is set up: the administrator's own connections trusted, every other user's password
        // checked (the server this library starts trusts everyone)
        java.nio.file.Files.writeString(dataDirectory.resolve("pg_hba.conf"), String.join("\n",
                "local all all trust",
                "host all postgres 127.0.0.1/32 trust",
                "host all postgres ::1/128 trust",
                "host all all 127.0.0.1/32 scram-sha-256",
                "host all all ::1/128 scram-sha-256", ""));
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_reload_conf()");
            statement.execute("CREATE ROLE clerk LOGIN PASSWORD 'right-秘密'");
        }
    }

    @AfterAll
    static void stopServer() throws IOException {
        server.close();
    }

    /** A new empty database on the server, its address as a user writes it. */
    private static String newDatabase() throws SQLException {
        String name = "kesudesk" + DATABASES.incrementAndGet();
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + name + "?user=postgres";
    }

    @Test
    void theSchemaOnTheServer_isH2s_tableByTableColumnByColumn_withTheSameConstraints() throws Exception {
        String address = newDatabase();
        Set<String> onServer;
        Set<String> constraintsOnServer;
        try (Database database = Database.openServer(ServerAddress.parse(address, java.util.Map.of()));
             Connection connection = java.sql.DriverManager.getConnection(address)) {
            assertThat(database.location()).startsWith("postgres@localhost:").doesNotContain("password");
            onServer = columns(connection, "SELECT table_name, column_name, is_nullable FROM information_schema.columns"
                    + " WHERE table_schema = 'public' AND table_name <> 'flyway_schema_history'");
            constraintsOnServer = columns(connection, "SELECT table_name, constraint_name, constraint_type FROM "
                    + "information_schema.table_constraints WHERE table_schema = 'public' AND constraint_type IN "
                    + "('UNIQUE', 'FOREIGN KEY') AND table_name <> 'flyway_schema_history'");
        }
        Set<String> inH2;
        Set<String> constraintsInH2;
        try (Database database = Database.open(folder.resolve("h2"))) {
            database.close();
        }
        try (Connection connection = java.sql.DriverManager.getConnection("jdbc:h2:file:"
                + folder.resolve("h2").toAbsolutePath() + ";IFEXISTS=TRUE", "SA", "")) {
            inH2 = columns(connection, "SELECT TABLE_NAME, COLUMN_NAME, IS_NULLABLE FROM INFORMATION_SCHEMA.COLUMNS"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME <> 'flyway_schema_history'");
            constraintsInH2 = columns(connection, "SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE FROM "
                    + "INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = 'PUBLIC' AND CONSTRAINT_TYPE IN "
                    + "('UNIQUE', 'FOREIGN KEY') AND TABLE_NAME <> 'flyway_schema_history'");
        }
        assertThat(inH2).hasSizeGreaterThan(100);
        assertThat(onServer).containsExactlyInAnyOrderElementsOf(inH2);
        assertThat(constraintsOnServer).containsExactlyInAnyOrderElementsOf(constraintsInH2);
    }

    private static Set<String> columns(Connection connection, String query) throws SQLException {
        Set<String> rows = new TreeSet<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                rows.add((result.getString(1) + "." + result.getString(2) + " " + result.getString(3))
                        .toLowerCase(java.util.Locale.ROOT));
            }
        }
        return rows;
    }

    /**
     * The same day's work on a file and on the server: a plan imported, a round opened, reports, deadlines, the
     * lights, a work plan, the documents — every answer the same.
     */
    @Test
    void theSameCommands_giveTheSameAnswers_onAFileAndOnTheServer() throws Exception {
        String onServer = newDatabase();
        String onFile = folder.resolve("file").resolve("kesudesk").toString();
        List<List<String>> work = List.of(
                List.of("round", "open", "2026年上半年", "--due", "2099-07-10"),
                List.of("deadline", "set", "action.1.1", "2020-06-30"),
                List.of("progress", "report", "action.1.1", "--round", "2026年上半年", "--unit", "市教育局",
                        "--status", "推进中", "--text", "已制定方案。"),
                List.of("progress", "report", "action.1.2", "--round", "2026年上半年", "--unit", "市教育局",
                        "--status", "已完成"),
                List.of("indicator", "set", "1", "--year", "2024", "--value", "11.5"),
                List.of("plan", "workplan", "--year", "2024"));
        for (String db : List.of(onFile, onServer)) {
            CliRun.importSample(folder, db);
            for (List<String> step : work) {
                CliRun.Result result = run(db, step.toArray(String[]::new));
                assertThat(result.exitCode()).as(db + " " + step + ": " + result.err()).isZero();
            }
        }
        for (List<String> question : List.of(List.of("plan", "show", "--json"), List.of("unit", "list", "--json"),
                List.of("progress", "show", "--round", "2026年上半年", "--json"), List.of("indicator", "list", "--json"),
                List.of("round", "list", "--json"))) {
            CliRun.Result file = run(onFile, question.toArray(String[]::new));
            CliRun.Result server = run(onServer, question.toArray(String[]::new));
            assertThat(file.exitCode()).as(file.err()).isZero();
            assertThat(server.exitCode()).as(server.err()).isZero();
            assertThat(withoutTimes(server.out())).as(question.toString()).isEqualTo(withoutTimes(file.out()));
        }
        CliRun.Result plans = run(onServer, "plan", "list");
        assertThat(plans.out()).contains("2024年全民科学素质行动工作要点");
        Path bulletin = folder.resolve("通报.pdf");
        CliRun.Result rendered = run(onServer, "render", "bulletin", "--round", "2026年上半年", "--format", "pdf",
                "--out", bulletin.toString());
        assertThat(rendered.exitCode()).as(rendered.err()).isZero();
        assertThat(bulletin).isNotEmptyFile();
        CliRun.Result audit = run(onServer, "audit", "list", "--json");
        assertThat(audit.out()).contains("progress.report").contains("plan.workplan")
                .contains("\"databaseUser\" : \"postgres\"");
        // a database file has one user, the app's: none is recorded
        assertThat(run(onFile, "audit", "list", "--json").out()).doesNotContain("databaseUser");
    }

    /** Ids and times differ from one database to another; what was stored does not. */
    private static String withoutTimes(String json) {
        return json.replaceAll("\"(id|reportedAt|recordedAt|openedAt|createdAt|at)\"\\s*:\\s*\"[^\"]*\"", "\"$1\":\"…\"")
                .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "…");
    }

    @Test
    void anOfficesFile_movesToTheServer_everyTableCheckedInOneTransaction_andOnlyIntoAnEmptyDatabase()
            throws Exception {
        String onFile = folder.resolve("office").resolve("kesudesk").toString();
        CliRun.importSample(folder, onFile);
        for (List<String> step : List.of(List.of("round", "open", "2026年上半年", "--due", "2099-07-10"),
                List.of("progress", "report", "action.1.1", "--round", "2026年上半年", "--unit", "市教育局",
                        "--status", "推进中", "--text", "已制定方案。"),
                List.of("key", "export", "--out", folder.resolve("city.key").toString()),
                List.of("plan", "derive", "--region", "230227"))) {
            CliRun.Result result = run(onFile, step.toArray(String[]::new));
            assertThat(result.exitCode()).as(step + ": " + result.err()).isZero();
        }
        String target = newDatabase();

        CliRun.Result moved = run(onFile, "db", "migrate-to", target);

        assertThat(moved.exitCode()).as(moved.err()).isZero();
        assertThat(moved.out()).contains("plan_node：").contains("audit_log：").contains("office_key：1 行")
                .contains("progress_report：1 行").contains("已核对");
        for (List<String> question : List.of(List.of("plan", "list"), List.of("plan", "show", "--json"),
                List.of("unit", "list", "--json"), List.of("audit", "list", "--json"),
                List.of("progress", "show", "--round", "2026年上半年", "--json"), List.of("region", "list"))) {
            CliRun.Result file = run(onFile, question.toArray(String[]::new));
            CliRun.Result server = run(target, question.toArray(String[]::new));
            assertThat(server.exitCode()).as(server.err()).isZero();
            assertThat(server.out()).as(question.toString()).isEqualTo(file.out());
        }
        // the server goes on numbering the audit log after the office's entries
        assertThat(run(target, "round", "open", "2026年下半年", "--due", "2099-12-31").exitCode()).isZero();
        assertThat(run(target, "audit", "list", "--json").out()).contains("2026年下半年");

        CliRun.Result again = run(onFile, "db", "migrate-to", target);
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("已有数据").contains("本机数据没有改动");
    }

    @Test
    void whatIsWrongWithAServer_isToldInChinese_andNothingIsMade() throws Exception {
        // nothing listens on a port the server gave up
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        CliRun.Result unreachable = run("jdbc:postgresql://localhost:" + closedPort + "/kesudesk?user=postgres",
                "plan", "list");
        assertThat(unreachable.exitCode()).isEqualTo(1);
        assertThat(unreachable.err()).contains("连不上数据库服务器").doesNotContain("Exception");

        CliRun.Result missing = run("jdbc:postgresql://localhost:" + server.getPort() + "/nosuchdb?user=postgres",
                "plan", "list");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("没有这个数据库").contains("nosuchdb");

        // a database of another program
        String other = newDatabase();
        try (Connection connection = java.sql.DriverManager.getConnection(other);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE invoices (id INT PRIMARY KEY)");
        }
        CliRun.Result notOurs = run(other, "plan", "list");
        assertThat(notOurs.exitCode()).isEqualTo(1);
        assertThat(notOurs.err()).contains("不是科素通的数据库");

        // a database a newer version of the app has upgraded
        String newer = newDatabase();
        assertThat(run(newer, "plan", "list").exitCode()).isZero();
        try (Connection connection = java.sql.DriverManager.getConnection(newer);
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) VALUES (99, '99', 'later', 'SQL',"
                    + " 'V99__later.sql', 1, 'kesudesk', 1, true)");
        }
        CliRun.Result tooNew = run(newer, "plan", "list");
        assertThat(tooNew.exitCode()).isEqualTo(1);
        assertThat(tooNew.err()).contains("较新版本");

        CliRun.Result notPostgres = run("jdbc:mysql://localhost/kesudesk", "plan", "list");
        assertThat(notPostgres.exitCode()).isEqualTo(1);
        assertThat(notPostgres.err()).contains("不是可用的数据库服务器地址");
        CliRun.Result noUser = run("jdbc:postgresql://localhost:" + server.getPort() + "/kesudesk1", "plan", "list");
        assertThat(noUser.exitCode()).isEqualTo(1);
        assertThat(noUser.err()).contains("需要用户名").contains("KESUDESK_DB_USER");
        CliRun.Result backup = run(newer, "db", "backup", "--out", folder.resolve("b.zip").toString());
        assertThat(backup.exitCode()).isEqualTo(1);
        assertThat(backup.err()).contains("由服务器管理员备份").contains("pg_dump").contains("README").doesNotContain("password");
    }

    /**
     * 数据库连接… ▸ 测试连接: what the server holds, or what is wrong with it, said without changing anything there — an
     * empty database stays empty.
     */
    @Test
    void theConnectionTest_saysWhatItFinds_andChangesNothing() throws Exception {
        String empty = newDatabase();
        String name = empty.replaceAll(".*/(\\w+)\\?.*", "$1");
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("GRANT ALL ON DATABASE " + name + " TO clerk");
        }
        try (Connection connection = java.sql.DriverManager.getConnection(empty);
             Statement statement = connection.createStatement()) {
            statement.execute("GRANT ALL ON SCHEMA public TO clerk");
        }
        String url = "jdbc:postgresql://localhost:" + server.getPort() + "/" + name;
        ServerProbe probe = ServerProbe.of(new ServerAddress(url, "clerk", "right-秘密"));
        assertThat(probe.kind()).isEqualTo(ServerProbe.Kind.EMPTY);
        assertThat(probe.engineVersion()).isNotBlank();
        assertThat(tables(empty)).as("the test made nothing").isZero();

        assertThatThrownBy(() -> ServerProbe.of(new ServerAddress(url, "clerk", "wrong")))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("拒绝了用户名或密码")
                .hasMessageNotContaining("wrong");
        assertThatThrownBy(() -> ServerProbe.of(new ServerAddress("jdbc:postgresql://localhost:" + server.getPort()
                + "/nosuchdb", "clerk", "right-秘密"))).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("没有这个数据库");
        // this server offers no TLS: a connection that must be encrypted is refused, saying so
        assertThatThrownBy(() -> ServerProbe.of(new ServerAddress(url + "?sslmode=require", "clerk", "right-秘密")))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("不支持加密连接");

        // the app's database, once a clerk has used it
        try (Database database = Database.openServer(new ServerAddress(url, "clerk", "right-秘密"))) {
            new org.kesudesk.store.PlanRepository(database).add(org.kesudesk.testsupport.TestPlans.countyPlan());
        }
        probe = ServerProbe.of(new ServerAddress(url, "clerk", "right-秘密"));
        assertThat(probe.kind()).isEqualTo(ServerProbe.Kind.READY);
        assertThat(probe.plans()).isEqualTo(1);

        // a newer version's, and another program's
        try (Connection connection = java.sql.DriverManager.getConnection(empty);
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) VALUES (99, '99', 'later', 'SQL',"
                    + " 'V99__later.sql', 1, 'kesudesk', 1, true)");
        }
        assertThatThrownBy(() -> ServerProbe.of(new ServerAddress(url, "clerk", "right-秘密")))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("较新版本");
        String other = newDatabase();
        try (Connection connection = java.sql.DriverManager.getConnection(other);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE invoices (id INT PRIMARY KEY)");
        }
        assertThatThrownBy(() -> ServerProbe.of(ServerAddress.parse(other, java.util.Map.of())))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("不是科素通的数据库");
    }

    private static int tables(String address) throws SQLException {
        try (Connection connection = java.sql.DriverManager.getConnection(address);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT count(*) FROM information_schema.tables WHERE "
                     + "table_schema = 'public'")) {
            result.next();
            return result.getInt(1);
        }
    }

    private CliRun.Result run(String db, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db;
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.run(folder, all);
    }
}
