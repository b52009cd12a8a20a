package org.kesudesk.documents;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFace;
import net.sf.jasperreports.engine.fonts.FontFamily;

/**
 * The font families of fonts/fonts.xml as JasperReports' font extension holds them. JasperReports reads the
 * extension (every font file, for AWT) when it is first asked for it, and as often as threads ask for it at the
 * same time: the renderer's threads ask here first, so that the fonts are read once.
 */
final class FontExtension {

    private static List<FontFamily> families;

    private FontExtension() {
    }

    /** The bundled families, the extension read on the first call. */
    static synchronized List<FontFamily> families() {
        if (families == null) {
            // the bundled ones: a computer's fonts are read only when a character needs them
            families = DefaultJasperReportsContext.getInstance().getExtensions(FontFamily.class).stream()
                    .filter(family -> !(family instanceof DocumentFontSets.FallbackFamily)).toList();
        }
        return families;
    }

    /**
     * Reads every face of every family into the PDF exporter's cache (OpenPDF keeps each font it has read, by the
     * name, encoding and embedding the exporter asks with): done ahead, while the plan is read, it is not done
     * while the user waits for the PDF.
     */
    static void readForPdf() {
        for (FontFamily family : families()) {
            for (FontFace face : Arrays.asList(family.getNormalFace(), family.getBoldFace(), family.getItalicFace(),
                    family.getBoldItalicFace())) {
                String name = face == null ? null : face.getPdf() != null ? face.getPdf() : face.getTtf();
                if (name == null || family.getPdfEncoding() == null) {
                    continue;
                }
                try {
                    BaseFont.createFont(name, family.getPdfEncoding(), family.isPdfEmbedded(), BaseFont.CACHED,
                            null, null);
                } catch (DocumentException | IOException e) {
                    throw new IllegalStateException("cannot read font " + name, e);
                }
            }
        }
    }
}
