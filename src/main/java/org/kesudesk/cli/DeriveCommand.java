package org.kesudesk.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.kesudesk.exchange.CountyDerivations;
import org.kesudesk.exchange.PlanDerivation;
import org.kesudesk.exchange.PlanMerge;
import org.kesudesk.exchange.Revisions;
import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.logic.PlanChoice;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.Region;
import org.kesudesk.model.RegionKind;
import org.kesudesk.store.Backups;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.RegionRepository;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code plan derive (--region CODE | --all) [--from REF] [--map 市X=县Y]... [--update | --replace] [--dry-run]}:
 * the county's plan made from the office's own (city) plan, or the city plan named, its units renamed by the usual
 * rules or as given, stored as the county's plan in the county's catalogue. Deriving all counties in a row gives each
 * a plan made from the city's. A county that has a plan keeps it unless {@code --update} (the city's changes merged
 * into it, the county's own work kept) or {@code --replace} (made anew, after a backup) is given. {@code --all} does
 * it for every county of the city, one backup before, a county refused named and the others done.
 */
@Command(name = "derive", mixinStandardHelpOptions = true)
final class DeriveCommand implements Callable<Integer> {

    @ParentCommand
    PlanCommand plan;
    @Spec
    CommandSpec spec;
    @Option(names = "--region", paramLabel = "CODE", descriptionKey = "plan.derive.region")
    String regionCode;
    @Option(names = "--all", descriptionKey = "plan.derive.all")
    boolean all;
    @Option(names = "--from", paramLabel = "REF", descriptionKey = "plan.from")
    String from;
    @Option(names = "--map", paramLabel = "CITY=COUNTY", descriptionKey = "plan.derive.map")
    Map<String, String> overrides = new LinkedHashMap<>();
    @Option(names = "--replace", descriptionKey = "plan.derive.replace")
    boolean replace;
    @Option(names = "--update", descriptionKey = "plan.derive.update")
    boolean update;
    @Option(names = "--conflicts", paramLabel = "mine|theirs", descriptionKey = "plan.derive.conflicts")
    Optional<PlanMerge.Choice> conflicts = Optional.empty();
    @Option(names = "--remove-reported", descriptionKey = "plan.derive.removeReported")
    boolean removeReported;
    @Option(names = "--dry-run")
    boolean dryRun;
    /** Whether the database was backed up before a batch: each county's change then makes none of its own. */
    private boolean backedUp;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (all == (regionCode != null)) {
            throw new UserFacingException("cli.derive.regionOrAll");
        }
        if (update && replace) {
            throw new UserFacingException("cli.derive.updateOrReplace");
        }
        if (all && replace) {
            throw new UserFacingException("cli.derive.allReplace");
        }
        try (DatabaseUse use = plan.top.openDatabase(dryRun)) {
            Database database = use.database();
            RegionRepository regionRepository = new RegionRepository(database);
            List<Region> regions = regionRepository.all();
            Region own = regionRepository.own()
                    .orElseThrow(() -> new UserFacingException("exchange.error.noOwnRegion"));
            if (!all) {
                Region county = PlanChoice.region(regions, regionCode);
                return derive(out, database, regions, own, county, PlanChoice.open(database,
                        Optional.ofNullable(from)), false);
            }
            List<Region> counties = own.countiesIn(regions);
            if (counties.isEmpty()) {
                throw new UserFacingException("exchange.derive.noCounties", own.name());
            }
            // the city's plan read once for all its counties, and --map checked once against it
            PlanDocument source = PlanChoice.open(database, Optional.ofNullable(from));
            Map<String, String> cityUnits = PlanDerivation.suggestedUnitNames(source, own, counties.get(0));
            for (String unit : overrides.keySet()) {
                if (!cityUnits.containsKey(unit)) {
                    throw new UserFacingException("cli.derive.unknownUnit", unit);
                }
            }
            // one backup before the batch, not one a county (the last ten are kept)
            if (!dryRun) {
                Backups.beforeImport(database).ifPresent(backup ->
                        out.println(Messages.get("cli.derive.backup", backup)));
            }
            backedUp = true;
            // every county in turn; one refused is named and the others go on
            int exitCode = 0;
            for (Region county : counties) {
                out.println(Messages.get("cli.derive.county", county.name(), county.code()));
                try {
                    int one = derive(out, database, regions, own, county, source, true);
                    exitCode = Math.max(exitCode, one == ExchangeCommand.UNSETTLED_CONFLICTS ? 2 : one);
                } catch (UserFacingException refused) {
                    spec.commandLine().getErr().println(Messages.get("cli.derive.countyRefused", county.name(),
                            refused.getMessage()));
                    exitCode = Math.max(exitCode, 1);
                }
            }
            // conflicts waiting say so (3) before a county refused (1)
            return exitCode == 2 ? ExchangeCommand.UNSETTLED_CONFLICTS : exitCode;
        }
    }

    /**
     * Derives one county's plan, or updates it ({@code --update}); in a batch ({@code --all}) a county that has a
     * plan is passed over unless it is to be updated.
     */
    private int derive(PrintWriter out, Database database, List<Region> regions, Region own, Region county,
                       PlanDocument source, boolean batch) {
        if (county.id().equals(own.id())) {
            throw new UserFacingException("cli.derive.ownRegion", county.name());
        }
        if (county.kind() != RegionKind.COUNTY) {
            throw new UserFacingException("cli.derive.notACounty", county.name());
        }
        Region city = county.cityIn(regions)
                .orElseThrow(() -> new UserFacingException("cli.derive.noCity", county.name()));
        if (!source.plan().regionId().map(city.id()::equals).orElse(false)) {
            throw new UserFacingException("cli.derive.notCityPlan", source.plan().name(), city.name());
        }
        PlanRepository plans = new PlanRepository(database);
        Optional<UUID> existing = plans.regionPlanDuring(county.id(), source.plan().period());
        if (batch) {
            CountyDerivations.Step step = new CountyDerivations(database).stepFor(source, county, update);
            if (step == CountyDerivations.Step.OWN_PLAN || step == CountyDerivations.Step.PASSED_OVER) {
                out.println(Messages.get(step == CountyDerivations.Step.OWN_PLAN ? "cli.derive.passedOverOwn"
                        : "cli.derive.passedOver", county.name()));
                return 0;
            }
        }
        if (existing.isPresent() && !replace && !update && !dryRun) {
            throw new UserFacingException("cli.derive.exists", county.name(), existing.get());
        }
        if (existing.isPresent() && update && !plans.wasDerived(existing.get())) {
            throw new UserFacingException("cli.derive.notDerived", county.name(), existing.get());
        }
        // a unit named when the county's plan was derived before keeps the name the user gave it then
        Map<String, String> earlier = existing.map(plans::derivedUnitNames).orElse(Map.of());
        Map<String, String> names = PlanDerivation.suggestedUnitNames(source, city, county, earlier);
        for (String unit : overrides.keySet()) {
            if (!names.containsKey(unit)) {
                throw new UserFacingException("cli.derive.unknownUnit", unit);
            }
        }
        Map<String, String> named = PlanDerivation.namedByRules(names, earlier);
        names.putAll(overrides);
        // a unit new to the city's plan since the last derivation is marked: its name is the rules', not the user's
        names.forEach((fromName, toName) -> out.println(Messages.get(named.containsKey(fromName)
                && !overrides.containsKey(fromName) ? "cli.derive.mappingNew" : "cli.derive.mapping", fromName,
                toName)));
        PlanDocument derived = PlanDerivation.derive(source, city, county, names);
        if (existing.isPresent() && update) {
            return update(out, database, plans.find(existing.get()).orElseThrow(), source, derived, names);
        }
        if (dryRun) {
            out.println(Messages.get("cli.derive.dryRun"));
            existing.filter(id -> !replace).ifPresent(id ->
                    out.println(Messages.get("cli.derive.existsNote", county.name(), id)));
            return 0;
        }
        if (existing.isPresent() && !backedUp) {
            // the county's plan goes with its rounds, reports and exchange history: a backup first
            Backups.beforeImport(database).ifPresent(backup ->
                    out.println(Messages.get("cli.derive.backup", backup)));
        }
        PlanDocument stored = PlanDerivation.store(plans, source, derived, names);
        out.println(Messages.get(existing.isPresent() ? "cli.derive.replaced" : "cli.derive.done", county.name(),
                stored.plan().id()));
        return 0;
    }

    /**
     * {@code --update}: the county's plan made what the city's plan now gives, the county's own work on it kept
     * (a dry run on a scratch copy of the database). Exit code 3 if conflicts wait for {@code --conflicts}.
     */
    private int update(PrintWriter out, Database database, PlanDocument countyPlan, PlanDocument source,
                       PlanDocument derived, Map<String, String> names) {
        Revisions revisions = new Revisions(database);
        Revisions.Preview preview = PlanDerivation.update(revisions, countyPlan, source, derived, names);
        if (conflicts.isPresent()) {
            preview = revisions.chosenDerived(preview, derived, preview.merge().everyConflict(conflicts.get()));
        }
        out.println(Messages.get("cli.derive.updating", countyPlan.plan().name(), countyPlan.plan().id()));
        return RevisionRun.DERIVATION.run(out, spec.commandLine().getErr(), revisions, preview, dryRun,
                conflicts.isPresent(), removeReported, !backedUp);
    }
}
