package org.kesudesk.parse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Printed pages (a PDF's, an OFD's) back into paragraphs. A page has lines, not paragraphs: a line that reaches the
 * text's right edge goes on in the next one (unless that one is indented or in another size, which starts a
 * paragraph), a line that ends short of it ends its paragraph. Lines are made of glyphs sharing a baseline; page
 * numbers are left out, so that a paragraph going on over the page is joined again.
 */
final class PrintedLines {

    /** One glyph (or a run of them) as printed: its text, where it starts, how wide it is, its size. */
    record Glyph(String text, float x, float width, float size) {
    }

    /** One printed line: its text, where it starts and ends, its size. */
    record Line(String text, float left, float right, float size) {
    }

    private final List<SourceLine> paragraphs = new ArrayList<>();
    private final StringBuilder paragraph = new StringBuilder();
    /** The size of the line added last. */
    private float previousSize;

    /** The lines of a page, each a baseline's glyphs in any order, the lines from the top down. */
    static List<Line> lines(Collection<List<Glyph>> byBaseline) {
        List<Line> lines = new ArrayList<>();
        for (List<Glyph> glyphs : byBaseline) {
            glyphs.sort(Comparator.comparing(Glyph::x));
            StringBuilder text = new StringBuilder();
            float previousEnd = Float.NaN;
            for (Glyph glyph : glyphs) {
                // a gap of a space or more between two glyphs is a space (到 2025 年, a 署名 set right)
                if (!Float.isNaN(previousEnd) && glyph.x() - previousEnd > glyph.size() * 0.5f) {
                    text.append(' ');
                }
                text.append(glyph.text());
                previousEnd = glyph.x() + glyph.width();
            }
            String content = text.toString();
            if (content.isBlank() || TextCleaner.isPageNumber(TextCleaner.clean(content))) {
                // a page number would join the paragraph that goes on over the page
                continue;
            }
            Glyph first = glyphs.stream().filter(g -> !g.text().isBlank()).findFirst().orElse(glyphs.get(0));
            lines.add(new Line(content, first.x(), previousEnd, first.size()));
        }
        return lines;
    }

    /** Adds a page's lines, top to bottom: a paragraph may go on from the page before. */
    void page(List<Line> lines) {
        float left = (float) lines.stream().mapToDouble(Line::left).min().orElse(0);
        float right = (float) lines.stream().mapToDouble(Line::right).max().orElse(0);
        for (Line line : lines) {
            boolean indented = line.left() > left + line.size() * 0.8f;
            // a line in another size starts a paragraph: the addressees under a title that reached the right edge
            boolean resized = Math.abs(line.size() - previousSize) > previousSize * 0.1f;
            previousSize = line.size();
            if ((indented || resized) && !paragraph.isEmpty()) {
                SourceLine.append(paragraphs, paragraph.toString());
                paragraph.setLength(0);
            }
            paragraph.append(line.text());
            boolean reachesRight = line.right() >= right - line.size() * 1.2f;
            if (!reachesRight) {
                SourceLine.append(paragraphs, paragraph.toString());
                paragraph.setLength(0);
            }
        }
    }

    /** The paragraphs of the pages added, a line each. */
    List<SourceLine> paragraphs() {
        if (!paragraph.isEmpty()) {
            SourceLine.append(paragraphs, paragraph.toString());
            paragraph.setLength(0);
        }
        return paragraphs;
    }
}
