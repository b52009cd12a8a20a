package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kesudesk.parse.SampleDocumentTest.bytes;
import static org.kesudesk.parse.SampleDocumentTest.expectedOutline;
import static org.kesudesk.parse.SampleDocumentTest.read;
import static org.kesudesk.parse.SampleDocumentTest.sample;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.kesudesk.model.Plan;
import org.kesudesk.testsupport.PlanOutline;

/**
 * The 版记 (抄送, 印发) where copies put it. GB/T 9704 puts it last; but a notice whose plan is a file of its own has
 * its 版记 under the notice, and an office that copies the two into one document has the plan after it — or the
 * 分工表, a file of its own too, after the plan's 版记. Each is read as the document with its 版记 at the end is.
 */
class ImprintPlacesTest {

    private static final String GOLDEN = "qiqihar-2022-16.expected.txt";
    private final String sample = new String(sample(), StandardCharsets.UTF_8);

    @Test
    void theNoticesImprintUnderTheNotice_thePlanCopiedAfterIt_readAsIssued() {
        Plan asIssued = read("plan.txt", sample()).document().plan();
        int imprint = sample.indexOf("抄送：");
        String noticeDate = "2022年4月25日\n";
        int afterNotice = sample.indexOf(noticeDate) + noticeDate.length();
        assertThat(imprint).as("the sample's 版记 after its notice").isGreaterThan(afterNotice);

        for (String between : new String[] {"\n", "\n附件\n\n"}) {
            String joined = sample.substring(0, afterNotice) + "\n" + sample.substring(imprint).strip() + "\n"
                    + between + sample.substring(afterNotice, imprint);

            ParseReport report = read("plan.txt", joined.getBytes(StandardCharsets.UTF_8));

            Plan plan = report.document().plan();
            assertThat(PlanOutline.of(report.document())).as(between).isEqualTo(expectedOutline(GOLDEN));
            // the plan's title and goals as issued, not the 版记's lines taken for the plan's first paragraph
            assertThat(plan.planTitle()).isEqualTo(asIssued.planTitle()).isNotEmpty();
            assertThat(plan.goalText()).isEqualTo(asIssued.goalText()).doesNotContain("抄送：", "日印发");
            assertThat(plan.copiedTo()).isEqualTo(asIssued.copiedTo()).contains("市中级人民法院");
            assertThat(plan.printedDate()).isEqualTo(asIssued.printedDate()).isPresent();
            assertThat(report.warnings()).extracting(warning -> warning.message().key())
                    .contains("parse.warning.imprintInside");
        }
    }

    @Test
    void aDivisionTableCopiedAfterThePlansImprint_givesTheTasksTheirUnits() {
        String document = new String(bytes("unseen/guixian-division.txt"), StandardCharsets.UTF_8);
        int attachment = document.indexOf("\n附件\n");
        int imprint = document.indexOf("抄送：");
        assertThat(attachment).as("the document's attachment before its 版记").isPositive().isLessThan(imprint);
        String moved = document.substring(0, attachment) + "\n\n" + document.substring(imprint).strip() + "\n"
                + document.substring(attachment, imprint);

        ParseReport asIssued = read("plan.txt", document.getBytes(StandardCharsets.UTF_8));
        ParseReport report = read("plan.txt", moved.getBytes(StandardCharsets.UTF_8));

        // its body names no units: all of them come from the 分工表, which was lost after the 版记
        assertThat(PlanOutline.of(report.document())).isEqualTo(PlanOutline.of(asIssued.document()))
                .contains("县应急管理局");
        assertThat(report.document().plan().printedBy()).isEqualTo(asIssued.document().plan().printedBy())
                .isNotEmpty();
    }

