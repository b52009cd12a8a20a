package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kesudesk.parse.SampleDocumentTest.expectedOutline;
import static org.kesudesk.parse.SampleDocumentTest.read;
import static org.kesudesk.parse.SampleDocumentTest.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.kesudesk.testsupport.PlanOutline;

/** The sample as offices really pass it around: every variant must give the very same tree. */
class SampleVariantsTest {

    private static final String GOLDEN = "qiqihar-2022-16.expected.txt";
    private final String text = new String(sample(), StandardCharsets.UTF_8);
    /** The sample as read: what each variant is compared with (read once; a plan is a value). */
    private static final org.kesudesk.model.Plan AS_ISSUED = read("plan.txt", sample()).document().plan();

    @Test
    void savedAsGb18030() {
        ParseReport report = read("plan.txt", text.getBytes(Charset.forName("GB18030")));

        assertThat(PlanOutline.of(report.document())).isEqualTo(expectedOutline(GOLDEN));
        assertThat(report.encoding()).isEqualTo("GB18030");
    }

    @Test
    void savedWithCrlfAndABom() {
        byte[] body = text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        ParseReport report = read("plan.txt", withBom);

        assertThat(PlanOutline.of(report.document())).isEqualTo(expectedOutline(GOLDEN));
        assertThat(report.document().plan().docNumber()).isEqualTo("齐政办发〔2022〕16号");
    }

    @Test
    void withPageNumberLinesEverywhere_evenInsideAUnitList() {
        List<String> lines = new ArrayList<>(text.lines().toList());
        List<String> paged = new ArrayList<>();
        String[] styles = {"— %d —", "- %d -", "第%d页", "%d"};
        for (int i = 0; i < lines.size(); i++) {
            paged.add(lines.get(i));
            if (i % 9 == 8) {
                paged.add("");
                paged.add(String.format(styles[i / 9 % styles.length], i / 9 + 1));
                paged.add("");
            }
        }
        String withNumbers = String.join("\n", paged)
                .replace("市委统战部、团市委、市妇联", "市委统战部、团市\n\n— 7 —\n\n委、市妇联");

        ParseReport report = readText(withNumbers);

        assertThat(PlanOutline.of(report.document())).isEqualTo(expectedOutline(GOLDEN));
    }

    @Test
    void copiedFromAWebPage_theTitleAboveTheDocNumber_underThePagesOwnLines() {
        org.kesudesk.model.Plan asIssued = AS_ISSUED;
        List<String> lines = new ArrayList<>(text.lines().toList());
        int docNumber = lines.indexOf(asIssued.docNumber());
        assertThat(docNumber).as("the sample's 文号 on a line of its own").isNotNegative();
        lines.remove(docNumber);
        // the title's lines, then the 文号 under them, as a web page shows a notice
        int titleEnd = docNumber;
        while (!lines.get(titleEnd).strip().endsWith("通知")) {
            titleEnd++;
        }
        lines.add(titleEnd + 1, asIssued.docNumber());
        // the page's path, its index of the document's fields and its buttons, right above the title
        int titleStart = 0;
        while (lines.get(titleStart).isBlank()) {
            titleStart++;
        }
        lines.addAll(titleStart, List.of("首页 > 政务公开 > 政策文件", "索 引 号：11230200MB0X12345K/2022-00123",
                "发文机关：齐齐哈尔市人民政府办公室", "成文日期：2022年04月25日", "发布日期：2022年04月28日",
                "字号：[ 大 中 小 ]  打印本页  关闭窗口"));
        lines.addAll(List.of("", "【打印本页】【关闭窗口】", "主办：齐齐哈尔市人民政府办公室"));

        ParseReport report = readText(String.join("\n", lines));

        org.kesudesk.model.Plan plan = report.document().plan();
        assertThat(PlanOutline.of(report.document())).isEqualTo(expectedOutline(GOLDEN));
        assertThat(plan.docNumber()).isEqualTo("齐政办发〔2022〕16号");
        assertThat(plan.title()).isEqualTo(asIssued.title()).startsWith("齐齐哈尔市人民政府办公室关于印发")
                .endsWith("的通知");
        assertThat(plan.addressees()).isEqualTo(asIssued.addressees()).isNotEmpty();
        assertThat(plan.issuer()).isEqualTo(asIssued.issuer()).isNotEmpty();
        assertThat(plan.planTitle()).isEqualTo(asIssued.planTitle()).isNotEmpty();
        assertThat(plan.goalText()).isEqualTo(asIssued.goalText());
    }

