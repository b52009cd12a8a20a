package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kesudesk.logic.PlanContentCheck;

/**
 * Every plan document of the tests, damaged as copies are damaged — a line lost, doubled, moved, two lines run
 * together, the text cut off, a line of another document pasted in, a stretch deleted — and read: each is either
 * refused with a message in Chinese or read as a plan whose structure the import takes (no unit twice on a node,
 * no role where its node has none). Never another exception. The damage is drawn from fixed seeds, so a failure
 * names the file and the seed that make it again.
 */
class MutatedDocumentsTest {

    private static final int PER_DOCUMENT = 25;
    /** The content check's findings that are the parser's doing, not the document's words. */
    private static final Set<String> STRUCTURE = Set.of("content.problem.unitTwice", "content.problem.roleMisplaced");

    @Test
    @Timeout(300)
    void everyDamagedCopy_isRefusedInChinese_orReadAsAPlanTheImportTakes() throws IOException {
        List<Path> documents;
        try (Stream<Path> files = Files.walk(Path.of("src", "test", "resources", "plans"))) {
            documents = files.filter(file -> file.toString().endsWith(".txt")
                    && !file.getFileName().toString().startsWith("expected")
                    && !file.toString().contains(".expected.")).sorted().toList();
        }
        List<String> texts = new ArrayList<>();
        for (Path document : documents) {
            texts.add(Files.readString(document, StandardCharsets.UTF_8));
        }
        assertThat(documents).hasSizeGreaterThan(20);

        int read = 0;
        int refused = 0;
        for (int d = 0; d < documents.size(); d++) {
            for (int n = 0; n < PER_DOCUMENT; n++) {
                long seed = d * 1000L + n;
                Random random = new Random(seed);
                String text = texts.get(d);
                StringBuilder damage = new StringBuilder();
                for (int k = 1 + random.nextInt(3); k > 0; k--) {
                    text = damage(text, random, texts, damage);
                }
                String which = documents.get(d).getFileName() + ", seed " + seed + ":" + damage;
                try {
                    ParseReport report = new PlanDocumentReader().read(documents.get(d).getFileName().toString(),
                            text.getBytes(StandardCharsets.UTF_8), Optional.empty(), List.of());
                    assertThat(PlanContentCheck.violations(report.document())).as(which)
                            .noneMatch(violation -> STRUCTURE.contains(violation.problem().key()));
                    read++;
                } catch (PlanParseException refusal) {
                    assertThat(refusal.getMessage()).as(which).containsPattern("\\p{IsHan}");
                    refused++;
                }
            }
        }
        // most damage leaves a plan: the reading is what is tried, not only the refusals
        assertThat(read).isGreaterThan(refused * 3);
    }

    /** One damage, said in {@code said}. */
    private static String damage(String text, Random random, List<String> others, StringBuilder said) {
        if (text.isEmpty()) {
            // cut and deleted to nothing: no further damage to do
            return text;
        }
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int at = random.nextInt(lines.size());
        switch (random.nextInt(7)) {
            case 0 -> {
                said.append(" line ").append(at + 1).append(" lost");
                lines.remove(at);
            }
            case 1 -> {
                said.append(" line ").append(at + 1).append(" doubled");
                lines.add(at, lines.get(at));
            }
            case 2 -> {
                int other = random.nextInt(lines.size());
                said.append(" lines ").append(at + 1).append(" and ").append(other + 1).append(" swapped");
                Collections.swap(lines, at, other);
            }
            case 3 -> {
                if (at + 1 < lines.size()) {
                    said.append(" lines ").append(at + 1).append(" and ").append(at + 2).append(" run together");
                    lines.set(at, lines.get(at) + lines.remove(at + 1));
                }
            }
            case 4 -> {
                int cut = 1 + random.nextInt(Math.max(1, text.length() - 1));
                said.append(" cut after ").append(cut).append(" characters");
                return text.substring(0, cut);
            }
            case 5 -> {
                String[] pasted = others.get(random.nextInt(others.size())).split("\n");
                String line = pasted[random.nextInt(pasted.length)];
                said.append(" a line of another document pasted before line ").append(at + 1);
                lines.add(at, line);
            }
            default -> {
                int from = random.nextInt(text.length());
                int to = Math.min(text.length(), from + 1 + random.nextInt(60));
                said.append(" characters ").append(from).append("–").append(to).append(" deleted");
                return text.substring(0, from) + text.substring(to);
            }
        }
        return String.join("\n", lines);
    }
}
