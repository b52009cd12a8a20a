package org.kesudesk.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A quantitative target inside a node's text.
 *
 * @param wording     the phrase as written, e.g. 每年培训100名科技辅导员
 * @param targetValue the number, e.g. 100 (empty when the phrase has none)
 * @param measure     what is counted, e.g. 名, 万人次, %
 */
public record Indicator(UUID id, String wording, Optional<BigDecimal> targetValue, String measure,
                        IndicatorPeriod period, long rowVersion) {
    public Indicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(wording, "wording");
        Objects.requireNonNull(targetValue, "targetValue");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(period, "period");
        targetValue = targetValue.map(Indicator::normalized);
    }

    /** 30, 30.0 and 30.0000 are one target: keep the fewest decimals, and never an exponent (1E+2). */
    private static BigDecimal normalized(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
