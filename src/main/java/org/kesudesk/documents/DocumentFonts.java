package org.kesudesk.documents;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontUtil;

/**
 * The bundled fonts the documents are set in (the families of fonts/fonts.xml), measured as JasperReports measures
 * them (AWT, fractional metrics): the advance of a character, so that lines are broken to fit before the report is
 * filled, and spread to the 版心's edges after.
 */
enum DocumentFonts {

    /** 仿宋 on the grid: a Chinese character is 15.74 pt at 3号, 28 to the 版心's 442 pt. */
    FANGSONG("Kesu Fangsong", "Fandol Fangsong Grid"),
    HEITI("Kesu Heiti", "Fandol Hei"),
    KAITI("Kesu Kaiti", "Fandol Kai"),
    XIAOBIAOSONG("Kesu Xiaobiaosong", "Fandol Song Bold"),
    /** 宋体, for page numbers. */
    SONGTI("Kesu Songti", "Fandol Song");

    /** 3号, the size of the text. */
    static final float TEXT_SIZE = 16f;
    /** 4号, the size of the 版记. */
    static final float COLOPHON_SIZE = 14f;
    /** 2号, the size of titles. */
    static final float TITLE_SIZE = 22f;
    /** 初号, the largest 发文机关标志. */
    static final float MASTHEAD_LARGEST = 42f;
    /** The 版心's width, 156 mm, in points. */
    static final float TEXT_AREA_WIDTH = 156f * 72f / 25.4f;
    private static final FontRenderContext MEASURING = new FontRenderContext(null, true, true);
    private static final float EM = 1000f;

    private final String family;
    private final String bundledFamily;
    private volatile Font font;
    private final Map<Integer, Float> emAdvances = new ConcurrentHashMap<>();
    /** Whether the font has a glyph, by character: asked for every character of every document. */
    private final Map<Integer, Boolean> glyphs = new ConcurrentHashMap<>();

    DocumentFonts(String family, String bundledFamily) {
        this.family = family;
        this.bundledFamily = bundledFamily;
    }

    /**
     * The font name the templates use: a font set of the bundled font and the fonts of this computer that draw what
     * it lacks ({@link DocumentFontSets}).
     */
    String family() {
        return family;
    }

    /** The bundled font's family (fonts/fonts.xml). */
    String bundledFamily() {
        return bundledFamily;
    }

