package org.kesudesk.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.kesudesk.exchange.PlanDerivation;
import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.logic.PlanChoice;
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
 * {@code plan derive --region CODE [--from REF] [--map 市X=县Y]... [--replace] [--dry-run]}: the county's plan made
 * from the office's own (city) plan, or the city plan named, its units renamed by the usual rules or as given,
 * stored as the county's plan in the county's catalogue. Deriving all counties in a row gives each a plan made from
 * the city's; a county that has a plan keeps it unless {@code --replace} is given.
 */
@Command(name = "derive", mixinStandardHelpOptions = true)
final class DeriveCommand implements Callable<Integer> {

    @ParentCommand
    PlanCommand plan;
    @Spec
    CommandSpec spec;
    @Option(names = "--region", paramLabel = "CODE", required = true, descriptionKey = "plan.derive.region")
    String regionCode;
    @Option(names = "--from", paramLabel = "REF", descriptionKey = "plan.from")
    String from;
    @Option(names = "--map", paramLabel = "CITY=COUNTY", descriptionKey = "plan.derive.map")
    Map<String, String> overrides = new LinkedHashMap<>();
    @Option(names = "--replace", descriptionKey = "plan.derive.replace")
    boolean replace;
    @Option(names = "--dry-run")
    boolean dryRun;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (DatabaseUse use = plan.top.openDatabase(dryRun)) {
            Database database = use.database();
            RegionRepository regionRepository = new RegionRepository(database);
            List<Region> regions = regionRepository.all();
            Region county = PlanChoice.region(regions, regionCode);
            Region own = regionRepository.own()
                    .orElseThrow(() -> new UserFacingException("exchange.error.noOwnRegion"));
            if (county.id().equals(own.id())) {
                throw new UserFacingException("cli.derive.ownRegion", county.name());
            }
            if (county.kind() != RegionKind.COUNTY) {
                throw new UserFacingException("cli.derive.notACounty", county.name());
            }
            Region city = county.cityIn(regions)
                    .orElseThrow(() -> new UserFacingException("cli.derive.noCity", county.name()));
            PlanDocument source = PlanChoice.open(database, Optional.ofNullable(from));
            if (!source.plan().regionId().map(city.id()::equals).orElse(false)) {
                throw new UserFacingException("cli.derive.notCityPlan", source.plan().name(), city.name());
            }
            PlanRepository plans = new PlanRepository(database);
            Optional<UUID> existing = plans.regionPlan(county.id());
            if (existing.isPresent() && !replace && !dryRun) {
                throw new UserFacingException("cli.derive.exists", county.name(), existing.get());
            }
            Map<String, String> names = PlanDerivation.suggestedUnitNames(source, city, county);
            for (String unit : overrides.keySet()) {
                if (!names.containsKey(unit)) {
                    throw new UserFacingException("cli.derive.unknownUnit", unit);
                }
            }
            names.putAll(overrides);
            names.forEach((fromName, toName) -> out.println(Messages.get("cli.derive.mapping", fromName, toName)));
            PlanDocument derived = PlanDerivation.derive(source, city, county, names);
            if (dryRun) {
                out.println(Messages.get("cli.derive.dryRun"));
                existing.filter(id -> !replace).ifPresent(id ->
                        out.println(Messages.get("cli.derive.existsNote", county.name(), id)));
                return 0;
            }
            PlanDocument stored = PlanDerivation.store(plans, derived);
            out.println(Messages.get(existing.isPresent() ? "cli.derive.replaced" : "cli.derive.done", county.name(),
                    stored.plan().id()));
        }
        return 0;
    }
}
