package org.kesudesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Unit;
import org.kesudesk.parse.PlanDocumentReader;

/**
 * A work plan whose line of work names its own 牵头单位 besides its 责任单位 — 3.实施青少年科学素质提升行动。…（牵头单位：
 * 市教育局；责任单位：团市委、市科协） — printed as the office wrote it, in every document, and read back so.
 */
class TaskLeadsDocumentsTest {

    private static final DocumentRenderer RENDERER = new DocumentRenderer();
    private static PlanDocument plan;
    private static PlanNode led;

    @TempDir
    Path folder;

    @BeforeAll
    static void readTheWorkPlan() throws IOException {
        try (InputStream in = TaskLeadsDocumentsTest.class.getResourceAsStream("/plans/deadlines/work-plan-2023.txt")) {
            plan = new PlanDocumentReader().read("work-plan-2023.txt", in.readAllBytes(), Optional.empty(), List.of())
                    .document();
        }
        led = plan.items().stream().flatMap(item -> item.children().stream())
                .filter(task -> task.title().equals("实施青少年科学素质提升行动")).findFirst().orElseThrow();
    }

    @Test
    void theTaskIsLedByTheUnitItNames_andCarriedOutByAllItsUnits() {
        assertThat(led.leadUnits()).extracting(Unit::name).containsExactly("市教育局");
        assertThat(led.responsibleUnits()).extracting(Unit::name).containsExactly("团市委", "市科协");
        assertThat(led.carriedOutBy()).extracting(Unit::name).containsExactly("市教育局", "团市委", "市科协");
    }

    @Test
    void theNotice_closesTheTaskWithItsLeadAndItsOthers_andATaskWithoutALead_withItsResponsibleUnitsOnly()
            throws IOException {
        Path pdf = folder.resolve("notice.pdf");
        RENDERER.render(DocumentKind.NOTICE, plan, NoticeHeader.of(plan.plan()), Optional.empty())
                .save(pdf, OutputFormat.PDF);
        String text = pdfText(pdf);

        assertThat(text).contains("（牵头单位：市教育局；责任单位：团市委、市科协）")
                .contains("弘扬科学家精神").contains("（责任单位：市委宣传部、市科协）")
                .doesNotContain("（责任单位：市教育局、团市委、市科协）");
    }

    @Test
    void theDivisionTable_inItsWordFile_namesTheTasksOwnLead_inItsRowsLeadCell() throws IOException {
        Path file = folder.resolve("division.docx");
        RENDERER.render(DocumentKind.DIVISION, plan, NoticeHeader.of(plan.plan()), Optional.empty())
                .save(file, OutputFormat.DOCX);
        try (XWPFDocument word = new XWPFDocument(java.nio.file.Files.newInputStream(file))) {
            XWPFTableRow row = word.getTables().get(0).getRows().stream()
                    .filter(r -> r.getTableCells().size() == 4 && r.getCell(1).getText().contains("实施青少年科学素质提升行动"))
                    .findFirst().orElseThrow();
            assertThat(row.getCell(2).getText()).isEqualTo("市教育局");
            assertThat(row.getCell(3).getText()).isEqualTo("团市委、市科协");
            // a task that names no lead of its own: its item names none either here
            XWPFTableRow other = word.getTables().get(0).getRows().stream()
                    .filter(r -> r.getTableCells().size() == 4 && r.getCell(1).getText().contains("弘扬科学家精神"))
                    .findFirst().orElseThrow();
            assertThat(other.getCell(2).getText()).isEmpty();
        }
        // and its PDF: the row's lead cell beside the task
        Path pdf = folder.resolve("division.pdf");
        RENDERER.render(DocumentKind.DIVISION, plan, NoticeHeader.of(plan.plan()), Optional.empty())
                .save(pdf, OutputFormat.PDF);
        assertThat(pdfText(pdf)).containsSubsequence("实施青少年科学素质提升行动", "市教育局", "团市委、市科协");
    }

