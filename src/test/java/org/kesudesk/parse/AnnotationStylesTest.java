package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kesudesk.parse.SampleDocumentTest.bytes;
import static org.kesudesk.parse.SampleDocumentTest.expectedOutline;
import static org.kesudesk.parse.SampleDocumentTest.read;
import static org.kesudesk.parse.SampleDocumentTest.sample;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kesudesk.testsupport.PlanOutline;

/**
 * One plan in each of the ways offices write who does what — labelled lists in brackets, the same in traditional
 * script, bare lists in brackets, labels on a line of their own, phrases naming who leads and who takes part — reads
 * as the same outline; and the sample rewritten in each style reads as the sample.
 */
class AnnotationStylesTest {

    @ParameterizedTest
    @ValueSource(strings = {"labelled", "traditional", "bare", "label-lines", "lead-phrases", "unbracketed",
            "bracket-lines"})
    void aSmallPlanInEachStyle_readsAsTheSameOutline(String style) {
        ParseReport report = read(style + ".txt", bytes("styles/" + style + ".txt"));

        // written 由X牵头，Y参加, a task's first unit leads it
        String expected = expectedOutline("styles/expected.txt");
        assertThat(PlanOutline.of(report.document())).isEqualTo(style.equals("lead-phrases")
                ? expected.lines().map(AnnotationStylesTest::firstUnitLeadsTask).collect(
                        java.util.stream.Collectors.joining("\n", "", "\n")) : expected);
        // the only warning: this made-up notice has no 文号
        assertThat(report.warnings()).hasSize(1);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"labelled, LABELLED", "traditional, LABELLED", "bare, BARE_LIST",
            "label-lines, LABEL_LINE", "lead-phrases, LEAD_PHRASE"})
    void everyUnitFound_saysWhereAndHow(String style, UnitRule rule) {
        ParseReport report = read(style + ".txt", bytes("styles/" + style + ".txt"));

        // 17 assignments in the plan, each with its source
        assertThat(report.sources()).hasSize(17);
        UnitSource first = report.sources().stream().filter(source -> source.node().startsWith("1.加强学校科学教育"))
                .findFirst().orElseThrow();
        assertThat(first.unit()).isEqualTo("市教育局");
        // 由市教育局牵头: the task's lead
        assertThat(first.role()).isEqualTo(rule == UnitRule.LEAD_PHRASE ? org.kesudesk.model.Role.LEAD
                : org.kesudesk.model.Role.RESPONSIBLE);
        assertThat(first.rule()).isEqualTo(rule);
        String[] lines = new String(bytes("styles/" + style + ".txt"), StandardCharsets.UTF_8).split("\n");
        assertThat(lines[first.line() - 1]).contains("市教育局");
        assertThat(report.sources()).filteredOn(source -> source.node().contains("青少年科学素质提升行动"))
                .extracting(UnitSource::role).containsOnly(org.kesudesk.model.Role.LEAD);
    }

    @org.junit.jupiter.api.Test
    void anActionNamingItsTasksUnits_overTasksWithoutTheirOwn_givesThemToEachTask_andLeadsWithItsOwnOnly() {
        ParseReport report = plan("丙政办发〔2022〕8号",
                "丙市全民科学素质行动实施方案（2022—2025年）", "二、实施提升行动",
                "（一）青少年科学素质提升行动。（牵头单位：市教育局；责任单位：市科协、团市委）",
                "1.推进科学教育改革。深化中小学科学课程改革。", "2.开展青少年科技活动。每年举办科技节。",
                "（二）农民科学素质提升行动。（牵头单位：市农业农村局；配合单位：市科协）",
                "1.开展农民技能培训。（责任单位：市农业农村局、市妇联）");

        org.kesudesk.model.PlanNode youth = report.document().items().get(0);
        assertThat(youth.leadUnits()).extracting(org.kesudesk.model.Unit::name).containsExactly("市教育局");
        assertThat(youth.children()).allSatisfy(task -> assertThat(task.carriedOutBy())
                .extracting(org.kesudesk.model.Unit::name).containsExactly("市教育局", "市科协", "团市委"));
        // a task with units of its own keeps them, and its action its units as written
        org.kesudesk.model.PlanNode farmers = report.document().items().get(1);
        assertThat(farmers.leadUnits()).extracting(org.kesudesk.model.Unit::name)
                .containsExactly("市农业农村局", "市科协");
        assertThat(farmers.children().get(0).carriedOutBy()).extracting(org.kesudesk.model.Unit::name)
                .containsExactly("市农业农村局", "市妇联");
        // no task is reported without units; the review says where each task's units were written
        assertThat(report.warnings()).extracting(warning -> warning.message().key())
                .doesNotContain("parse.warning.noResponsible");
        assertThat(report.sources()).filteredOn(source -> source.node().startsWith("2.开展青少年科技活动"))
                .allSatisfy(source -> {
                    assertThat(source.role()).isEqualTo(org.kesudesk.model.Role.RESPONSIBLE);
                    assertThat(source.line()).isEqualTo(4);
                }).extracting(UnitSource::unit).containsExactly("市教育局", "市科协", "团市委");
        assertThat(report.sources()).filteredOn(source -> source.node().contains("青少年科学素质提升行动"))
                .extracting(UnitSource::unit).containsExactly("市教育局");

        // the same said as a phrase: 由…牵头，…参加
        ParseReport phrased = plan("丙政办发〔2022〕8号", "二、实施提升行动",
                "（一）青少年科学素质提升行动。（由市教育局牵头，市科协、团市委参加）",
                "1.推进科学教育改革。深化中小学科学课程改革。");
        org.kesudesk.model.PlanNode action = phrased.document().items().get(0);
        assertThat(action.leadUnits()).extracting(org.kesudesk.model.Unit::name).containsExactly("市教育局");
        assertThat(action.children().get(0).carriedOutBy()).extracting(org.kesudesk.model.Unit::name)
                .containsExactly("市教育局", "市科协", "团市委");
    }

    @org.junit.jupiter.api.Test
    void aTaskWithoutUnits_besideTasksWithTheirOwn_isCarriedOutByItsActionsUnits() {
        ParseReport report = read("plan.txt", String.join("\n", "丙政办发〔2022〕8号", "二、实施提升行动",
                "（一）农民科学素质提升行动。（牵头单位：市农业农村局；配合单位：市科协）",
                "1.开展农民技能培训。培训高素质农民。", "2.推进科技下乡。（责任单位：市科技局、市农业农村局）", "")
                .getBytes(StandardCharsets.UTF_8));

        org.kesudesk.model.PlanNode farmers = report.document().items().get(0);
        assertThat(farmers.children().get(0).carriedOutBy()).extracting(org.kesudesk.model.Unit::name)
                .containsExactly("市农业农村局", "市科协");
        assertThat(farmers.children().get(1).carriedOutBy()).extracting(org.kesudesk.model.Unit::name)
                .containsExactly("市科技局", "市农业农村局");
        // its 配合单位 works on the task that took the action's units: it is that task's, not a lead of the action
        assertThat(farmers.leadUnits()).extracting(org.kesudesk.model.Unit::name).containsExactly("市农业农村局");
        assertThat(report.warnings()).extracting(warning -> warning.message().key())
                .doesNotContain("parse.warning.noResponsible");
    }

    @org.junit.jupiter.api.Test
    void aDocumentSayingTheFirstListedUnitLeads_readsEachItemsFirstUnitAsItsLead_andTheOthersAsItsTasks()
            throws java.io.IOException {
        List<String> lines = List.of("丁政办发〔2023〕5号", "丁市全民科学素质行动实施方案", "二、实施提升行动",
                "（一）青少年科学素质提升行动。（责任单位：市教育局、市科协、团市委）",
                "1.推进科学教育改革。深化中小学科学课程改革。", "2.开展青少年科技活动。每年举办科技节。",
                "（二）农民科学素质提升行动。（责任单位：市农业农村局、市科协）",
                "1.开展农民技能培训。（责任单位：市科协、市妇联）",
                "（三）深入实施科普信息化工程。建设科普网站。（市科技局、市科协、市文旅局）",
                "注：各项任务中列第一位的为牵头单位，其他为责任单位。", "");
        ParseReport report = read("plan.txt", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));

        List<org.kesudesk.model.PlanNode> items = report.document().items();
        // its tasks name no units: the action's are theirs, its lead first; it keeps its lead
        assertThat(items.get(0).leadUnits()).extracting(org.kesudesk.model.Unit::name).containsExactly("市教育局");
        assertThat(items.get(0).children()).hasSize(2).allSatisfy(task -> assertThat(task.carriedOutBy())
                .extracting(org.kesudesk.model.Unit::name).containsExactly("市教育局", "市科协", "团市委"));
        // its task names its own, 市科协 among them: the action is led by the first alone
        assertThat(items.get(1).leadUnits()).extracting(org.kesudesk.model.Unit::name)
                .containsExactly("市农业农村局");
        assertThat(items.get(1).children().get(0).carriedOutBy()).extracting(org.kesudesk.model.Unit::name)
                .containsExactly("市科协", "市妇联");
        // a task's list too: its first unit leads it (the note says 各项任务中)
        assertThat(items.get(1).children().get(0).leadUnits()).extracting(org.kesudesk.model.Unit::name)
                .containsExactly("市科协");
        assertThat(items.get(1).children().get(0).responsibleUnits()).extracting(org.kesudesk.model.Unit::name)
                .containsExactly("市妇联");
        // no tasks (a work plan's style), a list without a label: a task itself, the first leading it
        assertThat(items.get(2).leadUnits()).extracting(org.kesudesk.model.Unit::name).containsExactly("市科技局");
        assertThat(items.get(2).ownTask().orElseThrow().carriedOutBy())
                .extracting(org.kesudesk.model.Unit::name).containsExactly("市科技局", "市科协", "市文旅局");
        // the note is the format's, not the plan's; the review says it was followed, and nothing else is warned of
        assertThat(PlanOutline.of(report.document()).lines()).noneMatch(line -> line.contains("列第一位"));
        report.document().forEachNode(node -> assertThat(node.text()).doesNotContain("列第一位"));
        assertThat(report.document().plan().goalText()).doesNotContain("列第一位");
        assertThat(report.warnings()).extracting(warning -> warning.message().key())
                .contains("parse.warning.firstListedLeads")
                .doesNotContain("parse.warning.responsibleOnItem", "parse.warning.unplacedOnItem");

        // the same as a Word file: the same plan
        ParseReport word = read("plan.docx", Containers.docxParagraphs(String.join("\n", lines)));
        assertThat(PlanOutline.of(word.document())).isEqualTo(PlanOutline.of(report.document()));

        // the same plan without the note: a list labelled 责任单位 on an action is its leads, as before, warned of
        ParseReport unsaid = read("plan.txt", String.join("\n", lines.subList(0, lines.size() - 2))
                .getBytes(StandardCharsets.UTF_8));
        assertThat(unsaid.document().items().get(1).leadUnits()).extracting(org.kesudesk.model.Unit::name)
                .containsExactly("市农业农村局", "市科协");
        assertThat(unsaid.warnings()).extracting(warning -> warning.message().key())
                .contains("parse.warning.responsibleOnItem").doesNotContain("parse.warning.firstListedLeads");
    }

    @org.junit.jupiter.api.Test
    void anActionWhoseEveryTaskSaysWhoLeadsIt_isLedByThoseUnits_andOneWhoseTasksDoNotAll_isNot() {
        List<String> lines = List.of("庚政发〔2022〕3号", "三、提升行动", "（一）青少年科学素质提升行动。",
                "1．将科学精神融入课堂教学。（市教育局、市科协牵头，市科技局、团市委等按职责分工负责）",
                "2．提升科学教育水平。（牵头单位：市科技局；配合单位：市教育局）",
                "3．建设科技教育基地。（责任单位：市科协（牵头）、市教育局）",
                "（二）农民科学素质提升行动。", "1．开展农民技能培训。（市农业农村局牵头，市科协参加）",
                "2．推进科技下乡。（责任单位：市科技局、市农业农村局）", "四、保障措施",
                "（一）组织保障。", "1．加强组织领导。（市科协牵头）", "");
        ParseReport report = read("plan.txt", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));

        List<org.kesudesk.model.PlanNode> items = report.document().items();
        // the units leading its tasks, in the order first named; the tasks keep theirs as written
        assertThat(items.get(0).leadUnits()).extracting(org.kesudesk.model.Unit::name)
                .containsExactly("市教育局", "市科协", "市科技局");
        assertThat(items.get(0).children().get(0).carriedOutBy()).extracting(org.kesudesk.model.Unit::name)
                .containsExactly("市教育局", "市科协", "市科技局", "团市委");
        assertThat(report.sources()).filteredOn(source -> source.node().equals("（一）青少年科学素质提升行动"))
                .extracting(UnitSource::unit, UnitSource::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("市教育局", 4),
                        org.assertj.core.groups.Tuple.tuple("市科协", 4),
                        org.assertj.core.groups.Tuple.tuple("市科技局", 5));
        assertThat(report.warnings()).filteredOn(w -> w.message().key().equals("parse.warning.leadsFromTasks"))
                .singleElement().satisfies(w -> {
                    assertThat(w.line()).isEqualTo(3);
                    assertThat(w.message().arguments()).contains("市教育局、市科协、市科技局");
                });
        // a task that does not say who leads it: no lead is made up for its action, which is warned of as before
        assertThat(items.get(1).leadUnits()).isEmpty();
        assertThat(report.warnings()).filteredOn(w -> w.message().key().equals("parse.warning.noLead"))
                .singleElement().satisfies(w -> assertThat(w.line()).isEqualTo(7));
        // a safeguard needs no lead and takes none
        assertThat(items.get(2).leadUnits()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void unitsJoinedByAWordOrASpace_areTwoUnits_butAWordInsideOneName_keepsItWhole() {
        ParseReport report = read("plan.txt", String.join("\n", "庚政发〔2022〕3号", "三、提升行动",
                "（一）农民科学素质提升行动。（牵头单位：市农业农村局和市委宣传部）",
                "1．开展培训。（市农业农村局牵头，市科协和市妇联按职责分工负责）",
                "2．推进下乡。（责任单位：市人力资源社会保障局及市教育局、市卫生健康委以及市医保局）",
                "3．建设农村科普阵地。（责任单位：市住房和城乡建设局、市工业和信息化局、市林业和草原局与市文化广电和旅游局）",
                // names apart by spaces (which cleaning takes out between Chinese characters): each starts its region's
                "4．开展区域科普合作。（责任单位：市委宣传部　市教育局  团市委 市科技局区域合作中心）",
                // the regions' collective after a name; a collective of one body's departments stays whole
                "5．开展科技下乡。（责任单位：市科技局 市科协 各县（市）区人民政府 各乡镇人民政府、市政府各部门）",
                "").getBytes(StandardCharsets.UTF_8));

        org.kesudesk.model.PlanNode farmers = report.document().items().get(0);
        assertThat(farmers.leadUnits()).extracting(org.kesudesk.model.Unit::name)
                .containsExactly("市农业农村局", "市委宣传部");
        assertThat(farmers.children().get(0).carriedOutBy()).extracting(org.kesudesk.model.Unit::name)
                .containsExactly("市农业农村局", "市科协", "市妇联");
        assertThat(farmers.children().get(1).carriedOutBy()).extracting(org.kesudesk.model.Unit::name)
                .containsExactly("市人力资源社会保障局", "市教育局", "市卫生健康委", "市医保局");
        assertThat(farmers.children().get(2).carriedOutBy()).extracting(org.kesudesk.model.Unit::name)
                .containsExactly("市住房和城乡建设局", "市工业和信息化局", "市林业和草原局", "市文化广电和旅游局");
        assertThat(farmers.children().get(3).carriedOutBy()).extracting(org.kesudesk.model.Unit::name)
                .containsExactly("市委宣传部", "市教育局", "团市委", "市科技局区域合作中心");
        assertThat(farmers.children().get(4).carriedOutBy()).extracting(org.kesudesk.model.Unit::name)
                .containsExactly("市科技局", "市科协", "各县（市）区人民政府", "各乡镇人民政府", "市政府各部门");
    }

    @org.junit.jupiter.api.Test
    void aCollectiveNamingLevelsOfRegionApartByACommaOfEnumeration_isOneUnit() {
        assertThat(UnitList.names("各区、县（市）人民政府")).containsExactly("各区、县（市）人民政府");
        assertThat(UnitList.names("市科协、各县、区人民政府、市教育局")).containsExactly("市科协", "各县、区人民政府", "市教育局");
        assertThat(UnitList.names("各县（市）、区人民政府，市直有关部门")).containsExactly("各县（市）、区人民政府", "市直有关部门");
        assertThat(UnitList.names("各乡镇、街道")).containsExactly("各乡镇、街道");
        // the 各 going on over the bare office of another level: no unit is called 街道办事处
        assertThat(UnitList.names("各镇人民政府、街道办事处")).containsExactly("各镇人民政府、街道办事处");
        // after a label too: a list's first piece holds it
        assertThat(UnitList.names("牵头单位：市科协；责任单位：各镇人民政府、街道办事处"))
                .containsExactly("市科协", "各镇人民政府、街道办事处");
        assertThat(UnitList.names("责任单位：各区、县（市）人民政府")).containsExactly("各区、县（市）人民政府");
        assertThat(UnitList.names("责任单位:各乡镇、街道")).containsExactly("各乡镇、街道");
        assertThat(UnitList.names("县科协、各乡（镇）人民政府、街道办事处，县教育局"))
                .containsExactly("县科协", "各乡（镇）人民政府、街道办事处", "县教育局");
        assertThat(UnitList.names("各乡镇政府、街道")).containsExactly("各乡镇政府、街道");
        // the local levels: 街道, 社区, 村
        assertThat(UnitList.names("区科协（牵头）、各街道办事处、社区")).containsExactly("区科协", "各街道办事处、社区");
        assertThat(UnitList.names("各乡镇人民政府、村（社区）")).containsExactly("各乡镇人民政府、村（社区）");
        assertThat(UnitList.names("各街道、社区居委会，区民政局")).containsExactly("各街道、社区居委会", "区民政局");
        // names that are units of their own stay apart
        assertThat(UnitList.names("各镇人民政府、市教育局")).containsExactly("各镇人民政府", "市教育局");
        assertThat(UnitList.names("各县区人民政府、市直有关部门")).containsExactly("各县区人民政府", "市直有关部门");
        assertThat(UnitList.names("各镇人民政府、街道办事处党工委宣传办"))
                .containsExactly("各镇人民政府", "街道办事处党工委宣传办");
        assertThat(UnitList.names("县教育局、县科协")).containsExactly("县教育局", "县科协");
        assertThat(UnitList.names("各县区政府、市教育局")).containsExactly("各县区政府", "市教育局");
    }

    @org.junit.jupiter.api.Test
    void aTaskWhosePartsOneTwoThreeEachNameTheirUnits_hasThemAsSubtasks_andOneListClosingAllParts_staysOneTask() {
        ParseReport report = read("plan.txt", String.join("\n", "寅政办发〔2024〕2号", "二、提升行动",
                "（一）青少年科学素质提升行动。（牵头单位：市教育局）",
                "1.加强学校科学教育。一是推进科学课程改革（责任单位：市教育局）；二是开展科技辅导员培训（责任单位：市科协、"
                        + "团市委）；三是建设科学教育基地（责任单位：市科技局）。",
                "2.开展科普活动：一是举办科技节；二是开展科普讲座。（责任单位：市科协、市教育局）",
                "3.统一是前提。推进标准统一（市市场监管局负责）；二是加强宣传。（责任单位：市委宣传部）",
                "").getBytes(StandardCharsets.UTF_8));

        org.kesudesk.model.PlanNode first = report.document().items().get(0).children().get(0);
        assertThat(first.title()).isEqualTo("加强学校科学教育");
        assertThat(first.carriedOutBy()).isEmpty();
        assertThat(first.children()).extracting(org.kesudesk.model.PlanNode::label,
                org.kesudesk.model.PlanNode::title).containsExactly(org.assertj.core.groups.Tuple.tuple("1",
                        "推进科学课程改革"), org.assertj.core.groups.Tuple.tuple("2", "开展科技辅导员培训"),
                org.assertj.core.groups.Tuple.tuple("3", "建设科学教育基地"));
        assertThat(first.children()).extracting(AnnotationStylesTest::responsible)
                .containsExactly(List.of("市教育局"), List.of("市科协", "团市委"), List.of("市科技局"));
        // each part a sentence of its own, as the documents print it before its units
        assertThat(first.children().get(0).text()).isEqualTo("推进科学课程改革。");
        assertThat(report.warnings()).filteredOn(w -> w.message().key().equals("parse.warning.inlineParts"))
                .singleElement().satisfies(w -> assertThat(w.line()).isEqualTo(4));
        // one list closing every part: the task's, its parts its text
        org.kesudesk.model.PlanNode second = report.document().items().get(0).children().get(1);
        assertThat(second.children()).isEmpty();
        assertThat(second.text()).contains("一是举办科技节；二是开展科普讲座");
        assertThat(second.carriedOutBy()).extracting(org.kesudesk.model.Unit::name)
                .containsExactly("市科协", "市教育局");
        // 统一是 counts nothing, and a part count that does not start at 一是 is no count
        assertThat(report.document().items().get(0).children().get(2).children()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void anActionWhosePartsOneTwoNameTheirLeads_isLedByAll_andOneWhosePartsNameWhoCarriesThemOut_hasThemAsTasks() {
        ParseReport report = read("plan.txt", String.join("\n", "辰政办发〔2024〕4号", "二、提升行动",
                "（一）农民科学素质提升行动。一是开展技能培训（牵头单位：市农业农村局）；二是推进科技下乡（牵头单位："
                        + "市科技局）。",
                "1.开展技能培训。培训高素质农民。（责任单位：市农业农村局）",
                "（二）老年人科学素质提升行动。一是实施智慧助老行动（责任单位：市民政局）；二是实施银龄科普行动（责任单位："
                        + "市卫健委、市科协）。",
                "").getBytes(StandardCharsets.UTF_8));

        List<org.kesudesk.model.PlanNode> items = report.document().items();
        assertThat(items.get(0).leadUnits()).extracting(org.kesudesk.model.Unit::name)
                .containsExactly("市农业农村局", "市科技局");
        // the parts' words kept, their lists (now the action's) out of them
        assertThat(items.get(0).text()).isEqualTo("农民科学素质提升行动。一是开展技能培训；二是推进科技下乡。");
        assertThat(items.get(0).children()).extracting(org.kesudesk.model.PlanNode::title).containsExactly("开展技能培训");
        assertThat(items.get(1).children()).extracting(org.kesudesk.model.PlanNode::label,
                org.kesudesk.model.PlanNode::title).containsExactly(org.assertj.core.groups.Tuple.tuple("1",
                        "实施智慧助老行动"), org.assertj.core.groups.Tuple.tuple("2", "实施银龄科普行动"));
        assertThat(items.get(1).children()).extracting(AnnotationStylesTest::responsible)
                .containsExactly(List.of("市民政局"), List.of("市卫健委", "市科协"));
        assertThat(report.warnings()).extracting(w -> w.message().key()).contains("parse.warning.inlinePartsAsTasks")
                .doesNotContain("parse.warning.itemAsTask");
    }

    @org.junit.jupiter.api.Test
    void mainlyResponsibleAndAssistingLabels_onLinesOfTheirOwn_andTheLastOneEndingTheDocument_withoutAFullStop() {
        ParseReport report = plan("午政办发〔2024〕5号", "二、提升行动",
                "（一）农民科学素质提升行动（牵头单位：市农业农村局）",
                "1.开展技能培训。培训农民。（主要责任单位：市农业农村局；协助单位：市人社局）",
                "2.推进科技下乡。", "主要责任单位：市科技局", "协助单位：市科协、市农业农村局");

        List<org.kesudesk.model.PlanNode> tasks = report.document().items().get(0).children();
        assertThat(tasks).extracting(task -> task.carriedOutBy().stream().map(org.kesudesk.model.Unit::name)
                .toList()).containsExactly(List.of("市农业农村局", "市人社局"), List.of("市科技局", "市科协",
                "市农业农村局"));
        assertThat(tasks.get(1).text()).isEqualTo("推进科技下乡。");
        // a list on a line of its own needs no full stop: the document is not cut off there
        assertThat(report.cutOff()).isEmpty();
        assertThat(report.warnings()).extracting(w -> w.message().key()).doesNotContain("parse.warning.cutOff",
                "parse.warning.mergedIntoTask");
    }

    @org.junit.jupiter.api.Test
    void aTaskTitleOnALineOfItsOwn_withItsUnitsOnItOrAfterIt_takesTheNextParagraphAsItsText_withoutAWarning() {
        ParseReport report = plan("申政办发〔2024〕9号", "二、提升行动", "（一）青少年科学素质提升行动", "牵头单位：市教育局、市科协",
                "1.推进科学教育（责任单位：市教育局）", "完善课程体系，每年开展科学教育活动周。",
                "2.开展科技竞赛", "责任单位：市科协、团市委", "组织青少年参加各类科技竞赛。",
                "3.建设科普场馆（责任单位：市科技局）", "建设市科技馆新馆。（责任单位：市发展改革委）",
                "（二）农民科学素质提升行动", "【牵头单位】市农业农村局",
                "1.开展培训。每年培训农民。【责任单位】市农业农村局、市人社局");

        List<org.kesudesk.model.PlanNode> tasks = report.document().items().get(0).children();
        assertThat(tasks.get(0).text()).contains("完善课程体系");
        assertThat(tasks.get(1).text()).contains("组织青少年参加各类科技竞赛");
        assertThat(tasks.subList(0, 2)).extracting(AnnotationStylesTest::responsible)
                .containsExactly(List.of("市教育局"), List.of("市科协", "团市委"));
        // a paragraph naming units of its own after a task with its units is a task of its own, as before
        assertThat(tasks).hasSize(4);
        assertThat(responsible(tasks.get(3))).containsExactly("市发展改革委");
        assertThat(report.warnings()).extracting(w -> w.message().key())
                .doesNotContain("parse.warning.mergedIntoTask", "parse.warning.cutOff");
        // a list closing the document without brackets needs no full stop either
        assertThat(report.cutOff()).isEmpty();
        // unless a name in it is cut
        ParseReport cut = plan("申政办发〔2024〕9号", "二、提升行动", "（一）农民科学素质提升行动", "【牵头单位】市农业农村局",
                "1.开展培训。每年培训农民。【责任单位】市农业农村局、市人");
        assertThat(cut.cutOff()).isPresent();
    }

    @org.junit.jupiter.api.Test
    void unitsSaidToCarryOutOrImplement_areTheTasksUnits_andNoUnitIsNamedWithWhatItDoes() {
        ParseReport report = plan("酉政办发〔2024〕2号", "二、提升行动", "（一）青少年科学素质提升行动（牵头单位：市教育局）",
                "1.推进科学教育。完善课程体系。（市教育局负责落实）", "2.开展科技竞赛。组织竞赛。（市科协具体负责）",
                "3.开展科学调查。组织调查。（市科协、市统计局共同组织实施）", "4.开展科普进校园。组织活动。（各县（市）区政府负责落实）",
                "5.建设科普场馆。建设科技馆。（市科技局牵头负责，市发展改革委配合）");

        assertThat(report.document().items().get(0).children()).extracting(AnnotationStylesTest::responsible)
                .containsExactly(List.of("市教育局"), List.of("市科协"), List.of("市科协", "市统计局"),
                        List.of("各县（市）区政府"), List.of("市科技局", "市发展改革委"));
        assertThat(report.warnings()).extracting(w -> w.message().key())
                .doesNotContain("parse.warning.noResponsible");
        // a collective followed by what it does was stored as a unit named so
        assertThat(UnitNames.looksLikeUnit("各县（市）区政府负责落实")).isFalse();
        assertThat(UnitNames.looksLikeUnit("各县（市）区政府")).isTrue();
    }

    @org.junit.jupiter.api.Test
    void listsWithTheirTimeOrASecondLabelApartBySpaces_orInLenticularBracketsWithAColon_nameNoUnitWithALabel() {
        ParseReport report = plan("戌政办发〔2024〕4号", "二、提升行动",
                "（一）青少年科学素质提升行动（牵头单位：市教育局　　责任单位：市科协、团市委）",
                "1.推进科学教育。完善课程体系。【责任单位：市教育局】",
                "2.建设科普场馆。建设科技馆。责任单位：市科技局　　完成时限：2024年",
                "3.培育科技教师。每年培训。（责任单位：市教育局、市人社局。）",
                "4.开展科学调查。组织调查。（责任单位：市科协　时限：每年）");

        org.kesudesk.model.PlanNode youth = report.document().items().get(0);
        assertThat(youth.children()).extracting(AnnotationStylesTest::responsible).containsExactly(
                List.of("市教育局"), List.of("市科技局"), List.of("市教育局", "市人社局"), List.of("市科协"));
        assertThat(youth.leadUnits()).extracting(org.kesudesk.model.Unit::name).startsWith("市教育局")
                .doesNotContain("市教育局责任单位：市科协");
        // the times stay in the tasks' texts, where their deadlines are read
        assertThat(org.kesudesk.model.DeadlineWording.find(youth.children().get(1).text())).isPresent();
        assertThat(youth.children().get(3).text()).contains("时限：每年");
        assertThat(org.kesudesk.model.DeadlineWording.find(youth.children().get(3).text())).isPresent();
        assertThat(report.sources()).extracting(UnitSource::unit)
                .allSatisfy(unit -> assertThat(unit).doesNotContain("：", "。"));
        assertThat(report.warnings()).extracting(w -> w.message().key()).doesNotContain("parse.warning.oddUnitName");

        // a name the parser cannot take apart is kept, and the review says it looks wrong
        ParseReport odd = plan("戌政办发〔2024〕4号", "二、提升行动", "（一）青少年科学素质提升行动（牵头单位：市教育局）",
                "1.推进科学教育。完善课程体系。（责任单位：市教育局：市科协）");
        assertThat(odd.warnings()).filteredOn(w -> w.message().key().equals("parse.warning.oddUnitName"))
                .singleElement().satisfies(w -> {
                    assertThat(w.line()).isEqualTo(4);
                    assertThat(w.message().text()).contains("市教育局：市科协");
                });
    }

    @org.junit.jupiter.api.Test
    void twoLabelsOnALineOfTheirOwn_apartBySpacesOnly_readAsTheSameListInBrackets() {
        String bracketed = String.join("\n", "未政办发〔2024〕6号", "二、提升行动",
                "（一）青少年科学素质提升行动（牵头单位：市教育局；责任单位：市科协、团市委）",
                "1.加强学校科学教育。推进科学课程改革。", "2.开展科技活动。组织科技竞赛。", "");
        String spaced = bracketed.replace("（一）青少年科学素质提升行动（牵头单位：市教育局；责任单位：市科协、团市委）",
                "（一）青少年科学素质提升行动\n牵头单位：市教育局　　责任单位：市科协、团市委");

        ParseReport report = read("plan.txt", spaced.getBytes(StandardCharsets.UTF_8));

        assertThat(PlanOutline.of(report.document()))
                .isEqualTo(PlanOutline.of(read("plan.txt", bracketed.getBytes(StandardCharsets.UTF_8)).document()));
        assertThat(report.document().items().get(0).leadUnits()).extracting(org.kesudesk.model.Unit::name)
                .containsExactly("市教育局");
        assertThat(report.document().items().get(0).children().get(0).carriedOutBy())
                .extracting(org.kesudesk.model.Unit::name).containsExactly("市教育局", "市科协", "团市委");
    }

    @org.junit.jupiter.api.Test
    void aTimeInBracketsOfItsOwnAfterTheUnits_orAfterAFullStopInsideThem_isTheTasksTime_notAUnit() {
        ParseReport report = plan("申政办发〔2024〕7号", "二、提升行动",
                "（一）青少年科学素质提升行动。（牵头单位：市教育局）",
                "1.加强学校科学教育。推进科学课程改革。（责任单位：市教育局、市科协）（完成时限：2025年底）",
                "2.开展科技活动。组织科技竞赛。（责任单位：市科协、团市委。完成时限：每年）",
                "3.建设科普基地。每年建设2个。【责任单位】市科技局、市科协【完成时限】2024年6月");

        List<org.kesudesk.model.PlanNode> tasks = report.document().items().get(0).children();
        assertThat(tasks).extracting(task -> task.carriedOutBy().stream().map(org.kesudesk.model.Unit::name)
                .toList()).containsExactly(List.of("市教育局", "市科协"), List.of("市科协", "团市委"),
                        List.of("市科技局", "市科协"));
        // in lenticular brackets after the units' (a work plan's way): the same, and no bracket left in the text
        assertThat(tasks.get(2).text()).contains("完成时限：2024年6月").doesNotContain("【", "】");
        assertThat(org.kesudesk.model.DeadlineWording.find(tasks.get(2).text()))
                .contains(new org.kesudesk.model.Deadline.OnDate(java.time.LocalDate.of(2024, 6, 30)));
        // the time stays in the text, where the deadline is read from
        assertThat(tasks.get(0).text()).contains("完成时限：2025年底");
        assertThat(org.kesudesk.model.DeadlineWording.find(tasks.get(0).text())).isPresent();
        assertThat(tasks.get(1).text()).contains("完成时限：每年");
    }

    @org.junit.jupiter.api.Test
    void unitsSharingTheWorkWithoutALead_andAnUnbracketedListEndingWithEtCetera_areTheTasksUnits() {
        ParseReport report = plan("卯政办发〔2024〕3号", "二、提升行动",
                "（一）青少年科学素质提升行动。（牵头单位：市教育局）",
                "1.开展科普活动。（市科协、市教育局等按职责分工负责）",
                "2.推进馆校合作。（市直有关部门按职责分工负责）",
                "3.丰富校外科普活动。组织科技馆进校园。责任单位：市科协、团市委等部门。",
                "4.建设科普阵地。各县（市）区政府分别负责。",
                "5.加强宣传。（宣传工作按职责分工负责）");

        List<org.kesudesk.model.PlanNode> tasks = report.document().items().get(0).children();
        assertThat(tasks).extracting(task -> task.carriedOutBy().stream().map(org.kesudesk.model.Unit::name)
                .toList()).containsExactly(List.of("市科协", "市教育局"), List.of("市直有关部门"),
                List.of("市科协", "团市委"), List.of("各县（市）区政府"), List.of());
        // sharing the work, none leads: the action keeps its own lead, nothing derived from its tasks
        assertThat(report.document().items().get(0).leadUnits()).extracting(org.kesudesk.model.Unit::name)
                .containsExactly("市教育局");
        assertThat(tasks.get(0).text()).isEqualTo("开展科普活动。");
    }

    @org.junit.jupiter.api.Test
    void labelledSentencesOneAfterAnother_closingATask_nameAllItsUnits_noneLeftInItsText() {
        ParseReport report = plan("辰政办发〔2024〕5号", "二、提升行动",
                "（一）青少年科学素质提升行动。（牵头单位：市教育局）",
                "1.开展科技活动。组织科技节。责任单位：市科协。配合单位：市科技局、市妇联。",
                "2.建设科普阵地。建设科普活动站。牵头单位：市科协。责任单位：市教育局。配合单位：团市委。",
                "3.加强宣传。时间：每年。责任单位：市委宣传部。");

        List<org.kesudesk.model.PlanNode> tasks = report.document().items().get(0).children();
        assertThat(tasks).extracting(AnnotationStylesTest::responsible).containsExactly(
                List.of("市科协", "市科技局", "市妇联"), List.of("市科协", "市教育局", "团市委"), List.of("市委宣传部"));
        assertThat(tasks).extracting(org.kesudesk.model.PlanNode::text).containsExactly("开展科技活动。组织科技节。",
                "建设科普阵地。建设科普活动站。", "加强宣传。时间：每年。");
    }

    @org.junit.jupiter.api.Test
    void aLeaderNamedBesideTheUnits_isNoUnit_andStaysInTheTasksText() {
        ParseReport report = plan("巳政办发〔2024〕6号", "二、提升行动",
                "（一）青少年科学素质提升行动。（牵头单位：市教育局）",
                "1.开展科技活动。组织科技节。（责任领导：王副市长；牵头单位：市科协；责任单位：团市委）",
                "2.建设科普阵地。建设科普活动站。（责任单位：市科协、市住建局；责任人：李处长；联系电话：12345678）",
                "3.加强宣传。报道科普活动。（牵头单位：市委宣传部；分管市领导：赵副市长；配合单位：市融媒体中心）");

        List<org.kesudesk.model.PlanNode> tasks = report.document().items().get(0).children();
        assertThat(tasks).extracting(AnnotationStylesTest::responsible).containsExactly(List.of("市科协", "团市委"),
                List.of("市科协", "市住建局"), List.of("市委宣传部", "市融媒体中心"));
        assertThat(tasks).extracting(org.kesudesk.model.PlanNode::text).containsExactly(
                "开展科技活动。组织科技节。责任领导：王副市长。", "建设科普阵地。建设科普活动站。责任人：李处长。联系电话：12345678。",
                "加强宣传。报道科普活动。分管市领导：赵副市长。");
    }

    @org.junit.jupiter.api.Test
    void aSafeguardWithItsUnitsOnTheLineAfterIt_readsAsWithThemOnItsOwnLine() {
        String oneLine = String.join("\n", "丑政发〔2022〕1号", "三、保障措施",
                "（一）加强组织领导。各地要加强领导。（责任单位：市科协、市财政局）", "");
        String twoLines = oneLine.replace("。（责任单位", "。\n（责任单位");

        ParseReport report = read("plan.txt", twoLines.getBytes(StandardCharsets.UTF_8));

        assertThat(PlanOutline.of(report.document()))
                .isEqualTo(PlanOutline.of(read("plan.txt", oneLine.getBytes(StandardCharsets.UTF_8)).document()));
        assertThat(report.document().items().get(0).ownTask().orElseThrow().title()).isEqualTo("加强组织领导");
    }

    @org.junit.jupiter.api.Test
    void aUnitTheFirstListedConventionLeavesWithoutATask_staysWithItsItem_warnedOf() {
        ParseReport report = plan("丁政办发〔2023〕5号", "（列第一位者为牵头单位）",
                "二、实施提升行动", "（一）青少年科学素质提升行动。（责任单位：市教育局、团市委、市科协）",
                "1.推进科学教育改革。（责任单位：市教育局、市科协）");

        org.kesudesk.model.PlanNode youth = report.document().items().get(0);
        assertThat(youth.leadUnits()).extracting(org.kesudesk.model.Unit::name).containsExactly("市教育局", "团市委");
        assertThat(report.warnings()).filteredOn(w -> w.message().key().equals("parse.warning.unplacedOnItem"))
                .singleElement().satisfies(w -> assertThat(w.line()).isEqualTo(4));
    }

    @org.junit.jupiter.api.Test
    void theUnitsAnActionNamesBesideItsLeads_whoseTasksNameTheirOwn_areTheTasks_notLeadsOfTheAction() {
        ParseReport report = plan("己政办发〔2023〕2号", "二、实施提升行动",
                "（一）青少年科学素质提升行动。激发青少年好奇心。（牵头单位：市教育局；配合单位：市科技局、市妇联）",
                "1.推进科学教育改革。（责任单位：市教育局、市科技局）",
                "2.建设科学教育基地。（责任单位：市科协、市妇联）",
                "（二）农民科学素质提升行动。由市农业农村局牵头，市科协、团市委配合。",
                "1.开展农民技能培训。（责任单位：市农业农村局、市科协）",
                "（三）产业工人科学素质提升行动。（市总工会牵头，市人社局按职责分工负责）",
                "1.开展职业技能竞赛。（责任单位：市总工会、市人社局）",
                "（四）老年人科学素质提升行动。（责任单位：市卫健委、市老龄办）",
                "1.实施银龄科普行动。（责任单位：市卫健委）");

        List<org.kesudesk.model.PlanNode> items = report.document().items();
        // what the document says each does: the action is led by its 牵头 units alone; the others are its tasks'
        assertThat(items.get(0).leadUnits()).extracting(org.kesudesk.model.Unit::name).containsExactly("市教育局");
        assertThat(items.get(2).leadUnits()).extracting(org.kesudesk.model.Unit::name).containsExactly("市总工会");
        assertThat(items.get(0).children().get(1).carriedOutBy()).extracting(org.kesudesk.model.Unit::name)
                .containsExactly("市科协", "市妇联");
        // one that works with the action in none of its tasks stays with it, not lost, and the clerk is told
        assertThat(items.get(1).leadUnits()).extracting(org.kesudesk.model.Unit::name)
                .containsExactly("市农业农村局", "团市委");
        assertThat(report.warnings()).filteredOn(w -> w.message().key().equals("parse.warning.partnersOnItemKept"))
                .singleElement().satisfies(w -> {
                    assertThat(w.line()).isEqualTo(6);
                    assertThat(w.message().arguments()).contains("农民科学素质提升行动", "团市委");
                });
        // a list labelled 责任单位 alone names no lead: read as the action's leads, warned of, as before
        assertThat(items.get(3).leadUnits()).extracting(org.kesudesk.model.Unit::name)
                .containsExactly("市卫健委", "市老龄办");
        assertThat(report.warnings()).extracting(w -> w.message().key()).contains("parse.warning.responsibleOnItem")
                .doesNotContain("parse.warning.unplacedOnItem");
    }

    @org.junit.jupiter.api.Test
    void aSentenceAfterSomeTasks_namingTheUnitsOfTheTasksAbove_givesThemToThoseTasks() throws java.io.IOException {
        List<String> lines = List.of("庚政办发〔2023〕7号", "二、实施提升行动",
                "（一）青少年科学素质提升行动。激发青少年好奇心。",
                "1.将弘扬科学精神贯穿于育人全链条。加强学校科学教育。",
                "2.实施科技创新后备人才培养计划。建立后备人才库。（以上两项任务由市教育局负责）",
                "3.建设科学教育基地。每年建设2个。",
                "4.开展青少年科技竞赛。每年举办一次。上述任务责任单位为市科协、团市委。",
                "（二）农民科学素质提升行动。提高农民素质。",
                "1.树立相信科学的观念。开展农民教育培训。（责任单位：市农业农村局）",
                "2.实施乡村振兴科技支撑行动。", "3.推进科技下乡。",
                "以上任务由市农业农村局牵头，市科技局、市科协按职责分工负责。",
                "（三）产业工人科学素质提升行动。提高技能素质。",
                "1.开展职业技能竞赛。（责任单位：市人社局）", "2.开展理想信念教育。（责任单位：市总工会）",
                "以上工作由市人社局、市总工会负责。",
                "三、保障措施", "（一）经费保障。将科普经费纳入财政预算。",
                "以上各项工作均由市财政局、市科协按职责分工负责。", "");
        ParseReport report = read("plan.txt", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));

        List<org.kesudesk.model.PlanNode> items = report.document().items();
        // the tasks it counts; then those since the last such sentence
        assertThat(items.get(0).children()).extracting(AnnotationStylesTest::responsible).containsExactly(
                List.of("市教育局"), List.of("市教育局"), List.of("市科协", "团市委"), List.of("市科协", "团市委"));
        // a task's own list says more than the sentence after it; its leading unit leads the others' first
        assertThat(items.get(1).children()).extracting(AnnotationStylesTest::responsible).containsExactly(
                List.of("市农业农村局"), List.of("市农业农村局", "市科技局", "市科协"),
                List.of("市农业农村局", "市科技局", "市科协"));
        // no sentence is a unit, and none is left in a task's text
        report.document().forEachNode(node -> {
            assertThat(node.text()).doesNotContain("以上", "上述");
            node.assignments().forEach(a -> assertThat(a.unit().name()).doesNotContain("以上", "上述", "任务"));
        });
        // every task above names its own: the sentence's units are given to none of them, and the clerk is told
        assertThat(items.get(2).children()).extracting(AnnotationStylesTest::responsible)
                .containsExactly(List.of("市人社局"), List.of("市总工会"));
        assertThat(report.warnings()).filteredOn(w -> w.message().key().equals("parse.warning.tasksAboveHaveUnits"))
                .singleElement().satisfies(w -> {
                    assertThat(w.line()).isEqualTo(16);
                    assertThat(w.message().arguments()).contains("市人社局、市总工会");
                });
        // a safeguard's text with no tasks above it: the safeguard's units
        assertThat(items.get(3).leadUnits()).extracting(org.kesudesk.model.Unit::name)
                .containsExactly("市财政局", "市科协");
        // the review says where the units came from
        assertThat(report.sources()).filteredOn(source -> source.rule() == UnitRule.TASKS_ABOVE)
                .extracting(UnitSource::line).contains(5, 7, 12);

        // the same as a Word file: the same plan
        ParseReport word = read("plan.docx", Containers.docxParagraphs(String.join("\n", lines)));
        assertThat(PlanOutline.of(word.document())).isEqualTo(PlanOutline.of(report.document()));
    }

    @org.junit.jupiter.api.Test
    void aListInsideTheText_withMoreTextAfterIt_namesTheParagraphsUnits_andTheTextAroundItIsKept() {
        ParseReport report = plan("戊政办发〔2023〕3号", "二、提升行动",
                "（一）青少年科学素质提升行动（牵头单位：市教育局、市科协）。激发青少年好奇心和想象力。",
                "1.推进科学教育。完善课程体系（责任单位：市教育局），每年开展科学教育活动周。",
                "2.建设科普场馆（责任单位：市科技局）。完成时限：2024年底。",
                "3.培育科技教师。责任单位：市教育局、市人社局。每年培训200人。",
                "4.开展下乡活动（由市科协牵头，市农业农村局参加），每年组织一次。",
                "5.建设示范基地，按照《科普示范基地认定办法（责任单位：试行）》执行。",
                "6.开展竞赛（责任单位：市科协），组织展演（责任单位：市文旅局），办好科技周。");

        org.kesudesk.model.PlanNode youth = report.document().items().get(0);
        assertThat(youth.title()).isEqualTo("青少年科学素质提升行动");
        assertThat(youth.leadUnits()).extracting(org.kesudesk.model.Unit::name).containsExactly("市教育局", "市科协");
        List<org.kesudesk.model.PlanNode> tasks = youth.children();
        assertThat(tasks).extracting(org.kesudesk.model.PlanNode::title).startsWith("推进科学教育", "建设科普场馆",
                "培育科技教师", "开展下乡活动，每年组织一次");
        assertThat(tasks.subList(0, 4)).extracting(AnnotationStylesTest::responsible).containsExactly(
                List.of("市教育局"), List.of("市科技局"), List.of("市教育局", "市人社局"), List.of("市科协", "市农业农村局"));
        // the words after the list stay the task's, the time too (its deadline read from them)
        assertThat(tasks.get(0).text()).contains("完善课程体系，每年开展科学教育活动周").doesNotContain("责任单位");
        assertThat(org.kesudesk.model.DeadlineWording.find(tasks.get(1).text())).isPresent();
        assertThat(tasks.get(2).text()).contains("每年培训200人").doesNotContain("责任单位");
        // a bracket naming no unit is text; two lists inside one paragraph, each a clause's: the task has both
        // lists' units, the lists leave its words, and the review says so
        assertThat(responsible(tasks.get(4))).isEmpty();
        assertThat(tasks.get(4).text()).contains("（责任单位：试行）");
        assertThat(responsible(tasks.get(5))).containsExactly("市科协", "市文旅局");
        assertThat(tasks.get(5).text()).isEqualTo("开展竞赛，组织展演，办好科技周。");
        assertThat(report.warnings()).filteredOn(w -> w.message().key().equals("parse.warning.unitsWithin"))
                .singleElement().satisfies(w -> assertThat(w.message().text()).contains("市科协、市文旅局"));
        // the review says where each was written
        assertThat(report.sources()).filteredOn(source -> source.node().startsWith("1.推进科学教育"))
                .extracting(UnitSource::rule).containsOnly(UnitRule.INSIDE_TEXT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"traditional", "bare", "label-lines", "lead-phrases", "unbracketed", "spaced",
            "bracket-lines", "inside"})
    void theSampleRewrittenInEachStyle_readsAsTheSample(String style) {
        String original = new String(sample(), StandardCharsets.UTF_8);
        String rewritten = rewrite(original, style);
        assertThat(rewritten).isNotEqualTo(original);

        ParseReport asWritten = read("sample.txt", sample());
        ParseReport report = read("sample-" + style + ".txt", rewritten.getBytes(StandardCharsets.UTF_8));

        // written 由X牵头，Y参加, a task's first unit leads it: the same units in the same order, marked
        java.util.function.UnaryOperator<String> unmarked = line -> line.replace("（牵头）", "");
        assertThat(PlanOutline.of(report.document()).lines().filter(line -> !line.startsWith("goal"))
                .map(unmarked).toList())
                .isEqualTo(PlanOutline.of(asWritten.document()).lines().filter(line -> !line.startsWith("goal"))
                        .toList());
        long led = report.document().sections().stream().mapToLong(section -> count(section,
                node -> node.kind().isTask() && !node.leadUnits().isEmpty())).sum();
        long rewrittenTaskLists = LIST.matcher(original).results().filter(list -> list.group(1).equals("责任单位"))
                .count();
        assertThat(led).isEqualTo(style.equals("lead-phrases") ? rewrittenTaskLists : 0);
    }

    private static long count(org.kesudesk.model.PlanNode node,
                              java.util.function.Predicate<org.kesudesk.model.PlanNode> which) {
        long[] n = {0};
        node.forEachNode(each -> n[0] += which.test(each) ? 1 : 0);
        return n[0];
    }

    /** An outline's line of a task with its first unit marked as leading it; any other line as it is. */
    static String firstUnitLeadsTask(String line) {
        String node = line.strip();
        int units = line.indexOf(" | ");
        boolean task = !node.matches("^(section|action|project|safeguard|indicator|goal) .*") && line.startsWith(" ");
        if (!task || units < 0) {
            return line;
        }
        int end = line.indexOf('、', units);
        int at = end < 0 ? line.length() : end;
        return line.substring(0, at) + "（牵头）" + line.substring(at);
    }

    private static final Pattern LIST = Pattern.compile("（(牵头单位|责任单位)：([^（）]*(?:（[^（）]*）[^（）]*)*)）$",
            Pattern.MULTILINE);

    /** The sample with its unit lists written in another style. */
    private static String rewrite(String text, String style) {
        if (style.equals("inside")) {
            return insideTheText(text);
        }
        Matcher list = LIST.matcher(text);
        StringBuilder out = new StringBuilder();
        while (list.find()) {
            String label = list.group(1);
            String names = list.group(2);
            List<String> units = List.of(names.split("[、，,]"));
            String replacement = switch (style) {
                case "traditional" -> "（" + (label.equals("牵头单位") ? "牽頭單位" : "責任單位") + "：" + names + "）";
                case "bare" -> "（" + names + "）";
                case "label-lines" -> "\n" + label + "：" + names + "。";
                // closing the sentence without brackets
                case "unbracketed" -> label + "：" + names + "。";
                // the list in its brackets, on a line of its own
                case "bracket-lines" -> "\n（" + label + "：" + names + "）";
                // names apart by full-width spaces
                case "spaced" -> "（" + label + "：" + String.join("\u3000", units) + "）";
                case "lead-phrases" -> label.equals("牵头单位") ? "（由" + names + "牵头）"
                        : "（由" + units.get(0) + "牵头" + (units.size() > 1
                        ? "，" + String.join("、", units.subList(1, units.size())) + "参加" : "") + "）";
                default -> throw new IllegalArgumentException(style);
            };
            list.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        list.appendTail(out);
        return out.toString();
    }

    /**
     * The sample with each list closing a paragraph of more than one sentence moved into it, closing the first:
     * 1.加强学校科学教育（责任单位：市教育局）。推进…。 — as offices write a task whose text goes on after its units.
     */
    private static String insideTheText(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            Matcher list = LIST.matcher(line);
            int stop = line.indexOf('。');
            if (list.find() && stop > 0 && stop < list.start() - 1) {
                line = line.substring(0, stop) + list.group() + line.substring(stop, list.start());
            }
            out.append(line).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /** The plan these lines make, read as a text file. */
    @org.junit.jupiter.api.Test
    void aTaskNamingAClausesUnitsAfterTheClause_andItsOwnAtTheEnd_hasEveryListsUnitsOnce_inTheOrderWritten()
            throws Exception {
        String[] lines = {"己政办发〔2024〕2号", "二、提升行动",
            "（一）青少年科学素质提升行动（牵头单位：市教育局、市科协）。激发青少年好奇心和想象力。",
            "1.弘扬科学家精神。组织开展学习宣传活动（责任单位：市委宣传部、市科协），讲好科学家故事（责任单位：市科协、市教育局）。",
            "2.推进科学教育。完善课程体系（市教育局牵头，市科协参与），开展科学教育活动周（责任单位：市教育局、团市委）。",
            "3.加强教师培训（责任单位：市教育局），每年培训200人。（牵头单位：市教育局；责任单位：市人社局）"};
        ParseReport report = plan(lines);

        List<org.kesudesk.model.PlanNode> tasks = report.document().items().get(0).children();
        // a clause's list first, then the closing one's names not in it; a unit any list says leads, leads
        assertThat(tasks).extracting(AnnotationStylesTest::responsible).containsExactly(
                List.of("市委宣传部", "市科协", "市教育局"), List.of("市教育局", "市科协", "团市委"),
                List.of("市教育局", "市人社局"));
        assertThat(tasks).extracting(task -> task.leadUnits().stream().map(org.kesudesk.model.Unit::name).toList())
                .containsExactly(List.of(), List.of("市教育局"), List.of("市教育局"));
        // the words without the lists (their units are printed once, closing the task), the title so too
        assertThat(tasks.get(0).title()).isEqualTo("弘扬科学家精神");
        assertThat(tasks.get(0).text()).isEqualTo("弘扬科学家精神。组织开展学习宣传活动，讲好科学家故事");
        assertThat(tasks.get(1).text()).isEqualTo("推进科学教育。完善课程体系，开展科学教育活动周");
        // a list between two stops leaves one
        ParseReport stops = plan("己政办发〔2024〕6号", "二、提升行动", "（一）青少年科学素质提升行动（牵头单位：市教育局）",
                "1.推进科学教育。完善课程体系。（责任单位：市教育局）。开展科学教育活动周（责任单位：团市委），每年一次。");
        assertThat(stops.document().items().get(0).children().get(0).text())
                .isEqualTo("推进科学教育。完善课程体系。开展科学教育活动周，每年一次。");
        assertThat(tasks.get(2).title()).isEqualTo("加强教师培训，每年培训200人");
        // the plan is one the content check takes: no unit twice on a task
        assertThat(org.kesudesk.logic.PlanContentCheck.violations(report.document())).isEmpty();
        // the review: where each came from, and a note for each task a clause's list added a unit to
        assertThat(report.sources()).filteredOn(source -> source.node().equals("1.弘扬科学家精神")
                        && source.rule() == UnitRule.INSIDE_TEXT)
                .extracting(UnitSource::unit).containsExactly("市委宣传部", "市科协");
        // (the third's clause names a unit its closing list names too: nothing added, nothing to say)
        assertThat(report.warnings()).filteredOn(w -> w.message().key().equals("parse.warning.unitsWithin"))
                .extracting(ParseWarning::line).containsExactly(4, 5);
        assertThat(report.warnings()).filteredOn(w -> w.message().key().equals("parse.warning.unitsWithin"))
                .first().satisfies(w -> assertThat(w.message().text()).contains("弘扬科学家精神", "市委宣传部")
                        .doesNotContain("市教育局"));

        // the same as a Word file: the same plan
        ParseReport word = read("plan.docx", Containers.docxParagraphs(String.join("\n", lines)));
        assertThat(PlanOutline.of(word.document())).isEqualTo(PlanOutline.of(report.document()));
    }

    @org.junit.jupiter.api.Test
    void anActionNamingAUnitTwice_inItsHeadingAndItsText_orUnderTwoLabels_hasItOnce_andItLeads() {
        ParseReport report = plan("己政办发〔2024〕3号", "二、提升行动",
                "（一）青少年科学素质提升行动（牵头单位：市教育局）",
                "激发青少年好奇心和想象力。（牵头单位：市教育局；责任单位：市科协、团市委）",
                "1.推进科学教育。完善课程体系。",
                "2.建设科普场馆。（责任单位：市科技局、市科协）",
                "（二）农民科学素质提升行动（牵头单位：市农业农村局、市科协；责任单位：市科协、市妇联）",
                "1.开展培训。每年培训高素质农民1000人。");

        // the content check refused such a plan whole: a unit twice on a node
        assertThat(org.kesudesk.logic.PlanContentCheck.violations(report.document())).isEmpty();
        List<org.kesudesk.model.PlanNode> items = report.document().items();
        assertThat(items).extracting(item -> item.leadUnits().stream().map(org.kesudesk.model.Unit::name).toList())
                .containsExactly(List.of("市教育局"), List.of("市农业农村局", "市科协"));
        // a task without units of its own: the action's, each once
        assertThat(responsible(items.get(0).children().get(0))).containsExactly("市教育局", "市科协", "团市委");
        assertThat(responsible(items.get(0).children().get(1))).containsExactly("市科技局", "市科协");
        assertThat(responsible(items.get(1).children().get(0))).containsExactly("市农业农村局", "市科协", "市妇联");
        // the review: the heading's list is where 市教育局 came from, once
        assertThat(report.sources()).filteredOn(source -> source.node().equals("（一）青少年科学素质提升行动"))
                .extracting(UnitSource::unit).containsOnlyOnce("市教育局");
    }

    @org.junit.jupiter.api.Test
    void aTasksLabelLines_namingItsLeadAgainAmongItsResponsibleUnits_giveItOnce_asItsLead() {
        ParseReport report = plan("己政办发〔2024〕5号", "二、提升行动",
                "（一）青少年科学素质提升行动（牵头单位：市教育局、市科协）",
                "1.推进科学教育。完善课程体系。",
                "牵头单位：市教育局",
                "责任单位：市教育局、市科协、团市委");

        // the content check refused such a plan whole: 市教育局 twice on the task
        assertThat(org.kesudesk.logic.PlanContentCheck.violations(report.document())).isEmpty();
        org.kesudesk.model.PlanNode task = report.document().items().get(0).children().get(0);
        assertThat(task.leadUnits()).extracting(org.kesudesk.model.Unit::name).containsExactly("市教育局");
        assertThat(task.responsibleUnits()).extracting(org.kesudesk.model.Unit::name).containsExactly("市科协", "团市委");
    }

    @org.junit.jupiter.api.Test
    void anActionNamingAClausesLeadInsideItsWords_isLedByEveryListsUnits() {
        ParseReport report = plan("己政办发〔2024〕4号", "二、提升行动",
                "（一）青少年科学素质提升行动",
                "激发青少年好奇心（牵头单位：市教育局），培育科学兴趣（牵头单位：市科协）。",
                "1.推进科学教育。完善课程体系。（责任单位：市教育局、团市委）",
                "（二）农民科学素质提升行动",
                "开展农民培训（牵头单位：市农业农村局），推广农业技术。（牵头单位：市科技局）",
                "1.开展培训。（责任单位：市农业农村局、市妇联）");

        List<org.kesudesk.model.PlanNode> items = report.document().items();
        assertThat(items).extracting(item -> item.leadUnits().stream().map(org.kesudesk.model.Unit::name).toList())
                .containsExactly(List.of("市教育局", "市科协"), List.of("市农业农村局", "市科技局"));
        assertThat(items).extracting(org.kesudesk.model.PlanNode::text)
                .containsExactly("激发青少年好奇心，培育科学兴趣", "开展农民培训，推广农业技术。");
        assertThat(report.warnings()).filteredOn(w -> w.message().key().equals("parse.warning.unitsWithin"))
                .extracting(ParseWarning::line).containsExactly(4, 7);
        assertThat(org.kesudesk.logic.PlanContentCheck.violations(report.document())).isEmpty();
    }

    private static ParseReport plan(String... lines) {
        return read("plan.txt", (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The names of a node's responsible units, in order. */
    private static List<String> responsible(org.kesudesk.model.PlanNode node) {
        return node.carriedOutBy().stream().map(org.kesudesk.model.Unit::name).toList();
    }
}
