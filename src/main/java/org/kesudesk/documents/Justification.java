package org.kesudesk.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.base.JRBasePrintText;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import net.sf.jasperreports.engine.type.ModeEnum;

/**
 * Spreads the lines that a paragraph continues after to the 版心's right edge (两端对齐), after the report is
 * filled: a line marked {@code justify} whose characters fall short of its box by more than half a point is set
 * character by character, the space shared between them. In the notice the box is the 28 characters of the grid
 * (441 pt, ending 0.2 mm inside the 版心), so a line of Chinese characters fills it as it is; what is spread is a
 * line with half-width digits (3–4 mm short) or one a closing mark took a character down from.
 */
final class Justification {

    /** Shorter than this, in points, a line is spread (0.18 mm). */
    private static final float TOLERANCE = 0.5f;
    private static final String INDENT = "\u3000";
    /** The keys of the lines this step sets: spread, or (a run-in heading's line) with a heading in 楷体. */
    private static final java.util.Set<String> KEYS = java.util.Set.of("justify", "runin", "runin-justify");

    private Justification() {
    }

    /** Spreads the marked lines of every page (the Word file is written apart and lets Word spread its lines). */
    static void apply(JasperPrint print) {
        for (JRPrintPage page : print.getPages()) {
            List<JRPrintElement> elements = new ArrayList<>();
            boolean spread = false;
            for (JRPrintElement element : page.getElements()) {
                if (element instanceof JRPrintText text && text.getKey() != null && KEYS.contains(text.getKey())) {
                    List<JRPrintElement> pieces = spread(print, text);
                    spread |= pieces.size() > 1;
                    elements.addAll(pieces);
                } else {
                    elements.add(element);
                }
            }
            if (spread) {
                page.setElements(elements);
            }
        }
    }

    private static List<JRPrintElement> spread(JasperPrint print, JRPrintText line) {
        Optional<DocumentFonts> font = DocumentFonts.named(line.getFontName());
        String text = line.getFullText();
        if (font.isEmpty() || text == null) {
            return List.of(line);
        }
        boolean justified = !"runin".equals(line.getKey());
        // a run-in heading's characters in 楷体, the rest in the line's font
        int headEnd = line.getKey().startsWith("runin") ? text.codePointCount(0, RunInHead.length(text)) : 0;
        float size = line.getFontSize();
        int[] characters = text.codePoints().toArray();
        DocumentFonts[] fonts = new DocumentFonts[characters.length];
        float natural = 0;
        int indent = 0;
        while (indent < characters.length && INDENT.codePointAt(0) == characters[indent]) {
            indent++;
        }
        for (int i = 0; i < characters.length; i++) {
            fonts[i] = i >= indent && i < headEnd ? DocumentFonts.KAITI : font.get();
            natural += fonts[i].advance(characters[i], size);
        }
        // the space is shared between characters, never inside a number or a Latin word (2024, 12.5%, OFD)
        int gaps = 0;
        for (int i = indent + 1; i < characters.length; i++) {
            if (!joined(characters[i - 1], characters[i]) || fonts[i - 1] != fonts[i]) {
                gaps++;
            }
        }
        float missing = line.getWidth() - natural;
        if (headEnd == 0 && (missing <= TOLERANCE || gaps < 1)) {
            return List.of(line);
        }
        // spread to the edge; a heading's line may also need to close up (楷体 is a little wider than the grid)
        float extra = justified && gaps > 0 && (missing > TOLERANCE || missing < 0) ? missing / gaps : 0;
        List<JRPrintElement> pieces = new ArrayList<>();
        float x = line.getX();
        for (int i = 0; i < indent; i++) {
            x += fonts[i].advance(characters[i], size);
        }
        for (int i = indent; i < characters.length; ) {
            // a run of characters kept together (one character, or a number or a Latin word) is one piece
            int end = i + 1;
            float advance = fonts[i].advance(characters[i], size);
            while (end < characters.length && joined(characters[end - 1], characters[end])
                    && fonts[end] == fonts[i]) {
                advance += fonts[end].advance(characters[end], size);
                end++;
            }
            pieces.add(piece(print, line, new String(characters, i, end - i), fonts[i].family(), x, advance));
            x += advance + extra;
            i = end;
        }
        return pieces;
    }

    /** Whether two characters stay together when a line is spread: both of a number or a Latin word. */
    private static boolean joined(int before, int after) {
        return narrow(before) && narrow(after);
    }

    private static boolean narrow(int c) {
        return c < 0x0250 && !Character.isWhitespace(c);
    }

    /** A piece of a line set on its own, where the line's text would be, at {@code x}: as the line, in that font. */
    static JRBasePrintText piece(JasperPrint print, JRPrintText line, String character, String fontName, float x,
                                 float advance) {
        JRBasePrintText piece = new JRBasePrintText(print.getDefaultStyleProvider());
        piece.setStyle(line.getStyle());
        piece.setKey("justified");
        piece.setMode(ModeEnum.TRANSPARENT);
        piece.setX(Math.round(x));
        piece.setY(line.getY());
        // a little wider than the character, so that no rounding makes the report wrap it
        piece.setWidth((int) Math.ceil(advance) + 2);
        piece.setHeight(line.getHeight());
        piece.setForecolor(line.getForecolor());
        piece.setFontName(fontName);
        piece.setFontSize(line.getFontSize());
        piece.setHorizontalTextAlign(HorizontalTextAlignEnum.LEFT);
        piece.setText(character);
        piece.setTextHeight(line.getTextHeight());
        piece.setLeadingOffset(line.getLeadingOffset());
        piece.setLineSpacingFactor(line.getLineSpacingFactor());
        return piece;
    }
}
