package org.kesudesk.parse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;

/**
 * The Word files behind the PDF fixtures of tables ({@code styles/*.pdf}): a 分工表 as offices write it, printed to
 * PDF by LibreOffice as a clerk's "save as PDF" does. Each PDF was made once from the file {@link #main} writes:
 * {@code soffice --headless --convert-to pdf FILE.docx} (LibreOffice 7, its Chinese text in the Fandol fonts the app
 * bundles, copied for it into {@code ~/.local/share/fonts}: without a Chinese font it prints every character as
 * one). A test reads the PDF and the Word file made here again: if the two no longer agree, the PDF is to be made
 * again from the new Word file.
 */
final class PrintedTableFixtures {

    /** The notice above the table. */
    static final List<String> NOTICE = List.of("丙县人民政府办公室关于印发丙县全民科学素质提升行动分工方案的通知", "",
            "各乡（镇）人民政府，县政府各部门：", "现将《丙县全民科学素质提升行动分工方案》印发给你们，请认真贯彻执行。", "",
            "丙县人民政府办公室", "2026年5月6日", "", "丙县全民科学素质提升行动分工方案");
    static final List<String> TAIL = List.of("", "抄送：县委办公室。", "丙县人民政府办公室 2026年5月6日印发");

    /** One task's row: its text (long, so that rows break over pages), its lead, its other units. */
    record Row(String number, String task, String lead, String others) {
    }

    /** The table's rows: a section or an item across the table, or a task. */
    static final List<Object> ROWS = List.of(
            "一、实施提升行动",
            "（一）青少年科学素质提升行动",
            new Row("1", "推进科学教育进课堂。" + long_("开齐开足科学课程，配齐科学教师", 7), "县教育局",
                    "县科协\n团县委\n县妇联"),
            new Row("2", "开展青少年科技竞赛。" + long_("组织学生参加科技创新大赛和机器人竞赛", 6), "县科协",
                    "县教育局、县科技局、团县委、县妇联、县融媒体中心、各乡（镇）人民政府"),
            "（二）农民科学素质提升行动",
            new Row("3", "培训高素质农民。" + long_("依托田间学校开展实用技术培训，培训农民三千人次", 6),
                    "县农业农村局", "县人社局\n县科协"),
            new Row("4", "推进科技特派员服务。" + long_("组织科技特派员深入村屯开展技术指导", 8), "县科技局",
                    "县农业农村局、各乡（镇）人民政府"),
            "二、实施重点工程",
            "（一）基层科普能力提升工程",
            new Row("5", "组建科技志愿服务队。" + long_("动员科技工作者加入志愿服务队伍，开展科普活动", 7),
                    "县科协", "团县委、县民政局、县应急局、县卫健局、县融媒体中心"),
            new Row("6", "建设乡村科普阵地。" + long_("在乡镇综合文化站建设科普活动室，配备科普展品", 5), "县科协",
                    "各乡（镇）人民政府\n县财政局"));

    private PrintedTableFixtures() {
    }

    /** A long task text: the work said once a year of the plan's five. */
    private static String long_(String work, int times) {
        StringBuilder text = new StringBuilder();
        String[] years = {"二〇二六年", "二〇二七年", "二〇二八年", "二〇二九年", "二〇三〇年", "此后每年", "期末", "全程"};
        for (int i = 0; i < times; i++) {
            text.append(years[i % years.length]).append(work).append("。");
        }
        return text.toString();
    }

