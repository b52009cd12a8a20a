package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kesudesk.model.Deadline;
import org.kesudesk.model.DeadlineWording;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.TextRules;
import org.kesudesk.model.Unit;

/**
 * Words where a list or a table's cell would name units: 同上 (同前, 〃) — the units of the one above, in a plan's text
 * (the node of its kind before it) and in a 分工表 (the cell above it); —, /, 无, 暂无 — none. Never a unit so named.
 */
class UnitPlaceholdersTest {

    private static final List<String> NOTICE = List.of("乙市人民政府办公室关于印发乙市全民科学素质行动实施方案的通知", "",
            "各县（市）区人民政府，市政府各部门：", "现将《乙市全民科学素质行动实施方案》印发给你们，请认真贯彻执行。", "",
            "乙市人民政府办公室", "2026年4月1日", "", "乙市全民科学素质行动实施方案", "", "一、总体要求",
            "到2025年，公民具备科学素质的比例达到15%。");

    @Test
    void aListSayingSameAsAbove_takesTheUnitsOfTheNodeOfItsKindAboveIt_inTheRoleItSaysOrAll() {
        ParseReport report = read(String.join("\n", NOTICE), "二、实施提升行动",
                "（一）青少年科学素质提升行动。激发青少年好奇心。（牵头单位：市教育局、市科协）",
                // the first task says 同上 before any task: nothing above it of its kind (the item is no task)
                "1.加强学校科学教育。推进科学课程改革。（责任单位：同上）",
                "2.开展青少年科技活动。组织科技竞赛。（牵头单位：市科协；责任单位：市科技局、市妇联）",
                // all its list says: every unit of the task above, each in its role
                "3.开展科普阅读活动。建设书香校园。（责任单位：同上。）",
                // the lead as above, its own responsible units
                "4.建设科普教育基地。评选示范基地。（牵头单位：〃；责任单位：市文旅局）",
                "（二）农民科学素质提升行动。提升农民技能。（牵头单位：同前）",
                // above this task: the last task before it, under the item before
                "1.开展农民技能培训。培训高素质农民。（同上）",
                "", "抄送：市委办公室。", "乙市人民政府办公室 2026年4月1日印发");

        PlanDocument plan = report.document();
        assertThat(units(plan)).doesNotContain("同上", "同上。", "同前", "〃");
        List<String> tasks = new ArrayList<>();
        plan.items().forEach(item -> {
            tasks.add(item.title() + "：" + names(item.leadUnits()));
            item.children().forEach(task -> tasks.add(task.title() + "：" + names(task.leadUnits()) + "；"
                    + names(task.responsibleUnits())));
        });
        assertThat(tasks).containsExactly(
                "青少年科学素质提升行动：市教育局、市科协",
                "加强学校科学教育：；",
                "开展青少年科技活动：市科协；市科技局、市妇联",
                "开展科普阅读活动：市科协；市科技局、市妇联",
                "建设科普教育基地：市科协；市文旅局",
                "农民科学素质提升行动：市教育局、市科协",
                "开展农民技能培训：市科协；市文旅局");
        // the review says whose units each took, and that the first had none to take
        assertThat(report.warnings()).extracting(warning -> warning.message().text())
                .anySatisfy(text -> assertThat(text).contains("1.加强学校科学教育", "同上", "没有"))
                .anySatisfy(text -> assertThat(text).contains("3.开展科普阅读活动", "2.开展青少年科技活动",
                        "市科协、市科技局、市妇联"))
                .anySatisfy(text -> assertThat(text).contains("（二）农民科学素质提升行动", "同前",
                        "（一）青少年科学素质提升行动"));
        assertThat(report.sources()).filteredOn(source -> source.rule() == UnitRule.SAME_AS_ABOVE)
                .extracting(UnitSource::unit)
                .containsExactly("市科协", "市科技局", "市妇联", "市科协", "市教育局", "市科协", "市科协", "市文旅局");
        assertThat(report.sources()).extracting(UnitSource::unit).doesNotContain("同上", "同前", "〃", "同上。");
    }

