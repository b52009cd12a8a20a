package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kesudesk.parse.SampleDocumentTest.bytes;
import static org.kesudesk.parse.SampleDocumentTest.read;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kesudesk.model.PlanNode;

/**
 * A 专栏 — a box of an action's highlights, as provincial and city plans print them between its tasks — read as the
 * text of what it stands after, its numbered lines no tasks (they name no units and are reported on by none), the
 * review saying so once for each box; the tasks after it read as tasks.
 */
class BoxesTest {

    @Test
    void aBoxsNumberedLines_areTextOfWhatItFollows_notTasks() {
        ParseReport report = read("boxes.txt", bytes("styles/boxes.txt"));

        List<PlanNode> items = report.document().items();
        PlanNode youth = items.get(0);
        assertThat(youth.children()).extracting(PlanNode::title).containsExactly("将弘扬科学精神贯穿于育人全链条",
                "实施科技教育", "建立校内外科学教育资源衔接机制");
        assertThat(youth.children().get(1).text()).contains("专栏1", "科学教育资源建设", "科技辅导员培训");
        // the box's target kept, with what it stands after
        assertThat(youth.children().get(1).indicators()).extracting(indicator -> indicator.wording())
                .containsExactly("每年培训科技辅导员500人次");
        assertThat(youth.children().get(2).carriedOutBy()).extracting(unit -> unit.name())
                .containsExactly("市教育局", "市科技局");

        PlanNode farmers = items.get(1);
        assertThat(farmers.text()).contains("【专栏2】", "高素质农民培育");
        assertThat(farmers.children()).extracting(PlanNode::title).containsExactly("开展科技下乡");
        PlanNode resources = items.get(2);
        assertThat(resources.children()).extracting(PlanNode::title).containsExactly("建立科普资源库");
        assertThat(resources.children().get(0).text()).contains("专栏3", "科普讲解大赛");

        assertThat(report.warnings()).extracting(warning -> warning.message().key())
                .filteredOn(key -> key.equals("parse.warning.box")).hasSize(3);
        assertThat(report.warnings()).extracting(warning -> warning.message().key())
                .doesNotContain("parse.warning.noResponsible", "parse.warning.mergedIntoTask");
    }
}
