package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kesudesk.parse.SampleDocumentTest.bytes;
import static org.kesudesk.parse.SampleDocumentTest.read;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Unit;

/** Names written without the prefix they share with the one before them: suggested, never stored on their own. */
class SharedPrefixTest {

    @Test
    void aNameWithoutAPrefixMeansThePrefixOfTheNameBeforeIt() {
        assertThat(SharedPrefix.meant(List.of("市委组织部", "宣传部", "市发展改革委", "科技局", "财政局"), List.of()))
                .containsExactly("市委组织部", "市委宣传部", "市发展改革委", "市科技局", "市财政局");
        assertThat(SharedPrefix.meant(List.of("富裕县教育局", "科技局", "县妇联", "总工会"), List.of()))
                .containsExactly("富裕县教育局", "富裕县科技局", "县妇联", "县总工会");
    }

    @Test
    void wholeNamesCollectivesAndKnownUnitsStayAsWritten() {
        // 团市委 names its region; 各成员单位 is a collective; 科协 is a unit this catalogue knows by that name
        assertThat(SharedPrefix.meant(List.of("市教育局", "团市委", "各成员单位", "科协", "有关企业"), List.of("科协")))
                .containsExactly("市教育局", "团市委", "各成员单位", "科协", "有关企业");
        // nothing before it to share a prefix with
        assertThat(SharedPrefix.meant(List.of("宣传部", "市教育局"), List.of())).containsExactly("宣传部", "市教育局");
        // not a department's name
        assertThat(SharedPrefix.meant(List.of("市教育局", "中小学校长"), List.of())).containsExactly("市教育局", "中小学校长");
    }

    @Test
    void aDocumentThatLeavesPrefixesOut_suggestsTheLongNames_andInventsNoUnitUnasked() {
        ParseReport report = read("shared-prefix-units.txt", bytes("shared-prefix-units.txt"));

        assertThat(report.aliasSuggestions()).extracting(AliasSuggestion::alias, AliasSuggestion::canonical,
                AliasSuggestion::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("宣传部", "市委宣传部", 15),
                org.assertj.core.groups.Tuple.tuple("科技局", "市科技局", 15),
                org.assertj.core.groups.Tuple.tuple("财政局", "市财政局", 15));
        assertThat(report.warnings()).extracting(warning -> warning.message().text())
                .anyMatch(text -> text.contains("“宣传部”") && text.contains("“市委宣传部”"));
        // until the user accepts, the units are what the document says
        PlanNode first = report.document().items().get(0).children().get(0);
        assertThat(first.carriedOutBy()).extracting(Unit::name)
                .containsExactly("市委组织部", "宣传部", "市发展改革委", "科技局", "财政局");
        // the same short name in another list is the same suggestion, not a second one
        PlanNode museum = report.document().items().get(1).children().get(0);
        assertThat(museum.carriedOutBy()).extracting(Unit::name).containsExactly("市发展改革委", "财政局");
    }
}
