package org.kesudesk.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Workbooks as units and offices send them: the app's sheet saved again by an older Excel or WPS, a list of their own. */
public final class Workbooks {

    private Workbooks() {
    }

    /** The workbook as Excel 97-2003 keeps it: each sheet's cells, texts as texts and numbers as numbers. */
    public static Path asXls(Path xlsx, Path xls) throws IOException {
        try (Workbook filled = WorkbookFactory.create(xlsx.toFile(), null, true);
             Workbook old = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
             OutputStream out = Files.newOutputStream(xls)) {
            for (Sheet from : filled) {
                Sheet to = old.createSheet(from.getSheetName());
                for (Row row : from) {
                    Row copied = to.createRow(row.getRowNum());
                    for (Cell cell : row) {
                        Cell into = copied.createCell(cell.getColumnIndex());
                        switch (cell.getCellType()) {
                            case NUMERIC -> into.setCellValue(cell.getNumericCellValue());
                            case BOOLEAN -> into.setCellValue(cell.getBooleanCellValue());
                            case FORMULA -> into.setCellFormula(cell.getCellFormula());
                            default -> into.setCellValue(cell.getStringCellValue());
                        }
                    }
                }
            }
            old.write(out);
        }
        return xls;
    }

    /**
     * The workbook saved in LibreOffice's own format (.ods), packaged as LibreOffice writes it: the "mimetype" entry
     * first and stored, then the manifest and each sheet's cells as text in content.xml.
     */
    public static Path asOds(Path xlsx, Path ods) throws IOException {
        StringBuilder content = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\">"
                + "<office:body><office:spreadsheet>");
        try (Workbook filled = WorkbookFactory.create(xlsx.toFile(), null, true)) {
            org.apache.poi.ss.usermodel.DataFormatter shown = new org.apache.poi.ss.usermodel.DataFormatter();
            for (Sheet sheet : filled) {
                content.append("<table:table table:name=\"").append(xml(sheet.getSheetName())).append("\">");
                for (Row row : sheet) {
                    content.append("<table:table-row>");
                    for (Cell cell : row) {
                        content.append("<table:table-cell office:value-type=\"string\"><text:p>")
                                .append(xml(shown.formatCellValue(cell))).append("</text:p></table:table-cell>");
                    }
                    content.append("</table:table-row>");
                }
                content.append("</table:table>");
            }
        }
        content.append("</office:spreadsheet></office:body></office:document-content>");
        openDocument(ods, "application/vnd.oasis.opendocument.spreadsheet", content.toString());
        return ods;
    }

    /** An OpenDocument package of the type with this content.xml, its entries in the order ODF 1.2 (3.3) asks. */
    public static void openDocument(Path file, String mediaType, String contentXml) throws IOException {
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            byte[] type = mediaType.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            java.util.zip.ZipEntry mimetype = new java.util.zip.ZipEntry("mimetype");
            mimetype.setMethod(java.util.zip.ZipEntry.STORED);
            mimetype.setSize(type.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("META-INF/manifest.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
                    + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + mediaType + "\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                    + "</manifest:manifest>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
            zip.write(contentXml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Writes a workbook of one sheet whose rows hold these texts, as a clerk's own list would (no styles). */
    public static Path ofRows(Path file, String sheetName, String[]... rows) throws IOException {
        try (Workbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet(sheetName);
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
        }
        return file;
    }
}
