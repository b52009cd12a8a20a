package org.kesudesk.documents;

import java.awt.Color;
import java.awt.font.TextHitInfo;
import java.awt.font.TextLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRLineBox;
import net.sf.jasperreports.engine.JRPen;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintLine;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JRStyledTextAttributeSelector;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.export.AbstractTextRenderer;
import net.sf.jasperreports.engine.fonts.FontFace;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.engine.type.LineDirectionEnum;
import net.sf.jasperreports.engine.util.JRStyledText;
import net.sf.jasperreports.engine.util.JRStyledTextUtil;

import org.ofdrw.font.Font;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.PageLayout;
import org.ofdrw.layout.VirtualPage;
import org.ofdrw.layout.element.canvas.Canvas;
import org.ofdrw.layout.element.canvas.DrawContext;
import org.ofdrw.layout.element.canvas.FontSetting;

/**
 * The documents as OFD (GB/T 33190), from the same pages as the PDF: each text element of the report is laid out
 * by JasperReports' own text renderer (as its PDF and print exporters lay it out) and each of its characters
 * written at its place, in the bundled font it is set in, embedded; the lines and cell borders drawn as paths. Text
 * stays text: it can be selected and searched. Signing (SM2 seals) is not done: it needs certified devices.
 */
final class OfdDocuments {

    /** Millimetres in a point. */
    private static final double MM = 25.4 / 72;
    /** The bundled font files copied out of the app once a run (ofdrw embeds a font from a file). */
    private static final Map<String, Path> FONT_FILES = new HashMap<>();

    private OfdDocuments() {
    }

    /** Writes the report's pages as an OFD document. */
    static void write(JasperPrint print, OutputStream out) throws IOException {
        JasperReportsContext context = DefaultJasperReportsContext.getInstance();
        double pageWidth = print.getPageWidth() * MM;
        double pageHeight = print.getPageHeight() * MM;
        PageLayout layout = new PageLayout(pageWidth, pageHeight);
        layout.setMargin(0d);
        try (OFDDoc document = new OFDDoc(out)) {
            document.setDefaultPageLayout(layout);
            Map<String, Font> fonts = fonts(document);
            for (JRPrintPage page : print.getPages()) {
                List<Drawing> drawings = new ArrayList<>();
                collect(page.getElements(), 0, 0, context, drawings);
                VirtualPage virtual = new VirtualPage(layout);
                Canvas canvas = new Canvas(0d, 0d, pageWidth, pageHeight);
                canvas.setDrawer(ctx -> {
                    for (Drawing drawing : drawings) {
                        drawing.draw(ctx, fonts);
                    }
                });
                virtual.add(canvas);
                document.addVPage(virtual);
            }
        }
    }

    /** Something drawn on a page, in millimetres from its top left corner. */
    private interface Drawing {
        void draw(DrawContext ctx, Map<String, Font> fonts) throws IOException;
    }

    /** A character at its baseline. */
    private record Glyph(String text, double x, double y, String family, double size, Color color) implements Drawing {
        @Override
        public void draw(DrawContext ctx, Map<String, Font> fonts) throws IOException {
            Font font = fonts.get(family);
            if (font == null) {
                throw new IllegalStateException("no bundled font for " + family);
            }
            ctx.setFont(new FontSetting(size, font));
            ctx.setFillColor(color.getRed(), color.getGreen(), color.getBlue());
            ctx.fillText(text, x, y);
        }
    }

    /** A straight line. */
    private record Stroke(double x1, double y1, double x2, double y2, double width, Color color) implements Drawing {
        @Override
        public void draw(DrawContext ctx, Map<String, Font> fonts) {
            ctx.beginPath();
            ctx.moveTo(x1, y1);
            ctx.lineTo(x2, y2);
            ctx.setLineWidth(width);
            ctx.setStrokeColor(color.getRed(), color.getGreen(), color.getBlue());
            ctx.stroke();
        }
    }

    private static void collect(List<JRPrintElement> elements, int offsetX, int offsetY, JasperReportsContext context,
                                List<Drawing> drawings) {
        for (JRPrintElement element : elements) {
            if (element instanceof JRPrintFrame frame) {
                box(frame.getLineBox(), frame.getX() + offsetX, frame.getY() + offsetY, frame.getWidth(),
                        frame.getHeight(), drawings);
                collect(frame.getElements(), frame.getX() + offsetX, frame.getY() + offsetY, context, drawings);
            } else if (element instanceof JRPrintText text) {
                box(text.getLineBox(), text.getX() + offsetX, text.getY() + offsetY, text.getWidth(),
                        text.getHeight(), drawings);
                if (text.getFullText() != null && !text.getFullText().isBlank()) {
                    Placer placer = new Placer(context, drawings);
                    placer.place(text, offsetX, offsetY);
                }
            } else if (element instanceof JRPrintLine line) {
                line(line, offsetX, offsetY, drawings);
            }
        }
    }

    /** A line element: from corner to corner of its box, or along its top or left edge when it is flat. */
    private static void line(JRPrintLine line, int offsetX, int offsetY, List<Drawing> drawings) {
        JRPen pen = line.getLinePen();
        float width = pen.getLineWidth() == null ? 1f : pen.getLineWidth();
        if (width <= 0) {
            return;
        }
        double x = line.getX() + offsetX;
        double y = line.getY() + offsetY;
        double x2 = x + line.getWidth();
        double y2 = y + line.getHeight();
        if (line.getWidth() == 1 && line.getHeight() > 1) {
            x2 = x;
        } else if (line.getHeight() == 1) {
            y2 = y;
        } else if (line.getDirection() == LineDirectionEnum.BOTTOM_UP) {
            double swap = y;
            y = y2;
            y2 = swap;
        }
        // the pen is centred on the line, half its width inside the element (as the PDF exporter draws it)
        double shift = width / 2;
        drawings.add(new Stroke((x + (x == x2 ? shift : 0)) * MM, (y + (y == y2 ? shift : 0)) * MM,
                (x2 + (x == x2 ? shift : 0)) * MM, (y2 + (y == y2 ? shift : 0)) * MM, width * MM,
                pen.getLineColor() == null ? line.getForecolor() : pen.getLineColor()));
    }