    /**
     * A government site's index of the document's fields above the notice names its title (标　　题：…的通知, 名称：…)
     * and its 文号: the title is the notice's own, over its 主送, not the field with its label.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"标　　题：", "名称：", "文件名称:"})
    void aWebPagesFieldNamingTheTitle_isNotTheTitle(String label) {
        org.kesudesk.model.Plan asIssued = AS_ISSUED;
        List<String> lines = new ArrayList<>(text.lines().toList());
        int docNumber = lines.indexOf(asIssued.docNumber());
        assertThat(docNumber).as("the sample's 文号 on a line of its own").isNotNegative();
        // the page's index of fields in place of the 文号's line, which such pages leave out of the text
        lines.remove(docNumber);
        lines.addAll(docNumber, List.of("首页 > 政务公开 > 政府文件", "索 引 号：11230200MB0X12345K/2022-00123",
                "发文机关：齐齐哈尔市人民政府办公室", label + asIssued.title(), "发文字号：" + asIssued.docNumber(),
                "成文日期：2022年04月25日"));

        ParseReport report = readText(String.join("\n", lines));

        org.kesudesk.model.Plan plan = report.document().plan();
        assertThat(plan.title()).isEqualTo(asIssued.title()).startsWith("齐齐哈尔市人民政府办公室关于印发");
        assertThat(plan.docNumber()).isEqualTo(asIssued.docNumber());
        assertThat(plan.addressees()).isEqualTo(asIssued.addressees()).isNotEmpty();
        assertThat(plan.noticeBody()).isEqualTo(asIssued.noticeBody());
        assertThat(PlanOutline.of(report.document())).isEqualTo(expectedOutline(GOLDEN));
    }

    /**
     * A county's 转发 of the city's notice, copied whole: the county's notice, then the city's (its 标志 or not, 文号,
     * title, 主送, text, 署名, date), then the plan. The notice read is the county's; the city's is no part of the
     * plan, which is read from its own title on, and the review says so.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
    void aForwardingNotice_theNoticeItForwards_thenThePlan(boolean withMasthead) {
        org.kesudesk.model.Plan asIssued = AS_ISSUED;
        String county = String.join("\n", "甘南县人民政府办公室文件", "", "甘南政办发〔2022〕8号", "",
                "甘南县人民政府办公室关于转发《" + asIssued.title() + "》的通知", "",
                "各乡（镇）人民政府，县政府各有关部门：",
                "现将《" + asIssued.title() + "》（" + asIssued.docNumber() + "）转发给你们，请结合实际认真贯彻落实。", "",
                "甘南县人民政府办公室", "2022年5月10日", "", withMasthead ? asIssued.issuer() + "文件" : "", "");
        assertThat(text).as("the sample starts with its 文号").startsWith("\n\n" + asIssued.docNumber());

        ParseReport report = readText((county + text));

        org.kesudesk.model.Plan plan = report.document().plan();
        assertThat(plan.docNumber()).isEqualTo("甘南政办发〔2022〕8号");
        assertThat(plan.issuer()).isEqualTo("甘南县人民政府办公室");
        assertThat(plan.title()).startsWith("甘南县人民政府办公室关于转发《");
        assertThat(plan.planTitle()).isEqualTo(asIssued.planTitle()).startsWith("齐齐哈尔市全民科学素质");
        assertThat(plan.goalText()).isEqualTo(asIssued.goalText());
        assertThat(report.warnings()).extracting(warning -> warning.message().key())
                .contains("parse.warning.forwardedNotice");
        assertThePlanIsTheSamples(report, asIssued);
    }

    /**
     * A draft sent round for comment marks the notice's title — at its end or on a line under it: the notice is read
     * as the issued one is, its title with the mark.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"（征求意见稿）", "\n（征求意见稿）", "(送审稿)"})
    void aDraftsNotice_itsTitleMarked(String mark) {
        org.kesudesk.model.Plan asIssued = AS_ISSUED;
        String draft = text.replaceFirst("的通知\n", "的通知" + mark + "\n");
        assertThat(draft).as("the sample's title ends a line").isNotEqualTo(text);

        ParseReport report = readText(draft);

        org.kesudesk.model.Plan plan = report.document().plan();
        assertThat(plan.title()).isEqualTo(asIssued.title() + mark.strip());
        assertThat(plan.issuer()).isEqualTo(asIssued.issuer()).isNotEmpty();
        assertThat(plan.addressees()).isEqualTo(asIssued.addressees());
        assertThat(plan.issueDate()).isEqualTo(asIssued.issueDate()).isPresent();
        assertThat(plan.planTitle()).isEqualTo(asIssued.planTitle());
        assertThePlanIsTheSamples(report, asIssued);
    }

    /**
     * A 成文日期 mistyped into a year no plan names (0202年 for 2022年): no date kept — it would print as 202年 — and the
     * clerk told which line, as for a day that does not exist; the plan is read as ever.
     */
    @Test
    void aDateInAYearNoPlanNames_isLeftOut_withAWarningOnItsLine() {
        org.kesudesk.model.Plan asIssued = AS_ISSUED;
        String mistyped = text.replaceFirst("\n2022年4月25日\n", "\n0202年4月25日\n");
        assertThat(mistyped).as("the sample's 成文日期").isNotEqualTo(text);
        int line = (int) text.substring(0, text.indexOf("\n2022年4月25日\n") + 1).lines().count() + 1;

        ParseReport report = readText(mistyped);

        assertThat(report.document().plan().issueDate()).isEmpty();
        assertThat(report.warnings()).anySatisfy(warning -> {
            assertThat(warning.message().key()).isEqualTo("parse.warning.badDate");
            assertThat(warning.line()).isEqualTo(line);
        });
        assertThePlanIsTheSamples(report, asIssued);
    }

