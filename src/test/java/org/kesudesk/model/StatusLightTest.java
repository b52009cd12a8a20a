package org.kesudesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The light of a task for a unit, from its deadline and the unit's report, on a given day. */
class StatusLightTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 20);
    private static final Optional<Deadline> DUE_IN_TEN_DAYS = Optional.of(new Deadline.OnDate(TODAY.plusDays(10)));
    private static final Optional<Deadline> DUE_IN_TWO_MONTHS = Optional.of(new Deadline.OnDate(TODAY.plusMonths(2)));
    private static final Optional<Deadline> PAST = Optional.of(new Deadline.OnDate(TODAY.minusDays(1)));

    @Test
    void notReported_isGrey_whateverTheDeadline() {
        assertThat(light(PAST, null)).isEqualTo(StatusLight.GREY);
        assertThat(light(Optional.empty(), null)).isEqualTo(StatusLight.GREY);
    }

    @Test
    void done_isGreen_evenPastItsDeadline() {
        assertThat(light(PAST, ProgressStatus.DONE)).isEqualTo(StatusLight.GREEN);
    }

    @Test
    void pastDueAndNotDone_isRed() {
        assertThat(light(PAST, ProgressStatus.IN_PROGRESS)).isEqualTo(StatusLight.RED);
        assertThat(light(PAST, ProgressStatus.LAGGING)).isEqualTo(StatusLight.RED);
    }

    @Test
    void lagging_orDueSoon_isYellow_onTrack_isGreen() {
        assertThat(light(DUE_IN_TWO_MONTHS, ProgressStatus.LAGGING)).isEqualTo(StatusLight.YELLOW);
        assertThat(light(DUE_IN_TEN_DAYS, ProgressStatus.IN_PROGRESS)).isEqualTo(StatusLight.YELLOW);
        assertThat(light(DUE_IN_TWO_MONTHS, ProgressStatus.IN_PROGRESS)).isEqualTo(StatusLight.GREEN);
        assertThat(light(Optional.of(new Deadline.Ongoing()), ProgressStatus.ONGOING)).isEqualTo(StatusLight.GREEN);
    }

    @Test
    void theWarningDays_areTheOfficesChoice() {
        Optional<ProgressReport> report = Optional.of(report(ProgressStatus.IN_PROGRESS));

        assertThat(StatusLight.of(DUE_IN_TEN_DAYS, report, TODAY, 5)).isEqualTo(StatusLight.GREEN);
        assertThat(StatusLight.of(DUE_IN_TEN_DAYS, report, TODAY, 10)).isEqualTo(StatusLight.YELLOW);
    }

    @Test
    void aYearlyTask_isDueOnThatDayOfTheYearOfTheLight() {
        Optional<Deadline> yearly = Optional.of(new Deadline.Yearly(java.time.MonthDay.of(6, 1)));

        assertThat(light(yearly, ProgressStatus.IN_PROGRESS)).isEqualTo(StatusLight.RED);
        assertThat(StatusLight.of(yearly, Optional.of(report(ProgressStatus.IN_PROGRESS)), LocalDate.of(2027, 1, 5),
                StatusLight.DEFAULT_WARNING_DAYS)).isEqualTo(StatusLight.GREEN);
    }

    @Test
    void percents_fitTheirStatus() {
        assertThat(ProgressStatus.DONE.fits(100)).isTrue();
        assertThat(ProgressStatus.DONE.fits(80)).isFalse();
        assertThat(ProgressStatus.NOT_STARTED.fits(10)).isFalse();
        assertThat(ProgressStatus.IN_PROGRESS.fits(101)).isFalse();
        assertThat(ProgressStatus.IN_PROGRESS.fits(-1)).isFalse();
        for (ProgressStatus status : ProgressStatus.values()) {
            assertThat(status.fits(status.defaultPercent())).as(status.name()).isTrue();
        }
    }

    @Test
    void ofTwoLights_theWorseIsTheOneAskingMoreAttention() {
        List<StatusLight> byAttention = List.of(StatusLight.RED, StatusLight.YELLOW, StatusLight.GREY,
                StatusLight.GREEN);
        for (int i = 0; i < byAttention.size(); i++) {
            for (int j = 0; j < byAttention.size(); j++) {
                StatusLight expected = byAttention.get(Math.min(i, j));
                assertThat(StatusLight.worse(byAttention.get(i), byAttention.get(j)))
                        .as(byAttention.get(i) + " and " + byAttention.get(j)).isEqualTo(expected);
            }
        }
    }

    private static StatusLight light(Optional<Deadline> deadline, ProgressStatus status) {
        return StatusLight.of(deadline, Optional.ofNullable(status).map(StatusLightTest::report), TODAY,
                StatusLight.DEFAULT_WARNING_DAYS);
    }

    private static ProgressReport report(ProgressStatus status) {
        return new ProgressReport(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), status,
                status.defaultPercent(), "", "", "", "test", Instant.now());
    }
}
