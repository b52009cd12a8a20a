package org.kesudesk.parse;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.kesudesk.l10n.FailureReasons;

/**
 * Reads a plan document — plain text in UTF-8 or GB18030/GBK, a Word .docx or .doc, an OpenDocument text (.odt), a
 * PDF or an OFD, a web page, or a 任务分工表 as an Excel .xlsx or .xls or a LibreOffice .ods — into a {@link ParseReport} for the
 * user to review. It stores nothing.
 */
public final class PlanDocumentReader {

    /** The largest document read; real plans are well under 1 MB. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    /**
     * @param encoding       forces a text encoding; empty to detect it
     * @param knownUnitNames the unit catalogue already stored, to suggest aliases against
     * @throws PlanParseException if the file cannot be read as a plan, with the line at fault
     */
    public ParseReport read(Path file, Optional<Charset> encoding, List<String> knownUnitNames) {
        return read(file, encoding, Optional.empty(), knownUnitNames);
    }

    /**
     * @param columns what the columns of a division table hold whose header the parser cannot map (as {@link
     *                PlanParseException#unmappedTable} offered it), or empty
     */
    public ParseReport read(Path file, Optional<Charset> encoding, Optional<ColumnMapping> columns,
                            List<String> knownUnitNames) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new PlanParseException(0, "parse.error.tooLarge", file.getFileName(), MAX_BYTES / 1024 / 1024);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PlanParseException(e, 0, "parse.error.read", file, FailureReasons.of(e));
        }
        return read(file.getFileName().toString(), bytes, encoding, columns, knownUnitNames);
    }

    /** Reads a document given as bytes (a bundled resource, say); {@code name} is used in messages. */
    public ParseReport read(String name, byte[] bytes, Optional<Charset> encoding, List<String> knownUnitNames) {
        return read(name, bytes, encoding, Optional.empty(), knownUnitNames);
    }

    /** Rich Text Format, which Word and WPS save under the name .doc too. */
    private static final byte[] RTF = "{\\rtf".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** {@link #read(String, byte[], Optional, List)} with the columns of a table mapped. */
    public ParseReport read(String name, byte[] bytes, Optional<Charset> encoding, Optional<ColumnMapping> columns,
                            List<String> knownUnitNames) {
        try {
            return readAsItsKind(name, bytes, encoding, columns, knownUnitNames);
        } catch (PlanParseException refused) {
            // a package cut short in the copying is said to be so, whichever reader found it (Word, Excel, PDF …)
            if (refused.getCause() != null
                    && FailureReasons.of(refused.getCause()).key().equals("failure.reason.incomplete")) {
                throw new PlanParseException(refused.getCause(), 0, "parse.error.incomplete", name);
            }
            throw refused;
        }
    }

    private ParseReport readAsItsKind(String name, byte[] bytes, Optional<Charset> encoding,
                                      Optional<ColumnMapping> columns, List<String> knownUnitNames) {
        if (bytes.length == 0) {
            // whatever its name says (an attachment saved before it came, a copy that failed): nothing to read
            throw new PlanParseException(0, "parse.error.empty");
        }
        Optional<org.kesudesk.model.FileSignature> signature = org.kesudesk.model.FileSignature.of(bytes);
        if (signature.filter(org.kesudesk.model.FileSignature::isPicture).isPresent()) {
            // a scan or a photograph of the notice: no text to read, and what to find instead is said
            throw new PlanParseException(0, "parse.error.picture", name);
        }
        if (org.kesudesk.model.ExchangePackage.startsAsOne(bytes)) {
            // another office's exchange file, opened as a document (renamed by a mail program, or simply picked here)
            throw new PlanParseException(0, "parse.error.exchangeFile", name);
        }
        if (signature.filter(org.kesudesk.model.FileSignature::isArchive).isPresent() || isZipOfFiles(name, bytes)) {
            // the notice and its 附件 mailed as one archive: to be unpacked first, what it holds said if it is a zip
            throw archive(name, org.kesudesk.model.FileSignature.ZIP.matches(bytes)
                    ? org.kesudesk.files.ZipListing.names(bytes) : List.of());
        }
        if (FileKind.isPasswordLocked(bytes)) {
            // a Word or Excel file that asks for a password to be opened: nothing to read without it
            throw new PlanParseException(0, "parse.error.passwordLocked", name);
        }
        // first by what a text file holds: sites serve pages named .doc, and Word saves pages and RTF so too
        boolean binary = org.kesudesk.model.FileSignature.ZIP.matches(bytes) || org.kesudesk.model.FileSignature.OLE.matches(bytes)
                || org.kesudesk.model.FileSignature.PDF.matches(bytes);
        if (!binary && MhtmlText.looksLikeMhtml(name, bytes)) {
            return parse(name, "MHTML", MhtmlText.content(name, bytes, encoding, columns), knownUnitNames);
        }
        if (!binary && HtmlText.looksLikeHtml(name, bytes)) {
            return parse(name, "HTML", HtmlText.content(name, bytes, encoding, columns), knownUnitNames);
        }
        if (FileKind.startsWith(bytes, RTF)) {
            throw new PlanParseException(0, "parse.error.rtf", name);
        }
        java.util.Optional<FileKind.OpenDocument> openDocument = FileKind.openDocument(bytes);
        if (openDocument.filter(kind -> kind == FileKind.OpenDocument.TEXT).isPresent()) {
            return parse(name, "ODT", OdtText.content(name, bytes, columns), knownUnitNames);
        }
        if (openDocument.filter(kind -> kind == FileKind.OpenDocument.SPREADSHEET).isPresent()) {
            return parse(name, "ODS", OdsText.content(name, bytes, columns), knownUnitNames);
        }
        if (openDocument.isPresent()) {
            // a presentation, a drawing: no plan, and what to import instead is said
            throw new PlanParseException(0, "parse.error.openDocument.other", name);
        }
        if (encoding.isEmpty() && XlsText.looksLikeXls(name, bytes)) {
            return parse(name, "XLS", XlsxText.xlsContent(name, bytes, columns), knownUnitNames);
        }
        if (encoding.isEmpty() && OfdText.looksLikeOfd(name, bytes)) {
            return parse(name, "OFD", OfdText.content(bytes, columns), knownUnitNames);
        }
        if (encoding.isEmpty() && XlsxText.looksLikeXlsx(name, bytes)) {
            return parse(name, "XLSX", XlsxText.content(name, bytes, columns), knownUnitNames);
        }
        if (encoding.isEmpty() && DocxText.looksLikeDocx(name, bytes)) {
            return parse(name, "DOCX", DocxText.content(bytes, columns), knownUnitNames);
        }
        if (encoding.isEmpty() && DocText.looksLikeDoc(name, bytes)) {
            return parse(name, "DOC", DocText.content(name, bytes, columns), knownUnitNames);
        }
        if (encoding.isEmpty() && PdfText.looksLikePdf(name, bytes)) {
            return parse(name, "PDF", PdfText.content(bytes, columns), knownUnitNames);
        }
        TextDecoder.Decoded decoded;
        try {
            decoded = TextDecoder.decode(bytes, encoding);
        } catch (PlanParseException notText) {
            // named as a document the app reads, holding none: damaged, cut short, or another file renamed
            String extension = extension(name);
            if (notText.messageKey().equals("parse.error.binary") && DOCUMENT_EXTENSIONS.contains(extension)) {
                throw new PlanParseException(notText, 0, "parse.error.notItsKind", name, extension);
            }
            throw notText;
        }
        return parse(name, decoded.charset().name(), DocxText.Content.of(lines(decoded.text())),
                knownUnitNames);
    }

    /** Files named in an archive's refusal: enough to tell which to unpack. */
    private static final int NAMES_SHOWN = 5;

    /**
     * The refusal of an archive, naming what it holds: an exchange file packed to pass a mail gateway goes to the
     * exchange once unpacked; documents are to be unpacked and one imported.
     */
    private static PlanParseException archive(String name, List<String> held) {
        List<String> exchangeFiles = held.stream()
                .filter(org.kesudesk.model.ExchangePackage::isNamedAs).toList();
        if (!exchangeFiles.isEmpty()) {
            return new PlanParseException(0, "parse.error.archiveOfExchange", name, shown(exchangeFiles));
        }
        return held.isEmpty() ? new PlanParseException(0, "parse.error.archive", name)
                : new PlanParseException(0, "parse.error.archiveOf", name, shown(held));
    }

    private static String shown(List<String> names) {
        List<String> files = names.stream().map(org.kesudesk.files.ZipListing::fileName).toList();
        String listed = String.join("、", files.subList(0, Math.min(NAMES_SHOWN, files.size())));
        return files.size() > NAMES_SHOWN ? listed + "……" : listed;
    }

    /** The entries that make a zip a document (Office's content types, OFD's root), as written in its directory. */
    private static final byte[] OFFICE_ENTRY = "[Content_Types].xml".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] OFD_ENTRY = "OFD.xml".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * Whether the bytes are a zip archive of files rather than a document packaged as a zip (.docx, OFD, .odt): not
     * named as a document (one so named and damaged is said to be so) and holding none of their entries.
     */
    private static boolean isZipOfFiles(String name, byte[] bytes) {
        return org.kesudesk.model.FileSignature.ZIP.matches(bytes) && !DOCUMENT_EXTENSIONS.contains(extension(name))
                && FileKind.openDocument(bytes).isEmpty()
                && !FileKind.holds(bytes, OFFICE_ENTRY) && !FileKind.holds(bytes, OFD_ENTRY);
    }

    /** The extensions of the documents the app reads other than text files, which their content is told by. */
    private static final Set<String> DOCUMENT_EXTENSIONS = Set.of(".docx", ".doc", ".wps", ".odt", ".ods", ".odp",
            ".xlsx", ".xls", ".et", ".pdf", ".ofd", ".mht", ".mhtml");

    /** A file name's extension, lower case with its dot ("" if none). */
    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The plan in a document's lines; a table among them as a text editor (or Word, pasted into) writes it, its
     * cells between tabs ({@link TabbedTables}), read by its rows as a Word table is.
     */
    private static ParseReport parse(String name, String encoding, DocxText.Content content,
                                     List<String> knownUnitNames) {
        TabbedTables.Read read = TabbedTables.read(content.lines());
        Set<Integer> tableLines = content.tableLines();
        if (!read.tableLines().isEmpty()) {
            tableLines = new java.util.HashSet<>(tableLines);
            tableLines.addAll(read.tableLines());
        }
        List<ParseWarning> notes = new ArrayList<>(content.notes());
        notes.addAll(read.notes());
        return new PlanTextParser(content.tables(), tableLines, content.unmapped(), notes).parse(name, encoding,
                read.lines(), knownUnitNames);
    }

    /** A text's lines (pasted, say) read as a document's. */
    static ParseReport parse(String name, String encoding, List<SourceLine> lines, List<String> knownUnitNames) {
        return parse(name, encoding, DocxText.Content.of(lines), knownUnitNames);
    }

    /** The text's lines, however they end (\\r\\n, \\r, \\n), split without a regular expression (28 MB at the limits). */
    static List<SourceLine> lines(String text) {
        List<SourceLine> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                SourceLine.append(lines, text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        SourceLine.append(lines, text.substring(start));
        return lines;
    }
}