    /**
     * A notice whose own text numbers what it asks (…并提出以下要求：一、… 二、…): those paragraphs are the notice's
     * text, not the plan's sections, which start after the notice's date.
     */
    @Test
    void aNoticeNumberingItsOwnRequests_keepsThemInItsText() {
        org.kesudesk.model.Plan asIssued = AS_ISSUED;
        String requests = "一、提高思想认识。各地各部门要充分认识全民科学素质工作的重要意义。\n"
                + "二、加强组织领导。各地要建立健全工作机制，确保各项任务落实到位。";
        String last = asIssued.noticeBody().lines().reduce((a, b) -> b).orElseThrow();
        String noticed = text.replace(last + "\n", last + "\n" + requests + "\n");
        assertThat(noticed).as("the notice's last line").isNotEqualTo(text);

        ParseReport report = readText(noticed);

        org.kesudesk.model.Plan plan = report.document().plan();
        assertThat(plan.noticeBody()).isEqualTo(asIssued.noticeBody() + "\n" + requests);
        assertThat(plan.issuer()).isEqualTo(asIssued.issuer()).isNotEmpty();
        assertThat(plan.issueDate()).isEqualTo(asIssued.issueDate()).isPresent();
        assertThat(plan.planTitle()).isEqualTo(asIssued.planTitle());
        assertThePlanIsTheSamples(report, asIssued);
    }

    /** The 附件 label a copy ran into the plan's title (附件：乙市…方案): the plan's title is what follows it. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"附件：", "附件1　", "附件 "})
    void theAttachmentsLabel_runIntoThePlansTitle(String label) {
        org.kesudesk.model.Plan asIssued = AS_ISSUED;
        String date = "\n2022年4月25日\n";
        int after = text.indexOf(date) + date.length();
        int title = after;
        while (text.charAt(title) == '\n') {
            title++;
        }
        String labelled = text.substring(0, title) + label + text.substring(title);

        ParseReport report = readText(labelled);

        assertThat(report.document().plan().planTitle()).isEqualTo(asIssued.planTitle()).startsWith("齐齐哈尔市");
        assertThePlanIsTheSamples(report, asIssued);
    }

    /** The 附注 under the date is the notice's, kept for the notice made again; neither it nor 附件1 is the plan's. */
    @Test
    void withTheNoticesNoteUnderItsDate_andAnAttachmentLabelOverThePlan() {
        org.kesudesk.model.Plan asIssued = AS_ISSUED;
        List<String> lines = new ArrayList<>(text.lines().toList());
        int date = lines.indexOf("2022年4月25日");
        assertThat(date).as("the sample's date on a line of its own").isNotNegative();
        lines.addAll(date + 1, List.of("（此件公开发布）", "(联系人：王明，联系电话：0452-2712345)", "", "附件1："));

        ParseReport report = readText(String.join("\n", lines));

        org.kesudesk.model.Plan plan = report.document().plan();
        assertThat(plan.annotation()).isEqualTo("此件公开发布\n联系人：王明，联系电话：0452-2712345");
        assertThat(asIssued.annotation()).isEmpty();
        assertThePlanIsTheSamples(report, asIssued);
        assertThat(plan.sameNotice(asIssued.withNotice(new org.kesudesk.model.PlanNotice(asIssued.docNumber(),
                asIssued.title(), asIssued.addressees(), asIssued.noticeBody(), asIssued.issuer(),
                asIssued.issueDate(), plan.annotation(), asIssued.copiedTo(), asIssued.printedBy(),
                asIssued.printedDate())))).as("the rest of the notice as the sample's").isTrue();
        assertThat(plan.planTitle()).isEqualTo(asIssued.planTitle()).startsWith("齐齐哈尔市全民科学素质");
        assertThat(plan.goalText()).isEqualTo(asIssued.goalText());
        assertThat(plan.issueDate()).isEqualTo(asIssued.issueDate());
    }

