package org.kesudesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** What the search box finds: text as a reader sees it, whatever width or spacing it was keyed in. */
class PlanSearchTest {

    private static final PlanNode TASK = new PlanNode(UUID.randomUUID(), NodeKind.TASK, "3", "推进智慧科普建设",
            "推进智慧科普建设。实施教育信息化 2.0 行动计划，建设5G科普场馆，推广ＶＲ体验。",
            List.of(Assignment.create(Unit.create("市科协", 1), Role.RESPONSIBLE)), List.of(), List.of(), 1);

    @Test
    void spacesAndWidths_doNotHideTheText() {
        assertThat(PlanSearch.matches(TASK, "信息化2.0")).isTrue();
        assertThat(PlanSearch.matches(TASK, "信息化 ２．０ 行动")).isTrue();
        assertThat(PlanSearch.matches(TASK, "５Ｇ科普")).isTrue();
        assertThat(PlanSearch.matches(TASK, "5g")).isTrue();
        assertThat(PlanSearch.matches(TASK, "vr体验")).isTrue();
        assertThat(PlanSearch.matches(TASK, "科协")).isTrue();
        assertThat(PlanSearch.matches(TASK, "  ")).isTrue();
        assertThat(PlanSearch.matches(TASK, "6G")).isFalse();
        assertThat(PlanSearch.matches(TASK, "信息化3.0")).isFalse();
    }

    @Test
    void theExcerpt_showsTheWordsAsWritten_aroundWhereTheyWereFound() {
        assertThat(PlanSearch.excerpt(TASK, "信息化2.0", 6)).isEqualTo("…设。实施教育信息化 2.0 行动计划，…");
        assertThat(PlanSearch.excerpt(TASK, "ｖｒ", 40)).endsWith("推广ＶＲ体验。").startsWith("…");
        // found in a unit's name: the name
        assertThat(PlanSearch.excerpt(TASK, "科协", 10)).isEqualTo("市科协");
    }
}
