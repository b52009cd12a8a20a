package org.kesudesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A county's progress travels with its plan to the city in its .kesu file: the county reports, sends, and the city
 * sees the county's rounds, reports, deadlines and lights; the city's own file to the county carries none.
 */
class ProgressExchangeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;
    private String cityDb;
    private String countyDb;

    @BeforeEach
    void cityAndCounty() throws IOException {
        cityDb = folder.resolve("city").resolve("kesudesk").toString();
        countyDb = folder.resolve("county").resolve("kesudesk").toString();
        CliRun.importSample(folder, cityDb);
        ok(run("--db", cityDb, "plan", "derive", "--region", "230227"));
        Path toCounty = folder.resolve("to-county.kesu");
        ok(run("--db", cityDb, "exchange", "export", "--region", "230227", "--out", toCounty.toString()));
        ok(run("--db", countyDb, "exchange", "import", toCounty.toString(), "--trust-new-key"));
        Path key = folder.resolve("fuyu-key.json");
        ok(run("--db", countyDb, "key", "export", "--out", key.toString()));
        ok(run("--db", cityDb, "key", "import", key.toString()));
    }

    @Test
    void theCountysRoundsAndReports_reachTheCity_andAReportAgainReplacesThem() throws IOException {
        ok(run("--db", countyDb, "round", "open", "2026年上半年", "--due", "2026-07-10"));
        ok(run("--db", countyDb, "deadline", "set", "action.1.1", "2026-06-30"));
        ok(run("--db", countyDb, "progress", "report", "action.1.1", "--round", "2026年上半年", "--unit", "县教育局",
                "--status", "已完成", "--text", "已在全县中小学开展"));
        ok(run("--db", countyDb, "progress", "report", "action.1.2", "--round", "2026年上半年", "--unit", "县教育局",
                "--status", "滞后", "--percent", "10"));
        String atCounty = run("--db", countyDb, "progress", "show", "--json", "--date", "2026-06-01").out();

        Path toCity = folder.resolve("to-city.kesu");
        ok(run("--db", countyDb, "exchange", "export", "--region", "230200", "--out", toCity.toString()));
        assertThat(ok(run("--db", cityDb, "exchange", "import", toCity.toString())).out())
                .contains("已更新为富裕县发来的进展：1 个报送轮次，2 条进展。");

        JsonNode rounds = json(run("--db", cityDb, "round", "list", "--plan", "230227", "--json"));
        assertThat(rounds.size()).isEqualTo(1);
        assertThat(rounds.get(0).get("name").asText()).isEqualTo("2026年上半年");
        String atCity = run("--db", cityDb, "progress", "show", "--plan", "230227", "--json", "--date", "2026-06-01")
                .out();
        assertThat(withoutTimes(atCity)).isEqualTo(withoutTimes(atCounty));
        JsonNode done = row(JSON.readTree(atCity), "action.1.1", "县教育局");
        assertThat(done.get("status").asText()).isEqualTo("DONE");
        assertThat(done.get("deadline").asText()).isEqualTo("2026-06-30");
        assertThat(done.get("light").asText()).isEqualTo("green");
        assertThat(row(JSON.readTree(atCity), "action.1.2", "县教育局").get("light").asText()).isEqualTo("yellow");
        // the city's own plan has no round of the county's; beside it, the county's figures
        assertThat(json(run("--db", cityDb, "round", "list", "--json")).size()).isZero();
        JsonNode counties = json(run("--db", cityDb, "progress", "counties", "--json", "--date", "2026-06-01"));
        assertThat(counties.size()).isEqualTo(1);
        assertThat(counties.get(0).get("name").asText()).isEqualTo("富裕县");
        assertThat(counties.get(0).get("round").asText()).isEqualTo("2026年上半年");
        assertThat(counties.get(0).get("reported").asInt()).isEqualTo(2);
        assertThat(counties.get(0).get("rows").asInt()).isEqualTo(JSON.readTree(atCity).size());
        assertThat(counties.get(0).get("yellow").asInt()).isEqualTo(1);
        assertThat(counties.get(0).get("files").asInt()).isZero();
        assertThat(json(run("--db", countyDb, "progress", "counties", "--json")).size()).isZero();
        // one of the city's tasks as the county carries it: its units' reports as the county's file brought them
        JsonNode task = json(run("--db", cityDb, "progress", "counties", "--task", "action.1.1", "--json", "--date",
                "2026-06-01")).get(0);
        assertThat(task.get("name").asText()).isEqualTo("富裕县");
        assertThat(task.get("place").asText()).isEqualTo("二、（一）1.");
        assertThat(task.get("reported").asInt()).isEqualTo(1);
        JsonNode reports = task.get("reports");
        assertThat(reports.size()).isEqualTo(task.get("units").asInt()).isGreaterThan(1);
        JsonNode education = java.util.stream.StreamSupport.stream(reports.spliterator(), false)
                .filter(report -> report.get("unit").asText().equals("县教育局")).findFirst().orElseThrow();
        assertThat(education.get("status").asText()).isEqualTo("DONE");
        assertThat(education.get("text").asText()).isEqualTo("已在全县中小学开展");
        // others silent: the county grey on the task, and the line names them
        assertThat(task.get("light").asText()).isEqualTo("grey");
        assertThat(run("--db", cityDb, "progress", "counties", "--task", "action.1.1", "--date", "2026-06-01").out())
                .contains("富裕县　二、（一）1.　未报　已报 1/" + reports.size() + "：已完成；未报：");
        // the city phones the county's office in its own round: noted, counted beside the county, listed
        ok(run("--db", cityDb, "round", "open", "2026年上半年", "--due", "2026-07-10"));
        assertThat(ok(run("--db", cityDb, "progress", "chase", "--county", "富裕县", "--person", "王五", "--answer",
                "周五前发来")).out()).contains("富裕县纲要办（2026年上半年）");
        assertThat(json(run("--db", cityDb, "progress", "counties", "--json")).get(0).get("chases").asInt())
                .isEqualTo(1);
        assertThat(run("--db", cityDb, "progress", "counties").out()).contains("催办 1 次");
        JsonNode listed = json(run("--db", cityDb, "progress", "chases", "--json"));
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).get("county").asText()).isEqualTo("230227");
        assertThat(listed.get(0).get("unit").asText()).isEqualTo("富裕县纲要办");
        // a county without a plan here is not chased; the county file's own office cannot chase the city
        assertThat(run("--db", cityDb, "progress", "chase", "--county", "230221").err()).contains("龙江县");

        // the county reports again and closes the round: the next file replaces what the city had
        ok(run("--db", countyDb, "progress", "report", "action.1.2", "--round", "2026年上半年", "--unit", "县教育局",
                "--status", "推进中"));
        ok(run("--db", countyDb, "round", "close", "2026年上半年"));
        Path again = folder.resolve("to-city-again.kesu");
        ok(run("--db", countyDb, "exchange", "export", "--region", "230200", "--out", again.toString()));
        ok(run("--db", cityDb, "exchange", "import", again.toString()));
        JsonNode later = json(run("--db", cityDb, "progress", "show", "--plan", "230227", "--json", "--date",
                "2026-06-01"));
        assertThat(row(later, "action.1.2", "县教育局").get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(json(run("--db", cityDb, "round", "list", "--plan", "230227", "--json")).get(0).get("open")
                .asBoolean()).isFalse();
    }

    /**
     * The city opens a round: its file opens it at the county; the county reports in it, behind; its file back; the
     * city writes the county's office a 督办通知单 on the task and notes it as a chase of the county.
     */
    @Test
    void theCitysRound_opensAtTheCounty_andACountyBehindInIt_getsTheCitysLetter() throws IOException {
        ok(run("--db", cityDb, "round", "open", "2026年上半年", "--due", "2026-07-10"));
        Path toCounty = folder.resolve("to-county-round.kesu");
        assertThat(ok(run("--db", cityDb, "exchange", "export", "--region", "230227", "--out",
                toCounty.toString())).out()).contains("2026年上半年");
        assertThat(ok(run("--db", countyDb, "exchange", "import", toCounty.toString())).out())
                .contains("导入后在本地方案中同样开启：2026年上半年")
                .contains("已开启报送轮次：2026年上半年（报送截止 2026-07-10）。");
        JsonNode rounds = json(run("--db", countyDb, "round", "list", "--json"));
        assertThat(rounds.size()).isEqualTo(1);
        assertThat(rounds.get(0).get("name").asText()).isEqualTo("2026年上半年");
        assertThat(rounds.get(0).get("due").asText()).isEqualTo("2026-07-10");

        ok(run("--db", countyDb, "progress", "report", "action.1.1", "--unit", "县教育局", "--status", "滞后",
                "--text", "场地未落实。"));
        Path toCity = folder.resolve("to-city-round.kesu");
        ok(run("--db", countyDb, "exchange", "export", "--region", "230200", "--out", toCity.toString()));
        ok(run("--db", cityDb, "exchange", "import", toCity.toString()));

        Path letters = folder.resolve("督办通知单.docx");
        assertThat(ok(run("--db", cityDb, "render", "supervision", "--counties", "--format", "docx", "--out",
                letters.toString(), "--record-chase")).out()).contains("富裕县纲要办").contains("1 个县（市）区纲要办");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument word = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                Files.newInputStream(letters));
             org.apache.poi.xwpf.extractor.XWPFWordExtractor text =
                     new org.apache.poi.xwpf.extractor.XWPFWordExtractor(word)) {
            assertThat(text.getText()).contains("富裕县纲要办").contains("你县承担的").doesNotContain("你单位")
                    .contains("滞后").contains("未报：");
        }
        JsonNode chases = json(run("--db", cityDb, "progress", "chases", "--json"));
        assertThat(chases.size()).isEqualTo(1);
        assertThat(chases.get(0).get("county").asText()).isEqualTo("230227");
        assertThat(run("--db", cityDb, "render", "supervision", "--counties", "--unit", "市科协", "--format", "pdf",
                "--out", folder.resolve("x.pdf").toString()).err()).contains("只能选一个");

        // the next round opened before this one closed, and sent: the counties are seen in the round asked for
        ok(run("--db", cityDb, "round", "open", "2026年下半年", "--due", "2027-01-10"));
        Path next = folder.resolve("to-county-next.kesu");
        ok(run("--db", cityDb, "exchange", "export", "--region", "230227", "--out", next.toString()));
        ok(run("--db", countyDb, "exchange", "import", next.toString()));
        Path back = folder.resolve("to-city-next.kesu");
        ok(run("--db", countyDb, "exchange", "export", "--region", "230200", "--out", back.toString()));
        ok(run("--db", cityDb, "exchange", "import", back.toString()));
        JsonNode shown = json(run("--db", cityDb, "progress", "counties", "--json"));
        assertThat(shown.get(0).get("round").asText()).isEqualTo("2026年下半年");
        assertThat(shown.get(0).get("reported").asInt()).isZero();
        JsonNode first = json(run("--db", cityDb, "progress", "counties", "--json", "--round", "2026年上半年"));
        assertThat(first.get(0).get("round").asText()).isEqualTo("2026年上半年");
        assertThat(first.get(0).get("reported").asInt()).isEqualTo(1);
        assertThat(first.get(0).get("chases").asInt()).isEqualTo(1);
        assertThat(run("--db", cityDb, "progress", "counties", "--round", "没有这一轮").err()).contains("没有这一轮");
    }

    @Test
    void theCitysFileToTheCounty_carriesNoProgress_andLeavesTheCountysAlone() throws IOException {
        ok(run("--db", countyDb, "round", "open", "2026年上半年", "--due", "2026-07-10"));
        ok(run("--db", countyDb, "progress", "report", "action.1.1", "--round", "2026年上半年", "--unit", "县教育局",
                "--status", "推进中"));
        ok(run("--db", cityDb, "round", "open", "城市轮次", "--due", "2026-07-10", "--plan", "230227"));

        Path toCounty = folder.resolve("to-county-again.kesu");
        ok(run("--db", cityDb, "exchange", "export", "--region", "230227", "--out", toCounty.toString()));
        ok(run("--db", countyDb, "exchange", "import", toCounty.toString()));

        JsonNode rounds = json(run("--db", countyDb, "round", "list", "--json"));
        assertThat(rounds.size()).isEqualTo(1);
        assertThat(rounds.get(0).get("name").asText()).isEqualTo("2026年上半年");
        assertThat(row(json(run("--db", countyDb, "progress", "show", "--json")), "action.1.1", "县教育局")
                .get("status").asText()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void aReportsAttachedFile_travelsWithIt_andTheCityHasTheSameFile() throws IOException {
        reportWithScan("活动方案.pdf");
        JsonNode atCounty = row(json(run("--db", countyDb, "progress", "show", "--json")), "action.1.1", "县教育局")
                .get("evidence");

        Path toCity = folder.resolve("to-city.kesu");
        assertThat(ok(run("--db", countyDb, "exchange", "export", "--region", "230200", "--out", toCity.toString()))
                .out()).contains("佐证材料：随文件带上 1 个");
        assertThat(ok(run("--db", cityDb, "exchange", "import", toCity.toString())).out())
                .contains("佐证材料：1 个，随文件带来 1 个")
                .contains("富裕县的文件带来了佐证材料").contains("exchange export --all");

        JsonNode atCity = row(json(run("--db", cityDb, "progress", "show", "--plan", "230227", "--json")),
                "action.1.1", "县教育局").get("evidence");
        assertThat(atCity.size()).isEqualTo(1);
        assertThat(atCity).isEqualTo(atCounty);
        assertThat(atCity.get(0).get("name").asText()).isEqualTo("活动方案.pdf");
        // beside the city's own plan, the county's round counts the file
        assertThat(json(run("--db", cityDb, "progress", "counties", "--json")).get(0).get("files").asInt())
                .isEqualTo(1);

        // the city's file back carries its receipt: the county's next file lists the scan without carrying it
        Path back = folder.resolve("back.kesu");
        assertThat(ok(run("--db", cityDb, "exchange", "export", "--region", "230227", "--out", back.toString()))
                .out()).contains("带有回执：本机已有富裕县的 1 个佐证材料");
        assertThat(ok(run("--db", countyDb, "exchange", "import", back.toString())).out())
                .contains("齐齐哈尔市已收到本地的 1 个佐证材料");
        Path next = folder.resolve("to-city-next.kesu");
        assertThat(ok(run("--db", countyDb, "exchange", "export", "--region", "230200", "--out", next.toString()))
                .out()).contains("另有 1 个佐证材料").contains("齐齐哈尔市已经收到").doesNotContain("随文件带上");
        assertThat(Files.size(next)).isLessThan(Files.size(toCity));
        assertThat(ok(run("--db", cityDb, "exchange", "import", "--dry-run", next.toString())).out())
                .contains("佐证材料：1 个，都没有随文件带来").doesNotContain("没有随文件带来、本机也没有");
    }

    @Test
    void aUnitTakenOffATaskAfterReporting_doesNotStopTheCountysFile_andItsReportStaysAtTheCounty() throws IOException {
        reportWithScan("方案.pdf");
        ok(run("--db", countyDb, "progress", "report", "action.1.2", "--round", "2026年上半年", "--unit", "县教育局",
                "--status", "推进中"));
        ok(run("--db", countyDb, "unassign", "action.1.1", "县教育局"));

        Path toCity = folder.resolve("to-city.kesu");
        ok(run("--db", countyDb, "exchange", "export", "--region", "230200", "--out", toCity.toString()));
        assertThat(ok(run("--db", cityDb, "exchange", "import", toCity.toString())).out()).contains("1 条进展");
        JsonNode atCity = json(run("--db", cityDb, "progress", "show", "--plan", "230227", "--json"));
        assertThat(row(atCity, "action.1.2", "县教育局").get("status").asText()).isEqualTo("IN_PROGRESS");
        // put back on the task at the county, the unit has its report again, and the next file takes it along
        ok(run("--db", countyDb, "assign", "action.1.1", "县教育局", "--role", "responsible"));
        JsonNode again = json(run("--db", countyDb, "progress", "show", "--json"));
        assertThat(row(again, "action.1.1", "县教育局").get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(row(again, "action.1.1", "县教育局").get("evidence").size()).isEqualTo(1);
    }

    /** The county opens its round, and 县教育局 reports on action.1.1 with a scan of this name attached. */
    private void reportWithScan(String name) throws IOException {
        ok(run("--db", countyDb, "round", "open", "2026年上半年", "--due", "2026-07-10"));
        Path scan = java.nio.file.Files.writeString(folder.resolve(name), "%PDF-1.4\n%%EOF\n");
        ok(run("--db", countyDb, "progress", "report", "action.1.1", "--round", "2026年上半年", "--unit", "县教育局",
                "--status", "推进中", "--attach", scan.toString()));
    }

    private static String withoutTimes(String json) {
        return json.replaceAll("\"reportedAt\" : \"[^\"]*\"", "\"reportedAt\" : \"…\"");
    }

    private static JsonNode row(JsonNode rows, String reference, String unit) {
        for (JsonNode row : rows) {
            if (row.get("ref").asText().equals(reference) && row.get("unit").asText().equals(unit)) {
                return row;
            }
        }
        throw new AssertionError("no row " + reference + " " + unit);
    }

    private static CliRun.Result ok(CliRun.Result result) {
        assertThat(result.exitCode()).as(result.err()).isZero();
        return result;
    }

    private CliRun.Result run(String... args) {
        return CliRun.run(folder, args);
    }

    private static JsonNode json(CliRun.Result result) throws IOException {
        return JSON.readTree(ok(result).out());
    }
}