    /**
     * The 附注 as web pages' copies give it: run into the date's line, or on its own line without its brackets — the
     * date, the 署名 and the plan's title read as the sample's, the note kept (not taken for the plan's title).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"2022年4月25日　　（此件公开发布）",
            "2022年4月25日(此件公开发布)", "2022年4月25日\n此件公开发布"})
    void theNoticesNote_runIntoTheDatesLine_orWithoutItsBrackets(String written) {
        org.kesudesk.model.Plan asIssued = AS_ISSUED;
        String copied = text.replace("\n2022年4月25日\n", "\n" + written + "\n");
        assertThat(copied).as("the sample's date under its 署名").contains("此件公开发布");

        ParseReport report = readText(copied);

        org.kesudesk.model.Plan plan = report.document().plan();
        assertThat(plan.annotation()).isEqualTo("此件公开发布");
        assertThat(plan.issueDate()).isEqualTo(asIssued.issueDate()).isNotEmpty();
        assertThat(plan.issuer()).isEqualTo(asIssued.issuer()).isNotEmpty();
        assertThat(plan.planTitle()).isEqualTo(asIssued.planTitle()).isNotEmpty();
        assertThat(report.warnings()).noneMatch(w -> w.message().key().equals("parse.warning.noDate"));
    }

    /** The 主送机关 copied without their colon, or broken over two lines: still the 主送, not the notice's text. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "局，各有关单位："})
    void theAddresseesWithoutTheirColon_orBrokenOverTwoLines(String brokenAt) {
        org.kesudesk.model.Plan asIssued = AS_ISSUED;
        String written = asIssued.addressees() + "：";
        String copied = text.replace(written, brokenAt.isEmpty() ? asIssued.addressees()
                : written.substring(0, written.indexOf(brokenAt)) + "\n" + brokenAt);
        assertThat(copied).as("the sample's 主送 with its colon").isNotEqualTo(text);

        org.kesudesk.model.Plan plan = readText(copied).document().plan();

        assertThat(plan.addressees()).isEqualTo(asIssued.addressees()).startsWith("各县");
        assertThat(plan.noticeBody()).isEqualTo(asIssued.noticeBody()).startsWith("经市政府同意");
        assertThat(plan.issueDate()).isEqualTo(asIssued.issueDate());
    }

    /**
     * A page the original's layout left without text above its 署名 says so (（此页无正文）): a mark of that layout,
     * not the notice's text (the app lays out its own pages); a copy's mark of the seal beside the 署名 is no part of
     * the issuer's name.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"（此页无正文）\n\n齐齐哈尔市人民政府办公室",
            "(此页无正文)\n齐齐哈尔市人民政府办公室（印）", "此页无正文\n齐齐哈尔市人民政府办公室（盖章）"})
    void aPageWithoutTextMarked_andTheSealMarkedBesideTheSignature(String written) {
        org.kesudesk.model.Plan asIssued = AS_ISSUED;
        String copied = text.replace("\n齐齐哈尔市人民政府办公室\n\n2022年4月25日\n", "\n" + written + "\n\n2022年4月25日\n");
        assertThat(copied).as("the sample's 署名 and date").contains(written);

        ParseReport report = readText(copied);

        org.kesudesk.model.Plan plan = report.document().plan();
        assertThat(plan.issuer()).isEqualTo(asIssued.issuer()).isEqualTo("齐齐哈尔市人民政府办公室");
        assertThat(plan.noticeBody()).isEqualTo(asIssued.noticeBody()).doesNotContain("此页无正文");
        assertThat(plan.issueDate()).isEqualTo(asIssued.issueDate()).isNotEmpty();
        assertThePlanIsTheSamples(report, asIssued);
    }

    /** The 署名 and the date run into one line by a copy: both read, and the plan's title after them. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"齐齐哈尔市人民政府办公室　　2022年4月25日",
            "齐齐哈尔市人民政府办公室 2022年4月25日（此件公开发布）", "齐齐哈尔市人民政府办公室二〇二二年四月二十五日"})
    void theSignatureAndTheDate_runIntoOneLine(String written) {
        org.kesudesk.model.Plan asIssued = AS_ISSUED;
        String copied = text.replace("\n齐齐哈尔市人民政府办公室\n\n2022年4月25日\n", "\n" + written + "\n");
        assertThat(copied).as("the sample's 署名 and date").contains(written);

        ParseReport report = readText(copied);

        org.kesudesk.model.Plan plan = report.document().plan();
        assertThat(plan.issuer()).isEqualTo(asIssued.issuer()).isNotEmpty();
        assertThat(plan.issueDate()).isEqualTo(asIssued.issueDate()).isNotEmpty();
        assertThat(plan.planTitle()).isEqualTo(asIssued.planTitle()).isNotEmpty();
        assertThat(plan.noticeBody()).isEqualTo(asIssued.noticeBody());
        assertThat(plan.annotation()).isEqualTo(written.contains("此件") ? "此件公开发布" : "");
        assertThePlanIsTheSamples(report, asIssued);
    }

    /** An office writing to units it does not lead issues its plan by a letter (函): the same plan, its head read. */
    @Test
    void issuedByALetter_itsTitleEndingInHan() {
        org.kesudesk.model.Plan asIssued = AS_ISSUED;
        assertThat(asIssued.title()).endsWith("的通知");
        String letter = text.replace(asIssued.docNumber(), "齐政办函〔2022〕16号")
                .replaceFirst("的通知\n", "的函\n");

        ParseReport report = readText(letter);

        org.kesudesk.model.Plan plan = report.document().plan();
        String title = asIssued.title().replaceFirst("的通知$", "的函");
        assertThat(PlanOutline.of(report.document())).isEqualTo(expectedOutline(GOLDEN)
                .replace(asIssued.docNumber(), "齐政办函〔2022〕16号").replace(asIssued.title(), title));
        assertThat(plan.docNumber()).isEqualTo("齐政办函〔2022〕16号");
        assertThat(plan.title()).isEqualTo(title);
        assertThat(plan.addressees()).isEqualTo(asIssued.addressees());
        assertThat(plan.issuer()).isEqualTo(asIssued.issuer());
        assertThat(plan.issueDate()).isEqualTo(asIssued.issueDate());
        assertThat(plan.planTitle()).isEqualTo(asIssued.planTitle());
        assertThat(plan.goalText()).isEqualTo(asIssued.goalText());
        assertThat(org.kesudesk.model.Plan.issuedDocument(plan.title())).isEqualTo(
                org.kesudesk.model.Plan.issuedDocument(asIssued.title())).isPresent();
    }

