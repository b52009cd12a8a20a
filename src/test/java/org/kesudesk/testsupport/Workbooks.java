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

/** Workbooks as units send them back: the app's sheet saved again by an older Excel or WPS. */
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
}
