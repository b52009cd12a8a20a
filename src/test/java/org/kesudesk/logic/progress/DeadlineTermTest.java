package org.kesudesk.logic.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kesudesk.model.Deadline;
import org.kesudesk.model.DeadlineWording;

/** A deadline as a 分工表's 完成时限 column words it: short, as plans write them, and read back as the same deadline. */
class DeadlineTermTest {

    @ParameterizedTest
    @CsvSource({"2025-12-31,2025年底前", "2024-06-30,2024年6月底前", "2024-02-29,2024年2月底前",
            "2024-09-15,2024年9月15日前", "2024-06-29,2024年6月29日前"})
    void aDate_isWordedShort_andReadBackTheSame(String date, String term) {
        Deadline deadline = new Deadline.OnDate(LocalDate.parse(date));

        assertThat(ProgressTracking.deadlineTerm(deadline)).isEqualTo(term);
        assertThat(DeadlineWording.find(term)).contains(deadline);
    }

    @ParameterizedTest
    @CsvSource({"12-31,每年年底前", "06-30,每年6月底前", "09-15,每年9月15日前", "02-28,每年2月28日前"})
    void aDayOfEveryYear_isWordedShort_andReadBackTheSame(String day, String term) {
        Deadline deadline = new Deadline.Yearly(MonthDay.parse("--" + day));

        assertThat(ProgressTracking.deadlineTerm(deadline)).isEqualTo(term);
        assertThat(DeadlineWording.find(term)).contains(deadline);
    }

    @org.junit.jupiter.api.Test
    void ongoingWork_isLongTerm() {
        assertThat(ProgressTracking.deadlineTerm(new Deadline.Ongoing())).isEqualTo("长期坚持");
        assertThat(DeadlineWording.find("长期坚持")).contains(new Deadline.Ongoing());
    }
}