    @Test
    void withThePrintingOrganAndDateOnOneLine_setApartByFullWidthSpaces() {
        org.kesudesk.model.Plan asIssued = AS_ISSUED;
        String oneLine = text.replace("齐齐哈尔市人民政府办公室\n\n2022年4月25日印发",
                "齐齐哈尔市人民政府办公室\u3000\u3000\u3000\u30002022年4月25日印发");
        assertThat(oneLine).as("the sample's 印发 lines").isNotEqualTo(text);

        ParseReport report = readText(oneLine);

        org.kesudesk.model.Plan plan = report.document().plan();
        assertThat(plan.printedBy()).isEqualTo(asIssued.printedBy()).isEqualTo("齐齐哈尔市人民政府办公室");
        assertThat(plan.printedDate()).isEqualTo(asIssued.printedDate());
        assertThat(plan.copiedTo()).isEqualTo(asIssued.copiedTo());
        // stored as it is: nothing in the header for the content check to refuse
        assertThat(org.kesudesk.logic.PlanContentCheck.violations(report.document())).isEmpty();
    }

    @Test
    void aPrintingLineWithTheDateAlone_takesNoSentenceOfThePlanForTheOrgan() {
        int copied = text.indexOf("抄送：");
        int printed = text.indexOf("2022年4月25日印发");
        assertThat(copied).as("the sample's 版记").isPositive().isLessThan(printed);
        // the 抄送 and the organ deleted: the line above the date is the plan's last paragraph
        String dateAlone = text.substring(0, copied) + text.substring(printed);

        ParseReport report = readText(dateAlone);

        org.kesudesk.model.Plan plan = report.document().plan();
        assertThat(plan.printedBy()).isEmpty();
        assertThat(plan.printedDate()).isEqualTo(AS_ISSUED.printedDate());
        // the plan as it was, and nothing in the header the content check refuses (a paragraph is no organ)
        java.util.function.UnaryOperator<String> withoutTail = outline -> outline.lines()
                .filter(line -> !line.startsWith("copiedTo:") && !line.startsWith("printedBy:"))
                .collect(java.util.stream.Collectors.joining("\n"));
        assertThat(withoutTail.apply(PlanOutline.of(report.document())))
                .isEqualTo(withoutTail.apply(expectedOutline(GOLDEN)));
        assertThat(org.kesudesk.logic.PlanContentCheck.violations(report.document())).isEmpty();

        // the organ alone deleted: the 抄送's last line stays the 抄送's
        String organDeleted = text.replace("齐齐哈尔市人民政府办公室\n\n2022年4月25日印发", "2022年4月25日印发");
        assertThat(organDeleted).as("the sample's organ line").isNotEqualTo(text);
        org.kesudesk.model.Plan withCopies = readText(organDeleted)
                .document().plan();
        assertThat(withCopies.printedBy()).isEmpty();
        assertThat(withCopies.copiedTo()).isEqualTo(AS_ISSUED.copiedTo());
    }

