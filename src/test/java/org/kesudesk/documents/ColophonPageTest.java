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

    /** A city's 抄送 as long as many are: five lines of the 版记 (GB/T 9704 7.4.2 lets it run on). */
    private static final String LONG_COPIED_TO = "市委各部门，市人大常委会办公室，市政协办公室，市纪委监委机关，市中级人民法院，"
            + "市人民检察院，各人民团体，驻齐各单位，中省直各单位，各新闻单位，齐齐哈尔军分区，武警齐齐哈尔支队，"
            + "各县（市）区委办公室，各县（市）区人大常委会办公室。";

    @Test
    void aCopiedToOfFiveLines_growsTheColophonUpwards_everyLineIn4haoOnTheGrid() throws IOException {
        NoticeHeader sample = NoticeHeader.of(plan.plan());
        NoticeHeader longer = new NoticeHeader(sample.masthead(), sample.docNumber(), sample.title(),
                sample.addressees(), sample.noticeBody(), sample.signature(), sample.date(), "", LONG_COPIED_TO,
                sample.printedBy(), sample.printedDate());
        assertThat(DocumentRows.copiedToLines(LONG_COPIED_TO, "抄送：")).hasSize(5);
        Path pdf = folder.resolve("long.pdf");
        Path usual = folder.resolve("usual.pdf");
        new DocumentRenderer().render(DocumentKind.NOTICE, plan, longer, Optional.empty()).save(pdf, OutputFormat.PDF);
        new DocumentRenderer().render(DocumentKind.NOTICE, plan, sample, Optional.empty()).save(usual,
                OutputFormat.PDF);
        try (PDDocument document = Loader.loadPDF(pdf.toFile()); PDDocument other = Loader.loadPDF(usual.toFile())) {
            int pages = document.getNumberOfPages();
            assertThat(pages % 2).isZero();
            List<List<TextPosition>> lines = RenderedPdf.baselines(document, pages,
                    glyph -> !RenderedPdf.text(List.of(glyph)).isBlank());
            int first = 0;
            while (!RenderedPdf.text(lines.get(first)).startsWith("抄送")) {
                first++;
            }
            List<List<TextPosition>> colophon = lines.subList(first, first + 6);
            StringBuilder names = new StringBuilder();
            for (int i = 0; i < 5; i++) {
                List<TextPosition> line = colophon.get(i);
                names.append(RenderedPdf.text(line));
                assertThat(line).as("line %d in 4号", i + 1)
                        .allSatisfy(glyph -> assertThat(glyph.getFontSizeInPt()).isCloseTo(14f,
                                org.assertj.core.data.Offset.offset(0.1f)));
                assertThat(colophon.get(i + 1).get(0).getYDirAdj() - line.get(0).getYDirAdj())
                        .as("the 29 pt grid").isCloseTo(29f, org.assertj.core.data.Offset.offset(0.5f));
            }
            assertThat(names.toString().replaceAll("\\s", "")).isEqualTo("抄送：" + LONG_COPIED_TO);
            assertThat(RenderedPdf.text(colophon.get(5)).replaceAll("\\s", ""))
                    .isEqualTo(sample.printedBy() + sample.printedDate());
            // the 印发 line, and so the 版记's last rule, where a short 抄送 has them: on the 版心's last line
            List<List<TextPosition>> usualLines = RenderedPdf.baselines(other, other.getNumberOfPages(),
                    glyph -> !RenderedPdf.text(List.of(glyph)).isBlank());
            float usualPrinted = usualLines.stream()
                    .filter(line -> RenderedPdf.text(line).replaceAll("\\s", "").endsWith("印发"))
                    .findFirst().orElseThrow().get(0).getYDirAdj();
            assertThat(colophon.get(5).get(0).getYDirAdj()).isCloseTo(usualPrinted,
                    org.assertj.core.data.Offset.offset(0.5f));
        }
    }

    @Test
    void aCopiedToOfFiveLines_inWord_brokenWhereThePdfBreaksIt_theTablePlacedForThemAll() throws IOException {
        NoticeHeader sample = NoticeHeader.of(plan.plan());
        List<String> expected = DocumentRows.copiedToLines(LONG_COPIED_TO, "抄送：");
        Path docx = folder.resolve("long.docx");
        Path usual = folder.resolve("usual.docx");
        new DocumentRenderer().render(DocumentKind.NOTICE, plan, new NoticeHeader(sample.masthead(),
                sample.docNumber(), sample.title(), sample.addressees(), sample.noticeBody(), sample.signature(),
                sample.date(), "", LONG_COPIED_TO, sample.printedBy(), sample.printedDate()), Optional.empty())
                .save(docx, OutputFormat.DOCX);
        new DocumentRenderer().render(DocumentKind.NOTICE, plan, sample, Optional.empty()).save(usual,
                OutputFormat.DOCX);
        try (var in = java.nio.file.Files.newInputStream(docx);
             var word = new org.apache.poi.xwpf.usermodel.XWPFDocument(in);
             var usualIn = java.nio.file.Files.newInputStream(usual);
             var usualWord = new org.apache.poi.xwpf.usermodel.XWPFDocument(usualIn)) {
            var colophon = word.getTables().get(word.getTables().size() - 1);
            var copied = colophon.getRow(0).getCell(0).getParagraphs().get(0);
            // the lines as the PDF has them, a line break between each
            assertThat(copied.getText().split("\n")).containsExactlyElementsOf(
                    java.util.stream.Stream.concat(java.util.stream.Stream.of("抄送：" + expected.get(0)),
                            expected.stream().skip(1)).toList());
            // placed so that its last rule stays on the 版心's bottom edge: higher by the lines a short one lacks
            var usualColophon = usualWord.getTables().get(usualWord.getTables().size() - 1);
            int usualLines = DocumentRows.copiedToLines(DocumentRows.copiedTo(sample.copiedTo()), "抄送：").size();
            assertThat(((java.math.BigInteger) usualColophon.getCTTbl().getTblPr().getTblpPr().getTblpY()).intValue()
                    - ((java.math.BigInteger) colophon.getCTTbl().getTblPr().getTblpPr().getTblpY()).intValue())
                    .isEqualTo((expected.size() - usualLines) * WordDocuments.LINE_PITCH);
        }
    }

    @Test
    void aCopiedToTooLongForTheLastPagesRoom_takesThePageAfter() {
        JasperPrint print = new JasperPrint();
        print.addPage(new JRBasePrintPage());
        JRBasePrintPage page = new JRBasePrintPage();
        page.addElement(text(print, "line", "正文最后一行", 640, HorizontalTextAlignEnum.LEFT));
        page.addElement(rule(print, 671));
        page.addElement(text(print, "colophonCopiedTo", "抄送：市委各部门，", 671, HorizontalTextAlignEnum.LEFT));
        page.addElement(text(print, "colophonCopiedTo", "市政协办公室，", 700, HorizontalTextAlignEnum.LEFT));
        page.addElement(rule(print, 729));
        page.addElement(text(print, "colophonPrinted", "2022年4月25日印发", 729, HorizontalTextAlignEnum.RIGHT));
        page.addElement(rule(print, 758));
        page.addElement(text(print, "pageNumber", "— 2 —", 771, HorizontalTextAlignEnum.LEFT));
        print.addPage(page);

        ColophonPage.longCopiedTo(print, List.of(new DocumentRows.ColophonLine("各人民团体，", false),
                new DocumentRows.ColophonLine("各新闻单位。", false)));

        // two lines more would reach up to the text's last line (640 + 20 > 671 - 58): a page of its own
        assertThat(print.getPages()).hasSize(3);
        assertThat(keys(print, 1)).containsExactly("line", "pageNumber");
        List<JRPrintText> copiedTo = print.getPages().get(2).getElements().stream()
                .filter(e -> "colophonCopiedTo".equals(e.getKey())).map(JRPrintText.class::cast)
                .sorted(java.util.Comparator.comparingInt(JRPrintElement::getY)).toList();
        assertThat(copiedTo).extracting(JRPrintText::getFullText)
                .containsExactly("抄送：市委各部门，", "市政协办公室，", "各人民团体，", "各新闻单位。");
        assertThat(copiedTo).extracting(JRPrintElement::getY).containsExactly(671 - 58, 700 - 58, 700 - 29, 700);
        // the page after an even one is odd: unnumbered here, onEvenPage gives it its side
        assertThat(keys(print, 2)).doesNotContain("pageNumber");

        // with room for them, they stay on the page
        JasperPrint roomy = new JasperPrint();
        JRBasePrintPage one = new JRBasePrintPage();
        one.addElement(text(roomy, "line", "正文最后一行", 400, HorizontalTextAlignEnum.LEFT));
        one.addElement(rule(roomy, 671));
        one.addElement(text(roomy, "colophonCopiedTo", "抄送：市委各部门，", 671, HorizontalTextAlignEnum.LEFT));
        one.addElement(text(roomy, "colophonCopiedTo", "市政协办公室，", 700, HorizontalTextAlignEnum.LEFT));
        roomy.addPage(one);
        ColophonPage.longCopiedTo(roomy, List.of(new DocumentRows.ColophonLine("各人民团体。", false)));
        assertThat(roomy.getPages()).hasSize(1);
        assertThat(keys(roomy, 0)).containsExactly("line", "colophonRule", "colophonCopiedTo", "colophonCopiedTo",
                "colophonCopiedTo");
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