    /** The font of that family name, if it is one of these. */
    static java.util.Optional<DocumentFonts> named(String family) {
        for (DocumentFonts font : values()) {
            if (font.family.equals(family)) {
                return java.util.Optional.of(font);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The 发文机关标志's size in points: as large as fits the 版心's width on one line, at most 初号, in half points
     * (as Word sizes text). A long issuer (市全民科学素质工作领导小组办公室文件, 22 characters) is set smaller on one line,
     * never broken over two.
     */
    static float mastheadSize(String masthead) {
        return mastheadSize(XIAOBIAOSONG.advance(masthead, 1f));
    }

    /** The 标志's size for a line (or a joint 标志's block) that many points wide at 1 pt. */
    static float mastheadSize(float widthAtOne) {
        if (widthAtOne <= 0) {
            return MASTHEAD_LARGEST;
        }
        return (float) Math.min(MASTHEAD_LARGEST, Math.floor(2 * TEXT_AREA_WIDTH / widthAtOne) / 2);
    }

    /**
     * How much higher, in points, the 发文机关标志's ink ends at its size than it would at 初号: its top stays 35 mm
     * below the 版心's, so the 发文字号 (空二行 below the 标志), the red rule and all that follows rise by as much.
     */
    static float mastheadRise(String masthead) {
        return mastheadRise(masthead, mastheadSize(masthead));
    }

    /** How much higher a 标志's ink of that text ends at that size than at 初号 (its top where 初号's is). */
    static float mastheadRise(String masthead, float size) {
        java.awt.geom.Rectangle2D ink = mastheadInk(masthead, size);
        return (float) (ink.getHeight() / EM * (MASTHEAD_LARGEST - size));
    }

    /**
     * How much lower, in points, the 发文机关标志's ink starts at its size than at 初号 on the same baseline: a Word
     * line of exact height keeps its baseline where it is whatever the size, so a smaller 标志's line is set higher
     * by as much to keep its top at 35 mm.
     */
    static float mastheadDrop(String masthead) {
        return mastheadDrop(masthead, mastheadSize(masthead));
    }

    /** How much lower a 标志's ink of that text starts at that size than at 初号 on the same baseline. */
    static float mastheadDrop(String masthead, float size) {
        java.awt.geom.Rectangle2D ink = mastheadInk(masthead, size);
        return (float) (-ink.getY() / EM * (MASTHEAD_LARGEST - size));
    }

    /**
     * How far below the top of a box it is set in (at its top, single-spaced) a 标志's ink starts at that size, in
     * points: the report sets the first line's baseline the font's leading and ascent below the box's top; less the
     * ink's height above the baseline.
     */
    static float mastheadInkOffset(String masthead, float size) {
        if (masthead.isBlank()) {
            return 0;
        }
        java.awt.font.LineMetrics metrics = XIAOBIAOSONG.font().getLineMetrics(masthead.strip(), MEASURING);
        double inkAbove = -inkAtEm(masthead).getY();
        return (float) ((metrics.getLeading() + metrics.getAscent() - inkAbove) / EM * size);
    }

    /** The height of a 标志's ink at that size, in points (none for no 标志). */
    static float mastheadInkHeight(String masthead, float size) {
        if (masthead.isBlank()) {
            return 0;
        }
        return (float) (inkAtEm(masthead).getHeight() / EM * size);
    }

    /** The 标志's ink at 1000 pt, y up from its baseline negative (empty for none, or for 初号's size). */
    private static java.awt.geom.Rectangle2D mastheadInk(String masthead, float size) {
        if (masthead.isBlank() || size >= MASTHEAD_LARGEST) {
            return new java.awt.geom.Rectangle2D.Float();
        }
        return inkAtEm(masthead);
    }

    /** A 标志's ink at 1000 pt, y up from its baseline negative. */
    private static java.awt.geom.Rectangle2D inkAtEm(String masthead) {
        return XIAOBIAOSONG.font().createGlyphVector(MEASURING, masthead.strip()).getVisualBounds();
    }

    /**
     * How far JasperReports sets a text's first baseline below the text's top at the size, in points (the font's
     * leading and ascent, at a fixed line spacing too): a text shrunk to fit sits higher.
     */
    float firstBaseline(float size) {
        java.awt.font.LineMetrics metrics = font().getLineMetrics("国", MEASURING);
        return (metrics.getLeading() + metrics.getAscent()) / EM * size;
    }

    /** A character's advance at the size, in points. */
    float advance(int codePoint, float size) {
        return emAdvances.computeIfAbsent(codePoint, this::measure) * size;
    }

    /** A text's advance at the size, in points. */
    float advance(CharSequence text, float size) {
        float width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            width += advance(c, size);
            i += Character.charCount(c);
        }
        return width;
    }

    /** Whether the bundled font has a glyph for the character. */
    boolean has(int codePoint) {
        return glyphs.computeIfAbsent(codePoint, c -> font().canDisplay(c));
    }

    /**
     * Whether the character is drawn: by the bundled font, or by a font of this computer that has what it lacks (a
     * PDF, an OFD or a print leaves a character none has blank).
     */
    boolean draws(int codePoint) {
        return has(codePoint) || FallbackFonts.drawing(this, codePoint).isPresent();
    }

    private float measure(int codePoint) {
        String text = new String(Character.toChars(codePoint));
        if (!has(codePoint)) {
            // measured in the font it is drawn in
            java.util.Optional<Font> fallback = FallbackFonts.drawing(this, codePoint)
                    .map(FallbackFonts.FallbackFont::font);
            if (fallback.isPresent()) {
                return (float) fallback.get().deriveFont(EM).getStringBounds(text, MEASURING).getWidth() / EM;
            }
        }
        return (float) (font().getStringBounds(text, MEASURING).getWidth() / EM);
    }

    /** The font as AWT draws it (at 1000 pt: derive the size wanted), e.g. for the 通报's charts. */
    Font awtFont() {
        return font();
    }

    /**
     * The font at a size where advances are exact to a thousandth of an em: the one JasperReports' font extension
     * loads to fill the report (so that lines are measured in the very font they are set in, and each font file
     * is read once).
     */
    private Font font() {
        Font loaded = font;
        if (loaded == null) {
            FontExtension.families();
            loaded = FontUtil.getInstance(DefaultJasperReportsContext.getInstance())
                    .getAwtFontFromBundles(bundledFamily, Font.PLAIN, EM, Locale.SIMPLIFIED_CHINESE, true);
            if (loaded == null) {
                throw new IllegalStateException("missing font " + family + " (fonts/fonts.xml)");
            }
            font = loaded;
        }
        return loaded;
    }
}
