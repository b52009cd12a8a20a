package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kesudesk.parse.SampleDocumentTest.bytes;
import static org.kesudesk.parse.SampleDocumentTest.read;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kesudesk.model.NodeKind;
import org.kesudesk.model.PlanNode;

/**
 * A note of several points after a plan's tasks (注：1. … 2. … 3. …): its points are the note's, never tasks — also
 * where some of them were read as what they say (units of every task, a default time) and left out.
 */
class NotePointsTest {

    private static final String LAST_TASK = "2.推进基层科普设施建设。每个县（市、区）建成一所科普教育基地。\n";
    private static final String STARRED = "标★的为市级重点任务。";
    private static final String COUNTIES_PLANS = "各县（市、区）要参照本方案制定本地实施方案。";

    @Test
    void aNoteOfPointsNoneOfWhichIsRead_staysTextOfTheTaskItFollows_andAddsNoTask() {
        ParseReport report = withNote("注：1." + STARRED + "\n2." + COUNTIES_PLANS + "\n");

        assertThat(titles(report)).isEqualTo(titles(read("plan.txt", fixture().getBytes(StandardCharsets.UTF_8))));
        PlanNode last = lastProjectTask(report);
        assertThat(last.text()).contains(STARRED, COUNTIES_PLANS);
        assertThat(keys(report)).doesNotContain("parse.warning.numbering");
    }

    @Test
    void aFirstPointReadAndLeftOut_leavesTheNextAPointOfTheNote() {
        ParseReport report = withNote("注：1.各项任务均需各县（市、区）人民政府负责落实，不再列出。\n2." + STARRED + "\n3."
                + COUNTIES_PLANS + "\n");

        assertThat(titles(report)).hasSize(11).noneMatch(title -> title.contains("重点任务") || title.contains("参照"));
        assertThat(lastProjectTask(report).text()).contains(STARRED, COUNTIES_PLANS).doesNotContain("不再列出");
        assertThat(keys(report)).contains("parse.warning.unitsOfEveryTask").doesNotContain("parse.warning.numbering");
    }

    @Test
    void aMiddlePointReadAndLeftOut_leavesTheOnesAfterItPointsOfTheNote() {
        ParseReport report = withNote("注：1." + STARRED + "\n2.未注明完成时限的任务均需长期坚持。\n3." + COUNTIES_PLANS + "\n");

        assertThat(titles(report)).hasSize(11).noneMatch(title -> title.contains("参照"));
        assertThat(lastProjectTask(report).text()).contains(STARRED, COUNTIES_PLANS).doesNotContain("未注明");
        assertThat(keys(report)).contains("parse.warning.defaultDeadline").doesNotContain("parse.warning.numbering");
    }

    private static ParseReport withNote(String note) {
        String document = fixture().replace(LAST_TASK, LAST_TASK + note);
        assertThat(document).contains(note);
        return read("plan.txt", document.getBytes(StandardCharsets.UTF_8));
    }

    private static String fixture() {
        return new String(bytes("unseen/bingshi-city.txt"), StandardCharsets.UTF_8);
    }

    private static List<String> titles(ParseReport report) {
        List<String> titles = new ArrayList<>();
        report.document().forEachNode(node -> {
            if (node.kind() == NodeKind.TASK) {
                titles.add(node.title());
            }
        });
        return titles;
    }

    private static PlanNode lastProjectTask(ParseReport report) {
        PlanNode project = report.document().items().stream().filter(item -> item.kind() == NodeKind.PROJECT)
                .reduce((first, second) -> second).orElseThrow();
        return project.children().get(project.children().size() - 1);
    }

    private static List<String> keys(ParseReport report) {
        return report.warnings().stream().map(warning -> warning.message().key()).toList();
    }
}
