package org.kesudesk.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.hssf.eventusermodel.EventWorkbookBuilder;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.model.HSSFFormulaParser;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The cells of an Excel 97–2003 workbook (.xls, and WPS's .et, which is the same format) as text, by the rules of
 * {@link WorkbookText} for an .xlsx: a formula as its formula, never evaluated; a number as typed; a truth value as
 * true or false; an error as nothing; the same limits of rows and text. Offices still send their 任务分工表 so.
 * A file over {@link #MAX_BYTES} is refused before it is opened (a division table at the content limits, the longest
 * texts in every two-hundredth task, is 17.5 MB), and no record may be longer than the format's own records are.
 */
final class XlsText {

    /** The largest .xls read: ample for a division table of 20,000 rows, small enough to build in memory. */
    static final int MAX_BYTES = 32 * 1024 * 1024;
    /** The longest record read: a cell's text with its formatting runs, a shared-text table's part. */
    private static final int MAX_RECORD_BYTES = 1024 * 1024;

    /** The name of a workbook's stream in the compound file's directory, as the directory writes names. */
    private static final byte[] WORKBOOK_ENTRY = "Workbook".getBytes(StandardCharsets.UTF_16LE);

    private XlsText() {
    }

    /**
     * A workbook by its name (.xls, .et), or a compound file not named as a Word document's whose directory names a
     * workbook's stream (an .xls saved without its extension). A Word document may hold a workbook as an embedded
     * object, whose stream has the same name: one named .doc is the Word document it says it is.
     */
    static boolean looksLikeXls(String fileName, byte[] bytes) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xls") || name.endsWith(".et")) {
            return true;
        }
        return !name.endsWith(".doc") && !name.endsWith(".wps") && !name.endsWith(".dot") && holdsWorkbook(bytes);
    }

    /** Whether the bytes are a compound file whose directory names a workbook's stream. */
    static boolean holdsWorkbook(byte[] bytes) {
        return org.kesudesk.model.FileSignature.OLE.matches(bytes) && FileKind.holds(bytes, WORKBOOK_ENTRY);
    }

    /**
     * Every sheet, by name in the workbook's order, as {@link WorkbookText#readAll} reads an .xlsx's. The file's
     * records are read one by one as POI's event reader gives them, and only the cells' text is kept: a workbook
     * built whole would take some twenty times the file's size (a hostile file of a few megabytes of empty cells,
     * gigabytes), more than the app has.
     *
     * @throws IOException or a runtime exception of POI's, if the file is no workbook of this format, a damaged one
     *                     or one locked with a password
     */
    static Map<String, WorkbookText.Sheet> readAll(byte[] bytes, int lastRow) throws IOException,
            WorkbookText.TooManyRows, WorkbookText.TooMuchText {
        return read(bytes, lastRow, false);
    }

    /**
     * Each sheet's first row that holds a cell (no row if none), as {@link WorkbookText#firstRows} gives an .xlsx's:
     * the records are read through, the other rows' cells not kept.
     */
    static Map<String, WorkbookText.Sheet> firstRows(byte[] bytes) throws IOException, WorkbookText.TooMuchText {
        try {
            return read(bytes, Integer.MAX_VALUE - 1, true);
        } catch (WorkbookText.TooManyRows cannotBe) {
            throw new IllegalStateException(cannotBe);
        }
    }

    private static Map<String, WorkbookText.Sheet> read(byte[] bytes, int lastRow, boolean firstRowOnly)
            throws IOException, WorkbookText.TooManyRows, WorkbookText.TooMuchText {
        if (bytes.length > MAX_BYTES) {
            throw new WorkbookText.TooMuchText();
        }
        HSSFWorkbook.setMaxRecordLength(MAX_RECORD_BYTES);
        Cells cells = new Cells(lastRow, firstRowOnly);
        EventWorkbookBuilder.SheetRecordCollectingListener workbook =
                new EventWorkbookBuilder.SheetRecordCollectingListener(cells);
        cells.workbook = workbook;
        // the cells' number formats: a date or a percentage is read as the sheet shows it
        org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener formats =
                new org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener(workbook);
        cells.formats = formats;
        HSSFRequest request = new HSSFRequest();
        request.addListenerForAllRecords(formats);
        try (POIFSFileSystem file = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            new HSSFEventFactory().processWorkbookEvents(request, file);
        } catch (Stopped stopped) {
            if (stopped.tooManyRows) {
                throw new WorkbookText.TooManyRows();
            }
            throw new WorkbookText.TooMuchText();
        }
        Map<String, WorkbookText.Sheet> sheets = new LinkedHashMap<>();
        for (Cells.SheetCells sheet : cells.sheets) {
            List<WorkbookText.Row> rows = new ArrayList<>();
            sheet.rows.forEach((index, row) -> {
                int width = row.length;
                while (width > 0 && row[width - 1] == null) {
                    width--;
                }
                List<String> texts = new ArrayList<>(width);
                for (int c = 0; c < width; c++) {
                    texts.add(row[c] == null ? "" : row[c]);
                }
                rows.add(new WorkbookText.Row(index, List.copyOf(texts)));
            });
            sheets.putIfAbsent(sheet.name, new WorkbookText.Sheet(List.copyOf(rows), sheet.hidden,
                    List.copyOf(sheet.mergedDown)));
        }
        return sheets;
    }

    /** Reading stopped at a limit: thrown through POI's reader, which lets a listener throw nothing else. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final boolean tooManyRows;

        Stopped(boolean tooManyRows) {
            super(null, null, false, false);
            this.tooManyRows = tooManyRows;
        }
    }

    /** The cells of each worksheet as their records come, by the rules of {@link WorkbookText}. */
    private static final class Cells implements HSSFListener {

        /** A worksheet's name and its rows' cells by row index (a cell not written is null). */
        record SheetCells(String name, boolean hidden, java.util.TreeMap<Integer, String[]> rows,
                          List<WorkbookText.MergedDown> mergedDown) {
        }

        private final int lastRow;
        /** Whether only each sheet's first row that holds a cell is kept (cells come row by row). */
        private final boolean firstRowOnly;
        final List<SheetCells> sheets = new ArrayList<>();
        EventWorkbookBuilder.SheetRecordCollectingListener workbook;
        org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener formats;
        private HSSFWorkbook formulas;
        private BoundSheetRecord[] names;
        private SSTRecord strings;
        /** Substreams open: 1 in the workbook's globals or a sheet, 2 in a chart inside a sheet. */
        private int depth;
        /** How many sheets (of any kind) have begun; the worksheet being read, or null in any other part. */
        private int begun;
        private SheetCells current;
        private long kept;

        Cells(int lastRow, boolean firstRowOnly) {
            this.lastRow = lastRow;
            this.firstRowOnly = firstRowOnly;
        }

        @Override
        public void processRecord(org.apache.poi.hssf.record.Record record) {
            if (record instanceof BOFRecord bof) {
                depth++;
                if (depth == 1 && bof.getType() != BOFRecord.TYPE_WORKBOOK) {
                    if (names == null) {
                        names = BoundSheetRecord.orderByBofPosition(List.of(workbook.getBoundSheetRecords()));
                    }
                    String name = begun < names.length ? names[begun].getSheetname() : "Sheet" + (begun + 1);
                    boolean hidden = begun < names.length && (names[begun].isHidden() || names[begun].isVeryHidden());
                    begun++;
                    current = bof.getType() == BOFRecord.TYPE_WORKSHEET
                            ? new SheetCells(name, hidden, new java.util.TreeMap<>(), new ArrayList<>()) : null;
                    if (current != null) {
                        sheets.add(current);
                    }
                }
                return;
            }
            if (record instanceof EOFRecord) {
                depth--;
                if (depth == 0) {
                    current = null;
                }
                return;
            }
            if (record instanceof SSTRecord sst) {
                strings = sst;
                return;
            }
            if (current != null && depth == 1 && record instanceof org.apache.poi.hssf.record.MergeCellsRecord merges) {
                // cells merged down a column (a 牵头单位 over several tasks), as WorkbookText notes an .xlsx's
                for (int i = 0; i < merges.getNumAreas()
                        && current.mergedDown().size() < WorkbookText.MOST_MERGED; i++) {
                    org.apache.poi.ss.util.CellRangeAddress area = merges.getAreaAt(i);
                    if (area.getFirstColumn() == area.getLastColumn() && area.getFirstRow() < area.getLastRow()
                            && area.getFirstColumn() < WorkbookText.COLUMNS) {
                        current.mergedDown().add(new WorkbookText.MergedDown(area.getFirstColumn(),
                                area.getFirstRow(), Math.min(area.getLastRow(), lastRow)));
                    }
                }
                return;
            }
            if (current == null || depth != 1 || !(record instanceof CellValueRecordInterface cell)) {
                return;
            }
            String text = text(record);
            if (text == null) {
                return;
            }
            if (cell.getRow() > lastRow) {
                throw new Stopped(true);
            }
            if (cell.getColumn() >= WorkbookText.COLUMNS
                    || firstRowOnly && !current.rows.isEmpty() && current.rows.firstKey() != cell.getRow()) {
                return;
            }
            kept += text.length();
            if (kept > WorkbookText.TEXT_CHARACTERS) {
                throw new Stopped(false);
            }
            current.rows.computeIfAbsent(cell.getRow(), r -> new String[WorkbookText.COLUMNS])[cell.getColumn()] = text;
        }

        /** A cell record's text; null for a record that holds none (a blank cell). */
        private String text(org.apache.poi.hssf.record.Record record) {
            String text;
            if (record instanceof LabelSSTRecord label) {
                int index = label.getSSTIndex();
                text = strings == null || index < 0 || index >= strings.getNumUniqueStrings() ? ""
                        : strings.getString(index).getString();
            } else if (record instanceof LabelRecord label) {
                text = label.getValue();
            } else if (record instanceof NumberRecord number) {
                // as the sheet shows it: 150 as typed (not 150.0), a date as a document writes it, 80%
                text = WorkbookText.numberText(number.getValue(), formats.getFormatIndex(number),
                        formats.getFormatString(number));
            } else if (record instanceof FormulaRecord formula) {
                text = "=" + formula(formula);
            } else if (record instanceof BoolErrRecord bool) {
                text = bool.isBoolean() ? String.valueOf(bool.getBooleanValue()) : "";
            } else {
                return null;
            }
            if (text.length() > WorkbookText.CELL_CHARACTERS) {
                throw new IllegalStateException("a cell holds more than a spreadsheet cell can");
            }
            return text;
        }

        /** A formula as written, never evaluated; one the file writes wrongly as nothing after its =. */
        private String formula(FormulaRecord formula) {
            try {
                if (formulas == null) {
                    formulas = workbook.getStubHSSFWorkbook();
                }
                return HSSFFormulaParser.toFormulaString(formulas, formula.getParsedExpression());
            } catch (RuntimeException unreadable) {
                return "";
            }
        }
    }
}
