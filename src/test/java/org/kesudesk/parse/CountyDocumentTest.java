package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kesudesk.parse.SampleDocumentTest.bytes;
import static org.kesudesk.parse.SampleDocumentTest.expectedOutline;
import static org.kesudesk.parse.SampleDocumentTest.read;

import org.junit.jupiter.api.Test;
import org.kesudesk.model.NodeKind;
import org.kesudesk.model.PlanNode;
import org.kesudesk.testsupport.PlanOutline;

/**
 * A county plan of another shape, written for these tests: other counts and units, 1、 and 1． numbering,
 * （1） sub-tasks, half-width brackets, ； and ， between units, a page break inside a word, and 保障措施 with units.
 */
class CountyDocumentTest {

    @Test
    void aCountyPlanOfAnotherShapeReadsAsItsGoldenOutline() {
        ParseReport report = read("gannan-county-2023.txt", bytes("gannan-county-2023.txt"));

        assertThat(PlanOutline.of(report.document())).isEqualTo(expectedOutline("gannan-county-2023.expected.txt"));
    }

    @Test
    void aTaskWithSubtasksNeedsNoUnitsOfItsOwn_andTheDocumentHasNoWarnings() {
        ParseReport report = read("gannan-county-2023.txt", bytes("gannan-county-2023.txt"));

        PlanNode museum = report.document().items().get(3).children().get(0);
        assertThat(museum.children()).extracting(PlanNode::kind).containsOnly(NodeKind.SUBTASK);
        assertThat(report.warnings()).isEmpty();
        assertThat(report.aliasSuggestions()).isEmpty();
    }

    @Test
    void aWordSplitByAPageBreakIsMended() {
        ParseReport report = read("gannan-county-2023.txt", bytes("gannan-county-2023.txt"));

        assertThat(report.document().items().get(1).children().get(1).text()).contains("着力培育农村实用人才。");
        assertThat(report.document().items().get(4).text()).isEqualTo("提升基层科普服务能力。");
    }
}
