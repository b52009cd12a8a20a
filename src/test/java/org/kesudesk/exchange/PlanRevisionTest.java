package org.kesudesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.parse.PlanDocumentReader;

/** Which nodes of a revised document are the earlier document's: by kind, place and wording, not by position. */
class PlanRevisionTest {

    private static final Path SAMPLE = Path.of("src", "main", "resources", "org", "kesudesk", "samples",
            "qiqihar-2022-16.txt");

    @Test
    void theSameDocument_isTheSamePlan_idForId() throws IOException {
        PlanDocument earlier = read(sample());
        PlanDocument revised = PlanRevision.identified(earlier, read(sample()), name -> name);

        assertThat(revised.plan()).isEqualTo(earlier.plan());
        assertThat(PlanMerge.rowIds(revised)).isEqualTo(PlanMerge.rowIds(earlier));
        assertThat(PlanMerge.merge(Optional.of(earlier), Optional.of(earlier), revised, java.util.Map.of())
                .changesNothing()).isTrue();
    }

    @Test
    void tasksReordered_reworded_orReplaced_areFoundByWhatTheySay() throws IOException {
        String text = sample();
        String third = line(text, "3.实施科技创新后备人才培养计划");
        String fifth = line(text, "5.实施教师科学素质提升工程");
        String farmers = line(text, "1.大力开展农村科普主题活动");
        String changed = text
                // the third and fifth swapped
                .replace(third, "@@").replace(fifth, third.replaceFirst("^3", "5")).replace("@@",
                        fifth.replaceFirst("^5", "3"))
                // the first reworded in its heading and a few words
                .replace("将弘扬科学精神贯穿于育人全链条。实施新时代立德树人工程", "将弘扬科学家精神贯穿于育人全过程。深入实施新时代立德树人工程")
                // the farmers' first task replaced by another task altogether
                .replace(farmers, "1.开展农村网络素养教育。引导农民正确使用网络，防范电信诈骗。(责任单位：市委网信办)");
        PlanDocument earlier = read(text);

        PlanDocument revised = PlanRevision.identified(earlier, read(changed), name -> name);

        List<PlanNode> before = earlier.items().get(0).children();
        List<PlanNode> after = revised.items().get(0).children();
        assertThat(after.get(0).id()).as("reworded").isEqualTo(before.get(0).id());
        assertThat(after.get(0).title()).isEqualTo("将弘扬科学家精神贯穿于育人全过程");
        assertThat(after.get(2).id()).as("moved up").isEqualTo(before.get(4).id());
        assertThat(after.get(4).id()).as("moved down").isEqualTo(before.get(2).id());
        // a unit named in both keeps its row, so the merge sees no change in it
        assertThat(after.get(4).assignments().get(0).id()).isEqualTo(before.get(2).assignments().get(0).id());
        List<UUID> farmersBefore = earlier.items().get(1).children().stream().map(PlanNode::id).toList();
        assertThat(revised.items().get(1).children().get(0).id()).as("another task").isNotIn(farmersBefore);
        assertThat(revised.items().get(1).children().get(1).id()).isEqualTo(farmersBefore.get(1));
        assertThat(revised.items().get(1).id()).isEqualTo(earlier.items().get(1).id());
    }

    /** A task moved under another action is where it was; one of several alike left unpaired is not guessed. */
    @Test
    void aTaskMovedUnderAnotherAction_keepsItsId() throws IOException {
        String text = sample();
        String moved = line(text, "5.实施教师科学素质提升工程");
        String farmers = line(text, "1.大力开展农村科普主题活动");
        String changed = text.replace(moved, "").replace(farmers, farmers + "\n\n" + moved.replaceFirst("^5", "2"));
        PlanDocument earlier = read(text);

        PlanDocument revised = PlanRevision.identified(earlier, read(changed), name -> name);

        PlanNode was = earlier.items().get(0).children().get(4);
        assertThat(revised.items().get(0).children()).hasSize(4);
        PlanNode now = revised.items().get(1).children().get(1);
        assertThat(now.title()).isEqualTo(was.title());
        assertThat(now.id()).isEqualTo(was.id());
        assertThat(now.indicators().get(0).id()).isEqualTo(was.indicators().get(0).id());
        // the merge sees the task moved, not one removed and another added
        PlanMerge.Result merge = PlanMerge.merge(Optional.of(earlier), Optional.of(earlier), revised,
                java.util.Map.of());
        assertThat(merge.count(PlanMerge.RowKind.NODE, PlanMerge.ChangeType.REMOVED)).isZero();
        assertThat(merge.count(PlanMerge.RowKind.NODE, PlanMerge.ChangeType.ADDED)).isZero();
        assertThat(merge.count(PlanMerge.RowKind.NODE, PlanMerge.ChangeType.CHANGED)).isPositive();
    }

