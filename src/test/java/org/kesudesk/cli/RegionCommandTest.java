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

/** {@code region list} and {@code region own} on a new database, which comes with the default regions. */
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

    private CliRun.Result run(String... args) {
        return CliRun.run(folder, args);
    }
}
