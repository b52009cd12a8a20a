package org.kesudesk.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A reporting round of a plan (2026年上半年): every responsible unit is asked how its tasks stand, reports are due
 * on {@code due}. A closed round keeps its reports and takes no more.
 */
public record ReportingRound(UUID id, UUID planId, String name, Optional<LocalDate> periodStart,
                             Optional<LocalDate> periodEnd, LocalDate due, Instant openedAt,
                             Optional<Instant> closedAt) {

    /** Characters of a round's name (2026年上半年 is 9). */
    public static final int NAME_LENGTH = 100;

    /**
     * Rounds in the order of the time they ask about: by the end of their period, or without one by their due date;
     * rounds of one time in the order they were opened. A round opened late for an earlier half-year (its reports
     * entered after the fact) comes before the later one, which stays the round shown and the one it is compared with.
     */
    public static final java.util.Comparator<ReportingRound> IN_TIME_ORDER = java.util.Comparator
            .comparing((ReportingRound round) -> round.periodEnd().orElse(round.due()))
            .thenComparing(ReportingRound::openedAt).thenComparing(ReportingRound::id);

    public boolean isOpen() {
        return closedAt.isEmpty();
    }

    /**
     * A round the city asks its counties to report in (its open rounds, in its file to a county): opened on the
     * county's plan under the same name, period and due date, unless the county's plan has a round of that name.
     */
    public record Asked(String name, Optional<LocalDate> periodStart, Optional<LocalDate> periodEnd, LocalDate due) {

        /** What the city's round asks. */
        public static Asked of(ReportingRound round) {
            return new Asked(round.name(), round.periodStart(), round.periodEnd(), round.due());
        }
    }

    /**
     * The years a round to be opened reports on: those of its period when it has one, else the years its name says
     * (2026年上半年: 2026; 2025年度: 2025); empty when neither says (第一轮).
     */
    public static Optional<PlanPeriod> yearsReported(String name, Optional<LocalDate> periodStart,
                                                     Optional<LocalDate> periodEnd) {
        if (periodStart.isPresent() || periodEnd.isPresent()) {
            return PlanPeriod.of(periodStart.orElseGet(periodEnd::get).getYear(),
                    periodEnd.orElseGet(periodStart::get).getYear());
        }
        return PlanPeriod.inTitle(name);
    }

    /**
     * The years a round to be opened reports on when none of them is one of the plan's: a round of 2026 on the plan
     * of 2021–2025, shown when the next one was meant. Empty when they share a year, or either says no years.
     */
    public static Optional<PlanPeriod> outsideOf(Plan plan, String name, Optional<LocalDate> periodStart,
                                                 Optional<LocalDate> periodEnd) {
        return yearsReported(name, periodStart, periodEnd)
                .filter(years -> plan.period().map(period -> !period.overlaps(years)).orElse(false));
    }
}