    @Test
    void aTableCellSayingSameAsAbove_takesTheCellAbovesText_itsUnitsAndItsTime() {
        // a 分工表 pasted from Word: cells between tabs
        ParseReport report = read(String.join("\n", NOTICE), "附件", "任务分工表",
                "序号\t重点任务\t牵头单位\t责任单位\t完成时限",
                "一、实施提升行动",
                "（一）\t青少年科学素质提升行动\t市教育局\t\t",
                // under the item's row: its 牵头单位
                "1\t加强学校科学教育\t同上\t团市委、市科协\t2025年底前",
                "2\t开展青少年科技活动\t市科协\t〃\t同上",
                "3\t开展科普阅读活动\t同上\t市图书馆\t长期坚持",
                "", "抄送：市委办公室。", "乙市人民政府办公室 2026年4月1日印发");

        PlanDocument plan = report.document();
        assertThat(units(plan)).doesNotContain("同上", "〃");
        List<PlanNode> tasks = plan.items().get(0).children();
        assertThat(tasks).extracting(task -> names(task.carriedOutBy())).containsExactly(
                "市教育局、团市委、市科协", "市科协、团市委", "市科协、市图书馆");
        assertThat(tasks).extracting(task -> DeadlineWording.find(task.text()).map(Deadline::code).orElse("none"))
                .containsExactly("2025-12-31", "2025-12-31", "ongoing");
    }

    @Test
    void theWordsSayingSameAsAbove_areNoUnitNames_butNamesHoldingThemAre() {
        assertThat(List.of("同上", "同上。", "同前", "同上栏", "〃", " 同上 ")).allMatch(TextRules::saysSameAsAbove);
        assertThat(List.of("市科协", "同上级部门", "市同上协会", "")).noneMatch(TextRules::saysSameAsAbove);
    }

    @Test
    void aListOrACellSayingNone_namesNoUnit_andATablesLastRowWithNoneIsNoTextCutShort() {
        ParseReport text = read(String.join("\n", NOTICE), "二、实施提升行动",
                "（一）青少年科学素质提升行动。激发青少年好奇心。（牵头单位：市教育局；责任单位：无）",
                "1.加强学校科学教育。推进科学课程改革。（责任单位：—）",
                "2.开展青少年科技活动。组织科技竞赛。（牵头单位：暂无；责任单位：市科技局）",
                "", "抄送：市委办公室。", "乙市人民政府办公室 2026年4月1日印发");
        assertThat(units(text.document())).containsExactly("市教育局", "市科技局");

        ParseReport table = read(String.join("\n", NOTICE), "附件", "任务分工表",
                "序号\t重点任务\t牵头单位\t责任单位\t完成时限",
                "二、实施提升行动",
                "（一）\t青少年科学素质提升行动\t市教育局\t—\t/",
                "1\t加强学校科学教育\t无\t团市委\t-",
                "2\t开展青少年科技活动\t——\t市科技局\t2025年底前",
                // a dash as Excel users type it: never a formula refused, never a unit
                "3\t开展科普讲座\t-\t市科协\t／",
                "4\t开展科普展览\t－\t暂无\t—",
                "", "抄送：市委办公室。", "乙市人民政府办公室 2026年4月1日印发");
        assertThat(units(table.document())).containsExactly("市教育局", "团市委", "市科技局", "市科协");
        assertThat(table.document().items().get(0).children()).extracting(PlanNode::title)
                .containsExactly("加强学校科学教育", "开展青少年科技活动", "开展科普讲座", "开展科普展览");
        assertThat(table.document().items().get(0).children())
                .extracting(task -> DeadlineWording.find(task.text()).map(Deadline::code).orElse("none"))
                .containsExactly("none", "2025-12-31", "none", "none");
        // the last row names no unit: the review says so, and the import needs no --accept-incomplete
        assertThat(table.cutOff()).isEmpty();
        assertThat(table.warnings()).extracting(warning -> warning.message().text())
                .anySatisfy(warning -> assertThat(warning).contains("开展科普展览", "没有责任单位"));
    }

