package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kesudesk.parse.SampleDocumentTest.read;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kesudesk.model.PlanDocument;

/**
 * A plan bound with an attachment that says it over again (附件 on a page of its own, then a 分工表 or a list): the
 * plan is read from the body once, the attachment is named in a warning; a document whose attachment is all the plan
 * there is still reads it.
 */
class AttachmentTest {

    private static final String NOTICE = "丙县政办发〔2025〕3号\n\n丙县人民政府办公室关于印发丙县科学素质行动实施方案的通知\n\n"
            + "各乡镇人民政府，县直各单位：\n    现将《丙县科学素质行动实施方案》印发给你们，请认真贯彻执行。\n\n"
            + "附件：丙县科学素质行动任务分工\n\n丙县人民政府办公室\n2025年3月1日\n\n丙县科学素质行动实施方案\n\n";

    private static final String BODY = "一、重点任务\n（一）青少年科学素质提升行动。开展科学教育。（牵头单位：县教育局）\n"
            + "1. 推进科学课程。完善课程体系。（责任单位：县教育局、县科协）\n"
            + "2. 开展科技活动。举办科技节。（责任单位：县科协）\n"
            + "（二）农民科学素质提升行动。开展农民培训。（牵头单位：县农业农村局）\n"
            + "1. 培育高素质农民。开展技能培训。（责任单位：县农业农村局、县人社局）\n";

    private static final String ATTACHMENT = "附件\n\n丙县科学素质行动任务分工\n\n"
            + "一、重点任务\n（一）青少年科学素质提升行动（牵头单位：县教育局）\n1. 推进科学课程（责任单位：县教育局、县科协）\n"
            + "2. 开展科技活动（责任单位：县科协）\n（二）农民科学素质提升行动（牵头单位：县农业农村局）\n"
            + "1. 培育高素质农民（责任单位：县农业农村局、县人社局）\n";

    private static final String COLOPHON = "\n抄送：县委办公室。\n丙县人民政府办公室                 2025年3月1日印发\n";

    @Test
    void anAttachmentAfterThePlan_isNotReadAsMoreOfIt_andIsNamed() {
        ParseReport withAttachment = read("bingxian.txt", bytes(NOTICE + BODY + "\n" + ATTACHMENT + COLOPHON));
        ParseReport without = read("bingxian.txt", bytes(NOTICE + BODY + COLOPHON));

        assertThat(outline(withAttachment.document())).containsExactlyElementsOf(outline(without.document()))
                .hasSize(6);
        assertThat(withAttachment.warnings()).anySatisfy(warning -> assertThat(warning.message().text())
                .contains("附件").contains("没有再作为方案内容读取"));
        // the 版记 after the attachment is still read
        assertThat(withAttachment.document().plan().printedBy()).isEqualTo("丙县人民政府办公室");
        // the 附件说明 in the notice ("附件：…") is no attachment label
        assertThat(without.warnings()).noneSatisfy(warning -> assertThat(warning.message().text())
                .contains("没有再作为方案内容读取"));
    }

    @Test
    void anAttachmentThatIsThePlan_isRead() {
        // no actions or projects before the label: the attachment holds the plan
        ParseReport report = read("bingxian-table.txt", bytes(NOTICE + ATTACHMENT + COLOPHON));

        assertThat(report.document().items()).hasSize(2);
        assertThat(report.document().items().get(0).children()).hasSize(2);
    }

    @Test
    void actionsNamingTheirLeads_tasksNone_keepTheirLeads_andTheTasksTakeTheAttachmentsUnits() {
        // the body names each action's lead (not as the attachment does for the second), its tasks nothing
        String body = "一、重点任务\n（一）青少年科学素质提升行动。开展科学教育。（牵头单位：县教育局）\n"
                + "1. 推进科学课程。完善课程体系。\n2. 开展科技活动。举办科技节。\n"
                + "（二）农民科学素质提升行动。开展农民培训。（牵头单位：县农业农村局、县科协）\n"
                + "1. 培育高素质农民。开展技能培训。\n";

        ParseReport report = read("bingxian.txt", bytes(NOTICE + body + "\n" + ATTACHMENT + COLOPHON));

        assertThat(outline(report.document())).containsExactly(
                "SECTION 一 重点任务 []",
                "ACTION 一 青少年科学素质提升行动 [LEAD:县教育局]",
                "TASK 1 推进科学课程 [RESPONSIBLE:县教育局, RESPONSIBLE:县科协]",
                "TASK 2 开展科技活动 [RESPONSIBLE:县科协]",
                "ACTION 二 农民科学素质提升行动 [LEAD:县农业农村局, LEAD:县科协]",
                "TASK 1 培育高素质农民 [RESPONSIBLE:县农业农村局, RESPONSIBLE:县人社局]");
        // the attachment's actions were found, though their units were not taken: none is said to be missing
        assertThat(report.warnings()).extracting(w -> w.message().key()).contains("parse.warning.unitsFromAttachment")
                .doesNotContain("parse.warning.attachedRowUnmatched", "parse.warning.noResponsible");
    }

