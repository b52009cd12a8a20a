package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kesudesk.parse.SampleDocumentTest.bytes;
import static org.kesudesk.parse.SampleDocumentTest.expectedOutline;
import static org.kesudesk.parse.SampleDocumentTest.read;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kesudesk.testsupport.PlanOutline;

/**
 * Plans numbered otherwise than 一、 → （一） → 1. → （1）: without the 一、 level, with tasks numbered （1） and
 * sub-tasks ①, with parts 第一部分 … for sections, and a section that lists its tasks 1、 2、 with no （一） items.
 * Nothing is lost, every task is a task, and the reader is told what was made up (a section, an item) to hold them.
 */
class NumberingVariantsTest {

    @Test
    void aPlanWithoutTheFirstLevel_tasksInBrackets_andCircledSubtasks() {
        ParseReport report = read("no-sections.txt", bytes("numbering/no-sections.txt"));

        assertThat(PlanOutline.of(report.document())).isEqualTo(expectedOutline("numbering/no-sections.expected.txt"));
        assertThat(report.warnings()).extracting(w -> w.message().text()).anyMatch(t -> t.contains("没有“一、”这一级"));
    }

    @Test
    void sectionsNumberedAsParts_areTheSections_andTextSayingAPartOfIsText() {
        ParseReport report = read("parts.txt", bytes("numbering/parts.txt"));

        assertThat(PlanOutline.of(report.document())).isEqualTo(expectedOutline("numbering/parts.expected.txt"));
        assertThat(report.document().plan().goalText()).contains("一部分县区科普资源不足");
        assertThat(report.warnings()).extracting(w -> w.message().key())
                .doesNotContain("parse.warning.numbering", "parse.warning.implicitSection");
        java.util.regex.Matcher chapter = Headings.SECTION.matcher("第十二章 组织实施");
        assertThat(chapter.matches()).isTrue();
        assertThat(List.of(Headings.sectionNumber(chapter), chapter.group(3))).containsExactly("十二", "组织实施");
        assertThat(Headings.SECTION.matcher("一部分地区还比较薄弱。").matches()).isFalse();
    }

    @Test
    void aSectionThatListsItsTasksWithoutItems_andAProseSectionWhoseNumberedParagraphsStayText() {
        ParseReport report = read("flat.txt", bytes("numbering/flat.txt"));

        assertThat(PlanOutline.of(report.document())).isEqualTo(expectedOutline("numbering/flat.expected.txt"));
        assertThat(report.document().plan().goalText()).contains("1、到2026年").contains("2、建成一批科普阵地");
        assertThat(report.warnings()).extracting(w -> w.message().text())
                .anyMatch(t -> t.contains("没有“（一）……”这一级"));
    }

    @Test
    void groupsOfActionsAndProjects_underAKeyTasksSection_becomeSections_andEveryLevelBelowMovesUp() {
        ParseReport report = read("four-levels.txt", bytes("numbering/four-levels.txt"));

        assertThat(PlanOutline.of(report.document())).isEqualTo(expectedOutline("numbering/four-levels.expected.txt"));
        assertThat(report.warnings()).extracting(w -> w.message().key())
                .contains("parse.warning.itemGroups")
                .doesNotContain("parse.warning.numbering", "parse.warning.sectionKind",
                        "parse.warning.leadsFromTasks");
        assertThat(report.warnings()).filteredOn(w -> w.message().key().equals("parse.warning.itemGroups"))
                .singleElement().satisfies(w -> {
                    assertThat(w.line()).isEqualTo(9);
                    assertThat(w.message().text()).contains("二、重点任务", "（一）实施五大提升行动");
                });
        // the review names each unit's node as the plan now numbers it
        assertThat(report.sources()).anyMatch(s -> s.node().equals("（一）青少年科学素质提升行动")
                && s.unit().equals("县教育局"));
    }

