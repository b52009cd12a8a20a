package org.kesudesk.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.testsupport.SamplePlan;
import org.kesudesk.testsupport.TestDatabases;
import org.kesudesk.testsupport.TestPlans;

/** 在所有方案中查找 through a city's plan and a county's: the places found in each, where they sit, the words around. */
class EveryPlanSearchTest {

    @TempDir
    Path folder;
    private Database database;
    private PlanDocument city;
    private PlanDocument county;

    @BeforeEach
    void twoPlans() {
        database = TestDatabases.open(folder.resolve("kesudesk"));
        city = SamplePlan.store(database);
        county = new PlanRepository(database).add(TestPlans.countyPlan());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void wordsBothPlansWrote_areFoundInEach_withWhereTheySit() {
        EveryPlanSearch.Found found = EveryPlanSearch.find(new PlanRepository(database), " 激发青少年好奇心 ");

        assertThat(found.query()).isEqualTo("激发青少年好奇心");
        assertThat(found.total()).isEqualTo(2);
        assertThat(found.plansWithHits()).isEqualTo(2);
        assertThat(found.hits()).extracting(hit -> hit.plan().id())
                .containsExactlyInAnyOrder(city.plan().id(), county.plan().id());
        assertThat(found.hits()).allSatisfy(hit -> {
            assertThat(hit.placeAndTitle()).startsWith("二、（一）").contains("青少年科学素质提升行动");
            assertThat(hit.excerpt()).contains("激发青少年好奇心");
        });
        // each hit is the node whose text holds the words
        PlanDocument countyRead = new PlanRepository(database).find(county.plan().id()).orElseThrow();
        assertThat(found.hits()).filteredOn(hit -> hit.plan().id().equals(county.plan().id())).singleElement()
                .extracting(EveryPlanSearch.Hit::nodeId).isEqualTo(countyRead.items().get(0).id());
    }

    @Test
    void aUnitsName_findsTheTasksGivenToIt_andWhatNoPlanSays_nothing() {
        EveryPlanSearch.Found media = EveryPlanSearch.find(new PlanRepository(database), "县融媒体中心");
        assertThat(media.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.plan().id()).isEqualTo(county.plan().id());
            assertThat(hit.placeAndTitle()).isEqualTo("二、（一）2.培训科技辅导员");
            assertThat(hit.excerpt()).isEqualTo("县融媒体中心");
        });

        EveryPlanSearch.Found none = EveryPlanSearch.find(new PlanRepository(database), "月球基地");
        assertThat(none.total()).isZero();
        assertThat(none.hits()).isEmpty();
        assertThat(EveryPlanSearch.find(new PlanRepository(database), "  ").hits()).isEmpty();
    }

    @Test
    void aLongTextsExcerpt_showsTheWordsFoundNearItsStart() {
        EveryPlanSearch.Found found = EveryPlanSearch.find(new PlanRepository(database), "2.0");
        assertThat(found.hits()).isNotEmpty().allSatisfy(hit -> {
            assertThat(hit.excerpt()).startsWith("…").contains("2.0");
            // a few characters before the words, the rest after: a narrow column still shows them
            assertThat(hit.excerpt().indexOf("2.0")).isLessThanOrEqualTo(12);
        });
    }
}
