package org.kesudesk.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.Region;
import org.kesudesk.model.RegionKind;
import org.kesudesk.model.RegionSetup;
import org.kesudesk.store.Database;
import org.kesudesk.store.RegionRepository;

/** The country's divisions the app carries, and the region list each city or county sets up from them. */
class DivisionsTest {

    private final Divisions divisions = Divisions.bundled();

    @TempDir
    Path folder;

    @Test
    void theDefaultRegionsOfANewDatabase_areTheCityAndCountiesTheListGivesForItsCode() {
        // the database's default list (a migration) and the bundled table were written apart: they must agree
        List<Region> defaults;
        try (Database database = Database.open(folder.resolve("kesudesk"))) {
            defaults = new RegionRepository(database).all();
        }
        Region city = defaults.stream().filter(r -> r.kind() == RegionKind.CITY).findFirst().orElseThrow();
        RegionSetup setup = divisions.setupFor(divisions.byCode(city.code()).orElseThrow()).orElseThrow();

        assertThat(setup.city()).isEqualTo(new RegionSetup.Place(city.code(), city.name()));
        assertThat(setup.counties()).containsExactlyInAnyOrderElementsOf(city.countiesIn(defaults).stream()
                .map(r -> new RegionSetup.Place(r.code(), r.name())).toList());
        assertThat(setup.ownIsCity()).isTrue();
    }

    @Test
    void aCountysSetup_isItsCityWithTheCitysCounties_theOfficeBeingTheCounty() {
        RegionSetup zhaozhou = divisions.setupFor(divisions.named("肇州县").get(0)).orElseThrow();

        assertThat(zhaozhou.city().name()).isEqualTo("大庆市");
        assertThat(zhaozhou.counties()).extracting(RegionSetup.Place::name).containsExactlyInAnyOrder("萨尔图区",
                "龙凤区", "让胡路区", "红岗区", "大同区", "肇州县", "肇源县", "林甸县", "杜尔伯特蒙古族自治县");
        assertThat(zhaozhou.own().name()).isEqualTo("肇州县");
        assertThat(zhaozhou.ownIsCity()).isFalse();
    }

    @Test
    void aMunicipalityIsTheCityOfItsDistricts_andACountyUnderItsProvinceStandsAlone() {
        Divisions.Division beijing = divisions.named("北京市").get(0);
        assertThat(divisions.setupFor(beijing).orElseThrow().counties()).hasSize(16)
                .extracting(RegionSetup.Place::name).contains("东城区", "海淀区", "延庆区");
        // 重庆市: its districts (5001..) and its counties (5002..) alike
        assertThat(divisions.setupFor(divisions.named("重庆市").get(0)).orElseThrow().counties())
                .extracting(RegionSetup.Place::name).contains("渝中区", "巫山县").hasSize(38);

        RegionSetup jiyuan = divisions.setupFor(divisions.named("济源市").get(0)).orElseThrow();
        assertThat(jiyuan.city().name()).isEqualTo("济源市");
        assertThat(jiyuan.counties()).isEmpty();
        assertThat(divisions.fullName(divisions.named("济源市").get(0))).isEqualTo("河南省济源市");

        // a province is no office's region here
        assertThat(divisions.named("黑龙江省")).isEmpty();
        assertThat(divisions.setupFor(divisions.byCode("230000").orElseThrow())).isEmpty();
    }

    @Test
    void aNameOfTwoPlaces_isBothUntilTheFullNameSaysWhich() {
        assertThat(divisions.named("朝阳区")).extracting(divisions::fullName)
                .containsExactlyInAnyOrder("北京市朝阳区", "吉林省长春市朝阳区");
        assertThat(divisions.named("北京市朝阳区")).extracting(Divisions.Division::code).containsExactly("110105");
        assertThat(divisions.named("黑龙江省齐齐哈尔市富裕县")).extracting(Divisions.Division::code)
                .containsExactly("230227");
        // a district as a city's documents name it, the city before it
        assertThat(divisions.named("齐齐哈尔市龙沙区")).extracting(Divisions.Division::code).containsExactly("230202");
        assertThat(divisions.named("长春市朝阳区")).extracting(Divisions.Division::code).containsExactly("220104");
    }

    @Test
    void aTypedPart_findsTheWholeNameFirst_thenThoseBeginningWithIt_andACodesFirstDigits() {
        List<Divisions.Division> daqing = divisions.search("大庆");
        assertThat(daqing.get(0).name()).isEqualTo("大庆市");
        assertThat(daqing).extracting(Divisions.Division::name).contains("肇州县", "让胡路区");

        assertThat(divisions.search("2306")).extracting(Divisions.Division::code).allMatch(c -> c.startsWith("2306"))
                .contains("230600", "230621");
        assertThat(divisions.search("鼓楼区")).hasSizeGreaterThan(2).allMatch(d -> d.name().equals("鼓楼区"));
        assertThat(divisions.search("区")).hasSize(60);
        assertThat(divisions.search("  ")).isEmpty();
        assertThat(divisions.search("不存在的地方")).isEmpty();
    }
}
