package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the app reads from a sheet, cell by cell, the way spreadsheet programs write it: text kept once for the
 * workbook (Excel, POI) or in the cell (WPS, streaming writers), numbers as typed, formulas as their text, and the
 * limits on rows and on what a cell holds.
 */
class WorkbookTextTest {

    @TempDir
    Path folder;

    @Test
    void everyKindOfCell_readsAsWhatItHolds_withTextKeptOnceOrInTheCell() throws Exception {
        for (Workbook workbook : List.of(new XSSFWorkbook(), new SXSSFWorkbook())) {
            Path file = folder.resolve(workbook.getClass().getSimpleName() + ".xlsx");
            try (workbook; OutputStream out = Files.newOutputStream(file)) {
                workbook.createSheet("其他");
                Sheet sheet = workbook.createSheet("任务分工表");
                Row first = sheet.createRow(0);
                first.createCell(0).setCellValue("市教育局");
                first.createCell(1).setCellValue(150);
                first.createCell(2).setCellValue(1.5);
                first.createCell(3).setCellValue(true);
                first.createCell(4).setCellFormula("HYPERLINK(\"http://example.com\",\"点\")");
                first.createCell(5).setCellErrorValue(FormulaError.NA.getCode());
                first.createCell(7).setCellValue("");
                // a row left out between two
                sheet.createRow(2).createCell(2).setCellValue(100_000_000_000.0);
                workbook.write(out);
            }

            Map<String, WorkbookText.Sheet> read = WorkbookText.read(file, Set.of("任务分工表", "不存在"), 10);

            assertThat(read).containsOnlyKeys("任务分工表");
            WorkbookText.Sheet sheet = read.get("任务分工表");
            assertThat(sheet.rows()).extracting(WorkbookText.Row::index).containsExactly(0, 2);
            assertThat(sheet.rows().get(0).cells()).containsExactly("市教育局", "150", "1.5", "true",
                    "=HYPERLINK(\"http://example.com\",\"点\")", "", "", "");
            assertThat(sheet.row(2).orElseThrow().text(2)).isEqualTo("100000000000");
            assertThat(sheet.row(2).orElseThrow().text(40)).isEmpty();
            assertThat(sheet.row(1)).isEmpty();
        }
    }

