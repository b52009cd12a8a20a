package org.kesudesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.PlanDocument;

/**
 * The 通报's table of indicators has the seven columns it fills, the last at the 版心's right edge — not the eight of
 * a table of counts with an empty one after 来源 — and its targets (50万人次, 1000人次) on one line each, in the PDF and
 * the Word file alike.
 */
class BulletinIndicatorsTableTest {

    private static final List<String> HEADER = List.of("指标", "目标", "目标年份", "最新值", "年份", "完成程度", "来源");
    /** Targets as plans write them, with their measure words. */
    private static final List<List<String>> ROWS = List.of(
            List.of("1．公民具备科学素质的比例达到12.5%", "12.5%", "2025", "11.8%", "2024", "94.4%", "统计公报"),
            List.of("2．开展农民教育培训50万人次以上", "50万人次", "2025", "未填报", "", "", ""),
            List.of("3．培育农村创业创新带头人1000人次以上", "1000人次", "2025", "800人次", "2024", "80%", "市农业农村局"));
    /** The 版心's left edge and width in points. */
    private static final float LEFT = 80;
    private static final float WIDTH = 442;

    private static PlanDocument sample;
    private static NoticeHeader header;

    @TempDir
    Path folder;

    @BeforeAll
    static void theSample() throws IOException {
        sample = RenderedPdf.sample();
        header = NoticeHeader.of(sample.plan());
    }

    @Test
    void itsTargets_fitOneLineEach_inTheCellsAsBroken() {
        List<Map<String, ?>> rows = DocumentRows.bulletin(bulletin());

        for (Map<String, ?> row : rows) {
            assertThat(String.valueOf(row.get("c1"))).doesNotContain("\n");
            assertThat(String.valueOf(row.get("c3"))).doesNotContain("\n");
        }
    }

    @Test
    void thePdfsLastColumn_isItsSource_atTheRightEdge() throws IOException {
        Path pdf = folder.resolve("通报.pdf");
        new DocumentRenderer().renderBulletin(bulletin(), header, sample).save(pdf, OutputFormat.PDF);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<TextPosition> source = positionsOf(document, "来源");
            assertThat(source).hasSize(2);
            float middle = (source.get(0).getXDirAdj() + source.get(1).getXDirAdj() + source.get(1).getWidthDirAdj())
                    / 2;
            // the last column is the source's: its header centred in the last 56 points of the 版心
            assertThat(middle).isBetween(LEFT + WIDTH - 56, LEFT + WIDTH);
            // and a target is whole on its line
            String text = new PDFTextStripper().getText(document);
            assertThat(text.lines().map(String::strip)).anyMatch(line -> line.contains("1000人次 2025"))
                    .anyMatch(line -> line.contains("50万人次 2025"));
        }
    }

    @Test
    void theWordFilesTable_hasTheColumnsItFills() throws IOException {
        Path docx = folder.resolve("通报.docx");
        new DocumentRenderer().renderBulletin(bulletin(), header, sample).save(docx, OutputFormat.DOCX);

        try (InputStream in = Files.newInputStream(docx); XWPFDocument word = new XWPFDocument(in)) {
            XWPFTable table = word.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("指标")).findFirst().orElseThrow();
            assertThat(table.getRow(0).getTableCells()).hasSize(HEADER.size());
            assertThat(table.getRow(0).getCell(HEADER.size() - 1).getText()).isEqualTo("来源");
            assertThat(table.getRow(3).getCell(6).getText()).isEqualTo("市农业农村局");
        }
    }

    private static Bulletin bulletin() {
        return new Bulletin("关于2026年上半年进展情况的通报", "各有关单位：", List.of("一、总体进展", "各单位按时报送了进展情况。"),
                "2026年上半年进展情况统计", List.of(new Bulletin.Table("表1　量化指标完成情况（2025年）",
                Bulletin.Layout.INDICATORS, HEADER, ROWS, "注：完成程度为最新值占目标的比例。")), List.of());
    }

    /** The characters of the first place the text is drawn, in order. */
    private static List<TextPosition> positionsOf(PDDocument document, String wanted) throws IOException {
        List<TextPosition> found = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                int at = text.indexOf(wanted);
                if (found.isEmpty() && at >= 0) {
                    found.addAll(positions.subList(at, at + wanted.length()));
                }
            }
        };
        stripper.getText(document);
        return found;
    }
}
