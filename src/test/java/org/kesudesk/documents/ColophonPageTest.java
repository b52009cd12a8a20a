package org.kesudesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.base.JRBasePrintLine;
import net.sf.jasperreports.engine.base.JRBasePrintPage;
import net.sf.jasperreports.engine.base.JRBasePrintText;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.PlanDocument;

/**
 * The 版记 on the document's last face, an even page (GB/T 9704 7.4.1, printed on both sides): moved to a page of
 * its own after an odd last page, numbered as even pages are; a blank page before it, neither numbered (7.5).
 */
class ColophonPageTest {

    private static PlanDocument plan;

    @TempDir
    Path folder;

    @BeforeAll
    static void readTheSample() throws IOException {
        plan = RenderedPdf.sample();
    }

    @Test
    void theSamplesNotice_hasItsColophonOnAnEvenPage_alone_numberedAtTheLeft() throws IOException {
        NoticeHeader header = NoticeHeader.of(plan.plan());
        Path pdf = folder.resolve("notice.pdf");
        new DocumentRenderer().render(DocumentKind.NOTICE, plan, header, Optional.empty()).save(pdf,
                OutputFormat.PDF);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int pages = document.getNumberOfPages();
            assertThat(pages % 2).as("the 版记's page even").isZero();
            String last = text(document, pages);
            String before = text(document, pages - 1);
            assertThat(last).contains("抄送").contains(header.printedDate());
            assertThat(before).doesNotContain("抄送").doesNotContain(header.printedDate());
            // the sample's plan ends on the page before: its last task's units there, nothing of the plan after
            assertThat(before).contains("市科协");
            assertThat(last.replaceAll("\\s", "")).doesNotContain("市科协）");
            List<List<TextPosition>> lines = RenderedPdf.baselines(document, pages, glyph -> true);
            List<TextPosition> number = lines.get(lines.size() - 1);
            assertThat(RenderedPdf.text(number)).isEqualTo("— " + pages + " —");
            assertThat(number.get(0).getXDirAdj()).as("an even page's number at the left").isLessThan(150f);
            assertThat(before).contains("— " + (pages - 1) + " —");
        }
    }

    @Test
    void aNoticeWithoutColophon_getsNoPageForIt() throws IOException {
        NoticeHeader sample = NoticeHeader.of(plan.plan());
        NoticeHeader none = new NoticeHeader(sample.masthead(), sample.docNumber(), sample.title(),
                sample.addressees(), sample.noticeBody(), sample.signature(), sample.date(), "", "", "", "");
        assertThat(none.hasColophon()).isFalse();
        RenderedDocument with = new DocumentRenderer().render(DocumentKind.NOTICE, plan, sample, Optional.empty());
        RenderedDocument without = new DocumentRenderer().render(DocumentKind.NOTICE, plan, none, Optional.empty());
        // the sample's text ends on an odd page, its 版记 on the page after (the test above)
        assertThat(with.pageCount() % 2).isZero();
        assertThat(without.pageCount()).as("the text's pages alone, the last odd").isEqualTo(with.pageCount() - 1);
    }

    @Test
    void anOddPageWithText_givesTheColophonThePageAfter_numbered() {
        JasperPrint print = new JasperPrint();
        JRBasePrintPage page = new JRBasePrintPage();
        page.addElement(text(print, "line", "正文最后一行", 100, HorizontalTextAlignEnum.LEFT));
        page.addElement(rule(print, 700));
        page.addElement(text(print, "colophonCopiedTo", "抄送：市科协。", 680, HorizontalTextAlignEnum.LEFT));
        page.addElement(text(print, "pageNumber", "— 1 —", 760, HorizontalTextAlignEnum.RIGHT));
        print.addPage(page);

        ColophonPage.onEvenPage(print);

        assertThat(print.getPages()).hasSize(2);
        assertThat(keys(print, 0)).containsExactly("line", "pageNumber");
        assertThat(keys(print, 1)).containsExactlyInAnyOrder("colophonRule", "colophonCopiedTo", "pageNumber");
        JRPrintText number = (JRPrintText) print.getPages().get(1).getElements().stream()
                .filter(e -> "pageNumber".equals(e.getKey())).findFirst().orElseThrow();
        assertThat(number.getFullText()).isEqualTo("— 2 —");
        assertThat(number.getHorizontalTextAlign()).isEqualTo(HorizontalTextAlignEnum.LEFT);
        assertThat(number.getParagraph().getLeftIndent()).isEqualTo(14);
        assertThat(number.getY()).isEqualTo(760);
    }

    @Test
    void anOddPageWithTheColophonAlone_isLeftBlank_andNeitherPageNumbered() {
        JasperPrint print = new JasperPrint();
        JRBasePrintPage text = new JRBasePrintPage();
        text.addElement(text(print, "line", "正文最后一行", 100, HorizontalTextAlignEnum.LEFT));
        print.addPage(text);
        print.addPage(new JRBasePrintPage());
        JRBasePrintPage alone = new JRBasePrintPage();
        alone.addElement(rule(print, 700));
        alone.addElement(text(print, "colophonPrinted", "2022年4月25日印发", 700, HorizontalTextAlignEnum.RIGHT));
        alone.addElement(text(print, "pageNumber", "— 3 —", 760, HorizontalTextAlignEnum.RIGHT));
        print.addPage(alone);

        ColophonPage.onEvenPage(print);

        assertThat(print.getPages()).hasSize(4);
        assertThat(print.getPages().get(2).getElements()).as("blank, unnumbered").isEmpty();
        assertThat(keys(print, 3)).containsExactlyInAnyOrder("colophonRule", "colophonPrinted");
    }

    @Test
    void anEvenPage_orAPageWithoutColophon_isLeftAsItIs() {
        JasperPrint even = new JasperPrint();
        even.addPage(new JRBasePrintPage());
        JRBasePrintPage second = new JRBasePrintPage();
        second.addElement(rule(even, 700));
        even.addPage(second);
        ColophonPage.onEvenPage(even);
        assertThat(even.getPages()).hasSize(2);
        assertThat(keys(even, 1)).containsExactly("colophonRule");

        JasperPrint none = new JasperPrint();
        JRBasePrintPage only = new JRBasePrintPage();
        only.addElement(text(none, "pageNumber", "— 1 —", 760, HorizontalTextAlignEnum.RIGHT));
        none.addPage(only);
        ColophonPage.onEvenPage(none);
        assertThat(none.getPages()).hasSize(1);
    }

    private static JRBasePrintText text(JasperPrint print, String key, String text, int y,
                                        HorizontalTextAlignEnum align) {
        JRBasePrintText element = new JRBasePrintText(print.getDefaultStyleProvider());
        element.setKey(key);
        element.setX(80);
        element.setY(y);
        element.setWidth(442);
        element.setHeight(20);
        element.setHorizontalTextAlign(align);
        element.getParagraph().setRightIndent(align == HorizontalTextAlignEnum.RIGHT ? 14 : 0);
        element.setText(text);
        return element;
    }

    private static JRBasePrintLine rule(JasperPrint print, int y) {
        JRBasePrintLine line = new JRBasePrintLine(print.getDefaultStyleProvider());
        line.setKey("colophonRule");
        line.setX(80);
        line.setY(y);
        line.setWidth(442);
        line.setHeight(1);
        return line;
    }

    private static List<String> keys(JasperPrint print, int page) {
        return print.getPages().get(page).getElements().stream().map(JRPrintElement::getKey).toList();
    }

    private static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }
}