    /**
     * A number cell as the sheet shows it by its format: a day (Excel's built-in date format, a code of its own, a
     * Chinese one) as a document writes the date, a percentage as a percent (80% is 0.8 in the cell), a number with
     * two decimals shown still as typed — in .xlsx and .xls alike.
     */
    @Test
    void numbersFormattedAsDaysOrPercentages_readAsTheSheetShowsThem() throws Exception {
        for (String kind : List.of("xlsx", "xls")) {
            Path file = folder.resolve("formats." + kind);
            try (Workbook workbook = kind.equals("xls") ? new org.apache.poi.hssf.usermodel.HSSFWorkbook()
                    : new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                Row row = workbook.createSheet("表").createRow(0);
                formatted(row, 0, 46022, workbook.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
                formatted(row, 1, 45473, workbook.createDataFormat().getFormat("yyyy-mm-dd"));
                formatted(row, 2, 45473, workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
                formatted(row, 3, 0.8, workbook.createDataFormat().getFormat("0%"));
                formatted(row, 4, 0.125, workbook.createDataFormat().getFormat("0.0%"));
                formatted(row, 5, 150, workbook.createDataFormat().getFormat("0.00"));
                formatted(row, 6, 46022, workbook.createDataFormat().getFormat("General"));
                formatted(row, 7, 12, workbook.createDataFormat().getFormat("0\"%以上\""));
                // a Chinese Excel's own date formats, named by their index alone: yyyy"年"m"月"d"日" and yyyy"年"m"月"
                formatted(row, 8, 46022, (short) 31);
                formatted(row, 9, 46022, (short) 57);
                formatted(row, 10, 46022, workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\""));
                workbook.write(out);
            }

            List<String> cells = (kind.equals("xls") ? XlsText.readAll(Files.readAllBytes(file), 10)
                    : WorkbookText.read(file, Set.of("表"), 10)).get("表").rows().get(0).cells();

            assertThat(cells).as(kind).containsExactly("2025年12月31日", "2024年6月30日", "2024年6月30日", "80%",
                    "12.5%", "150", "46022", "12", "2025年12月31日", "2025年12月", "2025年12月");
        }
    }

    private static void formatted(Row row, int column, double value, short format) {
        org.apache.poi.ss.usermodel.CellStyle style = row.getSheet().getWorkbook().createCellStyle();
        style.setDataFormat(format);
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    @Test
    void rowsAndCellsWithoutReferences_followTheOnesBefore_andPhoneticGuidesAreNotText() throws Exception {
        Path file = handMade("<row><c t=\"inlineStr\"><is><t>甲</t></is></c><c t=\"inlineStr\"><is><r><t>东</t></r>"
                + "<r><t>城</t></r><rPh sb=\"0\" eb=\"1\"><t>とう</t></rPh></is></c></row>"
                + "<row r=\"5\"><c r=\"C5\"><v>7</v></c><c><v>8</v></c></row><row><c><f>1+1</f><v>2</v></c></row>");

        WorkbookText.Sheet sheet = WorkbookText.read(file, Set.of("表"), 10).get("表");

        assertThat(sheet.rows()).extracting(WorkbookText.Row::index).containsExactly(0, 4, 5);
        assertThat(sheet.rows().get(0).cells()).containsExactly("甲", "东城");
        assertThat(sheet.rows().get(1).cells()).containsExactly("", "", "7", "8");
        assertThat(sheet.rows().get(2).cells()).containsExactly("=1+1");
    }

    @Test
    void aSheetPastTheLastRowAllowed_isStoppedThere() throws Exception {
        Path file = handMade("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"1000000\"><c r=\"A1000000\"><v>1</v>"
                + "</c></row>");

        assertThat(WorkbookText.read(file, Set.of("表"), 999_999).get("表").rows()).hasSize(2);
        assertThatThrownBy(() -> WorkbookText.read(file, Set.of("表"), 999_998))
                .isInstanceOf(WorkbookText.TooManyRows.class);
    }

    @Test
    void rowsWrittenUnderOneNumber_countAsRows_andStopPastTheLast() throws Exception {
        Path eleven = handMade("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>".repeat(11));
        Path twelve = handMade("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>".repeat(12));

        assertThat(WorkbookText.read(eleven, Set.of("表"), 10).get("表").rows()).hasSize(11);
        assertThatThrownBy(() -> WorkbookText.read(twelve, Set.of("表"), 10))
                .isInstanceOf(WorkbookText.TooManyRows.class);
    }

    @Test
    void moreSharedTextsThanALedgerHas_orMoreTextInAll_isRefused_beforeItIsAllKept() throws Exception {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i <= WorkbookText.SHARED_TEXTS; i++) {
            items.append("<si><t>").append(i).append("</t></si>");
        }
        Path many = handMade("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", "", items.toString());
        // random letters, so that the file packs neither past the zip-bomb guard nor past a part's 48 MB
        java.util.Random random = new java.util.Random(20261202);
        int longTexts = (int) (WorkbookText.TEXT_CHARACTERS / 30_000);
        StringBuilder texts = new StringBuilder();
        String first = null;
        for (int i = 0; i <= longTexts; i++) {
            StringBuilder text = new StringBuilder(30_000);
            for (int c = 0; c < 30_000; c++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            first = first == null ? text.toString() : first;
            texts.append("<si><t>").append(text).append("</t></si>");
        }
        String row = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>";
        Path over = handMade(row, "", texts.toString());
        Path justUnder = handMade(row, "", texts.substring(0, texts.lastIndexOf("<si>")));

        assertThatThrownBy(() -> WorkbookText.read(many, Set.of("表"), 10))
                .isInstanceOf(WorkbookText.TooMuchText.class);
        assertThatThrownBy(() -> WorkbookText.read(over, Set.of("表"), 10))
                .isInstanceOf(WorkbookText.TooMuchText.class);
        assertThat(WorkbookText.read(justUnder, Set.of("表"), 10).get("表").rows().get(0).cells())
                .containsExactly(first);
    }

    @Test
    void aCellHoldingMoreThanACellCan_orANumberNoNumberIs_makesTheFileUnreadable() throws Exception {
        // varied characters: the same one repeated would pack so well that the zip-bomb guard refuses it first
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            text.append((char) (0x4E00 + (i * 7_919) % 20_000));
        }
        Path huge = handMade("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + text + "</t></is></c></row>");
        Path infinite = handMade("<row r=\"1\"><c r=\"A1\"><v>1e999999999</v></c></row>");

        assertThatThrownBy(() -> WorkbookText.read(huge, Set.of("表"), 10)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("more than a spreadsheet cell");
        assertThatThrownBy(() -> WorkbookText.read(infinite, Set.of("表"), 10))
                .isInstanceOf(NumberFormatException.class);
    }

    @Test
    void aDocumentTypeDeclaration_isNeverFollowed() throws Exception {
        Path file = handMade("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>",
                "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>");

        assertThatThrownBy(() -> WorkbookText.read(file, Set.of("表"), 10)).isInstanceOf(IOException.class);
    }

    @Test
    void sharedTextsInRuns_readWithoutTheirPhoneticGuides() throws Exception {
        Path file = handMade("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c><c r=\"B1\" t=\"s\"><v>0</v></c></row>",
                "", "<si><t>市科协</t></si><si><r><t>东城</t></r><r><t>区</t></r>"
                        + "<rPh sb=\"0\" eb=\"1\"><t>とう</t></rPh></si>");

        assertThat(WorkbookText.read(file, Set.of("表"), 10).get("表").rows().get(0).cells())
                .containsExactly("东城区", "市科协");
    }

    private Path handMade(String rows) throws IOException {
        return handMade(rows, "");
    }

    private Path handMade(String rows, String doctype) throws IOException {
        return handMade(rows, doctype, null);
    }

    /** A workbook of one sheet named 表 as a minimal generator writes it: no styles; shared texts if given. */
    private Path handMade(String rows, String doctype, String sharedItems) throws IOException {
        Path file = folder.resolve("hand-made-" + System.nanoTime() + ".xlsx");
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-"
                    + "package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\""
                    + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + (sharedItems == null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType="
                    + "\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
                    + "</Types>");
            entry(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "relationships\"><Relationship Id=\"rId1\" Type=\"" + relations + "/officeDocument\" Target="
                    + "\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + relations + "\"><sheets>"
                    + "<sheet name=\"表\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + relations + "/worksheet\""
                    + " Target=\"worksheets/sheet1.xml\"/>" + (sharedItems == null ? "" : "<Relationship Id=\"rId2\""
                    + " Type=\"" + relations + "/sharedStrings\" Target=\"sharedStrings.xml\"/>") + "</Relationships>");
            if (sharedItems != null) {
                entry(zip, "xl/sharedStrings.xml", "<sst xmlns=\"" + main + "\">" + sharedItems + "</sst>");
            }
            entry(zip, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype
                    + "<worksheet xmlns=\"" + main + "\"><sheetData>" + rows + "</sheetData></worksheet>");
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
