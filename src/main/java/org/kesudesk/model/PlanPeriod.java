package org.kesudesk.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The years a plan covers: 2021–2025 for a five-year implementation plan, one year for a yearly work plan
 * (年度工作要点).
 */
public record PlanPeriod(int firstYear, int lastYear) {

    /** The years a plan may name: from the founding of the state to well beyond any plan. */
    public static final int EARLIEST = 1949;
    public static final int LATEST = 2200;

    private static final Pattern RANGE = Pattern.compile(
            "((?:19|20)\\d{2})\\s*[-—–－~～至到]\\s*((?:19|20)\\d{2})\\s*年");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

    public PlanPeriod {
        if (firstYear < EARLIEST || lastYear > LATEST || lastYear < firstYear) {
            throw new IllegalArgumentException("period " + firstYear + "-" + lastYear);
        }
    }

    /** The period of these years, if they are one (both given, in order, within the years a plan may name). */
    public static Optional<PlanPeriod> of(Integer firstYear, Integer lastYear) {
        if (firstYear == null || lastYear == null || firstYear < EARLIEST || lastYear > LATEST
                || lastYear < firstYear) {
            return Optional.empty();
        }
        return Optional.of(new PlanPeriod(firstYear, lastYear));
    }

    /**
     * The period a plan's title names: "…实施方案（2021-2025年）" → 2021–2025, "…2026年工作要点" → 2026; empty if the
     * title names no years (or names them backwards). The migration to schema 9 read stored titles the same way.
     */
    public static Optional<PlanPeriod> inTitle(String title) {
        Matcher range = RANGE.matcher(title);
        if (range.find()) {
            int first = Integer.parseInt(range.group(1));
            int last = Integer.parseInt(range.group(2));
            return last >= first ? Optional.of(new PlanPeriod(first, last)) : Optional.empty();
        }
        Matcher year = YEAR.matcher(title);
        if (year.find()) {
            int only = Integer.parseInt(year.group(1));
            return Optional.of(new PlanPeriod(only, only));
        }
        return Optional.empty();
    }

    /** The period a plan's titles name: its own title's (实施方案), or the notice's when it has none. */
    public static Optional<PlanPeriod> named(Plan plan) {
        return inTitle(plan.planTitle().isEmpty() ? plan.title() : plan.planTitle());
    }

    public boolean contains(int year) {
        return year >= firstYear && year <= lastYear;
    }

    /** Whether the two periods share a year: 2023–2025 and 2021–2025 do, 2021–2025 and 2026–2030 do not. */
    public boolean overlaps(PlanPeriod other) {
        return firstYear <= other.lastYear && other.firstYear <= lastYear;
    }

    /** As users write it: "2021—2025年", or "2026年". */
    @Override
    public String toString() {
        return firstYear == lastYear ? firstYear + "年" : firstYear + "—" + lastYear + "年";
    }
}
