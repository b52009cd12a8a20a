package org.kesudesk.testsupport;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Rows of a task-division table of four columns in a Word document, as the fixtures write them. */
public final class DocxTables {

    private DocxTables() {
    }

    /** A row with these cells. */
    public static void row(XWPFTable table, String... cells) {
        XWPFTableRow row = table.createRow();
        for (int i = 0; i < cells.length; i++) {
            row.getCell(i).setText(cells[i]);
        }
    }

    /** A row of one cell across the table's four columns. */
    public static void across(XWPFTable table, String text) {
        XWPFTableRow row = table.createRow();
        while (row.getTableCells().size() > 1) {
            row.removeCell(row.getTableCells().size() - 1);
        }
        row.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(4));
        row.getCell(0).setText(text);
    }
}
