package org.kesudesk.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.base.JRBasePrintText;
import org.kesudesk.model.IssuingOrgans;

/**
 * The 发文机关标志 of a notice issued jointly (GB/T 9704 7.2.4: the 主办机关 first, 文件 to the right of the names,
 * centred on them top to bottom): the organs' names stacked in order, each spread to the width of the longest
 * (分散对齐), 文件 half a character to their right; the block centred on the 版心 and as large as fits its width (at most
 * 初号), its first line's ink where one organ's 标志 has its ink, 35 mm below the 版心's top.
 *
 * @param organs the organs, in order (two or more)
 * @param word   文件, or nothing for a 标志 written without it
 * @param size   the size of every line, in points
 */
record JointMasthead(List<String> organs, String word, float size) {

    /** The word after the organs' names in a 标志. */
    static final String WORD = "文件";
    /** The key of the 标志's element in the notice's template. */
    static final String KEY = "masthead";

    JointMasthead {
        organs = List.copyOf(organs);
    }

    /** The joint 标志 a masthead's text names, if it names two organs or more. */
    static Optional<JointMasthead> of(String masthead) {
        String names = masthead.strip();
        String word = names.endsWith(WORD) ? WORD : "";
        List<String> organs = IssuingOrgans.of(names.substring(0, names.length() - word.length()));
        if (organs.size() < 2) {
            return Optional.empty();
        }
        // as wide at 1 pt as the block is, its size the one a line that wide takes
        float atOne = new JointMasthead(organs, word, 1f).width();
        return Optional.of(new JointMasthead(organs, word, DocumentFonts.mastheadSize(atOne)));
    }

    /** Between the names and 文件, in ems. */
    private static final float GAP = 0.5f;

    /** From one name's line to the next, in points. */
    float pitch() {
        return Math.round(size * 1.25f);
    }

    /** The names' width: the longest's. */
    float namesWidth() {
        float widest = 0;
        for (String organ : organs) {
            widest = Math.max(widest, DocumentFonts.XIAOBIAOSONG.advance(organ, size));
        }
        return widest;
    }

    /** The block's width: the names, the gap and 文件. */
    float width() {
        return namesWidth() + (word.isEmpty() ? 0 : GAP * size + DocumentFonts.XIAOBIAOSONG.advance(word, size));
    }

    /** The first line: the element the template fills, at the block's size, before it is replaced. */
    String firstLine() {
        return organs.get(0);
    }

    /** How much further down the block's ink ends than its first line's. */
    float depth() {
        return (organs.size() - 1) * pitch();
    }

    /** The characters whose ink the 标志's height is measured on. */
    String inked() {
        return String.join("", organs) + word;
    }

    /**
     * Replaces the template's one-line 标志 (the element keyed {@link #KEY}, holding the first name at the block's
     * size) by the block: each name spread character by character, 文件 centred on them.
     *
     * @param padding the top padding the template gave the element, in points (its ink 21 pt into its box)
     */
    void apply(JasperPrint print, int padding) {
        for (JRPrintPage page : print.getPages()) {
            List<JRPrintElement> elements = new ArrayList<>(page.getElements().size() + 24);
            boolean replaced = false;
            for (JRPrintElement element : page.getElements()) {
                if (!replaced && element instanceof JRPrintText line && KEY.equals(line.getKey())) {
                    elements.addAll(block(print, line, padding));
                    replaced = true;
                } else {
                    elements.add(element);
                }
            }
            if (replaced) {
                page.setElements(elements);
            }
        }
    }

    private List<JRPrintElement> block(JasperPrint print, JRPrintText line, int padding) {
        List<JRPrintElement> pieces = new ArrayList<>();
        float left = line.getX() + (line.getWidth() - width()) / 2;
        float names = namesWidth();
        int top = line.getY() + padding;
        int height = Math.max(1, line.getHeight() - padding);
        for (int i = 0; i < organs.size(); i++) {
            int[] characters = organs.get(i).codePoints().toArray();
            float natural = DocumentFonts.XIAOBIAOSONG.advance(organs.get(i), size);
            float extra = characters.length > 1 ? (names - natural) / (characters.length - 1) : 0;
            float x = left + (characters.length > 1 ? 0 : (names - natural) / 2);
            int y = Math.round(top + i * pitch());
            for (int c : characters) {
                float advance = DocumentFonts.XIAOBIAOSONG.advance(c, size);
                pieces.add(piece(print, line, new String(Character.toChars(c)), x, y, advance, height));
                x += advance + extra;
            }
        }
        if (!word.isEmpty()) {
            float x = left + names + GAP * size;
            int y = Math.round(top + depth() / 2);
            pieces.add(piece(print, line, word, x, y, DocumentFonts.XIAOBIAOSONG.advance(word, size), height));
        }
        return pieces;
    }

    private static JRPrintText piece(JasperPrint print, JRPrintText line, String text, float x, int y,
                                     float advance, int height) {
        JRBasePrintText piece = Justification.piece(print, line, text, line.getFontName(), x, advance);
        piece.setKey("masthead-piece");
        piece.setY(y);
        piece.setHeight(height);
        // the element's own (its style centres the 标志 in its box)
        piece.setVerticalTextAlign(line.getVerticalTextAlign());
        return piece;
    }
}
