package org.kesudesk.testsupport;

import java.util.Map;

import org.kesudesk.exchange.PlanDerivation;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.Region;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.RegionRepository;

/** A county's plan derived from a stored city plan as the user would accept it: its units named by the rules. */
public final class CountyPlans {

    private CountyPlans() {
    }

    /**
     * Derives and stores the county's plan from the city's plan (stored in this database), with the unit names the
     * rules suggest, as {@code plan derive --region CODE} does.
     */
    public static PlanDocument derived(Database database, PlanDocument cityPlan, String countyCode) {
        RegionRepository regions = new RegionRepository(database);
        Region city = regions.all().stream().filter(r -> cityPlan.plan().regionId().map(r.id()::equals).orElse(false))
                .findFirst().orElseThrow();
        Region county = regions.byCode(countyCode).orElseThrow();
        Map<String, String> names = PlanDerivation.suggestedUnitNames(cityPlan, city, county);
        return PlanDerivation.store(new PlanRepository(database), cityPlan,
                PlanDerivation.derive(cityPlan, city, county, names), names);
    }
}
