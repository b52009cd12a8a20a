package org.kesudesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.documents.NoticeHeader;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.testsupport.TestPlans;

/** {@code render}: the documents of the current plan, from the command line. */
class RenderCommandTest {

    @TempDir
    Path folder;
    private Path db;

    @BeforeEach
    void storeAPlan() {
        db = folder.resolve("kesudesk");
        try (Database database = Database.open(db)) {
            new PlanRepository(database).add(TestPlans.countyPlan());
        }
    }

    @Test
    void aUnitNamedWithACharacterTheFontsLack_isNamedInAWarning_forPdfAndOfd_notForWord() throws IOException {
        // 埇 (埇桥区) is outside GB 2312 and the bundled fonts
        assertThat(run("--db", db.toString(), "unit", "add", "埇桥区科协").exitCode()).isZero();
        CliRun.Result assigned = run("--db", db.toString(), "assign", "action.1.1", "埇桥区科协", "--role=responsible");
        assertThat(assigned.exitCode()).as(assigned.err()).isZero();
        Path pdf = folder.resolve("分工表.pdf");
        Path ofd = folder.resolve("分工表.ofd");
        Path docx = folder.resolve("分工表.docx");

        CliRun.Result asPdf = run("--db", db.toString(), "render", "division", "--format", "pdf", "--out",
                pdf.toString());
        CliRun.Result asOfd = run("--db", db.toString(), "render", "division", "--format", "ofd", "--out",
                ofd.toString());
        CliRun.Result asWord = run("--db", db.toString(), "render", "division", "--format", "docx", "--out",
                docx.toString());

        assertThat(asPdf.exitCode()).isZero();
        assertThat(asPdf.err()).contains("“埇”（第 1 页）").contains("空白").doesNotContain("“桥”");
        assertThat(asOfd.err()).contains("“埇”（第 1 页）");
        assertThat(asWord.exitCode()).isZero();
        assertThat(asWord.err()).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(squeeze(new PDFTextStripper().getText(document))).contains("桥区科协").doesNotContain("埇");
        }
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx));
             XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(squeeze(text.getText())).contains("埇桥区科协");
        }
    }

    /** A notice without its 文号 (a county's plan not yet issued) is made, with a note of how to keep one. */
    @Test
    void aNoticeWithoutItsNumber_isMadeWithANoteOfHowToKeepOne_untilItHasOne() {
        String dbPath = db.toString();
        assertThat(run("--db", dbPath, "plan", "notice", "--doc-number", "", "--date", "none").exitCode()).isZero();
        Path notice = folder.resolve("通知.pdf");

        CliRun.Result draft = run("--db", dbPath, "render", "notice", "--format", "pdf", "--out", notice.toString());
        assertThat(run("--db", dbPath, "plan", "notice", "--doc-number", "甘南政办发〔2023〕7号", "--date",
                "2023-03-09").exitCode()).isZero();
        CliRun.Result issued = run("--db", dbPath, "render", "notice", "--format", "pdf", "--out", notice.toString());

        assertThat(draft.exitCode()).isZero();
        assertThat(draft.err()).contains("没有发文字号或成文日期").contains("plan notice");
        assertThat(issued.err()).doesNotContain("发文字号");
    }

    @Test
    void rendersEachDocument_asPdfAndDocx() throws IOException {
        Path notice = folder.resolve("out/通知.pdf");
        CliRun.Result result = run("--db", db.toString(), "render", "notice", "--format", "pdf", "--out", notice.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("已生成").contains("页");
        try (PDDocument pdf = Loader.loadPDF(notice.toFile())) {
            assertThat(squeeze(new PDFTextStripper().getText(pdf))).contains("甘南政办发〔2023〕7号")
                    .contains("推进校内科学教育").contains("（责任单位：县教育局、团县委）");
            // the plan gave itself no title: it is headed with what its notice issues, not with the notice's title
            PDFTextStripper secondPage = new PDFTextStripper();
            secondPage.setStartPage(2);
            secondPage.setEndPage(2);
            assertThat(squeeze(secondPage.getText(pdf))).startsWith("甘南县科学素质提升实施方案　　二、")
                    .doesNotContain("通知");
        }

        Path withDivision = folder.resolve("with-division.pdf");
        assertThat(run("--db", db.toString(), "render", "notice", "--with-division", "--format", "pdf", "--out",
                withDivision.toString()).exitCode()).isZero();
        try (PDDocument pdf = Loader.loadPDF(withDivision.toFile())) {
            assertThat(squeeze(new PDFTextStripper().getText(pdf))).contains("附件：任务分工表")
                    .contains("序号重点任务牵头单位责任单位");
        }

        Path division = folder.resolve("division.docx");
        assertThat(run("--db", db.toString(), "render", "division", "--format", "docx", "--out",
                division.toString()).exitCode()).isZero();
        try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(division));
             XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            assertThat(squeeze(text.getText())).contains("任务分工表").contains("培训科技辅导员")
                    .contains("县科协、县教育局、县融媒体中心");
        }

        Path unitList = folder.resolve("units.pdf");
        assertThat(run("--db", db.toString(), "render", "unit-list", "--unit", "县财政局", "--format", "pdf",
                "--out", unitList.toString()).exitCode()).isZero();
        try (PDDocument pdf = Loader.loadPDF(unitList.toFile())) {
            assertThat(squeeze(new PDFTextStripper().getText(pdf))).startsWith("县财政局责任清单")
                    .contains("建设县科技馆").contains("保障经费投入");
        }

        // every unit's: the blank backs that keep each list on sheets of its own are said, counted as the file has them
        Path allUnits = folder.resolve("all-units.pdf");
        CliRun.Result all = run("--db", db.toString(), "render", "unit-list", "--format", "pdf", "--out",
                allUnits.toString());
        assertThat(all.exitCode()).isZero();
        int blank = 0;
        try (PDDocument pdf = Loader.loadPDF(allUnits.toFile())) {
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                blank += squeeze(stripper.getText(pdf)).isEmpty() ? 1 : 0;
            }
            assertThat(blank).isPositive();
            assertThat(all.out()).contains("共 " + pdf.getNumberOfPages() + " 页，其中 " + blank + " 页为双面打印留空");
            // for a printer that prints one side only: the same pages, without the blank backs
            Path oneSide = folder.resolve("one-side.pdf");
            CliRun.Result oneSided = run("--db", db.toString(), "render", "unit-list", "--one-side", "--format", "pdf",
                    "--out", oneSide.toString());
            assertThat(oneSided.exitCode()).isZero();
            try (PDDocument onePdf = Loader.loadPDF(oneSide.toFile())) {
                assertThat(onePdf.getNumberOfPages()).isEqualTo(pdf.getNumberOfPages() - blank);
                assertThat(oneSided.out()).contains("共 " + onePdf.getNumberOfPages() + " 页）");
            }
        }
    }

    @Test
    void badInput_isExplainedInChinese_andWritesNothing() {
        Path out = folder.resolve("x.pdf");
        CliRun.Result unknownUnit = run("--db", db.toString(), "render", "unit-list", "--unit", "县不存在局", "--format", "pdf",
                "--out", out.toString());
        assertThat(unknownUnit.exitCode()).isEqualTo(1);
        assertThat(unknownUnit.err()).contains("县不存在局");

        CliRun.Result badKind = run("--db", db.toString(), "render", "letter", "--format", "pdf", "--out", out.toString());
        assertThat(badKind.exitCode()).isEqualTo(2);
        assertThat(badKind.err()).contains("notice、division、unit-list");

        CliRun.Result badFormat = run("--db", db.toString(), "render", "notice", "--format", "odt", "--out", out.toString());
        assertThat(badFormat.exitCode()).isEqualTo(2);
        assertThat(badFormat.err()).contains("pdf、docx、ofd");

        CliRun.Result divisionOnAUnitList = run("--db", db.toString(), "render", "unit-list", "--with-division", "--format",
                "pdf", "--out", out.toString());
        assertThat(divisionOnAUnitList.exitCode()).isEqualTo(1);
        assertThat(divisionOnAUnitList.err()).contains("--with-division");

        CliRun.Result oneSideOnANotice = run("--db", db.toString(), "render", "notice", "--one-side", "--format",
                "pdf", "--out", out.toString());
        assertThat(oneSideOnANotice.exitCode()).isEqualTo(1);
        assertThat(oneSideOnANotice.err()).contains("--one-side");

        CliRun.Result unitOnNotice = run("--db", db.toString(), "render", "notice", "--unit", "县财政局", "--format", "pdf",
                "--out", out.toString());
        assertThat(unitOnNotice.exitCode()).isEqualTo(1);

        CliRun.Result badUrgency = run("--db", db.toString(), "render", "notice", "--urgency", "急", "--format", "pdf",
                "--out", out.toString());
        assertThat(badUrgency.exitCode()).isEqualTo(2);
        assertThat(badUrgency.err()).contains("“特急”或“加急”").contains("“急”");
        CliRun.Result urgencyOnATable = run("--db", db.toString(), "render", "division", "--urgency", "加急", "--format",
                "pdf", "--out", out.toString());
        assertThat(urgencyOnATable.exitCode()).isEqualTo(1);
        assertThat(urgencyOnATable.err()).contains("--urgency");
        assertThat(out).doesNotExist();
    }

    @Test
    void aNoticeMarkedUrgent_hasItsMarkFirstOnItsFirstPage() throws IOException {
        Path notice = folder.resolve("特急通知.pdf");

        CliRun.Result result = run("--db", db.toString(), "render", "notice", "--urgency", "特急", "--format", "pdf",
                "--out", notice.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        try (PDDocument pdf = Loader.loadPDF(notice.toFile())) {
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setEndPage(1);
            assertThat(firstPage.getText(pdf).strip()).startsWith("特急");
        }
    }

    /**
     * The office's 联系人 and 联系电话, kept in the window, stand under each letter's date as its 附注 (GB/T 9704
     * 7.3.6) and under the office on the 督办单; a part given to the command takes its place for that run, and
     * what is no telephone is refused before anything is written.
     */
    @Test
    void supervision_saysWhomToCall_underTheDate_andOnTheForm() throws IOException {
        aRoundWithATaskPastDue();
        try (Database database = Database.open(db)) {
            new org.kesudesk.logic.progress.ProgressTracking(database).setSupervisionContact(" 李四", "0452-2412345");
            assertThat(new org.kesudesk.store.AuditLog(database).recent(1).get(0).action())
                    .isEqualTo("progress.supervisionContact");
        }
        String today = NoticeHeader.chineseDate(java.time.LocalDate.now());

        Path letters = folder.resolve("督办.pdf");
        CliRun.Result result = run("--db", db.toString(), "render", "supervision", "--round", "2026年上半年",
                "--format", "pdf", "--out", letters.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        try (PDDocument pdf = Loader.loadPDF(letters.toFile())) {
            // read as the page shows it: the line under the date, set in from the left by two characters
            PDFTextStripper shown = new PDFTextStripper();
            shown.setSortByPosition(true);
            assertThat(squeeze(shown.getText(pdf))).contains(today + "\u3000\u3000（联系人：李四，联系电话：0452-2412345）");
        }
        Path form = folder.resolve("督办单.pdf");
        assertThat(run("--db", db.toString(), "render", "supervision", "--round", "2026年上半年", "--form",
                "--contact-phone", "13945201234", "--format", "pdf", "--out", form.toString()).exitCode()).isZero();
        try (PDDocument pdf = Loader.loadPDF(form.toFile())) {
            assertThat(squeeze(new PDFTextStripper().getText(pdf))).contains(today + "联系人：李四，联系电话：13945201234");
        }

        CliRun.Result refused = run("--db", db.toString(), "render", "supervision", "--round", "2026年上半年",
                "--contact-phone", "找办公室", "--format", "pdf", "--out", folder.resolve("x.pdf").toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("联系电话“找办公室”不是电话号码").doesNotContain("Exception");
        assertThat(folder.resolve("x.pdf")).doesNotExist();
    }

    /**
     * The 催办名单 names the units the letters go to, in their order, with how many tasks each is chased for, how
     * many of those it has not reported on, and whom to call there; as a sheet too.
     */
    @Test
    void chaseList_namesTheUnitsTheLettersGoTo_withWhomToCall() throws Exception {
        aRoundWithATaskPastDue();
        assertThat(run("--db", db.toString(), "progress", "report", "action.1.1", "--round", "2026年上半年", "--unit",
                "县教育局", "--status", "推进中").exitCode()).isZero();
        assertThat(run("--db", db.toString(), "unit", "liaison", "县教育局", "--person", "张三", "--phone",
                "0452-2412345").exitCode()).isZero();
        Path sheet = folder.resolve("催办名单.xlsx");

        CliRun.Result listed = run("--db", db.toString(), "progress", "chase-list", "--json", "--out", sheet.toString());

        assertThat(listed.exitCode()).as(listed.err()).isZero();
        com.fasterxml.jackson.databind.JsonNode units = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(listed.out().substring(0, listed.out().lastIndexOf(']') + 1));
        assertThat(units).hasSize(2);
        assertThat(units.get(0).get("unit").asText()).isEqualTo("县教育局");
        assertThat(units.get(0).get("unreported").asInt()).isZero();
        assertThat(units.get(0).get("phone").asText()).isEqualTo("0452-2412345");
        assertThat(units.get(1).get("unit").asText()).isEqualTo("团县委");
        assertThat(units.get(1).get("tasks").asInt()).isEqualTo(1);
        assertThat(units.get(1).get("unreported").asInt()).isEqualTo(1);
        assertThat(units.get(1).get("person").asText()).isEmpty();
        try (org.apache.poi.ss.usermodel.Workbook workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                sheet.toFile())) {
            org.apache.poi.ss.usermodel.Sheet list = workbook.getSheet("催办名单");
            assertThat(list.getRow(0).getCell(0).getStringCellValue()).contains("2026年上半年催办名单");
            assertThat(list.getRow(2).getCell(1).getStringCellValue()).isEqualTo("县教育局");
            assertThat(list.getRow(2).getCell(4).getStringCellValue()).isEqualTo("张三");
            assertThat(list.getRow(3).getCell(1).getStringCellValue()).isEqualTo("团县委");
            assertThat(list.getRow(3).getCell(3).getStringCellValue()).isEqualTo("1");
        }
        assertThat(run("--db", db.toString(), "progress", "chase-list").out())
                .contains("团县委：待催办 1 项（其中未报送 1 项）　联络员：未登记");
        // on the day before the task's deadline came near, nobody is chased
        assertThat(run("--db", db.toString(), "progress", "chase-list", "--date", "2019-01-01").out())
                .contains("没有需要催办的单位");
    }

    /**
     * A chase noted by {@code progress chase} is listed by {@code progress chases}, counted on the 催办名单 with its
     * answer and promise, and removed by {@code progress chase-remove}; what is no chase is refused in Chinese.
     */
    @Test
    void chasesNoted_areListed_countedOnTheChaseList_andRemoved() throws Exception {
        aRoundWithATaskPastDue();
        LocalDate today = LocalDate.now();
        CliRun.Result noted = run("--db", db.toString(), "progress", "chase", "团县委", "--person", "李四", "--answer",
                "分管领导出差，下周报送", "--promised", today.plusDays(3).toString());
        assertThat(noted.exitCode()).as(noted.err()).isZero();
        assertThat(noted.out()).contains("已记录催办：团县委（2026年上半年）").contains("电话催办（李四）：分管领导出差，下周报送");

        CliRun.Result future = run("--db", db.toString(), "progress", "chase", "团县委", "--date",
                today.plusDays(1).toString());
        assertThat(future.exitCode()).isNotZero();
        assertThat(future.err()).contains("还没到").doesNotContain("Exception");
        CliRun.Result means = run("--db", db.toString(), "progress", "chase", "团县委", "--means", "写信");
        assertThat(means.exitCode()).isNotZero();
        assertThat(means.err()).contains("“写信”不是催办方式");

        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        CliRun.Result listed = run("--db", db.toString(), "progress", "chases", "--json");
        com.fasterxml.jackson.databind.JsonNode chases = json.readTree(listed.out());
        assertThat(chases).hasSize(1);
        assertThat(chases.get(0).get("unit").asText()).isEqualTo("团县委");
        assertThat(chases.get(0).get("means").asText()).isEqualTo("PHONE");
        assertThat(chases.get(0).get("date").asText()).isEqualTo(today.toString());
        assertThat(chases.get(0).get("promised").asText()).isEqualTo(today.plusDays(3).toString());

        Path sheet = folder.resolve("催办名单.xlsx");
        CliRun.Result list = run("--db", db.toString(), "progress", "chase-list", "--json", "--out", sheet.toString());
        com.fasterxml.jackson.databind.JsonNode units = json.readTree(list.out().substring(0,
                list.out().lastIndexOf(']') + 1));
        assertThat(units).filteredOn(unit -> unit.get("unit").asText().equals("团县委")).singleElement()
                .satisfies(unit -> {
                    assertThat(unit.get("chases").asInt()).isEqualTo(1);
                    assertThat(unit.get("lastChase").asText()).contains("李四").contains("承诺");
                });
        assertThat(units).filteredOn(unit -> unit.get("unit").asText().equals("县教育局")).singleElement()
                .satisfies(unit -> assertThat(unit.get("chases").asInt()).isZero());
        try (org.apache.poi.ss.usermodel.Workbook workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                sheet.toFile())) {
            org.apache.poi.ss.usermodel.Sheet chaseList = workbook.getSheet("催办名单");
            assertThat(chaseList.getRow(1).getCell(6).getStringCellValue()).isEqualTo("已催办次数");
            org.apache.poi.ss.usermodel.Row league = chaseList.getRow(3);
            assertThat(league.getCell(1).getStringCellValue()).isEqualTo("团县委");
            assertThat(league.getCell(6).getStringCellValue()).isEqualTo("1");
            assertThat(league.getCell(7).getStringCellValue()).contains("李四").contains("承诺");
            assertThat(chaseList.getRow(2).getCell(6).getStringCellValue()).isEmpty();
        }
        assertThat(run("--db", db.toString(), "progress", "chase-list").out()).contains("团县委：待催办 1 项")
                .contains("已催办1次");
        // the day promised gone by with the task still unreported: said so
        com.fasterxml.jackson.databind.JsonNode later = json.readTree(run("--db", db.toString(), "progress",
                "chase-list", "--json", "--date", today.plusDays(5).toString()).out());
        assertThat(later).filteredOn(unit -> unit.get("unit").asText().equals("团县委")).singleElement()
                .satisfies(unit -> assertThat(unit.get("promiseMissed").asText())
                        .isEqualTo(today.plusDays(3).toString()));
        assertThat(units).filteredOn(unit -> unit.get("unit").asText().equals("团县委")).singleElement()
                .satisfies(unit -> assertThat(unit.get("promiseMissed").isNull()).isTrue());
        assertThat(run("--db", db.toString(), "progress", "chase-list", "--date", today.plusDays(5).toString())
                .out()).contains("，已逾期）");

        String id = chases.get(0).get("id").asText();
        assertThat(run("--db", db.toString(), "progress", "chase-remove", id).out()).contains("已删除 团县委");
        assertThat(run("--db", db.toString(), "progress", "chases").out()).contains("还没有催办记录");
        CliRun.Result again = run("--db", db.toString(), "progress", "chase-remove", id);
        assertThat(again.exitCode()).isNotZero();
        assertThat(again.err()).contains("没有编号为 " + id + " 的催办记录");
    }

    /** Letters written with --record-chase are noted as a chase of each unit written to, once a day. */
    @Test
    void supervisionWithRecordChase_notesALetterChaseOfEachUnitWrittenTo_onceADay() throws Exception {
        aRoundWithATaskPastDue();
        Path letters = folder.resolve("督办.pdf");
        CliRun.Result first = run("--db", db.toString(), "render", "supervision", "--record-chase", "--format", "pdf",
                "--out", letters.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("督办通知单 2 份：县教育局、团县委").contains("已为 2 个单位记录催办（督办通知单）");

        CliRun.Result again = run("--db", db.toString(), "render", "supervision", "--record-chase", "--unit", "团县委",
                "--format", "pdf", "--out", letters.toString());
        assertThat(again.out()).contains("已为 0 个单位记录催办");
        com.fasterxml.jackson.databind.JsonNode chases = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                run("--db", db.toString(), "progress", "chases", "--json").out());
        assertThat(chases).hasSize(2);
        assertThat(chases).extracting(chase -> chase.get("unit").asText()).containsExactlyInAnyOrder("县教育局",
                "团县委");
        assertThat(chases).allSatisfy(chase -> {
            assertThat(chase.get("means").asText()).isEqualTo("LETTER");
            assertThat(chase.get("date").asText()).isEqualTo(LocalDate.now().toString());
            // the letters' reply-by day (a week unless --reply-by) is what the unit was required to meet
            assertThat(chase.get("promised").asText()).isEqualTo(LocalDate.now().plusDays(7).toString());
        });
        // without the option, letters are only written
        run("--db", db.toString(), "render", "supervision", "--format", "pdf", "--out", letters.toString());
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                run("--db", db.toString(), "progress", "chases", "--json").out())).hasSize(2);
    }

    @Test
    void supervision_writesALetterToEachUnitWithLateTasks_inWord() throws IOException {
        aRoundWithATaskPastDue();
        assertThat(run("--db", db.toString(), "progress", "report", "action.1.1", "--round", "2026年上半年", "--unit",
                "县教育局", "--status", "推进中", "--text", "已制定方案，尚未实施。").exitCode()).isZero();

        Path letters = folder.resolve("督办.docx");
        CliRun.Result result = run("--db", db.toString(), "render", "supervision", "--round", "2026年上半年",
                "--doc-number", "甘南科办督〔2026〕1号", "--format", "docx", "--out", letters.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        // 县教育局 reported the task past due as not done; 团县委 said nothing about it: both are chased
        assertThat(result.out()).contains("督办通知单 2 份：县教育局、团县委");
        try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(letters));
             XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            String all = squeeze(text.getText());
            assertThat(all).contains("甘南科办督〔2026〕1号").contains("关于加快推进2026年上半年滞后任务的督办通知")
                    .contains("县教育局：").contains("推进校内科学教育").contains("已制定方案，尚未实施。")
                    .contains("2020年6月30日前").contains("团县委：").contains("本轮未报送").doesNotContain("县科协：");
        }

        Path perUnit = folder.resolve("督办");
        assertThat(run("--db", db.toString(), "render", "supervision", "--round", "2026年上半年", "--per-unit",
                "--format", "pdf", "--out", perUnit.toString()).exitCode()).isZero();
        try (var files = Files.list(perUnit)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).containsExactlyInAnyOrder("督办通知单-县教育局.pdf",
                    "督办通知单-团县委.pdf");
        }

        Path form = folder.resolve("督办单.pdf");
        CliRun.Result asForm = run("--db", db.toString(), "render", "supervision", "--round", "2026年上半年", "--form",
                "--format", "pdf", "--out", form.toString());
        assertThat(asForm.exitCode()).as(asForm.err()).isZero();
        assertThat(asForm.out()).contains("督办单 2 份：县教育局、团县委");

        // the letters marked 加急 at the top of their first page
        Path urgent = folder.resolve("加急督办.pdf");
        CliRun.Result marked = run("--db", db.toString(), "render", "supervision", "--round", "2026年上半年",
                "--urgency", "加急", "--format", "pdf", "--out", urgent.toString());
        assertThat(marked.exitCode()).as(marked.err()).isZero();
        try (PDDocument pdf = Loader.loadPDF(urgent.toFile())) {
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setEndPage(1);
            assertThat(firstPage.getText(pdf).strip()).startsWith("加急");
        }
        // the form, with no 版头 to mark, has a row of its own for it; none when none is chosen
        Path urgentForm = folder.resolve("加急督办单.pdf");
        CliRun.Result markedForm = run("--db", db.toString(), "render", "supervision", "--round", "2026年上半年",
                "--urgency", "加急", "--form", "--format", "pdf", "--out", urgentForm.toString());
        assertThat(markedForm.exitCode()).as(markedForm.err()).isZero();
        try (PDDocument pdf = Loader.loadPDF(urgentForm.toFile())) {
            assertThat(squeeze(new PDFTextStripper().getText(pdf))).contains("承办单位县教育局紧急程度加急督办依据");
        }
        try (PDDocument pdf = Loader.loadPDF(form.toFile())) {
            assertThat(squeeze(new PDFTextStripper().getText(pdf))).startsWith("督　办　单").contains("承办单位县教育局")
                    .contains("已制定方案，尚未实施。").doesNotContain("紧急程度");
        }

        CliRun.Result unknownRound = run("--db", db.toString(), "render", "supervision", "--round", "2030年",
                "--format", "pdf", "--out", folder.resolve("y.pdf").toString());
        assertThat(unknownRound.exitCode()).isEqualTo(1);
        assertThat(unknownRound.err()).contains("2030年").contains("2026年上半年");
        assertThat(folder.resolve("y.pdf")).doesNotExist();

        CliRun.Result badNumber = run("--db", db.toString(), "render", "supervision", "--round", "2026年上半年",
                "--doc-number", "甘南\u202E科办督", "--format", "pdf", "--out", folder.resolve("n.pdf").toString());
        assertThat(badNumber.exitCode()).isEqualTo(1);
        assertThat(badNumber.err()).contains("文号").doesNotContain("Exception");
        assertThat(folder.resolve("n.pdf")).doesNotExist();

        // sent in the 纲要办's own name: its 发文机关标志, 署名 and 印发机关, not the plan's issuer's
        Path own = folder.resolve("纲要办督办.docx");
        CliRun.Result inItsName = run("--db", db.toString(), "render", "supervision", "--round", "2026年上半年",
                "--issuer", "甘南县全民科学素质工作领导小组办公室", "--format", "docx", "--out", own.toString());
        assertThat(inItsName.exitCode()).as(inItsName.err()).isZero();
        try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(own));
             XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            String all = squeeze(text.getText());
            String today = NoticeHeader.chineseDate(java.time.LocalDate.now());
            assertThat(all).startsWith("甘南县全民科学素质工作领导小组办公室文件")
                    .contains("甘南县全民科学素质工作领导小组办公室" + today + "印发")
                    .doesNotContain("人民政府办公室文件").doesNotContain("人民政府办公室" + today);
        }
        // the office chosen in the window sends them when none is named here
        try (Database database = Database.open(db)) {
            new org.kesudesk.logic.progress.ProgressTracking(database).setSupervisionIssuer("甘南县科协");
        }
        Path chosen = folder.resolve("科协督办.docx");
        assertThat(run("--db", db.toString(), "render", "supervision", "--round", "2026年上半年", "--format", "docx",
                "--out", chosen.toString()).exitCode()).isZero();
        try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(chosen));
             XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            assertThat(squeeze(text.getText())).startsWith("甘南县科协文件");
        }
        CliRun.Result badIssuer = run("--db", db.toString(), "render", "supervision", "--round", "2026年上半年",
                "--issuer", "甘南县\u0007科协", "--format", "pdf", "--out", folder.resolve("i.pdf").toString());
        assertThat(badIssuer.exitCode()).isEqualTo(1);
        assertThat(badIssuer.err()).contains("发文机关").doesNotContain("Exception");
        assertThat(folder.resolve("i.pdf")).doesNotExist();

        CliRun.Result nothingToChase = run("--db", db.toString(), "render", "supervision", "--round", "2026年上半年",
                "--unit", "县科协", "--format", "pdf", "--out", folder.resolve("z.pdf").toString());
        assertThat(nothingToChase.exitCode()).isEqualTo(1);
        assertThat(nothingToChase.err()).contains("不需要督办");

        Path summary = folder.resolve("总结.docx");
        CliRun.Result drafted = run("--db", db.toString(), "render", "summary", "--round", "2026年上半年", "--out",
                summary.toString());
        assertThat(drafted.exitCode()).as(drafted.err()).isZero();
        try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(summary));
             XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            assertThat(squeeze(text.getText())).contains("2026年上半年工作总结（初稿）")
                    .contains("县教育局（推进中，50%）：已制定方案，尚未实施。").contains("（本轮无报送）");
        }
        CliRun.Result notWord = run("--db", db.toString(), "render", "summary", "--round", "2026年上半年", "--out",
                folder.resolve("总结.pdf").toString());
        assertThat(notWord.exitCode()).isEqualTo(1);
        assertThat(notWord.err()).contains("只能保存为 Word");

        CliRun.Result noDocument = run("--db", db.toString(), "render", "--format", "pdf");
        assertThat(noDocument.exitCode()).isNotZero();
        assertThat(noDocument.err()).contains("DOCUMENT").contains("--out");
    }

    @Test
    void bulletin_fillsTheOfficesFrame_andRefusesAFrameItCannotFill() throws IOException {
        assertThat(run("--db", db.toString(), "round", "open", "2026年上半年", "--due", "2026-07-10").exitCode())
                .isZero();
        assertThat(run("--db", db.toString(), "progress", "report", "action.1.1", "--round", "2026年上半年", "--unit",
                "县教育局", "--status", "已完成").exitCode()).isZero();
        Path frame = folder.resolve("模板.txt");
        Files.writeString(frame, "{轮次}已完成{已完成}项，未报送{未报送}项。\n一、要求\n请{未按时报送单位}补报。");

        Path bulletin = folder.resolve("通报.docx");
        CliRun.Result result = run("--db", db.toString(), "render", "bulletin", "--round", "2026年上半年", "--frame",
                frame.toString(), "--save-frame", "--format", "docx", "--out", bulletin.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("进展情况通报");
        String written;
        try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(bulletin));
             XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            written = squeeze(text.getText());
        }
        assertThat(written).contains("2026年上半年已完成1项").contains("一、要求").contains("附件：2026年上半年进展情况统计")
                .doesNotContain("{");
        // kept as the office's: the next 通报 without --frame uses it
        Path again = folder.resolve("通报2.pdf");
        assertThat(run("--db", db.toString(), "render", "bulletin", "--round", "2026年上半年", "--format", "pdf",
                "--out", again.toString()).exitCode()).isZero();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(again.toFile())) {
            assertThat(squeeze(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)))
                    .contains("2026年上半年已完成1项");
        }

        Files.writeString(frame, "已完成{完成数}项");
        CliRun.Result unknown = run("--db", db.toString(), "render", "bulletin", "--round", "2026年上半年", "--frame",
                frame.toString(), "--format", "pdf", "--out", folder.resolve("x.pdf").toString());
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("{完成数}").contains("{已完成}").doesNotContain("Exception");
        assertThat(folder.resolve("x.pdf")).doesNotExist();

        // OFD too: the text as text, the charts as pictures
        Path ofd = folder.resolve("通报.ofd");
        CliRun.Result asOfd = run("--db", db.toString(), "render", "bulletin", "--round", "2026年上半年", "--format",
                "ofd", "--out", ofd.toString());
        assertThat(asOfd.exitCode()).as(asOfd.err()).isZero();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(ofd.toFile())) {
            assertThat(zip.stream().map(java.util.zip.ZipEntry::getName)).contains("OFD.xml")
                    .filteredOn(name -> name.endsWith(".png")).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    /** A plan passed on without its notice names no issuer: its letters and 通报 say they go out in no one's name. */
    @Test
    void lettersOfAPlanNamingNoIssuer_sayTheyGoOutInNoOnesName_untilOneIsNamed() throws IOException {
        Path plain = folder.resolve("plain");
        Path source = folder.resolve("jixian-county.txt");
        try (java.io.InputStream in = getClass().getResourceAsStream("/plans/unseen/jixian-county.txt")) {
            Files.write(source, in.readAllBytes());
        }
        CliRun.Result imported = run("--db", plain.toString(), "plan", "import", source.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        // shown by its own title, with no empty lines for the 文号 and notice title it does not have
        assertThat(run("--db", plain.toString(), "plan", "show").out())
                .startsWith("己县全民科学素质行动实施方案（2023—2025年）\n二、重点任务\n");
        assertThat(run("--db", plain.toString(), "round", "open", "2024年上半年", "--due", "2024-07-10").exitCode())
                .isZero();
        assertThat(run("--db", plain.toString(), "deadline", "set", "action.1.1", "2020-06-30").exitCode()).isZero();

        CliRun.Result anonymous = run("--db", plain.toString(), "render", "supervision", "--format", "pdf", "--out",
                folder.resolve("督办.pdf").toString());
        CliRun.Result bulletin = run("--db", plain.toString(), "render", "bulletin", "--format", "docx", "--out",
                folder.resolve("通报.docx").toString());
        Path named = folder.resolve("纲要办督办.pdf");
        CliRun.Result inItsName = run("--db", plain.toString(), "render", "supervision", "--issuer",
                "己县全民科学素质工作领导小组办公室", "--format", "pdf", "--out", named.toString());

        assertThat(anonymous.exitCode()).as(anonymous.err()).isZero();
        assertThat(anonymous.err()).contains("没有写明发文机关").contains("--issuer");
        assertThat(bulletin.exitCode()).as(bulletin.err()).isZero();
        assertThat(bulletin.err()).contains("没有写明发文机关");
        assertThat(inItsName.exitCode()).isZero();
        assertThat(inItsName.err()).doesNotContain("发文机关");
        try (PDDocument pdf = Loader.loadPDF(named.toFile())) {
            assertThat(squeeze(new PDFTextStripper().getText(pdf))).startsWith("己县全民科学素质工作领导小组办公室文件");
        }
    }

    /** The round 2026年上半年 open, and the first task (推进校内科学教育) due long ago: its units are to be chased. */
    private void aRoundWithATaskPastDue() {
        assertThat(run("--db", db.toString(), "round", "open", "2026年上半年", "--due", "2026-07-10").exitCode())
                .isZero();
        assertThat(run("--db", db.toString(), "deadline", "set", "action.1.1", "2020-06-30").exitCode()).isZero();
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    private CliRun.Result run(String... args) {
        return CliRun.run(folder, args);
    }
}
