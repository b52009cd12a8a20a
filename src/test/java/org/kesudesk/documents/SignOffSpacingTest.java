package org.kesudesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.testsupport.TestPlans;

/**
 * GB/T 9704 7.3.5: the 署名 and 成文日期 never stand alone on a page — they take the text's last line with them — and
 * where the room left on the page cannot quite hold them, the spacing is adjusted so that they fit, rather than a
 * one-page notice going on to a second page for its last line. Read back from the PDF: which page each line is on,
 * and the space between the text's last line, the 附件说明 and the 署名.
 */
class SignOffSpacingTest {

    private static final DocumentRenderer RENDERER = new DocumentRenderer();
    private static final PlanDocument PLAN = TestPlans.countyPlan();
    /** The grid's line pitch: a 空一行 between two lines puts their baselines two lines apart. */
    private static final float LINE = 29f;
    private static final String SIGNATURE = "简阳市人民政府办公室";
    private static final String DATE = "2021年11月8日";
    private static final String NOTE = "附件：任务分工表";
    /** A notice as a county-level city in Sichuan issued its plan: its text two lines, the division attached. */
    private static final String BODY = "《简阳市全民科学素质行动实施方案（2021—2025年）》已经市政府同意，现印发给你们，"
            + "请认真贯彻执行。";
    /** Words that make the text a line longer. */
    private static final String ONE_LINE_MORE = "各地各部门要结合实际认真组织实施，确保各项任务落到实处。";

    @TempDir
    Path folder;

    @Test
    void aSignOffThatNearlyFits_staysOnThePageOfTheText_withTheSpaceAboveItMadeSmaller() throws IOException {
        Page fits = firstPage(BODY, "fits.pdf");
        assertThat(fits.baselineOf(DATE)).as("the date on page 1").isPresent();
        assertThat(fits.baselineOf(SIGNATURE)).isPresent();
        float text = fits.baselineOf("请认真贯彻执行。").orElseThrow();
        float note = fits.baselineOf(NOTE).orElseThrow();
        float signature = fits.baselineOf(SIGNATURE).orElseThrow();
        // a 空一行 each, made smaller: more than the line itself, less than a line and a blank
        assertThat(note - text).as("text to 附件说明").isGreaterThan(LINE).isLessThan(2 * LINE - 1);
        assertThat(signature - note).as("附件说明 to 署名").isGreaterThan(LINE).isLessThan(2 * LINE - 1);
        // a line more and it no longer fits: the smaller spacing is what kept it on page 1
        assertThat(firstPage(BODY + ONE_LINE_MORE, "longer.pdf").baselineOf(DATE)).isEmpty();
    }

    @Test
    void aSignOffThatDoesNotFit_goesToTheNextPage_withTheTextsLastLine_itsSpacingWhole() throws IOException {
        Page first = firstPage(BODY + ONE_LINE_MORE, "longer.pdf");
        assertThat(first.baselineOf(DATE)).as("no date on page 1").isEmpty();
        Page second = page(folder.resolve("longer.pdf"), 2);
        float text = second.baselineOf("确保各项任务落到实处。").orElseThrow();
        float note = second.baselineOf(NOTE).orElseThrow();
        float signature = second.baselineOf(SIGNATURE).orElseThrow();
        // the text's last line goes with them — and, no line of a paragraph alone on a page, the paragraph of three
        // lines whole; the page holds nothing else
        assertThat(second.lineCount()).as("the text's paragraph of three lines and the sign-off").isEqualTo(6);
        assertThat(first.lines()).as("no line of it left on page 1").noneMatch(line -> line.contains("已经市政府同意"));
        assertThat(second.lines()).as("its first line on page 2").anyMatch(line -> line.contains("《简阳市"));
        assertThat(note - text).isCloseTo(2 * LINE, org.assertj.core.data.Offset.offset(0.5f));
        assertThat(signature - note).isCloseTo(2 * LINE, org.assertj.core.data.Offset.offset(0.5f));
    }

    @Test
    void aSignOffWithRoomToSpare_keepsItsSpacingWhole() throws IOException {
        Page page = firstPage("现印发给你们，请认真贯彻执行。", "short.pdf");
        float text = page.baselineOf("现印发给你们，请认真贯彻执行。").orElseThrow();
        assertThat(page.baselineOf(NOTE).orElseThrow() - text).isCloseTo(2 * LINE,
                org.assertj.core.data.Offset.offset(0.5f));
        assertThat(page.baselineOf(SIGNATURE).orElseThrow() - page.baselineOf(NOTE).orElseThrow())
                .isCloseTo(2 * LINE, org.assertj.core.data.Offset.offset(0.5f));
        assertThat(page.baselineOf(DATE).orElseThrow() - page.baselineOf(SIGNATURE).orElseThrow())
                .isCloseTo(LINE, org.assertj.core.data.Offset.offset(0.5f));
    }

    private Page firstPage(String body, String name) throws IOException {
        NoticeHeader header = new NoticeHeader("简阳市人民政府办公室文件", "简府办发〔2021〕45号",
                "简阳市人民政府办公室关于印发《简阳市全民科学素质行动实施方案（2021—2025年）》的通知",
                "各镇人民政府、街道办事处，市级各部门", body, SIGNATURE, DATE, "", "", SIGNATURE, DATE);
        Path pdf = folder.resolve(name);
        RENDERER.render(DocumentKind.NOTICE, PLAN, header, Optional.empty(), true).save(pdf, OutputFormat.PDF);
        return page(pdf, 1);
    }

    /** The lines of a page as PDFBox reads them: their text without spaces and their baselines. */
    private record Page(List<String> lines, List<Float> baselines, int pages) {

        Optional<Float> baselineOf(String ending) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).endsWith(ending)) {
                    return Optional.of(baselines.get(i));
                }
            }
            return Optional.empty();
        }

        /** Lines of text, the page number left out. */
        int lineCount() {
            return (int) lines.stream().filter(line -> !line.matches("—\\d+—")).count();
        }
    }

    private static Page page(Path pdf, int number) throws IOException {
        List<String> lines = new ArrayList<>();
        List<Float> baselines = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    lines.add(text.replaceAll("\\s+", ""));
                    baselines.add(positions.get(0).getYDirAdj());
                }
            };
            stripper.setStartPage(number);
            stripper.setEndPage(number);
            stripper.getText(document);
            return new Page(lines, baselines, document.getNumberOfPages());
        }
    }
}
