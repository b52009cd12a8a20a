package org.kesudesk.parse;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.kesudesk.model.ContentLimits;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The cells of an .xlsx file's sheets as text, read as the sheets' XML streams by, without building the workbook:
 * a ledger of 20,000 rows read through POI's workbook model took seconds and hundreds of megabytes of it.
 * <p>
 * The rule of every sheet the app reads: a cell is what it holds, a formula as its formula ({@code =HYPERLINK(…)}),
 * never evaluated; a number as typed (150, not 150.0), a date as a document writes it (a cell formatted as a date
 * holds a day's serial number: 46022 is 2025年12月31日) and a percentage as shown (0.8 formatted as one is 80%); a
 * truth value as true or false; an error as nothing.
 * Reading stops at the first row past the last one the caller allows (or as many rows written under repeated
 * numbers), and a cell holding more than a spreadsheet cell can (32,767 characters) makes the file unreadable; so
 * does more text than {@link #TEXT_CHARACTERS} in all, or more shared texts than {@link #SHARED_TEXTS}: a file of
 * 20 MB may inflate a hundredfold, and every text read is kept.
 */
public final class WorkbookText {

    /** What Excel lets a cell hold, in characters. */
    public static final int CELL_CHARACTERS = 32_767;
    /** Columns kept of each row: the app's sheets use fewer; cells further right are read past. */
    public static final int COLUMNS = 64;
    /** The text kept from one file, in characters: a ledger at the content limits has some 8 million. */
    public static final long TEXT_CHARACTERS = 32_000_000;
    /** The workbook's shared texts: a ledger at the content limits has some 100,000. */
    public static final int SHARED_TEXTS = 2_000_000;

    private WorkbookText() {
    }

    /**
     * Excel's built-in number formats that a Chinese Excel shows as dates (27–31, 36, 50–54, 57, 58: yyyy"年"m"月"d"日"
     * and the like), which a workbook names by their index alone and POI knows only as "reserved".
     */
    private static final Set<Integer> EAST_ASIAN_DATES = Set.of(27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58);
    /** Those of them that show a year and a month without the day (yyyy"年"m"月"). */
    private static final Set<Integer> EAST_ASIAN_MONTHS = Set.of(27, 36, 50, 52, 57);

    /** Whether a date format shows a year and a month but no day (yyyy"年"m"月", yyyy/mm). */
    private static boolean showsNoDay(String formatString) {
        if (formatString == null) {
            return false;
        }
        // what the format shows, its quoted words, [colours] and escaped characters aside
        String code = formatString.replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.", "")
                .toLowerCase(java.util.Locale.ROOT);
        return code.contains("y") && code.contains("m") && !code.contains("d");
    }

    /**
     * A number cell's text as the sheet shows it, by its format: a date as a document writes it (2025年12月31日; a
     * month shown without its day as 2025年12月), a percentage as a percent (80%), any other number as typed (150,
     * not 150.0; no exponent).
     *
     * @param formatIndex  the cell's number format's index (Excel's built-in ones below 164)
     * @param formatString its format code, or null
     */
    static String numberText(double value, int formatIndex, String formatString) {
        if (!Double.isFinite(value)) {
            return "";
        }
        boolean eastAsianDate = EAST_ASIAN_DATES.contains(formatIndex);
        if (value >= 1 && org.apache.poi.ss.usermodel.DateUtil.isValidExcelDate(value) && (eastAsianDate
                || org.apache.poi.ss.usermodel.DateUtil.isADateFormat(formatIndex, formatString))) {
            java.time.LocalDate day = org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(value).toLocalDate();
            // a month shown without its day (2025年12月) is that month, as a 完成时限 writes it: not its first day
            return EAST_ASIAN_MONTHS.contains(formatIndex) || !eastAsianDate && showsNoDay(formatString)
                    ? org.kesudesk.model.DocumentDate.ofMonth(java.time.YearMonth.from(day))
                    : org.kesudesk.model.DocumentDate.of(day);
        }
        BigDecimal number = BigDecimal.valueOf(value);
        if (formatString != null && formatString.replaceAll("\"[^\"]*\"", "").contains("%")) {
            return number.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        }
        return number.stripTrailingZeros().toPlainString();
    }

    /** One row of a sheet: its index from 0 and its cells' text by column from 0 ("" for none). */
    public record Row(int index, List<String> cells) {

        public String text(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        /** Whether a cell left of {@code column} holds more than spaces (a row typed in where ids are kept). */
        public boolean holdsTextBefore(int column) {
            for (int c = 0; c < column; c++) {
                if (!text(c).isBlank()) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A sheet's rows that hold a cell, in order; none where the sheet has none. */
    /**
     * A sheet's rows, and whether the workbook hides it (a sheet hidden in Excel, or kept out of its reach: an old
     * version, the lists a drop-down list draws on) — which a plan is not read from.
     */
    public record Sheet(List<Row> rows, boolean hidden, List<MergedDown> mergedDown) {

        public Sheet(List<Row> rows) {
            this(rows, false);
        }

        public Sheet(List<Row> rows, boolean hidden) {
            this(rows, hidden, List.of());
        }

        public Optional<Row> row(int index) {
            for (Row row : rows) {
                if (row.index() == index) {
                    return Optional.of(row);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * A cell merged down its column over the rows below it (a 牵头单位 leading several tasks): its column and its
     * first and last rows, indices from 0.
     */
    public record MergedDown(int column, int firstRow, int lastRow) {
    }

    /** The most merged cells of a sheet that are read: a 分工表 has some dozens; the rest are passed over. */
    static final int MOST_MERGED = 10_000;

    /** A sheet goes on past the last row the caller reads. */
    public static final class TooManyRows extends Exception {
        private static final long serialVersionUID = 1L;

        TooManyRows() {
            super(null, null, false, false);
        }
    }

    /** The file holds more text than {@link #TEXT_CHARACTERS}, or more shared texts than {@link #SHARED_TEXTS}. */
    public static final class TooMuchText extends Exception {
        private static final long serialVersionUID = 1L;

        TooMuchText() {
            super(null, null, false, false);
        }
    }

    /** The text kept so far from one file, in characters. */
    private static final class Kept {
        private long characters;

        void add(int length) throws SAXException {
            characters += length;
            if (characters > TEXT_CHARACTERS) {
                throw new SAXException(new TooMuchText());
            }
        }
    }

    /**
     * The sheets of these names (others are not read), by name; a name the file does not have is left out. A file
     * saved in Excel 97-2003's format (.xls) is read by {@link XlsText}, by the same rules and limits.
     *
     * @param lastRow the index of the last row a sheet may have
     * @throws TooManyRows if a sheet read has a row beyond it
     * @throws TooMuchText  if the file holds more text than a ledger can
     * @throws IOException or a runtime exception of POI's, if the file is no workbook, a damaged one or a hostile
     *                     one (a zip bomb, a document type declaration)
     */
    public static Map<String, Sheet> read(Path file, Set<String> names, int lastRow) throws IOException, TooManyRows,
            TooMuchText {
        return read(file, names::contains, lastRow);
    }

    /**
     * Every sheet of a workbook (.xlsx, Excel 97-2003's .xls or LibreOffice's .ods), by name in the workbook's order:
     * an office's own list, whose sheets are named as it likes; the same rules and limits as
     * {@link #read(Path, Set, int)}.
     */
    public static Map<String, Sheet> readEvery(Path file, int lastRow) throws IOException, TooManyRows, TooMuchText {
        return read(file, name -> true, lastRow);
    }

    private static Map<String, Sheet> read(Path file, java.util.function.Predicate<String> named, int lastRow)
            throws IOException, TooManyRows, TooMuchText {
        Optional<byte[]> ods = openDocument(file);
        if (ods.isPresent()) {
            Map<String, Sheet> sheets = new java.util.LinkedHashMap<>(OdsText.sheets(file.getFileName().toString(),
                    ods.get(), lastRow));
            sheets.keySet().removeIf(named.negate());
            return sheets;
        }
        Optional<byte[]> xls = oldFormat(file);
        if (xls.isPresent()) {
            Map<String, Sheet> sheets = new java.util.LinkedHashMap<>(XlsText.readAll(xls.get(), lastRow));
            sheets.keySet().removeIf(named.negate());
            return sheets;
        }
        guardAgainstBombs();
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            return read(workbook, named, lastRow, false, false);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    /**
     * The first row of each sheet named that the workbook has (an empty list for an empty sheet), by name, for telling
     * what a workbook is without reading it all; the same limits and refusals as {@link #read(Path, Set, int)}.
     */
    public static Map<String, List<String>> firstRows(Path file, Set<String> names) throws IOException, TooMuchText {
        Optional<byte[]> ods = openDocument(file);
        if (ods.isPresent()) {
            Map<String, List<String>> first = new java.util.LinkedHashMap<>();
            try {
                OdsText.sheets(file.getFileName().toString(), ods.get(), Integer.MAX_VALUE).forEach((name, sheet) -> {
                    if (names.contains(name)) {
                        first.put(name, sheet.rows().isEmpty() ? List.of() : sheet.rows().get(0).cells());
                    }
                });
            } catch (TooManyRows cannotBe) {
                throw new IllegalStateException(cannotBe);
            }
            return first;
        }
        Optional<byte[]> xls = oldFormat(file);
        if (xls.isPresent()) {
            Map<String, List<String>> first = new java.util.LinkedHashMap<>();
            XlsText.firstRows(xls.get()).forEach((name, sheet) -> {
                if (names.contains(name)) {
                    first.put(name, sheet.rows().isEmpty() ? List.of() : sheet.rows().get(0).cells());
                }
            });
            return first;
        }
        guardAgainstBombs();
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            Map<String, List<String>> first = new java.util.LinkedHashMap<>();
            read(workbook, names::contains, 0, true, false).forEach((name, sheet) -> first.put(name,
                    sheet.rows().isEmpty() ? List.of() : sheet.rows().get(0).cells()));
            return first;
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        } catch (TooManyRows cannotBe) {
            throw new IllegalStateException(cannotBe);
        }
    }

    /**
     * Every sheet of a workbook given as its bytes (a plan's 任务分工表), by name in the workbook's order; the same
     * limits and rules as {@link #read(Path, Set, int)}, the caller refusing an Excel 97-2003 file first. Where the
     * workbook says that the units in bold lead (注：加粗的为牵头单位), each unit's name in bold inside a cell is
     * signed as a lead's ({@link LeadSigns#signedNames}).
     */
    public static Map<String, Sheet> readAll(byte[] bytes, int lastRow) throws IOException, TooManyRows, TooMuchText {
        guardAgainstBombs();
        try (OPCPackage workbook = OPCPackage.open(new java.io.ByteArrayInputStream(bytes))) {
            return read(workbook, name -> true, lastRow, false, true);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    /** POI's zip-bomb guard is the process's: set as every reader of Office files sets it. */
    private static void guardAgainstBombs() {
        ZipSecureFile.setMinInflateRatio(ContentLimits.OFFICE_MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(ContentLimits.OFFICE_PART_BYTES);
    }

    /**
     * @param upTo      whether a sheet with rows past {@code lastRow} is read up to it, rather than refused
     * @param boldLeads whether names in bold are signed as leads where the workbook says so (a plan, not a ledger)
     */
    private static Map<String, Sheet> read(OPCPackage workbook, java.util.function.Predicate<String> wanted,
                                           int lastRow, boolean upTo, boolean boldLeads)
            throws IOException, TooManyRows, TooMuchText {
        Map<String, Sheet> sheets = new java.util.LinkedHashMap<>();
        Kept kept = new Kept();
        try {
            XSSFReader reader = new XSSFReader(workbook);
            List<String> strings = sharedStrings(reader, kept, boldLeads);
            // the cells' number formats: a date or a percentage is read as the sheet shows it
            org.apache.poi.xssf.model.StylesTable styles = reader.getStylesTable();
            Set<String> hidden = hiddenSheets(reader);
            XSSFReader.SheetIterator each = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (each.hasNext()) {
                try (InputStream in = each.next()) {
                    String name = each.getSheetName();
                    if (!wanted.test(name) || sheets.containsKey(name)) {
                        continue;
                    }
                    Cells cells = new Cells(strings, styles, lastRow, kept);
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(cells);
                    try {
                        xml.parse(new InputSource(in));
                    } catch (SAXException e) {
                        if (!upTo || !(e.getException() instanceof TooManyRows)) {
                            throw e;
                        }
                    }
                    sheets.put(name, new Sheet(List.copyOf(cells.rows), hidden.contains(name),
                            List.copyOf(cells.mergedDown)));
                } catch (SAXException e) {
                    throw stopped(e);
                }
            }
        } catch (SAXException e) {
            throw stopped(e);
        } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException
                 | javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        }
        return sheets;
    }

    /** The names of the sheets the workbook hides (state hidden or veryHidden in its workbook part). */
    private static Set<String> hiddenSheets(XSSFReader reader) throws IOException, SAXException,
            org.apache.poi.openxml4j.exceptions.InvalidFormatException, javax.xml.parsers.ParserConfigurationException {
        Set<String> hidden = new java.util.HashSet<>();
        try (InputStream in = reader.getWorkbookData()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    String state = attributes.getValue("state");
                    if (localName.equals("sheet") && state != null && !state.equals("visible")
                            && attributes.getValue("name") != null) {
                        hidden.add(attributes.getValue("name"));
                    }
                }
            });
            xml.parse(new InputSource(in));
        }
        return hidden;
    }

    /**
     * The file's bytes if it is an OpenDocument spreadsheet (LibreOffice Calc's .ods, as a unit may save the sheet),
     * read by {@link OdsText} by the same rules; empty if it is not one.
     */
    private static Optional<byte[]> openDocument(Path file) throws IOException, TooMuchText {
        byte[] start;
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            start = in.readNBytes(FileKind.ODF_HEAD_BYTES);
        }
        if (FileKind.openDocument(start).filter(kind -> kind == FileKind.OpenDocument.SPREADSHEET).isEmpty()) {
            return Optional.empty();
        }
        if (java.nio.file.Files.size(file) > XlsText.MAX_BYTES) {
            throw new TooMuchText();
        }
        return Optional.of(java.nio.file.Files.readAllBytes(file));
    }

    /**
     * The file's bytes if it is a workbook saved in Excel 97-2003's format (as a unit's older Excel or WPS may save
     * the sheet), read by {@link XlsText} by the same rules; empty if it is not an OLE2 file. One that is, but holds
     * no workbook — an .xlsx locked with a password — is refused saying what to do, not as damaged.
     */
    private static Optional<byte[]> oldFormat(Path file) throws IOException, TooMuchText {
        byte[] start;
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            start = in.readNBytes(org.kesudesk.model.FileSignature.HEAD_BYTES);
        }
        if (!org.kesudesk.model.FileSignature.OLE.matches(start)) {
            return Optional.empty();
        }
        if (java.nio.file.Files.size(file) > XlsText.MAX_BYTES) {
            throw new TooMuchText();
        }
        byte[] bytes = java.nio.file.Files.readAllBytes(file);
        if (!XlsText.holdsWorkbook(bytes)) {
            throw new org.kesudesk.l10n.UserFacingException("ledger.error.locked", file.getFileName());
        }
        return Optional.of(bytes);
    }

    /** What a handler stopped the reading for: rows or text beyond the limits, or else the file is not read. */
    private static IOException stopped(SAXException e) throws TooManyRows, TooMuchText {
        if (e.getException() instanceof TooManyRows tooMany) {
            throw tooMany;
        }
        if (e.getException() instanceof TooMuchText tooMuch) {
            throw tooMuch;
        }
        return new IOException(e);
    }

    /**
     * The texts the workbook keeps once for all its cells, in order (POI's own table makes a rich-text object of
     * each one asked for, a third of the time of reading a ledger of 20,000 rows); none if it keeps none.
     */
    private static List<String> sharedStrings(XSSFReader reader, Kept kept, boolean boldLeads) throws IOException,
            SAXException, javax.xml.parsers.ParserConfigurationException {
        InputStream in;
        try {
            in = reader.getSharedStringsData();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            return List.of();
        }
        if (in == null) {
            return List.of();
        }
        try (in) {
            SharedStrings strings = new SharedStrings(kept, boldLeads);
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(strings);
            xml.parse(new InputSource(in));
            if (strings.boldDeclared) {
                // 注：加粗的为牵头单位 in a cell: the texts with bold runs as their names signed
                List<String> signed = new ArrayList<>(strings.all);
                strings.signed.forEach(signed::set);
                return signed;
            }
            return strings.all;
        }
    }

    /** Keeps what is added to a text, up to what a cell can hold. */
    private static void append(StringBuilder text, char[] ch, int start, int length) {
        if (text.length() + length > CELL_CHARACTERS) {
            throw new IllegalStateException("a cell holds more than a spreadsheet cell can");
        }
        text.append(ch, start, length);
    }

    /**
     * The shared strings' XML: each item's text runs (not its phonetic guides) as one text; where bold leads may be
     * read, also each item with runs in bold as its names signed ({@link LeadSigns#signedNames}), by index.
     */
    private static final class SharedStrings extends DefaultHandler {

        final List<String> all = new ArrayList<>();
        /** Items with runs in bold, their names in bold signed, by index; kept only where bold leads may be read. */
        final Map<Integer, String> signed = new java.util.HashMap<>();
        /** Whether an item says that the units in bold lead. */
        boolean boldDeclared;
        private final StringBuilder item = new StringBuilder();
        private final StringBuilder run = new StringBuilder();
        private final StringBuilder signedItem = new StringBuilder();
        private final StringBuilder bold = new StringBuilder();
        private final Kept kept;
        private final boolean boldLeads;
        private boolean inText;
        private boolean inPhonetic;
        private boolean inRunProperties;
        private boolean runBold;
        private boolean anyBold;

        SharedStrings(Kept kept, boolean boldLeads) {
            this.kept = kept;
            this.boldLeads = boldLeads;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "si" -> {
                    item.setLength(0);
                    signedItem.setLength(0);
                    bold.setLength(0);
                    anyBold = false;
                }
                case "r" -> {
                    run.setLength(0);
                    runBold = false;
                }
                case "rPr" -> inRunProperties = true;
                case "b" -> {
                    String on = attributes.getValue("val");
                    runBold |= inRunProperties && (on == null || on.equals("1") || on.equals("true"));
                }
                case "rPh" -> inPhonetic = true;
                case "t" -> inText = !inPhonetic;
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "si" -> {
                    if (all.size() == SHARED_TEXTS) {
                        throw new SAXException(new TooMuchText());
                    }
                    kept.add(item.length());
                    String text = item.toString();
                    if (boldLeads) {
                        boldDeclared |= LeadSigns.boldDeclaredIn(text);
                        if (anyBold) {
                            signed.put(all.size(), signedItem.append(LeadSigns.signedNames(bold)).toString());
                        }
                    }
                    all.add(text);
                }
                case "r" -> {
                    if (!boldLeads) {
                        return;
                    }
                    if (runBold) {
                        anyBold = true;
                        bold.append(run);
                    } else {
                        signedItem.append(LeadSigns.signedNames(bold)).append(run);
                        bold.setLength(0);
                    }
                }
                case "rPr" -> inRunProperties = false;
                case "rPh" -> inPhonetic = false;
                case "t" -> inText = false;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText) {
                append(item, ch, start, length);
                if (boldLeads) {
                    run.append(ch, start, length);
                }
            }
        }
    }

    /** The sheet's XML read into rows of text. */
    private static final class Cells extends DefaultHandler {

        private final List<String> strings;
        /** The workbook's cell formats, or null if it has none. */
        private final org.apache.poi.xssf.model.StylesTable styles;
        private final int lastRow;
        private final Kept kept;
        final List<Row> rows = new ArrayList<>();
        final List<MergedDown> mergedDown = new ArrayList<>();
        /** The cell's format (its index among the workbook's cell formats), -1 for none. */
        private int style;
        /** Each cell format's number format seen so far: its index and code (a sheet's rows share a few). */
        private final java.util.Map<Integer, NumberFormat> numberFormats = new java.util.HashMap<>();

        /** A number format: its index (Excel's built-in ones below 164) and its code. */
        private record NumberFormat(int index, String code) {
            static final NumberFormat NONE = new NumberFormat(-1, null);
        }
        private List<String> row;
        private int rowIndex = -1;
        private int column = -1;
        private String type;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder formula = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();
        private boolean hasFormula;
        private StringBuilder capturing;
        private boolean inInline;
        private boolean inPhonetic;

        Cells(List<String> strings, org.apache.poi.xssf.model.StylesTable styles, int lastRow, Kept kept) {
            this.strings = strings;
            this.styles = styles;
            this.lastRow = lastRow;
            this.kept = kept;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowIndex = r == null ? rowIndex + 1 : Integer.parseInt(r) - 1;
                    if (rowIndex > lastRow || rows.size() > lastRow) {
                        throw new SAXException(new TooManyRows());
                    }
                    row = new ArrayList<>();
                    column = -1;
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? column + 1 : column(r);
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s != null && s.matches("\\d{1,6}") ? Integer.parseInt(s) : -1;
                    value.setLength(0);
                    formula.setLength(0);
                    inline.setLength(0);
                    hasFormula = false;
                }
                case "v" -> capturing = value;
                case "f" -> {
                    hasFormula = true;
                    capturing = formula;
                }
                case "is" -> inInline = true;
                case "rPh" -> inPhonetic = true;
                case "mergeCell" -> mergedDown(attributes.getValue("ref"));
                case "t" -> capturing = inInline && !inPhonetic ? inline : null;
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v", "f", "t" -> capturing = null;
                case "is" -> inInline = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> {
                    if (row != null && column >= 0 && column < COLUMNS) {
                        while (row.size() <= column) {
                            row.add("");
                        }
                        String text = text();
                        if (!"s".equals(type) || hasFormula) {
                            // a shared text is kept once, however many cells show it
                            kept.add(text.length());
                        }
                        row.set(column, text);
                    }
                }
                case "row" -> {
                    if (row != null) {
                        rows.add(new Row(rowIndex, List.copyOf(row)));
                        row = null;
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (capturing != null) {
                append(capturing, ch, start, length);
            }
        }

        private String text() {
            if (hasFormula) {
                return "=" + formula;
            }
            String v = value.toString();
            if (type == null || type.equals("n")) {
                if (v.isEmpty()) {
                    return "";
                }
                // no number here (or one past a double's range) makes the file unreadable
                double number = Double.parseDouble(v);
                if (!Double.isFinite(number)) {
                    throw new NumberFormatException("a number beyond a spreadsheet's: " + v.length() + " characters");
                }
                NumberFormat format = styles == null || style < 0 || style >= styles.getNumCellStyles()
                        ? NumberFormat.NONE : numberFormats.computeIfAbsent(style, s -> {
                            org.apache.poi.xssf.usermodel.XSSFCellStyle cellStyle = styles.getStyleAt(s);
                            return new NumberFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
                        });
                return numberText(number, format.index(), format.code());
            }
            return switch (type) {
                case "s" -> v.isEmpty() ? "" : strings.get(Integer.parseInt(v));
                case "inlineStr" -> inline.toString();
                case "b" -> String.valueOf("1".equals(v));
                case "e" -> "";
                default -> v;
            };
        }

        /** The column index (from 0) of a cell reference such as AB12. */
        /** A merged cell (C3:C5) that is one column merged down over rows the sheet reads, noted as such. */
        private void mergedDown(String reference) {
            java.util.regex.Matcher range = reference == null || mergedDown.size() >= MOST_MERGED ? null
                    : MERGED_RANGE.matcher(reference);
            if (range == null || !range.matches() || !range.group(1).equalsIgnoreCase(range.group(3))) {
                return;
            }
            int column = column(range.group(1));
            int first = Integer.parseInt(range.group(2)) - 1;
            int last = Math.min(Integer.parseInt(range.group(4)) - 1, lastRow);
            if (column < COLUMNS && first < last) {
                mergedDown.add(new MergedDown(column, first, last));
            }
        }

        private static final java.util.regex.Pattern MERGED_RANGE = java.util.regex.Pattern.compile(
                "\\$?([A-Za-z]{1,3})\\$?(\\d{1,7}):\\$?([A-Za-z]{1,3})\\$?(\\d{1,7})");

        private static int column(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
                column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
                if (column > 1 << 16) {
                    return Integer.MAX_VALUE;
                }
            }
            return column - 1;
        }
    }
}
