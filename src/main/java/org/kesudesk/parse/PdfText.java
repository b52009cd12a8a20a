package org.kesudesk.parse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF plan document, a line per paragraph, for the same parser as a text file. PDF has lines, not
 * paragraphs: a line that reaches the text's right edge goes on in the next one (unless that one is indented, which
 * starts a paragraph), a line that ends short of it ends its paragraph. Page numbers fall out in the parser.
 */
final class PdfText {

    /** A document longer than this is no plan (the largest real ones have a hundred pages). */
    static final int MAX_PAGES = 2_000;
    private static final byte[] MAGIC = {'%', 'P', 'D', 'F', '-'};

    private PdfText() {
    }

    static boolean looksLikePdf(String fileName, byte[] bytes) {
        return FileKind.looksLike(fileName, bytes, ".pdf", MAGIC);
    }

    /** One printed line: its text, where it starts and ends, its size. */
    private record Line(String text, float left, float right, float size) {
    }

    static List<SourceLine> lines(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.isEncrypted()) {
                throw new PlanParseException(0, "parse.error.pdf");
            }
            if (document.getNumberOfPages() > MAX_PAGES) {
                throw new PlanParseException(0, "parse.error.pdfPages", MAX_PAGES);
            }
            List<SourceLine> paragraphs = new ArrayList<>();
            StringBuilder paragraph = new StringBuilder();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                List<Line> lines = lines(document, page);
                float left = (float) lines.stream().mapToDouble(Line::left).min().orElse(0);
                float right = (float) lines.stream().mapToDouble(Line::right).max().orElse(0);
                for (Line line : lines) {
                    boolean indented = line.left() > left + line.size() * 0.8f;
                    if (indented && !paragraph.isEmpty()) {
                        paragraphs.add(new SourceLine(paragraphs.size() + 1, paragraph.toString()));
                        paragraph.setLength(0);
                    }
                    paragraph.append(line.text());
                    boolean reachesRight = line.right() >= right - line.size() * 1.2f;
                    if (!reachesRight) {
                        paragraphs.add(new SourceLine(paragraphs.size() + 1, paragraph.toString()));
                        paragraph.setLength(0);
                    }
                }
            }
            if (!paragraph.isEmpty()) {
                paragraphs.add(new SourceLine(paragraphs.size() + 1, paragraph.toString()));
            }
            return paragraphs;
        } catch (IOException | RuntimeException e) {
            if (e instanceof PlanParseException refused) {
                throw refused;
            }
            // a damaged or hostile PDF is refused in many ways, none of which the user needs to read
            throw new PlanParseException(e, 0, "parse.error.pdf");
        }
    }

    /** The page's lines, top to bottom: its characters grouped by baseline, each line's from the left. */
    private static List<Line> lines(PDDocument document, int page) throws IOException {
        TreeMap<Integer, List<TextPosition>> byBaseline = new TreeMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                byBaseline.computeIfAbsent(Math.round(text.getYDirAdj()), k -> new ArrayList<>()).add(text);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        List<Line> lines = new ArrayList<>();
        for (List<TextPosition> glyphs : byBaseline.values()) {
            glyphs.sort(Comparator.comparing(TextPosition::getXDirAdj));
            StringBuilder text = new StringBuilder();
            float previousEnd = Float.NaN;
            for (TextPosition glyph : glyphs) {
                // a gap of a space or more between two glyphs is a space (到 2025 年, a 署名 set right)
                if (!Float.isNaN(previousEnd) && glyph.getXDirAdj() - previousEnd > glyph.getFontSizeInPt() * 0.5f) {
                    text.append(' ');
                }
                text.append(glyph.getUnicode());
                previousEnd = glyph.getXDirAdj() + glyph.getWidthDirAdj();
            }
            String content = text.toString();
            if (content.isBlank() || TextCleaner.isPageNumber(TextCleaner.clean(content))) {
                // a page number would join the paragraph that goes on over the page
                continue;
            }
            TextPosition first = glyphs.stream().filter(g -> !g.getUnicode().isBlank()).findFirst()
                    .orElse(glyphs.get(0));
            lines.add(new Line(content, first.getXDirAdj(), previousEnd, first.getFontSizeInPt()));
        }
        return lines;
    }
}
