package org.kesudesk.logic.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import org.kesudesk.l10n.ContentMessages;
import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.Indicator;
import org.kesudesk.model.IndicatorValue;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.PlanPeriod;
import org.kesudesk.model.TextRules;
import org.kesudesk.store.Database;
import org.kesudesk.store.IndicatorRepository;

/**
 * A plan's quantitative targets (指标, read from its text when it was stored) and the value each reached every year,
 * recorded by the office. An indicator is referred to by its number in the plan (1, 2, …: the goals' first, then
 * those in the sections' texts, in the plan's order).
 */
public final class IndicatorTracking {

    /** A value as typed: a plain number, at most 16 digits and 4 decimals (no exponent, no sign). */
    private static final Pattern VALUE = Pattern.compile("^\\d{1,16}(\\.\\d{1," + IndicatorValue.DECIMALS + "})?$");

    private final IndicatorRepository store;

    public IndicatorTracking(Database database) {
        this.store = new IndicatorRepository(database);
    }

    /**
     * An indicator of the plan with the values recorded for it.
     *
     * @param reference  its number in the plan
     * @param where      what it belongs to: the plan's goals, or the heading of the node whose text states it
     * @param targetYear the year it is to be reached by: the plan's last
     */
    public record Row(String reference, Indicator indicator, String where, OptionalInt targetYear,
                      List<IndicatorValue> values) {

        /** The value recorded for a year, if one was. */
        public Optional<IndicatorValue> in(int year) {
            return values.stream().filter(value -> value.year() == year).findFirst();
        }

        /**
         * The value that stands for a year: for a target of every year (每年…), that year's; for a target over the
         * plan's period, the newest recorded up to that year.
         */
        public Optional<IndicatorValue> latest(int year) {
            if (indicator.period() == org.kesudesk.model.IndicatorPeriod.PER_YEAR) {
                return in(year);
            }
            return values.stream().filter(value -> value.year() <= year)
                    .max(java.util.Comparator.comparingInt(IndicatorValue::year));
        }

        /**
         * How far the target is reached in a year, in percent to one decimal: the value that stands for the year
         * ({@link #latest}) over the target; empty without a target (or a zero one) or a value.
         */
        public Optional<BigDecimal> attainment(int year) {
            Optional<BigDecimal> target = indicator.targetValue().filter(t -> t.signum() > 0);
            if (target.isEmpty()) {
                return Optional.empty();
            }
            return latest(year).map(value -> value.amount().multiply(BigDecimal.valueOf(100))
                    .divide(target.get(), 1, java.math.RoundingMode.HALF_UP));
        }
    }

    /** The plan's indicators with their values, numbered in the plan's order. */
    public List<Row> rows(PlanDocument plan) {
        Map<java.util.UUID, List<IndicatorValue>> values = store.values(plan.plan().id());
        OptionalInt targetYear = plan.plan().period().map(period -> OptionalInt.of(period.lastYear()))
                .orElse(OptionalInt.empty());
        List<Row> rows = new ArrayList<>();
        for (Indicator indicator : plan.goalIndicators()) {
            rows.add(new Row(String.valueOf(rows.size() + 1), indicator, Messages.get("indicator.where.goals"),
                    targetYear, values.getOrDefault(indicator.id(), List.of())));
        }
        plan.forEachNode(node -> {
            for (Indicator indicator : node.indicators()) {
                rows.add(new Row(String.valueOf(rows.size() + 1), indicator, node.heading(), targetYear,
                        values.getOrDefault(indicator.id(), List.of())));
            }
        });
        return rows;
    }

    /** The indicator of this number, or a message naming the numbers the plan has. */
    public Row find(PlanDocument plan, String reference) {
        List<Row> rows = rows(plan);
        return rows.stream().filter(row -> row.reference().equals(reference.strip())).findFirst()
                .orElseThrow(() -> new UserFacingException("indicator.error.noSuchIndicator", reference.strip(),
                        rows.isEmpty() ? Messages.get("indicator.none") : "1–" + rows.size()));
    }

    /**
     * Records what an indicator reached in a year, replacing what was recorded for that year.
     *
     * @throws UserFacingException naming what is wrong: a year outside the plan's period, a value that is no plain
     *                             number of at most 16 digits and 4 decimals, a source too long or holding what
     *                             no text may
     */
    public IndicatorValue record(PlanDocument plan, String reference, int year, String typedValue, String source,
                                 String recordedBy) {
        return record(plan, find(plan, reference), year, typedValue, source, recordedBy);
    }

    /** Records what an indicator of the plan, already found, reached in a year (checked as above). */
    public IndicatorValue record(PlanDocument plan, Row row, int year, String typedValue, String source,
                                 String recordedBy) {
        PlanPeriod period = plan.plan().period().orElse(new PlanPeriod(PlanPeriod.EARLIEST, PlanPeriod.LATEST));
        if (year < period.firstYear() || year > period.lastYear()) {
            throw new UserFacingException("indicator.error.year", String.valueOf(year),
                    String.valueOf(period.firstYear()), String.valueOf(period.lastYear()));
        }
        String value = typedValue == null ? "" : typedValue.strip();
        if (!VALUE.matcher(value).matches()) {
            throw new UserFacingException("indicator.error.value", ContentMessages.shown(value),
                    IndicatorValue.DECIMALS);
        }
        String from = TextRules.typedName(source == null ? "" : source);
        if (!from.isEmpty()) {
            TextRules.nameProblem(from, IndicatorValue.SOURCE_LENGTH).ifPresent(problem -> {
                throw new UserFacingException("indicator.error.source",
                        ContentMessages.problem(problem, IndicatorValue.SOURCE_LENGTH).text());
            });
        }
        IndicatorValue recorded = new IndicatorValue(row.indicator().id(), year, new BigDecimal(value), from,
                recordedBy, Instant.now());
        store.record(plan.plan().id(), recorded, Messages.get("indicator.summary", row.reference(),
                row.indicator().wording(), String.valueOf(year), value));
        return recorded;
    }

}
