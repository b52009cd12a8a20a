package org.kesudesk.parse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType3CharProc;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * The text of a PDF plan document, a line per paragraph, for the same parser as a text file. PDF has lines, not
 * paragraphs: a line that reaches the text's right edge goes on in the next one (unless that one is indented, which
 * starts a paragraph), a line that ends short of it ends its paragraph. Page numbers fall out in the parser.
 */
final class PdfText {

    /** A document longer than this is no plan (the largest real ones have a hundred pages). */
    static final int MAX_PAGES = 2_000;

    private PdfText() {
    }

    static boolean looksLikePdf(String fileName, byte[] bytes) {
        return FileKind.looksLike(fileName, bytes, ".pdf", org.kesudesk.model.FileSignature.PDF);
    }

    static List<SourceLine> lines(byte[] bytes) {
        return content(bytes, java.util.Optional.empty()).lines();
    }

    /**
     * The document's paragraphs, its ruled tables read as a Word file's are ({@link RuledTables}).
     *
     * @param mapping what the columns of a table hold whose header says nothing the parser knows, as the user mapped
     */
    static DocxText.Content content(byte[] bytes, java.util.Optional<ColumnMapping> mapping) {
        // a PDF that opens without a password is read as every reader shows it, though its owner forbade copying
        // (offices publish plans so, against their being altered): the office it was sent to keeps its own record
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.getNumberOfPages() > MAX_PAGES) {
                throw new PlanParseException(0, "parse.error.pdfPages", MAX_PAGES);
            }
            PrintedLines printed = new PrintedLines(mapping);
            Budget budget = new Budget();
            Glyphs glyphs = new Glyphs();
            // this app's own documents break their cells' lines between words
            boolean betweenWords = org.kesudesk.model.LineBreaking.SET_BY.equals(
                    document.getDocumentInformation().getCreator());
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PageRead read = page(document, page, budget, betweenWords, glyphs);
                printed.page(read.page().text(), read.page().tables(), read.width());
            }
            if (glyphs.unreadable()) {
                // text drawn in fonts that do not say which characters their glyphs are: no scan, and no reading
                throw new PlanParseException(0, "parse.error.pdfUnmappedFonts");
            }
            DocxText.Content content = printed.content();
            if (document.getNumberOfPages() > 0 && content.lines().stream().allMatch(SourceLine::isBlank)) {
                // pictures of pages (a scan of the sealed copy): there is no text to read, and the user should know
                throw new PlanParseException(0, "parse.error.pdfNoText", document.getNumberOfPages());
            }
            java.util.OptionalLong unread = glyphs.percentUnread();
            if (unread.isPresent()) {
                // some of its text in such fonts (a heading's, a table's): read without them, the review says so
                List<ParseWarning> notes = new ArrayList<>(content.notes());
                notes.add(ParseWarning.at(1, "parse.warning.pdfUnreadGlyphs", unread.getAsLong()));
                content = new DocxText.Content(content.lines(), content.tables(), content.tableLines(),
                        content.unmapped(), List.copyOf(notes));
            }
            return content;
        } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException locked) {
            // one that asks for a password to be opened at all
            throw new PlanParseException(locked, 0, "parse.error.pdfPassword");
        } catch (IOException | RuntimeException e) {
            if (e instanceof PlanParseException refused) {
                throw refused;
            }
            // a damaged or hostile PDF is refused in many ways, none of which the user needs to read
            throw new PlanParseException(e, 0, "parse.error.pdf");
        }
    }

    /**
     * The glyphs the document draws and those it says which characters they are. A font without that (no ToUnicode
     * map, as some print-to-PDF drivers make them; or one mapping to the private use area) draws text a reader shows
     * but nobody can copy: most of the document so drawn is refused as such, not as a scan (which draws no glyphs).
     */
    private static final class Glyphs {
        /** Fewer glyphs than this are a stamp or a logo's, not the document's text. */
        private static final int AT_LEAST = 50;
        /** Unread glyphs enough to be a word or two lost: the review says so. */
        private static final int SOME = 10;
        long shown;
        long read;
        long privateUse;

        boolean unreadable() {
            long unread = shown - read + privateUse;
            return unread >= AT_LEAST && unread * 2 > shown;
        }

        /**
         * The share of the glyphs drawn that cannot be read, in per cent (at least 1), where there are enough of them
         * to be words: a PDF's text is read whole or not at all, and a font of headings alone is 1% of the glyphs.
         */
        java.util.OptionalLong percentUnread() {
            long unread = shown - read + privateUse;
            return unread >= SOME
                    ? java.util.OptionalLong.of(Math.max(1, Math.round(100.0 * unread / shown)))
                    : java.util.OptionalLong.empty();
        }
    }

    /** Whether the glyph is a watermark's ({@link PrintedLines#isWatermark}): set aslant the page, or see-through. */
    private static boolean isWatermark(TextPosition text,
                                       org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState state) {
        Matrix matrix = text.getTextMatrix();
        return PrintedLines.isWatermark(matrix.getScaleX(), matrix.getShearY(), state.getNonStrokeAlphaConstant());
    }

    /**
     * The glyphs a page has drawn, by character and place: one drawn again over itself — bold made by drawing the
     * text twice a hair apart, as printer drivers and some word processors do for a font without a bold face, or a
     * shadow — is read once (二、实施 was read 二二、、实实施施). As a reader shows it; PDFBox's own stripper does the
     * same with the same tolerance, a third of the glyph's width.
     */
    private static final class Overprints {
        /** The most places of one character looked through: a copy is drawn soon after, and no page makes it slow. */
        private static final int LOOKED_BACK = 256;
        /** Each character's places on the page so far. */
        private final Map<String, Places> byCharacter = new java.util.HashMap<>();

        /** A character's places, x and y in turn, the newest last. */
        private static final class Places {
            float[] xy = new float[8];
            int count;
        }

        /** Whether the glyph lies over one of the same character already drawn; if not, it is remembered. */
        boolean again(String character, float x, float y, float width, float size) {
            float tolerance = (width > 0 ? width : size / 2) / 3;
            Places places = byCharacter.computeIfAbsent(character, k -> new Places());
            float[] xy = places.xy;
            for (int i = places.count - 1; i >= Math.max(0, places.count - LOOKED_BACK); i--) {
                if (Math.abs(xy[2 * i] - x) <= tolerance && Math.abs(xy[2 * i + 1] - y) <= tolerance) {
                    return true;
                }
            }
            if (2 * places.count + 2 > xy.length) {
                places.xy = xy = java.util.Arrays.copyOf(xy, xy.length * 2);
            }
            xy[2 * places.count] = x;
            xy[2 * places.count + 1] = y;
            places.count++;
            return false;
        }
    }

    /** A page's glyphs and tables, and how wide the page is as its text runs (a page's height if it runs down). */
    private record PageRead(RuledTables.Page page, float width) {
    }

    /**
     * The page's lines, top to bottom: its characters grouped by baseline, each line's from the left. Every stream
     * the page draws (its content, forms, Type 3 glyphs) is measured before it is read, and the drawing operators and
     * glyphs are counted as they are read ({@link Budget}).
     */
    private static PageRead page(PDDocument document, int page, Budget budget, boolean betweenWords, Glyphs glyphs)
            throws IOException {
        TreeMap<Integer, List<PrintedLines.Glyph>> byBaseline = new TreeMap<>();
        int[] glyphCount = {0};
        Overprints drawn = new Overprints();
        Rules rules = new Rules(document.getPage(page - 1));
        // how many glyphs run each way (0°, 90°, 180°, 270°): their places are given as the text runs
        int[] directions = new int[4];
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            public void processPage(PDPage pdfPage) throws IOException {
                // the stripper passes every page of the document here and reads only this one: the others are not
                // this page's cost (counted for each page, a notice of 130 pages passed the document's budget)
                if (getCurrentPageNo() != page) {
                    return;
                }
                budget.page(pdfPage, page);
                budget.fonts(pdfPage.getResources(), page);
                super.processPage(pdfPage);
            }

            @Override
            public void showForm(PDFormXObject form) throws IOException {
                budget.draw(form.getCOSObject(), page);
                budget.fonts(form.getResources(), page);
                super.showForm(form);
            }

            @Override
            public void showTransparencyGroup(PDTransparencyGroup group) throws IOException {
                budget.draw(group.getCOSObject(), page);
                budget.fonts(group.getResources(), page);
                super.showTransparencyGroup(group);
            }

            @Override
            protected void processType3Stream(PDType3CharProc charProc, Matrix matrix) throws IOException {
                budget.draw(charProc.getCOSObject(), page);
                budget.fonts(charProc.getResources(), page);
                // a Type 3 glyph drawn with lines (田) draws no table's rules
                rules.glyphs++;
                try {
                    super.processType3Stream(charProc, matrix);
                } finally {
                    rules.glyphs--;
                }
            }

            @Override
            protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                budget.operator(page);
                rules.operator(operator.getName(), operands, getGraphicsState().getCurrentTransformationMatrix());
                super.processOperator(operator, operands);
            }

            @Override
            protected void showGlyph(Matrix textRenderingMatrix, org.apache.pdfbox.pdmodel.font.PDFont font, int code,
                                     org.apache.pdfbox.util.Vector displacement) throws IOException {
                // every glyph drawn; the stripper passes on only those whose characters it knows
                glyphs.shown++;
                super.showGlyph(textRenderingMatrix, font, code, displacement);
            }

            @Override
            protected void processTextPosition(TextPosition text) {
                if (++glyphCount[0] > Budget.GLYPHS_PER_PAGE) {
                    throw Budget.refusal(page);
                }
                glyphs.read++;
                String unicode = text.getUnicode();
                if (!unicode.isEmpty() && unicode.charAt(0) >= '\uE000' && unicode.charAt(0) <= '\uF8FF') {
                    glyphs.privateUse++;
                }
                if (isWatermark(text, getGraphicsState()) || drawn.again(unicode, text.getXDirAdj(), text.getYDirAdj(),
                        text.getWidthDirAdj(), text.getFontSizeInPt())) {
                    return;
                }
                directions[Math.round(text.getDir() / 90) & 3]++;
                byBaseline.computeIfAbsent(Math.round(text.getYDirAdj()), k -> new ArrayList<>())
                        .add(new PrintedLines.Glyph(text.getUnicode(), text.getXDirAdj(), text.getWidthDirAdj(),
                                text.getFontSizeInPt()));
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        int direction = 0;
        for (int d = 1; d < 4; d++) {
            direction = directions[d] > directions[direction] ? d : direction;
        }
        return new PageRead(RuledTables.find(byBaseline, rules.asTextRuns(direction), betweenWords),
                rules.runWidth(direction));
    }

    /**
     * The rules a page draws (the borders of a table's cells): the straight horizontal and vertical pieces of the
     * paths it strokes, and the thin boxes it fills; turned, at the end, as the page's text runs (a landscape table on
     * a page shown turned), to be where its glyphs are.
     */
    private static final class Rules {
        final List<RuledTables.Rule> found = new ArrayList<>();
        /** How deep in Type 3 glyphs' drawing the reader is: their paths are letters, not rules. */
        int glyphs;
        private final List<RuledTables.Rule> path = new ArrayList<>();
        /** The path's boxes, by their least x and y and their greatest: filled, a thin one is a rule. */
        private final List<float[]> boxes = new ArrayList<>();
        private final float left;
        private final float bottom;
        private final float width;
        private final float height;
        private float[] current;
        private float[] start;

        Rules(PDPage page) {
            left = page.getCropBox().getLowerLeftX();
            bottom = page.getCropBox().getLowerLeftY();
            width = page.getCropBox().getWidth();
            height = page.getCropBox().getHeight();
        }

        /**
         * The rules found, from the top-left corner of the text as it runs ({@code direction} quarter turns
         * anticlockwise on the page), as the reader places glyphs running that way.
         */
        List<RuledTables.Rule> asTextRuns(int direction) {
            List<RuledTables.Rule> turned = new ArrayList<>();
            for (RuledTables.Rule rule : found) {
                float[] a = turned(rule.x1(), rule.y1(), direction);
                float[] b = turned(rule.x2(), rule.y2(), direction);
                RuledTables.Rule.between(a[0], a[1], b[0], b[1]).ifPresent(turned::add);
            }
            return turned;
        }

        /** How wide the page is for text running {@code direction} quarter turns anticlockwise. */
        float runWidth(int direction) {
            return direction % 2 == 0 ? width : height;
        }

        private float[] turned(float x, float y, int direction) {
            return switch (direction) {
                case 1 -> new float[] {y, x};
                case 2 -> new float[] {width - x, y};
                case 3 -> new float[] {height - y, width - x};
                default -> new float[] {x, height - y};
            };
        }

        void operator(String name, List<COSBase> operands, Matrix ctm) {
            if (glyphs > 0 || found.size() > 4 * RuledTables.MAX_RULES) {
                return;
            }
            switch (name) {
                case "m" -> point(operands, 0, ctm).ifPresent(p -> {
                    current = p;
                    start = p;
                });
                case "l" -> point(operands, 0, ctm).ifPresent(this::lineTo);
                case "c" -> point(operands, 4, ctm).ifPresent(p -> current = p);
                case "v", "y" -> point(operands, 2, ctm).ifPresent(p -> current = p);
                case "h" -> {
                    if (start != null) {
                        lineTo(start);
                    }
                }
                case "re" -> rectangle(operands, ctm);
                case "S", "s", "B", "B*", "b", "b*" -> {
                    found.addAll(path);
                    clear();
                }
                case "f", "F", "f*" -> {
                    boxes.forEach(box -> RuledTables.Rule.box(box[0], box[1], box[2], box[3]).ifPresent(found::add));
                    clear();
                }
                case "n" -> clear();
                default -> {
                    // not a path's
                }
            }
        }

        private void lineTo(float[] p) {
            // a path of more pieces than a page's tables have rules draws none (nor fills the memory)
            if (current != null && path.size() <= 4 * RuledTables.MAX_RULES) {
                RuledTables.Rule.between(current[0], current[1], p[0], p[1]).ifPresent(path::add);
            }
            current = p;
        }

        private void rectangle(List<COSBase> operands, Matrix ctm) {
            if (operands.size() < 4 || !operands.stream().limit(4).allMatch(o -> o instanceof COSNumber)) {
                return;
            }
            float x = ((COSNumber) operands.get(0)).floatValue();
            float y = ((COSNumber) operands.get(1)).floatValue();
            float w = ((COSNumber) operands.get(2)).floatValue();
            float h = ((COSNumber) operands.get(3)).floatValue();
            float[] a = onPage(x, y, ctm);
            float[] b = onPage(x + w, y, ctm);
            float[] c = onPage(x + w, y + h, ctm);
            float[] d = onPage(x, y + h, ctm);
            current = a;
            start = a;
            lineTo(b);
            lineTo(c);
            lineTo(d);
            lineTo(a);
            if (boxes.size() <= 4 * RuledTables.MAX_RULES) {
                boxes.add(new float[] {Math.min(a[0], c[0]), Math.min(a[1], c[1]), Math.max(a[0], c[0]),
                        Math.max(a[1], c[1])});
            }
        }

        private void clear() {
            path.clear();
            boxes.clear();
            current = null;
            start = null;
        }

        private java.util.Optional<float[]> point(List<COSBase> operands, int from, Matrix ctm) {
            if (operands.size() < from + 2 || !(operands.get(from) instanceof COSNumber x)
                    || !(operands.get(from + 1) instanceof COSNumber y)) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(onPage(x.floatValue(), y.floatValue(), ctm));
        }

        /** A point of the page's content, from the bottom-left corner of what is shown. */
        private float[] onPage(float x, float y, Matrix ctm) {
            java.awt.geom.Point2D.Float p = ctm.transformPoint(x, y);
            return new float[] {p.x - left, p.y - bottom};
        }
    }

    /**
     * What reading a PDF may cost: a file of a megabyte can hold a content stream that expands to gigabytes, numbers
     * without an operator that the reader keeps until one comes, or a form that draws itself or is drawn a million
     * times — minutes of work or all the memory for a few bytes. A plan's pages are text: tens of kilobytes and a
     * few thousand operators each. Every stream is measured before the reader decodes it (which it does whole, in
     * memory), by decoding it here with its own filters into a counter that stops at the limit; so is every font file
     * before the reader loads its font.
     */
    private static final class Budget {

        /** One stream decoded, or a page's content streams together (which the reader reads as one). */
        static final long STREAM_BYTES = 8L << 20;
        /** An embedded font, decoded: a Chinese TrueType font embedded whole is some 10 MB. */
        static final long FONT_BYTES = 32L << 20;
        /** The streams of the document measured (each once), decoded. */
        static final long DOCUMENT_BYTES = 128L << 20;
        /** The streams drawn, decoded: a form or a Type 3 glyph each time it is drawn. */
        static final long DRAWN_BYTES = 256L << 20;
        /** Drawing operators in the document, a form's counted each time it is drawn. */
        static final long OPERATORS = 4_000_000;
        static final int GLYPHS_PER_PAGE = 50_000;

        private final Map<COSStream, Long> lengths = new IdentityHashMap<>();
        private long measured;
        private long drawn;
        private long operators;

        /** A page's content streams, before the page is read: each, and all of them together, within a stream's. */
        void page(PDPage pdfPage, int page) throws IOException {
            long bytes = 0;
            for (Iterator<PDStream> streams = pdfPage.getContentStreams(); streams.hasNext(); ) {
                bytes += draw(streams.next().getCOSObject(), page);
                if (bytes > STREAM_BYTES) {
                    throw refusal(page);
                }
            }
        }

        /** A stream about to be drawn (a form, a glyph): its decoded length, counted against what may be drawn. */
        long draw(COSStream stream, int page) throws IOException {
            long length = measure(stream, page, STREAM_BYTES);
            drawn += length;
            if (drawn > DRAWN_BYTES) {
                throw refusal(page);
            }
            return length;
        }

        /**
         * The fonts these resources name, before the reader loads one (it decodes an embedded font file whole): each
         * font file measured against {@link #FONT_BYTES}.
         */
        void fonts(PDResources resources, int page) throws IOException {
            COSDictionary fonts = resources == null ? null : resources.getCOSObject().getCOSDictionary(COSName.FONT);
            if (fonts == null) {
                return;
            }
            for (COSName name : fonts.keySet()) {
                COSDictionary font = fonts.getCOSDictionary(name);
                if (font == null) {
                    continue;
                }
                fontFiles(font, page);
                COSArray descendants = font.getCOSArray(COSName.DESCENDANT_FONTS);
                if (descendants != null && descendants.size() > 0
                        && descendants.getObject(0) instanceof COSDictionary descendant) {
                    fontFiles(descendant, page);
                }
            }
        }

        private void fontFiles(COSDictionary font, int page) throws IOException {
            COSDictionary descriptor = font.getCOSDictionary(COSName.FONT_DESC);
            if (descriptor == null) {
                return;
            }
            for (COSName key : List.of(COSName.FONT_FILE, COSName.FONT_FILE2, COSName.FONT_FILE3)) {
                if (descriptor.getDictionaryObject(key) instanceof COSStream file) {
                    measure(file, page, FONT_BYTES);
                }
            }
        }

        void operator(int page) {
            if (++operators > OPERATORS) {
                throw refusal(page);
            }
        }

        /**
         * The stream's decoded length, decoded once (a damaged stream counts what could be decoded of it).
         *
         * @throws PlanParseException if it is longer than {@code limit}, or the document's streams too long together
         */
        private long measure(COSStream stream, int page, long limit) throws IOException {
            Long known = lengths.get(stream);
            if (known != null) {
                return known;
            }
            List<COSName> filters = filters(stream);
            long room = Math.min(limit, DOCUMENT_BYTES - measured);
            Counter counter = new Counter(room);
            InputStream in = stream.createRawInputStream();
            try {
                for (int i = 0; i < filters.size(); i++) {
                    boolean last = i == filters.size() - 1;
                    Counter stage = last ? counter : new Counter(room, true);
                    try (InputStream input = in) {
                        FilterFactory.INSTANCE.getFilter(filters.get(i)).decode(input, stage, stream, i);
                    }
                    if (stage.overflowed) {
                        throw refusal(page);
                    }
                    in = last ? InputStream.nullInputStream() : new ByteArrayInputStream(stage.kept.toByteArray());
                }
                in.transferTo(counter);
            } catch (IOException damaged) {
                // decoded no further here than the reader will decode it
                if (counter.overflowed) {
                    throw refusal(page);
                }
            } finally {
                in.close();
            }
            if (counter.overflowed) {
                throw refusal(page);
            }
            measured += counter.count;
            lengths.put(stream, counter.count);
            return counter.count;
        }

        private static List<COSName> filters(COSStream stream) throws IOException {
            COSBase filters = stream.getFilters();
            if (filters instanceof COSName name) {
                return List.of(name);
            }
            List<COSName> names = new ArrayList<>();
            if (filters instanceof COSArray array) {
                for (COSBase filter : array) {
                    if (!(filter instanceof COSName name) || names.size() == 8) {
                        throw new IOException("not a filter chain");
                    }
                    names.add(name);
                }
            }
            return names;
        }

        static PlanParseException refusal(int page) {
            return new PlanParseException(0, "parse.error.pdfTooComplex", page);
        }

        /** Counts the bytes written (keeping them if asked), and stops at the limit. */
        private static final class Counter extends OutputStream {
            private final long limit;
            private final ByteArrayOutputStream kept;
            private long count;
            private boolean overflowed;

            Counter(long limit) {
                this(limit, false);
            }

            Counter(long limit, boolean keep) {
                this.limit = limit;
                this.kept = keep ? new ByteArrayOutputStream() : null;
            }

            @Override
            public void write(int b) throws IOException {
                counted(1);
                if (kept != null) {
                    kept.write(b);
                }
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                counted(length);
                if (kept != null) {
                    kept.write(bytes, offset, length);
                }
            }

            private void counted(int length) throws IOException {
                count += length;
                if (count > limit) {
                    overflowed = true;
                    throw new IOException("past the limit");
                }
            }
        }
    }
}
