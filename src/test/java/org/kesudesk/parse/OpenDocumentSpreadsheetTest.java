package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kesudesk.parse.SampleDocumentTest.expectedOutline;
import static org.kesudesk.parse.SampleDocumentTest.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.testsupport.PlanOutline;
import org.kesudesk.testsupport.Workbooks;

/**
 * A 任务分工表 kept by LibreOffice Calc (.ods), its content.xml as Calc 7 writes it: a title merged across, each
 * item's 牵头单位 merged down over its tasks (the cells below covered), 序号 by a formula, the empty cells and rows to
 * the sheet's end written once with a count, the table's old version on a hidden sheet.
 */
class OpenDocumentSpreadsheetTest {

    private static final String SPREADSHEET_TYPE = "application/vnd.oasis.opendocument.spreadsheet";
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\""
            + " office:version=\"1.3\"><office:automatic-styles>"
            + "<style:style style:name=\"ta1\" style:family=\"table\" style:master-page-name=\"Default\">"
            + "<style:table-properties table:display=\"true\" style:writing-mode=\"lr-tb\"/></style:style>"
            + "<style:style style:name=\"ta2\" style:family=\"table\" style:master-page-name=\"Default\">"
            + "<style:table-properties table:display=\"false\" style:writing-mode=\"lr-tb\"/></style:style>"
            + "</office:automatic-styles><office:body><office:spreadsheet>"
            + "<table:calculation-settings table:automatic-find-labels=\"false\"/>";
    private static final String TAIL = "<table:named-expressions/></office:spreadsheet></office:body>"
            + "</office:document-content>";
    /** The empty cells to a row's end, as Calc writes them. */
    private static final String REST_OF_ROW = "<table:table-cell table:number-columns-repeated=\"1020\"/>";

    @TempDir
    Path folder;

    @Test
    void aDivisionTableWithMergedCells_readsAsThePlan_itsHiddenSheetNamedInTheReview() throws IOException {
        StringBuilder xml = new StringBuilder(HEAD);
        xml.append("<table:table table:name=\"分工\" table:style-name=\"ta1\">")
                .append("<table:table-column table:number-columns-repeated=\"4\"/>")
                .append("<table:table-row><table:table-cell table:number-columns-spanned=\"4\"")
                .append(" table:number-rows-spanned=\"1\" office:value-type=\"string\"><text:p>乙市全民科学素质行动实施方案")
                .append("<text:span>任务分工表</text:span></text:p></table:table-cell>")
                .append("<table:covered-table-cell table:number-columns-repeated=\"3\"/>").append(REST_OF_ROW)
                .append("</table:table-row>");
        xml.append("<table:table-header-rows>").append(row("序号", "重点任务", "牵头单位", "责任单位"))
                .append("</table:table-header-rows>");
        xml.append(row("二、实施提升行动")).append(row("（一）青少年科学素质提升行动"));
        xml.append(task(4, "加强学校科学教育", "市教育局、市科协", 2, "市教育局、团市委"));
        xml.append(task(5, "开展青少年科技活动", null, 0, "市科协、市科技局、市妇联"));
        xml.append(row("（二）农民科学素质提升行动"));
        xml.append(task(7, "开展农民技能培训", "市农业农村局", 1, "市农业农村局、市人社局"));
        // an empty row between, written once with its count
        xml.append("<table:table-row table:number-rows-repeated=\"2\">").append(REST_OF_ROW)
                .append("</table:table-row>");
        xml.append(row("三、实施重点工程")).append(row("（一）科普基础设施工程"));
        xml.append(task(12, "建设市科技馆", "市科协、市发展改革委", 2, "市发展改革委、市住建局、市财政局"));
        xml.append(task(13, "建设基层科普阵地", null, 0, "市科协、各县（市）区政府"));
        xml.append("<table:table-row table:number-rows-repeated=\"1048563\">")
                .append("<table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>")
                .append("</table:table>");
        xml.append("<table:table table:name=\"分工（旧）\" table:style-name=\"ta2\">")
                .append(row("序号", "重点任务", "牵头单位", "责任单位")).append(row("二、实施提升行动"))
                .append(row("（一）青少年科学素质提升行动")).append(row("1", "举办科技节", "市旧单位", "市旧单位"))
                .append("</table:table>");
        xml.append(TAIL);

        ParseReport report = read("任务分工表.ods", ods(xml.toString()));

        assertThat(report.encoding()).isEqualTo("ODS");
        assertThat(outline(report)).isEqualTo(outline(expectedOutline("styles/expected.txt")));
        assertThat(report.document().plan().planTitle()).isEqualTo("乙市全民科学素质行动实施方案任务分工表");
        assertThat(report.warnings()).filteredOn(w -> w.message().key().equals("parse.warning.hiddenSheet"))
                .singleElement().satisfies(w -> assertThat(w.message().text()).contains("“分工（旧）”"));
        // told by its content, whatever its name
        assertThat(read("任务分工表", ods(xml.toString())).encoding()).isEqualTo("ODS");
    }

