package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kesudesk.parse.SampleDocumentTest.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.kesudesk.testsupport.DocxTables;
import org.kesudesk.testsupport.PlanOutline;

/**
 * A 分工表 inside the body — a section 三、任务分工, a line 具体分工见下表：, then the table restating the tasks — is the
 * plan over again, as an attached one is: not read as more of the plan (its tasks twice, a section named after its
 * header); where the body's tasks name no units, the table gives them theirs; the sections after it are read.
 */
class DivisionInBodyTest {

    private static final List<String> NOTICE = List.of("乙市人民政府办公室关于印发乙市全民科学素质行动实施方案的通知", "",
            "各县（市）区人民政府，市政府各部门：", "现将《乙市全民科学素质行动实施方案》印发给你们，请认真贯彻执行。", "",
            "乙市人民政府办公室", "2026年4月1日", "", "乙市全民科学素质行动实施方案", "", "一、总体要求",
            "到2025年，公民具备科学素质的比例达到15%。");
    private static final List<String> AFTER = List.of("四、保障措施", "（一）组织领导。各地各部门加强领导。", "",
            "抄送：市委办公室。", "乙市人民政府办公室 2026年4月1日印发");

    @Test
    void aTableRestatingTheTasksTheBodyGivesUnits_isNotReadAgain_andTheSectionsAfterItAre() throws IOException {
        byte[] docx = document(List.of("二、提升行动", "（一）青少年科学素质提升行动。激发青少年好奇心。（牵头单位：市教育局）",
                "1. 加强学校科学教育。开齐开好科学课。（责任单位：市教育局、市科协）",
                "2. 开展青少年科技活动。组织科技节。（责任单位：团市委）",
                "三、任务分工", "各项任务的具体分工见下表："));

        ParseReport report = read("plan.docx", docx);

        assertThat(outline(report)).containsExactly(
                "section 二 提升行动",
                "  action 一 青少年科学素质提升行动 | 市教育局",
                "    1 加强学校科学教育 | 市教育局、市科协",
                "    2 开展青少年科技活动 | 团市委",
                "section 四 保障措施",
                "  safeguard 一 组织领导");
        assertThat(report.warnings()).extracting(w -> w.message().key()).contains("parse.warning.divisionInBody");
    }

    /** The table names a lead on each task row (decision 0025): the tasks' own, the action led by them. */
    @Test
    void aTableInTheBodyGivesItsUnits_toTasksTheBodyNamesNone() throws IOException {
        byte[] docx = document(List.of("二、提升行动", "（一）青少年科学素质提升行动。激发青少年好奇心。",
                "1. 加强学校科学教育。开齐开好科学课。", "2. 开展青少年科技活动。组织科技节。",
                "三、重点任务分工", "具体分工见下表："));

        ParseReport report = read("plan.docx", docx);

        assertThat(outline(report)).containsExactly(
                "section 二 提升行动",
                "  action 一 青少年科学素质提升行动 | 市教育局",
                "    1 加强学校科学教育 | 市教育局（牵头）、市科协",
                "    2 开展青少年科技活动 | 市教育局（牵头）、团市委",
                "section 四 保障措施",
                "  safeguard 一 组织领导");
    }

    /** A section titled so with no table under it is a section of the plan like any other. */
    @Test
    void aDivisionSectionWithoutATable_isReadAsWritten() throws IOException {
        byte[] docx = document(List.of("二、提升行动", "（一）青少年科学素质提升行动。激发青少年好奇心。（牵头单位：市教育局）",
                "1. 加强学校科学教育。开齐开好科学课。（责任单位：市教育局、市科协）", "三、加强组织保障和分工协作",
                "（一）压实责任。各单位按分工抓好落实。"), false);

        ParseReport report = read("plan.docx", docx);

        assertThat(outline(report)).as(report.warnings().toString()).contains("section 三 加强组织保障和分工协作",
                "  safeguard 一 压实责任");
    }

    private static byte[] document(List<String> body) throws IOException {
        return document(body, true);
    }

    /** The notice, the body, the table restating the body's tasks (if asked), then a section and the 版记. */
    private static byte[] document(List<String> body, boolean table) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            NOTICE.forEach(line -> document.createParagraph().createRun().setText(line));
            body.forEach(line -> document.createParagraph().createRun().setText(line));
            if (table) {
                XWPFTable division = document.createTable(1, 4);
                DocxTables.row(division, "序号", "重点任务", "牵头单位", "责任单位");
                DocxTables.across(division, "一、青少年科学素质提升行动");
                DocxTables.row(division, "1", "加强学校科学教育", "市教育局", "市教育局、市科协");
                DocxTables.row(division, "2", "开展青少年科技活动", "市教育局", "团市委");
                division.removeRow(0);
            }
            AFTER.forEach(line -> document.createParagraph().createRun().setText(line));
            document.write(out);
            return out.toByteArray();
        }
    }

    /** The plan's structure and units: sections, items, tasks. */
    private static List<String> outline(ParseReport report) {
        return PlanOutline.of(report.document()).lines()
                .filter(line -> line.startsWith("section") || line.startsWith(" ")).toList();
    }
}
