package org.kesudesk.documents;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.print.DocFlavor;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSize;
import javax.print.attribute.standard.MediaSizeName;
import javax.print.attribute.standard.Sides;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperPrintManager;
import net.sf.jasperreports.engine.export.JRPrintServiceExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimplePrintServiceExporterConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

import org.kesudesk.files.AtomicFiles;
import org.kesudesk.l10n.FailureReasons;
import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;

/** A document laid out in pages: saved as PDF, OFD or (written apart, as paragraphs) DOCX, drawn as page images for the preview, or printed. */
public final class RenderedDocument {

    /** How many missing characters the message names, and how many pages of each. */
    private static final int MISSING_LISTED = 20;
    private static final int MISSING_PAGES_LISTED = 5;

    private final JasperPrint print;
    private List<MissingCharacter> missing;
    /** Writes the same document as a Word file of paragraphs and styles ({@link WordDocuments}). */
    private final WordWriter word;

    /** Writes a document as DOCX. */
    @FunctionalInterface
    interface WordWriter {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Whether it is printed on both sides of the sheet, as official documents are; a document of one-page forms, one
     * for each unit, is printed on one side, so that each unit's form is a sheet of its own.
     */
    private final boolean bothSides;

    RenderedDocument(JasperPrint print, WordWriter word) {
        this(print, word, true);
    }

    RenderedDocument(JasperPrint print, WordWriter word, boolean bothSides) {
        this.print = print;
        this.word = word;
        this.bothSides = bothSides;
    }

    /** What the document is called: its PDF's title, its print job's name, the name its file is offered under. */
    public String name() {
        return print.getName() == null ? "" : print.getName();
    }

    public int pageCount() {
        return print.getPages().size();
    }

    /**
     * The pages left blank for printing on both sides (the back of a unit's last page, the page before a 版记 on its
     * own): pages holding nothing, not even a number.
     */
    public int blankPages() {
        return (int) print.getPages().stream().filter(page -> page.getElements().isEmpty()).count();
    }

    /** A character the document's fonts have no glyph for, and the pages (from 1) it is on. */
    public record MissingCharacter(String character, List<Integer> pages) {
    }

    /**
     * The characters of the document no font has a glyph for, in the order they first appear: a PDF, an OFD or a
     * print leaves them blank. The bundled fonts hold GB 2312's characters and some more; a place or a person named
     * with a rarer one (鄠邑区, 埇桥区), a traditional character, a symbol, is drawn in a font of this computer that has
     * it ({@link FallbackFonts}), and is one of these if none has. A Word file names the fonts and Word shows them in
     * fonts of its own.
     */
    public synchronized List<MissingCharacter> missingCharacters() {
        if (missing == null) {
            Map<Integer, java.util.SortedSet<Integer>> found = new LinkedHashMap<>();
            for (int page = 0; page < print.getPages().size(); page++) {
                collectMissing(print.getPages().get(page).getElements(), page + 1, found);
            }
            missing = found.entrySet().stream().map(entry -> new MissingCharacter(
                    new String(Character.toChars(entry.getKey())), List.copyOf(entry.getValue()))).toList();
        }
        return missing;
    }

    /** What to tell the user of the characters the fonts lack, if any: which, and on which pages. */
    public Optional<String> missingCharactersText() {
        List<MissingCharacter> characters = missingCharacters();
        if (characters.isEmpty()) {
            return Optional.empty();
        }
        String separator = Messages.get("documents.missing.separator");
        String listed = characters.stream().limit(MISSING_LISTED).map(c -> Messages.get(
                c.pages().size() > MISSING_PAGES_LISTED
                        ? "documents.missing.characterMore" : "documents.missing.character", c.character(),
                c.pages().stream().limit(MISSING_PAGES_LISTED).map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(separator))))
                .collect(java.util.stream.Collectors.joining(separator));
        String folder = FallbackFonts.officeFolder();
        return Optional.of(characters.size() > MISSING_LISTED
                ? Messages.get("documents.missing.many", listed, characters.size(), folder)
                : Messages.get("documents.missing", listed, folder));
    }