    /**
     * A task moved under another action and reworded is where it was; a task dropped in one place and another added
     * elsewhere are not one task.
     */
    @Test
    void aTaskMovedAndReworded_keepsItsId_butAnotherAddedElsewhereIsNew() throws IOException {
        String text = sample();
        String moved = line(text, "5.实施教师科学素质提升工程");
        String reworded = moved.replaceFirst("^5", "2").replace("实施教师科学素质提升工程", "实施教师科学素养提升工程")
                .replace("实施乡村教师支持计划。", "").replace("每年培训100名", "每年培训150名");
        String farmers = line(text, "1.大力开展农村科普主题活动");
        String dropped = line(text, "3.实施科技创新后备人才培养计划");
        String added = "3.开展职工科普阅读活动。依托职工书屋，每年开展科普读书月活动。(责任单位：市总工会)";
        String workers = line(text, "1.开展理想信念和职业精神宣传教育");
        String changed = text.replace(moved, "").replace(dropped, "").replace(farmers, farmers + "\n\n" + reworded)
                .replace(workers, workers + "\n\n" + added);
        PlanDocument earlier = read(text);

        PlanDocument revised = PlanRevision.identified(earlier, read(changed), name -> name);

        PlanNode was = earlier.items().get(0).children().get(4);
        PlanNode now = revised.items().get(1).children().get(1);
        assertThat(now.title()).isEqualTo("实施教师科学素养提升工程");
        assertThat(now.id()).isEqualTo(was.id());
        // the units it names in both keep their rows
        assertThat(now.assignments().get(0).id()).isEqualTo(was.assignments().get(0).id());
        PlanNode workersTask = revised.items().get(2).children().stream()
                .filter(node -> node.title().startsWith("开展职工科普阅读")).findFirst().orElseThrow();
        List<UUID> before = new java.util.ArrayList<>();
        earlier.forEachNode(node -> before.add(node.id()));
        assertThat(workersTask.id()).isNotIn(before);
        PlanMerge.Result merge = PlanMerge.merge(Optional.of(earlier), Optional.of(earlier), revised,
                java.util.Map.of());
        assertThat(merge.count(PlanMerge.RowKind.NODE, PlanMerge.ChangeType.REMOVED)).isEqualTo(1);
        assertThat(merge.count(PlanMerge.RowKind.NODE, PlanMerge.ChangeType.ADDED)).isEqualTo(1);
    }

    /** The issued PDF sets 教育信息化 2.0 行动 as 教育信息化2.0行动: no change of wording, none to review. */
    @Test
    void textsThatDifferOnlyInSpaces_areNoChange() throws IOException {
        String text = sample();
        PlanDocument earlier = read(text);
        String unspaced = text.replace("教育信息化 2.0 行动计划", "教育信息化2.0行动计划").replace("培训 50 万人次", "培训50万人次")
                .replace("到 2025 年", "到2025年");
        assertThat(unspaced).isNotEqualTo(text);

        PlanDocument revised = PlanRevision.identified(earlier, read(unspaced), name -> name);

        assertThat(PlanMerge.merge(Optional.of(earlier), Optional.of(earlier), revised, java.util.Map.of())
                .changesNothing()).isTrue();
        assertThat(revised.items().get(0).children().get(1).text()).contains("教育信息化 2.0 行动计划");
        assertThat(org.kesudesk.model.TextRules.sameWording("教育信息化 2.0\n行动", "教育信息化2.0行动")).isTrue();
        assertThat(org.kesudesk.model.TextRules.sameWording("教育信息化2.0行动", "教育信息化3.0行动")).isFalse();
        assertThat(org.kesudesk.model.TextRules.sameWording("行动", "行动计划")).isFalse();
    }

    /** A change of the notice's text under the same 文号 and title shows the field and where it differs. */
    @Test
    void aHeaderChangedBeyondItsNumberAndTitle_showsTheFieldThatChanged() throws IOException {
        String text = sample();
        PlanDocument earlier = read(text);
        PlanDocument revised = PlanRevision.identified(earlier, read(text.replace("请认真贯彻执行。",
                "请结合实际认真贯彻执行。")), name -> name);

        PlanMerge.Result merge = PlanMerge.merge(Optional.of(earlier), Optional.of(earlier), revised,
                java.util.Map.of());

        assertThat(merge.changes()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(PlanMerge.RowKind.HEADER);
            assertThat(change.before()).hasValueSatisfying(before -> assertThat(before).startsWith("通知正文：…")
                    .endsWith("请认真贯彻执行。"));
            assertThat(change.after()).hasValueSatisfying(after -> assertThat(after).startsWith("通知正文：…")
                    .contains("请结合实际认真贯彻执行。"));
        });
    }

    private static String line(String text, String start) {
        return text.lines().filter(line -> line.startsWith(start)).findFirst().orElseThrow();
    }

    private static String sample() throws IOException {
        return Files.readString(SAMPLE, StandardCharsets.UTF_8);
    }

    private static PlanDocument read(String text) {
        return new PlanDocumentReader().read("plan.txt", text.getBytes(StandardCharsets.UTF_8), Optional.empty(),
                List.of()).document();
    }
}