    @Test
    void aUnitsList_marksTheTaskItLeads() throws IOException {
        Path pdf = folder.resolve("unit-list.pdf");
        RENDERER.render(DocumentKind.UNIT_LIST, plan, NoticeHeader.of(plan.plan()), Optional.of("市教育局"))
                .save(pdf, OutputFormat.PDF);
        assertThat(pdfText(pdf)).contains("实施青少年科学素质提升行动（牵头）");

        Path other = folder.resolve("unit-list-other.pdf");
        RENDERER.render(DocumentKind.UNIT_LIST, plan, NoticeHeader.of(plan.plan()), Optional.of("团市委"))
                .save(other, OutputFormat.PDF);
        assertThat(pdfText(other)).contains("实施青少年科学素质提升行动").doesNotContain("（牵头）");
    }

    @Test
    void theNoticeWithItsDivisionTable_asAWordFile_readsBackWithTheTasksLead() throws IOException {
        Path file = folder.resolve("round-trip.docx");
        RENDERER.render(DocumentKind.NOTICE, plan, NoticeHeader.of(plan.plan()), Optional.empty(), true)
                .save(file, OutputFormat.DOCX);
        PlanDocument back = new PlanDocumentReader().read(file, Optional.empty(), List.of()).document();
        PlanNode task = back.items().stream().flatMap(item -> item.children().stream())
                .filter(t -> t.title().equals("实施青少年科学素质提升行动")).findFirst().orElseThrow();
        assertThat(task.leadUnits()).extracting(Unit::name).containsExactly("市教育局");
        assertThat(task.responsibleUnits()).extracting(Unit::name).containsExactly("团市委", "市科协");
    }

    @Test
    void anItemThatIsItsOwnTask_givenAnotherLead_printsItAmongItsLeads_inTheNoticeAndTheDivisionTable()
            throws IOException {
        PlanDocument workPlan;
        try (InputStream in = getClass().getResourceAsStream("/plans/deadlines/work-plan-items-2024.txt")) {
            workPlan = new PlanDocumentReader().read("work-plan-items-2024.txt", in.readAllBytes(), Optional.empty(),
                    List.of()).document();
        }
        // （一）…（牵头单位：市教育局；责任单位：市科协、团市委）, and 市科协 made a lead of its task (设为牵头)
        PlanNode item = workPlan.items().get(0);
        PlanNode own = item.ownTask().orElseThrow();
        PlanDocument led = withLead(workPlan, own.id(), "市科协");

        Path notice = folder.resolve("own-notice.pdf");
        RENDERER.render(DocumentKind.NOTICE, led, NoticeHeader.of(led.plan()), Optional.empty())
                .save(notice, OutputFormat.PDF);
        assertThat(pdfText(notice)).contains("（牵头单位：市教育局、市科协；责任单位：团市委）");
        Path division = folder.resolve("own-division.docx");
        RENDERER.render(DocumentKind.DIVISION, led, NoticeHeader.of(led.plan()), Optional.empty())
                .save(division, OutputFormat.DOCX);
        try (XWPFDocument word = new XWPFDocument(java.nio.file.Files.newInputStream(division))) {
            XWPFTableRow row = word.getTables().get(0).getRows().stream()
                    .filter(r -> r.getTableCells().size() == 4 && r.getCell(1).getText().contains(item.title()))
                    .findFirst().orElseThrow();
            // the cell's lines broken between the names, as the PDF's
            assertThat(row.getCell(2).getText()).isEqualTo("市教育局、\n市科协");
            assertThat(row.getCell(3).getText()).isEqualTo("团市委");
        }
    }

