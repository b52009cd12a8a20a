package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kesudesk.parse.SampleDocumentTest.read;
import static org.kesudesk.parse.SampleDocumentTest.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Role;
import org.kesudesk.model.Unit;
import org.kesudesk.testsupport.PlanOutline;
import org.kesudesk.testsupport.Workbooks;

/** A notice saved as LibreOffice saves it by default on the domestic Linux desktops: an OpenDocument text (.odt). */
class OpenDocumentTextTest {

    private static final String TEXT_TYPE = "application/vnd.oasis.opendocument.text";
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" office:version=\"1.3\">"
            + "<office:body><office:text>";
    private static final String TAIL = "</office:text></office:body></office:document-content>";

    @TempDir
    Path folder;

    /**
     * The app's Word notice of the sample, with its 分工表 attached, opened and saved again by LibreOffice 7 (the
     * sample stored with its one alias accepted: 市生态局 is printed as 市生态环境局).
     */
    @Test
    void theNoticeSavedByLibreOffice_readsAsTheSample_whateverItsName() {
        ParseReport text = read("sample.txt", sample());
        byte[] odt = SampleDocumentTest.bytes("styles/libreoffice-sample-notice.odt");

        ParseReport report = read("通知.odt", odt);

        assertThat(report.encoding()).isEqualTo("ODT");
        assertThat(PlanOutline.of(report.document())).isEqualTo(PlanOutline.of(text.document())
                .replace("市生态局", "市生态环境局"));
        assertThat(read("通知", odt).encoding()).isEqualTo("ODT");
    }

    /**
     * A notice numbered by LibreOffice with a 专栏 drawn as a text box anchored in a task's paragraph (LibreOffice's own file): read
     * after the paragraph, as a Word file's box is — its anchor split the task, leaving "1." alone before the box.
     */
    @Test
    void aTextBoxAnchoredInATask_isReadAfterIt_notSplittingIt() {
        ParseReport report = read("专栏.odt", SampleDocumentTest.bytes("styles/libreoffice-text-box.odt"));

        assertThat(PlanOutline.of(report.document()).lines().filter(line -> line.startsWith("section") || line.startsWith(" ")))
                .containsExactlyElementsOf(SampleDocumentTest.expectedOutline("styles/expected.txt").lines()
                        .filter(line -> line.startsWith("section") || line.startsWith(" ")).toList());
        org.kesudesk.model.PlanNode task = report.document().items().get(1).children().get(0);
        assertThat(task.title()).isEqualTo("开展农民技能培训");
        assertThat(task.text()).contains("高素质农民培育计划");
    }

    /**
     * A 分工表 typed in Writer: each item's 牵头单位 one cell merged down over its tasks' rows (the cells below it
     * covered), a cell's units over two lines, spaces as Writer keeps them; a footnote, a comment and a deletion
     * tracked in the text are no part of it.
     */
    @Test
    void aDivisionTableWithMergedCells_readsAsTheWordTableOfThePlan() throws IOException {
        ParseReport plan = read("sample.txt", sample());
        String sampleText = new String(sample(), StandardCharsets.UTF_8);
        int body = sampleText.indexOf("\n二、");
        int tail = sampleText.lastIndexOf("\n抄送");
        StringBuilder xml = new StringBuilder(HEAD);
        for (String line : sampleText.substring(0, body).split("\n")) {
            xml.append("<text:p>").append(escaped(line)).append("</text:p>");
        }
        xml.append("<table:table table:name=\"分工\"><table:table-column table:number-columns-repeated=\"4\"/>")
                .append("<table:table-header-rows><table:table-row>");
        for (String header : List.of("序号", "重点任务", "牵头单位", "责任单位")) {
            xml.append(cell(header));
        }
        xml.append("</table:table-row></table:table-header-rows>");
        int number = 0;
        for (PlanNode section : plan.document().sections()) {
            xml.append("<table:table-row><table:table-cell table:number-columns-spanned=\"4\"><text:p>")
                    .append(escaped(section.label() + "、" + section.title()))
                    .append("</text:p></table:table-cell>")
                    .append("<table:covered-table-cell/>".repeat(3)).append("</table:table-row>");
            for (PlanNode item : section.children()) {
                xml.append("<table:table-row><table:table-cell table:number-columns-spanned=\"4\"><text:p>（")
                        .append(item.label()).append("）").append(escaped(item.title()))
                        // a footnote and a comment on the item's heading: not its text
                        .append("<text:note text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>"
                                + "<text:note-body><text:p>脚注文字</text:p></text:note-body></text:note>")
                        .append("<office:annotation><text:p>批注文字</text:p></office:annotation>")
                        .append("</text:p></table:table-cell>").append("<table:covered-table-cell/>".repeat(3))
                        .append("</table:table-row>");
                boolean first = true;
                for (PlanNode task : item.children()) {
                    xml.append("<table:table-row>").append(cell(String.valueOf(++number)))
                            .append(cell(task.title()));
                    if (first) {
                        xml.append("<table:table-cell table:number-rows-spanned=\"").append(item.children().size())
                                .append("\"><text:p>").append(escaped(names(item, Role.LEAD)))
                                .append("</text:p></table:table-cell>");
                        first = false;
                    } else {
                        xml.append("<table:covered-table-cell/>");
                    }
                    // the units over two lines: a line break after the first name's mark
                    List<String> units = task.responsibleUnits().stream().map(Unit::name).toList();
                    String rest = units.size() > 1 ? String.join("、", units.subList(1, units.size())) : "";
                    xml.append("<table:table-cell><text:p>").append(escaped(units.get(0)))
                            .append(rest.isEmpty() ? "" : "、<text:line-break/>" + escaped(rest))
                            .append("</text:p></table:table-cell></table:table-row>");
                }
            }
        }
        xml.append("</table:table>");
        xml.append("<text:tracked-changes><text:changed-region><text:deletion><text:p>删除的一段</text:p>"
                + "</text:deletion></text:changed-region></text:tracked-changes>");
        for (String line : sampleText.substring(tail).split("\n")) {
            xml.append("<text:p>").append(escaped(line).replace("  ", "<text:s text:c=\"2\"/>")).append("</text:p>");
        }
        xml.append(TAIL);

        ParseReport odt = read("分工表.odt", odt(xml.toString()));
        ParseReport word = read("分工表.docx", Containers.docxTable(sampleText, plan));

        assertThat(odt.encoding()).isEqualTo("ODT");
        assertThat(assignments(odt)).isNotEmpty().isEqualTo(assignments(word));
        assertThat(PlanOutline.of(odt.document())).doesNotContain("脚注文字").doesNotContain("批注文字")
                .doesNotContain("删除的一段");
    }

