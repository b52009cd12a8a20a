package org.kesudesk.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What an indicator reached in a year, as the office recorded it.
 *
 * @param source     where the figure comes from (统计公报, 市科协报送), or empty
 * @param recordedBy who recorded it
 */
public record IndicatorValue(UUID indicatorId, int year, BigDecimal amount, String source, String recordedBy,
                             Instant recordedAt) {

    /** The most decimals a value keeps. */
    public static final int DECIMALS = 4;
    /** The largest value a year may record (the column's twenty digits, four of them decimals). */
    public static final BigDecimal MAX = new BigDecimal("9999999999999999.9999");
    /** The longest source. */
    public static final int SOURCE_LENGTH = 200;

    public IndicatorValue {
        Objects.requireNonNull(indicatorId, "indicatorId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
