package org.kesudesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanPeriod;
import org.kesudesk.model.PlanSummary;
import org.kesudesk.model.Region;
import org.kesudesk.model.Unit;
import org.kesudesk.model.UnitAlias;

/**
 * A database written by the version before plans and units belonged to regions (a stored fixture made with it:
 * the city's plan, two county plans derived from it sharing one catalogue, a rename, a merge, an exchange) opens,
 * is migrated, keeps every plan, unit name, alias and audit entry, and passes db check; afterwards each region has
 * its own catalogue.
 */
class RegionMigrationTest {

    @TempDir
    Path folder;
    private Path base;
    private String before;

    @BeforeEach
    void theDatabaseOfThePreviousVersion() throws Exception {
        base = folder.resolve("office").resolve("kesudesk");
        LegacyDatabase.write(LegacyDatabase.BEFORE_REGIONS, base);
        before = LegacyDatabase.outlineOfFile(base);
        assertThat(before).contains(LegacyDatabase.CITY_PLAN).contains("县教育和体育局").contains("县科技协会");
    }

    @Test
    void everyPlanUnitAliasAndAuditEntryIsKept_andTheCheckPasses() {
        try (Database database = Database.open(base)) {
            assertThat(LegacyDatabase.outlineOf(database)).isEqualTo(before);
            assertThat(new DatabaseCheck(database).run()).isEmpty();
            assertThat(Backups.of(database).list()).as("a backup was made before the upgrade").isNotEmpty();
        }
    }

    @Test
    void eachPlanBelongsToItsRegionAndPeriod_andEachRegionHasItsOwnCatalogue() {
        try (Database database = Database.open(base)) {
            RegionRepository regions = new RegionRepository(database);
            Region city = regions.byCode("230200").orElseThrow();
            Region fuyu = regions.byCode("230227").orElseThrow();
            Region longjiang = regions.byCode("230221").orElseThrow();
            PlanRepository plans = new PlanRepository(database);
            Map<UUID, PlanSummary> listed = plans.list().stream()
                    .collect(Collectors.toMap(PlanSummary::id, summary -> summary));
            PlanSummary cityPlan = listed.get(UUID.fromString(LegacyDatabase.CITY_PLAN));
            assertThat(cityPlan.region()).isEqualTo(city);
            assertThat(cityPlan.period()).contains(new PlanPeriod(2021, 2025));
            assertThat(cityPlan.current()).isTrue();
            assertThat(listed.get(UUID.fromString(LegacyDatabase.FUYU_PLAN)).region()).isEqualTo(fuyu);
            assertThat(listed.get(UUID.fromString(LegacyDatabase.LONGJIANG_PLAN)).region()).isEqualTo(longjiang);

            List<String> cityUnits = names(UnitRepository.ofRegion(database, city.id()).all());
            assertThat(cityUnits).contains("市教育局", "市科普志愿者协会").noneMatch(name -> name.startsWith("县"));
            List<String> fuyuUnits = names(UnitRepository.ofRegion(database, fuyu.id()).all());
            List<String> longjiangUnits = names(UnitRepository.ofRegion(database, longjiang.id()).all());
            assertThat(fuyuUnits).contains("县教育和体育局", "县科协").noneMatch(name -> name.startsWith("市教育"));
            assertThat(longjiangUnits).contains("县教育和体育局", "县科协").doesNotContain("县科技协会");
            // the merge's alias is known wherever the unit it names is
            assertThat(UnitRepository.ofRegion(database, longjiang.id()).findByName("县科技协会"))
                    .map(Unit::name).contains("县科协");
            assertThat(UnitRepository.ofRegion(database, fuyu.id()).aliases()).extracting(UnitAlias::alias)
                    .contains("县科技协会");
            // the city's alias stays the city's
            assertThat(UnitRepository.ofRegion(database, city.id()).findByName("市生态局")).map(Unit::name)
                    .contains("市生态环境局");
            assertThat(UnitRepository.ofRegion(database, fuyu.id()).findByName("市生态局")).isEmpty();
        }
    }

    @Test
    void afterTheMigration_renamingInOneCounty_leavesTheOtherCountysPlanAsItWas() {
        try (Database database = Database.open(base)) {
            RegionRepository regions = new RegionRepository(database);
            Region fuyu = regions.byCode("230227").orElseThrow();
            PlanRepository plans = new PlanRepository(database);
            PlanDocument longjiangBefore = plans.find(UUID.fromString(LegacyDatabase.LONGJIANG_PLAN)).orElseThrow();

            UnitRepository fuyuUnits = UnitRepository.ofRegion(database, fuyu.id());
            Unit education = fuyuUnits.findByName("县教育和体育局").orElseThrow();
            fuyuUnits.rename(education.id(), "富裕县教育局");

            assertThat(plans.find(UUID.fromString(LegacyDatabase.LONGJIANG_PLAN))).contains(longjiangBefore);
            PlanDocument fuyuPlan = plans.find(UUID.fromString(LegacyDatabase.FUYU_PLAN)).orElseThrow();
            assertThat(fuyuPlan.items().get(0).leadUnits()).extracting(Unit::name).contains("富裕县教育局");
            assertThat(fuyuUnits.findByName("县教育和体育局")).as("the old name stays an alias")
                    .map(Unit::id).contains(education.id());
            assertThat(new DatabaseCheck(database).run()).isEmpty();
        }
    }

    private static List<String> names(List<Unit> units) {
        return units.stream().map(Unit::name).toList();
    }

}