    /**
     * What to tell the user of the characters the fonts lack in a file of the format: nothing for a Word file, which
     * names the fonts and which Word shows in fonts of its own.
     */
    public Optional<String> missingCharactersText(OutputFormat format) {
        return format == OutputFormat.DOCX ? Optional.empty() : missingCharactersText();
    }

    private static void collectMissing(List<JRPrintElement> elements, int page,
                                       Map<Integer, java.util.SortedSet<Integer>> found) {
        for (JRPrintElement element : elements) {
            if (element instanceof JRPrintFrame frame) {
                collectMissing(frame.getElements(), page, found);
            } else if (element instanceof JRPrintText text && text.getFullText() != null) {
                DocumentFonts.named(text.getFontName()).ifPresent(font -> collectMissing(text.getFullText(), font,
                        page, found));
            } else if (element instanceof net.sf.jasperreports.engine.JRPrintImage image
                    && image.getRenderer() instanceof BulletinCharts.Renderer chart) {
                // a 通报's chart: the names beside its bars are the plan's (units, counties, actions)
                chart.names().forEach(name -> collectMissing(name, BulletinCharts.TEXT, page, found));
            }
        }
    }

    private static void collectMissing(String text, DocumentFonts font, int page,
                                       Map<Integer, java.util.SortedSet<Integer>> found) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!Character.isWhitespace(c) && !Character.isISOControl(c) && !font.draws(c)) {
                found.computeIfAbsent(c, key -> new java.util.TreeSet<>()).add(page);
            }
            i += Character.charCount(c);
        }
    }

    /** A page drawn for a preview: its size in pixels and its pixels, row by row, as ARGB. */
    public record PagePixels(int width, int height, int[] argb) {
    }

    /** The page (from 0) drawn at the zoom (1 = 72 dots per inch), as pixels any toolkit can show. */
    public PagePixels pagePixels(int page, float zoom) {
        BufferedImage image = pageImage(page, zoom);
        int width = image.getWidth();
        int height = image.getHeight();
        return new PagePixels(width, height, image.getRGB(0, 0, width, height, null, 0, width));
    }

    /** The page (from 0) drawn at the zoom (1 = 72 dots per inch), for a preview. */
    public synchronized BufferedImage pageImage(int page, float zoom) {
        try {
            return (BufferedImage) JasperPrintManager.printPageToImage(print, page, zoom);
        } catch (JRException e) {
            throw new UserFacingException(e, "documents.error.render", FailureReasons.of(e));
        }
    }

    /**
     * Saves the document. It is written next to the file first and moved into place when complete, so that a
     * failure never leaves half a document (or destroys the one that was there).
     */
    public void save(Path file, OutputFormat format) {
        try {
            AtomicFiles.write(file, out -> write(out, format));
        } catch (UncheckedIOException e) {
            throw new UserFacingException(e, "documents.error.save", file.toAbsolutePath(),
                    FailureReasons.of(e.getCause()));
        } catch (IOException e) {
            throw new UserFacingException(e, "documents.error.save", file.toAbsolutePath(),
                    FailureReasons.of(e));
        }
    }

    /** Writes the document in the format. */
    public synchronized void write(OutputStream out, OutputFormat format) {
        try {
            switch (format) {
                case PDF -> {
                    JRPdfExporter exporter = new JRPdfExporter();
                    exporter.setExporterInput(new SimpleExporterInput(print));
                    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
                    SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
                    configuration.setMetadataTitle(print.getName());
                    configuration.setMetadataCreator(org.kesudesk.model.LineBreaking.SET_BY);
                    exporter.setConfiguration(configuration);
                    exporter.exportReport();
                }
                case DOCX -> {
                    try {
                        word.write(out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                case OFD -> {
                    try {
                        OfdDocuments.write(print, out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                default -> throw new IllegalArgumentException(format.name());
            }
        } catch (JRException e) {
            throw new UserFacingException(e, "documents.error.render", FailureReasons.of(e));
        }
    }

    /**
     * Prints through the system's print dialog (or straight to the default printer without it).
     *
     * @return whether it was sent to a printer (false if the user cancelled the dialog)
     */
    public synchronized boolean print(boolean withDialog) {
        PrintService printer = PrintServiceLookup.lookupDefaultPrintService();
        if (printer == null) {
            PrintService[] printers = PrintServiceLookup.lookupPrintServices(null, null);
            if (printers.length == 0) {
                throw new UserFacingException("documents.error.noPrinter");
            }
            printer = printers[0];
        }
        return print(printer, withDialog);
    }

    /**
     * Prints to that printer, through the print dialog or without it: on the document's paper (A4), on both sides of
     * the sheet where the printer can — GB/T 9704 (6.2) prints official documents so, and the blank backs this app
     * leaves (a unit's list ending on an odd page, the page before a 版记 of its own) are for it; 督办单 forms on one
     * side, each unit's a sheet of its own — one copy, under the document's name in the printer's queue. The dialog
     * opens with these chosen; the user may change them.
     *
     * @return whether it was sent to the printer (false if the user cancelled the dialog)
     */
    synchronized boolean print(PrintService printer, boolean withDialog) {
        PrintRequestAttributeSet request = new HashPrintRequestAttributeSet();
        paperOf(print.getPageWidth(), print.getPageHeight()).ifPresent(request::add);
        Sides sides = bothSides ? Sides.DUPLEX : Sides.ONE_SIDED;
        if (printer.isAttributeValueSupported(sides, DocFlavor.SERVICE_FORMATTED.PRINTABLE, null)) {
            request.add(sides);
        }
        request.add(new Copies(1));
        if (print.getName() != null && !print.getName().isBlank()) {
            request.add(new JobName(print.getName(), java.util.Locale.SIMPLIFIED_CHINESE));
        }
        SimplePrintServiceExporterConfiguration configuration = new SimplePrintServiceExporterConfiguration();
        configuration.setPrintService(printer);
        configuration.setPrintRequestAttributeSet(request);
        configuration.setDisplayPrintDialog(withDialog);
        configuration.setDisplayPageDialog(false);
        JRPrintServiceExporter exporter = new JRPrintServiceExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setConfiguration(configuration);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw printFailure(e);
        }
        // one status a dialog shown: whether it was answered 打印; none without the dialog
        Boolean[] answered = exporter.getPrintStatus();
        return answered == null || java.util.Arrays.stream(answered).allMatch(Boolean.TRUE::equals);
    }

    /**
     * Why printing failed, in Chinese: on Linux the JDK hands the job to CUPS's lpr command, which a desktop without
     * CUPS's BSD commands lacks — said so, naming the command, instead of a failure to read or write.
     */
    static UserFacingException printFailure(JRException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            java.util.regex.Matcher program = NOT_RUN.matcher(String.valueOf(t.getMessage()));
            if (program.find()) {
                return new UserFacingException(failure, "documents.error.printCommand", program.group(1));
            }
        }
        return new UserFacingException(failure, "documents.error.print", FailureReasons.of(failure));
    }

    private static final java.util.regex.Pattern NOT_RUN = java.util.regex.Pattern.compile(
            "Cannot run program \"([^\"]+)\"");

    /** The paper of pages this size (in points), within a millimetre: A4 for every document of this app. */
    static Optional<MediaSizeName> paperOf(int width, int height) {
        MediaSizeName found = MediaSize.findMedia(width / 72f, height / 72f, MediaSize.INCH);
        MediaSize size = found == null ? null : MediaSize.getMediaSizeForName(found);
        if (size == null || Math.abs(size.getX(MediaSize.MM) - width * 25.4f / 72) > 1
                || Math.abs(size.getY(MediaSize.MM) - height * 25.4f / 72) > 1) {
            return Optional.empty();
        }
        return Optional.of(found);
    }
}
