package org.kesudesk.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kesudesk.store.jooq.Tables.AUDIT_LOG;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.Tampering;
import org.kesudesk.testsupport.TestPlans;

/** This computer's clock against the newest change a database holds: said when it reads a day or more before it. */
class ClockCheckTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final OffsetDateTime NEWEST = OffsetDateTime.of(2026, 12, 7, 10, 0, 0, 0, ZoneOffset.ofHours(8));

    @TempDir
    Path folder;

    @Test
    void aClockReset_yearsBack_isBehind_withBothDaysInTheMessage() {
        Optional<ClockCheck.Behind> behind = ClockCheck.behind(Optional.of(NEWEST),
                ZonedDateTime.of(2010, 1, 1, 8, 30, 0, 0, BEIJING));

        assertThat(behind).contains(new ClockCheck.Behind(LocalDate.of(2010, 1, 1), LocalDate.of(2026, 12, 7)));
        assertThat(behind.orElseThrow().message()).contains("本机日期是2010年1月1日")
                .contains("最近一次操作的日期（2026年12月7日）").contains("校正电脑的日期和时间");
    }

    @Test
    void aClockAheadOrLessThanADayBehind_anotherTimeZone_orAnEmptyLog_isNotSaid() {
        ZonedDateTime newest = NEWEST.atZoneSameInstant(BEIJING);
        assertThat(ClockCheck.behind(Optional.of(NEWEST), newest.plusMinutes(1))).isEmpty();
        assertThat(ClockCheck.behind(Optional.of(NEWEST), newest.minusHours(23))).isEmpty();
        assertThat(ClockCheck.behind(Optional.of(NEWEST), newest.minusHours(25))).isPresent();
        // the same instant read in London: not behind, however the days differ
        assertThat(ClockCheck.behind(Optional.of(NEWEST), NEWEST.atZoneSameInstant(ZoneId.of("Europe/London"))))
                .isEmpty();
        assertThat(ClockCheck.behind(Optional.empty(), newest)).isEmpty();
        // the day of the change is told as the clock's zone reads it: 01:00 in Beijing is the day before in London
        OffsetDateTime earlyInBeijing = OffsetDateTime.of(2026, 12, 7, 1, 0, 0, 0, ZoneOffset.ofHours(8));
        assertThat(ClockCheck.behind(Optional.of(earlyInBeijing), ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0,
                ZoneId.of("Europe/London")))).map(ClockCheck.Behind::recorded).contains(LocalDate.of(2026, 12, 6));
    }

    @Test
    void aDatabase_readsItsNewestChange_andSaysSoOnlyWhenItIsLaterThanTheClock() {
        try (Database database = org.kesudesk.testsupport.TestDatabases.open(folder.resolve("kesudesk"))) {
            assertThat(ClockCheck.of(database)).as("an empty log").isEmpty();
            new PlanRepository(database).add(TestPlans.countyPlan());
            assertThat(ClockCheck.of(database)).as("just changed, by this clock").isEmpty();

            OffsetDateTime nextMonth = OffsetDateTime.now().plusDays(30);
            Tampering.change(database, tx -> tx.update(AUDIT_LOG).set(AUDIT_LOG.AT, nextMonth)
                    .where(AUDIT_LOG.ID.eq(tx.select(DSL.max(AUDIT_LOG.ID)).from(AUDIT_LOG))).execute());

            assertThat(ClockCheck.of(database)).map(ClockCheck.Behind::recorded)
                    .contains(nextMonth.atZoneSameInstant(ZoneId.systemDefault()).toLocalDate());
        }
    }
}
