package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Nothing of a document is left out without a word: a division table's column that nothing of the plan is read from
 * (备注, 牵头市领导, 联系人) but that says something is named in the review, at the line its table starts — here a
 * table pasted from Word into a text file, its cells between tabs.
 */
class UnreadColumnsTest {

    private static final List<String> NOTICE = List.of("乙市人民政府办公室关于印发乙市全民科学素质行动实施方案的通知", "",
            "各县（市）区人民政府，市政府各部门：", "现将《乙市全民科学素质行动实施方案》印发给你们，请认真贯彻执行。", "",
            "乙市人民政府办公室", "2026年4月1日", "", "乙市全民科学素质行动实施方案", "", "一、总体要求",
            "到2025年，公民具备科学素质的比例达到15%。", "二、主要任务");

    @Test
    void aPastedTablesColumnNothingIsReadFrom_isNamedAtTheLineTheTableStarts() {
        List<String> lines = new java.util.ArrayList<>(NOTICE);
        int tableStart = lines.size() + 1;
        lines.addAll(List.of(
                "序号\t重点任务\t牵头单位\t责任单位\t完成时限\t联系人\t备注",
                "（一）\t青少年科学素质提升行动\t市教育局\t\t\t\t",
                "1\t加强学校科学教育\t市教育局\t团市委、市科协\t2025年底前\t张三 0452-1234567\t",
                "2\t开展青少年科技活动\t市科协\t市教育局\t长期坚持\t李四\t",
                "", "抄送：市委办公室。", "乙市人民政府办公室 2026年4月1日印发"));

        ParseReport report = read(lines);

        assertThat(report.document().items().get(0).children()).hasSize(2);
        List<ParseWarning> unread = report.warnings().stream()
                .filter(w -> w.message().key().equals("parse.warning.unreadColumn")).toList();
        // 备注 is empty in every row: not named
        assertThat(unread).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(tableStart);
            assertThat(w.message().text()).contains("“联系人”", "2 格");
        });
    }

    @Test
    void aTableWhoseEveryColumnIsRead_namesNone() {
        List<String> lines = new java.util.ArrayList<>(NOTICE);
        lines.addAll(List.of(
                "序号\t重点任务\t牵头单位\t责任单位\t完成时限",
                "（一）\t青少年科学素质提升行动\t市教育局\t\t",
                "1\t加强学校科学教育\t市教育局\t团市委、市科协\t2025年底前",
                "", "抄送：市委办公室。", "乙市人民政府办公室 2026年4月1日印发"));

        ParseReport report = read(lines);

        assertThat(report.document().items().get(0).children()).hasSize(1);
        assertThat(report.warnings()).noneMatch(w -> w.message().key().equals("parse.warning.unreadColumn"));
    }

    private static ParseReport read(List<String> lines) {
        return new PlanDocumentReader().read("plan.txt", String.join("\n", lines).getBytes(StandardCharsets.UTF_8),
                Optional.empty(), List.of());
    }
}
