package org.kesudesk.documents;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;


import javax.print.PrintServiceLookup;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperPrintManager;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

import org.kesudesk.files.AtomicFiles;
import org.kesudesk.l10n.FailureReasons;
import org.kesudesk.l10n.UserFacingException;

/** A document laid out in pages: saved as PDF, OFD or (written apart, as paragraphs) DOCX, drawn as page images for the preview, or printed. */
public final class RenderedDocument {

    private final JasperPrint print;
    /** Writes the same document as a Word file of paragraphs and styles ({@link WordDocuments}). */
    private final WordWriter word;

    /** Writes a document as DOCX. */
    @FunctionalInterface
    interface WordWriter {
        void write(OutputStream out) throws IOException;
    }

    RenderedDocument(JasperPrint print, WordWriter word) {
        this.print = print;
        this.word = word;
    }

    public int pageCount() {
        return print.getPages().size();
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
                    configuration.setMetadataCreator("KesuDesk");
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
        if (PrintServiceLookup.lookupPrintServices(null, null).length == 0) {
            throw new UserFacingException("documents.error.noPrinter");
        }
        try {
            return JasperPrintManager.printReport(print, withDialog);
        } catch (JRException e) {
            throw new UserFacingException(e, "documents.error.print", FailureReasons.of(e));
        }
    }
}
