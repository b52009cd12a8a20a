package org.kesudesk.documents;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The 通报's charts drawn with JFreeChart in the documents' own fonts: bars in black and greys (a 通报 is printed in
 * black and white), their values written at their ends. JasperReports draws them through {@link Renderer} onto the
 * page's Graphics2D — as vector drawing in the PDF and at the printer's resolution when printed.
 */
final class BulletinCharts {

    /** Points of height a bar takes (with the space between bars). */
    static final float BAR_HEIGHT = 15f;
    /** The heights a chart may have (bulletin.jrxml has a band for each): the tallest fits a page with its caption. */
    static final int[] HEIGHTS = {260, 380, 480};
    private static final Color[] SHADES = {new Color(0x404040), new Color(0xA0A0A0), new Color(0xD0D0D0)};

    /** The font of the charts' words: the names beside the bars, the axis, the legend. */
    static final DocumentFonts TEXT = DocumentFonts.FANGSONG;

    private BulletinCharts() {
    }

    /** The chart's height in points for the 版心's width: taller with more bars (they lie horizontally). */
    static int height(Bulletin.Chart chart) {
        float wanted = 70 + BAR_HEIGHT * chart.categories().size() * chart.series().size();
        for (int height : HEIGHTS) {
            if (wanted <= height) {
                return height;
            }
        }
        return HEIGHTS[HEIGHTS.length - 1];
    }

    static JFreeChart chart(Bulletin.Chart spec) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Bulletin.Series series : spec.series()) {
            for (int i = 0; i < spec.categories().size(); i++) {
                // a category's name is its key: two with one name (never, in practice) would share a bar
                data.addValue(series.values().get(i), series.name(), spec.categories().get(i));
            }
        }
        Font text = font(TEXT, 9f);
        CategoryAxis categories = new NamesAxis();
        categories.setTickLabelFont(text);
        categories.setMaximumCategoryLabelLines(2);
        categories.setMaximumCategoryLabelWidthRatio(0.35f);
        categories.setCategoryMargin(0.2);
        NumberAxis values = new NumberAxis(spec.axisLabel());
        values.setLabelFont(text);
        values.setTickLabelFont(text);
        values.setRange(0, valueMaximum(spec));
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(true);
        bars.setDefaultOutlinePaint(Color.BLACK);
        bars.setDefaultOutlineStroke(new BasicStroke(0.5f));
        for (int i = 0; i < spec.series().size(); i++) {
            bars.setSeriesPaint(i, SHADES[i % SHADES.length]);
        }
        bars.setMaximumBarWidth(0.9);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new java.text.DecimalFormat("0.#")));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(text);
        // each value just past the end of its own bar, on its line: JFreeChart's default sets it above the bar's
        // middle, where on horizontal bars it reads as the value of the bar above
        bars.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
                org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE3, org.jfree.chart.ui.TextAnchor.CENTER_LEFT));
        bars.setItemLabelAnchorOffset(3);
        CategoryPlot plot = new CategoryPlot(data, categories, values, bars);
        // bars lie horizontally: the names of actions, projects and units are read whole beside them
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xC0C0C0));
        JFreeChart chart = new JFreeChart(null, text, plot, spec.series().size() > 1);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(text);
            legend.setPosition(RectangleEdge.TOP);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        return chart;
    }

    /** The value axis's end: 100 (the charts are of percentages), or past the largest value where one is more. */
    static double valueMaximum(Bulletin.Chart spec) {
        double most = spec.series().stream().flatMap(s -> s.values().stream()).mapToDouble(Double::doubleValue)
                .max().orElse(0);
        return Math.max(100, Math.ceil(most / 10) * 10 + 10);
    }

    /** The shade of a series' bars as red, green, blue: the same in the Word file's charts. */
    static byte[] shade(int series) {
        Color shade = SHADES[series % SHADES.length];
        return new byte[] {(byte) shade.getRed(), (byte) shade.getGreen(), (byte) shade.getBlue()};
    }

    private static Font font(DocumentFonts font, float size) {
        return font.awtFont().deriveFont(size);
    }

    /**
     * The names beside the bars (units, counties, actions) with each character the bundled font lacks drawn in a font
     * of the computer that has it, as the documents' text is ({@link FallbackFonts}): a county named 鄠邑区 is not a
     * bar with a gap for a name.
     */
    private static final class NamesAxis extends CategoryAxis {

        private static final long serialVersionUID = 1L;

        @Override
        protected org.jfree.chart.text.TextBlock createLabel(Comparable category, float width, RectangleEdge edge,
                                                             Graphics2D g2) {
            org.jfree.chart.text.TextBlock wrapped = super.createLabel(category, width, edge, g2);
            org.jfree.chart.text.TextBlock drawn = new org.jfree.chart.text.TextBlock();
            drawn.setLineAlignment(wrapped.getLineAlignment());
            for (Object line : wrapped.getLines()) {
                org.jfree.chart.text.TextFragment only = ((org.jfree.chart.text.TextLine) line).getFirstTextFragment();
                drawn.addLine(only == null ? new org.jfree.chart.text.TextLine() : inFontsThatHaveIt(only));
            }
            return drawn;
        }

        /** The line in runs of characters, each run in the font that draws it. */
        private static org.jfree.chart.text.TextLine inFontsThatHaveIt(org.jfree.chart.text.TextFragment fragment) {
            org.jfree.chart.text.TextLine line = new org.jfree.chart.text.TextLine();
            String text = fragment.getText();
            StringBuilder run = new StringBuilder();
            Font runFont = null;
            // the font a run is in, by where it comes from (two fonts of one name are equal to AWT)
            Object runSource = null;
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                java.util.Optional<FallbackFonts.FallbackFont> fallback = TEXT.has(c)
                        ? java.util.Optional.empty() : FallbackFonts.drawing(TEXT, c);
                Object source = fallback.isPresent() ? fallback.get() : TEXT;
                if (runSource != null && source != runSource) {
                    line.addFragment(new org.jfree.chart.text.TextFragment(run.toString(), runFont,
                            fragment.getPaint(), fragment.getBaselineOffset()));
                    run.setLength(0);
                }
                runSource = source;
                runFont = fallback.map(found -> found.font().deriveFont(fragment.getFont().getSize2D()))
                        .orElse(fragment.getFont());
                run.appendCodePoint(c);
                i += Character.charCount(c);
            }
            if (run.length() > 0) {
                line.addFragment(new org.jfree.chart.text.TextFragment(run.toString(), runFont, fragment.getPaint(),
                        fragment.getBaselineOffset()));
            }
            return line;
        }
    }

    /** A chart as JasperReports draws it: on the page's Graphics2D, in the image element's box. */
    static final class Renderer extends AbstractRenderer implements Graphics2DRenderable {

        private static final long serialVersionUID = 1L;
        private final Bulletin.Chart spec;

        Renderer(Bulletin.Chart spec) {
            this.spec = spec;
        }

        /** The names beside the bars (drawn in a font that has them, or blank if none has). */
        java.util.List<String> names() {
            return spec.categories();
        }

        @Override
        public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D box) {
            chart(spec).draw(graphics, box);
        }
    }
}
