package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How offices declare that a list's first unit leads, and what is not such a declaration. */
class FirstListedLeadsTest {

    @ParameterizedTest
    @ValueSource(strings = {"注：各项任务中列第一位的为牵头单位，其他为责任单位。", "（列第一位者为牵头单位）",
            "说明：排在首位的单位为牵头单位。", "（注：第一个单位为牵头单位）", "备注：列在第一位的部门为牵头部门，其余为配合部门。",
            "注:位列第一位的为牵头单位", "（排名第一的为牵头单位）", "注：各项工作中排序第一的单位为牵头单位，其余为配合单位。"})
    void aNoteOfItsOwn_declaresIt_andIsOnlyTheNote(String note) {
        assertThat(FirstListedLeads.declaredIn(note)).isTrue();
        assertThat(FirstListedLeads.isNote(note)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"经市政府同意，现将实施方案印发给你们，请认真贯彻执行。各项任务中列第一位的为牵头单位，请牵头单位"
            + "会同有关单位制定具体措施，于每年12月底前报送落实情况。"})
    void aDeclarationInsideAParagraph_declaresIt_butTheParagraphIsKept(String paragraph) {
        assertThat(FirstListedLeads.declaredIn(paragraph)).isTrue();
        assertThat(FirstListedLeads.isNote(paragraph)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aHeaderSayingIt_isLeftItsColumnsName() {
        assertThat(FirstListedLeads.withoutDeclaration("责任单位（列第一位的为牵头单位）")).isEqualTo("责任单位");
        assertThat(FirstListedLeads.withoutDeclaration("责任单位(排名第一的为牵头单位)")).isEqualTo("责任单位");
        assertThat(FirstListedLeads.withoutDeclaration("责任单位，列第一位的为牵头单位")).isEqualTo("责任单位，");
        assertThat(FirstListedLeads.withoutDeclaration("牵头单位")).isEqualTo("牵头单位");
    }

    @ParameterizedTest
    @ValueSource(strings = {"市科协为牵头单位，负责统筹协调。", "（牵头单位：市教育局；责任单位：市科协）",
            "由市科协牵头，市教育局参加。", "第一位科普志愿者为牵头人。", "列入第一批试点的单位"})
    void otherWordsAboutLeading_declareNothing(String text) {
        assertThat(FirstListedLeads.declaredIn(text)).isFalse();
        assertThat(FirstListedLeads.isNote(text)).isFalse();
    }
}
