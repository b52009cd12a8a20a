package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kesudesk.parse.SampleDocumentTest.bytes;
import static org.kesudesk.parse.SampleDocumentTest.expectedOutline;
import static org.kesudesk.parse.SampleDocumentTest.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.testsupport.PlanOutline;
import org.kesudesk.testsupport.Workbooks;

/**
 * A notice whose clerk let LibreOffice number it — headings by 章节编号, tasks by a numbered list — holds no number in
 * its text; it reads as the same notice numbered by hand.
 */
class OdtNumberingTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" office:version=\"1.3\">";

    @TempDir
    Path folder;

    /**
     * Written in LibreOffice Writer 7.4's own file: 一、 and （一） are Heading 1 and 2 numbered by the outline, each
     * action's tasks a list numbered 1. that starts again under the next action — and goes on at 2. after a paragraph
     * of text between its tasks.
     */
    @Test
    void headingsNumberedByTheOutline_andTasksByLists_readAsTheNoticeNumberedByHand() {
        ParseReport report = read("章节编号.odt", bytes("styles/libreoffice-outline-numbered.odt"));

        assertThat(outline(PlanOutline.of(report.document())))
                .isEqualTo(outline(expectedOutline("styles/expected.txt")));
        assertThat(report.warnings()).noneMatch(warning -> warning.toString().contains("序号"));
    }

    /**
     * Word's numbering (一、 （一） 1. one list of three levels) opened and saved by LibreOffice: one list nesting a
     * list in each item. The first section 一、 is typed, before the list, which starts at 一 too — as Word draws it.
     */
    @Test
    void aWordListSavedByLibreOffice_readsWithTheNumbersWordDraws() {
        ParseReport report = read("多级列表.odt", bytes("styles/libreoffice-list-numbered.odt"));

        assertThat(outline(PlanOutline.of(report.document())))
                .isEqualTo(outline(expectedOutline("styles/expected.txt")).stream()
                        .map(line -> line.replace("section 二", "section 一").replace("section 三", "section 二"))
                        .toList());
    }

    /**
     * A Word list whose sections and tasks are drawn as bare values (一 and 1, no 、 or .), saved by LibreOffice: levels
     * with neither prefix nor suffix, numbered all the same, read as typed with 一、 and 1.
     */
    @Test
    void aListDrawingBareNumbers_readsAsTheNoticeWithItsNumbersTyped() {
        ParseReport report = read("无标点编号.odt", bytes("styles/libreoffice-bare-numbered.odt"));

        assertThat(outline(PlanOutline.of(report.document()))).isEqualTo(outline(expectedOutline("styles/expected.txt")));
    }

    /**
     * Each number as LibreOffice 7.4 draws the same content (its text export of it): a header and an item's second
     * paragraph unnumbered, a level showing the one above it, a bullet level no number, an item holding only a list
     * passing its level's number by, an item starting from a value of its own, a list continuing one by its id
     * across another list, and a list of the same style starting again.
     */
    @Test
    void levelsStartValuesAndLevelsShown_drawnAsTheStyleSays() throws IOException {
        String styles = "<office:automatic-styles><text:list-style style:name=\"L1\">"
                + "<text:list-level-style-number text:level=\"1\" style:num-format=\"1\" style:num-suffix=\".\""
                + " text:start-value=\"3\"/>"
                + "<text:list-level-style-number text:level=\"2\" style:num-format=\"1\" text:display-levels=\"2\"/>"
                + "<text:list-level-style-bullet text:level=\"3\" text:bullet-char=\"•\"/>"
                + "</text:list-style>"
                + "<text:list-style style:name=\"L2\"><text:list-level-style-number text:level=\"1\""
                + " style:num-format=\"①, ②, ③, ...\"/></text:list-style></office:automatic-styles>";
        String body = "<text:list xml:id=\"a\" text:style-name=\"L1\">"
                + "<text:list-header><text:p>说明</text:p></text:list-header>"
                + "<text:list-item><text:p>甲</text:p><text:p>甲的第二段</text:p>"
                + "<text:list><text:list-item><text:p>甲一</text:p>"
                + "<text:list><text:list-item><text:p>圆点</text:p></text:list-item></text:list>"
                + "</text:list-item><text:list-item><text:p>甲二</text:p></text:list-item></text:list>"
                + "</text:list-item>"
                + "<text:list-item><text:list><text:list-item><text:p>只有下级</text:p></text:list-item></text:list>"
                + "</text:list-item>"
                + "<text:list-item text:start-value=\"9\"><text:p>乙</text:p></text:list-item></text:list>"
                + "<text:list text:style-name=\"L2\"><text:list-item><text:p>另一列表</text:p></text:list-item>"
                + "</text:list>"
                + "<text:list text:continue-list=\"a\" text:style-name=\"L1\">"
                + "<text:list-item><text:p>丙</text:p></text:list-item></text:list>"
                + "<text:list text:style-name=\"L1\"><text:list-item><text:p>新列表</text:p></text:list-item></text:list>";

        assertThat(lines(styles, body)).containsExactly("说明", "3.甲", "甲的第二段", "3.1甲一", "圆点", "3.2甲二",
                "3.3只有下级", "9.乙", "①另一列表", "10.丙", "3.新列表");
    }

    /**
     * Headings numbered by the outline style in styles.xml (as LibreOffice keeps it), one restarting from a value of
     * its own, one marked as no numbered heading, one holding a stale copy of a number (not read: LibreOffice draws
     * its own); a list of a style in styles.xml; a paragraph whose style names a list style, in a list of none (a
     * bullet, for LibreOffice) — each as LibreOffice 7.4's text export of the same content.
     */
    @Test
    void outlineRestartsHeadersNumbersInTheTextAndTables_eachAsLibreOfficeDrawsThem() throws IOException {
        String stylesXml = HEAD.replace("office:document-content", "office:document-styles")
                + "<office:styles><text:outline-style style:name=\"Outline\">"
                + "<text:outline-level-style text:level=\"1\" style:num-format=\"一, 二, 三, ...\""
                + " style:num-suffix=\"、\"/>"
                + "<text:outline-level-style text:level=\"2\" style:num-format=\"一, 二, 三, ...\""
                + " style:num-prefix=\"（\" style:num-suffix=\"）\"/></text:outline-style>"
                + "<style:style style:name=\"Numbered\" style:family=\"paragraph\" style:list-style-name=\"L9\"/>"
                + "<text:list-style style:name=\"L9\"><text:list-level-style-number text:level=\"1\""
                + " style:num-format=\"1\" style:num-suffix=\"．\"/></text:list-style>"
                + "</office:styles></office:document-styles>";
        String body = "<text:h text:outline-level=\"1\">总体要求</text:h>"
                + "<text:h text:outline-level=\"2\">目标</text:h>"
                + "<text:h text:outline-level=\"1\" text:is-list-header=\"true\">附</text:h>"
                + "<text:h text:outline-level=\"1\">行动</text:h>"
                + "<text:h text:outline-level=\"2\">青少年</text:h>"
                + "<text:h text:outline-level=\"2\" text:restart-numbering=\"true\" text:start-value=\"5\">农民</text:h>"
                + "<text:h text:outline-level=\"1\"><text:number>十、</text:number>工程</text:h>"
                + "<text:list text:style-name=\"L9\"><text:list-item><text:p>任务</text:p></text:list-item></text:list>"
                + "<text:list><text:list-item><text:p text:style-name=\"Numbered\">要点</text:p></text:list-item>"
                + "</text:list>";
        Path file = folder.resolve("outline.odt");
        Workbooks.openDocument(file, "application/vnd.oasis.opendocument.text",
                HEAD + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>");
        byte[] withStyles = withEntry(Files.readAllBytes(file), "styles.xml", stylesXml);

        assertThat(OdtText.content("outline.odt", withStyles, Optional.empty()).lines().stream()
                .map(SourceLine::text).toList())
                .filteredOn(line -> !line.isBlank())
                .containsExactly("一、总体要求", "（一）目标", "附", "二、行动", "（一）青少年", "（五）农民", "三、工程",
                        "1．任务", "要点");
    }

    /** A hostile start value (a million, in Chinese numerals) is drawn in digits, not refused as a broken file. */
    @Test
    void aStartValueBeyondChineseNumerals_isDrawnInDigits() throws IOException {
        String styles = "<office:automatic-styles><text:list-style style:name=\"L1\">"
                + "<text:list-level-style-number text:level=\"1\" style:num-format=\"一, 二, 三, ...\""
                + " style:num-suffix=\"、\" text:start-value=\"99999999\"/></text:list-style></office:automatic-styles>";

        assertThat(lines(styles, "<text:list text:style-name=\"L1\"><text:list-item><text:p>甲</text:p>"
                + "</text:list-item></text:list>")).containsExactly("1048576、甲");
    }

    private List<String> lines(String automaticStyles, String body) throws IOException {
        Path file = Files.createTempFile(folder, "numbered", ".odt");
        Workbooks.openDocument(file, "application/vnd.oasis.opendocument.text", HEAD + automaticStyles
                + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>");
        return OdtText.content("numbered.odt", Files.readAllBytes(file), Optional.empty()).lines().stream()
                .map(SourceLine::text).filter(line -> !line.isBlank()).toList();
    }

    /** The package with one more entry. */
    private static byte[] withEntry(byte[] zip, String name, String content) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip));
             var copy = new java.util.zip.ZipOutputStream(out)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                java.util.zip.ZipEntry copied = new java.util.zip.ZipEntry(entry.getName());
                copy.putNextEntry(copied);
                copy.write(in.readAllBytes());
                copy.closeEntry();
            }
            copy.putNextEntry(new java.util.zip.ZipEntry(name));
            copy.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            copy.closeEntry();
        }
        return out.toByteArray();
    }

    private static List<String> outline(String outline) {
        return outline.lines().filter(line -> line.startsWith("section") || line.startsWith(" ")).toList();
    }
}
