package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kesudesk.parse.SampleDocumentTest.read;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kesudesk.model.NodeKind;
import org.kesudesk.model.PlanNode;

/**
 * A plan set as headings with a table under each (一、实施五大提升行动, then its table of items and tasks; 二、…, then
 * its own): each table's items are its heading's, as a reader takes them. A table of items and tasks alone was given a
 * section of its own (一、重点任务), which left the heading empty and numbered the next one wrong. The Word file is
 * POI's; the .doc, the .odt and the PDF LibreOffice made of it.
 */
class TablesUnderHeadingsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"docx", "doc", "odt", "pdf", "txt"})
    void eachTableUnderAHeading_isThatSectionsItemsAndTasks(String format) {
        ParseReport report = format.equals("txt") ? read("分工.txt", tabbed().getBytes(StandardCharsets.UTF_8))
                : read("分工." + format, SampleDocumentTest.bytes("styles/tables-under-headings." + format));

        assertThat(report.document().sections()).extracting(section -> section.label() + "、" + section.title())
                .containsExactly("一、实施五大提升行动", "二、实施五项重点工程", "三、保障措施");
        assertThat(report.document().items()).extracting(PlanNode::kind, PlanNode::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple(NodeKind.ACTION, "青少年科学素质提升行动"),
                org.assertj.core.groups.Tuple.tuple(NodeKind.PROJECT, "科普基础设施工程"),
                org.assertj.core.groups.Tuple.tuple(NodeKind.SAFEGUARD, "加强组织领导"));
        assertThat(report.document().items().get(0).children()).extracting(PlanNode::title)
                .containsExactly("开展科学教育进校园活动", "建设青少年科技活动阵地");
        assertThat(report.document().items().get(1).children()).extracting(PlanNode::title)
                .containsExactly("建设县科技馆");
        assertThat(report.warnings()).extracting(warning -> warning.message().text())
                .noneMatch(text -> text.contains("序号应为"));
    }

    /** The same plan as a text editor keeps it, each table's cells between tabs. */
    private static String tabbed() {
        return String.join("\n", List.of("辰县全民科学素质行动实施方案任务分工",
                "为贯彻落实《全民科学素质行动规划纲要（2021—2035年）》，结合我县实际，制定本方案。",
                "一、实施五大提升行动",
                "序号\t重点任务\t牵头单位\t责任单位",
                "（一）青少年科学素质提升行动",
                "1\t开展科学教育进校园活动\t县教育局\t县科协、团县委",
                "2\t建设青少年科技活动阵地\t县科协\t县教育局",
                "",
                "二、实施五项重点工程",
                "序号\t重点任务\t牵头单位\t责任单位",
                "（一）科普基础设施工程",
                "1\t建设县科技馆\t县科协\t县发展改革局、县财政局",
                "",
                "三、保障措施",
                "（一）加强组织领导。县政府统筹协调全县科学素质工作。", ""));
    }
}