    @Test
    void withoutTheSignatureAboveTheDate_theIssuerIsTheOneTheTitleNames_andTheTextKeepsItsLastSentence() {
        org.kesudesk.model.Plan asIssued = AS_ISSUED;
        String unsigned = text.replace("\n齐齐哈尔市人民政府办公室\n\n2022年4月25日\n", "\n\n2022年4月25日\n");
        assertThat(unsigned).as("the sample's 署名").isNotEqualTo(text);

        ParseReport report = readText(unsigned);

        org.kesudesk.model.Plan plan = report.document().plan();
        assertThat(plan.issuer()).isEqualTo(asIssued.issuer()).isEqualTo("齐齐哈尔市人民政府办公室");
        assertThat(plan.noticeBody()).isEqualTo(asIssued.noticeBody()).endsWith("请认真贯彻执行。");
        assertThat(plan.issueDate()).isEqualTo(asIssued.issueDate());
        assertThat(report.warnings()).extracting(warning -> warning.message().key())
                .contains("parse.warning.issuerFromTitle");
        assertThat(PlanOutline.of(report.document())).isEqualTo(expectedOutline(GOLDEN));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"齐政办发〔2022〕第16号", "齐政办发[2022]016号",
            "齐政办发（2022）第016号", "齐政办发 〔2022〕 16 号"})
    void aDocNumberWrittenOtherwise_isStoredAsTheStandardWritesIt(String written) {
        String variant = text.replace("齐政办发〔2022〕16号", written);
        assertThat(variant).as("the sample's 文号").contains(written);

        ParseReport report = readText(variant);

        assertThat(report.document().plan().docNumber()).isEqualTo("齐政办发〔2022〕16号");
        assertThat(PlanOutline.of(report.document())).isEqualTo(expectedOutline(GOLDEN));
    }

    /**
     * What stands beside the 文号 on its line, run into it by a copy: a 上行文's 签发人 (one or more), the 份号, the 密级
     * or the 紧急程度 — the 文号 is read, the rest left out.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"齐政办发〔2022〕16号　　　　　签发人：王某某",
            "齐政办发〔2022〕16号 签发人： 王某某 李某某", "000123　　齐政办发〔2022〕16号", "份号：000123　齐政办发〔2022〕16号",
            "特急　齐政办发〔2022〕16号", "000123 秘密★1年 特急 齐政办发〔2022〕16号", "齐政办发〔2022〕16号　　　加急"})
    void aDocNumberWithWhatStandsBesideIt_onItsLine(String written) {
        String variant = text.replace("齐政办发〔2022〕16号", written);
        assertThat(variant).as("the sample's 文号").contains(written);

        ParseReport report = readText(variant);

        assertThat(report.document().plan().docNumber()).isEqualTo("齐政办发〔2022〕16号");
        assertThat(report.document().plan().title()).startsWith("齐齐哈尔市人民政府办公室关于印发");
        assertThat(PlanOutline.of(report.document())).isEqualTo(expectedOutline(GOLDEN));
    }

    /** A copy from a web page may give the 成文日期 in digits apart by dashes or dots: the same date. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"2022-04-25", "2022.4.25", "2022/4/25"})
    void datedInDigitsApartByDashesOrDots(String date) {
        org.kesudesk.model.Plan asIssued = AS_ISSUED;
        String digits = text.replace("\n2022年4月25日\n", "\n" + date + "\n");
        assertThat(digits).as("the sample's date under its 署名").doesNotContain("\n2022年4月25日\n");

        ParseReport report = readText(digits);

        org.kesudesk.model.Plan plan = report.document().plan();
        assertThat(plan.issueDate()).isEqualTo(asIssued.issueDate()).isNotEmpty();
        assertThat(plan.issuer()).isEqualTo(asIssued.issuer());
        assertThat(plan.noticeBody()).isEqualTo(asIssued.noticeBody());
        assertThat(PlanOutline.of(report.document())).isEqualTo(expectedOutline(GOLDEN));
        assertThat(report.warnings()).noneMatch(w -> w.message().key().equals("parse.warning.noDate"));
    }

    @Test
    void datedInChineseNumerals_asOlderNoticesAre() {
        org.kesudesk.model.Plan asIssued = AS_ISSUED;
        String chinese = text.replace("\n2022年4月25日\n", "\n二〇二二年四月二十五日\n")
                .replace("\n2022年4月25日印发", "\n二○二二年四月二十五日印发");
        assertThat(chinese).as("the sample's two dates").doesNotContain("2022年4月25日");

        ParseReport report = readText(chinese);

        org.kesudesk.model.Plan plan = report.document().plan();
        assertThat(plan.issueDate()).isEqualTo(asIssued.issueDate()).isNotEmpty();
        assertThat(plan.printedDate()).isEqualTo(asIssued.printedDate()).isNotEmpty();
        assertThat(plan.issuer()).isEqualTo(asIssued.issuer());
        assertThat(plan.printedBy()).isEqualTo(asIssued.printedBy());
        assertThat(plan.planTitle()).isEqualTo(asIssued.planTitle());
        assertThat(PlanOutline.of(report.document())).isEqualTo(expectedOutline(GOLDEN));
        assertThat(report.warnings()).noneMatch(w -> w.message().key().equals("parse.warning.noDate"));
    }

    @Test
    void numberedInFullWidthDigits_asAChineseInputMethodTypesThem() {
        StringBuilder wide = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            java.util.regex.Matcher number = java.util.regex.Pattern.compile("^(\\s*[（(]?)(\\d+)([.．、）)])")
                    .matcher(line);
            if (number.find()) {
                StringBuilder digits = new StringBuilder();
                number.group(2).chars().forEach(c -> digits.append((char) (c - '0' + '０')));
                line = number.group(1) + digits + number.group(3) + line.substring(number.end());
            }
            wide.append(line).append('\n');
        }
        assertThat(wide.toString()).containsPattern("(?m)^\\s*[１-９]+[.．]");

        ParseReport report = readText(wide.toString());

        assertThat(PlanOutline.of(report.document())).isEqualTo(expectedOutline(GOLDEN));
        // the digits inside the text stay as written
        assertThat(TextCleaner.clean("１．５万人次以上")).isEqualTo("１．５万人次以上");
        assertThat(TextCleaner.clean("（１２）开展科普活动")).isEqualTo("（12）开展科普活动");
    }

    @Test
    void tasksNumberedWithCircledNumerals_eachATaskOfItsOwn() {
        String circled = java.util.regex.Pattern.compile("(?m)^(\\d+)\\.").matcher(text)
                .replaceAll(number -> String.valueOf((char) ('①' + Integer.parseInt(number.group(1)) - 1)));
        assertThat(circled).contains("\n② 提升各阶段科学教育水平").doesNotContainPattern("(?m)^\\d+\\.");

        ParseReport report = readText(circled);

        assertThat(PlanOutline.of(report.document())).isEqualTo(expectedOutline(GOLDEN));
        assertThat(report.warnings()).noneMatch(w -> w.message().key().equals("parse.warning.numbering"));
    }

    @Test
    void eachTasksTitleClosedByAColon_itsTextRunningOn() {
        // 1.将弘扬科学精神贯穿于育人全链条：实施新时代立德树人工程，…; 3.强化科技工作者的社会责任：… (a title ending in
        // 责任, which a label may too)
        String colons = java.util.regex.Pattern.compile("(?m)^(\\d+\\.[^。\\n]{4,40}?)。").matcher(text)
                .replaceAll("$1：");
        assertThat(colons).contains("3.强化科技工作者的社会责任：大力弘扬");

        ParseReport report = readText(colons);

        assertThat(PlanOutline.of(report.document())).isEqualTo(expectedOutline(GOLDEN));
        // a label's colon is no title's: 1.推进科学教育【责任单位：市教育局】 stays titled by its sentence
        assertThat(PlanTextParser.firstSentence("推进科学教育【责任单位：市教育局】")).isEqualTo("推进科学教育【责任单位：市教育局】");
        assertThat(PlanTextParser.firstSentence("各地要做到：一是加强领导，二是落实经费。")).isEqualTo("各地要做到");
        assertThat(PlanTextParser.firstSentence("到2025年，各地要做到：一是加强领导。")).isEqualTo("到2025年，各地要做到：一是加强领导");
    }

    @Test
    void unitsInSquareBrackets_closingEachParagraph() {
        // 【责任单位：市科协、市科技局】: a paragraph ending so is complete, not broken by a page
        String squared = text.replaceAll("（责任单位：([^）)]*)[）)]", "【责任单位：$1】");
        assertThat(squared).contains("打造科学素质建设智库。【责任单位：市科协、市科技局】\n");

        ParseReport report = readText(squared);

        assertThat(PlanOutline.of(report.document())).isEqualTo(expectedOutline(GOLDEN));
    }

    /**
     * Each task's units set after its title sentence (1.将弘扬科学精神贯穿于育人全链条。（责任单位：…）实施…) or before it, each
     * action's leads opening its paragraph: the text about them runs on after the list, which names the units all
     * the same.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"afterTheTitle", "beforeTheTitle"})
    void unitsSetAfterOrBeforeTheTaskTitle_andLeadsOpeningTheActionsParagraph(String where) {
        String units = where.equals("afterTheTitle")
                ? java.util.regex.Pattern.compile("(?m)^(\\d+\\.\\s*[^。\\n]+。)(.*?)\\s*[（(]责任单位：([^）)]*)[）)]$")
                        .matcher(text).replaceAll("$1（责任单位：$3）$2")
                : java.util.regex.Pattern.compile("(?m)^(\\d+\\.\\s*)([^\\n]*?)\\s*[（(]责任单位：([^）)]*)[）)]$")
                        .matcher(text).replaceAll("$1（责任单位：$3）$2");
        String leads = java.util.regex.Pattern.compile("(?m)^(（[一二三四五]）[^\\n]*\\n\\n)([^\\n]*?)[（(]牵头单位：([^）)]*)[）)]\\s*$")
                .matcher(units).replaceAll("$1（牵头单位：$3）$2");
        assertThat(leads).contains(where.equals("afterTheTitle")
                ? "1. 将弘扬科学精神贯穿于育人全链条。（责任单位：市委宣传部、市教育局、团市委、市科协、市新闻传媒中心）实施新时代"
                : "1. （责任单位：市委宣传部、市教育局、团市委、市科协、市新闻传媒中心）将弘扬科学精神")
                .contains("\n（牵头单位：市教育局、市科协）激发青少年好奇心");

        ParseReport report = readText(leads);

        assertThat(PlanOutline.of(report.document())).isEqualTo(expectedOutline(GOLDEN));
        assertThat(report.document().items().get(0).children().get(0).text())
                .startsWith("将弘扬科学精神贯穿于育人全链条。实施新时代立德树人工程").doesNotContain("责任单位");
    }

    /**
     * Every list's names apart by spaces alone (（责任单位：市教育局 市科技局 …）): cleaning a line takes the spaces out
     * between Chinese characters, and the names run together are split again where a whole name stands before the
     * next — over the 40 characters of one name too (a list of thirteen).
     */
    @Test
    void unitsApartBySpacesAlone_evenALongList() {
        String spaced = java.util.regex.Pattern.compile("[（(]责任单位：([^）)]*)[）)]").matcher(text)
                .replaceAll(list -> "（责任单位：" + list.group(1).replace('、', ' ') + "）");
        assertThat(spaced).contains("（责任单位：市教育局 市科技局 市生态环境局 市文广旅游局 市卫健委 市应急局 市市场监管局 "
                + "市体育局 市气象局 市林草局 团市委 市妇联 市科协）");

        ParseReport report = readText(spaced);

        assertThat(PlanOutline.of(report.document())).isEqualTo(expectedOutline(GOLDEN));
        // a name with a joining word inside stays whole; a name's region character inside it starts none
        assertThat(UnitNames.joined("市住房和城乡建设局市科协")).containsExactly("市住房和城乡建设局", "市科协");
        assertThat(UnitNames.joined("市科技局区域合作中心")).containsExactly("市科技局区域合作中心");
    }

    /**
     * The 主送 moved from under the title to the 版记, above the 抄送 (GB/T 9704 7.3.2, as a notice to many organs has
     * it): the notice's 主送 all the same, the 抄送 still the 抄送, no line of it in the plan.
     */
    @Test
    void theAddresseesInTheColophon_aboveTheCopiedTo() {
        String addressees = "各县（市）、区人民政府，市政府有关委、办、局，各有关单位：";
        assertThat(text).contains(addressees + "\n");
        String moved = text.replace(addressees + "\n", "");
        int copied = moved.lastIndexOf("抄送");
        moved = moved.substring(0, copied) + "主送：各县（市）、区人民政府，市政府有关委、办、局，\n各有关单位。\n"
                + moved.substring(copied);

        ParseReport report = readText(moved);

        assertThePlanIsTheSamples(report, AS_ISSUED);
        assertThat(report.document().plan().notice().addressees()).isEqualTo(AS_ISSUED.notice().addressees());
        assertThat(report.document().plan().notice().copiedTo()).isEqualTo(AS_ISSUED.notice().copiedTo());
    }

    @Test
    void unitsLabelledOnALineOfTheirOwn_aListCutByAPage() {
        // the sample's one list cut by a page (…市民 / 政局、…) now on a line of its own under its label
        String ownLines = text.replaceAll("[（(]责任单位：([^）)]*)[）)]", "\n责任单位：$1");
        assertThat(ownLines).contains("\n责任单位：市委宣传部、市教育局、市民\n\n政局、市卫健委");

        ParseReport report = readText(ownLines);

        assertThat(PlanOutline.of(report.document())).isEqualTo(expectedOutline(GOLDEN));
        assertThat(report.warnings()).noneMatch(w -> w.message().key().equals("parse.warning.mergedIntoTask"));
        // a list whose last name is whole ends where its line does
        assertThat(UnitList.goesOnIn("责任单位：市委宣传部、市教育局", "加强组织领导。")).isFalse();
        assertThat(UnitList.goesOnIn("责任单位：市委宣传部、", "市教育局")).isTrue();
        assertThat(UnitList.goesOnIn("牵头单位：市教育局、市科", "协、团市委")).isTrue();
    }

    @Test
    void safeguardsNamingWhoLeadsThenWhoIsResponsible() {
        // （牵头单位：市科协；责任单位：市科技局）: in a safeguard's paragraph, as in a numbered task's
        String both = text.replaceAll("（责任单位：([^、）)]*)、([^）)]*)[）)]", "（牵头单位：$1；责任单位：$2）");
        assertThat(both).contains("打造科学素质建设智库。（牵头单位：市科协；责任单位：市科技局）");

        ParseReport report = readText(both);

        String outline = PlanOutline.of(report.document());
        assertThat(outline).contains("  safeguard 二 机制保障\n    - 完善表彰奖励机制 | 市委组织部（牵头）、市人社局、市科技局、市科协\n"
                + "  safeguard 三 条件保障\n    - 加强理论研究 | 市科协（牵头）、市科技局\n"
                + "    - 保障经费投入 | 市科技局（牵头）、市财政局、市科协\n");
        assertThat(report.warnings()).noneMatch(w -> w.message().key().equals("parse.warning.itemAsTask"));
    }

    @Test
    void withFullWidthBracketsColonsAndCommasTurnedHalfWidth() {
        String halfWidth = text.replace('（', '(').replace('）', ')').replace('：', ':');
        // separators inside the unit lists too
        halfWidth = halfWidth.replace("市教育局、市科协)", "市教育局,市科协)");

        ParseReport report = readText(halfWidth);

        String expected = expectedOutline(GOLDEN).replace('（', '(').replace('）', ')');
        assertThat(PlanOutline.of(report.document())).isEqualTo(expected);
    }

    @Test
    void asAWordDocument() throws IOException {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            for (String line : text.split("\n", -1)) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(docx);
        }

        ParseReport report = read("plan.docx", docx.toByteArray());

        assertThat(PlanOutline.of(report.document())).isEqualTo(expectedOutline(GOLDEN));
        assertThat(report.encoding()).isEqualTo("DOCX");
    }

    /** The plan read as the sample's, its notice aside (each test checks the notice's fields it varies). */
    private static void assertThePlanIsTheSamples(ParseReport report, org.kesudesk.model.Plan asIssued) {
        assertThat(PlanOutline.of(new org.kesudesk.model.PlanDocument(report.document().plan()
                .withNotice(asIssued.notice()), report.document().goalIndicators(), report.document().sections())))
                .isEqualTo(expectedOutline(GOLDEN));
    }

    /** A variant of the sample's text, read as a UTF-8 text file. */
    private static ParseReport readText(String variant) {
        return read("plan.txt", variant.getBytes(StandardCharsets.UTF_8));
    }
}
