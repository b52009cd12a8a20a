package org.kesudesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.PlanDocument;

/** The 单位责任清单 read back from its PDF: entries numbered once, their lines hanging, none split over pages. */
class UnitListTypesettingTest {

    /** Where an entry's text starts: the 版心's left edge (80 pt) and the number's column (72 pt). */
    private static final float TEXT_LEFT = 80 + 72;

    @TempDir
    static Path folder;
    private static List<List<Line>> pages;
    /** Each page's text, without spaces. */
    private static List<String> texts;

    /** A line of 3号 text: what it says, where its first character and its text (after the number) start. */
    record Line(String text, float left, float textLeft, boolean numbered) {
    }

    @BeforeAll
    static void renderTheSampleUnitLists() throws IOException {
        Path pdf = RenderedPdf.render(DocumentKind.UNIT_LIST, RenderedPdf.sample(), folder);
        pages = new ArrayList<>();
        texts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                pages.add(lines(document, page));
                org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                texts.add(stripper.getText(document).replaceAll("[\\s\u3000]+", ""));
            }
        }
    }

    /**
     * Printed on both sides and handed out unit by unit: each unit's list starts on the front of a sheet (an odd page
     * of the file) and its pages are numbered from 1; after a list of an odd number of pages comes a blank page,
     * not numbered.
     */
    @Test
    void eachUnitsList_isOnSheetsOfItsOwn_numberedFrom1() throws IOException {
        List<Integer> starts = new ArrayList<>();
        for (int p = 0; p < texts.size(); p++) {
            if (texts.get(p).matches("^\\S*责任清单.*")) {
                starts.add(p);
            }
        }
        assertThat(starts).hasSize(DocumentRows.unitsOf(RenderedPdf.sample()).size());
        int blanks = 0;
        for (int u = 0; u < starts.size(); u++) {
            int start = starts.get(u);
            int end = u + 1 < starts.size() ? starts.get(u + 1) : texts.size();
            assertThat(start % 2).as("unit %d starts on page %d", u + 1, start + 1).isZero();
            int numbered = 0;
            for (int p = start; p < end; p++) {
                if (texts.get(p).isEmpty()) {
                    // the back of a list's last page, left blank
                    assertThat(p).as("a blank page ends a list").isEqualTo(end - 1);
                    blanks++;
                } else {
                    numbered++;
                    assertThat(texts.get(p)).endsWith("—" + numbered + "—");
                }
            }
        }
        // the sample's lists include some of an odd number of pages
        assertThat(blanks).isPositive();
    }

    /**
     * Printed on one side (an office printer that prints no other way): no blank page between two units' lists, each
     * still starting on a page of its own numbered from 1; in Word each list's section starts on the next page, not
     * the next odd one.
     */
    @Test
    void printedOnOneSide_theListsFollowEachOtherWithNoBlankPage() throws IOException {
        PlanDocument plan = RenderedPdf.sample();
        RenderedDocument rendered = new DocumentRenderer().render(DocumentKind.UNIT_LIST, plan,
                NoticeHeader.of(plan.plan()), java.util.Optional.empty(), false, java.util.Map.of(),
                PaperSides.ONE_SIDE);
        Path pdf = folder.resolve("one-side.pdf");
        rendered.save(pdf, OutputFormat.PDF);
        List<String> oneSided = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                oneSided.add(stripper.getText(document).replaceAll("[\\s\u3000]+", ""));
            }
        }
        assertThat(oneSided).noneMatch(String::isEmpty);
        assertThat(oneSided).containsExactlyElementsOf(texts.stream().filter(text -> !text.isEmpty()).toList());
        assertThat(rendered.blankPages()).isZero();

        Path docx = folder.resolve("one-side.docx");
        rendered.save(docx, OutputFormat.DOCX);
        try (org.apache.poi.xwpf.usermodel.XWPFDocument lists = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                java.nio.file.Files.newInputStream(docx))) {
            List<String> starts = new ArrayList<>();
            lists.getParagraphs().stream().filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr())
                    .forEach(p -> starts.add(p.getCTP().getPPr().getSectPr().getType().getVal().toString()));
            starts.add(lists.getDocument().getBody().getSectPr().getType().getVal().toString());
            assertThat(starts).hasSize(DocumentRows.unitsOf(plan).size()).containsOnly("nextPage");
        }
    }

    @Test
    void everyEntryIsNumberedOnce() {
        List<String> entries = pages.stream().flatMap(List::stream).filter(Line::numbered).map(Line::text).toList();
        assertThat(entries).hasSizeGreaterThan(50);
        assertThat(entries).allMatch(text -> text.matches("\\d+．\\S.*"))
                .noneMatch(text -> text.matches("\\d+．(\\d+\\.|（[一二三四五六七八九十]+）).*"));
    }

    @Test
    void anEntrysLaterLinesHangUnderItsText() {
        int hanging = 0;
        for (List<Line> page : pages) {
            for (Line line : page) {
                if (!line.numbered() && Math.abs(line.left() - TEXT_LEFT) < 2) {
                    hanging++;
                }
            }
            for (Line line : page.stream().filter(Line::numbered).toList()) {
                assertThat(line.textLeft()).as(line.text()).isCloseTo(TEXT_LEFT, org.assertj.core.data.Offset.offset(1f));
            }
        }
        assertThat(hanging).isGreaterThan(30);
    }

    @Test
    void noPageStartsWithTheRestOfAnEntry() {
        for (int p = 1; p < pages.size(); p++) {
            List<Line> body = pages.get(p);
            if (body.isEmpty()) {
                // the blank back of a unit's last page
                continue;
            }
            // the first line under the unit's title and subtitle, or the page's first line
            Line first = body.get(0);
            assertThat(first.numbered() || Math.abs(first.left() - TEXT_LEFT) > 2)
                    .as("page %d starts with %s", p + 1, first.text()).isTrue();
        }
    }

    private static List<Line> lines(PDDocument document, int page) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (List<TextPosition> glyphs : RenderedPdf.baselines(document, page,
                glyph -> Math.abs(glyph.getFontSizeInPt() - 16) < 0.6f && !glyph.getUnicode().isBlank())) {
            String all = RenderedPdf.text(glyphs);
            boolean numbered = all.matches("\\d+．.*") && glyphs.get(0).getXDirAdj() < TEXT_LEFT - 2;
            int afterNumber = all.indexOf('．') + 1;
            float textLeft = numbered && afterNumber < glyphs.size() ? glyphs.get(afterNumber).getXDirAdj()
                    : glyphs.get(0).getXDirAdj();
            lines.add(new Line(all, glyphs.get(0).getXDirAdj(), textLeft, numbered));
        }
        return lines;
    }
}
