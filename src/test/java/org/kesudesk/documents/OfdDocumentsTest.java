package org.kesudesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Role;
import org.kesudesk.model.Unit;
import org.kesudesk.parse.PlanDocumentReader;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.core.text.font.CT_Font;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;

/**
 * The OFD files read back with ofdrw's reader: the plan's text in order, searchable; A4 pages, as many as the PDF's;
 * every font embedded; and every character where the PDF has it, within half a millimetre.
 */
class OfdDocumentsTest {

    private static final float MM_PER_POINT = 25.4f / 72f;
    private static final DocumentRenderer RENDERER = new DocumentRenderer();
    private static PlanDocument plan;

    @TempDir
    Path folder;

    @BeforeAll
    static void readTheSample() throws IOException {
        try (InputStream in = OfdDocumentsTest.class.getResourceAsStream(
                "/org/kesudesk/samples/qiqihar-2022-16.txt")) {
            plan = new PlanDocumentReader().read("qiqihar-2022-16.txt", in.readAllBytes(), Optional.empty(),
                    List.of()).document();
        }
    }

    @Test
    void theNotice_holdsEveryTaskAndUnitInOrder_onA4Pages_withItsFontsEmbedded() throws IOException {
        RenderedDocument notice = RENDERER.render(DocumentKind.NOTICE, plan, NoticeHeader.of(plan.plan()),
                Optional.empty(), true);
        Path ofd = folder.resolve("notice.ofd");
        notice.save(ofd, OutputFormat.OFD);

        try (OFDReader reader = new OFDReader(ofd)) {
            assertThat(reader.getNumberOfPages()).isEqualTo(notice.pageCount());
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                ST_Box size = reader.getPageSize(page);
                assertThat(size.getWidth()).isCloseTo(210, org.assertj.core.data.Offset.offset(0.5));
                assertThat(size.getHeight()).isCloseTo(297, org.assertj.core.data.Offset.offset(0.5));
            }
            String text = String.join("", new ContentExtractor(reader).extractAll()).replaceAll("[\\s\\u3000]", "");
            int at = 0;
            for (String expected : sequence(plan)) {
                int found = text.indexOf(expected, at);
                assertThat(found).as("“%s” after position %d", expected, at).isGreaterThanOrEqualTo(0);
                at = found + expected.length();
            }
            // every font the text uses is in the file
            List<CT_Font> fonts = fonts(reader);
            assertThat(fonts).isNotEmpty();
            for (CT_Font font : fonts) {
                assertThat(font.getFontFile()).as(font.getFontName()).isNotNull();
                Path file = reader.getResourceLocator().getFile(font.getFontFile());
                assertThat(Files.size(file)).as(font.getFontName()).isGreaterThan(100_000);
            }
        }
    }

    /**
     * The fonts are cut to the characters the document draws (whole, four of them made a notice of 30 MB): every
     * character drawn has its outline in the embedded font, point for point the bundled font's, and a character not
     * drawn has none.
     */
    @Test
    void theFontsEmbedded_holdTheOutlinesOfTheCharactersDrawn_asTheBundledFontsDrawThem_andNoOthers()
            throws IOException {
        RenderedDocument notice = RENDERER.render(DocumentKind.NOTICE, plan, NoticeHeader.of(plan.plan()),
                Optional.empty(), true);
        Path ofd = folder.resolve("notice.ofd");
        notice.save(ofd, OutputFormat.OFD);
        long bundled = 0;
        for (String name : List.of("FandolSong-Regular", "FandolSong-Bold", "FandolHei-Regular", "FandolKai-Regular",
                "FandolFangGrid-Regular")) {
            bundled += bundledFont(name).length;
        }
        assertThat(Files.size(ofd)).isLessThan(bundled / 10);

        try (OFDReader reader = new OFDReader(ofd)) {
            java.util.Map<String, java.util.Set<Integer>> drawn = new java.util.HashMap<>();
            java.util.Map<String, CT_Font> byId = new java.util.HashMap<>();
            fonts(reader).forEach(font -> byId.put(font.getID().toString(), font));
            ContentExtractor extractor = new ContentExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                for (TextObject object : extractor.getPageTextObject(page)) {
                    String font = byId.get(object.getFont().toString()).getFontName();
                    object.getTextCodes().forEach(code -> code.getContent().codePoints()
                            .forEach(drawn.computeIfAbsent(font, f -> new java.util.HashSet<>())::add));
                }
            }
            assertThat(drawn).containsKeys("FandolSong-Regular", "FandolFangGrid-Regular");
            for (CT_Font font : byId.values()) {
                byte[] embedded = Files.readAllBytes(reader.getResourceLocator().getFile(font.getFontFile()));
                try (var cut = new org.apache.fontbox.ttf.OTFParser().parse(
                        new org.apache.pdfbox.io.RandomAccessReadBuffer(embedded));
                     var whole = new org.apache.fontbox.ttf.OTFParser().parse(
                             new org.apache.pdfbox.io.RandomAccessReadBuffer(bundledFont(font.getFontName())))) {
                    for (int character : drawn.getOrDefault(font.getFontName(), java.util.Set.of())) {
                        String outline = outline(whole, character);
                        assertThat(outline(cut, character)).as("%s %s", font.getFontName(),
                                Character.toString(character)).isEqualTo(outline);
                    }
                    // a character the font has but the document does not draw: the bundled font draws it, the cut not
                    java.util.Set<Integer> drawnHere = drawn.getOrDefault(font.getFontName(), java.util.Set.of());
                    int notDrawn = java.util.stream.IntStream.rangeClosed(0x4E00, 0x9FA5)
                            .filter(c -> !drawnHere.contains(c) && hasGlyph(whole, c)).findFirst().orElseThrow();
                    assertThat(outline(whole, notDrawn)).isNotEmpty();
                    assertThat(outline(cut, notDrawn)).isEmpty();
                }
                // Java's own font reader takes the cut font too
                assertThat(java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT,
                        new java.io.ByteArrayInputStream(embedded)).canDisplay('县')).isTrue();
            }
        } catch (java.awt.FontFormatException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] bundledFont(String name) throws IOException {
        try (InputStream in = OfdDocumentsTest.class.getResourceAsStream("/fonts/" + name + ".otf")) {
            return in.readAllBytes();
        }
    }

    private static boolean hasGlyph(org.apache.fontbox.ttf.OpenTypeFont font, int character) {
        try {
            return font.getUnicodeCmapLookup().getGlyphId(character) > 0;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A character's outline in a font, as its path's segments; "" for a glyph without one. */
    private static String outline(org.apache.fontbox.ttf.OpenTypeFont font, int character) throws IOException {
        int glyph = font.getUnicodeCmapLookup().getGlyphId(character);
        var charString = ((org.apache.fontbox.cff.CFFCIDFont) font.getCFF().getFont()).getType2CharString(glyph);
        StringBuilder segments = new StringBuilder();
        float[] point = new float[6];
        for (var path = charString.getPath().getPathIterator(null); !path.isDone(); path.next()) {
            int type = path.currentSegment(point);
            segments.append(type).append(java.util.Arrays.toString(point)).append(';');
        }
        return segments.toString();
    }

    @Test
    void theDivisionAndTheUnitLists_areOfdToo_pageForPage() throws IOException {
        for (DocumentKind kind : List.of(DocumentKind.DIVISION, DocumentKind.UNIT_LIST)) {
            RenderedDocument rendered = RENDERER.render(kind, plan, NoticeHeader.of(plan.plan()), Optional.empty());
            Path ofd = folder.resolve(kind.templateName() + ".ofd");
            rendered.save(ofd, OutputFormat.OFD);
            try (OFDReader reader = new OFDReader(ofd)) {
                assertThat(reader.getNumberOfPages()).as(kind.name()).isEqualTo(rendered.pageCount());
                String text = String.join("", new ContentExtractor(reader).extractAll());
                for (Unit unit : DocumentRows.unitsOf(plan)) {
                    assertThat(text).as(kind.name()).contains(unit.name());
                }
            }
        }
    }

    @Test
    void everyCharacter_standsWhereThePdfHasIt_withinHalfAMillimetre() throws IOException {
        charactersWhereThePdfHasThem(plan, 10_000);
    }

    /** A plan of another region and style (a district's, its units 区…): the same, character for character. */
    @Test
    void everyCharacterOfAnotherPlan_standsWhereThePdfHasIt() throws IOException {
        PlanDocument district;
        try (InputStream in = OfdDocumentsTest.class.getResourceAsStream("/plans/unseen/xinqu-district.txt")) {
            district = new PlanDocumentReader().read("xinqu-district.txt", in.readAllBytes(), Optional.empty(),
                    List.of()).document();
        }
        charactersWhereThePdfHasThem(district, 500);
    }

    private void charactersWhereThePdfHasThem(PlanDocument plan, int atLeast) throws IOException {
        RenderedDocument notice = RENDERER.render(DocumentKind.NOTICE, plan, NoticeHeader.of(plan.plan()),
                Optional.empty(), true);
        Path pdf = folder.resolve("notice.pdf");
        Path ofd = folder.resolve("notice.ofd");
        notice.save(pdf, OutputFormat.PDF);
        notice.save(ofd, OutputFormat.OFD);

        try (PDDocument document = Loader.loadPDF(pdf.toFile()); OFDReader reader = new OFDReader(ofd)) {
            ContentExtractor extractor = new ContentExtractor(reader);
            int checked = 0;
            List<String> misplaced = new ArrayList<>();
            double worst = 0;
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                List<Placed> inPdf = pdfCharacters(document, page);
                List<Placed> inOfd = ofdCharacters(extractor.getPageTextObject(page));
                assertThat(inOfd).as("characters on page %d", page).hasSameSizeAs(inPdf);
                for (Placed character : inPdf) {
                    double nearest = Double.MAX_VALUE;
                    for (Placed other : inOfd) {
                        if (other.text().equals(character.text())) {
                            nearest = Math.min(nearest, Math.max(Math.abs(other.x() - character.x()),
                                    Math.abs(other.y() - character.y())));
                        }
                    }
                    worst = Math.max(worst, nearest);
                    if (nearest > 0.5 && misplaced.size() < 10) {
                        misplaced.add(String.format(java.util.Locale.ROOT, "page %d “%s” at (%.2f, %.2f) mm: nearest %.2f mm",
                                page, character.text(), character.x(), character.y(), nearest));
                    }
                    checked++;
                }
            }
            assertThat(misplaced).as("characters more than 0.5 mm from the PDF's (worst %.2f mm)", worst).isEmpty();
            assertThat(checked).isGreaterThan(atLeast);
        }
    }

    /** A character on a page: its left edge and baseline in millimetres from the page's top left corner. */
    private record Placed(String text, double x, double y) {
    }

    private static List<Placed> pdfCharacters(PDDocument document, int page) throws IOException {
        List<Placed> placed = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition position : positions) {
                    String unicode = position.getUnicode();
                    if (!unicode.isBlank() && !"\u3000".equals(unicode)) {
                        placed.add(new Placed(unicode, position.getXDirAdj() * MM_PER_POINT,
                                position.getYDirAdj() * MM_PER_POINT));
                    }
                }
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return placed;
    }

    private static List<Placed> ofdCharacters(List<TextObject> objects) {
        List<Placed> placed = new ArrayList<>();
        for (TextObject object : objects) {
            ST_Box boundary = object.getBoundary();
            for (TextCode code : object.getTextCodes()) {
                String content = code.getContent();
                double x = boundary.getTopLeftX() + code.getX();
                List<Double> deltas = code.getDeltaX() == null ? List.of() : List.of(code.getDeltaX().toDouble());
                for (int i = 0; i < content.length(); i++) {
                    if (i > 0) {
                        x += i - 1 < deltas.size() ? deltas.get(i - 1) : 0;
                    }
                    String character = content.substring(i, i + 1);
                    if (!character.isBlank() && !"\u3000".equals(character)) {
                        placed.add(new Placed(character, x, boundary.getTopLeftY() + code.getY()));
                    }
                }
            }
        }
        return placed;
    }

    private static List<CT_Font> fonts(OFDReader reader) {
        try {
            return new org.ofdrw.reader.ResourceManage(reader).getFonts();
        } catch (RuntimeException e) {
            throw new AssertionError("cannot read the fonts", e);
        }
    }

    /** Every task title and unit name of the plan, in the order the document prints them. */
    private static List<String> sequence(PlanDocument plan) {
        List<String> sequence = new ArrayList<>();
        for (PlanNode item : plan.items()) {
            sequence.add(item.title().replaceAll("\\s", ""));
            item.unitsIn(Role.LEAD).stream().map(Unit::name).forEach(sequence::add);
            for (PlanNode task : item.children()) {
                sequence.add(task.title().replaceAll("\\s", ""));
                task.unitsIn(Role.RESPONSIBLE).stream().map(Unit::name).forEach(sequence::add);
            }
        }
        return sequence;
    }
}
