package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kesudesk.parse.SampleDocumentTest.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kesudesk.model.NodeKind;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Unit;
import org.kesudesk.testsupport.DocxTables;

/**
 * A sign by a unit's name saying it leads (市教育局*、市科协), as some offices mark the lead instead of labelling it,
 * with a note saying so once (注：标*的为牵头单位。): how the note is written, what says nothing of the kind, and the
 * signed names read as leads — in a task's list, an action's, a list without brackets, a Word table's cell.
 */
class LeadSignsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "注：标*的为牵头单位。|*",
        "注：带“★”号的单位为牵头单位，其余为责任单位。|★",
        "（注：标注※的单位为牵头单位）|※",
        "备注：*号为牵头单位|*",
        "说明：单位名称后加“＊”的是牵头单位。|＊",
        "▲表示牵头单位。|▲"})
    void aNoteOfItsOwn_declaresTheSign_andIsOnlyTheNote(String note, String sign) {
        assertThat(LeadSigns.declaredIn(note)).contains(sign);
        assertThat(LeadSigns.isNote(note)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"注：标★的为重点任务。", "注：*为新增任务，由市教育局牵头。", "注：列第一位的为牵头单位。",
        "★1. 加强学校科学教育（市教育局牵头）", "（一）青少年科学素质提升行动（市教育局*、市科协）"})
    void otherTexts_declareNoSign(String text) {
        assertThat(LeadSigns.declaredIn(text)).isEmpty();
    }

    @Test
    void aDeclarationInsideAParagraph_isReadButTheParagraphIsKept() {
        String text = "各单位要按照分工抓好落实，标*的为牵头单位，要主动协调配合单位，定期调度工作进展，确保各项任务落到实处，"
                + "并于每年年底前将工作情况报送市纲要办。";
        assertThat(LeadSigns.declaredIn(text)).contains("*");
        assertThat(LeadSigns.isNote(text)).isFalse();
    }

    @Test
    void aHeaderDeclaringTheSign_namesTheColumnItIsIn() {
        assertThat(LeadSigns.withoutDeclaration("责任单位（标*的为牵头单位）")).isEqualTo("责任单位");
        assertThat(DivisionTable.guess(List.of("序号", "重点任务", "责任单位（标*的为牵头单位）")).roles())
                .containsExactly(ColumnRole.NUMBER, ColumnRole.TASK, ColumnRole.RESPONSIBLE);
    }

    @Test
    void signedNames_areTheNamesWithoutTheSign_theSignedFirst() {
        assertThat(UnitList.names("市科协、市教育局*、团市委")).containsExactly("市教育局", "市科协", "团市委");
        assertThat(UnitList.names("★市教育局，市科协")).containsExactly("市教育局", "市科协");
        assertThat(UnitList.names("市教育局 ＊、市科协")).containsExactly("市教育局", "市科协");
        assertThat(UnitList.bare("加强学校科学教育（市教育局※、市科协）")).hasValueSatisfying(units -> {
            assertThat(units.names()).containsExactly("市教育局", "市科协");
            assertThat(units.leads()).containsExactly("市教育局");
        });
        assertThat(UnitList.names("市科协、市教育局")).containsExactly("市科协", "市教育局");
    }

    /** The words a unit is marked leading with besides （牵头）: the list is read, that unit first and leading. */
    @ParameterizedTest
    @ValueSource(strings = {"（牵头单位）", "（牵头部门）", "(牵头)", "【牵头】", "[牵头]", "（主责）", "（负总责）", "（牵头负责）",
        "（为牵头单位）", "〔牵头〕"})
    void aUnitMarkedLeadingInOtherWords_leads_andTheListIsRead(String mark) {
        assertThat(UnitList.bare("加强学校科学教育。（市科协、市教育局" + mark + "、团市委）")).hasValueSatisfying(units -> {
            assertThat(units.names()).containsExactly("市教育局", "市科协", "团市委");
            assertThat(units.leads()).containsExactly("市教育局");
        });
    }

    /** Lists that say in other words that the units share the work, or who leads: read, none of them lost. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "（市教育局、市科协按职能分工负责）|市教育局,市科协|",
        "（市教育局、市科协分工负责）|市教育局,市科协|",
        "（市教育局、市科协按各自职责负责）|市教育局,市科协|",
        "（市教育局、市科协根据职责分工负责）|市教育局,市科协|",
        "（市教育局会同市科协负责）|市教育局,市科协|市教育局",
        "（由市教育局会同市科协、团市委负责）|市教育局,市科协,团市委|市教育局",
        "（市教育局主抓，市科协配合）|市教育局,市科协|市教育局",
        "（责任单位：市教育局、市科协按职能分工负责）|市教育局,市科协|",
        "（市教育局为牵头单位，市科协为配合单位）|市教育局,市科协|市教育局",
        "（牵头单位为市教育局，配合单位为市科协）|市教育局,市科协|市教育局",
        "（市教育局、市科协等10个部门）|市教育局,市科协|",
        "（市教育局及其他相关部门）|市教育局,其他相关部门|",
        "（市教育局、市科协按职责分工负责，各县（市）区政府落实）|市教育局,市科协,各县（市）区政府|"})
    void listsSayingInOtherWordsHowUnitsShareTheWork_areRead(String list, String names, String leads) {
        UnitList units = UnitList.find("1.加强学校科学教育。" + list).orElseThrow();
        assertThat(units.names()).containsExactlyElementsOf(List.of(names.split(",")));
        assertThat(units.leads()).containsExactlyElementsOf(leads == null ? List.of() : List.of(leads.split(",")));
    }

    @Test
    void aLineOfItsOwnNamingTheUnitsWith为_isTheTasksList() {
        String plan = String.join("\n", "甲县全民科学素质行动实施方案", "一、提升行动", "（一）农民科学素质提升行动。",
                "1. 推动科技下乡服务。开展科技下乡活动。", "责任单位为县科技局、县科协。", "2. 开展农民培训。",
                "牵头单位为县农业农村局，配合单位为县人社局。", "");
        ParseReport report = read("plan.txt", plan.getBytes(StandardCharsets.UTF_8));

        assertThat(names(node(report, "推动科技下乡服务").responsibleUnits())).containsExactly("县科技局", "县科协");
        assertThat(names(node(report, "开展农民培训").leadUnits())).containsExactly("县农业农村局");
        assertThat(names(node(report, "开展农民培训").responsibleUnits())).containsExactly("县人社局");
        assertThat(node(report, "推动科技下乡服务").text()).doesNotContain("责任单位");
    }

    private static final String PLAN = """
            丙县人民政府办公室关于印发丙县全民科学素质行动实施方案的通知

            丙县全民科学素质行动实施方案

            一、提升行动
            （一）青少年科学素质提升行动。（责任单位：县教育局*、县科协、团县委）
            1. 将弘扬科学精神贯穿于育人全链条。
            2. 实施科技创新后备人才培育计划。
            （二）农民科学素质提升行动。
            1. 开展高素质农民培育。（县农业农村局*、县科协、县人社局）
            2. 推动科技下乡服务。责任单位：县科技局* 县科协 各乡镇人民政府。
            二、重点工程
            （一）科普基础设施工程。
            1. 建设县科技馆。（县科协、县发展改革局*、县住房和城乡建设局）

            注：标*的为牵头单位。
            """;

    @Test
    void aPlanDeclaringTheSign_readsTheSignedAsLeads_andTheNoteIsNoPartOfIt() {
        ParseReport report = read("plan.txt", PLAN.getBytes(StandardCharsets.UTF_8));

        PlanNode youth = node(report, "青少年科学素质提升行动");
        assertThat(names(youth.leadUnits())).containsExactly("县教育局");
        // the others of the action's list are its tasks', as under a 责任单位 label after a 牵头 one
        assertThat(names(node(report, "将弘扬科学精神贯穿于育人全链条").responsibleUnits()))
                .containsExactly("县教育局", "县科协", "团县委");
        assertThat(names(node(report, "开展高素质农民培育").leadUnits())).containsExactly("县农业农村局");
        assertThat(names(node(report, "开展高素质农民培育").responsibleUnits())).containsExactly("县科协", "县人社局");
        assertThat(names(node(report, "推动科技下乡服务").leadUnits())).containsExactly("县科技局");
        assertThat(names(node(report, "推动科技下乡服务").responsibleUnits())).containsExactly("县科协", "各乡镇人民政府");
        assertThat(names(node(report, "建设县科技馆").leadUnits())).containsExactly("县发展改革局");
        assertThat(names(node(report, "建设县科技馆").responsibleUnits())).containsExactly("县科协", "县住房和城乡建设局");

        List<String> units = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        report.document().forEachNode(node -> {
            node.assignments().forEach(a -> units.add(a.unit().name()));
            texts.add(node.text());
        });
        assertThat(units).noneMatch(name -> name.contains("*"));
        assertThat(texts).noneMatch(text -> text.contains("牵头单位"));
        int note = PLAN.lines().toList().indexOf("注：标*的为牵头单位。") + 1;
        assertThat(report.warnings()).filteredOn(w -> w.message().key().toLowerCase(java.util.Locale.ROOT)
                .contains("leadsigns")).singleElement().satisfies(w -> {
                    assertThat(w.message().key()).isEqualTo("parse.warning.leadSigns");
                    assertThat(w.line()).isEqualTo(note);
                    assertThat(w.message().text()).contains("“*”");
                });
        assertThat(keys(report)).doesNotContain("parse.warning.responsibleOnItem");
    }

    @Test
    void signsNoNoteExplains_areReadAsLeadsAllTheSame_andTheReviewSaysSo() {
        String plan = PLAN.replace("注：标*的为牵头单位。", "");

        ParseReport report = read("plan.txt", plan.getBytes(StandardCharsets.UTF_8));

        assertThat(names(node(report, "开展高素质农民培育").leadUnits())).containsExactly("县农业农村局");
        int first = plan.lines().toList().indexOf("（一）青少年科学素质提升行动。（责任单位：县教育局*、县科协、团县委）") + 1;
        assertThat(report.warnings()).filteredOn(w -> w.message().key().equals("parse.warning.undeclaredLeadSigns"))
                .singleElement().satisfies(w -> assertThat(w.line()).isEqualTo(first));
        assertThat(keys(report)).doesNotContain("parse.warning.leadSigns");
    }

    @Test
    void anActionMarkingItsLeadByWords_givesTheOthersToItsTasks_asBySign() {
        ParseReport report = read("plan.txt", PLAN.replace("县教育局*、", "县教育局（牵头）、")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(names(node(report, "青少年科学素质提升行动").leadUnits())).containsExactly("县教育局");
        assertThat(names(node(report, "实施科技创新后备人才培育计划").responsibleUnits()))
                .containsExactly("县教育局", "县科协", "团县委");
    }

    @Test
    void theSamplePlanAndAPlanWithoutSigns_sayNothingOfSigns() {
        assertThat(keys(read("plan.txt", SampleDocumentTest.sample())))
                .doesNotContain("parse.warning.leadSigns", "parse.warning.undeclaredLeadSigns");
        String unsigned = PLAN.replace("*", "").replace("注：标的为牵头单位。", "");
        ParseReport report = read("plan.txt", unsigned.getBytes(StandardCharsets.UTF_8));
        assertThat(keys(report)).doesNotContain("parse.warning.leadSigns", "parse.warning.undeclaredLeadSigns");
        assertThat(names(node(report, "开展高素质农民培育").leadUnits())).isEmpty();
    }

    @Test
    void aWordDivisionTableSigningItsLeads_inAColumnWhoseHeaderSaysSo() throws IOException {
        byte[] docx;
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : List.of("丁市全民科学素质行动重点任务分工方案", "")) {
                word.createParagraph().createRun().setText(line);
            }
            XWPFTable table = word.createTable(1, 4);
            DocxTables.row(table, "序号", "重点任务", "具体措施", "责任单位（标*的为牵头单位）");
            DocxTables.across(table, "一、提升行动");
            DocxTables.row(table, "1", "青少年科学素质提升行动", "加强学校科学教育", "市教育局*、市科协");
            DocxTables.row(table, "2", "青少年科学素质提升行动", "开展青少年科技活动", "市科协、团市委*、市教育局");
            table.removeRow(0);
            word.write(out);
            docx = out.toByteArray();
        }

        ParseReport report = read("plan.docx", docx);

        List<PlanNode> tasks = new ArrayList<>();
        report.document().forEachNode(node -> {
            if (node.kind() == NodeKind.TASK) {
                tasks.add(node);
            }
        });
        assertThat(tasks).extracting(task -> names(task.leadUnits()))
                .containsExactly(List.of("市教育局"), List.of("团市委"));
        assertThat(tasks).extracting(task -> names(task.responsibleUnits()))
                .containsExactly(List.of("市科协"), List.of("市科协", "市教育局"));
        // the header's words named in the review as a note's are, and kept out of the plan
        assertThat(keys(report)).contains("parse.warning.leadSigns")
                .doesNotContain("parse.warning.undeclaredLeadSigns");
        report.document().forEachNode(node -> assertThat(node.title() + node.text()).doesNotContain("牵头单位"));
    }

    @Test
    void aWordFileDeclaringBoldLeads_readsTheNamesInBoldAsLeads() throws IOException {
        byte[] docx;
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : List.of("戊县全民科学素质行动实施方案", "一、提升行动", "（一）青少年科学素质提升行动")) {
                word.createParagraph().createRun().setText(line);
            }
            bolded(word, "1. 加强学校科学教育。（", "县教育局", "、县科协、团县委）");
            bolded(word, "2. 开展青少年科技活动。（县科协、", "团县委、县教育局", "）");
            // bold that is no unit's name, in a list and out of one
            bolded(word, "3. 提升科学教师素质。", "（重点）", "（县教育局、县科协）");
            word.createParagraph().createRun().setText("注：加粗的为牵头单位。");
            word.write(out);
            docx = out.toByteArray();
        }

        ParseReport report = read("plan.docx", docx);

        assertThat(names(node(report, "加强学校科学教育").leadUnits())).containsExactly("县教育局");
        assertThat(names(node(report, "加强学校科学教育").responsibleUnits())).containsExactly("县科协", "团县委");
        assertThat(names(node(report, "开展青少年科技活动").leadUnits())).containsExactly("团县委", "县教育局");
        assertThat(names(node(report, "开展青少年科技活动").responsibleUnits())).containsExactly("县科协");
        assertThat(node(report, "提升科学教师素质").leadUnits()).isEmpty();
        assertThat(node(report, "提升科学教师素质").text()).doesNotContain("*");
        assertThat(keys(report)).contains("parse.warning.leadBold")
                .doesNotContain("parse.warning.undeclaredLeadSigns", "parse.warning.leadBoldUnseen");

        // the same words as text: no bold to see, the review says so
        String text = "戊县全民科学素质行动实施方案\n一、提升行动\n（一）青少年科学素质提升行动\n"
                + "1. 加强学校科学教育。（县教育局、县科协、团县委）\n注：加粗的为牵头单位。\n";
        ParseReport plain = read("plan.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(node(plain, "加强学校科学教育").leadUnits()).isEmpty();
        assertThat(keys(plain)).contains("parse.warning.leadBoldUnseen");
        assertThat(node(plain, "加强学校科学教育").text()).doesNotContain("加粗");
    }

    @Test
    void aWordTableWhoseHeaderDeclaresBoldLeads_readsTheBoldAsLeads() throws IOException {
        byte[] docx;
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            word.createParagraph().createRun().setText("己市全民科学素质行动重点任务分工方案");
            XWPFTable table = word.createTable(1, 3);
            DocxTables.row(table, "序号", "重点任务", "责任单位（加粗的为牵头单位）");
            DocxTables.across(table, "一、提升行动");
            DocxTables.across(table, "（一）青少年科学素质提升行动");
            DocxTables.row(table, "1", "加强学校科学教育", "");
            var cell = table.getRow(table.getRows().size() - 1).getCell(2).getParagraphs().get(0);
            cell.createRun().setText("市科协、");
            var lead = cell.createRun();
            lead.setText("市教育局");
            lead.setBold(true);
            table.removeRow(0);
            word.write(out);
            docx = out.toByteArray();
        }

        ParseReport report = read("plan.docx", docx);

        assertThat(names(node(report, "加强学校科学教育").leadUnits())).containsExactly("市教育局");
        assertThat(names(node(report, "加强学校科学教育").responsibleUnits())).containsExactly("市科协");
        assertThat(keys(report)).contains("parse.warning.leadBold").doesNotContain("parse.warning.undeclaredLeadSigns");
    }

    @Test
    void aWorkbookDeclaringBoldLeads_readsTheNamesInBoldInsideACellAsLeads() throws IOException {
        byte[] xlsx;
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("分工");
            var bold = book.createFont();
            bold.setBold(true);
            String[][] rows = {{"序号", "重点任务", "责任单位"}, {"一、提升行动"}, {"（一）青少年科学素质提升行动"},
                {"1", "加强学校科学教育", "市科协、|市教育局|、团市委"}, {"2", "开展青少年科技活动", "|市科协|、市教育局"},
                {"注：加粗的为牵头单位。"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    String[] parts = rows[r][c].split("\\|", -1);
                    var text = new org.apache.poi.xssf.usermodel.XSSFRichTextString(String.join("", parts));
                    if (parts.length == 3) {
                        // the middle part bold
                        text.applyFont(parts[0].length(), parts[0].length() + parts[1].length(), bold);
                    }
                    row.createCell(c).setCellValue(text);
                }
            }
            book.write(out);
            xlsx = out.toByteArray();
        }

        ParseReport report = read("分工.xlsx", xlsx);

        assertThat(names(node(report, "加强学校科学教育").leadUnits())).containsExactly("市教育局");
        assertThat(names(node(report, "加强学校科学教育").responsibleUnits())).containsExactly("市科协", "团市委");
        assertThat(names(node(report, "开展青少年科技活动").leadUnits())).containsExactly("市科协");
        assertThat(keys(report)).contains("parse.warning.leadBold").doesNotContain("parse.warning.leadBoldUnseen");
    }

    /** A paragraph of three runs, the middle one bold. */
    private static void bolded(XWPFDocument word, String before, String bold, String after) {
        var paragraph = word.createParagraph();
        paragraph.createRun().setText(before);
        var run = paragraph.createRun();
        run.setText(bold);
        run.setBold(true);
        paragraph.createRun().setText(after);
    }

    private static PlanNode node(ParseReport report, String title) {
        List<PlanNode> found = new ArrayList<>();
        report.document().forEachNode(node -> {
            if (node.title().equals(title)) {
                found.add(node);
            }
        });
        assertThat(found).as(title).hasSize(1);
        return found.get(0);
    }

    private static List<String> keys(ParseReport report) {
        return report.warnings().stream().map(w -> w.message().key()).toList();
    }

    private static List<String> names(List<Unit> units) {
        return units.stream().map(Unit::name).toList();
    }
}