    @Test
    void anAttachmentGivingTheTasksNoUnits_isSaidSo_notThatThePlanWasReadWithoutIt() {
        String body = "一、重点任务\n（一）青少年科学素质提升行动。开展科学教育。\n1. 推进科学课程。完善课程体系。\n";
        String prose = "附件\n\n任务分工说明\n\n各单位要按照职责分工，认真抓好落实。\n";

        ParseReport report = read("bingxian.txt", bytes(NOTICE + body + "\n" + prose + COLOPHON));

        assertThat(report.warnings()).extracting(w -> w.message().key())
                .contains("parse.warning.attachmentUnitsUnread", "parse.warning.noResponsible")
                .doesNotContain("parse.warning.attachmentSkipped", "parse.warning.unitsFromAttachment");
        assertThat(report.warnings()).filteredOn(w -> w.message().key().equals("parse.warning.attachmentUnitsUnread"))
                .singleElement().satisfies(w -> assertThat(w.message().text()).contains("Word"));
    }

    @Test
    void aDivisionTableCopiedIntoTheText_givesTheBodysTasksTheirUnitsAndDeadlines_fromItsRows() {
        // the 分工表 pasted from Word: cells between tabs, rows across the table as lines of their own, a cell of two
        // paragraphs over two lines, the body's tasks naming no units and no dates
        ParseReport report = read("renshi-pasted.txt", SampleDocumentTest.bytes("unseen/renshi-pasted.txt"));
        List<String> lines = new String(SampleDocumentTest.bytes("unseen/renshi-pasted.txt"), StandardCharsets.UTF_8)
                .lines().toList();

        List<org.kesudesk.model.PlanNode> tasks = new ArrayList<>();
        report.document().items().forEach(item -> tasks.addAll(item.children()));
        assertThat(tasks).extracting(task -> org.kesudesk.model.DeadlineWording.find(task.text())
                .map(org.kesudesk.model.Deadline::code).orElse("none"))
                .containsExactly("ongoing", "yearly:12-31", "yearly:12-31", "ongoing", "2025-12-31");
        // the review points at the row of the table each unit was found in
        assertThat(report.sources()).filteredOn(source -> source.unit().equals("团市委")).singleElement()
                .satisfies(source -> {
                    assertThat(source.rule()).isEqualTo(UnitRule.TABLE_ROW);
                    assertThat(lines.get(source.line() - 1)).startsWith("2\t开展青少年科技活动");
                });
    }

