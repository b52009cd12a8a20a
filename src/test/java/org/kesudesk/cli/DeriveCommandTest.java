package org.kesudesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan derive}: a county's plan from the city's sample plan. */
class DeriveCommandTest {

    @TempDir
    Path folder;
    private String db;
    private JsonNode cityPlan;

    @BeforeEach
    void importTheCityPlan() throws IOException {
        db = folder.resolve("kesudesk").toString();
        CliRun.importSample(folder, db);
        cityPlan = new ObjectMapper().readTree(run("--db", db, "plan", "show", "--json").out());
    }

    @Test
    void aDryRunListsTheUnitNamesByTheUsualRules_andStoresNothing() {
        CliRun.Result county = run("--db", db, "plan", "derive", "--region", "230227", "--dry-run");
        assertThat(county.exitCode()).as(county.err()).isZero();
        assertThat(county.out()).contains("市教育局 → 县教育局").contains("团市委 → 团县委").contains("市委宣传部 → 县委宣传部")
                .contains("未保存");
        assertThat(run("--db", db, "plan", "derive", "--region", "230202", "--dry-run").out())
                .contains("市教育局 → 区教育局");
        assertThat(run("--db", db, "plan", "derive", "--region", "230281", "--dry-run").out())
                .contains("市教育局 → 市教育局");
        assertThat(run("--db", db, "plan", "list").out().lines().count()).isEqualTo(1);
    }

    @Test
    void theCountysPlanHasTheCitysStructure_withItsOwnUnits_andTheCitysStaysTheOfficesOwn() throws IOException {
        CliRun.Result derived = run("--db", db, "plan", "derive", "--region", "230227", "--map",
                "市新闻传媒中心=县融媒体中心");
        assertThat(derived.exitCode()).as(derived.err()).isZero();
        assertThat(derived.out()).contains("富裕县");

        JsonNode county = new ObjectMapper().readTree(run("--db", db, "plan", "show", "--plan", "230227", "--json")
                .out());
        assertThat(new ObjectMapper().readTree(run("--db", db, "plan", "show", "--json").out())).isEqualTo(cityPlan);
        assertThat(county.path("plan").path("title").asText()).contains("富裕县").doesNotContain("齐齐哈尔市");
        assertThat(county.path("items")).hasSameSizeAs(cityPlan.path("items"));
        for (int i = 0; i < cityPlan.path("items").size(); i++) {
            JsonNode cityItem = cityPlan.path("items").get(i);
            JsonNode countyItem = county.path("items").get(i);
            assertThat(countyItem.path("name").asText()).isEqualTo(cityItem.path("name").asText().replace("齐齐哈尔市", "富裕县"));
            assertThat(countyItem.path("tasks")).hasSameSizeAs(cityItem.path("tasks"));
            assertThat(texts(countyItem.path("lead"))).isEqualTo(texts(cityItem.path("lead")).stream()
                    .map(DeriveCommandTest::countyUnit).toList());
        }
        List<String> allUnits = new ArrayList<>();
        county.path("items").forEach(item -> item.path("tasks").forEach(task -> allUnits.addAll(texts(task.path("responsible")))));
        assertThat(allUnits).contains("县融媒体中心", "团县委").doesNotContain("市新闻传媒中心", "县新闻传媒中心")
                .noneMatch(unit -> unit.startsWith("市"));
        assertThat(run("--db", db, "plan", "list").out().lines().count()).isEqualTo(2);
    }

    @Test
    void theCountysTexts_speakOfTheCountyAndItsUnits_theCitysStayAsTheyWere() throws IOException {
        String cityJson = cityPlan.toString();
        assertThat(cityJson).contains("市科协发挥综合协调作用").contains("全市").contains("我市");

        CliRun.Result derived = run("--db", db, "plan", "derive", "--region", "230227");
        assertThat(derived.exitCode()).as(derived.err()).isZero();

        String county = new ObjectMapper().readTree(run("--db", db, "plan", "show", "--plan", "230227", "--json")
                .out()).toString();
        assertThat(county).contains("县科协发挥综合协调作用").doesNotContain("市科协发挥综合协调作用")
                .contains("全县").doesNotContain("全市").contains("我县").doesNotContain("我市");
        assertThat(new ObjectMapper().readTree(run("--db", db, "plan", "show", "--json").out()).toString())
                .isEqualTo(cityJson);
    }

    @Test
    void theCityItself_andAMappingOfAUnitThePlanDoesNotHave_areRefused() {
        CliRun.Result city = run("--db", db, "plan", "derive", "--region", "230200");
        assertThat(city.exitCode()).isEqualTo(1);
        assertThat(city.err()).contains("齐齐哈尔市是本单位的区划");
        CliRun.Result unknown = run("--db", db, "plan", "derive", "--region", "230227", "--map", "市不存在局=县不存在局");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("市不存在局");
        assertThat(run("--db", db, "plan", "list").out().lines().count()).isEqualTo(1);
    }

    /** The rules the test expects, written out independently: a leading 市 → 县, 团市委 → 团县委. */
    private static String countyUnit(String cityUnit) {
        if (cityUnit.startsWith("团市委")) {
            return "团县委" + cityUnit.substring(3);
        }
        return cityUnit.startsWith("市") ? "县" + cityUnit.substring(1) : cityUnit;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private CliRun.Result run(String... args) {
        return CliRun.run(folder, args);
    }
}
