package org.kesudesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** What a plan is called when its document gave the plan no title of its own: the document its notice issues. */
class PlanNameTest {

    /** A draft sent round for comment marks its title: …的通知（征求意见稿） is still a notice's title. */
    @Test
    void aDraftsTitle_endsAsANoticesTitleBeforeItsMark() {
        assertThat(Plan.endsAsIssuingTitle("乙市人民政府办公室关于印发《乙市实施方案》的通知（征求意见稿）")).isTrue();
        assertThat(Plan.endsAsIssuingTitle("乙市科协关于印发乙市实施方案的函(送审稿)")).isTrue();
        assertThat(Plan.endsAsIssuingTitle("乙市全民科学素质行动实施方案（征求意见稿）")).as("a plan's own title").isFalse();
        assertThat(Plan.issuedDocument("乙市人民政府办公室关于印发《乙市实施方案》的通知（征求意见稿）"))
                .contains("乙市实施方案");
        assertThat(Plan.isDraftMark("（征求意见稿）")).isTrue();
        assertThat(Plan.isDraftMark("（2021-2025年）")).isFalse();
        assertThat(Plan.beforeDraftMark("关于开展科普日活动的通知")).isEqualTo("关于开展科普日活动的通知");
    }

    @Test
    void theDocumentANoticeIssues_isNamedByItsTitle_withOrWithoutItsBookTitleMarks() {
        assertThat(Plan.issuedDocument("乙市人民政府办公室关于印发《乙市全民科学素质行动实施方案》的通知"))
                .contains("乙市全民科学素质行动实施方案");
        assertThat(Plan.issuedDocument("甘南县人民政府办公室关于印发甘南县科学素质提升实施方案的通知"))
                .contains("甘南县科学素质提升实施方案");
        assertThat(Plan.issuedDocument("关于转发《黑龙江省全民科学素质行动规划纲要实施方案（2021—2025年）》的通知"))
                .contains("黑龙江省全民科学素质行动规划纲要实施方案（2021—2025年）");
        // several documents, or none issued: no one name
        assertThat(Plan.issuedDocument("关于印发《甲方案》和《乙方案》的通知")).isEmpty();
        assertThat(Plan.issuedDocument("关于开展2026年科普日活动的通知")).isEmpty();
        assertThat(Plan.issuedDocument("齐齐哈尔市2024年全民科学素质工作要点任务分工表")).isEmpty();
    }

    @Test
    void aPlanWithoutATitleOfItsOwn_isCalledWhatItsNoticeIssues_elseByTheNoticesTitle() {
        assertThat(plan("乙市人民政府办公室关于印发《乙市全民科学素质行动实施方案》的通知", "").name())
                .isEqualTo("乙市全民科学素质行动实施方案");
        assertThat(plan("乙市人民政府办公室关于印发《乙市全民科学素质行动实施方案》的通知", "乙市实施方案").name())
                .isEqualTo("乙市实施方案");
        assertThat(plan("齐齐哈尔市2024年全民科学素质工作要点任务分工表", "").name())
                .isEqualTo("齐齐哈尔市2024年全民科学素质工作要点任务分工表");
    }

    /** A draft and its final text name one plan; another plan, or another period, does not. */
    @Test
    void aDraftsMark_setsNoPlanApart_butTheWordsOfTheNameDo() {
        String plan = "齐齐哈尔市全民科学素质行动规划纲要实施方案（2021-2025年）";
        assertThat(Plan.sameName(plan + "（征求意见稿）", plan)).isTrue();
        assertThat(Plan.sameName(plan + "(送审稿)", plan + "（修订稿）")).isTrue();
        assertThat(Plan.sameName("乙市全民科学素质行动实施方案（草案）", "乙市全民科学素质行动实施方案")).isTrue();
        assertThat(Plan.sameName("乙市全民科学素质行动实施方案（第二稿）", "乙市全民科学素质行动 实施方案")).isTrue();
        assertThat(Plan.sameName(plan, "齐齐哈尔市全民科学素质行动规划纲要实施方案（2026-2030年）")).isFalse();
        assertThat(Plan.sameName("乙市2025年全民科学素质工作要点", "乙市2026年全民科学素质工作要点")).isFalse();
        assertThat(Plan.sameName("乙市科普基础设施建设方案（试行）", "乙市科普基础设施建设方案")).isFalse();
        assertThat(Plan.sameName("（征求意见稿）", "")).isFalse();
    }

    private static Plan plan(String title, String planTitle) {
        return new Plan(UUID.randomUUID(), Optional.empty(), Optional.empty(),
                PlanNotice.of("", title, "", Optional.of(LocalDate.of(2026, 4, 1))), planTitle, "", 1);
    }
}
