package org.kesudesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kesudesk.model.Region;
import org.kesudesk.model.RegionKind;

/** What a city unit is called in a county's plan derived from the city's, as plans of other cities name units. */
class CountyUnitNamesTest {

    private static final Region CITY = region("230200", "齐齐哈尔市", RegionKind.CITY);

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "市教育局|富裕县|县教育局",
            "市教育局|龙沙区|区教育局",
            "市教育局|讷河市|市教育局",
            "团市委|富裕县|团县委",
            "市委宣传部|富裕县|县委宣传部",
            // written with the city's full name, as some cities write their units
            "齐齐哈尔市科学技术协会|富裕县|富裕县科学技术协会",
            "中共齐齐哈尔市委宣传部|富裕县|中共富裕县委宣传部",
            "齐齐哈尔市教育局|龙沙区|龙沙区教育局",
            // the city's counties, which a county's plan cannot task: its own towns, or a district's streets
            "各县（市）区|富裕县|各乡镇",
            "各县（市、区）人民政府|富裕县|各乡镇人民政府",
            "各县(市)区政府|讷河市|各乡镇政府",
            "各县区|龙沙区|各街道",
            "各县（市）区人民政府|龙沙区|各街道办事处",
            // names that are no city unit's stay as they are
            "齐齐哈尔大学|富裕县|齐齐哈尔大学",
            "省科协|富裕县|省科协",
            "各有关单位|富裕县|各有关单位",
    })
    void aCityUnit_isNamedAsTheCountysOwn(String cityUnit, String countyName, String expected) {
        Region county = region("230227", countyName, RegionKind.COUNTY);

        assertThat(PlanDerivation.countyName(cityUnit, CITY, county)).isEqualTo(expected);
    }

    private static Region region(String code, String name, RegionKind kind) {
        return new Region(UUID.randomUUID(), code, name, kind, Optional.empty(), 1);
    }
}
