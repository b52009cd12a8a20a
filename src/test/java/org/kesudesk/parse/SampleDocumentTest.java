package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kesudesk.model.NodeKind;
import org.kesudesk.model.PlanNode;
import org.kesudesk.testsupport.PlanOutline;

/** The real Qiqihar plan against its golden outline, written by hand from the document. */
class SampleDocumentTest {

    static final Path PLANS = Path.of("src", "test", "resources", "plans");

    static ParseReport read(String name, byte[] bytes) {
        return new PlanDocumentReader().read(name, bytes, Optional.empty(), List.of());
    }

    /** The sample as the app bundles it. */
    static byte[] sample() {
        try {
            return Files.readAllBytes(Path.of("src", "main", "resources", "org", "kesudesk", "samples",
                    "qiqihar-2022-16.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String expectedOutline(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(PLANS.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theSampleReadsAsItsGoldenOutline() {
        ParseReport report = read("qiqihar-2022-16.txt", sample());

        assertThat(PlanOutline.of(report.document())).isEqualTo(expectedOutline("qiqihar-2022-16.expected.txt"));
        assertThat(report.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void theSampleHasFiveActionsAndFiveProjects_with32Tasks() {
        ParseReport report = read("qiqihar-2022-16.txt", sample());

        List<PlanNode> items = report.document().items();
        assertThat(items).extracting(PlanNode::kind).containsExactly(
                NodeKind.ACTION, NodeKind.ACTION, NodeKind.ACTION, NodeKind.ACTION, NodeKind.ACTION,
                NodeKind.PROJECT, NodeKind.PROJECT, NodeKind.PROJECT, NodeKind.PROJECT, NodeKind.PROJECT,
                NodeKind.SAFEGUARD, NodeKind.SAFEGUARD, NodeKind.SAFEGUARD);
        assertThat(items.subList(0, 10)).extracting(item -> item.children().size())
                .containsExactly(5, 3, 4, 3, 2, 3, 3, 3, 4, 2);
    }

    @Test
    void theSampleSuggestsTheOneAliasItHas_andWarnsOfNothingElse() {
        ParseReport report = read("qiqihar-2022-16.txt", sample());

        assertThat(report.aliasSuggestions()).extracting(AliasSuggestion::alias, AliasSuggestion::canonical)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("市生态局", "市生态环境局"));
        assertThat(report.aliasSuggestions().get(0).line()).isEqualTo(lineOf("市生态局"));
        assertThat(report.warnings()).extracting(w -> w.message().key()).containsExactly("parse.warning.alias");
        assertThat(report.warnings().get(0).message().text()).startsWith("“市生态局”可能是“市生态环境局”的另一种写法");
    }

    @Test
    void theGoalTextAndTaskTextsAreKeptWhole_withPageBreaksMended() {
        ParseReport report = read("qiqihar-2022-16.txt", sample());

        assertThat(report.document().plan().goalText())
                .contains("特制定本实施方案。")
                .contains("（一）指导思想。以习近平新时代")
                .contains("公民具备科学素质的比例达到 12.5%。");
        PlanNode task = report.document().items().get(0).children().get(1);
        assertThat(task.text())
                .startsWith("提升各阶段科学教育水平。")
                .contains("引导有创新潜质的学生个性化发展")
                .endsWith("完善科学教育质量评价和青少年科学素质监测评估。")
                .doesNotContain("责任单位");
        assertThat(report.document().items().get(0).text()).isEqualTo(
                "激发青少年好奇心和想象力，增强科学兴趣、创新意识和创新能力，培育一大批具备科学家潜质的青少年群体，"
                        + "为加快建设科教强市夯实人才基础。");
    }

    private static int lineOf(String text) {
        List<String> lines = new String(sample(), StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in the sample");
    }
}
