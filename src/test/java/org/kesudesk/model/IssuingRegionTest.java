package org.kesudesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which region a document's notice says it is from, and when it names a place that is in no region of the list. */
class IssuingRegionTest {

    private static final Region CITY = new Region(UUID.randomUUID(), "230200", "齐齐哈尔市", RegionKind.CITY,
            Optional.empty(), 1);
    private static final Region COUNTY = new Region(UUID.randomUUID(), "230225", "甘南县", RegionKind.COUNTY,
            Optional.of(CITY.id()), 1);
    private static final List<Region> REGIONS = List.of(CITY, COUNTY);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "齐齐哈尔市人民政府办公室|230200|-",
            "甘南县人民政府办公室|230225|-",
            "中共甘南县委办公室　甘南县人民政府办公室|230225|-",
            "齐齐哈尔市甘南县人民政府办公室|230225|-",
            "齐齐哈尔市人民政府办公室　甘南县人民政府办公室|230200|-",
            "丙市人民政府办公室|-|丙市",
            "中共丙市委办公室|-|丙市",
            "黑龙江省人民政府办公厅|-|黑龙江省",
            "市全民科学素质工作领导小组办公室|-|-",
            "县科协|-|-",
            "|-|-",
    })
    void anIssuer_namesAKnownRegion_anUnknownPlace_orNoPlace(String issuer, String region, String unknownPlace) {
        Plan plan = new Plan(UUID.randomUUID(), Optional.empty(), Optional.empty(),
                PlanNotice.of("", "", issuer == null ? "" : issuer, Optional.empty()), "", "", 1);

        assertThat(IssuingRegion.of(plan, REGIONS).map(Region::code)).isEqualTo(Optional.ofNullable(region));
        assertThat(IssuingRegion.unknownPlace(plan, REGIONS)).isEqualTo(Optional.ofNullable(unknownPlace));
    }
}
