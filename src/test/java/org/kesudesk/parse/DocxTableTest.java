package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kesudesk.parse.SampleDocumentTest.expectedOutline;
import static org.kesudesk.parse.SampleDocumentTest.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.junit.jupiter.api.Test;
import org.kesudesk.testsupport.PlanOutline;

/**
 * A Word document whose 分工 is a table, in the two shapes offices use: group rows across the table (as the app's own
 * 任务分工表), and a column of items merged down over their tasks. Both read as the plan in text.
 */
class DocxTableTest {

    private static final List<String> NOTICE = List.of("乙市人民政府办公室关于印发乙市全民科学素质行动实施方案的通知", "",
            "各县（市）区人民政府，市政府各部门：", "现将《乙市全民科学素质行动实施方案》印发给你们，请认真贯彻执行。", "",
            "乙市人民政府办公室", "2026年4月1日", "", "乙市全民科学素质行动实施方案", "", "一、总体要求",
            "到2025年，公民具备科学素质的比例达到15%。");
    /** A plan's body whose tasks name no units, then the label and title of its attached 分工表. */
    private static final List<String> BODY_NAMING_NO_UNITS = List.of("二、提升行动", "（一）青少年科学素质提升行动。激发青少年好奇心。",
            "1. 加强学校科学教育。开齐开好科学课。", "2. 开展青少年科技活动。组织科技节。", "（二）农民科学素质提升行动。服务乡村振兴。",
            "1. 培育高素质农民。开展技能培训。", "附件", "重点任务分工表");
    private static final List<String> TAIL = List.of("", "抄送：市委办公室。", "乙市人民政府办公室 2026年4月1日印发");

    @Test
    void aTableWithGroupRowsAcrossIt_readsAsThePlan() throws IOException {
        byte[] docx = document(table -> expectedPlan(table, t -> header(t, "序号", "重点任务", "牵头单位", "责任单位")));

        ParseReport report = read("plan.docx", docx);
        assertThat(outline(report)).isEqualTo(outline(expectedOutline("styles/expected.txt")));
        // the review says these units came from the table's rows
        assertThat(report.sources()).isNotEmpty().extracting(UnitSource::rule).containsOnly(UnitRule.TABLE_ROW);
    }

    /**
     * Tasks typed in the 重点任务 column and numbered there by Word — 1. for a task, （1） for its sub-tasks, two
     * levels of one list — hold no number in their cells' text: read with the numbers Word draws, the sub-tasks
     * under their task.
     */
    @Test
    void tasksNumberedByWordInTheirCells_readWithTheNumbersWordDraws() throws IOException {
        byte[] docx = document(table -> {
            header(table, "序号", "重点任务", "牵头单位", "责任单位");
            across(table, "二、实施提升行动");
            row(table, "", "（一）青少年科学素质提升行动", "市教育局", "");
            row(table, "", "建设科技馆", "市教育局", "");
            row(table, "", "完成主体工程", "", "市发展改革委、市住建局");
            row(table, "", "充实展品", "", "");
            row(table, "", "开展青少年科技活动", "市教育局", "市科协");
            org.apache.poi.xwpf.usermodel.XWPFNumbering numbering = table.getBody().getXWPFDocument().createNumbering();
            var definition = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum.Factory
                    .newInstance();
            definition.setAbstractNumId(java.math.BigInteger.ONE);
            String[] texts = {"%1.", "（%2）"};
            for (int l = 0; l < texts.length; l++) {
                var level = definition.addNewLvl();
                level.setIlvl(java.math.BigInteger.valueOf(l));
                level.addNewStart().setVal(java.math.BigInteger.ONE);
                level.addNewNumFmt().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat
                        .DECIMAL);
                level.addNewLvlText().setVal(texts[l]);
            }
            java.math.BigInteger list = numbering.addNum(numbering.addAbstractNum(
                    new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(definition)));
            int[] levels = {0, 1, 1, 0};
            for (int r = 0; r < levels.length; r++) {
                var task = table.getRows().get(r + 4).getCell(1).getParagraphs().get(0);
                task.setNumID(list);
                task.setNumILvl(java.math.BigInteger.valueOf(levels[r]));
            }
        });