    /**
     * A body whose lists say its units are in the attachment (（责任单位：见附件）, 详见附件) names none: each such node
     * takes its units from the attached 分工表 (a node naming its own keeps them), never a unit named 见附件; without
     * an attachment the review says they have none.
     */
    @Test
    void listsSayingTheUnitsAreInTheAttachment_takeThemFromItsTable_andNoUnitIsNamedSo() {
        String body = BODY.replace("（牵头单位：县教育局）", "（牵头单位：详见附件）")
                .replace("（责任单位：县教育局、县科协）", "（责任单位：见附件。）")
                .replace("（责任单位：县科协）", "（责任单位：见附件1）");
        assertThat(body).contains("详见附件", "见附件。", "见附件1").contains("县农业农村局、县人社局");
        ParseReport report = read("bingxian.txt", bytes(NOTICE + body + "\n" + ATTACHMENT.replace("县人社局", "县人社局、县妇联")
                + COLOPHON));

        assertThat(outline(report.document())).filteredOn(line -> !line.startsWith("SECTION")).containsExactly(
                "ACTION 一 青少年科学素质提升行动 [LEAD:县教育局]",
                "TASK 1 推进科学课程 [RESPONSIBLE:县教育局, RESPONSIBLE:县科协]",
                "TASK 2 开展科技活动 [RESPONSIBLE:县科协]",
                "ACTION 二 农民科学素质提升行动 [LEAD:县农业农村局]",
                // its own units, kept: the attachment's 县妇联 is not added
                "TASK 1 培育高素质农民 [RESPONSIBLE:县农业农村局, RESPONSIBLE:县人社局]");
        assertThat(report.sources()).extracting(UnitSource::unit).noneMatch(unit -> unit.contains("见附件"));
        assertThat(report.warnings()).extracting(warning -> warning.message().text())
                .anySatisfy(text -> assertThat(text).contains("3 处", "详见附件", "附件中的分工表"));

        // a table of tasks alone: the heading read over its rows is no row of the table, unfound or led by them
        String gengxian = new String(SampleDocumentTest.bytes("unseen/gengxian-county.txt"),
                java.nio.charset.StandardCharsets.UTF_8);
        ParseReport table = read("gengxian-county.txt", bytes(gengxian));
        assertThat(table.warnings()).extracting(warning -> warning.message().text())
                .noneMatch(text -> text.contains("重点任务")).anySatisfy(text -> assertThat(text).contains("见附件"));
        // the attachment labelled 附表, the lists saying 见附表: the same plan
        String labelledSo = gengxian.replace("\n附件\n", "\n附表\n").replace("见附件", "见附表");
        assertThat(labelledSo).contains("\n附表\n", "（责任单位：见附表）");
        ParseReport table2 = read("gengxian-county.txt", bytes(labelledSo));
        assertThat(org.kesudesk.testsupport.PlanOutline.of(table2.document()))
                .isEqualTo(org.kesudesk.testsupport.PlanOutline.of(table.document()));
        // the label with the table's title on its line: the same plan
        String titled = gengxian.replace("\n附件\n\n科普基础设施工程任务分工表\n", "\n附件：科普基础设施工程任务分工表\n");
        assertThat(titled).contains("\n附件：科普基础设施工程任务分工表\n");
        assertThat(org.kesudesk.testsupport.PlanOutline.of(read("gengxian-county.txt", bytes(titled)).document()))
                .isEqualTo(org.kesudesk.testsupport.PlanOutline.of(table.document()));

        ParseReport alone = read("bingxian.txt", bytes(NOTICE + body + COLOPHON));
        List<String> named = new ArrayList<>();
        alone.document().forEachNode(node -> node.assignments().forEach(a -> named.add(a.unit().name())));
        assertThat(named).containsExactly("县农业农村局", "县农业农村局", "县人社局");
        assertThat(alone.warnings()).extracting(warning -> warning.message().text())
                .anySatisfy(text -> assertThat(text).contains("没有读到附件", "暂无单位"));
    }

    private static List<String> outline(PlanDocument plan) {
        List<String> lines = new ArrayList<>();
        plan.forEachNode(node -> lines.add(node.kind() + " " + node.label() + " " + node.title() + " "
                + node.assignments().stream().map(a -> a.role() + ":" + a.unit().name()).toList()));
        return lines;
    }

    @Test
    void aNoteUnderTheTableWhoseUnitsAreTaken_isNamedInTheReview_notLost() {
        String division = new String(SampleDocumentTest.bytes("unseen/guixian-division.txt"), StandardCharsets.UTF_8);
        String lastRow = "2. 开展应急科普（责任单位：县应急管理局、县气象局、县科协）\n";
        String note = "备注：1.标★的为县级重点任务，每半年调度一次。";
        String point = "2.各乡镇参照本表细化分工。";
        String document = division.replace(lastRow, lastRow + "\n" + note + "\n" + point + "\n");
        assertThat(document).isNotEqualTo(division);

        ParseReport report = read("guixian.txt", bytes(document));

        int line = document.lines().toList().indexOf(note) + 1;
        assertThat(report.warnings()).filteredOn(w -> w.message().key().equals("parse.warning.attachmentNote"))
                .satisfiesExactly(w -> {
                    assertThat(w.line()).isEqualTo(line);
                    assertThat(w.message().text()).contains("备注：1.标★的为县级重点任务");
                }, w -> {
                    assertThat(w.line()).isEqualTo(line + 1);
                    assertThat(w.message().text()).contains("2.各乡镇参照本表细化分工");
                });
        // the units were taken from the table all the same
        assertThat(report.warnings()).extracting(w -> w.message().key()).contains("parse.warning.unitsFromAttachment");
        assertThat(read("guixian.txt", bytes(division)).warnings()).extracting(w -> w.message().key())
                .doesNotContain("parse.warning.attachmentNote");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
