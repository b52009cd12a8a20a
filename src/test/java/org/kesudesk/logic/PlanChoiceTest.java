package org.kesudesk.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.PlanPeriod;
import org.kesudesk.model.PlanSummary;
import org.kesudesk.model.Region;
import org.kesudesk.model.RegionKind;

/** Which plan a reference names, and which plan is a region's for a year. */
class PlanChoiceTest {

    private final Region city = new Region(UUID.randomUUID(), "230200", "齐齐哈尔市", RegionKind.CITY,
            Optional.empty(), 1);
    private final Region fuyu = new Region(UUID.randomUUID(), "230227", "富裕县", RegionKind.COUNTY,
            Optional.of(city.id()), 1);
    private final List<Region> regions = List.of(city, fuyu);

    @Test
    void aRegionsPlanForAYear_isTheLongestHoldingIt_elseTheOneEndingLast() {
        PlanSummary fiveYears = plan(city, "10000000-0000-0000-0000-000000000001", 2021, 2025, 1);
        PlanSummary workPlan = plan(city, "10000000-0000-0000-0000-000000000002", 2023, 2023, 2);
        PlanSummary next = plan(city, "10000000-0000-0000-0000-000000000003", 2026, 2030, 3);
        List<PlanSummary> plans = List.of(fiveYears, workPlan, next);
        assertThat(PlanSummary.regionPlan(plans, city.id(), 2023)).contains(fiveYears);
        assertThat(PlanSummary.regionPlan(plans, city.id(), 2027)).contains(next);
        assertThat(PlanSummary.regionPlan(plans, city.id(), 2040)).as("none holds it: the one ending last")
                .contains(next);
        assertThat(PlanSummary.regionPlan(plans, fuyu.id(), 2023)).isEmpty();
        // the work plan of a plan's last year, made later, ends with it: the plan of five years stays the one meant
        PlanSummary lastYearsWorkPlan = plan(city, "10000000-0000-0000-0000-000000000004", 2025, 2025, 4);
        assertThat(PlanSummary.regionPlan(List.of(fiveYears, lastYearsWorkPlan), city.id(), 2026))
                .contains(fiveYears);
        assertThat(PlanSummary.regionPlan(List.of(fiveYears, lastYearsWorkPlan), city.id(), 2025))
                .contains(fiveYears);
    }

    @Test
    void theCountysPlanACitysPlanGives_isTheOneOfItsPeriod_neverOneOfAnother() {
        PlanSummary old = plan(fuyu, "20000000-0000-0000-0000-000000000001", 2021, 2025, 1);
        PlanSummary own = plan(fuyu, "20000000-0000-0000-0000-000000000002", 2023, 2025, 2);
        PlanSummary workPlan = plan(fuyu, "20000000-0000-0000-0000-000000000003", 2024, 2024, 3);
        Optional<PlanPeriod> next = Optional.of(new PlanPeriod(2026, 2030));
        Optional<PlanPeriod> first = Optional.of(new PlanPeriod(2021, 2025));
        // the city's plan for 2026–2030, in 2026: the county's plan for 2021–2025 is not its — a new one is derived
        assertThat(PlanSummary.regionPlanDuring(List.of(old), fuyu.id(), next, 2026)).isEmpty();
        assertThat(PlanSummary.regionPlan(List.of(old), fuyu.id(), 2026)).as("though it is the county's latest")
                .contains(old);
        // the city's plan for 2021–2025: the county's plan of those years, not its yearly work plan
        assertThat(PlanSummary.regionPlanDuring(List.of(old, workPlan), fuyu.id(), first, 2026)).contains(old);
        // the county's own plan for 2023–2025 shares its years: the city's plan is not to give it another
        assertThat(PlanSummary.regionPlanDuring(List.of(own), fuyu.id(), first, 2026)).contains(own);
        // a city's plan that names no years: the county's plan for this year, as before
        assertThat(PlanSummary.regionPlanDuring(List.of(old), fuyu.id(), Optional.empty(), 2026)).contains(old);
    }

    @Test
    void aReference_isAnIdOrItsStart_oraRegionCode_andWithoutOne_theOfficesOwnPlan() {
        PlanSummary cityPlan = plan(city, "abcd0000-0000-0000-0000-000000000001", 2021, 2025, 1);
        PlanSummary countyPlan = plan(fuyu, "abce0000-0000-0000-0000-000000000002", 2021, 2025, 2);
        List<PlanSummary> plans = List.of(cityPlan, countyPlan);
        assertThat(PlanChoice.resolve(plans, regions, Optional.of(city), Optional.empty(), 2026)).isEqualTo(cityPlan);
        assertThat(PlanChoice.resolve(plans, regions, Optional.of(city), Optional.of("230227"), 2026))
                .isEqualTo(countyPlan);
        assertThat(PlanChoice.resolve(plans, regions, Optional.of(city), Optional.of(" ABCE "), 2026))
                .isEqualTo(countyPlan);
        assertThatThrownBy(() -> PlanChoice.resolve(plans, regions, Optional.of(city), Optional.of("abc"), 2026))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).userMessage()).asString()
                .contains("有 2 个方案的编号以“abc”开头").contains(cityPlan.id().toString())
                .contains(countyPlan.id().toString());
        assertThatThrownBy(() -> PlanChoice.resolve(List.of(countyPlan), regions, Optional.of(city),
                Optional.empty(), 2026))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).userMessage()).asString()
                .contains("本单位（齐齐哈尔市）还没有方案").contains("--plan").contains("富裕县");
        assertThatThrownBy(() -> PlanChoice.resolve(List.of(), regions, Optional.of(city), Optional.empty(), 2026))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).userMessage()).asString().contains("还没有方案");
    }

    @Test
    void aPeriodIsReadFromTheTitle_inTheWaysTitlesWriteIt() {
        assertThat(PlanPeriod.inTitle("齐齐哈尔市全民科学素质行动规划纲要实施方案（2021-2025年）"))
                .contains(new PlanPeriod(2021, 2025));
        assertThat(PlanPeriod.inTitle("某县全民科学素质行动实施方案（2021—2025年）")).contains(new PlanPeriod(2021, 2025));
        assertThat(PlanPeriod.inTitle("2026年全民科学素质工作要点")).contains(new PlanPeriod(2026, 2026));
        assertThat(PlanPeriod.inTitle("关于印发科学素质提升实施方案的通知")).isEmpty();
        assertThat(PlanPeriod.inTitle("方案（2025-2021年）")).isEmpty();
        assertThat(PlanPeriod.of(2021, 2025)).contains(new PlanPeriod(2021, 2025));
        assertThat(PlanPeriod.of(2025, 2021)).isEmpty();
        assertThat(PlanPeriod.of(null, 2021)).isEmpty();
        assertThat(PlanPeriod.of(1, 99999)).isEmpty();
    }

    private static PlanSummary plan(Region region, String id, int from, int to, int age) {
        return new PlanSummary(UUID.fromString(id), region, Optional.of(new PlanPeriod(from, to)), "", "标题", "",
                Instant.ofEpochSecond(age), false);
    }
}
