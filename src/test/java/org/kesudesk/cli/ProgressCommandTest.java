package org.kesudesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** deadline, round and progress on the command line, against the imported sample plan. */
class ProgressCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;
    private String db;

    @BeforeEach
    void importSample() throws Exception {
        db = folder.resolve("kesudesk").toString();
        CliRun.importSample(folder, db);
        assertThat(run("round", "open", "2026年上半年", "--due", "2026-07-10", "--from", "2026-01-01", "--to",
                "2026-06-30").exitCode()).isZero();
    }

    @Test
    void aRoundsDueDate_isPutOff_andARoundEnded_isOpenedAgain_fromTheCommandLine() throws Exception {
        CliRun.Result putOff = run("round", "due", "2026年上半年", "2026年7月20日");
        assertThat(putOff.exitCode()).as(putOff.err()).isZero();
        assertThat(putOff.out()).contains("由 2026-07-10 改为 2026-07-20");
        assertThat(JSON.readTree(run("round", "list", "--json").out()).get(0).get("due").asText())
                .isEqualTo("2026-07-20");
        CliRun.Result noDate = run("round", "due", "2026年上半年", "下周");
        assertThat(noDate.exitCode()).isNotZero();
        assertThat(noDate.err()).contains("日期“下周”不对").doesNotContain("Exception");
        assertThat(run("round", "due", "2026年上半年", "0206-07-20").err()).contains("日期“0206-07-20”不对");
        assertThat(run("round", "due", "没有这一轮", "2026-07-20").err()).contains("没有名为“没有这一轮”");

        assertThat(run("round", "reopen", "2026年上半年").err()).contains("没有结束");
        assertThat(run("round", "close", "2026年上半年").exitCode()).isZero();
        assertThat(run("progress", "report", "action.1.1", "--round", "2026年上半年", "--unit", "市教育局",
                "--status", "推进中").exitCode()).isNotZero();
        CliRun.Result reopened = run("round", "reopen", "2026年上半年");
        assertThat(reopened.exitCode()).as(reopened.err()).isZero();
        assertThat(reopened.out()).contains("已重新开启").contains("2026-07-20");
        assertThat(run("progress", "report", "action.1.1", "--round", "2026年上半年", "--unit", "市教育局",
                "--status", "推进中").exitCode()).isZero();
        assertThat(JSON.readTree(run("audit", "list", "--json").out()).toString()).contains("round.due")
                .contains("round.reopen");
    }

    @Test
    void withoutARoundNamed_theOpenRoundIsMeant_andWithNoRoundAtAllItIsSaid() throws Exception {
        assertThat(run("round", "open", "2026年下半年", "--due", "2027-01-10").exitCode()).isZero();
        assertThat(run("round", "close", "2026年上半年").exitCode()).isZero();

        CliRun.Result reported = run("progress", "report", "action.1.1", "--unit", "市教育局", "--status", "推进中");
        CliRun.Result supervision = run("render", "supervision", "--format", "pdf", "--out",
                folder.resolve("督办.pdf").toString());
        Path sheet = folder.resolve("市教育局.xlsx");
        CliRun.Result exported = run("progress", "ledger-export", "--unit", "市教育局", "--out", sheet.toString());

        assertThat(reported.exitCode()).as(reported.err()).isZero();
        assertThat(reported.out()).contains("2026年下半年");
        assertThat(row(JSON.readTree(run("progress", "show", "--round", "2026年下半年", "--json").out()),
                "action.1.1", "市教育局").get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(row(JSON.readTree(run("progress", "show", "--round", "2026年上半年", "--json").out()),
                "action.1.1", "市教育局").get("status").isNull()).isTrue();
        // nothing late in the open round: the refusal names it
        assertThat(supervision.err()).contains("2026年下半年");
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("2026年下半年");

        String other = folder.resolve("other").resolve("kesudesk").toString();
        CliRun.importSample(folder, other);
        CliRun.Result noRound = CliRun.run(folder, "--db", other, "render", "summary", "--out",
                folder.resolve("总结.docx").toString());
        assertThat(noRound.exitCode()).isEqualTo(1);
        assertThat(noRound.err()).contains("还没有报送轮次");
    }

    @Test
    void aReportedTask_showsItsStatusAndLight_everyOtherRowIsUnreportedAndGrey() throws Exception {
        JsonNode plan = JSON.readTree(run("plan", "show", "--json").out());
        int expectedRows = 0;
        for (JsonNode item : plan.get("items")) {
            for (JsonNode task : item.get("tasks")) {
                expectedRows += task.get("responsible").size();
            }
        }

        CliRun.Result deadline = run("deadline", "set", "action.1.1", "2026-12-31");
        CliRun.Result reported = run("progress", "report", "action.1.1", "--round", "2026年上半年", "--unit", "市教育局",
                "--status", "推进中", "--percent", "40", "--text", "已在12所学校开展");
        CliRun.Result done = run("progress", "report", "action.1.1", "--round", "2026年上半年", "--unit", "市科协",
                "--status", "DONE");
        JsonNode rows = JSON.readTree(run("progress", "show", "--round", "2026年上半年", "--json", "--date",
                "2026-06-01").out());

        assertThat(deadline.exitCode()).as(deadline.err()).isZero();
        assertThat(reported.exitCode()).as(reported.err()).isZero();
        assertThat(reported.out()).contains("推进中").contains("40%");
        assertThat(done.exitCode()).as(done.err()).isZero();
        assertThat(rows.size()).isEqualTo(expectedRows);
        JsonNode education = row(rows, "action.1.1", "市教育局");
        assertThat(education.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(education.get("percent").asInt()).isEqualTo(40);
        assertThat(education.get("text").asText()).isEqualTo("已在12所学校开展");
        assertThat(education.get("light").asText()).isEqualTo("green");
        assertThat(education.get("deadline").asText()).isEqualTo("2026-12-31");
        assertThat(education.get("reportedAt").asText()).startsWith("20");
        assertThat(row(rows, "action.1.1", "市科协").get("percent").asInt()).isEqualTo(100);
        List<JsonNode> others = new ArrayList<>();
        rows.forEach(others::add);
        assertThat(others).filteredOn(r -> !r.get("status").isNull()).hasSize(2);
        assertThat(others).filteredOn(r -> r.get("status").isNull()).allSatisfy(r -> {
            assertThat(r.get("light").asText()).isEqualTo("grey");
            assertThat(r.get("percent").isNull()).isTrue();
        });
        // in December the deadline is close: what is not done turns yellow; the year after, red
        assertThat(row(JSON.readTree(run("progress", "show", "--json", "--date", "2026-12-20").out()),
                "action.1.1", "市教育局").get("light").asText()).isEqualTo("yellow");
        assertThat(row(JSON.readTree(run("progress", "show", "--json", "--date", "2027-01-02").out()),
                "action.1.1", "市教育局").get("light").asText()).isEqualTo("red");
        // to chase then: the unit behind (yellow), and a unit silent about it (grey), not the one done; in June none
        JsonNode december = JSON.readTree(run("progress", "show", "--json", "--date", "2026-12-20").out());
        assertThat(row(december, "action.1.1", "市教育局").get("toChase").asBoolean()).isTrue();
        assertThat(row(december, "action.1.1", "市科协").get("toChase").asBoolean()).isFalse();
        JsonNode silent = others.stream().filter(r -> r.get("ref").asText().equals("action.1.1")
                && r.get("status").isNull()).findFirst().orElseThrow();
        assertThat(row(december, "action.1.1", silent.get("unit").asText()).get("toChase").asBoolean()).isTrue();
        assertThat(others).allSatisfy(r -> assertThat(r.get("toChase").asBoolean()).isFalse());
        // --to-chase lists those rows alone: the same the JSON marks
        JsonNode chasedOnly = JSON.readTree(run("progress", "show", "--json", "--date", "2026-12-20", "--to-chase")
                .out());
        List<String> marked = new ArrayList<>();
        december.forEach(r -> {
            if (r.get("toChase").asBoolean()) {
                marked.add(r.get("ref").asText() + "/" + r.get("unit").asText());
            }
        });
        List<String> listed = new ArrayList<>();
        chasedOnly.forEach(r -> listed.add(r.get("ref").asText() + "/" + r.get("unit").asText()));
        assertThat(listed).isNotEmpty().containsExactlyElementsOf(marked);
        assertThat(run("progress", "show", "--date", "2026-12-20").out())
                .contains("[黄] action.1.1 市教育局：推进中 40%（完成时限：2026年12月31日前）　待催办")
                .contains("[绿] action.1.1 市科协：已完成 100%（完成时限：2026年12月31日前）" + System.lineSeparator());
    }

    @Test
    void filesAttachedToAReport_areListedInTheJson_andAProgramIsRefused() throws Exception {
        Path photo = java.nio.file.Files.write(folder.resolve("现场照片.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8,
                (byte) 0xFF, (byte) 0xE0, 0, 0x10, 0x4A, 0x46, 1, 2});
        Path renamed = java.nio.file.Files.write(folder.resolve("总结.docx"), new byte[] {0x4D, 0x5A, 0, 0, 0, 0});

        CliRun.Result attached = run("progress", "report", "action.1.1", "--round", "2026年上半年", "--unit", "市教育局",
                "--status", "推进中", "--attach", photo.toString());
        CliRun.Result refused = run("progress", "report", "action.1.1", "--round", "2026年上半年", "--unit", "市科协",
                "--status", "推进中", "--attach", renamed.toString());
        JsonNode rows = JSON.readTree(run("progress", "show", "--json").out());

        assertThat(attached.exitCode()).as(attached.err()).isZero();
        assertThat(attached.out()).contains("现场照片.jpg");
        JsonNode evidence = row(rows, "action.1.1", "市教育局").get("evidence");
        assertThat(evidence.size()).isEqualTo(1);
        assertThat(evidence.get(0).get("name").asText()).isEqualTo("现场照片.jpg");
        assertThat(evidence.get(0).get("size").asLong()).isEqualTo(10);
        assertThat(evidence.get(0).get("sha256").asText()).hasSize(64);
        assertRefused(refused, "总结.docx 的内容与它的扩展名不符");
        assertThat(row(rows, "action.1.1", "市科协").get("status").isNull()).isTrue();
    }

    @Test
    void theWarningDays_areTheOfficesChoice_andTurnTasksDueSoonYellow() throws Exception {
        run("deadline", "set", "action.1.1", "2026-07-01");
        run("progress", "report", "action.1.1", "--round", "2026年上半年", "--unit", "市教育局", "--status", "推进中");

        String before = light("2026-06-10");
        CliRun.Result set = run("progress", "warning-days", "30");
        String after = light("2026-06-10");

        assertThat(before).isEqualTo("green");
        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.out()).contains("30 天");
        assertThat(after).isEqualTo("yellow");
        assertThat(run("progress", "warning-days").out()).contains("30 天");
        assertRefused(run("progress", "warning-days", "400"), "不在 0 到 365 之间");
        assertThat(run("audit", "list").out()).contains("设置提前提醒天数");
    }

    private String light(String day) throws Exception {
        return row(JSON.readTree(run("progress", "show", "--json", "--date", day).out()), "action.1.1", "市教育局")
                .get("light").asText();
    }

    /**
     * With the next period's plan stored, a round of its years opened on the last period's plan (chosen by mistake)
     * is refused, naming the plan that covers them; said on purpose, it opens. Without such a plan (the next not yet
     * issued) rounds go on on the last one, as the set-up's round of 2026 on the sample does.
     */
    @Test
    void aRoundOfYearsTheNextPlanCovers_isRefusedOnTheLastPlan_unlessSaidOnPurpose() throws Exception {
        Path next = folder.resolve("next.txt");
        try (java.io.InputStream in = ProgressCommandTest.class.getResourceAsStream(
                "/org/kesudesk/samples/qiqihar-2022-16.txt")) {
            java.nio.file.Files.writeString(next, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("2021-2025年）", "2026-2030年）").replace("齐政办发〔2022〕16号", "齐政办发〔2026〕9号"));
        }
        assertThat(run("plan", "import", next.toString(), "--accept-aliases").exitCode()).isZero();
        JsonNode plans = JSON.readTree(run("plan", "list", "--json").out());
        String last = null;
        for (JsonNode plan : plans) {
            if (plan.toString().contains("2021-2025")) {
                last = plan.get("id").asText();
            }
        }
        assertThat(last).isNotNull();

        CliRun.Result refused = run("round", "open", "2027年上半年", "--due", "2027-07-10", "--plan", last);
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("2021-2025年").contains("2026-2030").contains("--outside-period");
        assertThat(JSON.readTree(run("round", "list", "--json", "--plan", last).out()).toString())
                .doesNotContain("2027年上半年");

        // a round of the last plan's own years stays its own; and one opened on purpose goes in
        assertThat(run("round", "open", "2025年度", "--due", "2026-01-15", "--plan", last).exitCode()).isZero();
        CliRun.Result onPurpose = run("round", "open", "2027年上半年", "--due", "2027-07-10", "--plan", last,
                "--outside-period");
        assertThat(onPurpose.exitCode()).as(onPurpose.err()).isZero();
        // the plan of those years takes it without a word
        assertThat(run("round", "open", "2027年下半年", "--due", "2028-01-10").exitCode()).isZero();
    }

    @Test
    void aRoundOpenedOnAPlanWithoutTasks_saysThereIsNothingToReport() throws Exception {
        CliRun.Result onTheSample = run("round", "open", "2026年下半年", "--due", "2027-01-10");
        assertThat(onTheSample.out()).contains("已开启报送轮次").doesNotContain("没有任务");

        // a plan whose actions say what to do in their text only (一是……二是……) and name no units
        String withoutUnits = String.join("\n",
                "乙政办发〔2021〕33号", "乙市人民政府办公室关于印发乙市科学素质行动实施方案（2021—2025年）的通知",
                "各区县人民政府：", "现将实施方案印发给你们。", "乙市人民政府办公室", "2021年12月20日",
                "乙市科学素质行动实施方案（2021—2025年）", "二、提升行动",
                "（一）青少年科学素质提升行动。一是推进科学教育。二是开展科技活动。", "");
        java.nio.file.Path document = java.nio.file.Files.writeString(folder.resolve("plan.txt"), withoutUnits);
        db = folder.resolve("no-tasks").resolve("kesudesk").toString();
        assertThat(run("plan", "import", document.toString(), "--region", "230200").exitCode()).isZero();
        CliRun.Result opened = run("round", "open", "2026年上半年", "--due", "2026-07-10");

        assertThat(opened.exitCode()).isZero();
        assertThat(opened.out()).contains("这个方案没有任务").contains("添加任务");
        assertThat(JSON.readTree(run("progress", "show", "--json").out())).isEmpty();

        // naming its units, the action is a task itself, reported on by each of them
        java.nio.file.Files.writeString(document, withoutUnits.replace("二是开展科技活动。",
                "二是开展科技活动。（牵头单位：市教育局；责任单位：市科协）"));
        db = folder.resolve("item-as-task").resolve("kesudesk").toString();
        assertThat(run("plan", "import", document.toString(), "--region", "230200").exitCode()).isZero();
        CliRun.Result reportable = run("round", "open", "2026年上半年", "--due", "2026-07-10");

        assertThat(reportable.out()).doesNotContain("没有任务");
        List<String> units = new java.util.ArrayList<>();
        JSON.readTree(run("progress", "show", "--json").out()).forEach(row -> units.add(row.get("unit").asText()));
        assertThat(units).containsExactly("市教育局", "市科协");
    }

    @Test
    void roundsAreListed_andAClosedRoundTakesNoReports() throws Exception {
        assertThat(run("round", "open", "2026年下半年", "--due", "2027-01-10").exitCode()).isZero();
        assertThat(run("round", "close", "2026年上半年").exitCode()).isZero();
        JsonNode rounds = JSON.readTree(run("round", "list", "--json").out());
        CliRun.Result late = run("progress", "report", "action.1.1", "--round", "2026年上半年", "--unit", "市教育局",
                "--status", "推进中");

        assertThat(rounds.size()).isEqualTo(2);
        assertThat(rounds.get(0).get("name").asText()).isEqualTo("2026年上半年");
        assertThat(rounds.get(0).get("open").asBoolean()).isFalse();
        assertThat(rounds.get(1).get("due").asText()).isEqualTo("2027-01-10");
        assertThat(late.exitCode()).isEqualTo(1);
        assertThat(late.err()).contains("已结束");
    }

    @Test
    void badInput_isRefusedInChinese_namingWhatIsWrong_andChangesNothing() {
        String before = run("progress", "show", "--json").out() + run("audit", "list", "--json").out()
                + run("round", "list", "--json").out();

        assertRefused(run("progress", "report", "action.1.1", "--round", "2026年上半年", "--unit", "市财政局",
                "--status", "推进中"), "市财政局 不是 二、（一）1.将弘扬科学精神贯穿于育人全链条 的责任单位");
        assertRefused(run("progress", "report", "action.1.1", "--round", "2026年上半年", "--unit", "市教育局",
                "--status", "差不多"), "没有“差不多”这个状态");
        assertRefused(run("progress", "report", "action.1.1", "--round", "2026年上半年", "--unit", "市教育局",
                "--status", "推进中", "--percent", "150"), "150%");
        assertRefused(run("progress", "report", "action.1.1", "--round", "2026年上半年", "--unit", "市教育局",
                "--status", "已完成", "--percent", "60"), "与状态“已完成”不符");
        assertRefused(run("progress", "report", "action.1", "--round", "2026年上半年", "--unit", "市教育局",
                "--status", "推进中"), "不是任务");
        assertRefused(run("progress", "report", "action.1.1", "--round", "明年", "--unit", "市教育局",
                "--status", "推进中"), "没有名为“明年”的报送轮次");
        assertRefused(run("round", "open", "下半年", "--due", "2026-13-45"), "--due 的日期“2026-13-45”不对");
        assertRefused(run("round", "open", "下半年", "--due", "yesterday"), "请写成 YYYY-MM-DD");
        assertRefused(run("round", "open", "下半年", "--due", "0000-01-01"), "--due 的日期“0000-01-01”不对");
        assertRefused(run("round", "open", "2026年上半年", "--due", "2026-08-01"), "已有名为“2026年上半年”");
        assertRefused(run("round", "open", "=HYPERLINK(\"x\")", "--due", "2026-08-01"), "报送轮次的名称");
        assertRefused(run("deadline", "set", "action.1.1", "2026-02-30"), "“2026-02-30”不是完成时限");
        assertRefused(run("deadline", "set", "action.1.1", "1e999999999"), "不是完成时限");
        assertRefused(run("deadline", "set", "action.1.1", "9999-12-31"), "“9999-12-31”不是完成时限");

        String after = run("progress", "show", "--json").out() + run("audit", "list", "--json").out()
                + run("round", "list", "--json").out();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void datesTypedAsTheWindowReadsThem_areReadByTheCommandsToo() throws Exception {
        CliRun.Result deadline = run("deadline", "set", "action.1.1", "2026年12月31日");
        CliRun.Result round = run("round", "open", "2026年下半年", "--due", "2026/12/20");

        assertThat(deadline.exitCode()).as(deadline.err()).isZero();
        assertThat(round.exitCode()).as(round.err()).isZero();
        JsonNode rows = JSON.readTree(run("progress", "show", "--round", "2026年下半年", "--json").out());
        assertThat(row(rows, "action.1.1", "市教育局").get("deadline").asText()).isEqualTo("2026-12-31");
        assertThat(run("round", "list", "--json").out()).contains("2026-12-20");
    }

    @Test
    void sheetsExportedForEveryUnit_filledAndImported_showInTheRound() throws Exception {
        Path sheets = folder.resolve("填报表");
        CliRun.Result exported = run("progress", "ledger-export", "--round", "2026年上半年", "--all", "--out",
                sheets.toString());
        CliRun.Result neither = run("progress", "ledger-export", "--round", "2026年上半年", "--out",
                sheets.toString());
        Path education = sheets.resolve("2026年上半年-市教育局.xlsx");
        org.apache.poi.ss.usermodel.Workbook workbook;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(education)) {
            workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(in);
        }
        try (workbook; java.io.OutputStream out = java.nio.file.Files.newOutputStream(education)) {
            org.apache.poi.ss.usermodel.Row first = workbook.getSheet("进展填报").getRow(3);
            first.getCell(3).setCellValue("已完成");
            first.getCell(5).setCellValue("全部完成");
            workbook.write(out);
        }
        String before = run("progress", "show", "--json").out();
        CliRun.Result dryRun = run("progress", "ledger-import", education.toString(), "--dry-run");
        String afterDryRun = run("progress", "show", "--json").out();
        CliRun.Result imported = run("progress", "ledger-import", education.toString(), "--round", "2026年上半年");
        JsonNode rows = JSON.readTree(run("progress", "show", "--json").out());

        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("市教育局");
        assertRefused(neither, "请用 --unit 指定一个单位，或用 --all");
        assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
        assertThat(dryRun.out()).contains("填报 1 项").contains("数据库没有任何改动");
        assertThat(afterDryRun).isEqualTo(before);
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("保存 1 条进展");
        List<JsonNode> reported = new ArrayList<>();
        rows.forEach(row -> {
            if (!row.get("status").isNull()) {
                reported.add(row);
            }
        });
        assertThat(reported).hasSize(1);
        assertThat(reported.get(0).get("unit").asText()).isEqualTo("市教育局");
        assertThat(reported.get(0).get("status").asText()).isEqualTo("DONE");
        assertThat(reported.get(0).get("text").asText()).isEqualTo("全部完成");
        assertRefused(run("progress", "ledger-import", education.toString(), education.toString()), "都是 市教育局");
    }

    private static void assertRefused(CliRun.Result result, String message) {
        assertThat(result.exitCode()).as(result.err()).isNotZero();
        assertThat(result.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static JsonNode row(JsonNode rows, String reference, String unit) {
        for (JsonNode row : rows) {
            if (row.get("ref").asText().equals(reference) && row.get("unit").asText().equals(unit)) {
                return row;
            }
        }
        throw new AssertionError("no row " + reference + " " + unit);
    }

    private CliRun.Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db;
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.run(folder, all);
    }
}
