package org.kesudesk.store;

import static org.kesudesk.store.jooq.Tables.INDICATOR;
import static org.kesudesk.store.jooq.Tables.INDICATOR_VALUE;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.IndicatorValue;

/** The values a plan's indicators reached, a year each; every change audited. */
public final class IndicatorRepository {

    private final Database database;

    public IndicatorRepository(Database database) {
        this.database = database;
    }

    /** The recorded values of a plan's indicators, by indicator, in year order. */
    public Map<UUID, List<IndicatorValue>> values(UUID planId) {
        return database.read(tx -> {
            Map<UUID, List<IndicatorValue>> values = new HashMap<>();
            tx.select(INDICATOR_VALUE.asterisk()).from(INDICATOR_VALUE)
                    .join(INDICATOR).on(INDICATOR.ID.eq(INDICATOR_VALUE.INDICATOR_ID))
                    .where(INDICATOR.PLAN_ID.eq(planId))
                    .orderBy(INDICATOR_VALUE.VALUE_YEAR)
                    .forEach(r -> values.computeIfAbsent(r.get(INDICATOR_VALUE.INDICATOR_ID), id -> new ArrayList<>())
                            .add(new IndicatorValue(r.get(INDICATOR_VALUE.INDICATOR_ID), r.get(INDICATOR_VALUE.VALUE_YEAR),
                                    r.get(INDICATOR_VALUE.AMOUNT), r.get(INDICATOR_VALUE.SOURCE),
                                    r.get(INDICATOR_VALUE.RECORDED_BY), r.get(INDICATOR_VALUE.RECORDED_AT).toInstant())));
            return values;
        });
    }

    /**
     * Records an indicator's value for its year, replacing the one recorded before (which the audit log keeps).
     *
     * @return the value it replaced
     * @throws UserFacingException if the indicator is not the plan's
     */
    public Optional<IndicatorValue> record(UUID planId, IndicatorValue value, String summary) {
        return database.inTransaction(tx -> {
            if (!tx.fetchExists(INDICATOR, INDICATOR.ID.eq(value.indicatorId()).and(INDICATOR.PLAN_ID.eq(planId)))) {
                throw new UserFacingException("store.error.noSuchIndicator");
            }
            Optional<IndicatorValue> before = tx.selectFrom(INDICATOR_VALUE)
                    .where(INDICATOR_VALUE.INDICATOR_ID.eq(value.indicatorId()).and(INDICATOR_VALUE.VALUE_YEAR.eq(value.year())))
                    .fetchOptional(r -> new IndicatorValue(r.getIndicatorId(), r.getValueYear(), r.getAmount(),
                            r.getSource(), r.getRecordedBy(), r.getRecordedAt().toInstant()));
            tx.deleteFrom(INDICATOR_VALUE).where(INDICATOR_VALUE.INDICATOR_ID.eq(value.indicatorId())
                    .and(INDICATOR_VALUE.VALUE_YEAR.eq(value.year()))).execute();
            tx.insertInto(INDICATOR_VALUE)
                    .set(INDICATOR_VALUE.INDICATOR_ID, value.indicatorId())
                    .set(INDICATOR_VALUE.VALUE_YEAR, value.year())
                    .set(INDICATOR_VALUE.AMOUNT, value.amount())
                    .set(INDICATOR_VALUE.SOURCE, value.source())
                    .set(INDICATOR_VALUE.RECORDED_BY, value.recordedBy())
                    .set(INDICATOR_VALUE.RECORDED_AT, OffsetDateTime.ofInstant(value.recordedAt(), ZoneOffset.UTC))
                    .execute();
            AuditLog.record(tx, AuditLog.Change.of("indicator.value", "indicator", value.indicatorId(), summary)
                    .plan(planId).values(before.map(v -> v.year() + ":" + v.amount().toPlainString()).orElse(null),
                            value.year() + ":" + value.amount().toPlainString()));
            return before;
        });
    }
}
