package org.kesudesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.logic.PlanImportService;
import org.kesudesk.model.NodeKind;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Role;
import org.kesudesk.model.Unit;
import org.kesudesk.parse.ParseReport;
import org.kesudesk.parse.PlanDocumentReader;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.UnitRepository;

/**
 * The 任务分工表 of a plan whose every task a collective carries out (各乡镇人民政府, as a note in the document said):
 * named once in a note under the table, as offices issue it, not on every row — in the PDF, the Word file and the
 * notice's 附件; read back, the note gives every task the units again. A plan without such units has no note.
 */
class EveryTaskNoteTest {

    private static final DocumentRenderer RENDERER = new DocumentRenderer();
    private static final String TOWNS = "各乡镇人民政府";
    private static final String NOTE = "注：各项任务均需各乡镇人民政府负责落实，表中不再列出。";
    private static final String LAST_ROW = "2. 开展应急科普（责任单位：县应急管理局、县气象局、县科协）\n";

    @TempDir
    Path folder;
    private Database database;

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void thePdf_namesTheTownsOnceInANoteUnderTheTable() throws IOException {
        PlanDocument plan = stored(withNote());
        assertThat(tasks(plan)).hasSize(11).allSatisfy(task -> assertThat(names(task.unitsIn(Role.RESPONSIBLE)))
                .contains(TOWNS));
        Path pdf = folder.resolve("division.pdf");
        RENDERER.render(DocumentKind.DIVISION, plan, NoticeHeader.of(plan.plan()), Optional.empty(), false, Map.of())
                .save(pdf, OutputFormat.PDF);

        String text = pdfText(pdf).replaceAll("\\s", "");
        assertThat(occurrences(text, TOWNS)).isEqualTo(1);
        assertThat(text).contains(NOTE).contains("县应急管理局");
        // the note after the last row
        assertThat(text.indexOf(NOTE)).isGreaterThan(text.indexOf("开展应急科普"));
    }

    @Test
    void theWordFile_hasNoRowNamingTheTowns_andTheNoteAfterTheTable_whichReadsBackAsEveryTasksUnits()
            throws IOException {
        PlanDocument plan = stored(withNote());
        Path docx = folder.resolve("division.docx");
        RENDERER.render(DocumentKind.DIVISION, plan, NoticeHeader.of(plan.plan()), Optional.empty(), false, Map.of())
                .save(docx, OutputFormat.DOCX);

        try (XWPFDocument word = new XWPFDocument(Files.newInputStream(docx))) {
            XWPFTable table = word.getTables().get(0);
            List<String> cells = new ArrayList<>();
            table.getRows().forEach(row -> row.getTableCells().stream().map(XWPFTableCell::getText)
                    .forEach(cells::add));
            assertThat(cells).anyMatch(cell -> cell.contains("县应急管理局")).noneMatch(cell -> cell.contains(TOWNS));
            List<IBodyElement> body = word.getBodyElements();
            IBodyElement after = body.get(body.indexOf(table) + 1);
            assertThat(after).isInstanceOf(XWPFParagraph.class);
            assertThat(((XWPFParagraph) after).getText()).isEqualTo(NOTE);
        }

        ParseReport again = new PlanDocumentReader().read("division.docx", Files.readAllBytes(docx), Optional.empty(),
                List.of());
        List<PlanNode> tasks = tasks(again.document());
        assertThat(tasks).hasSize(11).allSatisfy(task -> assertThat(names(task.unitsIn(Role.RESPONSIBLE)))
                .containsOnlyOnce(TOWNS));
    }

    @Test
    void theNoticesAttachment_hasTheNoteToo() throws IOException {
        PlanDocument plan = stored(withNote());
        Path pdf = folder.resolve("notice.pdf");
        RENDERER.render(DocumentKind.NOTICE, plan, NoticeHeader.of(plan.plan()), Optional.empty(), true, Map.of())
                .save(pdf, OutputFormat.PDF);

        String text = pdfText(pdf).replaceAll("\\s", "");
        assertThat(text).contains(NOTE);
        assertThat(text.indexOf(NOTE)).isGreaterThan(text.lastIndexOf("开展应急科普"));
    }

    @Test
    void unitsNotOnEveryTask_orADepartmentOnEveryTask_stayOnTheirRows_andNoNoteIsWritten() throws IOException {
        // without the note the towns carry out one task, which names them
        PlanDocument plan = stored(fixture());
        assertThat(DocumentRows.unitsOfEveryTask(plan)).isEmpty();
        Path pdf = folder.resolve("division.pdf");
        RENDERER.render(DocumentKind.DIVISION, plan, NoticeHeader.of(plan.plan()), Optional.empty(), false, Map.of())
                .save(pdf, OutputFormat.PDF);
        String text = pdfText(pdf).replaceAll("\\s", "");
        assertThat(text).contains(TOWNS).doesNotContain("表中不再列出");

        // a department named on every task is named on every row
        String everyRow = String.join("\n", "丙县全民科学素质行动实施方案", "一、提升行动", "（一）青少年科学素质提升行动",
                "1. 加强学校科学教育（责任单位：县教育局、县科协）", "2. 开展青少年科技活动（责任单位：团县委、县科协）", "");
        ParseReport report = new PlanDocumentReader().read("plan.txt", everyRow.getBytes(StandardCharsets.UTF_8),
                Optional.empty(), List.of());
        assertThat(DocumentRows.unitsOfEveryTask(report.document())).isEmpty();
        ParseReport collective = new PlanDocumentReader().read("plan.txt", everyRow.replace("县科协", "各乡镇人民政府")
                .getBytes(StandardCharsets.UTF_8), Optional.empty(), List.of());
        assertThat(DocumentRows.unitsOfEveryTask(collective.document())).extracting(Unit::name).containsExactly(TOWNS);
    }

    private PlanDocument stored(String text) throws IOException {
        database = org.kesudesk.testsupport.TestDatabases.open(folder.resolve("kesudesk"));
        Path file = folder.resolve("guixian.txt");
        Files.writeString(file, text);
        PlanRepository plans = new PlanRepository(database);
        PlanImportService imports = new PlanImportService(plans, new UnitRepository(database));
        return plans.find(imports.save(imports.read(file, Optional.empty()), List.of()).id()).orElseThrow();
    }

    private static String withNote() throws IOException {
        String text = fixture();
        assertThat(text).contains(LAST_ROW);
        return text.replace(LAST_ROW, LAST_ROW + "\n注：各项任务均需各乡镇人民政府负责落实，不再一一列出。\n");
    }

    private static String fixture() throws IOException {
        try (InputStream in = EveryTaskNoteTest.class.getResourceAsStream("/plans/unseen/guixian-division.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<PlanNode> tasks(PlanDocument plan) {
        List<PlanNode> tasks = new ArrayList<>();
        plan.forEachNode(node -> {
            if (node.kind() == NodeKind.TASK) {
                tasks.add(node);
            }
        });
        return tasks;
    }

    private static List<String> names(List<Unit> units) {
        return units.stream().map(Unit::name).toList();
    }

    private static int occurrences(String text, String word) {
        int count = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            count++;
        }
        return count;
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
