package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kesudesk.parse.SampleDocumentTest.bytes;
import static org.kesudesk.parse.SampleDocumentTest.expectedOutline;
import static org.kesudesk.parse.SampleDocumentTest.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kesudesk.testsupport.PlanOutline;

/**
 * The bar for documents the parser was not written against: plans of other (made-up) places written the way other
 * offices write them, each added with its expected outline before the parser read it, and scored as a clerk would
 * check the result: of the units the document gives each item and task, at least 98 % attributed to it (whatever
 * the role), no unit that is in no list of the document, every item and task found, none made up. The figures are
 * printed; new documents join {@link #DOCUMENTS} with their outline, never with a change to the parser alone.
 */
class UnseenDocumentsTest {

    private static final List<String> DOCUMENTS = List.of("bingxian-county", "dingshi-city", "wushi-city",
            "jixian-county", "gengshi-pdf-text", "xinqu-district", "renxian-traditional",
            "bingshi-city", "xinshi-city", "guixian-division", "renshi-pasted", "jiashi-division", "gengxian-county", "liuyang-sentences",
            "tianhe-district", "jianyang-inline-parts");

    @Test
    void documentsOfOtherStyles_meetTheBar() {
        Score total = new Score();
        for (String name : DOCUMENTS) {
            ParseReport report = read(name + ".txt", bytes("unseen/" + name + ".txt"));
            Score score = Score.of(expectedOutline("unseen/" + name + ".expected.txt"),
                    PlanOutline.of(report.document()));
            System.out.printf(Locale.ROOT, "%-18s %s%n", name, score);
            total.add(score);
        }
        System.out.printf(Locale.ROOT, "%-18s %s%n", "all", total);

        assertThat(total.missingNodes).as("items and tasks not found").isEmpty();
        assertThat(total.phantomNodes).as("items and tasks made up").isEmpty();
        assertThat(total.inventedUnits).as("units in no list of the document").isEmpty();
        assertThat(total.attributed).as("units attributed to their item or task")
                .isGreaterThanOrEqualTo((int) Math.ceil(0.98 * total.expected));
    }

    @Test
    void theSameDocumentsAsWordParagraphs_meetTheBar() throws java.io.IOException {
        Score total = new Score();
        for (String name : DOCUMENTS) {
            String text = new String(bytes("unseen/" + name + ".txt"), java.nio.charset.StandardCharsets.UTF_8);
            ParseReport report = read(name + ".docx", Containers.docxParagraphs(text));
            total.add(Score.of(expectedOutline("unseen/" + name + ".expected.txt"), PlanOutline.of(report.document())));
        }
        System.out.printf(Locale.ROOT, "%-18s %s%n", "all, as .docx", total);

        assertThat(total.missingNodes).isEmpty();
        assertThat(total.phantomNodes).isEmpty();
        assertThat(total.inventedUnits).isEmpty();
        assertThat(total.attributed).isGreaterThanOrEqualTo((int) Math.ceil(0.98 * total.expected));
    }

    /** One outline scored against another: nodes by their path (numbers and titles), units by name. */
    static final class Score {
        int expected;
        int attributed;
        final List<String> misplaced = new ArrayList<>();
        final List<String> missingNodes = new ArrayList<>();
        final List<String> phantomNodes = new ArrayList<>();
        final Set<String> inventedUnits = new LinkedHashSet<>();

        static Score of(String expectedOutline, String actualOutline) {
            Map<String, List<String>> expected = nodes(expectedOutline);
            Map<String, List<String>> actual = nodes(actualOutline);
            Set<String> known = new LinkedHashSet<>();
            expected.values().forEach(known::addAll);
            Score score = new Score();
            expected.forEach((path, units) -> {
                score.expected += units.size();
                List<String> found = actual.get(path);
                if (found == null) {
                    score.missingNodes.add(path);
                    return;
                }
                units.stream().filter(found::contains).forEach(unit -> score.attributed++);
                found.stream().filter(unit -> !units.contains(unit))
                        .forEach(unit -> score.misplaced.add(path + ": " + unit));
            });
            actual.forEach((path, units) -> {
                if (!expected.containsKey(path)) {
                    score.phantomNodes.add(path);
                }
                units.stream().filter(unit -> !known.contains(unit)).forEach(score.inventedUnits::add);
            });
            return score;
        }

        void add(Score other) {
            expected += other.expected;
            attributed += other.attributed;
            misplaced.addAll(other.misplaced);
            missingNodes.addAll(other.missingNodes);
            phantomNodes.addAll(other.phantomNodes);
            inventedUnits.addAll(other.inventedUnits);
        }

        /** Items and tasks (sections group them and carry no units) by path, with their units. */
        private static Map<String, List<String>> nodes(String outline) {
            Map<String, List<String>> nodes = new LinkedHashMap<>();
            String item = "";
            for (String line : outline.split("\n")) {
                String text = line.strip();
                int depth = (line.length() - line.stripLeading().length()) / 2;
                // the header's fields, the goal and the sections (depth 0), indicators: not scored here
                if (text.isEmpty() || depth == 0 || text.startsWith("indicator ")) {
                    continue;
                }
                int bar = text.indexOf(" | ");
                String head = bar < 0 ? text : text.substring(0, bar);
                List<String> units = bar < 0 ? List.of() : List.of(text.substring(bar + 3).split("、"));
                if (depth == 1) {
                    item = head;
                    nodes.put(head, units);
                } else {
                    nodes.put(item + " / " + head, units);
                }
            }
            return nodes;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "units %d/%d (%.1f %%), misplaced %s, missing %s, made up %s, "
                    + "invented units %s", attributed, expected, 100.0 * attributed / Math.max(1, expected),
                    misplaced, missingNodes, phantomNodes, inventedUnits);
        }
    }
}