        assertThat(outline(read("plan.docx", docx))).isEqualTo(TASK_WITH_SUB_TASKS);
    }

    /** The outline of a 分工表 of one item whose first task has two sub-tasks, numbered in their cells by a list. */
    static final List<String> TASK_WITH_SUB_TASKS = List.of(
            "section 二 实施提升行动",
            "  action 一 青少年科学素质提升行动 | 市教育局",
            "    1 建设科技馆",
            "      (1) 完成主体工程 | 市发展改革委、市住建局",
            "      (2) 充实展品",
            "    2 开展青少年科技活动 | 市科协");

    /**
     * A 牵头单位 column naming different leads on the task rows of one item names each task's own — also where a row
     * names its item's, and in the table's other items; a task left blank there has none. This app prints a plan whose
     * tasks name their leads so.
     */
    @Test
    void aTaskRowsLeadCell_leadsTheTask_inATableWhoseTaskRowsOfAnItemNameDifferentLeads() throws IOException {
        byte[] docx = document(table -> {
            header(table, "序号", "重点任务", "牵头单位", "责任单位");
            across(table, "二、实施提升行动");
            // the item's own row names its leads; the first task's row the same, the second its own, the third none
            row(table, "", "（一）青少年科学素质提升行动", "市教育局、市科协", "");
            row(table, "1", "加强学校科学教育", "市教育局、市科协", "团市委");
            row(table, "2", "开展青少年科技活动", "市科协", "市科技局、市科协");
            row(table, "3", "开展科普阅读", "", "市图书馆");
            row(table, "", "（二）农民科学素质提升行动", "市农业农村局", "");
            row(table, "4", "开展农民技能培训", "市农业农村局", "市人社局");
            row(table, "5", "推广农业技术", "市农业农村局", "市科技局");
        });

        assertThat(outline(read("plan.docx", docx))).containsExactly(
                "section 二 实施提升行动",
                "  action 一 青少年科学素质提升行动 | 市教育局、市科协",
                "    1 加强学校科学教育 | 市教育局（牵头）、市科协（牵头）、团市委",
                "    2 开展青少年科技活动 | 市科协（牵头）、市科技局",
                "    3 开展科普阅读 | 市图书馆",
                "  action 二 农民科学素质提升行动 | 市农业农村局",
                "    1 开展农民技能培训 | 市农业农村局（牵头）、市人社局",
                "    2 推广农业技术 | 市农业农村局（牵头）、市科技局");
    }

    /**
     * Task rows all naming the same lead, one of the several the item's own row names, name their tasks' own (市科协
     * leads each task of an action 市教育局 and 市科协 lead) — in the whole table.
     */
    @Test
    void taskRowsAllNamingOneOfTheItemsLeads_nameTheTasksOwn() throws IOException {
        byte[] docx = document(table -> {
            header(table, "序号", "重点任务", "牵头单位", "责任单位");
            across(table, "二、实施提升行动");
            row(table, "", "（一）青少年科学素质提升行动", "市教育局、市科协", "");
            row(table, "1", "加强学校科学教育", "市科协", "团市委");
            row(table, "2", "开展青少年科技活动", "市科协", "市科技局");
            row(table, "", "（二）农民科学素质提升行动", "市农业农村局", "");
            row(table, "3", "开展农民技能培训", "市农业农村局", "市人社局");
        });

        assertThat(outline(read("plan.docx", docx))).containsExactly(
                "section 二 实施提升行动",
                "  action 一 青少年科学素质提升行动 | 市教育局、市科协",
                "    1 加强学校科学教育 | 市科协（牵头）、团市委",
                "    2 开展青少年科技活动 | 市科协（牵头）、市科技局",
                "  action 二 农民科学素质提升行动 | 市农业农村局",
                "    1 开展农民技能培训 | 市农业农村局（牵头）、市人社局");
    }

    /**
     * Where every task row of each item names the same 牵头单位 (repeating, or merged over, the item's), they are the
     * item's, not each task's; a row naming others under no row of the item's own leads that task.
     */
    @Test
    void aLeadColumnRepeatingEachItemsLeads_namesTheItemsLeads_notEachTasks() throws IOException {
        byte[] docx = document(table -> {
            header(table, "序号", "重点任务", "牵头单位", "责任单位");
            across(table, "二、实施提升行动");
            row(table, "", "（一）青少年科学素质提升行动", "市教育局、市科协", "");
            row(table, "1", "加强学校科学教育", "市教育局、市科协", "团市委");
            row(table, "2", "开展青少年科技活动", "市教育局、市科协", "市科技局");
            // every row of an item naming the same leads: the item's, printed on each row (or merged over them)
            row(table, "", "（二）农民科学素质提升行动", "", "");
            row(table, "3", "开展农民技能培训", "市农业农村局", "市人社局");
            row(table, "4", "推广农业技术", "市农业农村局", "市科技局");
            // an item spanning the table: its task rows' leads are theirs, and the item is led by them
            across(table, "（三）老年人科学素质提升行动");
            row(table, "5", "实施银龄科普行动", "市卫生健康委", "市民政局");
            row(table, "6", "实施智慧助老行动", "市科协", "市民政局");
        });

        assertThat(outline(read("plan.docx", docx))).containsExactly(
                "section 二 实施提升行动",
                "  action 一 青少年科学素质提升行动 | 市教育局、市科协",
                "    1 加强学校科学教育 | 团市委",
                "    2 开展青少年科技活动 | 市科技局",
                "  action 二 农民科学素质提升行动 | 市农业农村局",
                "    1 开展农民技能培训 | 市人社局",
                "    2 推广农业技术 | 市科技局",
                "  action 三 老年人科学素质提升行动 | 市卫生健康委、市科协",
                "    1 实施银龄科普行动 | 市卫生健康委（牵头）、市民政局",
                "    2 实施智慧助老行动 | 市科协（牵头）、市民政局");
    }

    /**
     * Rows （1）… without a 序号 under a task's row are its sub-tasks (as this app prints them), with units or none;
     * a table numbering its tasks （1）（2） itself has tasks only.
     */
    @Test
    void rowsNumberedInBracketsUnderATask_areItsSubTasks_butTasksNumberedSoAreTasks() throws IOException {
        byte[] docx = document(table -> {
            header(table, "序号", "重点任务", "牵头单位", "责任单位");
            across(table, "二、实施提升行动");
            row(table, "", "（一）青少年科学素质提升行动", "市教育局", "");
            row(table, "1", "1.建设科技馆", "市教育局", "");
            row(table, "", "（1）完成主体工程", "", "市发展改革委、市住建局");
            row(table, "", "（2）充实展品", "", "");
            row(table, "2", "2.开展青少年科技活动", "市教育局", "市科协");
            row(table, "", "（二）农民科学素质提升行动", "市农业农村局", "");
            row(table, "", "（1）开展农民技能培训", "", "市人社局");
            row(table, "", "（2）推广农业技术", "", "市科技局");
        });

        assertThat(outline(read("plan.docx", docx))).containsExactly(
                "section 二 实施提升行动",
                "  action 一 青少年科学素质提升行动 | 市教育局",
                "    1 建设科技馆",
                "      (1) 完成主体工程 | 市发展改革委、市住建局",
                "      (2) 充实展品",
                "    2 开展青少年科技活动 | 市科协",
                "  action 二 农民科学素质提升行动 | 市农业农村局",
                "    1 开展农民技能培训 | 市人社局",
                "    2 推广农业技术 | 市科技局");
    }

    /** Task rows numbered 1. 2. whose work is 实施…行动 are tasks, though their wording names an action. */
    @Test
    void numberedRowsOfWorkNamingAnAction_areTasks_notActions() throws IOException {
        byte[] docx = document(table -> {
            header(table, "序号", "重点任务", "牵头单位", "责任单位");
            across(table, "二、实施提升行动");
            row(table, "", "（一）青少年科学素质提升行动", "县教育局", "");
            row(table, "", "（二）深入实施五大提升行动", "", "");
            row(table, "1", "1.实施农民科学素质提升行动", "县农业农村局", "县科协");
            row(table, "2", "2.实施老年人科学素质提升行动", "县民政局", "县老龄办");
        });

        assertThat(outline(read("plan.docx", docx))).containsExactly(
                "section 二 实施提升行动",
                "  action 一 青少年科学素质提升行动 | 县教育局",
                "    - 青少年科学素质提升行动 | 县教育局",
                "  action 二 深入实施五大提升行动 | 县农业农村局、县民政局",
                "    1 实施农民科学素质提升行动 | 县农业农村局（牵头）、县科协",
                "    2 实施老年人科学素质提升行动 | 县民政局（牵头）、县老龄办");
    }

    @Test
    void aTableWithItsItemsMergedDownAColumn_readsAsThePlan() throws IOException {
        byte[] docx = document(table -> {
            header(table, "行动", "工作任务", "牵头单位", "配合单位");
            across(table, "二、实施提升行动");
            merged(table, true, "青少年科学素质提升行动", "加强学校科学教育", "市教育局、市科协", "市教育局、团市委");
            merged(table, false, "", "开展青少年科技活动", "市科协", "市科协、市科技局、市妇联");
            merged(table, true, "农民科学素质提升行动", "开展农民技能培训", "市农业农村局", "市农业农村局\n市人社局");
            across(table, "三、实施重点工程");
            merged(table, true, "科普基础设施工程", "建设市科技馆", "市科协、市发展改革委", "市发展改革委、市住建局、市财政局");
            merged(table, false, "", "建设基层科普阵地", "市科协", "市科协、各县（市）区政府");
        });

        // its rows name each task's own 牵头单位 (not the same on every row of an item): the tasks' leads
        assertThat(outline(read("plan.docx", docx)))
                .isEqualTo(outline(expectedOutline("styles/expected-task-leads.txt")));
    }

    @Test
    void aTaskCellOfTwoParagraphs_numberedInItsFirst_isNumberedOnce() throws IOException {
        byte[] docx = document(table -> {
            header(table, "序号", "重点任务", "牵头单位", "责任单位");
            across(table, "二、实施提升行动");
            across(table, "（一）青少年科学素质提升行动");
            XWPFTableRow row = table.createRow();
            row.getCell(0).setText("1");
            row.getCell(1).setText("1.加强学校科学教育。");
            row.getCell(1).addParagraph().createRun().setText("开齐开好科学课。");
            row.getCell(2).setText("市教育局");
            row.getCell(3).setText("市教育局、团市委");
        });

        ParseReport report = read("plan.docx", docx);

        assertThat(report.document().items().get(0).children()).singleElement().satisfies(task -> {
            assertThat(task.label()).isEqualTo("1");
            assertThat(task.title()).isEqualTo("加强学校科学教育");
        });
        assertThat(report.warnings()).extracting(w -> w.message().key()).doesNotContain("parse.warning.unnumberedTask");
    }

    @Test
    void aHeaderOverTwoRows_unitsOverLeadAndPartners_readsEachColumn_alsoRepeatedOnALaterPage() throws IOException {
        byte[] docx = document(table -> expectedPlan(table, DocxTableTest::twoRowHeader));

        assertThat(outline(read("plan.docx", docx))).isEqualTo(outline(expectedOutline("styles/expected.txt")));
    }

    /**
     * The plan of styles/expected.txt as a table with group rows across it, under the header {@code header} writes;
     * the header again before its last row, as Word repeats it on a new page.
     */
    private static void expectedPlan(XWPFTable table, java.util.function.Consumer<XWPFTable> header) {
        header.accept(table);
        across(table, "二、实施提升行动");
        across(table, "（一）青少年科学素质提升行动");
        row(table, "1", "加强学校科学教育", "市教育局、市科协", "市教育局、团市委");
        row(table, "2", "开展青少年科技活动", "市教育局、市科协", "市科协、市科技局、市妇联");
        across(table, "（二）农民科学素质提升行动");
        row(table, "3", "开展农民技能培训", "市农业农村局", "市农业农村局、市人社局");
        across(table, "三、实施重点工程");
        across(table, "（一）科普基础设施工程");
        row(table, "4", "建设市科技馆", "市科协、市发展改革委", "市发展改革委、市住建局、市财政局");
        header.accept(table);
        row(table, "5", "建设基层科普阵地", "市科协、市发展改革委", "市科协、各县（市）区政府");
    }

    /** 序号 | 重点任务 | 责任单位 over 牵头单位 and 配合单位 in the row below, the first two merged down the two rows. */
    private static void twoRowHeader(XWPFTable table) {
        XWPFTableRow top = table.createRow();
        top.getCell(0).setText("序号");
        top.getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
        top.getCell(1).setText("重点任务");
        top.getCell(1).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
        top.getCell(2).setText("责任单位");
        top.getCell(2).getCTTc().addNewTcPr().addNewGridSpan().setVal(java.math.BigInteger.valueOf(2));
        top.removeCell(3);
        XWPFTableRow below = table.createRow();
        while (below.getTableCells().size() < 4) {
            below.addNewTableCell();
        }
        below.getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
        below.getCell(1).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
        below.getCell(2).setText("牵头单位");
        below.getCell(3).setText("配合单位");
    }

    /**
     * A 牵头单位 (or 责任单位, 完成时限) cell merged down over several task rows, as clerks merge a unit that leads a
     * run of tasks: every task it spans has it.
     */
    @Test
    void unitAndTimeCellsMergedDown_giveEachTaskTheyCoverTheirText() throws IOException {
        byte[] docx = timedTable(table -> {
            row(table, "1", "加强学校科学教育", "市教育局", "团市委", "2024年12月");
            row(table, "2", "开展青少年科技活动", "", "市科技局", "");
            row(table, "3", "培训科技辅导员", "", "市科协", "长期坚持");
            row(table, "4", "建设科普基地", "市科协", "市发展改革委", "");
        }, table -> {
            // the task rows (the table's rows 3 to 6): 市教育局 merged down over the first three, 2024年12月 over two
            vMerge(table, 3, 2, true);
            vMerge(table, 4, 2, false);
            vMerge(table, 5, 2, false);
            vMerge(table, 3, 4, true);
            vMerge(table, 4, 4, false);
        });

        List<org.kesudesk.model.PlanNode> tasks = read("plan.docx", docx).document().items().get(0).children();

        assertThat(tasks).extracting(task -> task.leadUnits().stream().map(org.kesudesk.model.Unit::name).toList())
                .containsExactly(List.of("市教育局"), List.of("市教育局"), List.of("市教育局"), List.of("市科协"));
        assertThat(tasks).extracting(task -> org.kesudesk.model.DeadlineWording.find(task.text())
                .map(org.kesudesk.model.Deadline::code).orElse("none"))
                .containsExactly("2024-12-31", "2024-12-31", "ongoing", "none");
    }

    /**
     * The notice with a table of 序号, 重点任务, 牵头单位, 责任单位 and 完成时限 under 二、 and （一）, its task rows as
     * {@code tasks} adds them, then {@code after} given the table (its header row 0).
     */
    private static byte[] timedTable(java.util.function.Consumer<XWPFTable> tasks,
                                     java.util.function.Consumer<XWPFTable> after) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            NOTICE.forEach(line -> document.createParagraph().createRun().setText(line));
            XWPFTable table = document.createTable(1, 5);
            row(table, "序号", "重点任务", "牵头单位", "责任单位", "完成时限");
            across(table, "二、实施提升行动");
            across(table, "（一）青少年科学素质提升行动");
            tasks.accept(table);
            table.removeRow(0);
            after.accept(table);
            TAIL.forEach(line -> document.createParagraph().createRun().setText(line));
            document.write(out);
            return out.toByteArray();
        }
    }

    /** Marks a cell of a row as starting, or continuing, a cell merged down its column. */
    private static void vMerge(XWPFTable table, int row, int column, boolean start) {
        table.getRow(row).getCell(column).getCTTc().addNewTcPr().addNewVMerge()
                .setVal(start ? STMerge.RESTART : STMerge.CONTINUE);
    }

    @Test
    void aTimeColumn_givesEachTaskItsDeadline_inItsText() throws IOException {
        byte[] docx = timedTable(table -> {
            row(table, "1", "加强学校科学教育", "市教育局", "市教育局、团市委", "2024年12月");
            row(table, "2", "开展青少年科技活动", "市科协", "市科协、市科技局", "长期坚持");
            row(table, "3", "培训科技辅导员", "市科协", "市科协", "");
            // typed in figures, as an Excel user types a date: the month's end, the day
            row(table, "4", "建设科普阵地", "市科协", "市科协", "2025.12");
            row(table, "5", "开展科普日活动", "市科协", "市科协", "2025/9/30");
        }, table -> {
        });

        List<org.kesudesk.model.PlanNode> tasks = read("plan.docx", docx).document().items().get(0).children();

        assertThat(tasks).extracting(org.kesudesk.model.PlanNode::title)
                .containsExactly("加强学校科学教育", "开展青少年科技活动", "培训科技辅导员", "建设科普阵地", "开展科普日活动");
        assertThat(tasks.get(0).carriedOutBy()).extracting(org.kesudesk.model.Unit::name)
                .containsExactly("市教育局", "团市委");
        assertThat(tasks).extracting(task -> org.kesudesk.model.DeadlineWording.find(task.text())
                .map(org.kesudesk.model.Deadline::code).orElse("none"))
                .containsExactly("2024-12-31", "ongoing", "none", "2025-12-31", "2025-09-30");
        assertThat(tasks.get(0).text()).contains("完成时限：2024年12月");
    }

    @Test
    void aPlanWrittenOutWithoutItems_andItsDivisionTableAttached_isReadOnce_butATableAfterNumberedGoalsIsThePlan()
            throws IOException {
        Rows division = table -> {
            header(table, "序号", "重点任务", "牵头单位", "责任单位");
            across(table, "二、实施科普惠民行动");
            row(table, "1", "开展科普日活动", "", "市科协、市教育局");
            row(table, "2", "建设科普阵地", "", "市科协、各县（市）区政府");
        };
        byte[] both = document(List.of("二、实施科普惠民行动", "1、开展科普日活动。组织主题活动。（责任单位：市科协、市教育局）",
                "2、建设科普阵地。建设科普活动站。（责任单位：市科协、各县（市）区政府）", "附件", "重点任务分工表"), division);

        ParseReport report = read("plan.docx", both);
        assertThat(report.document().sections()).hasSize(1);
        assertThat(report.document().items().get(0).children()).hasSize(2);
        assertThat(report.warnings()).extracting(w -> w.message().key()).contains("parse.warning.attachmentSkipped")
                .doesNotContain("parse.warning.numbering");

        // goals numbered 1、 2、 before the 附件 are no plan: the table is
        byte[] goals = document(List.of("1、到2025年，全市公民具备科学素质的比例达到15%。", "2、建成一批科普阵地。", "附件"),
                division);
        ParseReport fromTable = read("plan.docx", goals);
        assertThat(fromTable.document().items()).singleElement()
                .satisfies(item -> assertThat(item.children()).hasSize(2));
        assertThat(fromTable.sources()).extracting(UnitSource::rule).containsOnly(UnitRule.TABLE_ROW);
    }

    @Test
    void aBodyThatNamesNoUnits_takesThemFromItsAttachedDivisionTable_rowByRow() throws IOException {
        byte[] docx = document(BODY_NAMING_NO_UNITS, table -> {
            header(table, "行动", "工作任务", "牵头单位", "责任单位");
            // the task's whole text in its cell; the item named otherwise than in the body
            merged(table, true, "实施青少年科学素质提升行动", "加强学校科学教育。开齐开好科学课。", "市教育局",
                    "市教育局、市科协");
            merged(table, false, "", "开展青少年科技活动", "市科协", "市科协、团市委");
            merged(table, true, "农民科学素质提升行动", "培育高素质农民", "市农业农村局", "市农业农村局、市人社局");
            // a task the body does not have
            merged(table, false, "", "建设数字乡村", "市网信办", "市网信办");
        });

        ParseReport report = read("plan.docx", docx);
        List<org.kesudesk.model.PlanNode> items = report.document().items();

        assertThat(items).extracting(org.kesudesk.model.PlanNode::title)
                .containsExactly("青少年科学素质提升行动", "农民科学素质提升行动");
        assertThat(items.get(0).leadUnits()).extracting(org.kesudesk.model.Unit::name)
                .containsExactly("市教育局", "市科协");
        assertThat(items.get(0).children()).extracting(task -> task.title() + " " + task.carriedOutBy().stream()
                .map(org.kesudesk.model.Unit::name).toList())
                .containsExactly("加强学校科学教育 [市教育局, 市科协]", "开展青少年科技活动 [市科协, 团市委]");
        // the body's text stays the body's
        assertThat(items.get(0).children().get(0).text()).isEqualTo("加强学校科学教育。开齐开好科学课。");
        assertThat(items.get(1).children()).singleElement().satisfies(task -> assertThat(task.carriedOutBy())
                .extracting(org.kesudesk.model.Unit::name).containsExactly("市农业农村局", "市人社局"));
        // the units of a row found nowhere are given to no task (the item's leads are what the table says of it)
        report.document().items().forEach(item -> item.children().forEach(task -> assertThat(task.assignments())
                .noneMatch(a -> a.unit().name().equals("市网信办"))));
        assertThat(report.warnings()).extracting(w -> w.message().key()).contains(
                "parse.warning.unitsFromAttachment", "parse.warning.attachedRowUnmatched")
                .doesNotContain("parse.warning.attachmentSkipped", "parse.warning.noResponsible");
        assertThat(report.warnings()).filteredOn(w -> w.message().key().equals("parse.warning.attachedRowUnmatched"))
                .singleElement().satisfies(w -> assertThat(w.message().text()).contains("建设数字乡村", "市网信办"));
        // the review names the body's task and the table's row the units were found in
        assertThat(report.sources()).filteredOn(s -> s.node().equals("1.加强学校科学教育")).extracting(UnitSource::rule)
                .containsOnly(UnitRule.TABLE_ROW).hasSize(2);
    }

    @Test
    void aDivisionTableByActions_givesEachActionItsLeads_andItsUnitsToTheActionsTasks() throws IOException {
        // the body's tasks name no units; the attached table divides the plan by its actions, as the 纲要 does
        byte[] docx = document(BODY_NAMING_NO_UNITS, table -> {
            header(table, "序号", "重点任务", "牵头单位", "配合单位");
            row(table, "1", "青少年科学素质提升行动", "市教育局、市科协", "团市委、市妇联");
            row(table, "2", "农民科学素质提升行动", "市农业农村局", "市科技局");
        });

        ParseReport report = read("plan.docx", docx);

        assertThat(outline(report)).containsSubsequence(
                "  action 一 青少年科学素质提升行动 | 市教育局、市科协",
                "    1 加强学校科学教育 | 市教育局、市科协、团市委、市妇联",
                "    2 开展青少年科技活动 | 市教育局、市科协、团市委、市妇联",
                "  action 二 农民科学素质提升行动 | 市农业农村局",
                "    1 培育高素质农民 | 市农业农村局、市科技局");
        assertThat(report.warnings()).extracting(w -> w.message().key()).contains("parse.warning.unitsFromAttachment")
                .doesNotContain("parse.warning.attachedRowUnmatched", "parse.warning.noResponsible",
                        "parse.warning.noLead");

        // the same table as the whole plan: its actions, each its own task
        ParseReport alone = read("plan.docx", document(table -> {
            header(table, "序号", "重点任务", "牵头单位", "配合单位");
            row(table, "1", "青少年科学素质提升行动", "市教育局、市科协", "团市委、市妇联");
            row(table, "2", "农民科学素质提升行动", "市农业农村局", "市科技局");
        }));
        assertThat(alone.document().items()).extracting(item -> item.title() + " " + item.leadUnits().size() + " "
                + item.ownTask().map(task -> task.carriedOutBy().size()).orElse(0))
                .containsExactly("青少年科学素质提升行动 2 4", "农民科学素质提升行动 1 2");
    }

    @Test
    void aPlanInsideAFrame_aTableOfOneColumn_isReadAsTheDocumentsParagraphs() throws IOException {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            NOTICE.forEach(line -> document.createParagraph().createRun().setText(line));
            XWPFTable frame = document.createTable(1, 1);
            org.apache.poi.xwpf.usermodel.XWPFTableCell cell = frame.getRow(0).getCell(0);
            cell.getParagraphs().get(0).createRun().setText("二、实施提升行动");
            cell.addParagraph().createRun().setText("（一）青少年科学素质提升行动。激发青少年好奇心。（牵头单位：市教育局）");
            cell.addParagraph().createRun().setText("1. 加强学校科学教育。开齐开好科学课。（责任单位：市教育局、团市委）");
            frame.createRow().getCell(0).setText("2. 开展青少年科技活动。组织科技节。（责任单位：市科协）");
            TAIL.forEach(line -> document.createParagraph().createRun().setText(line));
            document.write(out);
            docx = out.toByteArray();
        }

        ParseReport report = read("plan.docx", docx);

        assertThat(report.document().items()).singleElement().satisfies(item -> {
            assertThat(item.leadUnits()).extracting(org.kesudesk.model.Unit::name).containsExactly("市教育局");
            assertThat(item.children()).extracting(org.kesudesk.model.PlanNode::title)
                    .containsExactly("加强学校科学教育", "开展青少年科技活动");
        });
    }

    @Test
    void headersOfOtherOffices_areFoundToo() {
        assertThat(DivisionTable.Columns.of(List.of("序号", "工作举措", "主责单位", "协同单位", "完成时限")))
                .hasValue(new DivisionTable.Columns(0, -1, 1, 2, 3));
        assertThat(DivisionTable.Columns.of(List.of("類別", "具體任務", "牽頭單位", "責任單位")))
                .hasValue(new DivisionTable.Columns(-1, 0, 1, 2, 3));
        assertThat(DivisionTable.Columns.of(List.of("编号", "目标任务", "责任处室"))).hasValue(
                new DivisionTable.Columns(0, -1, 1, -1, 2));
    }

    @Test
    void moreHeadersOfOtherOffices_twoWorkColumns_andOtherWordsForTasksAndUnits() throws IOException {
        // 重点任务 | 具体措施: the first groups the rows (the action), the second is each task
        assertThat(DivisionTable.Columns.of(List.of("序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限")))
                .hasValue(new DivisionTable.Columns(0, 1, 2, 3, 4));
        assertThat(DivisionTable.Columns.of(List.of("序号", "工作要点", "牵头单位", "协作单位", "完成时限")))
                .hasValue(new DivisionTable.Columns(0, -1, 1, 2, 3));
        assertThat(DivisionTable.Columns.of(List.of("项目", "具体任务", "责任主体", "完成时限")))
                .hasValue(new DivisionTable.Columns(-1, 0, 1, -1, 2));
        assertThat(DivisionTable.Columns.of(List.of("序号", "工作任务", "主办单位", "协办单位")))
                .hasValue(new DivisionTable.Columns(0, -1, 1, 2, 3));
        assertThat(DivisionTable.Columns.of(List.of("编号", "重点工作", "主要责任单位", "其他责任单位", "完成时限")))
                .hasValue(new DivisionTable.Columns(0, -1, 1, 2, 3));
        assertThat(DivisionTable.Columns.of(List.of("序号", "具体工作", "负责单位", "完成时限")))
                .hasValue(new DivisionTable.Columns(0, -1, 1, -1, 2));
        assertThat(DivisionTable.Columns.of(List.of("序号", "工作任务", "承办单位"))).hasValue(
                new DivisionTable.Columns(0, -1, 1, -1, 2));
        // the first listed leads, said as 第一个为牵头单位: the column is the units', not the leads'
        assertThat(DivisionTable.Columns.of(List.of("序号", "重点任务", "责任单位（第一个为牵头单位）", "完成时限")))
                .hasValue(new DivisionTable.Columns(0, -1, 1, -1, 2));

        ParseReport report = read("plan.docx", document(table -> {
            header(table, "重点任务", "具体措施", "牵头单位", "配合单位");
            row(table, "青少年科学素质提升行动", "推进科学教育", "市教育局", "团市委");
            row(table, "青少年科学素质提升行动", "建设科普场馆", "市科协", "市科技局");
            row(table, "农民科学素质提升行动", "开展农民培训", "市农业农村局", "市妇联");
        }));

        List<org.kesudesk.model.PlanNode> items = report.document().items();
        assertThat(items).extracting(org.kesudesk.model.PlanNode::title)
                .containsExactly("青少年科学素质提升行动", "农民科学素质提升行动");
        assertThat(items.get(0).children()).extracting(org.kesudesk.model.PlanNode::title)
                .containsExactly("推进科学教育", "建设科普场馆");
        assertThat(items.get(0).children().get(1).carriedOutBy()).extracting(org.kesudesk.model.Unit::name)
                .containsExactly("市科协", "市科技局");
    }

    @Test
    void aColumnNamingTheLeaderOrAPersonToCall_isNoUnitsColumn() throws IOException {
        assertThat(DivisionTable.Columns.of(List.of("序号", "工作任务", "牵头市领导", "牵头单位", "责任单位", "完成时限")))
                .hasValue(new DivisionTable.Columns(0, -1, 1, 3, 4));
        assertThat(DivisionTable.Columns.of(List.of("序号", "工作任务", "牵头单位", "责任单位", "分管领导", "联系人")))
                .hasValue(new DivisionTable.Columns(0, -1, 1, 2, 3));
        // a header naming the units and the person who answers for them is the units'
        assertThat(DivisionTable.Columns.of(List.of("序号", "工作任务", "牵头单位", "责任单位及责任人")))
                .hasValue(new DivisionTable.Columns(0, -1, 1, 2, 3));

        ParseReport report = read("plan.docx", document(table -> {
            header(table, "工作任务", "牵头市领导", "牵头单位", "责任单位");
            row(table, "（一）青少年科学素质提升行动", "王副市长", "市教育局、市科协", "");
            row(table, "1.推进科学教育", "王副市长", "市教育局", "市科协、团市委");
            row(table, "2.建设科普场馆", "李副市长", "市科协", "市科技局");
        }));

        java.util.Set<String> units = new java.util.TreeSet<>();
        report.document().forEachNode(node -> node.assignments().forEach(a -> units.add(a.unit().name())));
        assertThat(units).containsExactlyInAnyOrder("市教育局", "市科协", "团市委", "市科技局");
        assertThat(report.document().items().get(0).leadUnits()).extracting(org.kesudesk.model.Unit::name)
                .containsExactly("市教育局", "市科协");
        // the leaders are no part of the plan, and the review says their column was not read
        assertThat(report.warnings()).filteredOn(w -> w.message().key().equals("parse.warning.unreadColumn"))
                .singleElement().satisfies(w -> assertThat(w.message().text()).contains("“牵头市领导”", "3 格"));
    }

    @Test
    void aTableThatIsNoDivisionTable_isLeftOut_andWhenNothingIsFoundTheMessageSaysWhatWasThere() throws IOException {
        assertThat(DivisionTable.lines(List.of(List.of("姓名", "电话"), List.of("张三", "123")))).isEmpty();

        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("关于召开科普工作会议的通知");
            document.createParagraph().createRun().setText("1.会议时间：3月5日。");
            XWPFTable table = document.createTable(2, 3);
            table.getRow(0).getCell(0).setText("姓名");
            table.getRow(0).getCell(1).setText("单位");
            table.getRow(0).getCell(2).setText("电话");
            document.write(out);
            docx = out.toByteArray();
        }

        assertThatThrownBy(() -> read("会议通知.docx", docx)).isInstanceOf(PlanParseException.class)
                .hasMessageContaining("共 2 段文字").hasMessageContaining("以“1.”开头的 1 段")
                .hasMessageContaining("1 个表格，第一个有 3 列，表头：姓名、单位、电话");
    }

    @Test
    void aTableWhoseHeaderSaysNothingKnown_isOffered_andReadAsTheUserMapsIt() throws IOException {
        byte[] docx = org.kesudesk.testsupport.UnusualTable.docx();

        assertThatThrownBy(() -> read("plan.docx", docx)).isInstanceOfSatisfying(PlanParseException.class, e -> {
            assertThat(e.getMessage()).contains("表头没有说明").contains("--columns").contains("内容、主办、协办、时限");
            UnmappedTable table = e.unmappedTable().orElseThrow();
            assertThat(table.header()).containsExactly("内容", "主办", "协办", "时限");
            assertThat(table.rows()).hasSize(3).first().isEqualTo(List.of("二、实施提升行动"));
            assertThat(table.guessed().roles()).containsOnly(ColumnRole.OTHER);
        });
        ColumnMapping mapping = new ColumnMapping(List.of(ColumnRole.TASK, ColumnRole.LEAD, ColumnRole.RESPONSIBLE,
                ColumnRole.OTHER));

        ParseReport report = new PlanDocumentReader().read("plan.docx", docx, java.util.Optional.empty(),
                java.util.Optional.of(mapping), List.of());

        assertThat(outline(report)).isEqualTo(outline(expectedOutline("styles/expected.txt")));
        // a mapping for a table of another width is not used
        assertThatThrownBy(() -> new PlanDocumentReader().read("plan.docx", docx, java.util.Optional.empty(),
                java.util.Optional.of(new ColumnMapping(List.of(ColumnRole.TASK, ColumnRole.LEAD))), List.of()))
                .isInstanceOf(PlanParseException.class);
    }

    @Test
    void rowsNumberedAboveTheTasksInTheNumberColumn_areTheTablesSectionsAndItems() throws IOException {
        // 一 over （一） over 1: a section, an item, a task; the item's leads in its own row
        ParseReport withSections = read("plan.docx", document(table -> {
            header(table, "序号", "重点任务", "牵头单位", "责任单位");
            row(table, "一", "聚焦重点人群，实施提升行动", "", "");
            row(table, "（一）", "青少年科学素质提升行动", "市教育局、市科协", "");
            row(table, "1", "推进科学教育", "市教育局", "市教育局、团市委");
            row(table, "2", "建设科普场馆", "市科协", "市科技局");
            row(table, "二", "实施重点工程", "", "");
            row(table, "（一）", "科普基础设施工程", "市科协", "");
            row(table, "1", "建设科技馆", "市发改委", "市住建局");
        }));
        // 一 over 1, no （一）: an item, named with its leads or not
        ParseReport itemsOnly = read("plan.docx", document(table -> {
            header(table, "序号", "重点任务", "牵头单位", "责任单位");
            row(table, "一", "青少年科学素质提升行动", "市教育局、市科协", "");
            row(table, "1", "推进科学教育", "市教育局", "市教育局、团市委");
            row(table, "二、", "农民科学素质提升行动", "", "");
            row(table, "1", "开展农民培训", "市农业农村局", "市妇联");
        }));

        // 1 over 1.1, 1.2: an action over its tasks
        ParseReport decimal = read("plan.docx", document(table -> {
            header(table, "序号", "重点任务", "牵头单位", "责任单位");
            row(table, "1", "青少年科学素质提升行动", "市教育局、市科协", "");
            row(table, "1.1", "推进科学教育", "市教育局", "市教育局、团市委");
            row(table, "1.2", "建设科普场馆", "市科协", "市科技局");
            row(table, "2", "农民科学素质提升行动", "市农业农村局", "");
            row(table, "2.1", "开展农民培训", "市农业农村局", "市妇联");
        }));

        List<org.kesudesk.model.PlanNode> sections = withSections.document().sections();
        assertThat(sections).extracting(org.kesudesk.model.PlanNode::title)
                .containsExactly("聚焦重点人群，实施提升行动", "实施重点工程");
        assertThat(sections).extracting(section -> section.children().stream()
                .map(org.kesudesk.model.PlanNode::title).toList())
                .containsExactly(List.of("青少年科学素质提升行动"), List.of("科普基础设施工程"));
        org.kesudesk.model.PlanNode youth = sections.get(0).children().get(0);
        assertThat(youth.leadUnits()).extracting(org.kesudesk.model.Unit::name).containsExactly("市教育局", "市科协");
        assertThat(youth.children()).extracting(org.kesudesk.model.PlanNode::title)
                .containsExactly("推进科学教育", "建设科普场馆");
        assertThat(youth.children().get(0).carriedOutBy()).extracting(org.kesudesk.model.Unit::name)
                .containsExactly("市教育局", "团市委");

        assertThat(itemsOnly.document().items()).extracting(org.kesudesk.model.PlanNode::title)
                .containsExactly("青少年科学素质提升行动", "农民科学素质提升行动");
        assertThat(itemsOnly.document().items()).allSatisfy(item -> assertThat(item.children()).hasSize(1));
        assertThat(decimal.document().items()).extracting(org.kesudesk.model.PlanNode::title)
                .containsExactly("青少年科学素质提升行动", "农民科学素质提升行动");
        assertThat(decimal.document().items()).extracting(item -> item.children().size()).containsExactly(2, 1);
        assertThat(decimal.document().items().get(1).leadUnits()).extracting(org.kesudesk.model.Unit::name)
                .containsExactly("市农业农村局");
        assertThat(org.kesudesk.logic.PlanContentCheck.violations(decimal.document())).isEmpty();
        assertThat(org.kesudesk.logic.PlanContentCheck.violations(withSections.document())).isEmpty();
        assertThat(org.kesudesk.logic.PlanContentCheck.violations(itemsOnly.document())).isEmpty();
    }

    @Test
    void aMappingNeedsATaskColumnAndAUnitColumn_andNoRoleTwice() {
        assertThat(new ColumnMapping(List.of(ColumnRole.LEAD, ColumnRole.RESPONSIBLE)).problem())
                .hasValue("parse.columns.needTask");
        assertThat(new ColumnMapping(List.of(ColumnRole.TASK, ColumnRole.OTHER)).problem())
                .hasValue("parse.columns.needUnits");
        assertThat(new ColumnMapping(List.of(ColumnRole.TASK, ColumnRole.LEAD, ColumnRole.LEAD)).problem())
                .hasValue("parse.columns.twice");
        assertThat(new ColumnMapping(List.of(ColumnRole.OTHER, ColumnRole.TASK, ColumnRole.RESPONSIBLE,
                ColumnRole.OTHER)).problem()).isEmpty();
    }

    private interface Rows {
        void fill(XWPFTable table);
    }

    private static byte[] document(Rows rows) throws IOException {
        return document(List.of(), rows);
    }

    /** The notice, then these paragraphs, then the table. */
    private static byte[] document(List<String> before, Rows rows) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            NOTICE.forEach(line -> document.createParagraph().createRun().setText(line));
            before.forEach(line -> document.createParagraph().createRun().setText(line));
            XWPFTable table = document.createTable(1, 4);
            rows.fill(table);
            table.removeRow(0);
            TAIL.forEach(line -> document.createParagraph().createRun().setText(line));
            document.write(out);
            return out.toByteArray();
        }
    }

    private static void header(XWPFTable table, String... cells) {
        row(table, cells);
    }

    private static void row(XWPFTable table, String... cells) {
        org.kesudesk.testsupport.DocxTables.row(table, cells);
    }

    /** A row of one cell across the table's four columns. */
    private static void across(XWPFTable table, String text) {
        Containers.across(table, text);
    }

    /** A row whose first cell starts (or continues) a cell merged down the column. */
    private static void merged(XWPFTable table, boolean start, String item, String task, String lead, String others) {
        org.kesudesk.testsupport.DocxTables.merged(table, start, item, task, lead, others);
    }

    private static List<String> outline(ParseReport report) {
        return outline(PlanOutline.of(report.document()));
    }

    /** The plan's structure and units: sections, items, tasks. */
    private static List<String> outline(String outline) {
        return outline.lines().filter(line -> line.startsWith("section") || line.startsWith(" ")).toList();
    }
}
