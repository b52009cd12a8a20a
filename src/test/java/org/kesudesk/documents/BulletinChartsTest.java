package org.kesudesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.CategoryItemEntity;
import org.junit.jupiter.api.Test;

/**
 * The 通报's bar charts write each value just past the end of its own bar, on the bar's line: set above a bar's
 * middle (JFreeChart's default) it lay over the bar before it and read as that one's value.
 */
class BulletinChartsTest {

    @Test
    void eachValue_isWrittenPastTheEndOfItsOwnBar() {
        // each bar longer than half the next one: a value set over the next bar's middle would lie inside this bar
        Bulletin.Chart spec = new Bulletin.Chart("图1　各单位按时报送率", "百分比（%）", List.of("市甲局", "市乙局", "市丙局"),
                List.of(new Bulletin.Series("按时报送率", List.of(61.0, 72.0, 83.0))));
        JFreeChart chart = BulletinCharts.chart(spec);
        BufferedImage image = new BufferedImage(442, 200, BufferedImage.TYPE_INT_RGB);
        ChartRenderingInfo info = new ChartRenderingInfo();
        Graphics2D graphics = image.createGraphics();
        try {
            chart.draw(graphics, new Rectangle2D.Double(0, 0, 442, 200), info);
        } finally {
            graphics.dispose();
        }

        List<Rectangle2D> bars = new ArrayList<>();
        for (Object entity : info.getEntityCollection().getEntities()) {
            if (entity instanceof CategoryItemEntity item) {
                bars.add(item.getArea().getBounds2D());
            }
        }
        assertThat(bars).hasSize(3);
        for (Rectangle2D bar : bars) {
            // the figure's ink in the bar's rows, from just past its end to the room two digits take
            assertThat(darkPixels(image, (int) Math.ceil(bar.getMaxX()) + 2, (int) bar.getMaxX() + 30,
                    (int) bar.getMinY(), (int) Math.ceil(bar.getMaxY())))
                    .as("the figure after the bar ending at %.0f", bar.getMaxX()).isGreaterThan(5);
        }
        // and none above the first bar, where the default set the first value
        Rectangle2D first = bars.stream().min(java.util.Comparator.comparingDouble(Rectangle2D::getMinY)).orElseThrow();
        assertThat(darkPixels(image, (int) first.getMinX() + 2, (int) first.getMaxX(), (int) first.getMinY() - 14,
                (int) first.getMinY() - 1)).isZero();
    }

    /** Pixels darker than mid-grey in the box (inclusive). */
    private static int darkPixels(BufferedImage image, int fromX, int toX, int fromY, int toY) {
        int dark = 0;
        for (int y = Math.max(0, fromY); y <= Math.min(image.getHeight() - 1, toY); y++) {
            for (int x = Math.max(0, fromX); x <= Math.min(image.getWidth() - 1, toX); x++) {
                int rgb = image.getRGB(x, y);
                int luminance = ((rgb >> 16 & 0xFF) * 299 + (rgb >> 8 & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
                dark += luminance < 128 ? 1 : 0;
            }
        }
        return dark;
    }
}
