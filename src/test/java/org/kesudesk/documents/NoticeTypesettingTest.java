package org.kesudesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.PlanDocument;

/**
 * The notice read back from its PDF as a 文秘 checks it by eye (GB/T 9704 and the Chinese line-breaking rules): lines
 * are gathered from the glyphs' positions (PDFBox), the 版头 is measured on the page drawn as an image.
 */
class NoticeTypesettingTest {

    private static final float MM = 72f / 25.4f;
    /** The 版心's edges: 28 mm from the left, 156 mm wide. */
    private static final float LEFT = 28 * MM;
    private static final float RIGHT = (28 + 156) * MM;
    private static final String NO_LINE_START = "，。、：；！？）》」』”’…％";
    private static final String NO_LINE_END = "（《「『“‘";

    @TempDir
    static Path folder;
    private static List<List<Line>> pages;
    private static Path pdf;

    /** A line of text as printed: its characters in order, where it starts and ends, its baseline and size. */
    record Line(String text, float left, float right, float baseline, float size) {
        boolean body() {
            return Math.abs(size - 16) < 0.6f;
        }
    }

    @BeforeAll
    static void renderTheSampleNotice() throws IOException {
        pdf = RenderedPdf.render(DocumentKind.NOTICE, RenderedPdf.sample(), folder);
        pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                pages.add(lines(document, page));
            }
        }
    }

    @Test
    void noLineStartsWithAClosingMark_andNoneEndsWithAnOpeningOne() {
        List<String> wrong = new ArrayList<>();
        for (List<Line> page : pages) {
            for (Line line : page) {
                String text = line.text().strip();
                if (text.isEmpty() || text.matches("—\\s*\\d+\\s*—")) {
                    continue;
                }
                if (NO_LINE_START.indexOf(text.charAt(0)) >= 0 || NO_LINE_END.indexOf(text.charAt(text.length() - 1)) >= 0) {
                    wrong.add(text);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void noNumberIsBrokenAcrossTwoLines() {
        List<String> broken = new ArrayList<>();
        for (List<Line> page : pages) {
            for (int i = 0; i + 1 < page.size(); i++) {
                String above = page.get(i).text().strip();
                String below = page.get(i + 1).text().strip();
                if (above.matches(".*\\d[-.]?") && below.matches("[-.]?\\d.*")) {
                    broken.add(above + " | " + below);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void theSignatureAndItsDate_areOnOnePage_withTextOfTheNoticeAboveThem() {
        int datePage = -1;
        int dateLine = -1;
        for (int p = 0; p < pages.size() && datePage < 0; p++) {
            for (int i = 0; i < pages.get(p).size(); i++) {
                Line line = pages.get(p).get(i);
                if (line.text().strip().equals("2022年4月25日") && line.left() > 200) {
                    datePage = p;
                    dateLine = i;
                    break;
                }
            }
        }
        assertThat(datePage).as("成文日期 found").isNotNegative();
        List<Line> page = pages.get(datePage);
        assertThat(page.get(dateLine - 1).text().strip()).isEqualTo("齐齐哈尔市人民政府办公室");
        // a line of the notice's text on the same page, left of the signature
        assertThat(page.subList(0, dateLine - 1)).anyMatch(line -> line.body() && line.left() < LEFT + 40);
    }

    @Test
    void withTheDivisionAttached_theAttachmentNoteAndTheSignature_areOnAPageWithTextOfTheNotice() throws IOException {
        // the sample's notice fills its first page but for three lines: the 附件说明 (空一行 above it) and the 署名
        // (空一行 above it) and the date do not fit there, and take the text's last line with them
        PlanDocument plan = RenderedPdf.sample();
        Path attached = folder.resolve("notice-with-division.pdf");
        new DocumentRenderer().render(DocumentKind.NOTICE, plan, NoticeHeader.of(plan.plan()), Optional.empty(), true)
                .save(attached, OutputFormat.PDF);
        try (PDDocument document = Loader.loadPDF(attached.toFile())) {
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                List<Line> page = lines(document, p);
                int note = -1;
                for (int i = 0; i < page.size() && note < 0; i++) {
                    note = page.get(i).text().strip().startsWith("附件：") ? i : -1;
                }
                if (note < 0) {
                    continue;
                }
                List<String> after = page.subList(note, page.size()).stream().map(line -> line.text().strip())
                        .toList();
                assertThat(after).as("page %d", p).contains("齐齐哈尔市人民政府办公室", "2022年4月25日");
                assertThat(page.subList(0, note)).as("text of the notice above the 附件说明 on page %d", p)
                        .anyMatch(line -> line.body() && !line.text().isBlank());
                return;
            }
        }
        throw new AssertionError("no 附件说明 in the notice");
    }

    @Test
    void everyLineAParagraphGoesOnAfter_reachesTheRightEdgeOfTheTextArea() {
        int continued = 0;
        List<String> short_ = new ArrayList<>();
        for (List<Line> page : pages) {
            for (int i = 0; i + 1 < page.size(); i++) {
                Line line = page.get(i);
                Line next = page.get(i + 1);
                boolean nextContinues = next.body() && Math.abs(next.left() - LEFT) < 2
                        && Math.abs(next.baseline() - line.baseline() - 29) < 0.5f;
                if (line.body() && line.left() < LEFT + 40 && nextContinues) {
                    continued++;
                    if (RIGHT - line.right() > 0.5f * MM) {
                        short_.add(line.text() + String.format(" (%.1f mm short)", (RIGHT - line.right()) / MM));
                    }
                }
            }
        }
        assertThat(continued).isGreaterThan(200);
        assertThat(short_).isEmpty();
    }

    @Test
    void bodyLinesAreOnOneGridOf29Points_withinAndBetweenParagraphs() {
        int gaps = 0;
        List<String> off = new ArrayList<>();
        for (int p = 1; p < pages.size(); p++) {
            List<Line> body = pages.get(p).stream().filter(Line::body).toList();
            for (int i = 0; i + 1 < body.size(); i++) {
                float gap = body.get(i + 1).baseline() - body.get(i).baseline();
                gaps++;
                if (Math.abs(gap / 29 - Math.round(gap / 29)) * 29 > 0.5f) {
                    off.add(String.format("page %d: %.1f pt before %s", p + 1, gap, body.get(i + 1).text()));
                }
            }
            // a full page holds 22 lines of the grid
            assertThat(body.size()).as("page %d", p + 1).isLessThanOrEqualTo(22);
        }
        assertThat(gaps).isGreaterThan(300);
        assertThat(off).isEmpty();
    }

    @Test
    void theTitlesBreakBetweenWords() {
        List<String> titleLines = pages.get(0).stream().filter(line -> Math.abs(line.size() - 22) < 0.6f)
                .map(line -> line.text().replaceAll("\\s", "")).toList();
        assertThat(titleLines).containsExactly("齐齐哈尔市人民政府办公室关于", "印发齐齐哈尔市全民科学素质行动规划纲要",
                "实施方案（2021-2025年）的通知");
        List<String> planTitle = pages.get(1).stream().filter(line -> Math.abs(line.size() - 22) < 0.6f)
                .map(line -> line.text().replaceAll("\\s", "")).toList();
        assertThat(planTitle).containsExactly("齐齐哈尔市全民科学素质行动规划纲要", "实施方案（2021-2025年）");
    }

    @Test
    void theMastheadStarts35mmBelowTheTopOfTheTextArea_andTheRedRuleIs4mmUnderTheDocumentNumber()
            throws IOException {
        BufferedImage page;
        float scale = 150 / 72f;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            page = new PDFRenderer(document).renderImage(0, scale);
        }
        int firstRed = -1;
        int ruleTop = -1;
        for (int y = 0; y < page.getHeight() / 2; y++) {
            int red = 0;
            for (int x = 0; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y);
                if ((rgb >> 16 & 0xFF) > 170 && (rgb >> 8 & 0xFF) < 100 && (rgb & 0xFF) < 100) {
                    red++;
                }
            }
            if (red > 3 && firstRed < 0) {
                firstRed = y;
            }
            if (red > page.getWidth() * 0.5 && ruleTop < 0) {
                ruleTop = y;
            }
        }
        float mmPerPixel = 25.4f / 150;
        assertThat(firstRed * mmPerPixel).as("masthead top, mm").isBetween(71f, 73f);
        // the 发文字号's lowest dark pixel above the rule
        int numberBottom = -1;
        for (int y = firstRed; y < ruleTop; y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y);
                if ((rgb >> 16 & 0xFF) < 110 && (rgb >> 8 & 0xFF) < 110 && (rgb & 0xFF) < 110) {
                    numberBottom = y;
                }
            }
        }
        assertThat((ruleTop - numberBottom) * mmPerPixel).as("rule under the 发文字号, mm").isBetween(3f, 5f);
    }

    @Test
    void aRunInHeadingIsSetInKaiti_andItsParagraphGoesOnInFangsong() throws IOException {
        StringBuilder fonts = new StringBuilder();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    String name = text.getFont().getName();
                    fonts.append(text.getUnicode()).append(name.contains("Kai") ? 'K' : name.contains("Fang") ? 'F' : '?');
                }
            };
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            stripper.getText(document);
        }
        // each character followed by the letter of its font
        assertThat(fonts.toString()).contains("（K一K）K指K导K思K想K。K以F习F近F平F");
    }

    @Test
    void thePageNumbersDashLies7mmUnderTheTextArea() throws IOException {
        BufferedImage page;
        float dpi = 300;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            page = new PDFRenderer(document).renderImageWithDPI(1, dpi);
        }
        float mmPerPixel = 25.4f / dpi;
        float textAreaBottom = 37 + 225;
        float dashTop = -1;
        for (int y = Math.round(textAreaBottom / mmPerPixel); y < page.getHeight() && dashTop < 0; y++) {
            // the dash (一字线): a dark stroke at least 3 mm long
            int run = 0;
            for (int x = 0; x < page.getWidth() && dashTop < 0; x++) {
                int rgb = page.getRGB(x, y);
                run = (rgb >> 16 & 0xFF) < 128 && (rgb >> 8 & 0xFF) < 128 && (rgb & 0xFF) < 128 ? run + 1 : 0;
                if (run * mmPerPixel >= 3) {
                    dashTop = y * mmPerPixel;
                }
            }
        }
        assertThat(dashTop - textAreaBottom).as("mm under the 版心").isBetween(6.5f, 7.5f);
    }

    /** The page's lines: its glyphs grouped by baseline, each line's in order from the left. */
    private static List<Line> lines(PDDocument document, int page) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (List<TextPosition> glyphs : RenderedPdf.baselines(document, page, glyph -> true)) {
            // where the ink starts: an indent (全角空格) is no part of it
            TextPosition first = glyphs.stream().filter(glyph -> !glyph.getUnicode().isBlank()).findFirst()
                    .orElse(glyphs.get(0));
            TextPosition last = glyphs.get(glyphs.size() - 1);
            lines.add(new Line(RenderedPdf.text(glyphs), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                    first.getYDirAdj(), first.getFontSizeInPt()));
        }
        return lines;
    }
}
