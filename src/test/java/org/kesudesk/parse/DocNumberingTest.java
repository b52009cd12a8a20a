package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kesudesk.parse.SampleDocumentTest.bytes;
import static org.kesudesk.parse.SampleDocumentTest.expectedOutline;
import static org.kesudesk.parse.SampleDocumentTest.read;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kesudesk.testsupport.PlanOutline;

/**
 * A Word 97–2003 document (.doc, as WPS and older Word save) numbered by Word's lists holds no number in its text; it
 * reads with the numbers Word draws. Both files were written by LibreOffice Writer 7.4 (no Word here), and each
 * expectation is what LibreOffice itself shows of them.
 */
class DocNumberingTest {

    /** One list of three levels (一、 （一） 1.); the first section 一、 is typed before it, and the list starts at 一. */
    @Test
    void aMultilevelList_readsWithTheNumbersWordDraws() {
        ParseReport report = read("多级列表.doc", bytes("styles/libreoffice-list-numbered.doc"));

        assertThat(outline(PlanOutline.of(report.document())))
                .isEqualTo(outline(expectedOutline("styles/expected.txt")).stream()
                        .map(line -> line.replace("section 二", "section 一").replace("section 三", "section 二"))
                        .toList());
    }

    /**
     * Its sections and tasks drawn as bare values (一 and 1, a tab after them, no 、 or .), saved as .doc by
     * LibreOffice from a Word file: numbered all the same, read as typed with 一、 and 1.
     */
    @Test
    void aListDrawingBareNumbers_readsAsTheNoticeWithItsNumbersTyped() {
        ParseReport report = read("无标点编号.doc", bytes("styles/libreoffice-bare-numbered.doc"));

        assertThat(outline(PlanOutline.of(report.document()))).isEqualTo(outline(expectedOutline("styles/expected.txt")));
    }

    /**
     * Headings numbered by their styles (标题 1, 标题 2 in the file's list of the outline); the tasks in one list of
     * their own, which LibreOffice's .doc does not start again under each action: 1. 2. then 3. 4. 5., as it shows.
     */
    @Test
    void headingsNumberedByTheirStyles_readWithTheirNumbers() {
        ParseReport report = read("章节编号.doc", bytes("styles/libreoffice-outline-numbered.doc"));

        List<String> expected = outline(expectedOutline("styles/expected.txt"));
        assertThat(outline(PlanOutline.of(report.document())).stream().filter(line -> !line.startsWith("    ")))
                .containsExactlyElementsOf(expected.stream().filter(line -> !line.startsWith("    ")).toList());
        // the tasks as LibreOffice shows them: numbered on from the action before
        assertThat(outline(PlanOutline.of(report.document())).stream().filter(line -> line.startsWith("    ")))
                .containsExactly("    1 加强学校科学教育 | 市教育局、团市委", "    2 开展青少年科技活动 | 市科协、市科技局、市妇联",
                        "    3 开展农民技能培训 | 市农业农村局、市人社局",
                        "    4 建设市科技馆 | 市发展改革委、市住建局、市财政局", "    5 建设基层科普阵地 | 市科协、各县（市）区政府");
    }

    /**
     * A 分工表 whose 重点任务 cells are numbered by one list of two levels (1. a task, （1） its sub-tasks), saved as .doc
     * from Word's file by LibreOffice: the sub-tasks read under their task.
     */
    @Test
    void tasksNumberedInTheirCells_readWithTheirNumbers() {
        ParseReport report = read("分工表.doc", bytes("styles/libreoffice-table-numbered.doc"));

        assertThat(outline(PlanOutline.of(report.document()))).isEqualTo(DocxTableTest.TASK_WITH_SUB_TASKS);
    }

    private static List<String> outline(String outline) {
        return outline.lines().filter(line -> line.startsWith("section") || line.startsWith(" ")).toList();
    }
}
