package org.kesudesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class NodeKindTest {

    @Test
    void numberingFollowsTheOfficialHeadingLevels() {
        assertThat(NodeKind.SECTION.numbering("二")).isEqualTo("二、");
        assertThat(NodeKind.ACTION.numbering("一")).isEqualTo("（一）");
        assertThat(NodeKind.SAFEGUARD.numbering("三")).isEqualTo("（三）");
        assertThat(NodeKind.TASK.numbering("3")).isEqualTo("3.");
        assertThat(NodeKind.SUBTASK.numbering("1")).isEqualTo("（1）");
        assertThat(NodeKind.TASK.numbering("")).isEmpty();
    }

    @Test
    void aTreeOnlyNestsTheKindsTheDocumentNests() {
        PlanNode task = node(NodeKind.TASK, List.of());

        assertThatThrownBy(() -> node(NodeKind.SECTION, List.of(task)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(node(NodeKind.PROJECT, List.of(task)).children()).containsExactly(task);
        assertThat(NodeKind.SUBTASK.mayBeChildOf(NodeKind.TASK)).isTrue();
        assertThat(NodeKind.SUBTASK.mayBeChildOf(NodeKind.ACTION)).isFalse();
        assertThat(NodeKind.SECTION.mayBeChildOf(null)).isTrue();
        assertThat(NodeKind.ACTION.mayBeChildOf(null)).isFalse();
    }

    private static PlanNode node(NodeKind kind, List<PlanNode> children) {
        return new PlanNode(UUID.randomUUID(), kind, "1", "标题", "", List.of(), List.of(), children, 1);
    }
}
