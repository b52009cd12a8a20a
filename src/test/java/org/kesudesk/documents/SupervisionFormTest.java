package org.kesudesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.logic.progress.Supervision;
import org.kesudesk.testsupport.TestPlans;

/** The one-page 督办单: set smaller rather than spill its last rows onto a page of their own. */
class SupervisionFormTest {

    @TempDir
    Path folder;

    private static SupervisionLetter letter(String unit, int tasks) {
        List<SupervisionLetter.Entry> entries = new ArrayList<>();
        for (int i = 1; i <= tasks; i++) {
            entries.add(new SupervisionLetter.Entry("（一）" + i + ".组织开展青少年科学调查体验活动和科技创新大赛",
                    "2026年6月30日前", "滞后", "已完成活动方案的制定，正在组织实施，受场地所限进度滞后。"));
        }
        return new SupervisionLetter(unit, "2026年上半年", "测试县全民科学素质行动实施方案（2021-2025年）", entries,
                "2026年7月10日");
    }

    @Test
    void aFewTasks_at4hao_moreSetSmallerOnOnePage_manyGoOnOverThePage() throws IOException {
        NoticeHeader header = Supervision.header(TestPlans.countyPlan(), LocalDate.of(2026, 6, 20), "测科督〔2026〕5号");
        List<SupervisionLetter> letters = List.of(letter("县教育局", 1), letter("县科协", 3), letter("团县委", 12));
        assertThat(DocumentRows.formSize(NoticeContent.supervisionForm(letters.get(0), header))).isEqualTo(14f);
        assertThat(DocumentRows.formSize(NoticeContent.supervisionForm(letters.get(1), header))).isLessThan(14f);
        assertThat(DocumentRows.formSize(NoticeContent.supervisionForm(letters.get(2), header))).isEqualTo(11f);

        Path pdf = folder.resolve("督办单.pdf");
        new DocumentRenderer().renderSupervisionForms(letters, header).save(pdf, OutputFormat.PDF);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> pages = new ArrayList<>();
            List<Float> taskSizes = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                float[] size = {0};
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) throws IOException {
                        if (text.contains("组织开展") && size[0] == 0) {
                            size[0] = positions.get(text.indexOf("组织开展")).getFontSizeInPt();
                        }
                        super.writeString(text, positions);
                    }
                };
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).replaceAll("[\\s\\u3000]", ""));
                taskSizes.add(size[0]);
            }
            // the first two forms a page each, their 督办单位 and 办理结果 on it; the third goes on over pages
            assertThat(pages.get(0)).contains("承办单位县教育局").contains("督办单位").contains("办理结果");
            assertThat(pages.get(1)).contains("承办单位县科协").contains("（一）3.组织开展").contains("办理结果");
            assertThat(pages.get(2)).contains("承办单位团县委");
            assertThat(pages.size()).isGreaterThan(3);
            assertThat(String.join("", pages.subList(2, pages.size()))).contains("（一）12.组织开展").contains("办理结果");
            assertThat(taskSizes.get(0)).isEqualTo(14f);
            assertThat(taskSizes.get(1)).isLessThan(14f).isGreaterThanOrEqualTo(11f)
                    .isEqualTo(DocumentRows.formSize(NoticeContent.supervisionForm(letters.get(1), header)));
            assertThat(taskSizes.get(2)).isEqualTo(11f);
        }

        // the Word file's forms set the same way: labels at 4号, each form's values at the size its PDF page takes
        Path docx = folder.resolve("督办单.docx");
        new DocumentRenderer().renderSupervisionForms(letters, header).save(docx, OutputFormat.DOCX);
        try (org.apache.poi.xwpf.usermodel.XWPFDocument word = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                java.nio.file.Files.newInputStream(docx))) {
            assertThat(word.getTables()).hasSize(3);
            for (int i = 0; i < 3; i++) {
                org.apache.poi.xwpf.usermodel.XWPFTable table = word.getTables().get(i);
                double valueSize = DocumentRows.formSize(NoticeContent.supervisionForm(letters.get(i), header));
                assertThat(table.getRows()).allSatisfy(row -> {
                    assertThat(row.getCell(0).getParagraphs().get(0).getRuns().get(0).getFontSizeAsDouble())
                            .isEqualTo(14.0);
                    row.getCell(1).getParagraphs().forEach(line -> line.getRuns().forEach(run ->
                            assertThat(run.getFontSizeAsDouble()).isEqualTo(valueSize)));
                });
            }
        }
    }
}
