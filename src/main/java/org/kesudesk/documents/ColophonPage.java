package org.kesudesk.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.base.JRBasePrintPage;
import net.sf.jasperreports.engine.base.JRBasePrintText;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;

/**
 * The 版记 on the document's last face: GB/T 9704 prints on both sides of the paper (6.2) and sets the 版记's last
 * rule on the 版心's bottom edge of the document's 最后一面 (7.4.1) — the back of the last sheet, an even page. A
 * document whose 版记 falls on an odd page gets one page more, the 版记 moved there alone, numbered as even pages
 * are; where the odd page held nothing but the 版记 (the report put it on a page of its own), that page is left
 * blank, and neither it nor the 版记's page is numbered (7.5). The templates key the 版记's elements and the last
 * page's number.
 */
final class ColophonPage {

    /** The keys of the 版记's elements in the templates: its rules, its 印发 line, its 抄送. */
    static final String RULE = "colophonRule";
    static final String PRINTED = "colophonPrinted";
    static final String COPIED_TO = "colophonCopiedTo";
    private static final Set<String> COLOPHON = Set.of(RULE, PRINTED, COPIED_TO);
    /** The key of the last page's number in the templates. */
    private static final String PAGE_NUMBER = "pageNumber";
    /** An even page's number, 左空一字: 14 pt of 4号. */
    private static final int NUMBER_INDENT = 14;

    private ColophonPage() {
    }

    /** Moves the 版记 to an even page if it is on an odd one. */
    static void onEvenPage(JasperPrint print) {
        List<JRPrintPage> pages = print.getPages();
        if (pages.size() % 2 == 0) {
            return;
        }
        JRPrintPage last = pages.get(pages.size() - 1);
        List<JRPrintElement> colophon = new ArrayList<>();
        List<JRPrintElement> rest = new ArrayList<>();
        JRPrintText number = null;
        for (JRPrintElement element : last.getElements()) {
            if (element.getKey() != null && COLOPHON.contains(element.getKey())) {
                colophon.add(element);
            } else {
                rest.add(element);
                if (PAGE_NUMBER.equals(element.getKey()) && element instanceof JRPrintText text) {
                    number = text;
                }
            }
        }
        if (colophon.isEmpty()) {
            return;
        }
        JRPrintText odd = number;
        boolean alone = rest.stream().allMatch(element -> element == odd);
        JRBasePrintPage back = new JRBasePrintPage();
        colophon.forEach(back::addElement);
        if (alone) {
            // a blank page before the 版记's: neither numbered
            rest.clear();
        } else if (number != null) {
            back.addElement(evenNumber(print, number, pages.size() + 1));
        }
        last.setElements(rest);
        print.addPage(back);
    }

    /** The page number of an even page, as the templates set it: "— N —" at the left, 左空一字. */
    private static JRPrintText evenNumber(JasperPrint print, JRPrintText odd, int page) {
        JRBasePrintText number = new JRBasePrintText(print.getDefaultStyleProvider());
        number.setStyle(odd.getStyle());
        number.setKey(PAGE_NUMBER);
        number.setMode(odd.getMode());
        number.setX(odd.getX());
        number.setY(odd.getY());
        number.setWidth(odd.getWidth());
        number.setHeight(odd.getHeight());
        number.setForecolor(odd.getForecolor());
        number.setFontName(odd.getFontName());
        number.setFontSize(odd.getFontSize());
        number.setVerticalTextAlign(odd.getVerticalTextAlign());
        number.setHorizontalTextAlign(HorizontalTextAlignEnum.LEFT);
        number.copyParagraph(odd.getParagraph());
        number.getParagraph().setRightIndent(0);
        number.getParagraph().setLeftIndent(NUMBER_INDENT);
        number.setText("— " + page + " —");
        number.setTextHeight(odd.getTextHeight());
        number.setLeadingOffset(odd.getLeadingOffset());
        number.setLineSpacingFactor(odd.getLineSpacingFactor());
        return number;
    }
}
