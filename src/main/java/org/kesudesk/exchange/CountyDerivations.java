package org.kesudesk.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.Region;
import org.kesudesk.store.Backups;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;

/**
 * Every county's plan made or brought up to date from the city's at once, after the city's plan changed: a county
 * without a plan gets one, a plan derived here is updated (the county's own work kept), a plan the county made itself
 * is passed over. Worked out first, for the user to see what each county's plan will get, then applied after one
 * backup, each county in a transaction of its own. A county whose update needs the user's word — a conflict, a task
 * with reports dropped — is not updated in a batch but named, to be updated on its own.
 */
public final class CountyDerivations {

    /** What a batch does with a county. */
    public enum Step {
        /** It has no plan: one is derived. */
        DERIVE,
        /** Its plan, derived here, is updated with what the city's plan changed. */
        UPDATE,
        /** Its plan, derived here, already says what the city's says. */
        UNCHANGED,
        /** Its plan was derived here, but updating was not asked for. */
        PASSED_OVER,
        /** Its plan is its own (made by the county and sent): not the city's to update. */
        OWN_PLAN,
        /** Its update has conflicts to choose: to be updated on its own. */
        CONFLICTS,
        /** Its update drops tasks with reports (or indicators with values): to be updated on its own. */
        REPORTED_GONE
    }

    /**
     * What a batch does with one county, worked out.
     *
     * @param derived the county's plan derived from the city's now (for {@link Step#DERIVE} and the updates)
     * @param names   the names its units are given (those the user gave last time, the rules for new ones)
     * @param preview the update worked out, for a plan derived here
     * @param named   of the names, those given now by the rules to units the user has not named before (units new
     *                to the city's plan since the county's was derived), for the user to look at
     */
    public record Planned(Region county, Step step, Optional<PlanDocument> derived, Map<String, String> names,
                          Optional<Revisions.Preview> preview, Map<String, String> named) {
    }

    /** What a batch did with one county: its step, or why it could not be done. */
    public record Done(Region county, Step step, Optional<String> failure) {
    }

    private final Database database;
    private final PlanRepository plans;

    public CountyDerivations(Database database) {
        this.database = database;
        this.plans = new PlanRepository(database);
    }

    /**
     * What a batch does with a county before anything is worked out: {@link Step#DERIVE} with no plan;
     * {@link Step#UPDATE} for a plan derived here when updating was asked for, else {@link Step#PASSED_OVER};
     * {@link Step#OWN_PLAN} for a plan the county made itself — its plan of the city's plan's period.
     */
    public Step stepFor(PlanDocument cityPlan, Region county, boolean update) {
        Optional<UUID> existing = plans.regionPlanDuring(county.id(), cityPlan.plan().period());
        if (existing.isEmpty()) {
            return Step.DERIVE;
        }
        if (!plans.wasDerived(existing.get())) {
            return Step.OWN_PLAN;
        }
        return update ? Step.UPDATE : Step.PASSED_OVER;
    }

    /**
     * Works out what deriving or updating a county's plan from the city's would do; nothing stored. A batch asks it
     * county by county (the window saying which it is at), then applies what it gave.
     */
    public Planned inspect(PlanDocument cityPlan, Region city, Region county) {
        Step step = stepFor(cityPlan, county, true);
        if (step == Step.OWN_PLAN) {
            return new Planned(county, step, Optional.empty(), Map.of(), Optional.empty(), Map.of());
        }
        Optional<PlanDocument> existing = plans.regionPlanDuring(county.id(), cityPlan.plan().period())
                .flatMap(plans::find);
        Map<String, String> earlier = existing.map(plan -> plans.derivedUnitNames(plan.plan().id()))
                .orElse(Map.of());
        Map<String, String> names = PlanDerivation.suggestedUnitNames(cityPlan, city, county, earlier);
        PlanDocument derived = PlanDerivation.derive(cityPlan, city, county, names);
        if (existing.isEmpty()) {
            return new Planned(county, Step.DERIVE, Optional.of(derived), names, Optional.empty(), Map.of());
        }
        Map<String, String> named = PlanDerivation.namedByRules(names, earlier);
        Revisions.Preview preview = PlanDerivation.update(new Revisions(database), existing.get(), cityPlan, derived,
                names);
        Step outcome = !preview.merge().conflicts().isEmpty() ? Step.CONFLICTS
                : !preview.reportedGone().isEmpty() ? Step.REPORTED_GONE
                : preview.changesNothing() ? Step.UNCHANGED : Step.UPDATE;
        return new Planned(county, outcome, Optional.of(derived), names, Optional.of(preview), named);
    }

    /** The backup before a batch, if it stores anything. */
    public Optional<Path> backUp(List<Planned> planned) {
        boolean anything = planned.stream().anyMatch(p -> p.step() == Step.DERIVE || p.step() == Step.UPDATE);
        return anything ? Backups.beforeImport(database) : Optional.empty();
    }

    /**
     * Applies what {@link #inspect} worked out for one county of a batch, in a transaction of its own, the batch's
     * backup made before ({@link #backUp}); one that fails (its plan changed since it was worked out, or a plan was
     * given to it meanwhile) says why, and the others go on.
     */
    public Done apply(PlanDocument cityPlan, Planned county) {
        try {
            switch (county.step()) {
                case DERIVE -> {
                    // a county given a plan since (by a colleague on a shared database) keeps it
                    if (plans.regionPlanDuring(county.county().id(), cityPlan.plan().period()).isPresent()) {
                        throw new UserFacingException("exchange.deriveAll.planMeanwhile", county.county().name());
                    }
                    PlanDerivation.store(plans, cityPlan, county.derived().orElseThrow(), county.names());
                }
                case UPDATE -> new Revisions(database).apply(county.preview().orElseThrow(), false, false);
                default -> {
                }
            }
            return new Done(county.county(), county.step(), Optional.empty());
        } catch (UserFacingException failure) {
            return new Done(county.county(), county.step(), Optional.of(failure.getMessage()));
        }
    }
}
