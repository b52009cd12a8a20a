package org.kesudesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.AuditEntry;
import org.kesudesk.store.AuditLog;
import org.kesudesk.store.Database;
import org.kesudesk.store.RegionRepository;

/**
 * {@code region list}, {@code region own} and {@code region setup} on a new database, which comes with the default
 * regions.
 */
class RegionCommandTest {

    @TempDir
    Path folder;

    @Test
    void aNewDatabaseHasTheCityAndItsSixteenCounties_theCityBeingThisOffice() throws Exception {
        Path db = folder.resolve("kesudesk");
        CliRun.Result result = run("--db", db.toString(), "region", "list", "--json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode regions = new ObjectMapper().readTree(result.out());
        assertThat(regions).hasSize(17);
        assertThat(regions.get(0).get("name").asText()).isEqualTo("齐齐哈尔市");
        assertThat(regions.get(0).get("kind").asText()).isEqualTo("city");
        assertThat(regions.get(0).get("own").asBoolean()).isTrue();
        List<String> counties = new ArrayList<>();
        regions.forEach(r -> {
            if (r.get("kind").asText().equals("county")) {
                counties.add(r.get("name").asText());
            }
        });
        assertThat(counties).containsExactlyInAnyOrder("龙沙区", "建华区", "铁锋区", "昂昂溪区", "富拉尔基区", "碾子山区",
                "梅里斯达斡尔族区", "讷河市", "依安县", "泰来县", "甘南县", "富裕县", "克山县", "克东县", "拜泉县", "龙江县");
        JsonNode fuyu = null;
        for (JsonNode r : regions) {
            if (r.get("name").asText().equals("富裕县")) {
                fuyu = r;
            }
        }
        assertThat(fuyu.get("code").asText()).isEqualTo("230227");
    }

    @Test
    void choosingThisOfficesRegion_isStoredAndAudited_andAnUnknownCodeIsExplained() {
        Path db = folder.resolve("kesudesk");
        CliRun.Result own = run("--db", db.toString(), "region", "own", "230227");
        assertThat(own.exitCode()).as(own.err()).isZero();
        assertThat(own.out()).contains("富裕县");

        CliRun.Result list = run("--db", db.toString(), "region", "list");
        assertThat(list.out().lines().filter(line -> line.startsWith("*")).toList())
                .singleElement().asString().contains("230227").contains("富裕县");

        CliRun.Result unknown = run("--db", db.toString(), "region", "own", "999999");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("999999").contains("region list");

        try (Database database = Database.openExisting(db)) {
            assertThat(new RegionRepository(database).own().orElseThrow().name()).isEqualTo("富裕县");
            List<AuditEntry> audit = new AuditLog(database).recent(10);
            assertThat(audit).extracting(AuditEntry::action).containsExactly("region.own");
            assertThat(audit.get(0).before()).contains("齐齐哈尔市");
            assertThat(audit.get(0).after()).contains("富裕县");
        }
    }

    @Test
    void theListIsEditable_aNewDistrictAdded_aNameCorrected_badInputExplained() throws Exception {
        Path db = folder.resolve("kesudesk");
        CliRun.Result added = run("--db", db.toString(), "region", "add", "230299", "新区");
        assertThat(added.exitCode()).as(added.err()).isZero();
        CliRun.Result renamed = run("--db", db.toString(), "region", "rename", "230299", "高新区");
        assertThat(renamed.exitCode()).as(renamed.err()).isZero();
        JsonNode list = new ObjectMapper().readTree(run("--db", db.toString(), "region", "list", "--json").out());
        assertThat(list).hasSize(18);
        assertThat(list.toString()).contains("{\"code\":\"230299\",\"name\":\"高新区\",\"kind\":\"county\",\"own\":false}");

        assertThat(run("--db", db.toString(), "region", "add", "230299", "又一个区").err()).contains("已经有了");
        assertThat(run("--db", db.toString(), "region", "add", "2302", "短代码").err()).contains("6 位数字");
        assertThat(run("--db", db.toString(), "region", "rename", "230299", " ").err()).contains("为空");
        try (Database database = Database.openExisting(db)) {
            assertThat(new AuditLog(database).recent(10)).extracting(AuditEntry::action)
                    .containsExactly("region.rename", "region.add");
            // a county added to the list can take part in exchanges: it is one of the city's counties
            assertThat(new RegionRepository(database).byCode("230299").orElseThrow().parentId())
                    .isEqualTo(new RegionRepository(database).byCode("230200").map(r -> r.id()));
        }
    }

    /**
     * A region added by mistake goes again; one that anything belongs to stays, saying what: the city, this
     * office's own, one with a plan or a unit, one that sent a file. Each refusal leaves the list as it was.
     */
    @Test
    void aRegionAddedByMistake_isRemoved_oneInUseIsNot() throws Exception {
        Path db = folder.resolve("kesudesk");
        ok(run("--db", db.toString(), "region", "add", "230299", "新区"));
        ok(run("--db", db.toString(), "region", "add", "230298", "另一区"));
        ok(run("--db", db.toString(), "unit", "add", "--region", "230298", "另一区教育局"));
        String listBefore = run("--db", db.toString(), "region", "list", "--json").out();

        assertThat(run("--db", db.toString(), "region", "remove", "230200").err()).contains("齐齐哈尔市是区划列表的市");
        assertThat(run("--db", db.toString(), "region", "remove", "230298").err())
                .contains("另一区已有 0 个方案、单位目录中有 1 个单位");
        ok(run("--db", db.toString(), "region", "own", "230227"));
        assertThat(run("--db", db.toString(), "region", "remove", "230227").err()).contains("富裕县是本单位所在的区划");
        assertThat(run("--db", db.toString(), "region", "remove", "999999").err()).contains("没有代码为 999999 的区划");
        // a zone whose office sent its key: the key would be orphaned
        Path zone = folder.resolve("zone").resolve("kesudesk");
        ok(run("--db", zone.toString(), "region", "add", "230297", "高新区"));
        ok(run("--db", zone.toString(), "region", "own", "230297"));
        Path key = folder.resolve("zone-key.json");
        ok(run("--db", zone.toString(), "key", "export", "--out", key.toString()));
        ok(run("--db", db.toString(), "region", "add", "230297", "高新区"));
        ok(run("--db", db.toString(), "key", "import", key.toString()));
        listBefore = run("--db", db.toString(), "region", "list", "--json").out();
        assertThat(run("--db", db.toString(), "region", "remove", "230297").err()).contains("高新区已经和本单位交换过文件");
        assertThat(run("--db", db.toString(), "region", "list", "--json").out()).isEqualTo(listBefore);

        CliRun.Result removed = run("--db", db.toString(), "region", "remove", "230299");
        assertThat(removed.exitCode()).as(removed.err()).isZero();
        assertThat(removed.out()).contains("230299").contains("新区");
        JsonNode list = new ObjectMapper().readTree(run("--db", db.toString(), "region", "list", "--json").out());
        assertThat(list.toString()).doesNotContain("230299").contains("230298");
        try (Database database = Database.openExisting(db)) {
            assertThat(new AuditLog(database).recent(1)).extracting(AuditEntry::action)
                    .containsExactly("region.remove");
        }
    }

    private static CliRun.Result ok(CliRun.Result result) {
        assertThat(result.exitCode()).as(result.err()).isZero();
        return result;
    }

    @Test
    void anOfficeOfAnotherCity_setsUpItsCityAndCounties_byName_andItsCountyAfterwards() throws Exception {
        Path db = folder.resolve("kesudesk");
        CliRun.Result daqing = run("--db", db.toString(), "region", "setup", "大庆市");
        assertThat(daqing.exitCode()).as(daqing.err()).isZero();
        assertThat(daqing.out()).contains("230600").contains("大庆市").contains("9");

        JsonNode list = new ObjectMapper().readTree(run("--db", db.toString(), "region", "list", "--json").out());
        assertThat(list).hasSize(10);
        assertThat(list.get(0).toString()).isEqualTo("{\"code\":\"230600\",\"name\":\"大庆市\",\"kind\":\"city\",\"own\":true}");
        assertThat(list.toString()).doesNotContain("齐齐哈尔").contains("杜尔伯特蒙古族自治县");

        // the county office of the same city: only which one it is changes
        CliRun.Result county = run("--db", db.toString(), "region", "setup", "230621");
        assertThat(county.exitCode()).as(county.err()).isZero();
        JsonNode after = new ObjectMapper().readTree(run("--db", db.toString(), "region", "list", "--json").out());
        assertThat(after).hasSize(10);
        List<String> own = new ArrayList<>();
        after.forEach(r -> {
            if (r.get("own").asBoolean()) {
                own.add(r.get("name").asText());
            }
        });
        assertThat(own).containsExactly("肇州县");
        try (Database database = Database.openExisting(db)) {
            List<AuditEntry> audit = new AuditLog(database).recent(10);
            assertThat(audit).extracting(AuditEntry::action).containsExactly("region.own", "region.setUp");
            assertThat(audit.get(1).before()).contains("齐齐哈尔市");
            assertThat(audit.get(1).after()).contains("大庆市");
            // the counties belong to the new city, so exchanges between them are allowed
            RegionRepository regions = new RegionRepository(database);
            assertThat(regions.byCode("230621").orElseThrow().belongsTo(regions.byCode("230600").orElseThrow()))
                    .isTrue();
        }
    }

    @Test
    void whatIsNotOneCityOrCounty_isExplained_andNothingChanges() {
        Path db = folder.resolve("kesudesk");
        CliRun.Result twoPlaces = run("--db", db.toString(), "region", "setup", "朝阳区");
        assertThat(twoPlaces.exitCode()).isEqualTo(1);
        assertThat(twoPlaces.err()).contains("110105").contains("220104").contains("北京市朝阳区");

        CliRun.Result part = run("--db", db.toString(), "region", "setup", "大庆");
        assertThat(part.exitCode()).isEqualTo(1);
        assertThat(part.err()).contains("是不是").contains("大庆市（230600）");

        assertThat(run("--db", db.toString(), "region", "setup", "黑龙江省").err()).contains("是不是");
        assertThat(run("--db", db.toString(), "region", "setup", "230000").err()).contains("省级");
        assertThat(run("--db", db.toString(), "region", "setup", "999999").err()).contains("999999");
        assertThat(run("--db", db.toString(), "region", "setup", "乌有县").err()).contains("乌有县")
                .contains("没有名为");

        assertThat(run("--db", db.toString(), "region", "list").out()).contains("齐齐哈尔市");
        try (Database database = Database.openExisting(db)) {
            assertThat(new AuditLog(database).recent(10)).isEmpty();
        }
    }

    @Test
    void aDatabaseThatHoldsAPlan_keepsItsCity_whileItsOwnCountiesCanStillBeChosen() throws Exception {
        Path db = folder.resolve("kesudesk");
        CliRun.importSample(folder, db.toString());
        CliRun.Result refused = run("--db", db.toString(), "region", "setup", "大庆市");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("齐齐哈尔市").contains("大庆市").contains("没有改动").contains("--db");
        assertThat(run("--db", db.toString(), "region", "list").out()).contains("齐齐哈尔市").doesNotContain("大庆");

        CliRun.Result fuyu = run("--db", db.toString(), "region", "setup", "富裕县");
        assertThat(fuyu.exitCode()).as(fuyu.err()).isZero();
        try (Database database = Database.openExisting(db)) {
            assertThat(new RegionRepository(database).own().orElseThrow().name()).isEqualTo("富裕县");
            assertThat(new RegionRepository(database).all()).hasSize(17);
        }
    }

    /**
     * An office of another city imports its own plan first: refused with the command that sets up its region list,
     * which it runs; then the plan goes in as its own.
     */
    @Test
    void anotherCitysPlan_onANewDatabase_namesTheSetupCommand_afterWhichItIsTheOfficesOwn() throws Exception {
        Path db = folder.resolve("kesudesk");
        Path plan = folder.resolve("大庆市方案.txt");
        try (java.io.InputStream in = RegionCommandTest.class.getResourceAsStream("/plans/unseen/wushi-city.txt")) {
            java.nio.file.Files.writeString(plan, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("戊市", "大庆市").replace("戊政", "庆政"));
        }
        CliRun.Result refused = run("--db", db.toString(), "plan", "import", plan.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("大庆市人民政府办公室").contains("region setup 230600");

        assertThat(run("--db", db.toString(), "region", "setup", "230600").exitCode()).isZero();
        CliRun.Result imported = run("--db", db.toString(), "plan", "import", plan.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        JsonNode plans = new ObjectMapper().readTree(run("--db", db.toString(), "plan", "list", "--json").out());
        assertThat(plans.toString()).contains("230600");

        // once a plan is stored, the list is this city's: another city's plan is only asked about
        Path other = folder.resolve("哈尔滨市方案.txt");
        java.nio.file.Files.writeString(other, java.nio.file.Files.readString(plan).replace("大庆市", "哈尔滨市")
                .replace("庆政", "哈政"));
        CliRun.Result asked = run("--db", db.toString(), "plan", "import", other.toString());
        assertThat(asked.exitCode()).isEqualTo(1);
        assertThat(asked.err()).contains("哈尔滨市").doesNotContain("region setup");
    }

    /**
     * Another city end to end: 大庆市 sets up its list, imports its plan, derives 肇州县's and sends it; 肇州县's new
     * database (the default list) refuses the file, saying how to set up its region, and takes it once it has.
     */
    @Test
    void anotherCitysCountyFile_onANewDatabase_saysHowToSetUp_thenGoesIn() throws Exception {
        String cityDb = folder.resolve("daqing").resolve("kesudesk").toString();
        String countyDb = folder.resolve("zhaozhou").resolve("kesudesk").toString();
        Path plan = folder.resolve("大庆市方案.txt");
        try (java.io.InputStream in = RegionCommandTest.class.getResourceAsStream("/plans/unseen/wushi-city.txt")) {
            java.nio.file.Files.writeString(plan, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("戊市", "大庆市").replace("戊政", "庆政"));
        }
        assertThat(run("--db", cityDb, "region", "setup", "大庆市").exitCode()).isZero();
        CliRun.Result imported = run("--db", cityDb, "plan", "import", plan.toString(), "--accept-aliases");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        CliRun.Result derived = run("--db", cityDb, "plan", "derive", "--region", "230621");
        assertThat(derived.exitCode()).as(derived.err()).isZero();
        Path file = folder.resolve("给肇州县.kesu");
        CliRun.Result exported = run("--db", cityDb, "exchange", "export", "--region", "230621", "--out",
                file.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();

        CliRun.Result refused = run("--db", countyDb, "exchange", "import", file.toString(), "--trust-new-key");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("黑龙江省大庆市肇州县（230621）").contains("region setup 230621")
                .contains("没有导入任何内容");

        assertThat(run("--db", countyDb, "region", "setup", "230621").exitCode()).isZero();
        CliRun.Result received = run("--db", countyDb, "exchange", "import", file.toString(), "--trust-new-key");
        assertThat(received.exitCode()).as(received.err()).isZero();
        JsonNode plans = new ObjectMapper().readTree(run("--db", countyDb, "plan", "list", "--json").out());
        assertThat(plans).hasSize(1);
        assertThat(plans.toString()).contains("230621");
    }

    private CliRun.Result run(String... args) {
        return CliRun.run(folder, args);
    }
}