    /** The borders of an element's box, each side with its own pen. */
    private static void box(JRLineBox box, int x, int y, int width, int height, List<Drawing> drawings) {
        if (box == null) {
            return;
        }
        side(box.getTopPen(), x, y, x + width, y, drawings);
        side(box.getBottomPen(), x, y + height, x + width, y + height, drawings);
        side(box.getLeftPen(), x, y, x, y + height, drawings);
        side(box.getRightPen(), x + width, y, x + width, y + height, drawings);
    }

    private static void side(JRPen pen, double x1, double y1, double x2, double y2, List<Drawing> drawings) {
        Float width = pen.getLineWidth();
        if (width == null || width <= 0) {
            return;
        }
        drawings.add(new Stroke(x1 * MM, y1 * MM, x2 * MM, y2 * MM, width * MM,
                pen.getLineColor() == null ? Color.BLACK : pen.getLineColor()));
    }

    /**
     * JasperReports' text renderer, asked where each line of a text element goes (as its AWT exporter draws it:
     * the line's origin at the element's left plus its offset, the baseline below the top padding and vertical
     * alignment), each character placed at its caret position in the line's layout.
     */
    private static final class Placer extends AbstractTextRenderer {

        private final List<Drawing> drawings;
        private final JRStyledTextUtil styledTexts;
        private final JRStyledTextAttributeSelector noBackcolor;

        Placer(JasperReportsContext context, List<Drawing> drawings) {
            super(context, false, false, true, false);
            this.drawings = drawings;
            this.styledTexts = JRStyledTextUtil.getInstance(context);
            this.noBackcolor = JRStyledTextAttributeSelector.getNoBackcolorSelector(context);
        }

        /** The element's first baseline, the line being drawn and where the renderer had it. */
        private float firstBaseline;
        private int line;
        private float lineDrawPosY;

        void place(JRPrintText text, int offsetX, int offsetY) {
            JRStyledText styled = styledTexts.getProcessedStyledText(text, noBackcolor, null);
            if (styled == null) {
                return;
            }
            initialize(text, styled, offsetX, offsetY);
            line = -1;
            lineDrawPosY = Float.NaN;
            render();
        }

        @Override
        public void draw() {
            TabSegment segment = segments.get(segmentIndex);
            TextLayout layout = segment.layout;
            float originX = x + drawPosX;
            if (drawPosY != lineDrawPosY) {
                line++;
                lineDrawPosY = drawPosY;
            }
            // the first line where the renderer has it; the next ones as the PDF spaces them: the line spacing
            // JasperReports fitted the text to when it filled the report, times the font size
            if (line == 0) {
                firstBaseline = y + topPadding + verticalAlignOffset + drawPosY;
            }
            float baseline = firstBaseline + line * text.getLineSpacingFactor() * text.getFontSize();
            String characters = segment.text;
            for (int i = 0; i < characters.length(); ) {
                int codePoint = characters.codePointAt(i);
                int next = i + Character.charCount(codePoint);
                if (!Character.isWhitespace(codePoint) && codePoint != '\u3000') {
                    float caret = layout.getCaretInfo(TextHitInfo.leading(i))[0];
                    drawings.add(new Glyph(characters.substring(i, next), (originX + caret) * MM, baseline * MM,
                            text.getFontName(), text.getFontSize() * MM, text.getForecolor()));
                }
                i = next;
            }
        }

        @Override
        public java.awt.font.FontRenderContext getFontRenderContext() {
            return LINE_BREAK_FONT_RENDER_CONTEXT;
        }
    }

    /**
     * The bundled fonts by their family name in the templates, each put into the document's resources once. ofdrw
     * adds a text's font to the resources each time it writes one, comparing the file with the one already there
     * byte by byte unless it is that very file: the fonts are given as the files in the document.
     */
    private static Map<String, Font> fonts(OFDDoc document) throws IOException {
        Map<String, Font> fonts = new HashMap<>();
        for (Map.Entry<String, Path> bundled : bundledFonts().entrySet()) {
            Path inDocument = document.getOfdDir().obtainDocDefault().addResourceWithPath(bundled.getValue());
            String name = inDocument.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            fonts.put(bundled.getKey(), new Font(name, name, inDocument));
        }
        return fonts;
    }

    /** The bundled font files by their family name in the templates, copied out of the app once a run. */
    private static synchronized Map<String, Path> bundledFonts() throws IOException {
        Map<String, Path> fonts = new HashMap<>();
        for (FontFamily family : FontExtension.families()) {
            FontFace face = family.getNormalFace();
            if (face == null || face.getTtf() == null) {
                continue;
            }
            Path file = FONT_FILES.get(face.getTtf());
            if (file == null || !Files.isRegularFile(file)) {
                file = copyOut(face.getTtf());
                FONT_FILES.put(face.getTtf(), file);
            }
            fonts.put(family.getName(), file);
        }
        return fonts;
    }

    private static Path copyOut(String resource) throws IOException {
        try (InputStream in = OfdDocuments.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing bundled font " + resource));
            }
            Path folder = Files.createTempDirectory("kesudesk-fonts");
            folder.toFile().deleteOnExit();
            Path file = folder.resolve(Path.of(resource).getFileName().toString());
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            file.toFile().deleteOnExit();
            return file;
        }
    }
}
