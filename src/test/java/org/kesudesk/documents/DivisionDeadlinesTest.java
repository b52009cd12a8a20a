package org.kesudesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.logic.PlanImportService;
import org.kesudesk.logic.progress.ProgressTracking;
import org.kesudesk.model.Deadline;
import org.kesudesk.model.DeadlineWording;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.UnitRepository;

/**
 * The 任务分工表 of a plan whose tasks have deadlines: a 完成时限 column, each row's deadline as stored, in words a plan
 * writes them — in the PDF, the Word file and the notice's 附件; a plan without deadlines keeps its four columns. A
 * unit's list gives each entry its deadline too.
 */
class DivisionDeadlinesTest {

    private static final DocumentRenderer RENDERER = new DocumentRenderer();

    @TempDir
    Path folder;
    private Database database;
    private PlanDocument plan;
    private Map<UUID, String> times;

    @BeforeEach
    void storeAPlanWithDeadlines() throws IOException {
        database = org.kesudesk.testsupport.TestDatabases.open(folder.resolve("kesudesk"));
        Path file = folder.resolve("xinxian-deadlines.txt");
        try (InputStream in = getClass().getResourceAsStream("/plans/deadlines/xinxian-deadlines.txt")) {
            Files.write(file, in.readAllBytes());
        }
        PlanRepository plans = new PlanRepository(database);
        PlanImportService imports = new PlanImportService(plans, new UnitRepository(database));
        plan = plans.find(imports.save(imports.read(file, Optional.empty()), List.of()).id()).orElseThrow();
        times = new ProgressTracking(database).deadlineWords(plan);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void thePdf_hasATimeColumn_withEachTasksDeadline() throws IOException {
        Path pdf = folder.resolve("division.pdf");
        RENDERER.render(DocumentKind.DIVISION, plan, NoticeHeader.of(plan.plan()), Optional.empty(), false, times)
                .save(pdf, OutputFormat.PDF);

        String text = pdfText(pdf);
        assertThat(text).contains("完成时限", "长期坚持", "每年年底前", "2024年");
        assertThat(text.replace("\n", "")).contains("2024年6月底前", "2024年9月底前");

        Path without = folder.resolve("without.pdf");
        RENDERER.render(DocumentKind.DIVISION, plan, NoticeHeader.of(plan.plan()), Optional.empty(), false, Map.of())
                .save(without, OutputFormat.PDF);
        assertThat(pdfText(without)).contains("责任单位").doesNotContain("完成时限", "长期坚持");
    }

    @Test
    void theWordFile_hasAFifthColumn_whoseCellsAreTheStoredDeadlines() throws IOException {
        Path docx = folder.resolve("division.docx");
        RENDERER.render(DocumentKind.DIVISION, plan, NoticeHeader.of(plan.plan()), Optional.empty(), false, times)
                .save(docx, OutputFormat.DOCX);

        try (XWPFDocument word = new XWPFDocument(Files.newInputStream(docx))) {
            XWPFTable table = word.getTables().get(0);
            assertThat(table.getRow(0).getTableCells()).extracting(cell -> cell.getText())
                    .containsExactly("序号", "重点任务", "牵头单位", "责任单位", "完成时限");
            Map<UUID, Deadline> stored = new ProgressTracking(database).deadlines(plan);
            int checked = 0;
            for (XWPFTableRow row : table.getRows().subList(1, table.getRows().size())) {
                if (row.getTableCells().size() == 5 && !row.getCell(0).getText().isBlank()) {
                    String words = row.getCell(4).getText();
                    String title = row.getCell(1).getText().replaceFirst("^\\d+\\.", "");
                    Optional<Deadline> expected = plan.items().stream().flatMap(item -> item.children().stream())
                            .filter(task -> task.title().equals(title)).findFirst()
                            .map(task -> stored.get(task.id()));
                    // the words read back as the deadline stored
                    assertThat(DeadlineWording.find(words)).as(title).isEqualTo(expected);
                    checked++;
                }
            }
            assertThat(checked).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void theNoticesAttachedTable_hasTheColumnToo() throws IOException {
        Path pdf = folder.resolve("notice.pdf");
        RENDERER.render(DocumentKind.NOTICE, plan, NoticeHeader.of(plan.plan()), Optional.empty(), true, times)
                .save(pdf, OutputFormat.PDF);

        assertThat(pdfText(pdf)).contains("任务分工表", "完成时限", "长期坚持");

        Path docx = folder.resolve("notice.docx");
        RENDERER.render(DocumentKind.NOTICE, plan, NoticeHeader.of(plan.plan()), Optional.empty(), true, times)
                .save(docx, OutputFormat.DOCX);
        try (XWPFDocument word = new XWPFDocument(Files.newInputStream(docx))) {
            XWPFTable division = word.getTables().stream()
                    .filter(table -> table.getRow(0).getCell(0).getText().equals("序号")).findFirst().orElseThrow();
            assertThat(division.getRow(0).getTableCells()).hasSize(5);
            assertThat(division.getRows()).anySatisfy(row -> assertThat(row.getTableCells().size() == 5
                    ? row.getCell(4).getText() : "").isEqualTo("长期坚持"));
        }
    }

    @Test
    void aUnitsList_givesEachEntryItsDeadline() throws IOException {
        Path pdf = folder.resolve("unit-list.pdf");
        RENDERER.render(DocumentKind.UNIT_LIST, plan, NoticeHeader.of(plan.plan()), Optional.of("县教育局"), false,
                times).save(pdf, OutputFormat.PDF);

        String text = pdfText(pdf).replaceAll("\\s", "");
        assertThat(text).contains("推进中小学科学教育改革（属于（一）青少年科学素质提升行动）（完成时限：2024年6月底前）",
                "组织青少年科普活动（属于（一）青少年科学素质提升行动）（完成时限：每年年底前）");
        // a unit's entry without a deadline says none
        Path without = folder.resolve("without.pdf");
        RENDERER.render(DocumentKind.UNIT_LIST, plan, NoticeHeader.of(plan.plan()), Optional.of("县教育局"), false,
                Map.of()).save(without, OutputFormat.PDF);
        assertThat(pdfText(without)).doesNotContain("完成时限");
        assertThat(DocumentRows.entriesOf(plan, plan.items().get(0).leadUnits().get(0), times).leads())
                .containsExactly("青少年科学素质提升行动（完成时限：2025年底前）");
    }

    /**
     * A plan with a deadline on a task or two (the sample: 每年 in two tasks' text) has no column blank but for them:
     * the time follows its task's name, and the Word file read back gives the task its title and deadline.
     */
    @Test
    void aFewDeadlines_followTheirTasksName_inATableOfFourColumns() throws IOException {
        PlanDocument sample = RenderedPdf.sample();
        PlanNode task = sample.items().get(0).children().get(1);
        Map<UUID, String> one = Map.of(task.id(), "每年年底前");
        assertThat(DocumentRows.timed(sample, one)).isFalse();
        assertThat(DocumentRows.timed(plan, times)).isTrue();

        Path pdf = folder.resolve("sample.pdf");
        RENDERER.render(DocumentKind.DIVISION, sample, NoticeHeader.of(sample.plan()), Optional.empty(), false, one)
                .save(pdf, OutputFormat.PDF);
        String text = pdfText(pdf).replaceAll("\\s", "");
        assertThat(text).doesNotContain("完成时限每年").contains(task.title() + "（完成时限：每年年底前）");
        // the time goes down whole rather than split at its words (（完成 / 时限：…）)
        assertThat(pdfText(pdf).lines().filter(line -> line.contains("（完")).toList()).singleElement()
                .satisfies(line -> assertThat(line.replaceAll("\\s", "")).contains("（完成时限：每年年底前）"));

        Path docx = folder.resolve("sample.docx");
        RENDERER.render(DocumentKind.DIVISION, sample, NoticeHeader.of(sample.plan()), Optional.empty(), false, one)
                .save(docx, OutputFormat.DOCX);
        try (XWPFDocument word = new XWPFDocument(Files.newInputStream(docx))) {
            assertThat(word.getTables().get(0).getRow(0).getTableCells()).hasSize(4);
        }
        PlanDocument read = new org.kesudesk.parse.PlanDocumentReader().read("division.docx", Files.readAllBytes(docx),
                Optional.empty(), List.of()).document();
        PlanNode again = read.items().stream().flatMap(item -> item.children().stream())
                .filter(node -> node.title().startsWith(task.title())).findFirst().orElseThrow();
        assertThat(again.title()).isEqualTo(task.title());
        assertThat(DeadlineWording.find(again.title() + again.text())).isPresent();
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
