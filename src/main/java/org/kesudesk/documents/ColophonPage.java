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
import net.sf.jasperreports.engine.type.VerticalTextAlignEnum;

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

    /**
     * Sets each line of the 版记 that the template shrank to fit (a long 印发机关 or 抄送, ScaleFont) on the baseline it
     * would have had at the 版记's size — the date's beside it: JasperReports sets a shrunk text's line higher
     * ({@link DocumentFonts#firstBaseline}). Its text is aligned to its bottom, that far above it.
     */
    static void shrunkLinesOnTheirBaseline(JasperPrint print) {
        for (JRPrintPage page : print.getPages()) {
            List<JRPrintElement> elements = new ArrayList<>(page.getElements());
            boolean changed = false;
            for (int i = 0; i < elements.size(); i++) {
                if (elements.get(i) instanceof JRPrintText text && (PRINTED.equals(text.getKey())
                        || COPIED_TO.equals(text.getKey())) && text.getFontSize() < DocumentFonts.COLOPHON_SIZE) {
                    DocumentFonts font = DocumentFonts.named(text.getFontName()).orElse(DocumentFonts.FANGSONG);
                    float lower = font.firstBaseline(DocumentFonts.COLOPHON_SIZE) - font.firstBaseline(text.getFontSize());
                    if (lower > 0 && lower < text.getHeight() - text.getTextHeight()) {
                        // the filled text's alignment is its template's: set anew, as it was, aligned to its bottom
                        JRBasePrintText lowered = copy(print, text);
                        lowered.setText(text.getFullText());
                        lowered.setVerticalTextAlign(VerticalTextAlignEnum.BOTTOM);
                        lowered.setTextHeight(text.getHeight() - lower);
                        elements.set(i, lowered);
                        changed = true;
                    }
                }
            }
            if (changed) {
                page.setElements(elements);
            }
        }
    }

    /** The 版记's line pitch: the 29 pt grid. */
    private static final int LINE = 29;

    /** Where the templates set a list's later line: after its 左空一字 and the three characters of 抄送：. */
    private static final int HANGING_X = 56;

    /**
     * The 版记's lists (主送 where it goes there, 抄送) past the lines the templates set (GB/T 9704 7.4.2 lets a list
     * run on, each line under its first name; a list after another starts a line with its label): the 版记 grows
     * upwards from its last rule by a line for each, the lines added under the last set, as they are set. Where the
     * last page's text leaves no room for them, the 版记 goes on to a page of its own (numbered if even;
     * {@link #onEvenPage} then sees to its side).
     */
    static void longCopiedTo(JasperPrint print, List<DocumentRows.ColophonLine> more) {
        List<JRPrintPage> pages = print.getPages();
        if (more.isEmpty() || pages.isEmpty()) {
            return;
        }
        JRPrintPage last = pages.get(pages.size() - 1);
        List<JRPrintElement> colophon = new ArrayList<>();
        List<JRPrintText> copiedTo = new ArrayList<>();
        List<JRPrintElement> rest = new ArrayList<>();
        for (JRPrintElement element : last.getElements()) {
            if (element.getKey() != null && COLOPHON.contains(element.getKey())) {
                colophon.add(element);
                if (COPIED_TO.equals(element.getKey()) && element instanceof JRPrintText text) {
                    copiedTo.add(text);
                }
            } else if (!PAGE_NUMBER.equals(element.getKey())) {
                rest.add(element);
            }
        }
        if (copiedTo.isEmpty()) {
            return;
        }
        copiedTo.sort(java.util.Comparator.comparingInt(JRPrintElement::getY));
        // the first line (its label, 左空一字) and, if the template set one, a later line hanging under its names
        JRPrintText first = copiedTo.get(0);
        JRPrintText hanging = copiedTo.size() > 1 ? copiedTo.get(1) : null;
        int shift = LINE * more.size();
        int lastY = copiedTo.get(copiedTo.size() - 1).getY();
        // the lists' lines and the rule above them move up; the thin rule, the 印发 line and the last rule stay
        for (JRPrintElement element : colophon) {
            if (element.getY() <= lastY) {
                element.setY(element.getY() - shift);
            }
        }
        for (int i = 0; i < more.size(); i++) {
            DocumentRows.ColophonLine added = more.get(i);
            JRBasePrintText line = added.labelled() ? copy(print, first)
                    : hanging != null ? copy(print, hanging) : hangingUnder(print, first);
            line.setY(lastY - shift + LINE * (i + 1));
            line.setText(added.text());
            last.addElement(line);
            colophon.add(line);
        }
        int top = colophon.stream().mapToInt(JRPrintElement::getY).min().orElse(0);
        int bottom = colophon.stream().mapToInt(element -> element.getY() + element.getHeight()).max().orElse(0);
        // what the page has between the 版记's new top and its last rule (not what lies under the 版心: a 函's lines)
        boolean crowded = rest.stream()
                .anyMatch(element -> element.getY() < bottom && element.getY() + element.getHeight() > top);
        if (crowded) {
            // a page of its own: the last page keeps its text and number
            List<JRPrintElement> kept = new ArrayList<>(last.getElements());
            kept.removeAll(colophon);
            last.setElements(kept);
            JRBasePrintPage own = new JRBasePrintPage();
            colophon.forEach(own::addElement);
            JRPrintText number = (JRPrintText) kept.stream().filter(e -> PAGE_NUMBER.equals(e.getKey())
                    && e instanceof JRPrintText).findFirst().orElse(null);
            if (number != null && (pages.size() + 1) % 2 == 0) {
                own.addElement(evenNumber(print, number, pages.size() + 1));
            }
            print.addPage(own);
        }
    }

    /** A list's later line, as the templates set one, made from its first line's element. */
    private static JRBasePrintText hangingUnder(JasperPrint print, JRPrintText first) {
        JRBasePrintText line = copy(print, first);
        line.setX(first.getX() + HANGING_X);
        line.setWidth(first.getWidth() - HANGING_X - NUMBER_INDENT);
        if (line.getParagraph() instanceof net.sf.jasperreports.engine.base.JRBaseParagraph paragraph) {
            paragraph.setLeftIndent(0);
            paragraph.setRightIndent(0);
        }
        return line;
    }

    /** A text element set as another is, its text to be given. */
    private static JRBasePrintText copy(JasperPrint print, JRPrintText like) {
        JRBasePrintText text = new JRBasePrintText(print.getDefaultStyleProvider());
        text.setStyle(like.getStyle());
        text.setKey(like.getKey());
        text.setMode(like.getMode());
        text.setX(like.getX());
        text.setY(like.getY());
        text.setWidth(like.getWidth());
        text.setHeight(like.getHeight());
        text.setForecolor(like.getForecolor());
        text.setFontName(like.getFontName());
        text.setFontSize(like.getFontSize());
        text.setVerticalTextAlign(like.getVerticalTextAlign());
        text.setHorizontalTextAlign(like.getHorizontalTextAlign());
        text.copyParagraph(like.getParagraph());
        text.setTextHeight(like.getTextHeight());
        text.setLeadingOffset(like.getLeadingOffset());
        text.setLineSpacingFactor(like.getLineSpacingFactor());
        return text;
    }

    /** The page number of an even page, as the templates set it: "— N —" at the left, 左空一字. */
    private static JRPrintText evenNumber(JasperPrint print, JRPrintText odd, int page) {
        JRBasePrintText number = copy(print, odd);
        number.setKey(PAGE_NUMBER);
        number.setHorizontalTextAlign(HorizontalTextAlignEnum.LEFT);
        number.getParagraph().setRightIndent(0);
        number.getParagraph().setLeftIndent(NUMBER_INDENT);
        number.setText("— " + page + " —");
        return number;
    }
}
