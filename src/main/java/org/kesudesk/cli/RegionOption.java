package org.kesudesk.cli;

import org.kesudesk.logic.PlanChoice;
import org.kesudesk.model.Region;
import org.kesudesk.store.Database;
import org.kesudesk.store.RegionRepository;
import org.kesudesk.store.UnitRepository;

import picocli.CommandLine.Option;

/** {@code --region CODE}: whose unit catalogue a unit command acts on; without it, the office's own region's. */
final class RegionOption {

    @Option(names = "--region", paramLabel = "CODE", descriptionKey = "unit.region")
    String code;

    UnitRepository units(Database database) {
        if (code == null) {
            return new UnitRepository(database);
        }
        Region region = PlanChoice.region(new RegionRepository(database).all(), code);
        return UnitRepository.ofRegion(database, region.id());
    }
}