    @Test
    void groupsInAPlanWithoutTheFirstLevel_becomeItsSections() {
        ParseReport report = read("groups-at-top.txt", bytes("numbering/groups-at-top.txt"));

        assertThat(PlanOutline.of(report.document()))
                .isEqualTo(expectedOutline("numbering/groups-at-top.expected.txt"));
        assertThat(report.warnings()).extracting(w -> w.message().key())
                .contains("parse.warning.itemGroupsAtTop")
                .doesNotContain("parse.warning.implicitSection", "parse.warning.itemGroups");
        // the group's own words are its section's text
        assertThat(report.document().sections().get(0).text()).isEqualTo("围绕青少年、农民和老年人三个重点人群，分类施策。");
    }

    @Test
    void groupsOfActionsEachWrittenInOneParagraphNamingItsLeads_becomeSections_butAWorkPlansCountedItemStays() {
        ParseReport report = read("led-actions.txt", bytes("numbering/led-actions.txt"));

        assertThat(PlanOutline.of(report.document())).isEqualTo(expectedOutline("numbering/led-actions.expected.txt"));
        assertThat(report.warnings()).filteredOn(w -> w.message().key().equals("parse.warning.itemGroups"))
                .extracting(ParseWarning::line).containsExactly(15);
        // no action is led by its tasks' leads; the one task naming a lead is the work plan's, led by it (line 32)
        assertThat(report.warnings()).extracting(w -> w.message().key())
                .doesNotContain("parse.warning.leadsFromTasks");
        assertThat(report.sources()).filteredOn(source -> source.role() == org.kesudesk.model.Role.LEAD
                && source.node().startsWith("1.")).extracting(UnitSource::unit, UnitSource::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("县教育局", 32));
    }

    @Test
    void actionsWhoseTasksAreNamedAsActions_andAWorkPlansCountedItem_stayAsWritten() {
        ParseReport report = read("not-groups.txt", bytes("numbering/not-groups.txt"));

        assertThat(PlanOutline.of(report.document())).isEqualTo(expectedOutline("numbering/not-groups.expected.txt"));
        assertThat(report.warnings()).extracting(w -> w.message().key())
                .doesNotContain("parse.warning.itemGroups", "parse.warning.itemGroupsAtTop",
                        "parse.warning.sectionKind");
    }

    @Test
    void actionsNumbered1WithTasksInBrackets_underTheirSection_areActions_andSafeguardsNumbered1AreMeasures() {
        ParseReport report = read("actions-without-items.txt", bytes("numbering/actions-without-items.txt"));

        assertThat(PlanOutline.of(report.document()))
                .isEqualTo(expectedOutline("numbering/actions-without-items.expected.txt"));
        assertThat(report.warnings()).filteredOn(w -> w.message().key().equals("parse.warning.actionsWithoutItems"))
                .extracting(ParseWarning::line).containsExactly(6, 14);
        // the safeguards' 1. 2. are its measures, as （一） （二） would be: no item named as the section made up
        assertThat(report.warnings()).filteredOn(w -> w.message().key().equals("parse.warning.safeguardsWithoutItems"))
                .singleElement().satisfies(w -> assertThat(w.line()).isEqualTo(20));
        assertThat(report.warnings()).extracting(w -> w.message().key()).doesNotContain("parse.warning.implicitItem",
                "parse.warning.noResponsible");
        assertThat(report.warnings()).extracting(w -> w.message().key())
                .doesNotContain("parse.warning.leadsFromTasks", "parse.warning.numbering");
    }

