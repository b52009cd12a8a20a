package org.kesudesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The years a round to be opened reports on, as its period or else its name says. */
class ReportingRoundTest {

    @Test
    void aRoundsYears_areItsPeriods_elseThoseItsNameSays_elseNone() {
        assertThat(ReportingRound.yearsReported("2026年上半年", Optional.empty(), Optional.empty()))
                .contains(new PlanPeriod(2026, 2026));
        assertThat(ReportingRound.yearsReported("2025年度", Optional.empty(), Optional.empty()))
                .contains(new PlanPeriod(2025, 2025));
        assertThat(ReportingRound.yearsReported("第一轮", Optional.empty(), Optional.empty())).isEmpty();
        // the period given outweighs the name, and one end given stands for both
        assertThat(ReportingRound.yearsReported("2026年上半年", Optional.of(LocalDate.of(2025, 7, 1)),
                Optional.of(LocalDate.of(2026, 6, 30)))).contains(new PlanPeriod(2025, 2026));
        assertThat(ReportingRound.yearsReported("第一轮", Optional.empty(), Optional.of(LocalDate.of(2027, 3, 31))))
                .contains(new PlanPeriod(2027, 2027));
    }
}
