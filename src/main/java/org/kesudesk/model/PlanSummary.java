package org.kesudesk.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One line of the list of stored plans.
 *
 * @param region    the region whose plan it is
 * @param period    the years it covers, if known
 * @param title     the notice's title
 * @param planTitle the implementation plan's own title (may be empty)
 * @param current   whether it is this office's own plan for this year: the plan used when none is named
 */
public record PlanSummary(UUID id, Region region, Optional<PlanPeriod> period, String docNumber, String title,
                          String planTitle, Instant createdAt, boolean current) {

    /** The order plans are listed in: by region (the city first, then the counties by code), then by period. */
    public static final Comparator<PlanSummary> LISTED = Comparator
            .comparing((PlanSummary p) -> p.region().kind())
            .thenComparing(p -> p.region().code())
            .thenComparing(p -> p.period().map(PlanPeriod::firstYear).orElse(0))
            .thenComparing(PlanSummary::createdAt)
            .thenComparing(PlanSummary::id);

    public PlanSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(docNumber, "docNumber");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(planTitle, "planTitle");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * Whether this stored plan is the document read again: of the same region, under the same 文号 (a notice has one
     * 文号; a document without one is never taken for another) and the same title.
     */
    public boolean isSameDocument(Plan read, UUID regionId) {
        return region.id().equals(regionId) && !read.docNumber().isBlank()
                && docNumber.strip().equals(read.docNumber().strip()) && title.strip().equals(read.title().strip());
    }

    /**
     * Whether a document read looks like a revision of this stored plan: of the same region and the same name (the
     * plan's title, a draft's mark aside: {@link Plan#sameName}), though not the same document — a 正式稿 after its
     * 征求意见稿, a plan 修订 under a new 文号.
     */
    public boolean mayBeRevisedBy(Plan read, UUID regionId) {
        return region.id().equals(regionId) && !isSameDocument(read, regionId) && Plan.sameName(name(), read.name());
    }

    /** What to call the plan, as {@link Plan#name()} says. */
    public String name() {
        return Plan.name(title, planTitle);
    }

    public PlanSummary withCurrent(boolean isCurrent) {
        return new PlanSummary(id, region, period, docNumber, title, planTitle, createdAt, isCurrent);
    }

    /**
     * A county's plan that a city's plan of the given period is to give it (derive, update or pass over): of the
     * region's plans, one whose period shares a year with it (or that names none) — a county's plan for 2021–2025 is
     * not the one the city's plan for 2026–2030 derives, which is a new plan beside it; its own plan for 2023–2025 is
     * — and of those the region's plan for this year, or for the period's nearest year. A city's plan that names no
     * period: the region's plan for this year ({@link #regionPlan}).
     */
    public static Optional<PlanSummary> regionPlanDuring(List<PlanSummary> plans, UUID regionId,
                                                         Optional<PlanPeriod> period, int year) {
        if (period.isEmpty()) {
            return regionPlan(plans, regionId, year);
        }
        List<PlanSummary> overlapping = plans.stream()
                .filter(p -> p.period().map(q -> q.overlaps(period.get())).orElse(true)).toList();
        int within = Math.max(period.get().firstYear(), Math.min(period.get().lastYear(), year));
        return regionPlan(overlapping, regionId, within);
    }

    /**
     * A region's plan for a year, the one meant when a region is named and no plan: of the region's plans, one whose
     * period holds the year (the longest, so a five-year plan before a yearly work plan; then the newest); if none
     * does, the one whose period ends last (a plan without a period counts as oldest), then the longest (a five-year
     * plan before the work plan of its last year), then the newest.
     */
    public static Optional<PlanSummary> regionPlan(List<PlanSummary> plans, UUID regionId, int year) {
        Comparator<PlanSummary> newest = Comparator.comparing(PlanSummary::createdAt).thenComparing(PlanSummary::id);
        Comparator<PlanSummary> holding = Comparator
                .comparingInt((PlanSummary p) -> p.period().map(q -> q.lastYear() - q.firstYear()).orElse(0))
                .thenComparing(newest);
        Comparator<PlanSummary> latest = Comparator
                .comparingInt((PlanSummary p) -> p.period().map(PlanPeriod::lastYear).orElse(Integer.MIN_VALUE))
                .thenComparing(holding);
        List<PlanSummary> own = plans.stream().filter(p -> p.region().id().equals(regionId)).toList();
        return own.stream().filter(p -> p.period().map(q -> q.contains(year)).orElse(false)).max(holding)
                .or(() -> own.stream().max(latest));
    }
}
