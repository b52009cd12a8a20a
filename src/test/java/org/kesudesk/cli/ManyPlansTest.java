package org.kesudesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A city office with its 16 counties' plans in one database: every plan is addressed explicitly ({@code --plan}),
 * each county's plan is made from the city's and has the county's own units, and an edit in one region's catalogue
 * leaves every other plan as it was.
 */
class ManyPlansTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;
    private String db;

    @BeforeEach
    void theCitysPlan() throws IOException {
        db = folder.resolve("kesudesk").toString();
        CliRun.importSample(folder, db);
    }

    @Test
    void derivingAllSixteenCountiesInARow_makesEachFromTheCitysPlan_withItsOwnUnits() throws IOException {
        String cityBefore = ok("plan", "show", "--json");
        JsonNode city = JSON.readTree(cityBefore);
        Map<String, String> counties = new LinkedHashMap<>();
        for (JsonNode region : JSON.readTree(ok("region", "list", "--json"))) {
            if (region.path("kind").asText().equals("county")) {
                counties.put(region.path("code").asText(), region.path("name").asText());
            }
        }
        assertThat(counties).hasSize(16);
        for (String code : counties.keySet()) {
            ok("plan", "derive", "--region", code);
        }

        assertThat(ok("plan", "show", "--json")).as("the city's plan is untouched").isEqualTo(cityBefore);
        JsonNode list = JSON.readTree(ok("plan", "list", "--json"));
        assertThat(list).hasSize(17);
        assertThat(list.get(0).path("region").path("code").asText()).isEqualTo("230200");
        assertThat(list.get(0).path("current").asBoolean()).isTrue();
        assertThat(list.get(0).path("period").path("from").asInt()).isEqualTo(2021);
        assertThat(list.get(0).path("period").path("to").asInt()).isEqualTo(2025);
        assertThat(list.get(0).path("docNumber").asText()).isEqualTo("齐政办发〔2022〕16号");
        for (int i = 1; i < list.size(); i++) {
            assertThat(list.get(i).path("current").asBoolean()).isFalse();
        }

        for (Map.Entry<String, String> county : counties.entrySet()) {
            String name = county.getValue();
            String level = name.substring(name.length() - 1).matches("[区市县]") ? name.substring(name.length() - 1)
                    : "县";
            JsonNode plan = JSON.readTree(ok("plan", "show", "--plan", county.getKey(), "--json"));
            String title = plan.path("plan").path("title").asText();
            assertThat(title).as(name).startsWith(name).doesNotContain("齐齐哈尔市");
            assertThat(plan.path("plan").path("issuer").asText()).as(name).isEqualTo(name + "人民政府办公室");
            List<String> units = new ArrayList<>();
            for (JsonNode unit : JSON.readTree(ok("unit", "list", "--region", county.getKey(), "--json"))) {
                units.add(unit.path("name").asText());
            }
            assertThat(units).as(name).isNotEmpty()
                    .contains(level + "教育局", "团" + level + "委");
            for (String other : counties.values()) {
                if (!other.equals(name)) {
                    assertThat(title + String.join("", units)).as(name).doesNotContain(other);
                }
            }
            // the same tasks with the county's counterparts of the city's units, item by item
            for (int i = 0; i < city.path("items").size(); i++) {
                List<String> cityLead = texts(city.path("items").get(i).path("lead"));
                List<String> countyLead = texts(plan.path("items").get(i).path("lead"));
                assertThat(countyLead).as(name + " item " + i).isEqualTo(cityLead.stream()
                        .map(unit -> countyName(unit, level)).distinct().toList());
            }
        }
    }

    @Test
    void renamingAndMergingInOneCounty_leaveEveryOtherPlanAsItWas() throws IOException {
        ok("plan", "derive", "--region", "230227");
        ok("plan", "derive", "--region", "230221");
        String city = ok("plan", "show", "--json");
        String longjiang = ok("plan", "show", "--plan", "230221", "--json");
        String longjiangUnits = ok("unit", "list", "--region", "230221", "--json");

        ok("unit", "rename", "--region", "230227", "县教育局", "县教育和体育局");
        ok("unit", "add", "--region", "230227", "县科学技术协会");
        ok("assign", "--plan", "230227", "action.1.1", "县科学技术协会", "--role=responsible");
        ok("unit", "merge", "--region", "230227", "县科学技术协会", "县科协");

        assertThat(ok("plan", "show", "--json")).isEqualTo(city);
        assertThat(ok("plan", "show", "--plan", "230221", "--json")).isEqualTo(longjiang);
        assertThat(ok("unit", "list", "--region", "230221", "--json")).isEqualTo(longjiangUnits);
        JsonNode fuyu = JSON.readTree(ok("plan", "show", "--plan", "230227", "--json"));
        assertThat(texts(fuyu.path("items").get(0).path("lead"))).contains("县教育和体育局");
        JsonNode fuyuUnits = JSON.readTree(ok("unit", "list", "--region", "230227", "--json"));
        List<String> aliases = new ArrayList<>();
        fuyuUnits.forEach(unit -> unit.path("aliases").forEach(alias -> aliases.add(alias.asText())));
        assertThat(aliases).as("the old name and the merged one are aliases").contains("县教育局", "县科学技术协会");
        assertThat(ok("db", "check")).isNotBlank();
    }

    @Test
    void aPlanIsNamedByIdOrRegion_andWhatMatchesNothingOrSeveral_isListedInChinese() throws IOException {
        ok("plan", "derive", "--region", "230227");
        JsonNode list = JSON.readTree(ok("plan", "list", "--json"));
        String cityId = list.get(0).path("id").asText();
        String countyId = list.get(1).path("id").asText();
        // the text list: every id whole, the office's own plan marked
        List<String> lines = ok("plan", "list").lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("* " + cityId).contains("齐齐哈尔市").contains("2021—2025年");
        assertThat(lines.get(1)).startsWith("  " + countyId).contains("富裕县").contains("（无文号）");
        assertThat(JSON.readTree(ok("plan", "show", "--plan", countyId.substring(0, 8), "--json"))
                .path("plan").path("title").asText()).startsWith("富裕县");
        assertThat(JSON.readTree(ok("plan", "show", "--plan", cityId, "--json"))
                .path("plan").path("title").asText()).startsWith("齐齐哈尔市");

        CliRun.Result none = CliRun.run(folder, "--db", db, "plan", "show", "--plan", "ffffffff");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).contains("没有编号以“ffffffff”开头的方案").contains(cityId).contains(countyId)
                .contains("富裕县").doesNotContain("Exception");

        CliRun.Result unknownRegion = CliRun.run(folder, "--db", db, "plan", "show", "--plan", "999999");
        assertThat(unknownRegion.exitCode()).isEqualTo(1);
        assertThat(unknownRegion.err()).contains("没有代码为 999999 的区划").contains("230227 富裕县");

        CliRun.Result noPlan = CliRun.run(folder, "--db", db, "plan", "show", "--plan", "230221");
        assertThat(noPlan.exitCode()).isEqualTo(1);
        assertThat(noPlan.err()).contains("龙江县（230221）还没有方案").contains(countyId);

        CliRun.Result own = CliRun.run(folder, "--db", db, "plan", "derive", "--region", "230200");
        assertThat(own.exitCode()).isEqualTo(1);
        assertThat(own.err()).contains("齐齐哈尔市是本单位的区划");

        assertThat(ok("plan", "derive", "--region", "230227", "--dry-run")).contains("富裕县已有方案")
                .contains("--replace");
        CliRun.Result again = CliRun.run(folder, "--db", db, "plan", "derive", "--region", "230227");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("富裕县已有方案").contains("--replace");
        assertThat(JSON.readTree(ok("plan", "list", "--json"))).hasSize(2);
        ok("plan", "derive", "--region", "230227", "--replace");
        JsonNode replaced = JSON.readTree(ok("plan", "list", "--json"));
        assertThat(replaced).hasSize(2);
        assertThat(replaced.get(1).path("id").asText()).isNotEqualTo(countyId);

        CliRun.Result unknownUnit = CliRun.run(folder, "--db", db, "assign", "--plan", "230227", "action.1.1",
                "教育", "--role=responsible");
        assertThat(unknownUnit.exitCode()).isEqualTo(1);
        assertThat(unknownUnit.err()).contains("单位目录中没有“教育”").contains("县教育局").contains("unit add")
                .doesNotContain("市教育局");
    }

    @Test
    void aDryRunWritesNothing_noDatabaseNoBackupNoFolder() throws Exception {
        Path elsewhere = folder.resolve("nothing-here");
        String none = elsewhere.resolve("kesudesk").toString();
        Path sample = folder.resolve("qiqihar.txt");
        CliRun.Result dryRun = CliRun.run(folder, "--db", none, "plan", "import", sample.toString(), "--dry-run");
        assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
        assertThat(dryRun.out()).contains("齐政办发〔2022〕16号").contains("没有保存");
        assertThat(CliRun.run(folder, "--db", none, "plan", "derive", "--region", "230227", "--dry-run").exitCode())
                .isEqualTo(1);
        assertThat(CliRun.run(folder, "--db", none, "exchange", "import", sample.toString(), "--dry-run")
                .exitCode()).isEqualTo(1);
        assertThat(elsewhere).doesNotExist();

        // on the office's database: the file is byte for byte what it was, and nothing appeared beside it
        Path file = Path.of(db + ".mv.db");
        byte[] before = Files.readAllBytes(file);
        List<String> beside = names(file.getParent());
        CliRun.Result derive = CliRun.run(folder, "--db", db, "plan", "derive", "--region", "230227", "--dry-run");
        assertThat(derive.exitCode()).as(derive.err()).isZero();
        assertThat(derive.out()).contains("市教育局 → 县教育局").contains("未保存");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(names(file.getParent())).isEqualTo(beside);
        Path ledger = folder.resolve("台账.xlsx");
        ok("exchange", "ledger-export", "--out", ledger.toString());
        before = Files.readAllBytes(file);
        beside = names(file.getParent());
        CliRun.Result ledgerDryRun = CliRun.run(folder, "--db", db, "exchange", "ledger-import", ledger.toString(),
                "--dry-run");
        assertThat(ledgerDryRun.exitCode()).as(ledgerDryRun.err()).isZero();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(names(file.getParent())).isEqualTo(beside);
        assertThat(JSON.readTree(ok("plan", "list", "--json"))).hasSize(1);
    }

    private static List<String> names(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    private String ok(String... args) {
        String[] full = new String[args.length + 2];
        full[0] = "--db";
        full[1] = db;
        System.arraycopy(args, 0, full, 2, args.length);
        CliRun.Result result = CliRun.run(folder, full);
        assertThat(result.exitCode()).as(String.join(" ", args) + ": " + result.err()).isZero();
        return result.out();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    /** The usual rule, written out independently of the code under test: 市X → 县X, 团市委 → 团县委. */
    private static String countyName(String cityUnit, String level) {
        if (cityUnit.startsWith("团市委")) {
            return "团" + level + "委" + cityUnit.substring(3);
        }
        return cityUnit.startsWith("市") ? level + cityUnit.substring(1) : cityUnit;
    }
}
