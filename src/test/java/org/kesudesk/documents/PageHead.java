package org.kesudesk.documents;

import java.awt.image.BufferedImage;

/**
 * A notice's 版头 as drawn on its first page, in points from the paper's top: the red 发文机关标志's last row of ink,
 * the first and last dark rows under it (the 发文字号; with none, both where the title starts), the red rule, and the
 * first dark row under the rule (the title).
 */
record PageHead(float mastheadBottom, float docNumberTop, float docNumberBottom, float rule, float titleTop) {

    /** The page drawn at {@code scale} pixels to the point. */
    static PageHead of(BufferedImage page, float scale) {
        int y = 0;
        while (redRunLength(page, y) == 0) {
            y++;
        }
        while (redRunLength(page, y) > 0) {
            y++;
        }
        int mastheadBottom = y;
        int rule = firstRedRowBelow(page, y);
        int docNumberTop = y;
        while (docNumberTop < rule && darkRunLength(page, docNumberTop) == 0) {
            docNumberTop++;
        }
        int docNumberBottom = docNumberTop;
        while (docNumberBottom < rule && darkRunLength(page, docNumberBottom) > 0) {
            docNumberBottom++;
        }
        int titleTop = rule;
        while (darkRunLength(page, titleTop) == 0 || redRunLength(page, titleTop) > 0) {
            titleTop++;
        }
        boolean unnumbered = docNumberTop == rule;
        return new PageHead(mastheadBottom / scale, (unnumbered ? titleTop : docNumberTop) / scale,
                (unnumbered ? titleTop : docNumberBottom) / scale, rule / scale, titleTop / scale);
    }

    /** The first row at or below {@code fromY} red across more than half the page (a rule), or -1. */
    static int firstRedRowBelow(BufferedImage image, int fromY) {
        for (int y = fromY; y < image.getHeight(); y++) {
            if (redRunLength(image, y) > image.getWidth() / 2) {
                return y;
            }
        }
        return -1;
    }

    /** The red pixels in a row. */
    static int redRunLength(BufferedImage image, int y) {
        int count = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            if (isRed(image.getRGB(x, y))) {
                count++;
            }
        }
        return count;
    }

    static boolean isRed(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return r > 180 && g < 120 && b < 120;
    }

    static int darkRunLength(BufferedImage image, int y) {
        int count = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            int rgb = image.getRGB(x, y);
            if (((rgb >> 16) & 0xff) < 100 && ((rgb >> 8) & 0xff) < 100 && (rgb & 0xff) < 100) {
                count++;
            }
        }
        return count;
    }
}
