package org.kesudesk.documents;

import java.awt.Color;
import java.awt.font.TextHitInfo;
import java.awt.font.TextLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
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
    /** The bundled fonts, read once a run. */
    private static final Map<String, BundledFont> BUNDLED = new HashMap<>();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OfdDocuments.class);

    private OfdDocuments() {
    }

    /**
     * Writes the report's pages as an OFD document. ofdrw packs what it writes at zip's default compression, which
     * for the fonts (26 MB that barely shrink) took more than a second a document, and reads each font file it is
     * given as an AWT font: it is given the fonts by name only, and the package is copied out with each font's file
     * added to its entry in the resources and stored as it is.
     */
    static void write(JasperPrint print, OutputStream out) throws IOException {
        java.io.ByteArrayOutputStream laidOut = new java.io.ByteArrayOutputStream();
        Map<String, java.util.Set<Integer>> characters = new HashMap<>();
        layOut(print, laidOut, characters);
        // the fonts drawn with cut side by side: a tenth of a second or more each
        Map<String, BundledFont> all = new HashMap<>(bundledFonts());
        for (String family : characters.keySet()) {
            if (!all.containsKey(family)) {
                FallbackFonts.named(family).ifPresent(fallback -> all.put(family, fallbackFont(fallback)));
            }
        }
        Map<String, BundledFont> fonts = all.entrySet().parallelStream().filter(font -> font.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                        font -> subset(font.getValue(), characters.get(font.getKey()))));
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(laidOut.toByteArray()));
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(
                     new java.io.FilterOutputStream(out) {
                         @Override
                         public void write(byte[] bytes, int offset, int length) throws IOException {
                             out.write(bytes, offset, length);
                         }

                         @Override
                         public void close() throws IOException {
                             // the caller's stream stays open: the caller closes it
                             flush();
                         }
                     })) {
            for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                zip.putNextEntry(new java.util.zip.ZipEntry(name));
                if (name.endsWith("/PublicRes.xml")) {
                    String resources = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    String folder = name.substring(0, name.lastIndexOf('/') + 1) + baseLocation(resources);
                    List<BundledFont> used = new ArrayList<>();
                    for (BundledFont font : fonts.values()) {
                        String declared = "FontName=\"" + font.name() + "\"";
                        java.util.regex.Matcher element = java.util.regex.Pattern.compile(
                                "<ofd:Font ([^>]*" + java.util.regex.Pattern.quote(declared) + "[^>]*?)/>")
                                .matcher(resources);
                        if (element.find()) {
                            resources = resources.substring(0, element.start()) + "<ofd:Font " + element.group(1)
                                    + "><ofd:FontFile>" + font.fileName() + "</ofd:FontFile></ofd:Font>"
                                    + resources.substring(element.end());
                            used.add(font);
                        }
                    }
                    zip.write(resources.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    zip.closeEntry();
                    for (BundledFont font : used) {
                        java.util.zip.ZipEntry stored = new java.util.zip.ZipEntry(folder + font.fileName());
                        stored.setMethod(java.util.zip.ZipEntry.STORED);
                        stored.setSize(font.content().length);
                        stored.setCompressedSize(font.content().length);
                        stored.setCrc(font.crc());
                        zip.putNextEntry(stored);
                        zip.write(font.content());
                        zip.closeEntry();
                    }
                    continue;
                }
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
    }

    /**
     * The font with the outlines of these characters only ({@link FontSubset}); the font whole if it has none to
     * cut or cannot be cut (the document is written all the same, only larger).
     */
    private static BundledFont subset(BundledFont font, java.util.Set<Integer> characters) {
        if (characters == null) {
            return font;
        }
        try {
            byte[] content = FontSubset.of(font.content(), characters);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(content);
            return new BundledFont(font.name(), font.fileName(), content, crc.getValue());
        } catch (IOException | RuntimeException e) {
            LOG.warn("font {} embedded whole: {}", font.fileName(), e.toString());
            return font;
        }
    }

    /** Where a resource file's files are, relative to it (its BaseLoc): Res unless it says. */
    private static String baseLocation(String resources) {
        java.util.regex.Matcher base = java.util.regex.Pattern.compile("BaseLoc=\"([^\"/]+)\"").matcher(resources);
        return base.find() ? base.group(1) + "/" : "Res/";
    }

    /** The pages as ofdrw writes them, with the stand-ins for the fonts. */
    private static void layOut(JasperPrint print, OutputStream out, Map<String, java.util.Set<Integer>> characters)
            throws IOException {
        JasperReportsContext context = DefaultJasperReportsContext.getInstance();
        double pageWidth = print.getPageWidth() * MM;
        double pageHeight = print.getPageHeight() * MM;
        PageLayout layout = new PageLayout(pageWidth, pageHeight);
        layout.setMargin(0d);
        // drawn elements (the 通报's charts) go in as pictures, which ofdrw reads from files
        Path pictures = java.nio.file.Files.createTempDirectory("kesudesk-ofd");
        try (OFDDoc document = new OFDDoc(out)) {
            document.setDefaultPageLayout(layout);
            // named as the PDF names it: the importer reads this app's tables knowing how their cells are set
            try {
                document.getOfdDir().getOfd().getDocBody().getDocInfo()
                        .setCreator(org.kesudesk.model.LineBreaking.SET_BY);
            } catch (org.dom4j.DocumentException e) {
                throw new IOException("the OFD's document information cannot be read", e);
            }
            Map<String, Font> fonts = fonts();
            for (JRPrintPage page : print.getPages()) {
                List<Drawing> drawings = new ArrayList<>();
                collect(page.getElements(), 0, 0, context, drawings, pictures);
                List<Drawing> runs = joined(drawings);
                for (Drawing drawing : runs) {
                    if (drawing instanceof Glyph glyph) {
                        // the characters each font draws: its outlines embedded are theirs only
                        glyph.text().codePoints().forEach(characters.computeIfAbsent(glyph.family(),
                                family -> new java.util.HashSet<>())::add);
                    }
                }
                VirtualPage virtual = new VirtualPage(layout);
                Canvas canvas = new Canvas(0d, 0d, pageWidth, pageHeight);
                canvas.setDrawer(ctx -> {
                    for (Drawing drawing : runs) {
                        drawing.draw(ctx, fonts);
                    }
                });
                virtual.add(canvas);
                document.addVPage(virtual);
            }
        } finally {
            org.kesudesk.files.Folders.deleteTree(pictures);
        }
    }

    /** Dots per inch of a drawn element placed as a picture: a printer's. */
    private static final double PICTURE_DPI = 300;

    /** A drawn element as a picture, in millimetres from the page's top left corner. */
    private record Picture(Path file, double x, double y, double width, double height) implements Drawing {
        @Override
        public void draw(DrawContext ctx, Map<String, Font> fonts) throws IOException {
            ctx.drawImage(file, x, y, width, height);
        }
    }

    /**
     * An image element JasperReports draws on a Graphics2D (a chart), drawn at {@value #PICTURE_DPI} dpi into a PNG
     * in the folder: OFD has no Graphics2D to draw it on as paths.
     */
    private static Picture picture(net.sf.jasperreports.engine.JRPrintImage image,
                                   net.sf.jasperreports.renderers.Graphics2DRenderable drawn, int offsetX, int offsetY,
                                   JasperReportsContext context, Path pictures) {
        double scale = PICTURE_DPI / 72;
        java.awt.image.BufferedImage pixels = new java.awt.image.BufferedImage(
                (int) Math.ceil(image.getWidth() * scale), (int) Math.ceil(image.getHeight() * scale),
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D graphics = pixels.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, pixels.getWidth(), pixels.getHeight());
            graphics.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING,
                    java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
                    java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.scale(scale, scale);
            drawn.render(context, graphics, new java.awt.geom.Rectangle2D.Double(0, 0, image.getWidth(),
                    image.getHeight()));
            Path file = java.nio.file.Files.createTempFile(pictures, "picture", ".png");
            javax.imageio.ImageIO.write(pixels, "png", file.toFile());
            return new Picture(file, (image.getX() + offsetX) * MM, (image.getY() + offsetY) * MM,
                    image.getWidth() * MM, image.getHeight() * MM);
        } catch (net.sf.jasperreports.engine.JRException | IOException e) {
            throw new java.io.UncheckedIOException(new IOException("cannot draw " + image.getUUID(), e));
        } finally {
            graphics.dispose();
        }
    }

    /** Something drawn on a page, in millimetres from its top left corner. */
    private interface Drawing {
        void draw(DrawContext ctx, Map<String, Font> fonts) throws IOException;
    }

    /**
     * Characters on a baseline, the first at x, each next one its advance and {@code spacing} further on (a line
     * spread to the 版心's edges has the same spacing between all its characters); sizes in millimetres.
     */
    private record Glyph(String text, double x, double y, String family, double size, Color color, double spacing)
            implements Drawing {

        Glyph(String text, double x, double y, String family, double size, Color color) {
            this(text, x, y, family, size, color, 0);
        }

        /** The end of the last character, where one that follows without spacing would start. */
        double end() {
            return x + advance(text) + spacing * (text.codePointCount(0, text.length()) - 1);
        }

        double advance(String characters) {
            return OfdDocuments.advance(family, characters, size).orElse(0d);
        }

        /** This run with the glyph after it on the line, if it follows at this run's spacing. */
        java.util.Optional<Glyph> joined(Glyph next) {
            if (!next.family.equals(family) || next.size != size || !next.color.equals(color)
                    || Math.abs(next.y - y) > 0.001 || next.text.codePointCount(0, next.text.length()) != 1) {
                return java.util.Optional.empty();
            }
            // a first pair sets the run's spacing (a gap wider than a character is another column); later ones keep it
            double nextSpacing = next.x - end();
            boolean accepted = text.codePointCount(0, text.length()) == 1
                    ? nextSpacing > -0.01 && nextSpacing < size
                    : Math.abs(nextSpacing - spacing) < 0.005;
            return accepted ? java.util.Optional.of(new Glyph(text + next.text, x, y, family, size, color,
                    text.codePointCount(0, text.length()) == 1 ? nextSpacing : spacing)) : java.util.Optional.empty();
        }

        @Override
        public void draw(DrawContext ctx, Map<String, Font> fonts) throws IOException {
            Font font = fonts.computeIfAbsent(family, name -> FallbackFonts.named(name)
                    .map(fallback -> new Font(fallbackName(fallback), fallbackName(fallback))).orElse(null));
            if (font == null) {
                throw new IllegalStateException("no font for " + family);
            }
            FontSetting setting = new MeasuredFont(size, font, family);
            setting.setLetterSpacing(spacing);
            ctx.setFont(setting);
            ctx.setFillColor(color.getRed(), color.getGreen(), color.getBlue());
            ctx.fillText(text, x, y);
        }
    }

    /**
     * The font a character of a text in the family is drawn in: the bundled one, or for a character it lacks the
     * first font of this computer that has it, as JasperReports draws it in the PDF ({@link DocumentFontSets}).
     */
    private static String drawnIn(String family, int codePoint) {
        return DocumentFonts.named(family).filter(style -> !style.has(codePoint))
                .flatMap(style -> FallbackFonts.drawing(style, codePoint)).map(FallbackFonts.FallbackFont::name)
                .orElse(family);
    }

    /** The width of the characters in the font (a template's or a computer's font), at the size in millimetres. */
    private static java.util.Optional<Double> advance(String family, String characters, double size) {
        java.util.Optional<DocumentFonts> style = DocumentFonts.named(family);
        if (style.isPresent()) {
            return java.util.Optional.of(style.get().advance(characters, (float) (size / MM)) * MM);
        }
        return FallbackFonts.named(family).map(FallbackFonts.FallbackFont::font).filter(java.util.Objects::nonNull)
                .map(font -> font.deriveFont((float) (size / MM)).getStringBounds(characters,
                        new java.awt.font.FontRenderContext(null, true, true)).getWidth() * MM);
    }

    /** A font setting whose characters are as wide as the bundled font sets them (ofdrw takes 1 em for Chinese). */
    private static final class MeasuredFont extends FontSetting {

        private final String family;

        MeasuredFont(double size, Font font, String family) {
            super(size, font);
            this.family = family;
        }

        @Override
        public Double charWidth(char c) {
            return advance(family, String.valueOf(c), getFontSize()).orElseGet(() -> super.charWidth(c));
        }

        @Override
        public FontSetting clone() {
            MeasuredFont copy = new MeasuredFont(getFontSize(), getFont(), family);
            if (getLetterSpacing() != null) {
                copy.setLetterSpacing(getLetterSpacing());
            }
            return copy;
        }
    }

    /** The page's glyphs joined into runs along their lines: far fewer text objects, and the same places. */
    private static List<Drawing> joined(List<Drawing> drawings) {
        List<Drawing> runs = new ArrayList<>();
        Glyph run = null;
        for (Drawing drawing : drawings) {
            if (drawing instanceof Glyph glyph) {
                java.util.Optional<Glyph> longer = run == null ? java.util.Optional.empty() : run.joined(glyph);
                if (longer.isPresent()) {
                    run = longer.get();
                    continue;
                }
                if (run != null) {
                    runs.add(run);
                }
                run = glyph;
            } else {
                runs.add(drawing);
            }
        }
        if (run != null) {
            runs.add(run);
        }
        return runs;
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
                                List<Drawing> drawings, Path pictures) {
        for (JRPrintElement element : elements) {
            if (element instanceof JRPrintFrame frame) {
                box(frame.getLineBox(), frame.getX() + offsetX, frame.getY() + offsetY, frame.getWidth(),
                        frame.getHeight(), drawings);
                collect(frame.getElements(), frame.getX() + offsetX, frame.getY() + offsetY, context, drawings,
                        pictures);
            } else if (element instanceof JRPrintText text) {
                box(text.getLineBox(), text.getX() + offsetX, text.getY() + offsetY, text.getWidth(),
                        text.getHeight(), drawings);
                if (text.getFullText() != null && !text.getFullText().isBlank()) {
                    Placer placer = new Placer(context, drawings);
                    placer.place(text, offsetX, offsetY);
                }
            } else if (element instanceof JRPrintLine line) {
                line(line, offsetX, offsetY, drawings);
            } else if (element instanceof net.sf.jasperreports.engine.JRPrintImage image
                    && image.getRenderer() instanceof net.sf.jasperreports.renderers.Graphics2DRenderable drawn) {
                drawings.add(picture(image, drawn, offsetX, offsetY, context, pictures));
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
                            drawnIn(text.getFontName(), codePoint), text.getFontSize() * MM, text.getForecolor()));
                }
                i = next;
            }
        }

        @Override
        public java.awt.font.FontRenderContext getFontRenderContext() {
            return LINE_BREAK_FONT_RENDER_CONTEXT;
        }
    }

    /** A bundled font: the name it is known by in the document, its file name, content and the content's CRC-32. */
    private record BundledFont(String name, String fileName, byte[] content, long crc) {
    }

    /** The name a computer's font is known by in the OFD: its file's name, made safe for a file and a name. */
    private static String fallbackName(FallbackFonts.FallbackFont font) {
        return font.name().replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** A computer's font with its file, embedded as the bundled ones are (null if it cannot be read any more). */
    private static BundledFont fallbackFont(FallbackFonts.FallbackFont font) {
        try {
            byte[] content = font.content();
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(content);
            // CFF outlines ('OTTO') or TrueType ones, whatever the file (a collection's font is taken out of it)
            String extension = content.length >= 4 && content[0] == 'O' && content[1] == 'T' && content[2] == 'T'
                    && content[3] == 'O' ? "otf" : "ttf";
            return new BundledFont(fallbackName(font), fallbackName(font) + "." + extension, content, crc.getValue());
        } catch (IOException e) {
            LOG.warn("font {} not embedded: {}", font.file(), e.toString());
            return null;
        }
    }

    /** The fonts by their family name in the templates, named only (their files are added to the package after). */
    private static Map<String, Font> fonts() throws IOException {
        Map<String, Font> fonts = new HashMap<>();
        for (Map.Entry<String, BundledFont> bundled : bundledFonts().entrySet()) {
            fonts.put(bundled.getKey(), new Font(bundled.getValue().name(), bundled.getValue().name()));
        }
        return fonts;
    }

    /** The bundled fonts by their family name in the templates, read once a run. */
    private static synchronized Map<String, BundledFont> bundledFonts() throws IOException {
        if (!BUNDLED.isEmpty()) {
            return BUNDLED;
        }
        for (FontFamily family : FontExtension.families()) {
            FontFace face = family.getNormalFace();
            if (face == null || face.getTtf() == null) {
                continue;
            }
            byte[] content;
            try (InputStream in = OfdDocuments.class.getClassLoader().getResourceAsStream(face.getTtf())) {
                if (in == null) {
                    throw new IOException("missing bundled font " + face.getTtf());
                }
                content = in.readAllBytes();
            }
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(content);
            String fileName = Path.of(face.getTtf()).getFileName().toString();
            String template = java.util.Arrays.stream(DocumentFonts.values())
                    .filter(style -> style.bundledFamily().equals(family.getName())).map(DocumentFonts::family)
                    .findFirst().orElse(family.getName());
            BUNDLED.put(template, new BundledFont(fileName.replaceFirst("\\.[^.]+$", ""), fileName, content,
                    crc.getValue()));
        }
        return BUNDLED;
    }
}
