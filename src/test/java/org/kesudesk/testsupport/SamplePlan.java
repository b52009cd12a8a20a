package org.kesudesk.testsupport;

import java.util.List;

import org.kesudesk.logic.PlanImportService;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.UnitRepository;

/** The bundled sample plan, for the window's tests that drive it as a user would. */
public final class SamplePlan {

    private SamplePlan() {
    }

    /** The sample read and stored for the office's own region, as a user would (no alias accepted). */
    public static PlanDocument store(Database database) {
        PlanRepository plans = new PlanRepository(database);
        PlanImportService imports = new PlanImportService(plans, new UnitRepository(database));
        return plans.find(imports.save(imports.readSample(), List.of()).id()).orElseThrow();
    }
}
