package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.kesudesk.model.NodeKind;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Unit;

/**
 * A Word file is read as Word shows and prints it: text set hidden (字体 ▸ 隐藏 — a unit struck from a list, a task
 * kept out, a note to the author) is no part of the plan, whether a word inside a paragraph or a paragraph whole;
 * bold units in the same paragraph are still signed as leads where the document says so.
 */
class WordHiddenTextTest {

    @Test
    void hiddenText_inAParagraphOrAParagraphWhole_isNotRead() throws IOException {
        byte[] docx;
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : List.of("乙政办发〔2026〕3号", "乙市人民政府办公室关于印发乙市全民科学素质行动实施方案的通知",
                    "各县（市）区人民政府，市政府各部门：", "现将《乙市全民科学素质行动实施方案》印发给你们，请认真贯彻执行。",
                    "乙市人民政府办公室", "2026年4月1日", "乙市全民科学素质行动实施方案", "一、总体要求",
                    "到2025年，公民具备科学素质的比例达到15%。", "二、提升行动",
                    "（一）青少年科学素质提升行动。激发青少年好奇心。（牵头单位：市教育局、市科协）")) {
                word.createParagraph().createRun().setText(line);
            }
            runs(word.createParagraph(), "1.加强学校科学教育。推进科学课程改革。（责任单位：市教育局、", "市文旅局、", "市科协）");
            runs(word.createParagraph(), "", "3.开展科普阅读活动。（责任单位：市图书馆）", "");
            word.createParagraph().createRun().setText("2.开展青少年科技活动。组织科技竞赛。（责任单位：市科协、市科技局）");
            word.write(out);
            docx = out.toByteArray();
        }

        ParseReport report = new PlanDocumentReader().read("plan.docx", docx, Optional.empty(), List.of());

        List<PlanNode> tasks = new ArrayList<>();
        report.document().forEachNode(node -> {
            if (node.kind() == NodeKind.TASK) {
                tasks.add(node);
            }
        });
        assertThat(tasks).extracting(PlanNode::title).containsExactly("加强学校科学教育", "开展青少年科技活动");
        assertThat(tasks.get(0).carriedOutBy()).extracting(Unit::name).containsExactly("市教育局", "市科协");
        assertThat(tasks.get(0).text()).doesNotContain("文旅");
    }

    /** A paragraph of three runs, the middle one hidden. */
    private static void runs(XWPFParagraph paragraph, String before, String hidden, String after) {
        paragraph.createRun().setText(before);
        var run = paragraph.createRun();
        run.setText(hidden);
        run.setVanish(true);
        paragraph.createRun().setText(after);
    }
}
