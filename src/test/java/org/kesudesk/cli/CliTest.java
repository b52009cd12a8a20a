package org.kesudesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.logic.AppDirectoriesFixture;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Unit;
import org.kesudesk.store.Database;
import org.kesudesk.store.DatabaseTarget;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.testsupport.TestPlans;

class CliTest {

    @TempDir
    Path folder;

    private final List<WindowRequest> windowsOpened = new ArrayList<>();

    @Test
    void planShowJson_printsTheCurrentPlanWithUnitsInStoredOrder() throws Exception {
        PlanDocument plan = TestPlans.countyPlan();
        Path db = folder.resolve("kesudesk");
        try (Database database = Database.open(db)) {
            new PlanRepository(database).add(plan);
        }

        Result result = run("--db", db.toString(), "plan", "show", "--json");

        assertThat(result.exitCode).isZero();
        JsonNode json = new ObjectMapper().readTree(result.out);
        assertThat(json.at("/plan/docNumber").asText()).isEqualTo(plan.plan().docNumber());
        assertThat(json.at("/plan/title").asText()).isEqualTo(plan.plan().title());
        assertThat(json.at("/plan/issuer").asText()).isEqualTo(plan.plan().issuer());
        assertThat(json.at("/plan/date").asText()).isEqualTo(plan.plan().issueDate().orElseThrow().toString());

        List<PlanNode> items = plan.items();
        JsonNode jsonItems = json.get("items");
        assertThat(jsonItems).hasSize(items.size());
        for (int i = 0; i < items.size(); i++) {
            PlanNode item = items.get(i);
            JsonNode jsonItem = jsonItems.get(i);
            assertThat(jsonItem.get("kind").asText()).isEqualTo(item.kind().name().toLowerCase());
            assertThat(jsonItem.get("no").asText()).isEqualTo(item.label());
            assertThat(jsonItem.get("name").asText()).isEqualTo(item.title());
            assertThat(texts(jsonItem.get("lead"))).containsExactlyElementsOf(names(item.leadUnits()));
            assertThat(jsonItem.get("tasks")).hasSize(item.children().size());
            for (int t = 0; t < item.children().size(); t++) {
                PlanNode task = item.children().get(t);
                JsonNode jsonTask = jsonItem.get("tasks").get(t);
                assertThat(jsonTask.get("no").isInt()).isTrue();
                assertThat(jsonTask.get("no").asInt()).isEqualTo(Integer.parseInt(task.label()));
                assertThat(jsonTask.get("title").asText()).isEqualTo(task.title());
                assertThat(jsonTask.get("text").asText()).isEqualTo(task.text());
                assertThat(texts(jsonTask.get("responsible")))
                        .containsExactlyElementsOf(names(task.responsibleUnits()));
            }
        }
        assertThat(jsonItems).extracting(node -> node.get("kind").asText())
                .containsExactly("action", "action", "project", "safeguard");
    }

    @Test
    void planShow_onAnEmptyDatabase_saysThereIsNoPlanYet_inChinese() {
        Result result = run("--db", folder.resolve("empty").toString(), "plan", "show", "--json");

        assertThat(result.exitCode).isEqualTo(1);
        assertThat(result.out).isEmpty();
        assertThat(result.err).contains("数据库中还没有方案").contains("plan import").doesNotContain("Exception");
    }

    @Test
    void theDatabaseComesFromTheEnvironment_whenNoOptionIsGiven() throws Exception {
        Path db = folder.resolve("from-env");
        try (Database database = Database.open(db)) {
            new PlanRepository(database).add(TestPlans.countyPlan());
        }

        Result result = run(Map.of("KESUDESK_DB", db.toString()), "plan", "show", "--json");

        assertThat(new ObjectMapper().readTree(result.out).at("/plan/docNumber").asText())
                .isEqualTo(TestPlans.countyPlan().plan().docNumber());
    }

    @Test
    void noSubcommand_opensTheWindowOnTheChosenDatabase() {
        Path db = folder.resolve("gui");

        Result result = run("--db", db.toString());

        assertThat(result.exitCode).isZero();
        assertThat(windowsOpened).containsExactly(new WindowRequest(DatabaseTarget.file(db), java.util.Optional.empty(), false));
    }

    @Test
    void aWindowThatCannotOpen_isSaidInChinese_andEndsWithItsOwnCode() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exitCode = Cli.run(new String[] {"--db", folder.resolve("gui").toString()}, new PrintWriter(out),
                new PrintWriter(err), Map.of(), AppDirectoriesFixture.linux(folder), request -> {
                    throw new org.kesudesk.logic.DesktopUnavailableException(
                            new UnsupportedOperationException("Unable to open DISPLAY"));
                });

