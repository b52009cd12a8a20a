package org.kesudesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** What a city's documents call its county-level divisions together, from the levels they are of. */
class RegionTest {

    private static final Region CITY = new Region(UUID.randomUUID(), "230200", "齐齐哈尔市", RegionKind.CITY,
            Optional.empty(), 0);

    @Test
    void countiesOfEveryLevel_areCalled县市区_inThatOrder() {
        // Qiqihar's own: districts, a county-level city and counties, as its region list has them
        assertThat(Region.countiesWord(counties("龙沙区", "建华区", "讷河市", "龙江县", "富裕县")))
                .isEqualTo("县（市、区）");
    }

    @Test
    void countiesOfTwoLevels_nameThoseTwo() {
        assertThat(Region.countiesWord(counties("龙沙区", "富裕县"))).isEqualTo("县（区）");
        assertThat(Region.countiesWord(counties("讷河市", "富裕县"))).isEqualTo("县（市）");
        assertThat(Region.countiesWord(counties("龙沙区", "讷河市"))).isEqualTo("市（区）");
    }

    @Test
    void countiesOfOneLevel_nameIt_andNoneAreCalledAsUsual() {
        assertThat(Region.countiesWord(counties("龙沙区", "建华区"))).isEqualTo("区");
        assertThat(Region.countiesWord(counties("富裕县"))).isEqualTo("县");
        // a county-level division whose name says no level (a 旗, a 新区's committee) counts as a county
        assertThat(Region.countiesWord(counties("高新技术产业开发区管委会"))).isEqualTo("县");
        assertThat(Region.countiesWord(List.of())).isEqualTo("县（市、区）");
    }

    private static List<Region> counties(String... names) {
        return java.util.Arrays.stream(names).map(name -> new Region(UUID.randomUUID(), "2302" + name.length(), name,
                RegionKind.COUNTY, Optional.of(CITY.id()), 0)).toList();
    }
}
