package org.kesudesk.logic.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.documents.DocumentRenderer;
import org.kesudesk.documents.NoticeHeader;
import org.kesudesk.documents.OutputFormat;
import org.kesudesk.documents.SupervisionLetter;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.logic.PlanReferences;
import org.kesudesk.model.Deadline;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.ProgressStatus;
import org.kesudesk.model.ReportingRound;
import org.kesudesk.model.StatusLight;
import org.kesudesk.model.Unit;
import org.kesudesk.store.Database;
import org.kesudesk.testsupport.SamplePlan;

/**
 * 督办通知单 from a round of the sample plan in a real database: a letter to each unit with red or yellow tasks and
 * to no other, each task in its own unit's letter and in no other's, read back from the PDF page by page.
 */
class SupervisionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @TempDir
    Path folder;
    private Database database;
    private PlanDocument plan;
    private ProgressTracking tracking;
    private ReportingRound round;

    @BeforeEach
    void aRoundWithLateAndOnTimeTasks() {
        database = org.kesudesk.testsupport.TestDatabases.open(folder.resolve("kesudesk"));
        plan = SamplePlan.store(database);
        tracking = new ProgressTracking(database);
        round = tracking.openRound(plan, "2026年上半年", LocalDate.of(2026, 7, 10), Optional.empty(), Optional.empty());
        // action.1.1 was due in May: not done is red; action.1.2 is due in a week: not done is yellow
        tracking.setDeadline(plan, task("action.1.1"), Optional.of(new Deadline.OnDate(TODAY.minusDays(20))));
        tracking.setDeadline(plan, task("action.1.2"), Optional.of(new Deadline.OnDate(TODAY.plusDays(7))));
        report("action.1.1", 0, ProgressStatus.IN_PROGRESS, "正在推进。");
        report("action.1.1", 1, ProgressStatus.DONE, "已完成。");
        report("action.1.2", 0, ProgressStatus.IN_PROGRESS, "筹备中。");
        // reported 滞后, with no deadline: yellow
        report("project.1.1", 0, ProgressStatus.LAGGING, "经费未到位。");
        report("project.1.2", 0, ProgressStatus.IN_PROGRESS, "按计划推进。");
        plan = new org.kesudesk.store.PlanRepository(database).find(plan.plan().id()).orElseThrow();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theOfficeNamedForTheLetters_isKept_audited_andSendsThem_untilItIsCleared() {
        assertThat(tracking.supervisionIssuer()).isEmpty();
        assertThat(Supervision.header(plan, TODAY, "", tracking.supervisionIssuer()).masthead())
                .isEqualTo("齐齐哈尔市人民政府办公室文件");

        tracking.setSupervisionIssuer("  齐齐哈尔市全民科学素质工作领导小组办公室 ");

        assertThat(tracking.supervisionIssuer()).contains("齐齐哈尔市全民科学素质工作领导小组办公室");
        NoticeHeader header = Supervision.header(plan, TODAY, "", tracking.supervisionIssuer());
        assertThat(header.masthead()).isEqualTo("齐齐哈尔市全民科学素质工作领导小组办公室文件");
        assertThat(header.signature()).isEqualTo("齐齐哈尔市全民科学素质工作领导小组办公室");
        assertThat(header.printedBy()).isEqualTo("齐齐哈尔市全民科学素质工作领导小组办公室");
        assertThat(new org.kesudesk.store.AuditLog(database).recent(1)).singleElement()
                .satisfies(entry -> assertThat(entry.action()).isEqualTo("progress.supervisionIssuer"));
        // a name that is no name is refused, saying what is wrong with it, and the one kept stays
        assertThatThrownBy(() -> tracking.setSupervisionIssuer("科协\u202E办公室"))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("发文机关");
        assertThatThrownBy(() -> tracking.setSupervisionIssuer("科".repeat(Supervision.ISSUER_LENGTH + 1)))
                .isInstanceOf(UserFacingException.class);
        assertThat(tracking.supervisionIssuer()).contains("齐齐哈尔市全民科学素质工作领导小组办公室");

        tracking.setSupervisionIssuer("");

        assertThat(tracking.supervisionIssuer()).isEmpty();
        assertThat(Supervision.header(plan, TODAY, "", tracking.supervisionIssuer()).signature())
                .isEqualTo(NoticeHeader.of(plan.plan()).signature());
    }

    @Test
    void everyUnitWithRedOrYellowTasks_orSilentOnALateOne_getsALetter_holdingThoseTasksOnly() {
        List<SupervisionLetter> letters = new Supervision(tracking).letters(plan, round, TODAY,
                LocalDate.of(2026, 6, 10), Optional.empty());

        // the reckoning from the set-up: every unit of the task past due and of the one due soon that has not
        // finished it (reported otherwise, or not at all), and the unit that reported 滞后
        java.util.Set<String> lateTasks = java.util.Set.of(task("action.1.1").title(), task("action.1.2").title());
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (ProgressTracking.Row row : tracking.rows(plan, round, TODAY)) {
            boolean late = lateTasks.contains(row.task().title())
                    && row.report().map(r -> r.status() != ProgressStatus.DONE).orElse(true);
            if (late || row.light() == StatusLight.YELLOW) {
                expected.computeIfAbsent(row.unit().name(), u -> new ArrayList<>()).add(row.task().title());
            }
        }
        assertThat(expected).isNotEmpty();
        Map<String, List<String>> written = new LinkedHashMap<>();
        for (SupervisionLetter letter : letters) {
            written.put(letter.unit(), letter.entries().stream().map(SupervisionLetter.Entry::task).toList());
            assertThat(letter.round()).isEqualTo("2026年上半年");
            assertThat(letter.replyBy()).isEqualTo("2026年6月10日");
        }
        assertThat(written.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((unit, tasks) -> {
            assertThat(written.get(unit)).hasSameSizeAs(tasks);
            for (int i = 0; i < tasks.size(); i++) {
                assertThat(written.get(unit).get(i)).startsWith(tasks.get(i));
            }
        });
        // the unit that finished the late task is not chased for it (it may be for another)
        String finished = task("action.1.1").responsibleUnits().get(1).name();
        assertThat(written.getOrDefault(finished, List.of()))
                .noneMatch(entry -> entry.startsWith(task("action.1.1").title()));
        // a unit silent about the task past due is chased for it, the letter saying it did not report
        String silent = task("action.1.1").responsibleUnits().get(2).name();
        assertThat(letters).filteredOn(letter -> letter.unit().equals(silent)).singleElement()
                .satisfies(letter -> assertThat(letter.entries()).anySatisfy(entry -> {
                    assertThat(entry.task()).startsWith(task("action.1.1").title());
                    assertThat(entry.status()).isEqualTo("本轮未报送");
                    assertThat(entry.progress()).isEmpty();
                }));
        // what a unit reported goes with its task
        SupervisionLetter lagging = letters.stream().filter(l -> l.unit().equals(
                task("project.1.1").responsibleUnits().get(0).name())).findFirst().orElseThrow();
        assertThat(lagging.entries()).anySatisfy(entry -> {
            assertThat(entry.status()).isEqualTo("滞后");
            assertThat(entry.progress()).isEqualTo("经费未到位。");
        });
    }

    @Test
    void theLettersPdf_holdsEachUnitsTasksOnItsOwnPages() throws Exception {
        List<SupervisionLetter> letters = new Supervision(tracking).letters(plan, round, TODAY,
                LocalDate.of(2026, 6, 10), Optional.empty());
        assertThat(letters).hasSizeGreaterThan(1);
        Path pdf = folder.resolve("督办.pdf");
        NoticeHeader header = new NoticeHeader("测试市人民政府办公室文件", "", "", "", "", "测试市人民政府办公室",
                "2026年6月1日", "", "", "测试市人民政府办公室", "2026年6月1日印发");
        new DocumentRenderer().renderSupervision(letters, header, plan).save(pdf, OutputFormat.PDF);
        org.kesudesk.testsupport.DocumentPngs.save(pdf, "supervision");

        // each letter starts on a page with its 主送 ("单位名：") on a line of its own
        Map<String, StringBuilder> textOf = new HashMap<>();
        String current = null;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                for (SupervisionLetter letter : letters) {
                    if (text.lines().map(line -> line.replaceAll("[\\s\\u3000]", ""))
                            .anyMatch(line -> line.equals(letter.unit() + "："))) {
                        current = letter.unit();
                    }
                }
                assertThat(current).as("page %d belongs to a letter", page).isNotNull();
                textOf.computeIfAbsent(current, u -> new StringBuilder()).append(text.replaceAll("[\\s\\u3000]", ""));
            }
        }
        assertThat(textOf.keySet()).containsExactlyInAnyOrderElementsOf(letters.stream()
                .map(SupervisionLetter::unit).toList());
        for (SupervisionLetter letter : letters) {
            Set<String> own = new java.util.HashSet<>();
            for (SupervisionLetter.Entry entry : letter.entries()) {
                String title = entry.task().substring(0, entry.task().indexOf('（'));
                own.add(title);
                assertThat(textOf.get(letter.unit()).toString()).as(letter.unit()).contains(title);
            }
            for (SupervisionLetter other : letters) {
                if (other == letter) {
                    continue;
                }
                for (SupervisionLetter.Entry entry : other.entries()) {
                    String title = entry.task().substring(0, entry.task().indexOf('（'));
                    if (!own.contains(title)) {
                        assertThat(textOf.get(letter.unit()).toString()).as(letter.unit() + " has not " + title)
                                .doesNotContain(title);
                    }
                }
            }
        }
        // in Word too each letter is handed out on sheets of its own: a section a letter, from an odd page (the front
        // of a sheet), numbered from 1, its page and footers the document's; its 版记 on its own last page, before the
        // section ends (anchored to an ordinary paragraph: LibreOffice puts one anchored to the section's last
        // paragraph on the next letter's first page)
        Path docx = folder.resolve("督办.docx");
        new DocumentRenderer().renderSupervision(letters, header, plan).save(docx, OutputFormat.DOCX);
        try (var word = new org.apache.poi.xwpf.usermodel.XWPFDocument(java.nio.file.Files.newInputStream(docx))) {
            List<org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr> sections = new java.util.ArrayList<>();
            List<org.apache.poi.xwpf.usermodel.IBodyElement> body = word.getBodyElements();
            for (int i = 0; i < body.size(); i++) {
                if (body.get(i) instanceof org.apache.poi.xwpf.usermodel.XWPFParagraph paragraph
                        && paragraph.getCTP().isSetPPr() && paragraph.getCTP().getPPr().isSetSectPr()) {
                    sections.add(paragraph.getCTP().getPPr().getSectPr());
                    assertThat(body.get(i - 2)).as("the 版记 before the section's end")
                            .isInstanceOf(org.apache.poi.xwpf.usermodel.XWPFTable.class);
                    assertThat(body.get(i - 1)).isInstanceOf(org.apache.poi.xwpf.usermodel.XWPFParagraph.class);
                }
            }
            sections.add(word.getDocument().getBody().getSectPr());
            assertThat(sections).hasSize(letters.size()).allSatisfy(section -> {
                assertThat(section.getType().getVal().toString()).isEqualTo("oddPage");
                assertThat(section.getPgNumType().getStart()).isEqualTo(java.math.BigInteger.ONE);
                assertThat(section.getFooterReferenceList()).isNotEmpty();
            });
        }
    }

    /**
     * 督办函 (a 文号 of a 函) are printed in the 信函格式, each letter's first page its own: the sender's name alone as
     * the 标志 near the paper's top, no page number there; in Word each letter a section with the same first page.
     */
    @Test
    void lettersNumberedAsAHan_eachStartsWithTheLetterhead_inPdfAndWord() throws Exception {
        List<SupervisionLetter> letters = new Supervision(tracking).letters(plan, round, TODAY,
                LocalDate.of(2026, 6, 10), Optional.empty());
        assertThat(letters).hasSizeGreaterThan(1);
        String sender = "测试市全民科学素质工作领导小组办公室";
        NoticeHeader header = Supervision.header(plan, TODAY, "测科普办函〔2026〕3号", Optional.of(sender));
        assertThat(header.isLetter()).isTrue();
        assertThat(header.masthead()).isEqualTo(sender);
        Path pdf = folder.resolve("督办函.pdf");
        Path docx = folder.resolve("督办函.docx");
        var rendered = new DocumentRenderer().renderSupervision(letters, header, plan);
        rendered.save(pdf, OutputFormat.PDF);
        rendered.save(docx, OutputFormat.DOCX);

        int firstPages = 0;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                List<String> lines = stripper.getText(document).lines().map(String::strip).toList();
                // a 函 without a 抄送 has no 版记: no page is left holding nothing but its number
                assertThat(lines.stream().filter(line -> !line.isEmpty() && !line.matches("— \\d+ —")))
                        .as("page %d holds text", page).isNotEmpty();
                if (lines.contains(sender) && lines.contains("测科普办函〔2026〕3号")) {
                    firstPages++;
                    assertThat(lines).as("page %d, a letter's first: no number", page)
                            .noneMatch(line -> line.matches("— \\d+ —"));
                }
            }
        }
        assertThat(firstPages).as("a letterhead for each letter").isEqualTo(letters.size());
        try (var word = new org.apache.poi.xwpf.usermodel.XWPFDocument(java.nio.file.Files.newInputStream(docx))) {
            assertThat(word.getHeaderFooterPolicy().getFirstPageHeader().getText().strip()).isEqualTo(sender);
            long sections = word.getParagraphs().stream()
                    .filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()).count();
            assertThat(sections + 1).as("a section for each letter").isEqualTo(letters.size());
            // each numbered from 1, as the PDF's letters are
            assertThat(java.util.stream.Stream.concat(word.getParagraphs().stream().filter(p -> p.getCTP().isSetPPr()
                    && p.getCTP().getPPr().isSetSectPr()).map(p -> p.getCTP().getPPr().getSectPr()),
                    java.util.stream.Stream.of(word.getDocument().getBody().getSectPr())))
                    .allSatisfy(section -> assertThat(section.getPgNumType().getStart())
                            .isEqualTo(java.math.BigInteger.ONE));
        }
    }

    @Test
    void theOnePageForms_holdEachUnitsTasks_onItsOwnPage_inPdfAndWord() throws Exception {
        List<SupervisionLetter> letters = new Supervision(tracking).letters(plan, round, TODAY,
                LocalDate.of(2026, 6, 10), Optional.empty());
        assertThat(letters).hasSizeGreaterThan(1);
        NoticeHeader header = Supervision.header(plan, TODAY, "测科督〔2026〕5号");
        Path pdf = folder.resolve("督办单.pdf");
        new DocumentRenderer().renderSupervisionForms(letters, header).save(pdf, OutputFormat.PDF);
        org.kesudesk.testsupport.DocumentPngs.save(pdf, "supervision-form");

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            // each form starts a page with its title, number and unit; its tasks are on its pages, no other's
            Map<String, StringBuilder> textOf = new LinkedHashMap<>();
            String current = null;
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document).replaceAll("[\\s\\u3000]", "");
                if (text.startsWith("督办单")) {
                    assertThat(text).contains("编号：测科督〔2026〕5号").contains("督办事项").contains("办理结果");
                    for (SupervisionLetter letter : letters) {
                        if (text.contains("承办单位" + letter.unit() + "督办依据")) {
                            current = letter.unit();
                        }
                    }
                }
                assertThat(current).as("page %d belongs to a form", page).isNotNull();
                textOf.computeIfAbsent(current, u -> new StringBuilder()).append(text);
            }
            assertThat(textOf.keySet()).containsExactlyElementsOf(letters.stream().map(SupervisionLetter::unit)
                    .toList());
            for (SupervisionLetter letter : letters) {
                for (SupervisionLetter.Entry entry : letter.entries()) {
                    String title = entry.task().substring(0, entry.task().indexOf('（'));
                    assertThat(textOf.get(letter.unit()).toString()).as(letter.unit()).contains(title);
                }
            }
        }

        Path docx = folder.resolve("督办单.docx");
        new DocumentRenderer().renderSupervisionForms(letters, header).save(docx, OutputFormat.DOCX);
        try (var word = new org.apache.poi.xwpf.usermodel.XWPFDocument(java.nio.file.Files.newInputStream(docx))) {
            assertThat(word.getTables()).hasSameSizeAs(letters);
            for (int i = 0; i < letters.size(); i++) {
                var table = word.getTables().get(i);
                assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("承办单位");
                assertThat(table.getRow(1).getCell(1).getText()).isEqualTo(letters.get(i).unit());
                String tasks = table.getRow(4).getCell(1).getText();
                for (SupervisionLetter.Entry entry : letters.get(i).entries()) {
                    assertThat(tasks).contains(entry.task());
                }
            }
        }
    }

    @Test
    void aUnitWithNothingLate_orNoTask_isToldSo() {
        Supervision supervision = new Supervision(tracking);
        List<SupervisionLetter> all = supervision.letters(plan, round, TODAY, TODAY.plusDays(7), Optional.empty());
        // a unit with tasks in the plan but none red or yellow in the round
        String onTime = tracking.rows(plan, round, TODAY).stream().map(row -> row.unit().name())
                .filter(name -> all.stream().noneMatch(l -> l.unit().equals(name))).findFirst().orElseThrow();

        assertThatThrownBy(() -> supervision.letters(plan, round, TODAY, TODAY.plusDays(7), Optional.of(onTime)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("不需要督办");
        assertThatThrownBy(() -> supervision.letters(plan, round, TODAY, TODAY.plusDays(7),
                Optional.of("没有这个单位"))).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("没有承担任务的单位“没有这个单位”");
    }

    @Test
    void theSummaryDraft_holdsEveryReportText_inThePlansOrder_withTheFiguresAndTheLateList() throws Exception {
        org.kesudesk.documents.SummaryDraft draft = new SummaryDrafts(tracking).draft(plan, round, TODAY);
        Path file = folder.resolve("总结.docx");
        new DocumentRenderer().writeSummary(draft, plan, file);

        List<String> paragraphs;
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(java.nio.file.Files.newInputStream(file))) {
            paragraphs = docx.getParagraphs().stream().map(p -> p.getText()).toList();
        }
        String all = String.join("\n", paragraphs);
        // every report, in the plan's order of its task and unit
        int at = -1;
        int reports = 0;
        for (ProgressTracking.Row row : tracking.rows(plan, round, TODAY)) {
            if (row.report().isEmpty()) {
                continue;
            }
            int found = indexOf(paragraphs, row.unit().name() + "（", row.report().get().progress(), at + 1);
            assertThat(found).as(row.task().title() + " " + row.unit().name()).isGreaterThan(at);
            at = found;
            reports++;
        }
        assertThat(reports).isEqualTo(5);
        // the figures, counted here from the rows
        List<ProgressTracking.Row> rows = tracking.rows(plan, round, TODAY);
        long reported = rows.stream().filter(r -> r.report().isPresent()).count();
        long red = rows.stream().filter(r -> r.light() == StatusLight.RED).count();
        long yellow = rows.stream().filter(r -> r.light() == StatusLight.YELLOW).count();
        long tasks = rows.stream().map(r -> r.task().id()).distinct().count();
        assertThat(all).contains("本轮共调度重点任务" + tasks + "项，涉及责任单位分工" + rows.size() + "项，已报送" + reported
                + "项")
                .contains("亮红灯" + red + "项，亮黄灯" + yellow + "项");
        // the units silent about a task past or near its deadline: grey, yet chased — counted and listed too
        List<ProgressTracking.Row> silent = rows.stream().filter(r -> r.report().isEmpty() && !r.unit().isCollective()
                && r.deadline().flatMap(d -> d.dueIn(TODAY.getYear()))
                .filter(due -> !due.isAfter(TODAY.plusDays(StatusLight.DEFAULT_WARNING_DAYS))).isPresent()).toList();
        assertThat(silent).extracting(r -> r.task().id()).contains(task("action.1.1").id());
        assertThat(all).contains("已过或临近完成时限而未报送进展" + silent.size() + "项");
        // the late list names each red and yellow task with its unit, and each silent one as not reported
        assertThat(all).contains("滞后和临近完成时限的任务（" + (red + yellow + silent.size()) + "项）");
        for (ProgressTracking.Row row : rows) {
            if (row.light() == StatusLight.RED || row.light() == StatusLight.YELLOW) {
                assertThat(all).contains(row.task().title() + "（" + row.unit().name() + "，");
            }
        }
        for (ProgressTracking.Row row : silent) {
            assertThat(all).contains(row.task().title() + "（" + row.unit().name() + "，本轮未报送");
        }
        // the plan's headings are headings
        PlanNode firstItem = plan.items().get(0);
        assertThat(paragraphs).contains(firstItem.kind().numbering(firstItem.label()) + firstItem.title());
    }

    @Test
    void inTheSummaryDraft_aReportsPartsTypedWithoutAFullStop_areSentencesStill() {
        PlanNode task = task("project.2.1");
        Unit unit = task.responsibleUnits().get(0);
        tracking.report(plan, round, task, unit, new ProgressTracking.Entry(ProgressStatus.LAGGING, OptionalInt.empty(),
                "  完成选址 ", "场地未落实", "协调场地！"), "测试");

        org.kesudesk.documents.SummaryDraft draft = new SummaryDrafts(tracking).draft(plan, round, TODAY);

        List<String> reports = draft.sections().stream().flatMap(section -> section.items().stream())
                .flatMap(item -> item.tasks().stream()).flatMap(t -> t.reports().stream())
                .filter(report -> report.startsWith(unit.name() + "（")).toList();
        assertThat(reports).contains(unit.name() + "（滞后，" + ProgressStatus.LAGGING.defaultPercent()
                + "%）：完成选址。存在问题：场地未落实。下一步打算：协调场地！");
    }

    /**
     * A report typed in paragraphs (一是…, 二是…) is as many paragraphs in the Word files as in the PDF's
     * 督办通知: a line break inside a Word run is a space to Word, and the parts ran together.
     */
    @Test
    void aReportOfSeveralParagraphs_isThoseParagraphsInTheWordFiles() throws Exception {
        PlanNode task = task("project.2.1");
        Unit unit = task.responsibleUnits().get(0);
        tracking.report(plan, round, task, unit, new ProgressTracking.Entry(ProgressStatus.LAGGING,
                OptionalInt.empty(), "一是完成选址。\n\n  二是设备采购延期。\n三是已协调财政部门。", "", ""), "测试");

        org.kesudesk.documents.SummaryDraft draft = new SummaryDrafts(tracking).draft(plan, round, TODAY);
        Path summary = folder.resolve("总结.docx");
        new DocumentRenderer().writeSummary(draft, plan, summary);
        List<SupervisionLetter> letters = new Supervision(tracking).letters(plan, round, TODAY, TODAY.plusDays(7),
                Optional.of(unit.name()));
        Path letter = folder.resolve("督办通知.docx");
        new DocumentRenderer().renderSupervision(letters, Supervision.header(plan, TODAY, ""), plan).save(letter,
                OutputFormat.DOCX);

        for (Path file : List.of(summary, letter)) {
            List<String> paragraphs;
            try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(java.nio.file.Files.newInputStream(file))) {
                paragraphs = docx.getParagraphs().stream().map(p -> p.getText()).toList();
            }
            int first = indexOf(paragraphs, "", "一是完成选址。", 0);
            assertThat(first).as(file.getFileName() + ": the report's first part").isNotNegative();
            assertThat(paragraphs.get(first)).as(file.getFileName().toString()).endsWith("一是完成选址。");
            assertThat(paragraphs.subList(first + 1, first + 3)).as(file.getFileName().toString())
                    .containsExactly("二是设备采购延期。", "三是已协调财政部门。");
        }
    }

    /**
     * A unit chased before is told when and how after the letter's opening, in the Word file as in the letter's text;
     * the letter noted as a chase that day (the one being written) is not among them; a unit never chased is told
     * nothing of it.
     */
    @Test
    void aUnitChasedBefore_isToldWhenAndHow_afterTheOpening_butNotOfTheLetterBeingWritten() throws Exception {
        Unit silent = task("action.1.1").responsibleUnits().get(2);
        Chases chases = new Chases(database);
        chases.record(plan, round, silent, new Chases.Entry(TODAY.minusDays(5), org.kesudesk.model.ChaseMeans.PHONE,
                "张三", "下周报送", Optional.empty()), "测试", TODAY);
        chases.record(plan, round, silent, new Chases.Entry(TODAY.minusDays(2), org.kesudesk.model.ChaseMeans.MESSAGE,
                "", "", Optional.empty()), "测试", TODAY);
        chases.recordLetters(round, List.of(silent), TODAY, TODAY.plusDays(7), "测试");

        List<SupervisionLetter> letters = new Supervision(tracking, chases).letters(plan, round, TODAY,
                TODAY.plusDays(7), Optional.empty());

        assertThat(letters).filteredOn(letter -> letter.unit().equals(silent.name())).singleElement()
                .satisfies(letter -> assertThat(letter.chased()).isEqualTo("此前已于5月27日电话催办、5月30日短信、微信催办。"));
        assertThat(letters).filteredOn(letter -> !letter.unit().equals(silent.name()))
                .isNotEmpty().allSatisfy(letter -> assertThat(letter.chased()).isEmpty());
        // without the records, as before
        assertThat(new Supervision(tracking).letters(plan, round, TODAY, TODAY.plusDays(7), Optional.empty()))
                .allSatisfy(letter -> assertThat(letter.chased()).isEmpty());
        // the summary draft counts them by means and units; without the records it says nothing of them
        assertThat(new SummaryDrafts(tracking, chases).draft(plan, round, TODAY).figures())
                .endsWith("本轮共催办3次（电话1次，短信、微信1次，督办通知单1次），涉及1个单位。");
        assertThat(new SummaryDrafts(tracking).draft(plan, round, TODAY).figures()).doesNotContain("催办");

        Path file = folder.resolve("督办通知.docx");
        new DocumentRenderer().renderSupervision(letters.stream().filter(letter -> letter.unit()
                .equals(silent.name())).toList(), Supervision.header(plan, TODAY, ""), plan).save(file,
                OutputFormat.DOCX);
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(java.nio.file.Files.newInputStream(file))) {
            assertThat(docx.getParagraphs().stream().map(p -> p.getText()).toList())
                    .anySatisfy(paragraph -> assertThat(paragraph).startsWith("根据《")
                            .endsWith("现予督办。此前已于5月27日电话催办、5月30日短信、微信催办。"));
        }
    }

    private static int indexOf(List<String> paragraphs, String start, String contains, int from) {
        for (int i = from; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).startsWith(start) && paragraphs.get(i).contains(contains)) {
                return i;
            }
        }
        return -1;
    }

    private PlanNode task(String reference) {
        return PlanReferences.resolve(plan, reference);
    }

    private void report(String reference, int unitIndex, ProgressStatus status, String text) {
        PlanNode task = task(reference);
        Unit unit = task.responsibleUnits().get(unitIndex);
        tracking.report(plan, round, task, unit, new ProgressTracking.Entry(status, OptionalInt.empty(), text, "",
                ""), "测试");
    }
}
