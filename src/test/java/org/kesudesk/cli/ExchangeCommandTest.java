package org.kesudesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.store.Database;
import org.kesudesk.model.PlanNode;
import org.kesudesk.store.NodeRepository;
import org.kesudesk.store.PlanRepository;

/**
 * {@code exchange export} and {@code exchange import} as the offices use them, on the sample plan: the city sends
 * 富裕县 its plan, 富裕县 assigns a unit and sends it back.
 */
class ExchangeCommandTest {

    @TempDir
    Path folder;
    private String cityDb;
    private String countyDb;

    @BeforeEach
    void theCityHasItsPlan_andTheCountysDerivedFromIt() throws IOException {
        cityDb = folder.resolve("city").resolve("kesudesk").toString();
        countyDb = folder.resolve("county").resolve("kesudesk").toString();
        CliRun.importSample(folder, cityDb);
        ok(run("--db", cityDb, "plan", "derive", "--region", "230227"));
    }

    @Test
    void aCityFileImportedIntoAnEmptyDatabase_makesItTheCountysOffice_withTheCountysPlan() throws IOException {
        JsonNode atCity = json(run("--db", cityDb, "plan", "show", "--plan", "230227", "--json"));
        Path file = folder.resolve("给富裕县.kesu");
        CliRun.Result exported = ok(run("--db", cityDb, "exchange", "export", "--region", "230227", "--out",
                file.toString()));
        assertThat(exported.out()).contains("富裕县");

        CliRun.Result refused = run("--db", countyDb, "exchange", "import", file.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("尚未接受").contains("--trust-new-key");
        assertThat(run("--db", countyDb, "plan", "list").out()).contains("还没有方案");

        CliRun.Result dryRun = ok(run("--db", countyDb, "exchange", "import", file.toString(), "--trust-new-key",
                "--dry-run"));
        assertThat(dryRun.out()).contains("富裕县（230227）").contains("没有改动数据库");
        assertThat(run("--db", countyDb, "plan", "list").out()).contains("还没有方案");

        CliRun.Result imported = ok(run("--db", countyDb, "exchange", "import", file.toString(),
                "--trust-new-key"));
        assertThat(imported.out()).contains("已导入");
        JsonNode atCounty = json(run("--db", countyDb, "plan", "show", "--json"));
        assertThat(atCounty.path("plan").path("title").asText()).contains("富裕县");
        assertThat(atCounty).isEqualTo(atCity);
        assertThat(json(run("--db", countyDb, "region", "list", "--json")).toString())
                .contains("\"code\":\"230227\",\"name\":\"富裕县\",\"kind\":\"county\",\"own\":true");

        CliRun.Result again = ok(run("--db", countyDb, "exchange", "import", file.toString()));
        assertThat(again.out()).contains("以前已经导入过").contains("没有改动");
    }

    @Test
    void theCountysAssignmentGoesBackToTheCity_whichRefusesIt_untilItKnowsTheCountysKey() throws IOException {
        Path toCounty = folder.resolve("to-county.kesu");
        ok(run("--db", cityDb, "exchange", "export", "--region", "230227", "--out", toCounty.toString()));
        ok(run("--db", countyDb, "exchange", "import", toCounty.toString(), "--trust-new-key"));
        ok(run("--db", countyDb, "unit", "add", "富裕县科技馆"));
        ok(run("--db", countyDb, "assign", "action.1.1", "富裕县科技馆", "--role", "responsible"));

        // a county sends to its city, the only office it sends to: not named, as it may be
        Path toCity = folder.resolve("to-city.kesu");
        CliRun.Result sent = ok(run("--db", countyDb, "exchange", "export", "--out", toCity.toString()));
        assertThat(sent.out()).contains("发给齐齐哈尔市").contains("本方案还没有填报进展");
        Path named = folder.resolve("to-city-named.kesu");
        assertThat(ok(run("--db", countyDb, "exchange", "export", "--region", "230200", "--out", named.toString()))
                .out()).contains("发给齐齐哈尔市");
        CliRun.Result unknown = run("--db", cityDb, "exchange", "import", toCity.toString());
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("富裕县").contains("尚未接受");

        Path key = folder.resolve("fuyu-key.json");
        ok(run("--db", countyDb, "key", "export", "--out", key.toString()));
        ok(run("--db", cityDb, "key", "import", key.toString()));
        CliRun.Result imported = ok(run("--db", cityDb, "exchange", "import", toCity.toString()));
        assertThat(imported.out()).contains("单位分工：新增 1，修改 0，删除 0").contains("富裕县科技馆").contains("已备份");
        JsonNode countyPlan = json(run("--db", cityDb, "plan", "show", "--plan", "230227", "--json"));
        assertThat(countyPlan.path("items").get(0).path("tasks").get(0).path("responsible").toString())
                .contains("富裕县科技馆");
    }

    @Test
    void unitsGivenToOneTaskByBothOffices_areBothKept() throws IOException {
        sendToCountyAndExchangeKeys();
        ok(run("--db", cityDb, "unit", "add", "--region", "230227", "县审计局"));
        ok(run("--db", cityDb, "assign", "--plan", "230227", "action.1.1", "县审计局", "--role", "responsible"));
        ok(run("--db", countyDb, "unit", "add", "县统计局"));
        ok(run("--db", countyDb, "assign", "action.1.1", "县统计局", "--role", "responsible"));

        ok(run("--db", cityDb, "exchange", "import", countyFile().toString()));
        String responsible = json(run("--db", cityDb, "plan", "show", "--plan", "230227", "--json")).path("items").get(0)
                .path("tasks").get(0).path("responsible").toString();
        assertThat(responsible).contains("县审计局").contains("县统计局");
    }

    @Test
    void aConflictStopsTheImport_withNothingChanged_untilTheUserChoosesASide() throws IOException {
        UUID task = sendToCountyAndExchangeKeys();
        reword(cityDb, task, "市里的说法。");
        reword(countyDb, task, "县里的说法。");
        Path toCity = countyFile();

        CliRun.Result stopped = run("--db", cityDb, "exchange", "import", toCity.toString());
        assertThat(stopped.exitCode()).isEqualTo(ExchangeCommand.UNSETTLED_CONFLICTS);
        assertThat(stopped.out()).contains("冲突").contains("本机“市里的说法。”，文件“县里的说法。”");
        assertThat(stopped.err()).contains("--conflicts");
        assertThat(firstTaskText(cityDb)).isEqualTo("市里的说法。");

        ok(run("--db", cityDb, "exchange", "import", toCity.toString(), "--conflicts", "theirs"));
        assertThat(firstTaskText(cityDb)).isEqualTo("县里的说法。");
    }

    @Test
    void aRefusedImport_exitsNonZero_withTheReason() {
        sendToCountyAndExchangeKeys();
        Path toCity = countyFile();
        String otherCounty = folder.resolve("longjiang").resolve("kesudesk").toString();
        ok(run("--db", otherCounty, "region", "own", "230221"));
        CliRun.Result refused = run("--db", otherCounty, "exchange", "import", toCity.toString(),
                "--trust-new-key");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("发给齐齐哈尔市");

        CliRun.Result noPlan = run("--db", cityDb, "exchange", "export", "--region", "230221", "--out",
                folder.resolve("x.kesu").toString());
        assertThat(noPlan.exitCode()).isEqualTo(1);
        assertThat(noPlan.err()).contains("还没有龙江县的方案").contains("plan derive --region 230221");
        assertThat(folder.resolve("x.kesu")).doesNotExist();
    }

    @Test
    void severalFilesAtOnce_theGoodOnesGoIn_aDamagedOneIsReported_andTheExitCodeSaysSo() throws IOException {
        sendToCountyAndExchangeKeys();
        ok(run("--db", countyDb, "unit", "add", "富裕县科技馆"));
        ok(run("--db", countyDb, "assign", "action.1.1", "富裕县科技馆", "--role", "responsible"));
        Path good = countyFile();
        Path damaged = java.nio.file.Files.write(folder.resolve("damaged.kesu"), new byte[] {'P', 'K', 3, 4});

        CliRun.Result both = run("--db", cityDb, "exchange", "import", damaged.toString(), good.toString());
        assertThat(both.exitCode()).isEqualTo(1);
        assertThat(both.err()).contains("damaged.kesu：没有导入").contains("不完整");
        assertThat(both.out()).contains("== " + good).contains("已导入：新增 1 处");
        assertThat(json(run("--db", cityDb, "plan", "show", "--plan", "230227", "--json")).path("items").get(0).path("tasks").get(0)
                .path("responsible").toString()).contains("富裕县科技馆");
    }

    @Test
    void theCitysRevisedPlan_reachesTheCountyInItsPlanDerivedAgain_withTheCountysOwnUnitKept() throws IOException {
        sendToCountyAndExchangeKeys();
        ok(run("--db", countyDb, "unit", "add", "富裕县科技馆"));
        ok(run("--db", countyDb, "assign", "action.1.1", "富裕县科技馆", "--role", "responsible"));
        ok(run("--db", cityDb, "exchange", "import", countyFile().toString()));
        // the city's plan revised (its 正式稿): the first task reworded
        Path revised = folder.resolve("qiqihar-revised.txt");
        java.nio.file.Files.writeString(revised, java.nio.file.Files.readString(folder.resolve("qiqihar.txt"))
                .replace("将弘扬科学精神贯穿于育人全链条。", "将弘扬科学精神和科学家精神贯穿于育人全过程。"));
        ok(run("--db", cityDb, "plan", "import", revised.toString(), "--update", "230200"));

        ok(run("--db", cityDb, "plan", "derive", "--region", "230227", "--update"));
        Path toCounty = folder.resolve("to-county-again.kesu");
        ok(run("--db", cityDb, "exchange", "export", "--region", "230227", "--out", toCounty.toString()));
        CliRun.Result imported = ok(run("--db", countyDb, "exchange", "import", toCounty.toString()));

        assertThat(imported.out()).contains("条目：新增 0，修改 1，删除 0");
        JsonNode first = json(run("--db", countyDb, "plan", "show", "--json")).path("items").get(0).path("tasks").get(0);
        assertThat(first.path("title").asText()).isEqualTo("将弘扬科学精神和科学家精神贯穿于育人全过程");
        assertThat(first.path("responsible").toString()).contains("富裕县科技馆").contains("县新闻传媒中心");
    }

    @Test
    void theCityWritesEveryCountyItsFileAtOnce_intoAFolder_eachNamedForItsCounty() throws IOException {
        ok(run("--db", cityDb, "plan", "derive", "--region", "230221"));
        Path folder = this.folder.resolve("发出");

        CliRun.Result all = ok(run("--db", cityDb, "exchange", "export", "--all", "--out", folder.toString()));

        String today = java.time.LocalDate.now().toString();
        Path fuyu = folder.resolve("科素通-齐齐哈尔市至富裕县-" + today + ".kesu");
        Path longjiang = folder.resolve("科素通-齐齐哈尔市至龙江县-" + today + ".kesu");
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(folder)) {
            assertThat(files.toList()).containsExactlyInAnyOrder(fuyu, longjiang);
        }
        assertThat(all.out()).contains("发给富裕县").contains("发给龙江县");
        // the files of the plans of years named (--plan) say those years: beside the day's others, not over them
        ok(run("--db", cityDb, "exchange", "export", "--all", "--plan", "230200", "--out", folder.toString()));
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()).toList()).contains(
                    "科素通-齐齐哈尔市至富裕县-2021—2025年方案-" + today + ".kesu",
                    "科素通-齐齐哈尔市至龙江县-2021—2025年方案-" + today + ".kesu").hasSize(4);
        }
        // each is that county's file: 富裕县's empty database takes its plan from it
        ok(run("--db", countyDb, "exchange", "import", fuyu.toString(), "--trust-new-key"));
        assertThat(json(run("--db", countyDb, "plan", "show", "--json")).path("plan").path("title").asText())
                .contains("富裕县");

        assertThat(run("--db", cityDb, "exchange", "export", "--all", "--region", "230227", "--out",
                folder.toString()).err()).contains("二者选一");
        assertThat(run("--db", cityDb, "exchange", "export", "--out", folder.toString()).err()).contains("二者选一");
    }

    @Test
    void aFileFromTheCityDroppingATaskTheCountyReportedOn_goesInOnlyWhenTheCountySaysSo() throws IOException {
        sendToCountyAndExchangeKeys();
        ok(run("--db", countyDb, "round", "open", "2026年上半年", "--due", "2026-07-10"));
        String unit = json(run("--db", countyDb, "plan", "show", "--json")).path("items").get(0).path("tasks").get(2)
                .path("responsible").get(0).asText();
        ok(run("--db", countyDb, "progress", "report", "action.1.3", "--round", "2026年上半年", "--unit", unit,
                "--status", "推进中", "--text", "已开展选拔"));
        ok(run("--db", cityDb, "exchange", "import", countyFile().toString()));
        // the city's plan drops the third task; the city updates 富裕县's plan, its report there confirmed gone
        String sample = java.nio.file.Files.readString(folder.resolve("qiqihar.txt"));
        String third = sample.lines().filter(line -> line.startsWith("3.实施科技创新后备人才培养计划")).findFirst()
                .orElseThrow();
        Path revised = java.nio.file.Files.writeString(folder.resolve("qiqihar-revised.txt"),
                sample.replace(third + "\n", ""));
        ok(run("--db", cityDb, "plan", "import", revised.toString(), "--update", "230200"));
        ok(run("--db", cityDb, "plan", "derive", "--region", "230227", "--update", "--remove-reported"));
        Path toCounty = folder.resolve("to-county-again.kesu");
        ok(run("--db", cityDb, "exchange", "export", "--region", "230227", "--out", toCounty.toString()));

        CliRun.Result refused = run("--db", countyDb, "exchange", "import", toCounty.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out()).contains("实施科技创新后备人才培养计划").contains("--remove-reported");
        assertThat(refused.err()).contains("齐齐哈尔市的文件删去了 1 项").contains("数据库没有改动");
        assertThat(reportTexts()).contains("已开展选拔");

        ok(run("--db", countyDb, "exchange", "import", toCounty.toString(), "--remove-reported"));
        assertThat(reportTexts()).doesNotContain("已开展选拔");
        assertThat(json(run("--db", countyDb, "plan", "show", "--json")).path("items").get(0).path("tasks").toString())
                .doesNotContain("实施科技创新后备人才培养计划");
    }

    private String reportTexts() throws IOException {
        return json(run("--db", countyDb, "progress", "show", "--round", "2026年上半年", "--json")).toString();
    }

    /** The city sends 富裕县 its plan; each office accepts the other's key. Returns the first task's id. */
    private UUID sendToCountyAndExchangeKeys() {
        Path toCounty = folder.resolve("to-county.kesu");
        ok(run("--db", cityDb, "exchange", "export", "--region", "230227", "--out", toCounty.toString()));
        ok(run("--db", countyDb, "exchange", "import", toCounty.toString(), "--trust-new-key"));
        Path key = folder.resolve("fuyu-key.json");
        ok(run("--db", countyDb, "key", "export", "--out", key.toString()));
        ok(run("--db", cityDb, "key", "import", key.toString()));
        try (Database database = Database.open(Path.of(countyDb))) {
            return new PlanRepository(database).ownPlan().orElseThrow().items().get(0).children().get(0).id();
        }
    }

    private Path countyFile() {
        Path toCity = folder.resolve("to-city-" + System.nanoTime() + ".kesu");
        ok(run("--db", countyDb, "exchange", "export", "--region", "230200", "--out", toCity.toString()));
        return toCity;
    }

    /** Edits a task's text as the window would (the command line has no command for it). */
    private static void reword(String db, UUID task, String text) {
        try (Database database = Database.open(Path.of(db))) {
            NodeRepository nodes = new NodeRepository(database);
            PlanNode now = nodes.load(task);
            nodes.update(task, now.rowVersion(), now.title(), text);
        }
    }

    private String firstTaskText(String db) throws IOException {
        // both databases hold 富裕县's plan: the city's copy, the county's own
        return json(run("--db", db, "plan", "show", "--plan", "230227", "--json")).path("items").get(0)
                .path("tasks").get(0).path("text").asText();
    }

    private static CliRun.Result ok(CliRun.Result result) {
        assertThat(result.exitCode()).as(result.err()).isZero();
        return result;
    }

    private CliRun.Result run(String... args) {
        return CliRun.run(folder, args);
    }

    private static JsonNode json(CliRun.Result result) throws IOException {
        return new ObjectMapper().readTree(ok(result).out());
    }
}
