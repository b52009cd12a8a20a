package org.kesudesk.logic;

import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.kesudesk.l10n.ContentMessages;
import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanSummary;
import org.kesudesk.model.Region;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.RegionRepository;

/**
 * Which plan a command acts on. A reference ({@code --plan REF}) is a plan's id, or its first characters, or a
 * region's code (that region's plan for this year); without one, the office's own region's plan for this year —
 * never "the plan imported or derived last".
 */
public final class PlanChoice {

    /** How many plans a message lists before it says how many more there are. */
    private static final int LISTED = 20;

    private PlanChoice() {
    }

    /** The plan the reference names (or the office's own), read whole. */
    public static PlanDocument open(Database database, Optional<String> reference) {
        PlanRepository plans = new PlanRepository(database);
        RegionRepository regions = new RegionRepository(database);
        PlanSummary chosen = resolve(plans.list(), regions.all(), regions.own(), reference, Year.now().getValue());
        return plans.find(chosen.id()).orElseThrow(() -> new UserFacingException("store.error.noSuchPlan",
                chosen.id()));
    }

    /**
     * The plan a reference names among the stored ones.
     *
     * @throws UserFacingException naming what matched (nothing, or several plans) or the known region codes
     */
    public static PlanSummary resolve(List<PlanSummary> plans, List<Region> regions, Optional<Region> own,
                                      Optional<String> reference, int year) {
        if (plans.isEmpty()) {
            throw new UserFacingException("plan.ref.noPlans");
        }
        Optional<String> given = reference.map(String::strip).filter(text -> !text.isEmpty());
        if (given.isEmpty()) {
            Region region = own.orElseThrow(() -> new UserFacingException("exchange.error.noOwnRegion"));
            return PlanSummary.regionPlan(plans, region.id(), year).orElseThrow(() -> new UserFacingException(
                    "plan.ref.noOwnPlan", region.name(), lines(plans)));
        }
        String text = given.get();
        if (text.matches("\\d{6}")) {
            Region region = region(regions, text);
            return PlanSummary.regionPlan(plans, region.id(), year).orElseThrow(() -> new UserFacingException(
                    "plan.ref.noRegionPlan", region.name(), region.code(), lines(plans)));
        }
        String prefix = text.toLowerCase(Locale.ROOT);
        List<PlanSummary> matches = plans.stream().filter(p -> p.id().toString().startsWith(prefix)).toList();
        if (matches.isEmpty()) {
            throw new UserFacingException("plan.ref.none", ContentMessages.shown(text), lines(plans));
        }
        if (matches.size() > 1) {
            throw new UserFacingException("plan.ref.several", matches.size(), ContentMessages.shown(text),
                    lines(matches));
        }
        return matches.get(0);
    }

    /**
     * The region with this code.
     *
     * @throws UserFacingException listing the known codes if there is none
     */
    public static Region region(List<Region> regions, String code) {
        String text = code.strip();
        return regions.stream().filter(r -> r.code().equals(text)).findFirst()
                .orElseThrow(() -> new UserFacingException("plan.ref.unknownRegion", ContentMessages.shown(text),
                        regions.stream().map(r -> r.code() + " " + r.name()).collect(Collectors.joining("、"))));
    }

    /** One line per plan, for a message: id, region, period, 文号 and name. */
    public static String lines(List<PlanSummary> plans) {
        // indented under the message's own line (a bundle's values cannot begin with spaces)
        String listed = plans.stream().limit(LISTED).map(plan -> "  " + line(plan))
                .collect(Collectors.joining("\n"));
        return plans.size() > LISTED ? listed + "\n  " + Messages.get("plan.ref.more", plans.size() - LISTED)
                : listed;
    }

    /** A plan as one line: id, region, period, 文号 and name. */
    public static String line(PlanSummary plan) {
        return Messages.get("plan.ref.line", plan.id(), plan.region().name(),
                plan.period().map(Object::toString).orElse(Messages.get("plan.period.none")),
                plan.docNumber().isEmpty() ? Messages.get("plan.docNumber.none") : plan.docNumber(), plan.name());
    }
}
