package org.kesudesk.testsupport;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

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

    /**
     * A row whose first cell starts (or continues) a cell merged down the column, its other units a paragraph each
     * where written apart by a line break.
     */
    public static void merged(XWPFTable table, boolean start, String item, String task, String lead, String others) {
        XWPFTableRow row = table.createRow();
        row.getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(start ? STMerge.RESTART : STMerge.CONTINUE);
        if (start) {
            row.getCell(0).setText(item);
        }
        row.getCell(1).setText(task);
        row.getCell(2).setText(lead);
        String[] lines = others.split("\n");
        row.getCell(3).setText(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            row.getCell(3).addParagraph().createRun().setText(lines[i]);
        }
    }
}
