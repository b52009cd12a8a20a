package org.kesudesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.NodeKind;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.testsupport.FontWithGlyphs;
import org.kesudesk.testsupport.PlanBuilder;

/**
 * A place named with a character the bundled fonts lack (瀍河区) is drawn in a font of the office's computer that has
 * it — in the PDF, the OFD and the print alike — and only what no font has is left blank and named to the user.
 * The computer's font here is made by the test: a bundled font that also draws 瀍 (as 水); 鄠 is in no font.
 */
class FallbackFontsTest {

    private static final PlanDocument PLAN = new PlanBuilder().section("二", "实施提升行动",
            new PlanBuilder().item(NodeKind.ACTION, "一", "青少年科学素质提升行动", "", List.of("瀍河区教育局"),
                    new PlanBuilder().task("1", "推进科学教育", "在瀍河区和鄠邑区推进科学教育。", List.of("瀍河区科协")))).build();

    @TempDir
    Path folder;

    /** The office's fonts folder, named to the app, holding a font that draws 瀍 as the bundled font draws 水. */
    private Path officeFolderWithTheTestFont() throws IOException {
        Path fonts = Files.createDirectories(folder.resolve("fonts"));
        FontWithGlyphs.write("FandolFangGrid-Regular.otf", Map.of((int) '瀍', (int) '水'),
                fonts.resolve("fang-extra.otf"));
        System.setProperty(FallbackFonts.FOLDERS_PROPERTY, fonts.toString());
        return fonts;
    }

    private static RenderedDocument notice(DocumentRenderer renderer) {
        return renderer.render(DocumentKind.NOTICE, PLAN, NoticeHeader.of(PLAN.plan()), Optional.empty());
    }

