package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import static org.kesudesk.parse.SampleDocumentTest.bytes;
import static org.kesudesk.parse.SampleDocumentTest.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.kesudesk.model.NodeKind;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Unit;
import org.kesudesk.testsupport.DocxTables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A note saying that some units carry out every task and are not listed (注：各项任务均需各乡镇人民政府负责落实，不再列出。):
 * how offices write it, what says nothing of the kind, and every task of the plan given those units wherever the
 * note stands — after a division table, under its title, in the plan's text, in a Word table's row.
 */
class UnitsOfEveryTaskTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "注：各项任务均需各县（市、区）人民政府负责落实，不再列出。|各县（市、区）人民政府",
        "（各县（市）区政府为各项工作的责任单位，以下不再一一列出）|各县（市）区政府",
        "备注：以下各项任务均由各乡镇人民政府、各街道办事处结合实际抓好落实，表中不再单独列出。|各乡镇人民政府,各街道办事处",
        "各县（市、区）人民政府负责本地区各项任务的落实，不再逐一列出。|各县（市、区）人民政府",
        "说明：所有任务各区县政府均为责任单位，不再重复列明|各区县政府",
        "(注:本表所列各项重点任务均需各旗县区人民政府落实,不再列出)|各旗县区人民政府",
        "上述工作各乡镇（街道）均要负责落实，不再一一列出。|各乡镇（街道）",
        // a point of a note of several
        "注：1. 各项任务均需各县（市）区人民政府负责落实，不再列出。|各县（市）区人民政府",
        "（2）各项任务均需各乡镇人民政府负责落实，不再列出。|各乡镇人民政府",
        "注：本方案所列各项任务，各县（市）区政府均为责任单位，不再列出。|各县（市）区政府",
        "注：各项任务均需各县（市、区）人民政府和市直有关部门负责落实，不再列出。|各县（市、区）人民政府,市直有关部门",
        // as this app's 分工表 writes it under the table
        "注：各项任务均需各县（市、区）人民政府、各乡镇人民政府负责落实，表中不再列出。|各县（市、区）人民政府,各乡镇人民政府"})
    void aNoteOfItsOwn_namesTheUnits_andIsOnlyTheNote(String note, String units) {
        UnitsOfEveryTask found = UnitsOfEveryTask.find(note).orElseThrow();
        assertThat(found.names()).containsExactlyElementsOf(List.of(units.split(",")));
        assertThat(found.noteOnly()).isTrue();
    }

    @Test
    void aNoteInsideAParagraph_namesTheUnits_butTheParagraphIsKept() {
        UnitsOfEveryTask found = UnitsOfEveryTask.find("各地各部门要把科学素质工作纳入重要议事日程。"
                + "各县（市）区人民政府负责本地区各项任务的落实，以下不再一一列出。").orElseThrow();
        assertThat(found.names()).containsExactly("各县（市）区人民政府");
        assertThat(found.noteOnly()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // as State Council division plans close a first task's list
        "1. 加强学校科学教育（市教育局牵头，市科协等按职责分工负责；以下均需各县（市）区人民政府落实，不再列出）"
                + "|各县（市）区人民政府|1. 加强学校科学教育（市教育局牵头，市科协等按职责分工负责）",
        "1. 加强学校科学教育。开齐开好科学课（责任单位：市教育局、市科协，各县（市）区政府负责落实，以下不再列出）"
                + "|各县（市）区政府|1. 加强学校科学教育。开齐开好科学课（责任单位：市教育局、市科协）",
        "1. 加强学校科学教育（以下各项任务均需各乡镇人民政府落实，不再一一列出）|各乡镇人民政府|1. 加强学校科学教育"})
    void aNoteClosingATasksUnitList_isTakenOutOfTheList_andTheTaskKept(String paragraph, String units, String kept) {
        UnitsOfEveryTask found = UnitsOfEveryTask.find(paragraph).orElseThrow();
        assertThat(found.names()).containsExactly(units);
        assertThat(found.noteOnly()).isFalse();
        assertThat(found.withoutNote()).isEqualTo(kept);
    }

    @Test
    void notesInsideAList_areNoNames() {
        assertThat(UnitList.names("市教育局、市科协，列第一位的为牵头单位，下同")).containsExactly("市教育局", "市科协");
        assertThat(UnitList.names("市科协、团市委。以下各项任务均需各乡镇人民政府落实，不再列出"))
                .containsExactly("市科协", "团市委");
        assertThat(UnitList.names("市总工会、市工作委员会")).containsExactly("市总工会", "市工作委员会");
        // other text after a full stop stays in the name, for the review to show as odd
        assertThat(UnitList.names("市卫生健康委、市民政局。各县区要加强组织领导")).containsExactly("市卫生健康委",
                "市民政局。各县区要加强组织领导");
    }

    @ParameterizedTest
    @ValueSource(strings = {"（责任单位：市科协、市教育局等，其他单位不再一一列出）", "各县（市）区人民政府负责领导当地实施工作。",
            "各项任务均需认真落实，不再列出。", "以上任务由市教育局牵头，市科协配合。", "各项任务的完成时限不再列出。",
            "注：各项任务均需结合实际抓好落实，具体措施不再列出。", "不再列出的任务由各单位自行认领。",
            "具体任务由各县（市）区政府负责落实，不再一一列出。", "（责任单位：市科协，市教育局等，不再一一列出）"})
    void otherSentences_nameNoUnitsOfEveryTask(String text) {
        assertThat(UnitsOfEveryTask.find(text)).isEmpty();
    }

    /** A county's plan whose body names no units and whose attached 分工表 does, row by row. */
    private static final String DIVISION = "unseen/guixian-division.txt";
    private static final String LAST_ROW = "2. 开展应急科普（责任单位：县应急管理局、县气象局、县科协）\n";
    private static final String TOWNS = "各乡镇人民政府";

    @Test
    void aNoteAfterTheDivisionTable_givesEveryTaskTheUnits_afterItsOwn_andIsNoPartOfThePlan() {
        String document = fixture().replace(LAST_ROW, LAST_ROW + "\n注：各项任务均需各乡镇人民政府负责落实，不再一一列出。\n");

        ParseReport report = read("division.txt", document.getBytes(StandardCharsets.UTF_8));

        List<PlanNode> tasks = tasks(report);
        assertThat(tasks).hasSize(11).allSatisfy(task -> assertThat(names(task.responsibleUnits()))
                .containsOnlyOnce(TOWNS).last().isEqualTo(TOWNS));
        PlanNode emergency = tasks.get(tasks.size() - 1);
        assertThat(names(emergency.responsibleUnits())).containsExactly("县应急管理局", "县气象局", "县科协", TOWNS);
        // a task naming the towns itself has them once, where it names them
        PlanNode countryside = tasks.stream().filter(task -> task.title().startsWith("推动科技下乡")).findFirst()
                .orElseThrow();
        assertThat(names(countryside.responsibleUnits())).containsExactly("县科技局", "县科协", TOWNS);
        int noteLine = lineOf(document, "注：各项任务");
        assertThat(report.warnings()).filteredOn(w -> w.message().key().equals("parse.warning.unitsOfEveryTask"))
                .singleElement().satisfies(w -> {
                    assertThat(w.line()).isEqualTo(noteLine);
                    assertThat(w.message().text()).contains(TOWNS, "11");
                });
        assertThat(report.sources()).filteredOn(source -> source.rule() == UnitRule.EVERY_TASK)
                .hasSize(10).allSatisfy(source -> assertThat(source.line()).isEqualTo(noteLine));
        List<String> texts = new ArrayList<>();
        report.document().forEachNode(node -> texts.add(node.text()));
        assertThat(texts).noneMatch(text -> text.contains("不再一一列出"));
        assertThat(report.document().plan().goalText()).doesNotContain("不再");
    }

    @Test
    void aNoteUnderTheTablesTitle_inBrackets_isReadTheSame() {
        String document = fixture().replace("癸县全民科学素质行动重点任务分工表\n\n一、",
                "癸县全民科学素质行动重点任务分工表\n（各乡镇人民政府为各项工作的责任单位，以下不再列出）\n\n一、");

        List<PlanNode> tasks = tasks(read("division.txt", document.getBytes(StandardCharsets.UTF_8)));

        assertThat(tasks).hasSize(11).allSatisfy(task -> assertThat(names(task.responsibleUnits())).contains(TOWNS));
    }

    @Test
    void withoutTheNote_noTaskIsGivenUnitsItDoesNotName() {
        List<PlanNode> tasks = tasks(read("division.txt", fixture().getBytes(StandardCharsets.UTF_8)));

        assertThat(tasks).filteredOn(task -> names(task.responsibleUnits()).contains(TOWNS)).hasSize(1);
    }

    @Test
    void aSentenceOfThePlansTextSayingIt_givesEveryTaskTheUnits_andStaysInTheText() {
        String sample = new String(SampleDocumentTest.sample(), StandardCharsets.UTF_8);
        String said = "各县（市）区人民政府负责本地区各项任务的落实，以下不再一一列出。";
        String document = sample.replace("列入年度工作计划。", "列入年度工作计划。" + said);
        assertThat(document).isNotEqualTo(sample);

        ParseReport report = read("plan.txt", document.getBytes(StandardCharsets.UTF_8));
        List<PlanNode> before = tasks(read("plan.txt", SampleDocumentTest.sample()));
        List<PlanNode> after = tasks(report);

        assertThat(after).hasSameSizeAs(before).isNotEmpty().allSatisfy(task -> assertThat(
                names(task.responsibleUnits())).containsOnlyOnce("各县（市）区人民政府"));
        List<String> texts = new ArrayList<>();
        report.document().forEachNode(node -> texts.add(node.text()));
        assertThat(texts).anyMatch(text -> text.contains(said));
    }

    @Test
    void aNoteClosingTheFirstTasksList_givesEveryTaskTheUnits_andTheFirstTaskKeepsItsOwn() {
        String sample = new String(SampleDocumentTest.sample(), StandardCharsets.UTF_8);
        String list = "（责任单位：市委宣传部、市教育局、团市委、市科协、市新闻传媒中心）";
        String document = sample.replaceFirst(list, "（市教育局牵头，市委宣传部、团市委、市科协、市新闻传媒中心按职责分工负责；"
                + "以下均需各县（市）区人民政府落实，不再列出）");
        assertThat(document).isNotEqualTo(sample);

        List<PlanNode> tasks = tasks(read("plan.txt", document.getBytes(StandardCharsets.UTF_8)));

        assertThat(tasks).hasSize(tasks(read("plan.txt", SampleDocumentTest.sample())).size())
                .allSatisfy(task -> assertThat(names(task.responsibleUnits())).containsOnlyOnce("各县（市）区人民政府"));
        PlanNode first = tasks.get(0);
        assertThat(names(first.leadUnits())).containsExactly("市教育局");
        assertThat(names(first.responsibleUnits())).containsExactly("市委宣传部", "团市委", "市科协", "市新闻传媒中心",
                "各县（市）区人民政府");
        assertThat(first.text()).doesNotContain("不再列出");
    }

    @Test
    void aNoteInAWordDivisionTablesLastRow_givesEveryTaskTheUnits() throws IOException {
        byte[] docx;
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : List.of("乙市人民政府办公室关于印发乙市全民科学素质行动重点任务分工方案的通知", "",
                    "各县（市）区人民政府，市政府各部门：", "现将《乙市全民科学素质行动重点任务分工方案》印发给你们，请认真贯彻执行。", "",
                    "乙市人民政府办公室", "2026年4月1日", "", "乙市全民科学素质行动重点任务分工方案")) {
                word.createParagraph().createRun().setText(line);
            }
            XWPFTable table = word.createTable(1, 4);
            DocxTables.row(table, "序号", "重点任务", "牵头单位", "责任单位");
            DocxTables.across(table, "一、提升行动");
            DocxTables.across(table, "（一）青少年科学素质提升行动");
            DocxTables.row(table, "1", "加强学校科学教育", "市教育局", "市科协");
            DocxTables.row(table, "2", "开展青少年科技活动", "市科协", "团市委、市教育局");
            DocxTables.across(table, "注：各项任务均需各县（市）区人民政府结合实际抓好落实，表中不再列出。");
            table.removeRow(0);
            word.createParagraph().createRun().setText("抄送：市委办公室。");
            word.write(out);
            docx = out.toByteArray();
        }

        List<PlanNode> tasks = tasks(read("plan.docx", docx));

        assertThat(tasks).extracting(task -> names(task.responsibleUnits())).containsExactly(
                List.of("市科协", "各县（市）区人民政府"), List.of("团市委", "市教育局", "各县（市）区人民政府"));
    }

    private static String fixture() {
        return new String(bytes(DIVISION), StandardCharsets.UTF_8);
    }

    private static List<PlanNode> tasks(ParseReport report) {
        List<PlanNode> tasks = new ArrayList<>();
        report.document().forEachNode(node -> {
            if (node.kind() == NodeKind.TASK) {
                tasks.add(node);
            }
        });
        return tasks;
    }

    private static List<String> names(List<Unit> units) {
        return units.stream().map(Unit::name).toList();
    }

    private static int lineOf(String document, String start) {
        List<String> lines = document.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start);
    }
}
