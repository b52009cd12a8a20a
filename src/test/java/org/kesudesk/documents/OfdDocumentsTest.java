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