    /** The document saved as a PDF and its text read back, without spaces and line breaks. */
    private String pdfText(RenderedDocument document, String fileName) throws IOException {
        Path pdf = folder.resolve(fileName);
        document.save(pdf, OutputFormat.PDF);
        try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(read).replaceAll("\\s", "");
        }
    }

    @AfterEach
    void forgetTheFolder() {
        System.clearProperty(FallbackFonts.FOLDERS_PROPERTY);
    }

    @Test
    void aCharacterTheBundledFontsLack_isDrawnInAFontOfTheOfficesFolder_inThePdfAndTheOfd() throws IOException {
        Path fonts = officeFolderWithTheTestFont();

        RenderedDocument notice = notice(new DocumentRenderer());
        assertThat(notice.missingCharacters()).extracting(RenderedDocument.MissingCharacter::character)
                .containsExactly("鄠");
        assertThat(notice.missingCharactersText().orElseThrow()).contains("“鄠”").doesNotContain("瀍")
                .contains(fonts.toString());

        // drawn: a character no font of the PDF has is not in its text at all
        assertThat(pdfText(notice, "notice.pdf")).contains("在瀍河区和").contains("瀍河区教育局").doesNotContain("鄠");

        Path ofd = folder.resolve("notice.ofd");
        notice.save(ofd, OutputFormat.OFD);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(ofd.toFile())) {
            assertThat(zip.stream().map(java.util.zip.ZipEntry::getName))
                    .anyMatch(name -> name.contains("/Res/") && name.contains("fang-extra"));
        }
        try (org.ofdrw.reader.OFDReader reader = new org.ofdrw.reader.OFDReader(ofd)) {
            assertThat(String.join("", new org.ofdrw.reader.ContentExtractor(reader).extractAll()))
                    .contains("瀍河区");
        }
    }

    /**
     * The preview (and the print, drawn the same way, through AWT) draws the character in that font too: the
     * computer's font here draws 瀍 as the bundled one draws 水, so the page is the page of a plan saying 水河区.
     */
    @Test
    void thePreviewAndThePrint_drawTheCharacterInThatFont() throws IOException {
        PlanDocument water = new PlanBuilder().section("二", "实施提升行动",
                new PlanBuilder().item(NodeKind.ACTION, "一", "青少年科学素质提升行动", "", List.of("水河区教育局"),
                        new PlanBuilder().task("1", "推进科学教育", "在水河区和鄠邑区推进科学教育。",
                                List.of("水河区科协")))).build();
        officeFolderWithTheTestFont();
        DocumentRenderer renderer = new DocumentRenderer();

        int[] expected = renderer.render(DocumentKind.NOTICE, water, NoticeHeader.of(water.plan()), Optional.empty())
                .pagePixels(0, 1f).argb();
        int[] drawn = notice(renderer)
                .pagePixels(0, 1f).argb();

        assertThat(drawn).isEqualTo(expected);
    }

    /**
     * A collection (.ttc, as Windows' 宋体 and Linux desktops' Noto and WenQuanYi fonts come): its font that has the
     * character draws it, the PDF reading that font of the file and the OFD embedding it as a file of its own.
     */
    @Test
    void aFontOfACollection_drawsWhatTheBundledFontsLack() throws IOException {
        Path made = Files.createDirectories(folder.resolve("made"));
        Path plain = made.resolve("plain.otf");
        Files.copy(FallbackFontsTest.class.getResourceAsStream("/fonts/FandolSong-Regular.otf"), plain);
        Path extra = FontWithGlyphs.write("FandolFangGrid-Regular.otf", Map.of((int) '瀍', (int) '水'),
                made.resolve("extra.otf"));
        Path fonts = Files.createDirectories(folder.resolve("fonts"));
        // the font with the character second: the PDF must read the collection's second font, not its first
        FontWithGlyphs.collection(List.of(plain, extra), fonts.resolve("song-and-fang.ttc"));
        System.setProperty(FallbackFonts.FOLDERS_PROPERTY, fonts.toString());

        RenderedDocument notice = notice(new DocumentRenderer());
        assertThat(notice.missingCharacters()).extracting(RenderedDocument.MissingCharacter::character)
                .containsExactly("鄠");
        assertThat(pdfText(notice, "notice.pdf")).contains("在瀍河区和");
        Path ofd = folder.resolve("notice.ofd");
        notice.save(ofd, OutputFormat.OFD);
        try (org.ofdrw.reader.OFDReader reader = new org.ofdrw.reader.OFDReader(ofd)) {
            assertThat(String.join("", new org.ofdrw.reader.ContentExtractor(reader).extractAll())).contains("瀍河区");
        }
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(ofd.toFile())) {
            java.util.zip.ZipEntry embedded = zip.stream().filter(entry -> entry.getName().contains("song-and-fang"))
                    .findFirst().orElseThrow();
            // one font (an OpenType file of its own), not the collection
            byte[] start = zip.getInputStream(embedded).readNBytes(4);
            assertThat(new String(start, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("OTTO");
        }
    }

    /** A clerk told of a blank character puts a font in the folder named and makes the document again. */
    @Test
    void aFontPutInTheFolderWhileTheAppRuns_drawsTheNextDocument() throws IOException {
        Path fonts = Files.createDirectories(folder.resolve("fonts"));
        System.setProperty(FallbackFonts.FOLDERS_PROPERTY, fonts.toString());
        DocumentRenderer renderer = new DocumentRenderer();
        assertThat(notice(renderer)
                .missingCharacters()).extracting(RenderedDocument.MissingCharacter::character).contains("瀍");

        FontWithGlyphs.write("FandolFangGrid-Regular.otf", Map.of((int) '瀍', (int) '水'),
                fonts.resolve("fang-extra.otf"));

        RenderedDocument again = notice(renderer);
        assertThat(again.missingCharacters()).extracting(RenderedDocument.MissingCharacter::character)
                .containsExactly("鄠");
        assertThat(pdfText(again, "again.pdf")).contains("在瀍河区和");
    }

    @Test
    void withoutSuchAFont_theCharacterIsNamedAsBlank_andTheFolderForOneIsSaid() {
        System.setProperty(FallbackFonts.FOLDERS_PROPERTY, folder.resolve("no-fonts-here").toString());

        RenderedDocument notice = notice(new DocumentRenderer());

        assertThat(notice.missingCharacters()).extracting(RenderedDocument.MissingCharacter::character)
                .containsExactly("瀍", "鄠");
        assertThat(notice.missingCharactersText().orElseThrow()).contains("空白")
                .contains(folder.resolve("no-fonts-here").toString());
    }

    /**
     * A county named 瀍河区 in a 通报's chart: its name beside the bar is drawn whole, not with a gap. The computer's
     * font here draws 瀍 as the bundled font draws 水, so the chart is the one of a county named 水河区.
     */
    @Test
    void aNameBesideABar_isDrawnInAFontThatHasItsCharacters() throws IOException {
        System.setProperty(FallbackFonts.FOLDERS_PROPERTY, folder.resolve("no-fonts-here").toString());
        int[] asWater = pixels(chartOf("水河区"));
        assertThat(pixels(chartOf("瀍河区"))).as("drawn with the bundled font's missing glyph").isNotEqualTo(asWater);

        officeFolderWithTheTestFont();

        assertThat(pixels(chartOf("瀍河区"))).isEqualTo(asWater);
    }

    /** A name beside a bar that no font has is named as blank with its page, as text is. */
    @Test
    void aNameBesideABarThatNoFontHas_isNamedWithItsPage() {
        System.setProperty(FallbackFonts.FOLDERS_PROPERTY, folder.resolve("no-fonts-here").toString());
        Bulletin bulletin = new Bulletin("关于2026年上半年进展情况的通报", "各县（市）区：", List.of("各县区报送情况如下。"), "",
                List.of(), List.of(chartOf("鄠邑区")));

        RenderedDocument rendered = new DocumentRenderer().renderBulletin(bulletin,
                NoticeHeader.of(PLAN.plan()), PLAN);

        assertThat(rendered.missingCharacters()).singleElement().satisfies(missing -> {
            assertThat(missing.character()).isEqualTo("鄠");
            assertThat(missing.pages()).isNotEmpty().allMatch(page -> page >= 1 && page <= rendered.pageCount());
        });
    }

    private static Bulletin.Chart chartOf(String county) {
        return new Bulletin.Chart("按时报送率", "按时报送率（%）", List.of(county, "西工区"),
                List.of(new Bulletin.Series("按时报送率", List.of(80.0, 60.0))));
    }

    /** The chart drawn at twice its size in points, pixel by pixel. */
    private static int[] pixels(Bulletin.Chart chart) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(900, 2 * BulletinCharts.height(chart),
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D graphics = image.createGraphics();
        graphics.scale(2, 2);
        BulletinCharts.chart(chart).draw(graphics, new java.awt.geom.Rectangle2D.Double(0, 0, 450,
                BulletinCharts.height(chart)));
        graphics.dispose();
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    /** A missing character of the text is drawn in a 仿宋 if the computer has one, of a title in a 宋体 … */
    @Test
    void fontsOfTheStyle_byTheirFileNames() {
        assertThat(FallbackFonts.ofStyle(DocumentFonts.FANGSONG, Path.of("simfang.ttf"))).isTrue();
        assertThat(FallbackFonts.ofStyle(DocumentFonts.FANGSONG, Path.of("方正仿宋_GBK.TTF"))).isTrue();
        assertThat(FallbackFonts.ofStyle(DocumentFonts.SONGTI, Path.of("simfang.ttf"))).isFalse();
        assertThat(FallbackFonts.ofStyle(DocumentFonts.XIAOBIAOSONG, Path.of("FZXBSK.TTF"))).isTrue();
        assertThat(FallbackFonts.ofStyle(DocumentFonts.KAITI, Path.of("simkai.ttf"))).isTrue();
        assertThat(FallbackFonts.ofStyle(DocumentFonts.HEITI, Path.of("simhei.ttf"))).isTrue();
        assertThat(FallbackFonts.ofStyle(DocumentFonts.HEITI, Path.of("simkai.ttf"))).isFalse();
    }
}