    /**
     * A 完成时限 column of date cells, as Calc keeps them: the day in the value, the text shown in the cell's format
     * (12/31/25 in an English one, 2024年6月 for a month): each task's deadline is the day, or the month's end.
     */
    @Test
    void dateCells_giveTheirDay_whateverTheFormatShowsThemIn() throws IOException {
        String xml = HEAD + "<table:table table:name=\"分工\" table:style-name=\"ta1\">"
                + row("序号", "重点任务", "牵头单位", "责任单位", "完成时限") + row("二、实施提升行动")
                + row("（一）青少年科学素质提升行动")
                + dated("1", "加强学校科学教育", "2025-12-31", "12/31/25")
                + dated("2", "开展青少年科技活动", "2024-06-01", "2024年6月")
                + dated("3", "开展科普阅读", "2026-03-15T00:00:00", "2026-03-15")
                + "</table:table>" + TAIL;

        List<org.kesudesk.model.PlanNode> tasks = read("分工表.ods", ods(xml)).document().items().get(0).children();

        assertThat(tasks).extracting(task -> org.kesudesk.model.DeadlineWording.find(task.text())
                .map(org.kesudesk.model.Deadline::code).orElse("none"))
                .containsExactly("2025-12-31", "2024-06-30", "2026-03-15");
    }

    /** A task's row whose 完成时限 is a date cell of this value, shown as {@code shown}. */
    private static String dated(String number, String title, String value, String shown) {
        return "<table:table-row>" + cell(number, "") + cell(title, "") + cell("市科协", "") + cell("市科协", "")
                + "<table:table-cell office:value-type=\"date\" office:date-value=\"" + value
                + "\" calcext:value-type=\"date\"><text:p>" + shown + "</text:p></table:table-cell>" + REST_OF_ROW
                + "</table:table-row>";
    }

    @Test
    void aSheetGoingOnPastThePlansRows_orNoSheetAtAll_isRefusedInChinese() throws IOException {
        String full = HEAD + "<table:table table:name=\"分工\">" + row("序号", "重点任务", "牵头单位", "责任单位")
                + "<table:table-row table:number-rows-repeated=\"30000\"><table:table-cell office:value-type=\"string\">"
                + "<text:p>任务</text:p></table:table-cell></table:table-row></table:table>" + TAIL;
        assertThatThrownBy(() -> read("大.ods", ods(full))).isInstanceOf(PlanParseException.class)
                .hasMessageContaining("大.ods");
        String none = HEAD.substring(0, HEAD.indexOf("<office:body>")) + "<office:body/></office:document-content>";
        assertThatThrownBy(() -> read("空.ods", ods(none))).isInstanceOf(PlanParseException.class)
                .hasMessageContaining("空.ods 不是完好的 OpenDocument 文件");
    }

    /** A row of string cells, the rest of the row empty. */
    private static String row(String... cells) {
        StringBuilder row = new StringBuilder("<table:table-row>");
        for (String cell : cells) {
            row.append(cell(cell, ""));
        }
        return row.append(REST_OF_ROW).append("</table:table-row>").toString();
    }

    /**
     * A task's row: 序号 by a formula (its row's number less the rows above the first task), the lead merged down over
     * {@code leadRows} rows (covered where {@code lead} is null).
     */
    private static String task(int sheetRow, String title, String lead, int leadRows, String units) {
        StringBuilder row = new StringBuilder("<table:table-row>")
                .append("<table:table-cell table:formula=\"of:=ROW()-4\" office:value-type=\"float\" office:value=\"")
                .append(sheetRow - 4).append("\" calcext:value-type=\"float\"><text:p>").append(sheetRow - 4)
                .append("</text:p></table:table-cell>").append(cell(title, ""));
        row.append(lead == null ? "<table:covered-table-cell/>"
                : cell(lead, leadRows > 1 ? " table:number-columns-spanned=\"1\" table:number-rows-spanned=\""
                + leadRows + "\"" : ""));
        return row.append(cell(units, "")).append(REST_OF_ROW).append("</table:table-row>").toString();
    }

    private static String cell(String text, String attributes) {
        return "<table:table-cell" + attributes + " office:value-type=\"string\" calcext:value-type=\"string\">"
                + "<text:p>" + text + "</text:p></table:table-cell>";
    }

    private byte[] ods(String contentXml) throws IOException {
        Path file = Files.createTempFile(folder, "sheet", ".ods");
        Workbooks.openDocument(file, SPREADSHEET_TYPE, contentXml);
        return Files.readAllBytes(file);
    }

    private static List<String> outline(ParseReport report) {
        return outline(PlanOutline.of(report.document()));
    }

    private static List<String> outline(String outline) {
        return outline.lines().filter(line -> line.startsWith("section") || line.startsWith(" ")).toList();
    }
}
