package org.kesudesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentDateTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-20", "2026/12/20", "2026.12.20", "2026年12月20日", " 2026 年 12 月 20 日 ",
            "２０２６／１２／２０", "２０２６年１２月２０日", "2026-12-20\u3000"})
    void aDateAsClerksTypeIt_isRead(String typed) {
        assertThat(DocumentDate.typed(typed)).contains(LocalDate.of(2026, 12, 20));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026/13/45", "2026-02-30", "2026-12/20", "2026年12月", "2026年12月20", "12/20/2026",
            "20261220", "下月底", "2026-12-20 前", "9999999999-1-1"})
    void aTextThatIsNoDate_orNamesNoDay_isNone(String typed) {
        assertThat(DocumentDate.typed(typed)).isEmpty();
    }

    /** A slip of the keyboard (0000, 9999) or a forged file: a due date that lights every task red, or none. */
    @ParameterizedTest
    @ValueSource(strings = {"0000-01-01", "0001-01-01", "1948-12-31", "2201-01-01", "9999-12-31", "9999年12月31日"})
    void aDayOutsideTheYearsAPlanMayName_isNone(String typed) {
        assertThat(DocumentDate.typed(typed)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theFirstAndLastYearsKept_areRead() {
        assertThat(DocumentDate.typed("1949-01-01")).contains(LocalDate.of(1949, 1, 1));
        assertThat(DocumentDate.typed("2200年12月31日")).contains(LocalDate.of(2200, 12, 31));
        assertThat(Deadline.parse("2200-12-31")).contains(new Deadline.OnDate(LocalDate.of(2200, 12, 31)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Deadline.parse("0000-01-01"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void aLongText_isNotRead() {
        assertThat(DocumentDate.typed("2026-12-20" + " ".repeat(100))).isEmpty();
        assertThat(DocumentDate.typed(null)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aDateWrittenByTheDocuments_readsBackAsTheSameDay() {
        LocalDate day = LocalDate.of(2022, 4, 5);
        assertThat(DocumentDate.typed(DocumentDate.of(day))).contains(day);
        assertThat(DocumentDate.typed(day.toString())).contains(day);
    }
}