    /**
     * The notice with its 分工表 of {@link #ROWS}: 序号 | 工作任务 | 牵头单位 | 配合单位, the header repeated on each page,
     * the task column narrow enough that a row breaks over a page, some units a paragraph each.
     */
    static byte[] divisionDocx() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            NOTICE.forEach(line -> document.createParagraph().createRun().setText(line));
            XWPFTable table = table(document, new String[] {"序号", "工作任务", "牵头单位", "配合单位"},
                    new int[] {700, 3600, 2000, 2700});
            for (Object row : ROWS) {
                if (row instanceof String across) {
                    org.kesudesk.testsupport.DocxTables.across(table, across);
                } else if (row instanceof Row task) {
                    XWPFTableRow cells = table.createRow();
                    List<String> texts = List.of(task.number(), task.task(), task.lead(), task.others());
                    for (int c = 0; c < texts.size(); c++) {
                        String[] paragraphs = texts.get(c).split("\n");
                        cells.getCell(c).setText(paragraphs[0]);
                        for (int p = 1; p < paragraphs.length; p++) {
                            cells.getCell(c).addParagraph().createRun().setText(paragraphs[p]);
                        }
                    }
                }
            }
            TAIL.forEach(line -> document.createParagraph().createRun().setText(line));
            document.write(out);
            return out.toByteArray();
        }
    }

    /** A table of these columns (widths in twips), its header row repeated on each page. */
    private static XWPFTable table(XWPFDocument document, String[] names, int[] widths) {
        XWPFTable table = document.createTable(1, names.length);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < names.length; c++) {
            header.getCell(c).setText(names[c]);
            header.getCell(c).getCTTc().addNewTcPr().addNewTcW().setW(BigInteger.valueOf(widths[c]));
        }
        return table;
    }

    /** The notice with a body whose tasks name no units, and its 分工表 attached: {@code DocxTableTest}'s shape. */
    static byte[] attachedDocx() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            NOTICE.forEach(line -> document.createParagraph().createRun().setText(line));
            List.of("一、实施提升行动", "（一）青少年科学素质提升行动。激发青少年好奇心。", "1. 推进科学教育进课堂。开齐开足科学课程。",
                    "2. 开展青少年科技竞赛。组织学生参加科技创新大赛。", "（二）农民科学素质提升行动。服务乡村振兴。",
                    "1. 培训高素质农民。开展实用技术培训。", "附件", "重点任务分工表")
                    .forEach(line -> document.createParagraph().createRun().setText(line));
            XWPFTable table = document.createTable(1, 4);
            org.kesudesk.testsupport.DocxTables.row(table, "行动", "工作任务", "牵头单位", "责任单位");
            merged(table, true, "实施青少年科学素质提升行动", "推进科学教育进课堂。开齐开足科学课程。", "县教育局", "县教育局\n县科协");
            merged(table, false, "", "开展青少年科技竞赛", "县科协", "县科协、团县委");
            merged(table, true, "农民科学素质提升行动", "培训高素质农民", "县农业农村局", "县农业农村局、县人社局");
            table.removeRow(0);
            TAIL.forEach(line -> document.createParagraph().createRun().setText(line));
            document.write(out);
            return out.toByteArray();
        }
    }

    /**
     * One task's row of {@link #mergedUnitsDocx}: its text, its lead (null: the cell above merged down over it), its
     * other units, its time (null: merged down too).
     */
    record MergedRow(String number, String task, String lead, String others, String time) {
    }

    /** The rows of {@link #mergedUnitsDocx}: a section or an item across the table, or a task. */
    static final List<Object> MERGED_ROWS = List.of(
            "一、实施提升行动",
            "（一）青少年科学素质提升行动",
            new MergedRow("1", "推进科学教育进课堂。" + long_("开齐开足科学课程，配齐科学教师", 4), "县教育局",
                    "县科协、团县委", "2027年12月"),
            new MergedRow("2", "开展青少年科技竞赛。" + long_("组织学生参加科技创新大赛", 4), null, "县科技局", null),
            new MergedRow("3", "培训科技辅导员。" + long_("组织科技辅导员参加专题培训", 3), null, "县妇联",
                    "2028年6月底前"),
            "（二）农民科学素质提升行动",
            new MergedRow("4", "培训高素质农民。" + long_("依托田间学校开展实用技术培训，培训农民三千人次", 5),
                    "县农业农村局", "县人社局", "长期坚持"),
            new MergedRow("5", "推进科技特派员服务。" + long_("组织科技特派员深入村屯开展技术指导", 6), null,
                    "各乡（镇）人民政府", null),
            new MergedRow("6", "建设数字乡村。" + long_("推进农村电商和益农信息社建设", 6), null, "县工信局", null),
            new MergedRow("7", "开展农村科普活动。" + long_("在农村集市开展科普大篷车进乡村活动", 6), "县科协",
                    "县科技局", null),
            "（三）老年人科学素质提升行动",
            new MergedRow("8", "提升老年人信息素养。" + long_("开展智能手机使用培训", 3), "县卫健局", "县老干部局",
                    "2026年12月"));

    /**
     * The notice with its 分工表 of {@link #MERGED_ROWS}: 序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限, the header
     * repeated on each page, each 牵头单位 cell merged down over the tasks the unit leads and each 完成时限 over the
     * tasks sharing it, no row broken over a page: 县农业农村局's over three rows, the last on the next page, 长期坚持 over
     * four, two on each page.
     */
    static byte[] mergedUnitsDocx() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            NOTICE.forEach(line -> document.createParagraph().createRun().setText(line));
            XWPFTable table = table(document, new String[] {"序号", "工作任务", "牵头单位", "责任单位", "完成时限"},
                    new int[] {700, 3900, 1800, 1800, 1400});
            for (Object row : MERGED_ROWS) {
                if (row instanceof String across) {
                    XWPFTableRow cells = table.createRow();
                    while (cells.getTableCells().size() > 1) {
                        cells.removeCell(cells.getTableCells().size() - 1);
                    }
                    cells.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(5));
                    cells.getCell(0).setText(across);
                } else if (row instanceof MergedRow task) {
                    XWPFTableRow cells = table.createRow();
                    cells.setCantSplitRow(true);
                    List<String> texts = java.util.Arrays.asList(task.number(), task.task(), task.lead(),
                            task.others(), task.time());
                    for (int c = 0; c < texts.size(); c++) {
                        if (c == 2 || c == 4) {
                            boolean start = texts.get(c) != null;
                            cells.getCell(c).getCTTc().addNewTcPr().addNewVMerge().setVal(start
                                    ? org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.RESTART
                                    : org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.CONTINUE);
                        }
                        if (texts.get(c) != null) {
                            cells.getCell(c).setText(texts.get(c));
                        }
                    }
                }
            }
            TAIL.forEach(line -> document.createParagraph().createRun().setText(line));
            document.write(out);
            return out.toByteArray();
        }
    }

    /** A row whose first cell starts (or continues) a cell merged down the column. */
    private static void merged(XWPFTable table, boolean start, String item, String task, String lead, String others) {
        org.kesudesk.testsupport.DocxTables.merged(table, start, item, task, lead, others);
    }

    /** Writes the Word files the PDF fixtures are made from into the folder given. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Files.write(folder.resolve("rows-over-pages.docx"), divisionDocx());
        Files.write(folder.resolve("attached-division.docx"), attachedDocx());
        Files.write(folder.resolve("merged-units.docx"), mergedUnitsDocx());
    }
}
