package org.kesudesk.documents;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.base.JRBasePrintLine;
import net.sf.jasperreports.engine.type.LineDirectionEnum;

/**
 * A 函 in GB/T 9704's 信函格式 (10.1), set on a notice's filled pages: the 发文机关标志 (the issuer's name alone) with its
 * ink's top 30 mm below the paper's top — above the 版心, where no band of the template reaches; a red double line,
 * thick above and thin below, 4 mm under it, and one thin above and thick below 20 mm above the paper's bottom, both
 * 170 mm long and centred on the paper, on the first page only. The 发文字号 is the template's LETTERHEAD row, 顶格 at
 * the 版心's right edge 7/8 of a 3号 character under the upper line ({@link #docNumberPadding}); the title follows
 * 空二行; the template leaves page 1 without its number. The 版记 ({@link #colophon}) is 抄送 alone, without rules,
 * on the 版心's last lines.
 */
final class LetterFormat {

    /** Points to the millimetre. */
    private static final float MM = 72f / 25.4f;
    /** The paper, A4, in points (the templates'). */
    private static final int PAGE_WIDTH = 595;
    private static final int PAGE_HEIGHT = 842;
    /** The templates' top margin: where the first band starts on the page. */
    private static final int TOP_MARGIN = 102;
    /** The 标志's ink's top, from the paper's top. */
    static final float MASTHEAD_TOP = 30 * MM;
    /** From the 标志's ink to the upper double line. */
    private static final float RULE_GAP = 4 * MM;
    /** The double lines' length. */
    static final float RULE_LENGTH = 170 * MM;
    /** The lower double line's bottom edge, from the paper's bottom. */
    static final float LOWER_RULE = 20 * MM;
    /** A double line's two strokes and the space between them, in points. */
    static final float THICK = 2f;
    static final float THIN = 0.75f;
    private static final int APART = 1;
    /** The 发文字号's characters under the double line: 7/8 of a 3号 (16 pt) character's height. */
    static final float DOC_NUMBER_GAP = DocumentFonts.TEXT_SIZE * 7 / 8;
    /**
     * How far below its box's top a 3号 line of the grid (29 pt, 仿宋) has its characters' top: measured on the
     * rendered page (LetterFormatTest).
     */
    private static final float GRID_LINE_INK = 4.75f;
    /** The key of the elements whose place this sets. */
    private static final String MASTHEAD = "masthead";
    private static final Color RED = new Color(0xE6, 0x00, 0x12);

    private LetterFormat() {
    }

    /** The 标志's size: as large as fits the 版心 on one line, at most 初号 (as a 文件's). */
    static float mastheadSize(NoticeHeader header) {
        return DocumentFonts.mastheadSize(header.masthead());
    }

    /** Where the upper double line starts, from the paper's top: 4 mm under the 标志's ink. */
    private static int upperRule(NoticeHeader header) {
        float ink = DocumentFonts.mastheadInkHeight(header.masthead(), mastheadSize(header));
        return Math.round(MASTHEAD_TOP + ink + RULE_GAP);
    }

    /** The LETTERHEAD row's top padding: its 发文字号's characters 7/8 of a character under the double line. */
    static int docNumberPadding(NoticeHeader header) {
        float below = upperRule(header) + THICK + APART + THIN + DOC_NUMBER_GAP;
        return Math.max(0, Math.round(below - TOP_MARGIN - GRID_LINE_INK));
    }

    /**
     * The first page's 标志 (the template's background element keyed {@value #MASTHEAD}) moved to its place above
     * the 版心, and the two double lines drawn.
     */
    static void head(JasperPrint print, NoticeHeader header) {
        if (print.getPages().isEmpty()) {
            return;
        }
        JRPrintPage first = print.getPages().get(0);
        float size = mastheadSize(header);
        boolean found = false;
        for (JRPrintElement element : first.getElements()) {
            if (MASTHEAD.equals(element.getKey())) {
                element.setY(Math.round(MASTHEAD_TOP - DocumentFonts.mastheadInkOffset(header.masthead(), size)));
                found = true;
            }
        }
        if (!found) {
            // a document without a 版头 (a unit's list)
            return;
        }
        int upper = upperRule(header);
        first.addElement(stroke(print, upper, THICK));
        first.addElement(stroke(print, upper + Math.round(THICK) + APART, THIN));
        int lowerThick = Math.round(PAGE_HEIGHT - LOWER_RULE - THICK);
        first.addElement(stroke(print, lowerThick, THICK));
        first.addElement(stroke(print, lowerThick - APART - 1, THIN));
    }

    /** A red stroke as long as the double lines, centred on the paper, its ink from {@code y} down by its width. */
    private static JRBasePrintLine stroke(JasperPrint print, int y, float width) {
        JRBasePrintLine line = new JRBasePrintLine(print.getDefaultStyleProvider());
        line.setKey("letterRule");
        line.setX(Math.round((PAGE_WIDTH - RULE_LENGTH) / 2));
        line.setY(y);
        line.setWidth(Math.round(RULE_LENGTH));
        line.setHeight(1);
        line.setDirection(LineDirectionEnum.TOP_DOWN);
        line.setForecolor(RED);
        line.getLinePen().setLineWidth(width);
        line.getLinePen().setLineColor(RED);
        return line;
    }

    /**
     * The 版记 of a 函 on the document's last page: its 抄送 alone, without the rules, 印发机关 and 印发日期 of a
     * 文件's, moved down to the 版心's last line (a 抄送 of two lines, its last two).
     */
    static void colophon(JasperPrint print) {
        if (print.getPages().isEmpty()) {
            return;
        }
        JRPrintPage last = print.getPages().get(print.getPages().size() - 1);
        List<JRPrintElement> kept = new ArrayList<>(last.getElements().size());
        for (JRPrintElement element : last.getElements()) {
            String key = element.getKey();
            if (ColophonPage.RULE.equals(key) || ColophonPage.PRINTED.equals(key)) {
                continue;
            }
            if (ColophonPage.COPIED_TO.equals(key)) {
                // one grid line lower: where the 印发 line was
                element.setY(element.getY() + 29);
            }
            kept.add(element);
        }
        last.setElements(kept);
    }
}
