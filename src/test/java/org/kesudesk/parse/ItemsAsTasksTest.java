package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kesudesk.parse.SampleDocumentTest.read;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Unit;

/** Actions and projects that name their units and no tasks: each is a task itself, as work plans write them. */
class ItemsAsTasksTest {

    private static final String NOTICE = String.join("\n", "戊政办发〔2022〕5号",
            "戊市人民政府办公室关于印发戊市全民科学素质行动实施方案的通知", "各区县人民政府：", "现将实施方案印发给你们。",
            "戊市人民政府办公室", "2022年5月1日", "戊市全民科学素质行动实施方案（2021—2025年）", "二、提升行动", "");

    @Test
    void aHeadingWithItsUnits_overTextSayingWhatToDo_isOneTaskTitledAsTheHeading() {
        PlanNode item = onlyItem(NOTICE + "（一）青少年科学素质提升行动（牵头单位：市教育局；责任单位：市科协）\n"
                + "一是推进科学教育。二是开展科技活动。\n");

        assertThat(item.leadUnits()).extracting(Unit::name).containsExactly("市教育局");
        assertThat(item.ownTask()).isPresent();
        PlanNode task = item.children().get(0);
        assertThat(task.title()).isEqualTo("青少年科学素质提升行动");
        assertThat(task.text()).isEqualTo("一是推进科学教育。二是开展科技活动。");
        assertThat(task.carriedOutBy()).extracting(Unit::name).containsExactly("市教育局", "市科协");
        assertThat(item.text()).isEmpty();
    }

    @Test
    void itsLeadComesFirstAmongItsTasksUnits_whicheverTheDocumentNamesFirst() {
        PlanNode item = onlyItem(NOTICE + "（一）青少年科学素质提升行动。推进科学教育。（责任单位：市科协、团市委；"
                + "牵头单位：市教育局）\n");

        assertThat(item.leadUnits()).extracting(Unit::name).containsExactly("市教育局");
        assertThat(item.children().get(0).carriedOutBy()).extracting(Unit::name)
                .containsExactly("市教育局", "市科协", "团市委");
    }

    @Test
    void anItemWithTasks_orWithoutUnits_isLeftAsItIs() {
        PlanNode withTasks = onlyItem(NOTICE + "（一）青少年科学素质提升行动（牵头单位：市教育局）\n"
                + "1.推进科学教育。（责任单位：市科协）\n");
        PlanNode withoutUnits = onlyItem(NOTICE + "（一）青少年科学素质提升行动。一是推进科学教育。\n"
                + "（二）农民科学素质提升行动。开展培训。（责任单位：市农业农村局）\n");

        assertThat(withTasks.ownTask()).isEmpty();
        assertThat(withTasks.children()).extracting(PlanNode::title).containsExactly("推进科学教育");
        assertThat(withoutUnits.children()).isEmpty();
        assertThat(withoutUnits.ownTask()).isEmpty();
    }

    @Test
    void twoItemsRunTogetherOnOneLine_asACopyThatLostALineBreak_areStillAPlanTheImportTakes_withEveryUnit() {
        // its words close with a list and name another inside: the task took those units, then the item's again
        ParseReport report = read("plan.txt", (NOTICE + "（一）青少年科学素质提升行动。推进科学教育。（牵头单位：市教育局；"
                + "责任单位：市科协）\u3000\u3000（二）农民科学素质提升行动。开展培训。（牵头单位：市农业农村局；"
                + "责任单位：市科协、市妇联）\n").getBytes(StandardCharsets.UTF_8));

        assertThat(org.kesudesk.logic.PlanContentCheck.violations(report.document())).isEmpty();
        java.util.Set<String> named = new java.util.HashSet<>();
        report.document().forEachNode(node -> node.assignments().forEach(a -> named.add(a.unit().name())));
        assertThat(named).containsExactlyInAnyOrder("市教育局", "市科协", "市农业农村局", "市妇联");
    }

    private static PlanNode onlyItem(String text) {
        List<PlanNode> items = read("plan.txt", text.getBytes(StandardCharsets.UTF_8)).document().items();
        return items.get(0);
    }
}
