package org.kesudesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Deadlines as plans of several cities write them, and as the command line and the database write them. */
class DeadlineWordingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "建成一批科普示范社区，2023年底前完成。|2023-12-31",
            "2024年6月底前完成试点。|2024-06-30",
            "2024年2月底前完成。|2024-02-29",
            "于2025年9月30日前完成验收。|2025-09-30",
            "2024年3月前出台实施细则。|2024-03-31",
            "到2025年，建成10个科普基地。|2025-12-31",
            "2025年前实现全覆盖。|2025-12-31",
            "2023年年底前完成试点，2025年底前全面推广。|2025-12-31",
            "2025年底前全面推广，2023年底前完成试点。|2025-12-31",
            "该项工作长期坚持。|ongoing",
            "建立长期推进机制。|ongoing",
            "每年开展科技活动周。|yearly:12-31",
            "每年培训100名科技辅导员，2024年底前建成培训基地。|2024-12-31",
            "长期坚持，每年开展。|ongoing",
            "建设科技馆。完成时限：2025年12月|2025-12-31",
            "建立机制。完成时限：2024年|2024-12-31",
            "编写教材。完成时间：2024年6月15日|2024-06-15",
            "开展培训。时间安排：2024年9月|2024-09-30",
            "开展培训。完成时限：持续推进|ongoing",
            "开展培训。完成时限：长期|ongoing",
            "每年6月底前报送年度总结。|yearly:06-30",
            "每年9月15日前完成评选。|yearly:09-15",
            "每年2月召开工作会议。|yearly:02-28",
            "2023年上半年完成试点。|2023-06-30",
            "2024年第三季度完成验收。|2024-09-30",
            "2024年三季度末前完成。|2024-09-30",
            "2023年11月中旬前完成。|2023-11-20",
            "2023年11月上旬前完成。|2023-11-10",
            "2023年11月下旬完成。|2023-11-30",
            "于2024年完成验收。|2024-12-31",
            "2025年内全面建成。|2025-12-31",
            "建设科技馆。完成时限：2024年上半年|2024-06-30",
            "建设科技馆。完成时限：2024年11月中旬|2024-11-20",
            // in figures, as a table's 完成时限 cell is typed: a month its end, a day that day
            "建设科技馆。完成时限：2025.12|2025-12-31",
            "建设科技馆。完成时限：2025/6/30|2025-06-30",
            "建设科技馆。完成时限：2025-12-31|2025-12-31",
            "建设科技馆。完成时间：2024．6|2024-06-30",
            "2023.6.30前完成试点。|2023-06-30",
            "2025.12底前全面推广。|2025-12-31",
    })
    void readsTheDeadlineTheTextGives(String text, String expected) {
        assertThat(DeadlineWording.find(text).map(Deadline::code)).contains(expected);
    }

    /** A yearly work plan (2023年全民科学素质工作要点) names its dates without the year. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "举办青少年科技创新大赛，6月底前完成。|2023-06-30",
            "9月30日前完成评选。|2023-09-30",
            "开展职业技能竞赛，年底前完成。|2023-12-31",
            "年内举办专题培训2期。|2023-12-31",
            "全年培训5000人次以上。|2023-12-31",
            "召开领导小组全体会议，上半年完成。|2023-06-30",
            "第三季度开展科普日活动。|2023-09-30",
            "一季度出台方案，10月底前全面完成。|2023-10-31",
            "2月底前印发通知。|2023-02-28",
            "11月中旬前完成。|2023-11-20",
            "2023年6月底前完成。|2023-06-30",
            "长期坚持。|ongoing",
            "每年6月底前报送。|yearly:06-30",
    })
    void inAPlanOfOneYear_readsDatesWithoutTheYear(String text, String expected) {
        assertThat(DeadlineWording.find(text, java.util.OptionalInt.of(2023)).map(Deadline::code)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "举办青少年科技创新大赛，6月底前完成。",
            "开展职业技能竞赛，年底前完成。",
            "召开领导小组全体会议，上半年完成。",
            "第三季度开展科普日活动。",
    })
    void inAPlanOfSeveralYears_aDateWithoutTheYearIsNone(String text) {
        assertThat(DeadlineWording.find(text)).isEmpty();
    }

    /** In a plan of 2021–2025, a date before 2021 is one its text recalls; from 2021 on, a deadline as before. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "巩固2020年建成的科普示范社区，提升服务水平。|none",
            "在2019年底前完成试点的基础上，长期坚持。|ongoing",
            "总结2020年上半年试点经验，每年开展评估。|yearly:12-31",
            "在2020年完成试点的基础上，2023年底前全面推广。|2023-12-31",
            "2021年上半年完成。|2021-06-30",
            "完成时限：2020年12月|none",
    })
    void inAPlanOfSeveralYears_aDateBeforeItsFirstYearIsNone(String text, String expected) {
        java.util.Optional<org.kesudesk.model.PlanPeriod> period = java.util.Optional.of(
                new org.kesudesk.model.PlanPeriod(2021, 2025));
        assertThat(DeadlineWording.find(text, period).map(Deadline::code).orElse("none")).isEqualTo(expected);
        // read without the plan's years, every one of them names its date
        assertThat(DeadlineWording.find(text)).isPresent().get().isInstanceOf(Deadline.OnDate.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "每季度报送一次工作进展。",
            "1-6月累计培训3000人次。",
            "加强科普基础设施建设。",
            "2月30日前完成。",
    })
    void inAPlanOfOneYear_findsNoneWhereTheTextGivesNone(String text) {
        assertThat(DeadlineWording.find(text, java.util.OptionalInt.of(2023))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "实施方案（2021-2025年）",
            "2021年以来，我市科学素质水平稳步提升。",
            "加强科普基础设施建设。",
            "2023年2月30日前完成。",
            "2022年4月25日印发",
            "持续推进科普工作。",
            // figures that are no deadline: a span of years, a month that is none, a date without 前 or a field
            "完成时限：2021-2025年",
            "完成时限：2025.13",
            "比例由2020.5提高到15%。",
            "2023/4发布的第2.0版。",
    })
    void findsNoneWhereTheTextGivesNone(String text) {
        assertThat(DeadlineWording.find(text)).isEmpty();
    }

    @Test
    void codes_readBackAsTheyWereWritten() {
        for (Deadline deadline : new Deadline[] {new Deadline.OnDate(LocalDate.of(2026, 2, 28)),
                new Deadline.Yearly(MonthDay.of(3, 1)), new Deadline.Ongoing()}) {
            assertThat(Deadline.parse(deadline.code())).contains(deadline);
        }
        assertThat(Deadline.parse("none")).isEmpty();
        assertThat(Deadline.parse(" ")).isEmpty();
    }

    @Test
    void codesThatNameNoDay_areRefused() {
        for (String bad : new String[] {"2026-02-30", "yearly:13-01", "yearly:02-30", "tomorrow", "2026-6-30",
                "1e99999"}) {
            assertThatThrownBy(() -> Deadline.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aYearlyDeadline_isDueOnItsDayOfTheYearAsked() {
        Deadline yearly = new Deadline.Yearly(MonthDay.of(6, 30));

        assertThat(yearly.dueIn(2027)).contains(LocalDate.of(2027, 6, 30));
        assertThat(new Deadline.Ongoing().dueIn(2027)).isEqualTo(Optional.empty());
    }
}
