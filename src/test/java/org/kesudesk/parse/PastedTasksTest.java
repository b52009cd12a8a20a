package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.kesudesk.model.NodeKind;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Role;

/**
 * Tasks pasted as a clerk copies them from another office's notice — with their numbers or without, one or several,
 * the units clause in the styles offices write it, sub-tasks — read as the same paragraphs are read in a whole
 * document (the expected values are what the paragraphs themselves say, or what the import of the document makes of
 * them), and what is no task refused with its line.
 */
class PastedTasksTest {

    private static PastedTasks.Read read(String text) {
        return PastedTasks.read(text, List.of());
    }

    private static List<String> units(PlanNode node, Role role) {
        return node.assignments().stream().filter(a -> a.role() == role).map(a -> a.unit().name()).toList();
    }

    @Test
    void aNumberedTaskWithItsClause_isItsTitleTextAndUnits_withoutTheNumber() {
        PastedTasks.Read read = read("3.实施科技创新后备人才培养计划。建立科学、多元的发现和培育机制。"
                + "（责任单位：市教育局、团市委、市科协）");

        assertThat(read.tasks()).hasSize(1);
        PlanNode task = read.tasks().get(0);
        assertThat(task.kind()).isEqualTo(NodeKind.TASK);
        assertThat(task.title()).isEqualTo("实施科技创新后备人才培养计划");
        assertThat(task.text()).isEqualTo("实施科技创新后备人才培养计划。建立科学、多元的发现和培育机制。");
        assertThat(units(task, Role.RESPONSIBLE)).containsExactly("市教育局", "团市委", "市科协");
        assertThat(units(task, Role.LEAD)).isEmpty();
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void severalTasks_eachWithItsLeadsAndResponsibleUnits_inTheStylesOfficesWrite() {
        PastedTasks.Read read = read("""
                1、加强农村科普阵地建设。（牵头单位：县科协；责任单位：县农业农村局、县乡村振兴局）
                2、开展“科技三下乡”活动。由县科协牵头，县农业农村局、县卫生健康局配合。
                3、实施农民科学素质提升工程。【牵头单位】县农业农村局【责任单位】县科协
                """);

        assertThat(read.tasks()).extracting(PlanNode::title)
                .containsExactly("加强农村科普阵地建设", "开展“科技三下乡”活动", "实施农民科学素质提升工程");
        assertThat(units(read.tasks().get(0), Role.LEAD)).containsExactly("县科协");
        assertThat(units(read.tasks().get(0), Role.RESPONSIBLE)).containsExactly("县农业农村局", "县乡村振兴局");
        assertThat(units(read.tasks().get(1), Role.LEAD)).containsExactly("县科协");
        assertThat(units(read.tasks().get(1), Role.RESPONSIBLE)).containsExactly("县农业农村局", "县卫生健康局");
        assertThat(units(read.tasks().get(2), Role.LEAD)).containsExactly("县农业农村局");
        assertThat(units(read.tasks().get(2), Role.RESPONSIBLE)).containsExactly("县科协");
        read.tasks().forEach(task -> assertThat(task.text()).doesNotContain("牵头单位", "责任单位"));
    }

    @Test
    void aTaskCopiedWithoutItsNumber_isATask_andEachUnnumberedParagraphOneOfItsOwn() {
        PastedTasks.Read one = read("开展全国科普日活动。（责任单位：区科协、区教育局）\n");
        assertThat(one.tasks()).hasSize(1);
        assertThat(one.tasks().get(0).text()).isEqualTo("开展全国科普日活动。");
        assertThat(units(one.tasks().get(0), Role.RESPONSIBLE)).containsExactly("区科协", "区教育局");

        PastedTasks.Read two = read("开展全国科普日活动。（责任单位：区科协）\r\n\r\n办好科技活动周。（责任单位：区科技局）");
        assertThat(two.tasks()).extracting(PlanNode::text).containsExactly("开展全国科普日活动。", "办好科技活动周。");
        assertThat(units(two.tasks().get(1), Role.RESPONSIBLE)).containsExactly("区科技局");
    }

    @Test
    void aTaskWithItsSubTasks_keepsThemUnderIt() {
        PastedTasks.Read read = read("""
                2.提升基层科普能力。
                （1）建设科普场馆。（责任单位：市科协）
                （2）培育科普人才队伍。（责任单位：市人社局、市科协）
                3.推进科普信息化，建设科普信息化平台，推动优质资源下沉。（责任单位：市委网信办）
                """);

        assertThat(read.tasks()).hasSize(2);
        PlanNode first = read.tasks().get(0);
        assertThat(first.children()).extracting(PlanNode::kind).containsOnly(NodeKind.SUBTASK);
        assertThat(first.children()).extracting(PlanNode::title).containsExactly("建设科普场馆", "培育科普人才队伍");
        assertThat(units(first.children().get(1), Role.RESPONSIBLE)).containsExactly("市人社局", "市科协");
        PlanNode second = read.tasks().get(1);
        assertThat(second.text()).contains("建设科普信息化平台");
        assertThat(units(second, Role.RESPONSIBLE)).containsExactly("市委网信办");
    }

    @Test
    void theSampleNoticesTasks_pastedAsItsLines_readAsItsImportReadsThem() {
        // the sample's first item's tasks, as a clerk copies them out of the notice: the lines from its first task
        // to the next item's heading
        byte[] sample = SampleDocumentTest.sample();
        List<String> lines = new String(sample, StandardCharsets.UTF_8).lines().toList();
        int item = indexOf(lines, "[（(]一[)）].*", 0);
        int first = indexOf(lines, "1\\..*", item);
        int next = indexOf(lines, "[（(]二[)）].*", first);
        PlanNode imported = SampleDocumentTest.read("qiqihar-2022-16.txt", sample).document().sections().stream()
                .flatMap(section -> section.children().stream())
                .filter(node -> node.kind() == NodeKind.ACTION).findFirst().orElseThrow();

        PastedTasks.Read read = read(String.join("\n", lines.subList(first, next)));

        assertThat(read.tasks()).extracting(PlanNode::text)
                .containsExactlyElementsOf(imported.children().stream().map(PlanNode::text).toList());
        Map<String, List<String>> pastedUnits = read.tasks().stream().collect(Collectors.toMap(PlanNode::title,
                task -> units(task, Role.RESPONSIBLE)));
        imported.children().forEach(task -> assertThat(pastedUnits.get(task.title()))
                .as(task.title()).isEqualTo(units(task, Role.RESPONSIBLE)));
    }

    private static int indexOf(List<String> lines, String pattern, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).strip().matches(pattern)) {
                return i;
            }
        }
        throw new AssertionError("no line like " + pattern);
    }

    /** Word copies a list's automatic number with a tab after it: the paragraphs are tasks as written. */
    @Test
    void paragraphsCopiedFromAWordListWithItsNumbers_areTasks() {
        PastedTasks.Read read = read("1.\t开展科普讲座进校园活动。（牵头单位：县科协；责任单位：县教育局）\r\n"
                + "（1）\t建设科普场馆。（责任单位：县科协）\r\n2.\t建设校园科普长廊。（责任单位：县教育局）\r\n");

        assertThat(read.tasks()).extracting(PlanNode::title).containsExactly("开展科普讲座进校园活动", "建设校园科普长廊");
        assertThat(units(read.tasks().get(0), Role.LEAD)).containsExactly("县科协");
        assertThat(read.tasks().get(0).children()).extracting(PlanNode::title).containsExactly("建设科普场馆");
    }

    /**
     * Rows of a 分工表 copied from Excel or WPS with their header: each row a task with its leads and responsible
     * units, as the import reads the table; rows without the header are refused saying to copy it too.
     */
    @Test
    void tableRowsCopiedWithTheirHeader_areTasks_withoutItTheyAreRefused() {
        PastedTasks.Read read = read("序号\t重点任务\t牵头单位\t责任单位\n"
                + "1\t开展科普讲座进校园活动\t县科协\t县教育局、县气象局\n2\t建设校园科普长廊\t县教育局\t县科协\n");

        assertThat(read.tasks()).extracting(PlanNode::title).containsExactly("开展科普讲座进校园活动", "建设校园科普长廊");
        assertThat(units(read.tasks().get(0), Role.LEAD)).containsExactly("县科协");
        assertThat(units(read.tasks().get(0), Role.RESPONSIBLE)).containsExactly("县教育局", "县气象局");
        assertThat(read.warnings()).isEmpty();

        assertThatThrownBy(() -> read("1\t开展科普讲座进校园活动\t县科协\t县教育局\n"))
                .isInstanceOfSatisfying(PlanParseException.class, refused -> {
                    assertThat(refused.line()).isEqualTo(1);
                    assertThat(refused.getMessage()).contains("表头");
                });
    }

    @Test
    void aClauseNotClosed_isSaidOfItsLine() {
        PastedTasks.Read read = read("1.开展科普讲座。\n2.建设科普长廊。（责任单位：县科协、县文旅");

        assertThat(read.tasks()).hasSize(2);
        assertThat(read.warnings()).extracting(ParseWarning::line).contains(2);
        assertThat(read.warnings()).noneMatch(warning -> warning.line() == 0);
    }

    @Test
    void aSectionsOrItemsHeading_isRefusedWithItsLine() {
        assertThatThrownBy(() -> read("1.开展科普讲座。（责任单位：县科协）\n（二）实施农民科学素质提升行动"))
                .isInstanceOfSatisfying(PlanParseException.class, refused -> {
                    assertThat(refused.line()).isEqualTo(2);
                    assertThat(refused.getMessage()).contains("（二）实施农民科学素质提升行动", "只能粘贴任务");
                });
        assertThatThrownBy(() -> read("三、保障措施"))
                .isInstanceOfSatisfying(PlanParseException.class, refused -> assertThat(refused.line()).isEqualTo(1));
    }

    @Test
    void nothingOrTooMuch_isRefused() {
        assertThatThrownBy(() -> read(" \n\u3000\n")).isInstanceOfSatisfying(PlanParseException.class,
                refused -> assertThat(refused.getMessage()).contains("剪贴板里没有文字"));
        assertThatThrownBy(() -> read("1.开展科普讲座。".repeat(PastedTasks.MAX_CHARACTERS / 9 + 1)))
                .isInstanceOfSatisfying(PlanParseException.class,
                        refused -> assertThat(refused.getMessage()).contains("太长"));
    }
}
