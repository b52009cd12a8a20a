package org.kesudesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The lines of a notice as its rows: no line of a paragraph left alone at a page's foot or head (孤行控制). */
class GridLinesTest {

    /** A paragraph of this many lines: 26 characters after its indent, 28 on every further line, 5 on its last. */
    private static String paragraphOf(int lines) {
        return "科".repeat(26) + "普".repeat(28 * (lines - 2)) + "工作要落实。";
    }

    private static List<Object> kinds(int lines) {
        GridLines grid = new GridLines();
        grid.paragraph(paragraphOf(lines), DocumentFonts.FANGSONG, true, false);
        return grid.rows().stream().map(row -> row.get("kind")).map(Object.class::cast).toList();
    }

    @Test
    void aParagraphsFirstLineGoesWithItsSecond_andItsLastWithTheOneBefore() {
        assertThat(kinds(2)).containsExactly("BLOCK2");
        // three lines cannot part without leaving one alone: kept whole
        assertThat(kinds(3)).containsExactly("BLOCK3");
        assertThat(kinds(4)).containsExactly("BLOCK2", "BLOCK2");
        assertThat(kinds(6)).containsExactly("BLOCK2", "LINE", "LINE", "BLOCK2");
        GridLines one = new GridLines();
        one.paragraph("一行的段落。", DocumentFonts.FANGSONG, true, false);
        assertThat(one.rows().stream().map(row -> (Object) row.get("kind")).toList()).containsExactly("LINE");
    }

    /** The text's last lines, kept together, stay on the 署名's page: the signature never stands alone. */
    @Test
    void theTextsLastLines_areKeptWithTheSignOff() {
        GridLines grid = new GridLines();
        grid.paragraph(paragraphOf(5), DocumentFonts.FANGSONG, true, false);
        grid.signOff(List.of("乙市人民政府办公室"), "2026年4月1日");
        List<Map<String, ?>> rows = grid.rows();

        Map<String, ?> lastOfText = rows.stream().filter(row -> "BLOCK2".equals(row.get("kind")))
                .reduce((first, second) -> second).orElseThrow();
        Map<String, ?> signature = rows.get(rows.size() - 1);
        assertThat(String.valueOf(signature.values())).contains("乙市人民政府办公室");
        assertThat(lastOfText.get("keep")).isEqualTo(signature.get("keep"));
    }
}