    /**
     * In a plan whose tasks name their leads, a task's row names its own only: blank where it has none (its item's row
     * names the item's), the item's units where it is led by them — so each reads back from the Word file and the PDF
     * as the task it is. A plan whose tasks name none repeats its item's leads on each task row.
     */
    @Test
    void theDivisionTable_ofAPlanWhoseTasksNameLeads_leavesATaskWithoutOneBlank_andReadsBackTaskByTask()
            throws IOException {
        // the plan whose tasks name their leads in phrases (由…牵头), its last task given responsible units only
        String text;
        try (InputStream in = getClass().getResourceAsStream("/plans/styles/lead-phrases.txt")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String last = "2.建设基层科普阵地。建设科普活动站。\n工作分工：市科协牵头，各县（市）区政府参与。";
        assertThat(text).contains(last);
        PlanDocument phrases = new PlanDocumentReader().read("plan.txt", text.replace(last,
                        "2.建设基层科普阵地。建设科普活动站。（责任单位：各县（市）区政府）")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), Optional.empty(), List.of()).document();
        byte[] docx = division(phrases, OutputFormat.DOCX);
        try (XWPFDocument word = new XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
            // （由市农业农村局牵头）: the item's lead, and its one task's own
            assertThat(leadCell(word, "农民科学素质提升行动")).isEqualTo("市农业农村局");
            assertThat(leadCell(word, "开展农民技能培训")).isEqualTo("市农业农村局");
            // a task naming no unit, under an item led by two
            assertThat(leadCell(word, "科普基础设施工程")).isEqualTo("市科协、市发展改革委");
            assertThat(leadCell(word, "建设基层科普阵地")).isEmpty();
        }
        for (OutputFormat format : List.of(OutputFormat.DOCX, OutputFormat.PDF, OutputFormat.OFD)) {
            PlanDocument back = new PlanDocumentReader().read("division." + format.name().toLowerCase(),
                    division(phrases, format), Optional.empty(), List.of()).document();
            assertThat(leadsOfTasks(back)).as(format.name()).isEqualTo(leadsOfTasks(phrases))
                    .contains("开展农民技能培训：市农业农村局", "建设基层科普阵地：");
        }

        PlanDocument sample = read("/org/kesudesk/samples/qiqihar-2022-16.txt");
        try (XWPFDocument word = new XWPFDocument(new java.io.ByteArrayInputStream(division(sample,
                OutputFormat.DOCX)))) {
            PlanNode item = sample.items().get(0);
            String leads = String.join("、", item.leadUnits().stream().map(Unit::name).toList());
            assertThat(leads).isNotEmpty();
            assertThat(leadCell(word, item.children().get(0).title())).isEqualTo(leads);
        }
    }

    private static PlanDocument read(String resource) throws IOException {
        try (InputStream in = TaskLeadsDocumentsTest.class.getResourceAsStream(resource)) {
            return new PlanDocumentReader().read(resource, in.readAllBytes(), Optional.empty(), List.of()).document();
        }
    }

    private static byte[] division(PlanDocument plan, OutputFormat format) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        RENDERER.render(DocumentKind.DIVISION, plan, NoticeHeader.of(plan.plan()), Optional.empty()).write(out, format);
        return out.toByteArray();
    }

    /** The 牵头单位 cell of the first row whose task cell holds the text, its lines joined. */
    private static String leadCell(XWPFDocument word, String task) {
        return word.getTables().get(0).getRows().stream()
                .filter(r -> r.getTableCells().size() == 4 && r.getCell(1).getText().contains(task))
                .findFirst().orElseThrow().getCell(2).getText().replace("\n", "");
    }

    /** Each task of the plan with its own lead units: 开展农民技能培训：市农业农村局. */
    private static List<String> leadsOfTasks(PlanDocument plan) {
        return plan.items().stream().flatMap(item -> item.children().stream())
                .map(task -> task.title() + "：" + String.join("、", task.leadUnits().stream().map(Unit::name)
                        .toList())).toList();
    }

    /** The plan with the named unit of the node made its lead, as 设为牵头 stores it. */
    private static PlanDocument withLead(PlanDocument plan, java.util.UUID nodeId, String unit) {
        return new PlanDocument(plan.plan(), plan.goalIndicators(),
                plan.sections().stream().map(section -> withLead(section, nodeId, unit)).toList());
    }

    private static PlanNode withLead(PlanNode node, java.util.UUID nodeId, String unit) {
        List<org.kesudesk.model.Assignment> assignments = node.id().equals(nodeId) ? node.assignments().stream()
                .map(a -> a.unit().name().equals(unit) ? new org.kesudesk.model.Assignment(a.id(), a.unit(),
                        org.kesudesk.model.Role.LEAD, a.rowVersion()) : a).toList() : node.assignments();
        return new PlanNode(node.id(), node.kind(), node.label(), node.title(), node.text(), assignments,
                node.indicators(), node.children().stream().map(child -> withLead(child, nodeId, unit)).toList(),
                node.rowVersion());
    }

    /** The PDF's text without the line breaks and spaces its lines and cells put between characters. */
    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }
}
