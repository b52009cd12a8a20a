package org.kesudesk.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Region;
import org.kesudesk.model.RegionKind;
import org.kesudesk.model.Role;
import org.kesudesk.model.Unit;
import org.kesudesk.model.UnitAlias;
import org.kesudesk.model.UnitMatching;

/**
 * The city's tasks pasted into a county's plan have the county's units (the rule a county's plan is derived by); in
 * the city's own plan, or a county's tasks in a county's, names stay as written; what the catalogue lacks is listed.
 */
class PastedTasksPreviewTest {

    private static final Region CITY = new Region(UUID.randomUUID(), "230200", "齐齐哈尔市", RegionKind.CITY,
            Optional.empty(), 1);
    private static final Region COUNTY = new Region(UUID.randomUUID(), "230227", "富裕县", RegionKind.COUNTY,
            Optional.of(CITY.id()), 1);
    private static final Region DISTRICT = new Region(UUID.randomUUID(), "230202", "龙沙区", RegionKind.COUNTY,
            Optional.of(CITY.id()), 1);
    private static final List<Region> REGIONS = List.of(CITY, COUNTY, DISTRICT);

    private static final String CITY_TASK = "3.开展青少年科技创新大赛。（牵头单位：市科协；责任单位：市教育局、团市委、"
            + "齐齐哈尔市气象局、市教育局）";

    private static UnitMatching catalogue(String... names) {
        List<Unit> units = new java.util.ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            units.add(Unit.create(names[i], i + 1));
        }
        return UnitMatching.of(units, List.<UnitAlias>of());
    }

    private static List<String> units(PlanNode task, Role role) {
        return task.assignments().stream().filter(a -> a.role() == role).map(a -> a.unit().name()).toList();
    }

    @Test
    void theCitysTaskInACountysPlan_namesTheCountysUnits_andListsThoseItsCatalogueLacks() {
        PastedTasksPreview preview = PastedTasksPreview.of(CITY_TASK, catalogue("县科协", "县教育局"),
                List.of("县科协", "县教育局"), Optional.of(COUNTY), REGIONS);

        PlanNode task = preview.tasks().get(0);
        assertThat(units(task, Role.LEAD)).containsExactly("县科协");
        assertThat(units(task, Role.RESPONSIBLE)).containsExactly("县教育局", "团县委", "富裕县气象局");
        assertThat(preview.renamed()).containsExactly(Map.entry("市科协", "县科协"), Map.entry("市教育局", "县教育局"),
                Map.entry("团市委", "团县委"), Map.entry("齐齐哈尔市气象局", "富裕县气象局"));
        assertThat(preview.newUnits()).containsExactly("团县委", "富裕县气象局");
    }

    @Test
    void aDistrictsUnits_areTheDistricts() {
        PastedTasksPreview preview = PastedTasksPreview.of("开展科普日活动。（责任单位：市科协、各县（市）区）",
                catalogue(), List.of(), Optional.of(DISTRICT), REGIONS);

        assertThat(units(preview.tasks().get(0), Role.RESPONSIBLE)).containsExactly("区科协", "各街道");
    }

    @Test
    void inTheCitysPlan_orWhereTheCatalogueHasTheName_namesStayAsWritten() {
        PastedTasksPreview city = PastedTasksPreview.of(CITY_TASK, catalogue("市科协"), List.of("市科协"),
                Optional.of(CITY), REGIONS);
        assertThat(city.renamed()).isEmpty();
        assertThat(city.newUnits()).containsExactly("市教育局", "团市委", "齐齐哈尔市气象局");

        // a county's catalogue holding a city unit by that name (a unit the city's office sends to the county)
        PastedTasksPreview county = PastedTasksPreview.of("1.做好气象科普。（责任单位：市气象局、县科协）",
                catalogue("市气象局", "县科协"), List.of("市气象局", "县科协"), Optional.of(COUNTY), REGIONS);
        assertThat(county.renamed()).isEmpty();
        assertThat(units(county.tasks().get(0), Role.RESPONSIBLE)).containsExactly("市气象局", "县科协");
        assertThat(county.newUnits()).isEmpty();
    }

    @Test
    void aTaskBreakingARule_isRefusedNamingIt() {
        String longName = "县" + "很".repeat(org.kesudesk.model.ContentLimits.UNIT_NAME) + "局";
        assertThatThrownBy(() -> PastedTasksPreview.of("1.开展科普活动。（责任单位：" + longName + "）", catalogue(),
                List.of(), Optional.of(CITY), REGIONS))
                .isInstanceOf(InvalidContentException.class).hasMessageContaining("开展科普活动");
    }
}