        assertThat(exitCode).isEqualTo(Cli.EXIT_NO_DESKTOP).isNotEqualTo(Cli.EXIT_FAILURE);
        assertThat(err.toString()).contains("无法打开图形界面").contains("libgtk-3-0").doesNotContain("Exception");
    }

    @Test
    void noSubcommandAndNoOption_opensTheDefaultDatabaseInTheUsersDataFolder() {
        run();

        assertThat(windowsOpened).extracting(WindowRequest::database)
                .containsExactly(DatabaseTarget.file(AppDirectoriesFixture.linux(folder).defaultDatabase()));
    }

    @Test
    void theWindowsArguments_areReadAsTheyAreWritten_andAnythingElseIsACommand() {
        Map<String, String> none = Map.of();
        var directories = AppDirectoriesFixture.linux(folder);
        Path db = folder.resolve("gui");

        assertThat(Cli.windowRequest(new String[] {"--db=" + db}, none, directories))
                .contains(new WindowRequest(DatabaseTarget.file(db), java.util.Optional.empty(), false));
        assertThat(Cli.windowRequest(new String[] {"交换/来自富裕县.KESU", "--startup-report"}, none, directories))
                .contains(new WindowRequest(DatabaseTarget.file(directories.defaultDatabase()),
                        java.util.Optional.of(Path.of("交换/来自富裕县.KESU")), true));
        assertThat(Cli.windowRequest(new String[] {}, Map.of("KESUDESK_DB", db.toString()), directories))
                .map(WindowRequest::database).contains(DatabaseTarget.file(db));
        for (String[] command : List.of(new String[] {"--db", db.toString(), "plan", "show"},
                new String[] {"--help"}, new String[] {"--db"}, new String[] {"a.kesu", "b.kesu"},
                new String[] {"--startup-report", "--startup-report"}, new String[] {"plan.kesu.txt"})) {
            assertThat(Cli.windowRequest(command, none, directories)).as(String.join(" ", command)).isEmpty();
        }
    }

    /**
     * A plan document opened with the app from the desktop (打开方式 ▸ 科素通) comes as its path alone: the window opens it,
     * as one dropped on it; a name that is no file there, or a file without an extension (a command's name), is left
     * to the command line.
     */
    @Test
    void aDocumentOpenedWithTheAppFromTheDesktop_isTheWindowsToOpen() throws java.io.IOException {
        Map<String, String> none = Map.of();
        var directories = AppDirectoriesFixture.linux(folder);
        Path notice = java.nio.file.Files.writeString(folder.resolve("关于印发实施方案的通知.docx"), "…");
        Path bare = java.nio.file.Files.writeString(folder.resolve("plan"), "…");

        assertThat(Cli.windowRequest(new String[] {notice.toString()}, none, directories))
                .contains(new WindowRequest(DatabaseTarget.file(directories.defaultDatabase()),
                        java.util.Optional.of(notice), false));
        assertThat(Cli.windowRequest(new String[] {folder.resolve("不在这里.docx").toString()}, none, directories))
                .isEmpty();
        assertThat(Cli.windowRequest(new String[] {bare.toString()}, none, directories)).isEmpty();
    }

    @Test
    void aFileGiven_isOpenedByTheWindow_andTheStartupReportAskedFor() {
        Path db = folder.resolve("gui");
        Path file = folder.resolve("来自富裕县.kesu");

        Result result = run("--db", db.toString(), "--startup-report", file.toString());

        assertThat(result.exitCode).isZero();
        assertThat(windowsOpened).containsExactly(new WindowRequest(DatabaseTarget.file(db), java.util.Optional.of(file), true));
    }

    @Test
    void dbCheck_passesOnASoundDatabase() {
        Path db = folder.resolve("kesudesk");
        try (Database database = Database.open(db)) {
            new PlanRepository(database).add(TestPlans.countyPlan());
        }

        Result result = run("--db", db.toString(), "db", "check");

        assertThat(result.exitCode).isZero();
        assertThat(result.out).contains("数据库完好");
        assertThat(windowsOpened).isEmpty();
    }

    @Test
    void dbCheck_failsWithTheProblemInChinese_onABrokenReference() throws SQLException {
        PlanDocument plan = TestPlans.countyPlan();
        Path db = folder.resolve("kesudesk");
        try (Database database = Database.open(db)) {
            new PlanRepository(database).add(plan);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + db, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("SET REFERENTIAL_INTEGRITY FALSE");
            statement.execute("DELETE FROM PLAN_NODE WHERE ID = '" + plan.items().get(0).id() + "'");
        }

        Result result = run("--db", db.toString(), "db", "check");

        assertThat(result.exitCode).isEqualTo(1);
        assertThat(result.err).contains("个问题").contains("上级节点不存在");
    }

    @Test
    void dbCheck_onAMissingDatabase_failsAndCreatesNothing() {
        Path db = folder.resolve("missing");

        Result result = run("--db", db.toString(), "db", "check");

        assertThat(result.exitCode).isEqualTo(1);
        assertThat(result.err).contains("找不到数据库");
        assertThat(folder.resolve("missing.mv.db")).doesNotExist();
    }

    @Test
    void helpAndVersion_areInChinese() {
        Result help = run("--help");
        Result version = run("--version");

        assertThat(help.exitCode).isZero();
        assertThat(help.out).contains("用法").contains("--db").contains("plan").contains("db");
        assertThat(version.out).contains("科素通 KesuDesk");
        assertThat(windowsOpened).isEmpty();
    }

    @Test
    void aWindowThatFailsToLoad_isSaidInChinese_withTheLogsPlace_notLeftSilent() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Cli.run(new String[0], new PrintWriter(out), new PrintWriter(err), Map.of(),
                AppDirectoriesFixture.linux(folder), request -> {
                    throw new NoClassDefFoundError("javafx/application/Application");
                });

        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString()).contains("意外错误").contains("kesudesk.log").doesNotContain("NoClassDefFoundError");
    }

    private Result run(String... args) {
        return run(Map.of(), args);
    }

    private Result run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Cli.run(args, new PrintWriter(out), new PrintWriter(err), environment,
                AppDirectoriesFixture.linux(folder), request -> {
                    windowsOpened.add(request);
                    return java.util.Optional.empty();
                });
        return new Result(exitCode, out.toString(), err.toString());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static List<String> names(List<Unit> units) {
        return units.stream().map(Unit::name).toList();
    }

    private record Result(int exitCode, String out, String err) {
    }
}