    /**
     * A bare 时间： set apart from the names in a task's list is its time, not a unit named 时间：2025年底前; the same
     * words elsewhere in a task's text stay its text.
     */
    @Test
    void aBareTimeLabelAfterTheNames_isTheTasksTime_notAUnit() {
        ParseReport report = read(String.join("\n", NOTICE), "二、实施提升行动",
                "（一）青少年科学素质提升行动。激发青少年好奇心。（牵头单位：市教育局）",
                "1.开展科普日活动。组织开展。（责任单位：市科协、市教育局；时间：2025年底前）",
                "2.开展科技周活动。活动时间：每年5月。（责任单位：市科技局）",
                "", "抄送：市委办公室。", "乙市人民政府办公室 2026年4月1日印发");

        List<PlanNode> tasks = report.document().items().get(0).children();
        assertThat(tasks).extracting(task -> names(task.carriedOutBy()))
                .containsExactly("市科协、市教育局", "市科技局");
        assertThat(tasks.get(0).text()).endsWith("时间：2025年底前");
        assertThat(DeadlineWording.find(tasks.get(0).text()).map(Deadline::code)).hasValue("2025-12-31");
        assertThat(tasks.get(1).text()).contains("活动时间：每年5月");
        assertThat(report.warnings()).extracting(warning -> warning.message().text())
                .noneSatisfy(text -> assertThat(text).contains("时间：2025"));
    }

    /**
     * 完成时限：同上 in a task's text: the time of the last task before it that gives one, written in its place so its
     * deadline is read and the task printed alone still says when; a list followed by its time field still read.
     */
    @Test
    void aTimeSayingSameAsAbove_takesTheTimeOfTheTaskAbove_andAListBeforeATimeFieldIsStillRead() {
        ParseReport report = read(String.join("\n", NOTICE), "二、实施提升行动",
                "（一）青少年科学素质提升行动。激发青少年好奇心。（牵头单位：市教育局）",
                // nothing above it gives a time
                "1.开展科普日活动。组织开展。（责任单位：市科协；完成时限：同上）",
                "2.加强学校科学教育。推进科学课程改革。（责任单位：市教育局；完成时限：2025年6月底前）",
                "3.开展科技活动。组织竞赛。（责任单位：市科协；完成时限：同上）",
                "4.开展阅读。完成时限：同上。（责任单位：市图书馆）",
                "5.开展讲座。（责任单位：市科技馆）完成时限：同上。",
                "", "抄送：市委办公室。", "乙市人民政府办公室 2026年4月1日印发");

        List<PlanNode> tasks = report.document().items().get(0).children();
        assertThat(tasks).extracting(task -> DeadlineWording.find(task.text()).map(Deadline::code).orElse("none"))
                .containsExactly("none", "2025-06-30", "2025-06-30", "2025-06-30", "2025-06-30");
        assertThat(tasks.get(2).text()).contains("完成时限：2025年6月底前").doesNotContain("同上");
        assertThat(tasks).extracting(task -> names(task.carriedOutBy()))
                .containsExactly("市科协", "市教育局", "市科协", "市图书馆", "市科技馆");
        assertThat(report.warnings()).extracting(warning -> warning.line() + " " + warning.message().text())
                .anySatisfy(text -> assertThat(text).startsWith("15 ").contains("1.开展科普日活动", "没有"))
                .anySatisfy(text -> assertThat(text).startsWith("19 ").contains("5.开展讲座", "2025年6月底前"));
    }

    @Test
    void theWordsSayingNone_areNoUnitNames_butNamesHoldingThemAre() {
        assertThat(List.of("—", "——", "-", "/", "无", "暂无", "待定", " － ", "N/A")).allMatch(TextRules::saysNone);
        assertThat(List.of("市科协", "无线电管理局", "市无线电协会", "", "县-区联络组")).noneMatch(TextRules::saysNone);
    }

    private static ParseReport read(String... lines) {
        return new PlanDocumentReader().read("plan.txt", String.join("\n", lines).getBytes(StandardCharsets.UTF_8),
                Optional.empty(), List.of());
    }

    private static List<String> units(PlanDocument plan) {
        List<String> names = new ArrayList<>();
        plan.forEachNode(node -> node.assignments().forEach(a -> names.add(a.unit().name())));
        return names;
    }

    private static String names(List<Unit> units) {
        return String.join("、", units.stream().map(Unit::name).toList());
    }
}
