package org.kesudesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.parse.PlanDocumentReader;

/**
 * A part of a plan copied as text (编辑 ▸ 复制 on the plan tree) is the words the document itself had for it: read
 * from a plan whose every task and item is one paragraph, the copy of each is that paragraph, and the copy of an item
 * or a section the lines the document had from its heading to the next.
 */
class PrintedTextTest {

    private static final String FIXTURE = "/plans/styles/labelled.txt";
    private static List<String> lines;
    private static PlanDocument plan;

    @BeforeAll
    static void readThePlan() throws IOException {
        byte[] bytes;
        try (InputStream in = PrintedTextTest.class.getResourceAsStream(FIXTURE)) {
            bytes = in.readAllBytes();
        }
        lines = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip).toList();
        plan = new PlanDocumentReader().read("labelled.txt", bytes, Optional.empty(), List.of()).document();
    }

    @Test
    void aTask_isItsParagraphInTheDocument_unitsClauseIncluded() {
        List<PlanNode> tasks = new ArrayList<>();
        plan.forEachNode(node -> {
            if (node.kind().isTask()) {
                tasks.add(node);
            }
        });
        assertThat(tasks).hasSize(5);
        for (PlanNode task : tasks) {
            String copied = PrintedText.of(plan, task.id()).orElseThrow();
            assertThat(lines).as("a line of the document").contains(copied);
            assertThat(copied).startsWith(task.label()).endsWith("）").contains("（责任单位：");
        }
    }

    @Test
    void anItem_isItsParagraphAndItsTasks_asTheDocumentHadThem() {
        PlanNode youth = plan.sections().get(0).children().get(0);
        assertThat(PrintedText.of(plan, youth.id()).orElseThrow().lines().toList())
                .isEqualTo(between("（一）青少年科学素质提升行动", "（二）农民科学素质提升行动"));
    }

    @Test
    void aSection_isEverythingFromItsHeadingToTheNext() {
        PlanNode actions = plan.sections().get(0);
        assertThat(PrintedText.of(plan, actions.id()).orElseThrow().lines().toList())
                .isEqualTo(between("二、实施提升行动", "三、实施重点工程"));
        PlanNode projects = plan.sections().get(1);
        assertThat(PrintedText.of(plan, projects.id()).orElseThrow().lines().toList())
                .isEqualTo(between("三、实施重点工程", "抄送："));
    }

    @Test
    void aNodeNotInThePlan_copiesNothing() {
        assertThat(PrintedText.of(plan, UUID.randomUUID())).isEmpty();
    }

    /** The document's non-blank lines from the one starting with {@code first} to before the one starting with {@code next}. */
    private static List<String> between(String first, String next) {
        int start = index(first);
        int end = index(next);
        return lines.subList(start, end).stream().filter(line -> !line.isEmpty()).toList();
    }

    private static int index(String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no line starting with " + start);
    }
}