    @Test
    void numbersInEnclosingCharacters_withAClosingBracketAlone_orBareBeforeATab_readAsTheUsualNumbers() {
        String usual = String.join("\n", "二、提升行动", "（一）青少年科学素质提升行动（牵头单位：市教育局、市科协）",
                "1.推进科学教育。完善课程体系。", "（1）开展课程改革。（责任单位：市教育局）", "（2）开展教师培训。（责任单位：市人社局）",
                "2.开展科技竞赛。组织竞赛。（责任单位：市科协、团市委）", "（二）农民科学素质提升行动（牵头单位：市农业农村局）",
                "1.开展培训。每年培训农民。（责任单位：市农业农村局）", "");
        ParseReport asUsual = read("usual.txt", utf8(usual));
        String expected = PlanOutline.of(asUsual.document());

        // ㈠ ⑴ ⒈ as older systems type them; 1） as the task where no task is numbered 1.
        String enclosed = usual.replace("（一）", "㈠").replace("（二）", "㈡").replace("（1）", "⑴").replace("（2）", "⑵")
                .replace("1.", "⒈").replace("2.", "⒉");
        String brackets = usual.replace("（1）", "⑴").replace("（2）", "⑵").replace("1.", "1）").replace("2.", "2)");
        // and as the level below where tasks are numbered 1.
        String below = usual.replace("（1）", "1）").replace("（2）", "2）");
        // a Word list drawn bare (1, 二 and Word's tab) copied or saved as text; a line of more tabs is a table's row
        String tabbed = usual.replace("二、", "二\t").replace("1.", "1\t").replace("2.", "2\t");
        assertThat(TextCleaner.tabbedNumber("1\t市教育局\t市科协")).isEqualTo("1\t市教育局\t市科协");
        for (String variant : List.of(enclosed, brackets, below, tabbed)) {
            ParseReport report = read("variant.txt", utf8(variant));
            assertThat(PlanOutline.of(report.document())).as(variant).isEqualTo(expected);
            assertThat(report.warnings()).isEqualTo(asUsual.warnings());
        }
        assertThat(expected).contains("(2) 开展教师培训 | 市人社局");
    }

    @Test
    void unitsNamedUnderASectionBeforeAnyNumberedItem_areNotDroppedWithoutAWord() {
        ParseReport report = read("letters.txt", utf8(String.join("\n", "二、提升行动",
                "（一）青少年科学素质提升行动（牵头单位：市教育局）", "1.推进科学教育。（责任单位：市教育局）", "三、重点工程",
                "A.科普信息化工程。推进科普信息化（牵头单位：市委宣传部）", "B.科普基础设施工程。建设科技馆（牵头单位：市科协）", "")));

        assertThat(report.warnings()).filteredOn(w -> w.message().key().equals("parse.warning.unitsOutsideItems"))
                .extracting(ParseWarning::line).containsExactly(5, 6);
        assertThat(report.warnings()).filteredOn(w -> w.message().key().equals("parse.warning.unitsOutsideItems"))
                .first().satisfies(w -> assertThat(w.message().text()).contains("A.科普信息化工程", "编号"));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aTaskPastedTwice_isReadAsWritten_andTheReviewSaysItRepeatsTheOneBefore() {
        String original = new String(bytes("deadlines/work-plan-2023.txt"), java.nio.charset.StandardCharsets.UTF_8);
        List<String> lines = new java.util.ArrayList<>(original.lines().toList());
        int task = java.util.stream.IntStream.range(0, lines.size())
                .filter(i -> lines.get(i).strip().startsWith("4.实施农民科学素质提升行动")).findFirst().orElse(-1);
        assertThat(task).as("the work plan's fourth task").isPositive();
        lines.add(task + 1, lines.get(task));

        ParseReport report = read("plan.txt", String.join("\n", lines)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(report.warnings()).filteredOn(w -> w.message().key().equals("parse.warning.taskRepeated"))
                .singleElement().satisfies(w -> {
                    assertThat(w.line()).isEqualTo(task + 2);
                    assertThat(w.message().text()).contains("实施农民科学素质提升行动", "第 " + (task + 1) + " 行");
                });
        // kept as written: the clerk deletes the one that is too many
        List<String> titles = new java.util.ArrayList<>();
        report.document().forEachNode(node -> titles.add(node.title()));
        assertThat(titles).containsSubsequence("实施农民科学素质提升行动", "实施农民科学素质提升行动");
        // none where no task repeats the one before
        assertThat(read("plan.txt", bytes("deadlines/work-plan-2023.txt")).warnings())
                .noneMatch(w -> w.message().key().equals("parse.warning.taskRepeated"));
    }
}
