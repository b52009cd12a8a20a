package org.kesudesk.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.kesudesk.exchange.PlanDerivation;
import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.Region;
import org.kesudesk.model.RegionKind;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.RegionRepository;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code plan derive --region CODE [--map 市X=县Y]... [--dry-run]}: the county's plan made from the current (city)
 * plan, its units renamed by the usual rules or as given; stored as a new plan, which becomes current.
 */
@Command(name = "derive", mixinStandardHelpOptions = true)
final class DeriveCommand implements Callable<Integer> {

    @ParentCommand
    PlanCommand plan;
    @Spec
    CommandSpec spec;
    @Option(names = "--region", paramLabel = "CODE", required = true)
    String regionCode;
    @Option(names = "--map", paramLabel = "CITY=COUNTY")
    Map<String, String> overrides = new LinkedHashMap<>();
    @Option(names = "--dry-run")
    boolean dryRun;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Database database = plan.top.openDatabase()) {
            List<Region> regions = new RegionRepository(database).all();
            Region county = regions.stream().filter(r -> r.code().equals(regionCode.strip())).findFirst()
                    .orElseThrow(() -> new UserFacingException("store.error.noSuchRegion", regionCode.strip()));
            if (county.kind() != RegionKind.COUNTY) {
                throw new UserFacingException("cli.derive.notACounty", county.name());
            }
            Region city = regions.stream().filter(r -> county.parentId().map(r.id()::equals).orElse(false))
                    .findFirst().orElseThrow(() -> new UserFacingException("cli.derive.noCity", county.name()));
            PlanDocument current = new PlanRepository(database).current()
                    .orElseThrow(() -> new UserFacingException("cli.plan.none"));
            Map<String, String> names = PlanDerivation.suggestedUnitNames(current, county);
            for (String unit : overrides.keySet()) {
                if (!names.containsKey(unit)) {
                    throw new UserFacingException("cli.derive.unknownUnit", unit);
                }
            }
            names.putAll(overrides);
            names.forEach((from, to) -> out.println(Messages.get("cli.derive.mapping", from, to)));
            if (dryRun) {
                out.println(Messages.get("cli.derive.dryRun"));
                return 0;
            }
            PlanDocument stored = new PlanRepository(database).add(
                    PlanDerivation.derive(current, city, county, names));
            out.println(Messages.get("cli.derive.done", county.name(), stored.plan().id()));
        }
        return 0;
    }
}