    @Test
    void aPagesFooterAfterTheImprint_isNotReadAsThePlans() {
        String withFooter = sample + "\n\n【打印本页】【关闭窗口】\n1.网站地图\n2.联系我们\n主办单位：齐齐哈尔市人民政府办公室\n";

        ParseReport report = read("plan.txt", withFooter.getBytes(StandardCharsets.UTF_8));

        assertThat(PlanOutline.of(report.document())).isEqualTo(expectedOutline(GOLDEN));
        assertThat(report.warnings()).extracting(warning -> warning.message().key())
                .doesNotContain("parse.warning.imprintInside", "parse.warning.afterImprint");

        // a task pasted after it is not read either, but the review says so
        String pasted = sample + "\n3.开展科普活动。（责任单位：市科协）\n";
        assertThat(read("plan.txt", pasted.getBytes(StandardCharsets.UTF_8)).warnings())
                .filteredOn(warning -> warning.message().key().equals("parse.warning.afterImprint")).singleElement()
                .satisfies(warning -> assertThat(warning.message().text()).contains("开展科普活动"));
    }

    @Test
    void aCopiedToLineAloneUnderTheNotice_takesItsNamesAndNoParagraphOfThePlan() {
        String noticeDate = "2022年4月25日\n";
        int afterNotice = sample.indexOf(noticeDate) + noticeDate.length();
        String withCopies = sample.substring(0, afterNotice) + "\n抄送：市委办公室，\n市人大办公室。\n"
                + sample.substring(afterNotice, sample.indexOf("抄送：")).strip() + "\n";

        ParseReport report = read("plan.txt", withCopies.getBytes(StandardCharsets.UTF_8));

        Plan plan = report.document().plan();
        assertThat(plan.copiedTo()).isEqualTo("市委办公室，市人大办公室");
        assertThat(plan.goalText()).isEqualTo(read("plan.txt", sample()).document().plan().goalText());
        assertThat(report.document().items()).hasSize(13);

        // the names end with their full stop: the plan's first words after them are the plan's
        String preamble = "为提升全市公民科学素质，制定本方案。";
        String noTitle = sample.substring(0, afterNotice) + "\n抄送：市委办公室，市人大办公室。\n\n" + preamble + "\n"
                + sample.substring(sample.indexOf("一、指导思想"), sample.indexOf("抄送：")).strip() + "\n";
        Plan untitled = read("plan.txt", noTitle.getBytes(StandardCharsets.UTF_8)).document().plan();
        assertThat(untitled.copiedTo()).isEqualTo("市委办公室，市人大办公室");
        assertThat(untitled.goalText()).startsWith(preamble);
    }

    @Test
    void aKeywordsLineAboveTheCopiedTo_asOlderDocumentsHaveIt_isTheImprintsNotThePlansLastWords() {
        int imprint = sample.indexOf("抄送：");
        String withKeywords = sample.substring(0, imprint) + "主题词：科学素质  实施方案  通知\n\n"
                + sample.substring(imprint);

        ParseReport report = read("plan.txt", withKeywords.getBytes(StandardCharsets.UTF_8));

        // not the plan's last sentence, unfinished: no document cut off to confirm
        assertThat(report.cutOff()).isEmpty();
        assertThat(PlanOutline.of(report.document())).isEqualTo(expectedOutline(GOLDEN));
        report.document().forEachNode(node -> assertThat(node.text()).doesNotContain("主题词"));
    }

    @Test
    void aDistributionLineHeadedFenSong_isReadAsTheCopiedTo() {
        int imprint = sample.indexOf("抄送：");
        String organ = "齐齐哈尔市人民政府办公室\n\n2022年4月25日印发";
        String distributed = sample.substring(0, imprint) + "分送：市委办公室，市人大办公室。\n"
                + sample.substring(sample.indexOf(organ, imprint));
        Plan asIssued = read("plan.txt", sample()).document().plan();

        ParseReport report = read("plan.txt", distributed.getBytes(StandardCharsets.UTF_8));

        assertThat(report.document().plan().copiedTo()).isEqualTo("市委办公室，市人大办公室");
        assertThat(report.document().plan().printedBy()).isEqualTo(asIssued.printedBy());
        report.document().forEachNode(node -> assertThat(node.text()).doesNotContain("分送"));
    }
}
