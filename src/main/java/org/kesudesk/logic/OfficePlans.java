package org.kesudesk.logic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.kesudesk.model.ExchangeStatus;
import org.kesudesk.model.PlanSummary;
import org.kesudesk.model.Region;
import org.kesudesk.store.Database;
import org.kesudesk.store.ExchangeRepository;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.RegionRepository;

/**
 * The plans an office works with, as its plan navigator shows them: its own region's, then (for a city) each
 * county's, with how each stands in the exchange. Read in one go; nothing of the plans' trees is read.
 *
 * @param own      this office's region
 * @param regions  the regions shown, own first, then (for a city) its counties by code
 * @param plans    every stored plan, in {@link PlanSummary#LISTED} order
 * @param statuses each exchanged plan's status, by plan id
 */
public record OfficePlans(Optional<Region> own, List<Region> regions, List<PlanSummary> plans,
                          Map<UUID, ExchangeStatus> statuses) {

    public OfficePlans {
        Objects.requireNonNull(own, "own");
        regions = List.copyOf(regions);
        plans = List.copyOf(plans);
        statuses = Map.copyOf(statuses);
    }

    public static OfficePlans read(Database database) {
        RegionRepository regionRepository = new RegionRepository(database);
        Optional<Region> own = regionRepository.own();
        List<Region> all = regionRepository.all();
        List<Region> shown = new ArrayList<>();
        own.ifPresent(shown::add);
        own.ifPresent(region -> shown.addAll(region.countiesIn(all)));
        List<PlanSummary> plans = new PlanRepository(database).list();
        // plans of regions not shown (another city's, a county's stored before the office chose its region)
        plans.stream().map(PlanSummary::region)
                .filter(region -> shown.stream().noneMatch(r -> r.id().equals(region.id())))
                .distinct().forEach(shown::add);
        return new OfficePlans(own, shown, plans, new ExchangeRepository(database).statuses());
    }

    /** The region's plans, in listed order. */
    public List<PlanSummary> plansOf(Region region) {
        return plans.stream().filter(p -> p.region().id().equals(region.id())).toList();
    }

    public Optional<PlanSummary> plan(UUID id) {
        return plans.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public ExchangeStatus status(UUID planId) {
        return statuses.getOrDefault(planId, ExchangeStatus.NONE);
    }

    /**
     * The plan to show first: the one this user looked at last, if it is still there; else the office's own plan
     * for this year; else the first stored.
     */
    public Optional<PlanSummary> initial(Optional<UUID> remembered) {
        return remembered.flatMap(this::plan)
                .or(() -> plans.stream().filter(PlanSummary::current).findFirst())
                .or(() -> plans.stream().findFirst());
    }
}
