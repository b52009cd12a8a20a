package org.kesudesk.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * A notice whose plan is a task-division table headed 内容 / 主办 / 协办 / 时限 — which says nothing the parser
 * knows, so that the user has to map its columns (task, lead, responsible, other). Its plan is that of
 * plans/styles/expected.txt.
 */
public final class UnusualTable {

    public static final List<String> HEADER = List.of("内容", "主办", "协办", "时限");

    private UnusualTable() {
    }

    public static byte[] docx() {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : List.of("乙市人民政府办公室关于印发乙市全民科学素质行动实施方案的通知", "",
                    "各县（市）区人民政府，市政府各部门：", "现将《乙市全民科学素质行动实施方案》印发给你们，请认真贯彻执行。", "",
                    "乙市人民政府办公室", "2026年4月1日", "", "乙市全民科学素质行动实施方案", "", "一、总体要求",
                    "到2025年，公民具备科学素质的比例达到15%。")) {
                document.createParagraph().createRun().setText(line);
            }
            XWPFTable table = document.createTable(1, 4);
            DocxTables.row(table, HEADER.toArray(String[]::new));
            DocxTables.across(table, "二、实施提升行动");
            DocxTables.across(table, "（一）青少年科学素质提升行动");
            DocxTables.row(table, "加强学校科学教育", "市教育局、市科协", "市教育局、团市委", "长期");
            DocxTables.row(table, "开展青少年科技活动", "市教育局、市科协", "市科协、市科技局、市妇联", "每年");
            DocxTables.across(table, "（二）农民科学素质提升行动");
            DocxTables.row(table, "开展农民技能培训", "市农业农村局", "市农业农村局、市人社局", "2025年");
            DocxTables.across(table, "三、实施重点工程");
            DocxTables.across(table, "（一）科普基础设施工程");
            DocxTables.row(table, "建设市科技馆", "市科协、市发展改革委", "市发展改革委、市住建局、市财政局", "2024年");
            DocxTables.row(table, "建设基层科普阵地", "市科协、市发展改革委", "市科协、各县（市）区政府", "2025年");
            table.removeRow(0);
            for (String line : List.of("", "抄送：市委办公室。", "乙市人民政府办公室 2026年4月1日印发")) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
