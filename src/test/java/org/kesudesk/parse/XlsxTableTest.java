package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kesudesk.parse.SampleDocumentTest.expectedOutline;
import static org.kesudesk.parse.SampleDocumentTest.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kesudesk.model.PlanNode;
import org.kesudesk.testsupport.PlanOutline;

/**
 * A 任务分工表 sent as an Excel workbook, as offices often send one: a title merged across the top, the header,
 * group rows across the sheet or items merged down a column, a 完成时限 column. Read as the same plan as the Word
 * table and the text.
 */
class XlsxTableTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xlsx", "xls"})
    void aSheetWithATitleAndGroupRows_readsAsThePlan_andItsTitleAsThePlans(String format) throws IOException {
        byte[] xlsx = workbook(format, sheet -> {
            title(sheet, "乙市全民科学素质行动实施方案任务分工表");
            row(sheet, "序号", "重点任务", "牵头单位", "责任单位");
            row(sheet, "二、实施提升行动");
            row(sheet, "（一）青少年科学素质提升行动");
            row(sheet, "1", "加强学校科学教育", "市教育局、市科协", "市教育局、团市委");
            row(sheet, "2", "开展青少年科技活动", "市教育局、市科协", "市科协、市科技局、市妇联");
            row(sheet, "（二）农民科学素质提升行动");
            row(sheet, "3", "开展农民技能培训", "市农业农村局", "市农业农村局、市人社局");
            row(sheet, "三、实施重点工程");
            row(sheet, "（一）科普基础设施工程");
            row(sheet, "4", "建设市科技馆", "市科协、市发展改革委", "市发展改革委、市住建局、市财政局");
            row(sheet, "5", "建设基层科普阵地", "市科协、市发展改革委", "市科协、各县（市）区政府");
        });

        ParseReport report = read("任务分工表." + format, xlsx);

        assertThat(outline(report)).isEqualTo(outline(expectedOutline("styles/expected.txt")));
        assertThat(report.document().plan().planTitle()).isEqualTo("乙市全民科学素质行动实施方案任务分工表");
        assertThat(report.sources()).isNotEmpty().extracting(UnitSource::rule).containsOnly(UnitRule.TABLE_ROW);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xlsx", "xls"})
    void aHeaderOverTwoRows_unitsOverLeadAndPartners_readsEachColumn(String format) throws IOException {
        byte[] xlsx = workbook(format, sheet -> {
            // 责任单位 merged over 牵头单位 | 配合单位 in the row below; 序号, 重点任务 and 完成时限 merged down the two
            row(sheet, "序号", "重点任务", "责任单位", "", "完成时限");
            row(sheet, "", "", "牵头单位", "配合单位", "");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 2, 3));
            merge(sheet, 0, 1, 0);
            merge(sheet, 0, 1, 1);
            merge(sheet, 0, 1, 4);
            row(sheet, "二、实施提升行动");
            row(sheet, "（一）青少年科学素质提升行动");
            row(sheet, "1", "加强学校科学教育", "市教育局、市科协", "市教育局、团市委", "2024年12月");
            row(sheet, "2", "开展青少年科技活动", "市教育局、市科协", "市科协、市科技局、市妇联", "");
            row(sheet, "（二）农民科学素质提升行动");
            row(sheet, "3", "开展农民技能培训", "市农业农村局", "市农业农村局、市人社局", "");
            row(sheet, "三、实施重点工程");
            row(sheet, "（一）科普基础设施工程");
            row(sheet, "4", "建设市科技馆", "市科协、市发展改革委", "市发展改革委、市住建局、市财政局", "");
            // the two header rows again, as a printed sheet repeats them
            row(sheet, "序号", "重点任务", "责任单位", "", "完成时限");
            row(sheet, "", "", "牵头单位", "配合单位", "");
            row(sheet, "5", "建设基层科普阵地", "市科协、市发展改革委", "市科协、各县（市）区政府", "");
        });

        ParseReport report = read("分工." + format, xlsx);

        assertThat(outline(report)).isEqualTo(outline(expectedOutline("styles/expected.txt")));
        assertThat(report.document().items().get(0).children().get(0).text()).contains("完成时限：2024年12月");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xlsx", "xls"})
    void itemsMergedDownAColumn_andATimeColumn_readAsThePlanWithItsDeadlines(String format) throws IOException {
        byte[] xlsx = workbook(format, sheet -> {
            row(sheet, "行动", "工作任务", "牵头单位", "配合单位", "完成时限");
            row(sheet, "二、实施提升行动");
            row(sheet, "青少年科学素质提升行动", "加强学校科学教育", "市教育局、市科协", "市教育局、团市委", "2024年12月");
            row(sheet, "", "开展青少年科技活动", "市科协", "市科协、市科技局、市妇联", "长期坚持");
            merge(sheet, 2, 3, 0);
            row(sheet, "农民科学素质提升行动", "开展农民技能培训", "市农业农村局", "市农业农村局\n市人社局", "");
            row(sheet, "三、实施重点工程");
            row(sheet, "科普基础设施工程", "建设市科技馆", "市科协、市发展改革委", "市发展改革委、市住建局、市财政局", "");
            row(sheet, "", "建设基层科普阵地", "市科协", "市科协、各县（市）区政府", "");
            merge(sheet, 6, 7, 0);
        });

        ParseReport report = read("分工." + format, xlsx);

        // its rows name each task's own 牵头单位 (not the same on every row of an item): the tasks' leads
        assertThat(outline(report)).isEqualTo(outline(expectedOutline("styles/expected-task-leads.txt")));
        List<String> texts = report.document().items().get(0).children().stream().map(n -> n.text()).toList();
        assertThat(texts.get(0)).contains("完成时限：2024年12月");
        assertThat(texts.get(1)).contains("完成时限：长期坚持");
    }

    /** A 牵头单位 and a 完成时限 cell merged down over several task rows: each task they cover has them. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xlsx", "xls"})
    void unitAndTimeCellsMergedDown_giveEachTaskTheyCoverTheirText(String format) throws IOException {
        byte[] xlsx = workbook(format, sheet -> {
            row(sheet, "序号", "重点任务", "牵头单位", "责任单位", "完成时限");
            row(sheet, "二、实施提升行动");
            row(sheet, "（一）青少年科学素质提升行动");
            row(sheet, "1", "加强学校科学教育", "市教育局", "团市委", "2024年12月");
            row(sheet, "2", "开展青少年科技活动", "", "市科技局");
            row(sheet, "3", "培训科技辅导员", "", "市科协", "长期坚持");
            row(sheet, "4", "建设科普基地", "市科协", "市发展改革委");
            merge(sheet, 3, 5, 2);
            merge(sheet, 3, 4, 4);
        });

        List<org.kesudesk.model.PlanNode> tasks = read("分工." + format, xlsx).document().items().get(0).children();

        assertThat(tasks).extracting(task -> task.leadUnits().stream().map(org.kesudesk.model.Unit::name).toList())
                .containsExactly(List.of("市教育局"), List.of("市教育局"), List.of("市教育局"), List.of("市科协"));
        assertThat(tasks).extracting(task -> org.kesudesk.model.DeadlineWording.find(task.text())
                .map(org.kesudesk.model.Deadline::code).orElse("none"))
                .containsExactly("2024-12-31", "2024-12-31", "ongoing", "none");
    }

    /**
     * A column of what each task is to do (具体举措) beside its name: the task's text after its name, its points each
     * a sentence — a column the table was not read by was left out, and the plan lost what the tasks do.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xlsx", "xls"})
    void aColumnOfEachTasksMeasures_isTheTasksTextAfterItsName(String format) throws IOException {
        byte[] xlsx = workbook(format, sheet -> {
            row(sheet, "序号", "重点任务", "具体举措", "牵头单位", "配合单位", "完成时限");
            row(sheet, "二、实施提升行动");
            row(sheet, "（一）青少年科学素质提升行动");
            row(sheet, "1", "加强学校科学教育", "1.实施科学家精神进校园行动\n2.开展科学家精神宣讲活动", "市教育局", "市科协\n团市委",
                    "2025年底");
            row(sheet, "2", "开展青少年科技活动", "每年举办青少年科技创新大赛。", "市科协", "市教育局", "");
            row(sheet, "3", "建设科学教育基地", "", "市教育局", "市科技局", "");
        });

        ParseReport report = read("分工." + format, xlsx);

        List<org.kesudesk.model.PlanNode> tasks = report.document().items().get(0).children();
        assertThat(tasks).extracting(org.kesudesk.model.PlanNode::title)
                .containsExactly("加强学校科学教育", "开展青少年科技活动", "建设科学教育基地");
        assertThat(tasks.get(0).text()).isEqualTo(
                "加强学校科学教育。1.实施科学家精神进校园行动。2.开展科学家精神宣讲活动。完成时限：2025年底。");
        assertThat(tasks.get(1).text()).isEqualTo("开展青少年科技活动。每年举办青少年科技创新大赛。");
        assertThat(tasks.get(2).text()).doesNotContain("。。").startsWith("建设科学教育基地");
        assertThat(tasks.get(0).carriedOutBy()).extracting(org.kesudesk.model.Unit::name)
                .containsExactly("市教育局", "市科协", "团市委");
    }

    /**
     * A 完成时限 column a clerk filled with Excel's dates (a day's serial number, formatted as a date in Excel's own
     * format or a Chinese one): each task's deadline is that day, and its text says the day as a document writes it —
     * not 46022.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xlsx", "xls"})
    void aTimeColumnOfExcelDates_givesEachTaskThatDay(String format) throws IOException {
        byte[] xlsx = workbook(format, sheet -> {
            row(sheet, "序号", "重点任务", "牵头单位", "配合单位", "完成时限");
            row(sheet, "二、实施提升行动");
            row(sheet, "（一）青少年科学素质提升行动");
            dated(row(sheet, "1", "加强学校科学教育", "市教育局", "市科协"), 4, LocalDate.of(2025, 12, 31), "yyyy/m/d");
            dated(row(sheet, "2", "开展青少年科技活动", "市科协", "市教育局"), 4, LocalDate.of(2024, 6, 30),
                    "yyyy\"年\"m\"月\"d\"日\"");
            row(sheet, "3", "建设科学教育基地", "市教育局", "市科技局", "长期坚持");
        });

        ParseReport report = read("分工." + format, xlsx);

        List<org.kesudesk.model.PlanNode> tasks = report.document().items().get(0).children();
        assertThat(tasks).extracting(task -> org.kesudesk.model.DeadlineWording.find(task.text())
                .map(org.kesudesk.model.Deadline::code).orElse("none"))
                .containsExactly("2025-12-31", "2024-06-30", "ongoing");
        assertThat(tasks.get(0).text()).contains("2025年12月31日").doesNotContain("46022");
    }

    /**
     * A workbook keeping the table's old version on a hidden sheet, and the lists its drop-down lists draw on on a
     * sheet out of the user's reach: the plan is the visible sheet's, its tasks once; the review names the hidden
     * sheet that holds something, so that a clerk who hid the plan's own part knows to show it.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xlsx", "xls"})
    void hiddenSheets_areNotThePlan_andTheReviewNamesThem(String format) throws IOException {
        byte[] workbook;
        try (Workbook book = format.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String name : List.of("分工（旧）", "分工")) {
                Sheet sheet = book.createSheet(name);
                row(sheet, "序号", "重点任务", "牵头单位", "配合单位");
                row(sheet, "二、实施提升行动");
                row(sheet, "（一）青少年科学素质提升行动");
                row(sheet, "1", "加强学校科学教育", "市教育局", "市科协");
                row(sheet, "2", name.equals("分工") ? "开展青少年科技活动" : "举办科技节", "市科协", "市教育局");
            }
            row(book.createSheet("单位列表"), "市教育局");
            row(book.createSheet("空白"), "");
            book.setSheetHidden(0, true);
            book.setSheetVisibility(2, org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
            book.setSheetHidden(3, true);
            book.setActiveSheet(1);
            book.setSelectedTab(1);
            book.write(out);
            workbook = out.toByteArray();
        }

        ParseReport report = read("分工." + format, workbook);

        assertThat(report.document().items()).hasSize(1);
        assertThat(report.document().items().get(0).children()).extracting(PlanNode::title)
                .containsExactly("加强学校科学教育", "开展青少年科技活动");
        List<String> hidden = report.warnings().stream()
                .filter(w -> w.message().key().equals("parse.warning.hiddenSheet"))
                .map(w -> w.message().text()).toList();
        assertThat(hidden).hasSize(2);
        assertThat(hidden.get(0)).contains("“分工（旧）”");
        assertThat(hidden.get(1)).contains("“单位列表”");
    }

    /**
     * A workbook of a sheet a part, each sheet's table of items and tasks alone: one section a sheet, named as its tab
     * (提升行动, 重点工程) and numbered on (二、 after 一、, not a second 一、 and a warning), the items' kinds from their
     * names; tabs named as programs name them (Sheet1) give the sections the header's name, numbered on too.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xlsx", "xls"})
    void aSheetAPart_isASectionEach_namedAsItsTab(String format) throws IOException {
        for (List<String> tabs : List.of(List.of("五大提升行动", "五项重点工程"), List.of("Sheet1", "Sheet2"))) {
            byte[] workbook;
            try (Workbook book = format.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook();
                 ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                Sheet actions = book.createSheet(tabs.get(0));
                row(actions, "序号", "重点任务", "牵头单位", "责任单位");
                row(actions, "（一）青少年科学素质提升行动");
                row(actions, "1", "加强学校科学教育", "市教育局", "市科协、团市委");
                row(actions, "（二）农民科学素质提升行动");
                row(actions, "2", "开展农民技能培训", "市农业农村局", "市人社局");
                Sheet projects = book.createSheet(tabs.get(1));
                row(projects, "序号", "重点任务", "牵头单位", "责任单位");
                row(projects, "（一）科普基础设施工程");
                row(projects, "1", "建设市科技馆", "市科协", "市发展改革委、市财政局");
                row(book.createSheet("填表说明"), "请按单位全称填写。");
                book.write(out);
                workbook = out.toByteArray();
            }

            ParseReport report = read("分工表." + format, workbook);

            boolean named = tabs.get(0).equals("五大提升行动");
            assertThat(report.document().sections()).as(tabs.toString())
                    .extracting(section -> section.label() + "、" + section.title())
                    .containsExactly(named ? "一、五大提升行动" : "一、重点任务", named ? "二、五项重点工程" : "二、重点任务");
            assertThat(report.document().items()).extracting(PlanNode::kind).containsExactly(
                    org.kesudesk.model.NodeKind.ACTION, org.kesudesk.model.NodeKind.ACTION,
                    org.kesudesk.model.NodeKind.PROJECT);
            assertThat(report.document().items().get(2).children()).extracting(PlanNode::title)
                    .containsExactly("建设市科技馆");
            assertThat(report.warnings()).as(tabs.toString()).extracting(w -> w.message().text())
                    .noneMatch(text -> text.contains("序号应为"));
        }
    }

    /** A cell holding a day, in a format of Excel's (its code as Excel writes it). */
    private static void dated(Row row, int column, LocalDate day, String formatCode) {
        Workbook workbook = row.getSheet().getWorkbook();
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(formatCode));
        Cell cell = row.createCell(column);
        cell.setCellValue(day);
        cell.setCellStyle(style);
    }

    /**
     * A column nothing of the plan is read from (备注, 牵头市领导) that says something in a task's or an item's row is
     * named in the review, with how many rows fill it; one left empty, or filled only in a row across the table, is
     * not. The plan is read as without them.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xlsx", "xls"})
    void aFilledColumnNothingIsReadFrom_isNamedInTheReview(String format) throws IOException {
        byte[] xlsx = workbook(format, sheet -> {
            row(sheet, "序号", "重点任务", "牵头单位", "配合单位", "牵头市领导", "备注", "附件");
            row(sheet, "二、实施提升行动");
            row(sheet, "（一）青少年科学素质提升行动");
            row(sheet, "1", "加强学校科学教育", "市教育局", "市科协", "王明", "纳入年度考核", "");
            row(sheet, "2", "开展青少年科技活动", "市科协", "市教育局", "王明", "", "");
            row(sheet, "3", "建设科学教育基地", "市教育局", "市科技局", "李华", "2023年启动", "");
        });

        ParseReport report = read("分工." + format, xlsx);

        assertThat(report.document().items().get(0).children()).extracting(org.kesudesk.model.PlanNode::title)
                .containsExactly("加强学校科学教育", "开展青少年科技活动", "建设科学教育基地");
        assertThat(report.document().items().get(0).children().get(0).text()).doesNotContain("考核", "王明");
        List<String> unread = report.warnings().stream()
                .filter(w -> w.message().key().equals("parse.warning.unreadColumn"))
                .map(w -> w.message().text()).toList();
        assertThat(unread).hasSize(2);
        assertThat(unread.get(0)).contains("“牵头市领导”", "3 格");
        assertThat(unread.get(1)).contains("“备注”", "2 格");
    }

    /**
     * The same table as clerks fill it in Excel: 同上 and 〃 for the cell above (units and time), a dash or 无 for none
     * — the plan it means, no unit named so, and a dash no formula refused.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xlsx", "xls"})
    void cellsSayingSameAsAboveOrNone_readAsTheCellAboveOrEmpty(String format) throws IOException {
        byte[] xlsx = workbook(format, sheet -> {
            row(sheet, "行动", "工作任务", "牵头单位", "配合单位", "完成时限");
            row(sheet, "二、实施提升行动");
            row(sheet, "青少年科学素质提升行动", "加强学校科学教育", "市教育局、市科协", "市教育局、团市委", "2024年12月");
            row(sheet, "", "开展青少年科技活动", "市科协", "市科协、市科技局、市妇联", "长期坚持");
            merge(sheet, 2, 3, 0);
            row(sheet, "农民科学素质提升行动", "开展农民技能培训", "市农业农村局", "市农业农村局\n市人社局", "—");
            row(sheet, "三、实施重点工程");
            row(sheet, "科普基础设施工程", "建设市科技馆", "市科协、市发展改革委", "市发展改革委、市住建局、市财政局", "-");
            row(sheet, "", "建设基层科普阵地", "市科协", "市科协、各县（市）区政府", "无");
            row(sheet, "", "建设科普大篷车", "同上", "〃", "同上");
            merge(sheet, 6, 8, 0);
        });

        ParseReport report = read("分工." + format, xlsx);

        List<String> outline = outline(report);
        assertThat(outline.subList(0, outline.size() - 1))
                .isEqualTo(outline(expectedOutline("styles/expected-task-leads.txt")));
        assertThat(outline.get(outline.size() - 1)).isEqualTo("    3 建设科普大篷车 | 市科协（牵头）、各县（市）区政府");
        List<String> named = new java.util.ArrayList<>();
        report.document().forEachNode(node -> node.assignments().forEach(a -> named.add(a.unit().name())));
        assertThat(named).doesNotContain("同上", "〃", "—", "-", "无");
        assertThat(report.document().items().get(2).children()).extracting(PlanNode::text)
                .noneMatch(text -> text.contains("完成时限"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xlsx", "xls"})
    void aWorkPlansTableOfTasksUnderItsSections_keepsEachTasksLead_firstAmongItsUnits(String format) throws IOException {
        byte[] xlsx = workbook(format, sheet -> {
            title(sheet, "丁市2024年全民科学素质工作要点任务分工表");
            row(sheet, "序号", "工作任务", "牵头单位", "责任单位", "完成时限");
            row(sheet, "一、实施重点人群科学素质提升行动");
            row(sheet, "1", "深入开展青少年科学素质提升行动", "市教育局", "市科协、团市委", "6月底前");
            row(sheet, "2", "实施农民科学素质提升行动", "市农业农村局", "市科协、市妇联", "");
            row(sheet, "二、实施重点工程");
            row(sheet, "3", "实施科普基础设施工程", "市科协", "市发改委、市科协", "年底前");
        });

        ParseReport report = read("分工." + format, xlsx);

        List<List<String>> units = report.document().items().stream().flatMap(item -> item.children().stream())
                .map(task -> task.carriedOutBy().stream().map(org.kesudesk.model.Unit::name).toList()).toList();
        assertThat(units).containsExactly(List.of("市教育局", "市科协", "团市委"), List.of("市农业农村局", "市科协", "市妇联"),
                List.of("市科协", "市发改委"));
        assertThat(report.document().plan().period()).contains(new org.kesudesk.model.PlanPeriod(2024, 2024));
        assertThat(report.document().items().get(0).children().get(0).text()).contains("完成时限：6月底前");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xlsx", "xls"})
    void aUnitsColumnWhoseHeaderSaysTheFirstLeads_isTheTasksUnits_itsFirstLeading_andANoteAcrossIsNoAction(
            String format) throws IOException {
        byte[] xlsx = workbook(format, sheet -> {
            row(sheet, "序号", "重点任务", "责任单位（列第一位的为牵头单位）");
            row(sheet, "二、实施提升行动");
            row(sheet, "（一）青少年科学素质提升行动");
            row(sheet, "1", "加强学校科学教育", "市教育局、团市委");
            row(sheet, "2", "开展青少年科技活动", "市科协、市科技局、市妇联");
        });

        ParseReport report = read("分工." + format, xlsx);

        List<List<String>> units = report.document().items().get(0).children().stream()
                .map(task -> task.carriedOutBy().stream().map(org.kesudesk.model.Unit::name).toList()).toList();
        assertThat(units).containsExactly(List.of("市教育局", "团市委"), List.of("市科协", "市科技局", "市妇联"));
        // each row's first unit leads its task
        assertThat(report.document().items().get(0).children()).extracting(task -> task.leadUnits().stream()
                .map(org.kesudesk.model.Unit::name).toList()).containsExactly(List.of("市教育局"), List.of("市科协"));
        // no column of leads: the action is led by those leading its tasks, as when each task's list says who leads
        assertThat(report.document().items().get(0).leadUnits()).extracting(org.kesudesk.model.Unit::name)
                .containsExactly("市教育局", "市科协");
        assertThat(report.warnings()).extracting(warning -> warning.message().key())
                .contains("parse.warning.leadsFromTasks", "parse.warning.firstListedLeads");

        // the same said in a row across the foot of the table: a note, not an action
        byte[] noted = workbook(format, sheet -> {
            row(sheet, "序号", "重点任务", "责任单位");
            row(sheet, "二、实施提升行动");
            row(sheet, "（一）青少年科学素质提升行动");
            row(sheet, "1", "加强学校科学教育", "市教育局、团市委");
            row(sheet, "注：各项任务中列第一位的为牵头单位。");
        });
        ParseReport withNote = read("分工." + format, noted);
        assertThat(withNote.document().items()).hasSize(1);
        withNote.document().forEachNode(node -> assertThat(node.title() + node.text()).doesNotContain("牵头"));
        assertThat(withNote.warnings()).extracting(warning -> warning.message().key())
                .contains("parse.warning.firstListedLeads");

        // another note across the table is no action either: kept with the text before it, and the review says so
        byte[] otherNote = workbook(format, sheet -> {
            row(sheet, "序号", "重点任务", "牵头单位", "责任单位");
            row(sheet, "二、实施提升行动");
            row(sheet, "（一）青少年科学素质提升行动");
            row(sheet, "1", "加强学校科学教育", "市教育局", "市教育局、团市委");
            row(sheet, "备注：各单位每半年报送一次进展。");
        });
        ParseReport other = read("分工." + format, otherNote);
        assertThat(other.document().items()).hasSize(1);
        assertThat(other.document().items().get(0).children()).hasSize(1);
        assertThat(other.warnings()).extracting(warning -> warning.message().key())
                .contains("parse.warning.mergedIntoTask");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xlsx", "xls"})
    void notesAcrossTheFootOfTheTable_giveEveryTaskTheirUnitsAndTasksWithoutATimeTheirs(String format)
            throws IOException {
        byte[] noted = workbook(format, sheet -> {
            row(sheet, "序号", "重点任务", "责任单位", "完成时限");
            row(sheet, "二、实施提升行动");
            row(sheet, "（一）青少年科学素质提升行动");
            row(sheet, "1", "加强学校科学教育", "市教育局、团市委", "2024年底前");
            row(sheet, "2", "开展青少年科技活动", "市科协", "");
            row(sheet, "注：1. 各项任务均需各县（市）区人民政府负责落实，不再列出。");
            row(sheet, "2. 未注明完成时限的任务均需长期坚持。");
        });

        ParseReport report = read("分工." + format, noted);

        List<org.kesudesk.model.PlanNode> tasks = report.document().items().get(0).children();
        assertThat(tasks).extracting(task -> task.responsibleUnits().stream().map(org.kesudesk.model.Unit::name)
                .toList()).containsExactly(List.of("市教育局", "团市委", "各县（市）区人民政府"),
                        List.of("市科协", "各县（市）区人民政府"));
        assertThat(tasks.get(0).text()).doesNotContain("长期坚持");
        assertThat(tasks).hasSize(2);
        assertThat(tasks.get(1).text()).endsWith("完成时限：长期坚持").doesNotContain("不再列出").doesNotContain("未注明");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xlsx", "xls"})
    void anActionsRowNamingItsLeadsAndItsUnits_isTheAction_itsUnitsForItsTasksWithoutTheirOwn(String format) throws IOException {
        byte[] xlsx = workbook(format, sheet -> {
            row(sheet, "序号", "重点任务", "牵头单位", "责任单位");
            row(sheet, "一、实施提升行动");
            row(sheet, "", "（一）青少年科学素质提升行动", "市教育局", "市科协、团市委");
            row(sheet, "1", "加强学校科学教育。", "", "市教育局、团市委");
            row(sheet, "2", "开展青少年科技活动。", "", "");
            row(sheet, "", "（二）农民科学素质提升行动", "市农业农村局", "市科协");
            row(sheet, "3", "开展农民技能培训。", "", "");
        });

        ParseReport report = read("分工." + format, xlsx);

        List<org.kesudesk.model.PlanNode> items = report.document().items();
        assertThat(items).extracting(org.kesudesk.model.PlanNode::title)
                .containsExactly("青少年科学素质提升行动", "农民科学素质提升行动");
        // a task naming its own keeps them; one naming none is carried out by the action's, its lead first
        assertThat(items.get(0).children()).extracting(task -> task.carriedOutBy().stream()
                .map(org.kesudesk.model.Unit::name).toList())
                .containsExactly(List.of("市教育局", "团市委"), List.of("市教育局", "市科协", "团市委"));
        // as in a text: over tasks that name none, the action keeps its 牵头单位 alone
        assertThat(items.get(1).leadUnits()).extracting(org.kesudesk.model.Unit::name).containsExactly("市农业农村局");
        assertThat(items.get(1).children().get(0).carriedOutBy()).extracting(org.kesudesk.model.Unit::name)
                .containsExactly("市农业农村局", "市科协");
        assertThat(report.warnings()).extracting(warning -> warning.message().key())
                .doesNotContain("parse.warning.implicitItem", "parse.warning.noResponsible");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xlsx", "xls"})
    void aFormulaInACell_isReadAsItsText_neverEvaluated(String format) throws IOException {
        byte[] xlsx = workbook(format, sheet -> {
            row(sheet, "序号", "重点任务", "牵头单位", "责任单位");
            row(sheet, "二、实施提升行动");
            row(sheet, "（一）青少年科学素质提升行动");
            Row task = row(sheet, "1", "加强学校科学教育", "市教育局", "");
            task.getCell(3).setCellFormula("HYPERLINK(\"http://example.invalid\",\"点\")");
        });

        ParseReport report = read("分工." + format, xlsx);

        // the cell is its formula's text, whole (not split at its commas into two names), and a name starting
        // with = is refused before anything is stored
        assertThat(report.document().items().get(0).children().get(0).carriedOutBy())
                .extracting(org.kesudesk.model.Unit::name)
                .containsExactly("=HYPERLINK(\"http://example.invalid\",\"点\")");
        assertThat(org.kesudesk.logic.PlanContentCheck.violations(report.document())).isNotEmpty();
    }

    @Test
    void aWorkbookWithNoDivisionTable_andDamagedOnes_areRefusedInChinese() throws IOException {
        byte[] other = workbook(sheet -> {
            row(sheet, "姓名", "电话");
            row(sheet, "张三", "123");
        });
        assertThatThrownBy(() -> read("通讯录.xlsx", other)).isInstanceOf(PlanParseException.class)
                .satisfies(e -> assertThat(((PlanParseException) e).userMessage()).contains("表头：姓名、电话"));
        byte[] otherXls = workbook("xls", sheet -> {
            row(sheet, "姓名", "电话");
            row(sheet, "张三", "123");
        });
        assertThatThrownBy(() -> read("通讯录.xls", otherXls)).isInstanceOf(PlanParseException.class)
                .satisfies(e -> assertThat(((PlanParseException) e).userMessage()).contains("表头：姓名、电话"));
        // cut short in the copying: said so
        byte[] damaged = java.util.Arrays.copyOf(other, other.length / 2);
        assertThatThrownBy(() -> read("分工.xlsx", damaged)).isInstanceOf(PlanParseException.class)
                .satisfies(e -> assertThat(((PlanParseException) e).userMessage()).contains("分工.xlsx 不完整")
                        .doesNotContain("Exception"));
        // an .xls cut short, or only its first bytes: refused, saying what to do
        for (byte[] broken : List.of(java.util.Arrays.copyOf(otherXls, otherXls.length / 2),
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            assertThatThrownBy(() -> read("分工.xls", broken)).isInstanceOf(PlanParseException.class)
                    .satisfies(e -> assertThat(((PlanParseException) e).userMessage())
                            .contains("无法读取这个 Excel 97–2003 工作簿", "另存为 .xlsx").doesNotContain("Exception"));
        }
    }

    @Test
    void anXlsSavedWithoutItsExtension_isToldByItsContent_andAWordDocumentNamedSoStaysOne() throws IOException {
        byte[] xls = workbook("xls", sheet -> {
            row(sheet, "序号", "重点任务", "牵头单位", "责任单位");
            row(sheet, "二、实施提升行动");
            row(sheet, "（一）青少年科学素质提升行动");
            // its number typed as a number, as Excel keeps one: read as typed
            row(sheet, "", "加强学校科学教育", "市教育局", "市教育局、团市委").getCell(0).setCellValue(1);
        });

        assertThat(XlsText.looksLikeXls("分工表", xls)).isTrue();
        org.kesudesk.model.PlanNode task = read("分工表", xls).document().items().get(0).children().get(0);
        assertThat(task.label()).isEqualTo("1");
        assertThat(task.carriedOutBy()).extracting(org.kesudesk.model.Unit::name).containsExactly("市教育局", "团市委");
        // a Word 97 document may hold a workbook as an object, under the same stream name
        assertThat(XlsText.looksLikeXls("方案.doc", xls)).isFalse();
        assertThat(XlsText.looksLikeXls("方案.txt", "序号\t重点任务".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isFalse();
    }

    @Test
    void anXlsLargerThanAnyDivisionTable_isRefusedBeforeItIsBuiltInMemory() {
        byte[] large = new byte[XlsText.MAX_BYTES + 1];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, 0, large, 0, 4);

        assertThatThrownBy(() -> read("分工.xls", large)).isInstanceOf(PlanParseException.class)
                .satisfies(e -> assertThat(((PlanParseException) e).userMessage()).contains("太大"));
    }

    private static byte[] workbook(Consumer<Sheet> fill) throws IOException {
        return workbook("xlsx", fill);
    }

    /** The sheet as a workbook of the format: an .xlsx, or an Excel 97–2003 .xls (as older Excel and WPS save). */
    private static byte[] workbook(String format, Consumer<Sheet> fill) throws IOException {
        try (Workbook workbook = format.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(workbook.createSheet("分工"));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void title(Sheet sheet, String title) {
        row(sheet, title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
    }

    private static Row row(Sheet sheet, String... cells) {
        Row row = sheet.createRow(sheet.getPhysicalNumberOfRows());
        for (int c = 0; c < cells.length; c++) {
            row.createCell(c).setCellValue(cells[c]);
        }
        return row;
    }

    private static void merge(Sheet sheet, int firstRow, int lastRow, int column) {
        sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, column, column));
    }

    private static List<String> outline(ParseReport report) {
        return outline(PlanOutline.of(report.document()));
    }

    private static List<String> outline(String outline) {
        return outline.lines().filter(line -> line.startsWith("section") || line.startsWith(" ")).toList();
    }
}