    @Test
    void aBrokenOrHostilePackage_isRefusedInChinese_andNothingOutsideIsRead() throws IOException {
        // no content.xml: not a text document LibreOffice could have saved
        Path empty = folder.resolve("空.odt");
        Workbooks.openDocument(empty, TEXT_TYPE, HEAD + TAIL);
        byte[] withoutContent = withoutEntry(Files.readAllBytes(empty), "content.xml");
        assertThatThrownBy(() -> read("坏.odt", withoutContent)).isInstanceOf(PlanParseException.class)
                .hasMessageContaining("坏.odt 不是完好的 OpenDocument 文件");

        // an entity naming a file on this machine is not read into the text
        Path secret = Files.writeString(folder.resolve("secret.txt"), "机密内容");
        String entity = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE office:document-content ["
                + "<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>" + HEAD.substring(HEAD.indexOf("<office:"))
                + "<text:p>&secret;</text:p>" + TAIL;
        assertThatThrownBy(() -> read("实体.odt", odt(entity))).isInstanceOf(PlanParseException.class)
                .hasMessageNotContaining("机密内容");

        // a content.xml that inflates a thousand times what it takes in the file (a zip bomb): stopped, said so
        byte[] bomb = odt(HEAD + "<text:p>" + " ".repeat(8 * 1024 * 1024) + "</text:p>" + TAIL);
        assertThat(bomb.length).isLessThan(64 * 1024);
        assertThatThrownBy(() -> read("炸弹.odt", bomb)).isInstanceOf(PlanParseException.class)
                .hasMessageContaining("炸弹.odt");

        // nested twenty thousand deep (under the inflation ratio's first megabyte): read without running out of stack
        String deep = HEAD + "<text:p>" + "<text:span>".repeat(20_000) + "深处" + "</text:span>".repeat(20_000)
                + "</text:p>" + TAIL;
        assertThatThrownBy(() -> read("深.odt", odt(deep))).isInstanceOf(PlanParseException.class)
                .hasMessageContaining("共 1 段文字");
    }

    private byte[] odt(String contentXml) throws IOException {
        Path file = Files.createTempFile(folder, "document", ".odt");
        Workbooks.openDocument(file, TEXT_TYPE, contentXml);
        return Files.readAllBytes(file);
    }

    /** The package with an entry left out. */
    private static byte[] withoutEntry(byte[] zip, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip));
             var copy = new java.util.zip.ZipOutputStream(out)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.getName().equals(name)) {
                    byte[] content = in.readAllBytes();
                    java.util.zip.ZipEntry copied = new java.util.zip.ZipEntry(entry.getName());
                    if (entry.getName().equals("mimetype")) {
                        // stored, as ODF asks and as the package is told by
                        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                        crc.update(content);
                        copied.setMethod(java.util.zip.ZipEntry.STORED);
                        copied.setSize(content.length);
                        copied.setCrc(crc.getValue());
                    }
                    copy.putNextEntry(copied);
                    copy.write(content);
                    copy.closeEntry();
                }
            }
        }
        return out.toByteArray();
    }

    /** Every item's lead units and every task's responsible units, by their place. */
    private static String assignments(ParseReport report) {
        StringBuilder out = new StringBuilder();
        report.document().forEachNode(node -> out.append(node.label()).append(' ').append(node.title()).append(": ")
                .append(node.assignments().stream().map(a -> a.role() + " " + a.unit().name())
                        .collect(Collectors.joining(", "))).append('\n'));
        return out.toString();
    }

    private static String names(PlanNode node, Role role) {
        return node.assignments().stream().filter(a -> a.role() == role).map(a -> a.unit().name())
                .collect(Collectors.joining("、"));
    }

    private static String cell(String text) {
        return "<table:table-cell><text:p>" + escaped(text) + "</text:p></table:table-cell>";
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
