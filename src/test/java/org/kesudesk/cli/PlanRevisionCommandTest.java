package org.kesudesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.logic.PlanImportService;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.UnitRepository;

/**
 * {@code plan import FILE --update REF}: a revised document (a plan's 正式稿 after its 征求意见稿, a 修订) updates the plan
 * read from the earlier one — what the revision changed taken, what the office did since kept — instead of a second
 * plan beside it.
 */
class PlanRevisionCommandTest {

    private static final Path SAMPLE = Path.of("src", "main", "resources", "org", "kesudesk", "samples",
            "qiqihar-2022-16.txt");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private String db;

    @Test
    void aRevisedDocument_updatesThePlan_keepingItsIds_reports_andWhatTheOfficeChangedSince() throws IOException {
        importSample();
        // what the office did since it read the document: a unit added by hand, a round, a report
        assertThat(run("assign", "action.1.2", "市财政局", "--role", "responsible").exitCode()).isZero();
        assertThat(run("round", "open", "2026年上半年", "--due", "2026-07-15").exitCode()).isZero();
        assertThat(run("progress", "report", "action.1.1", "--round", "2026年上半年", "--unit", "市教育局",
                "--status", "推进中", "--text", "全面推进").exitCode()).isZero();
        JsonNode before = planJson();
        Path revised = revision(text -> text
                .replace("齐政办发〔2022〕16号", "齐政办发〔2023〕3号")
                .replace("将弘扬科学精神贯穿于育人全链条。", "将弘扬科学精神和科学家精神贯穿于育人全过程。")
                .replace("创新精神和实践能力。（责任单位：市委宣传部、市教育局、团市委、市科协、市新闻传媒中心）",
                        "创新精神和实践能力。（责任单位：市委宣传部、市教育局、团市委、市科协、市新闻传媒中心、市文广旅游局）")
                .replace("每年培训100名科技辅导员。(责任单位：市教育局、市科协)", "每年培训100名科技辅导员。(责任单位：市教育局、市科协)\n\n"
                        + "6.开展青少年网络素养教育。2024年底前完成，引导青少年正确使用网络。(责任单位：市委网信办、市教育局)"));

        CliRun.Result dryRun = run("plan", "import", revised.toString(), "--update", "230200", "--dry-run");
        assertThat(planJson()).as("a dry run changes nothing").isEqualTo(before);
        CliRun.Result updated = run("plan", "import", revised.toString(), "--update", "230200");

        assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
        assertThat(dryRun.out()).contains("+ 条目 二、（一）6.开展青少年网络素养教育").contains("市文广旅游局")
                .doesNotContain("市财政局");
        assertThat(updated.exitCode()).as(updated.err()).isZero();
        assertThat(updated.out()).contains("已更新方案").contains("before-import");
        JsonNode plans = JSON.readTree(run("plan", "list", "--json").out());
        assertThat(plans).as("one plan, not a second beside it").hasSize(1);
        JsonNode after = planJson();
        assertThat(after.at("/plan/docNumber").asText()).isEqualTo("齐政办发〔2023〕3号");
        JsonNode first = after.at("/items/0/tasks/0");
        assertThat(first.get("title").asText()).isEqualTo("将弘扬科学精神和科学家精神贯穿于育人全过程");
        assertThat(units(first, "responsible")).endsWith("市新闻传媒中心", "市文广旅游局");
        assertThat(units(after.at("/items/0/tasks/1"), "responsible")).as("the unit added by hand")
                .containsExactly("市教育局", "市财政局");
        assertThat(after.at("/items/0/tasks")).hasSize(6);
        assertThat(units(after.at("/items/0/tasks/5"), "responsible")).containsExactly("市委网信办", "市教育局");
        // the report stays with its task, reworded; the new task's deadline is read from its text
        List<String> reported = new ArrayList<>();
        List<String> newDeadlines = new ArrayList<>();
        JSON.readTree(run("progress", "show", "--round", "2026年上半年", "--json").out()).forEach(row -> {
            if (!row.get("status").isNull()) {
                reported.add(String.join(" ", row.get("ref").asText(), row.get("title").asText(),
                        row.get("unit").asText()));
            }
            if (row.get("ref").asText().equals("action.1.6")) {
                newDeadlines.add(row.get("deadline").asText());
            }
        });
        assertThat(reported).containsExactly("action.1.1 将弘扬科学精神和科学家精神贯穿于育人全过程 市教育局");
        assertThat(newDeadlines).containsExactly("2024-12-31", "2024-12-31");
        assertThat(run("audit", "list").out()).contains("用修订稿 revised.txt 更新方案");

        CliRun.Result again = run("plan", "import", revised.toString(), "--update", "230200");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("没有需要导入的改动");
        assertThat(planJson()).isEqualTo(after);
    }

    @Test
    void aTaskTheRevisionDrops_thatUnitsReportedOn_goesOnlyWhenTheUserSaysSo() throws IOException {
        importSample();
        assertThat(run("round", "open", "2026年上半年", "--due", "2026-07-15").exitCode()).isZero();
        assertThat(run("progress", "report", "action.3.2", "--round", "2026年上半年", "--unit", "市人社局",
                "--status", "推进中").exitCode()).isZero();
        JsonNode before = planJson();
        Path revised = revision(text -> text.lines().filter(line -> !line.startsWith("2.实施技能中国创新行动"))
                .reduce("", (a, b) -> a + b + "\n"));

        CliRun.Result refused = run("plan", "import", revised.toString(), "--update", "230200");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("修订稿删去了 1 项已有进展报送的任务或已记录完成值的指标：2.实施技能中国创新行动")
                .contains("--remove-reported").doesNotContain("Exception");
        assertThat(planJson()).isEqualTo(before);

        CliRun.Result removed = run("plan", "import", revised.toString(), "--update", "230200", "--remove-reported");

        assertThat(removed.exitCode()).as(removed.err()).isZero();
        List<String> titles = new ArrayList<>();
        planJson().at("/items/2/tasks").forEach(task -> titles.add(task.get("title").asText()));
        assertThat(titles).doesNotContain("实施技能中国创新行动").hasSize(before.at("/items/2/tasks").size() - 1);
    }

    /**
     * A plan read by an older version of the app was not kept as its document gave it: the revision cannot tell the
     * office's changes from the document's, takes its word for everything, and says so before anything is stored.
     */
    @Test
    void aPlanReadBeforeItsDocumentWasKept_takesTheRevisionsWord_andSaysSo() throws IOException {
        db = folder.resolve("kesudesk").toString();
        try (Database database = Database.open(Path.of(db))) {
            PlanImportService older = new PlanImportService(new PlanRepository(database), new UnitRepository(database));
            older.save(older.read(SAMPLE, Optional.empty()), List.of());
        }
        assertThat(run("assign", "action.1.2", "市财政局", "--role", "responsible").exitCode()).isZero();
        Path revised = revision(text -> text.replace("齐政办发〔2022〕16号", "齐政办发〔2023〕3号"));

        CliRun.Result updated = run("plan", "import", revised.toString(), "--update", "230200");

        assertThat(updated.exitCode()).as(updated.err()).isZero();
        assertThat(updated.out()).contains("没有保存原文件的内容").contains("- 单位分工 二、（一）2.提升各阶段科学教育水平：责任单位：市财政局");
        assertThat(units(planJson().at("/items/0/tasks/1"), "responsible")).containsExactly("市教育局");
        assertThat(planJson().at("/plan/docNumber").asText()).isEqualTo("齐政办发〔2023〕3号");
    }

    /** The office and the revision both reworded one task: the command stops until the user chooses whose. */
    @Test
    void aTaskBothReworded_isAConflict_settledAsTheUserChooses() throws IOException {
        importSample();
        try (Database database = Database.open(Path.of(db))) {
            org.kesudesk.model.PlanNode first = new PlanRepository(database).list().stream().findFirst()
                    .flatMap(plan -> new PlanRepository(database).find(plan.id())).orElseThrow()
                    .items().get(0).children().get(0);
            new org.kesudesk.store.NodeRepository(database).update(first.id(), first.rowVersion(),
                    "将弘扬科学精神贯穿于育人各环节", first.text().replace("全链条", "各环节"));
        }
        Path revised = revision(text -> text.replace("将弘扬科学精神贯穿于育人全链条。", "将弘扬科学精神贯穿于育人全过程。"));
        JsonNode before = planJson();

        CliRun.Result stopped = run("plan", "import", revised.toString(), "--update", "230200");

        assertThat(stopped.exitCode()).isEqualTo(ExchangeCommand.UNSETTLED_CONFLICTS);
        assertThat(stopped.out()).contains("各环节").contains("全过程");
        assertThat(stopped.err()).contains("1 处冲突").contains("--conflicts");
        assertThat(planJson()).isEqualTo(before);

        CliRun.Result mine = run("plan", "import", revised.toString(), "--update", "230200", "--conflicts", "mine");
        assertThat(mine.exitCode()).as(mine.err()).isZero();
        assertThat(planJson().at("/items/0/tasks/0/title").asText()).isEqualTo("将弘扬科学精神贯穿于育人各环节");
        assertThat(planJson().at("/plan/docNumber").asText()).isEqualTo("齐政办发〔2022〕16号");

        Path again = revision(text -> text.replace("将弘扬科学精神贯穿于育人全链条。", "将弘扬科学精神贯穿于育人全流程。"));
        CliRun.Result theirs = run("plan", "import", again.toString(), "--update", "230200", "--conflicts", "theirs");
        assertThat(theirs.exitCode()).as(theirs.err()).isZero();
        assertThat(planJson().at("/items/0/tasks/0/title").asText()).isEqualTo("将弘扬科学精神贯穿于育人全流程");
    }

    /**
     * The 征求意见稿 read first (the plan alone, no notice, no 文号), then the issued notice: the final text is offered
     * as the draft's revision, not stored beside it unasked.
     */
    @Test
    void theIssuedNoticeAfterItsDraft_isRefusedAsASecondPlan_andUpdatesTheDraftWhenAsked() throws IOException {
        db = folder.resolve("kesudesk").toString();
        List<String> lines = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
        int title = lines.indexOf(lines.stream().filter(line -> line.startsWith("齐齐哈尔市全民科学素质行动"))
                .findFirst().orElseThrow());
        List<String> draftLines = new ArrayList<>(lines.subList(title, lines.size()));
        draftLines.set(0, "齐齐哈尔市全民科学素质行动规划纲要实施方案（2021-2025年）（征求意见稿）");
        Path draft = Files.write(folder.resolve("征求意见稿.txt"), draftLines, StandardCharsets.UTF_8);
        assertThat(run("plan", "import", draft.toString(), "--accept-aliases").exitCode()).isZero();
        String draftId = JSON.readTree(run("plan", "list", "--json").out()).get(0).get("id").asText();

        CliRun.Result refused = run("plan", "import", SAMPLE.toString(), "--accept-aliases");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("已有同名方案").contains("--update " + draftId).contains("--again");
        assertThat(JSON.readTree(run("plan", "list", "--json").out())).hasSize(1);

        CliRun.Result updated = run("plan", "import", SAMPLE.toString(), "--update", draftId.substring(0, 8));

        assertThat(updated.exitCode()).as(updated.err()).isZero();
        JsonNode plans = JSON.readTree(run("plan", "list", "--json").out());
        assertThat(plans).singleElement().satisfies(plan -> {
            assertThat(plan.get("id").asText()).isEqualTo(draftId);
            assertThat(plan.get("docNumber").asText()).isEqualTo("齐政办发〔2022〕16号");
        });
    }

    /**
     * The document corrected and sent again under its 文号 and title (a task reworded): not the same document again
     * but its revision — refused naming --update, and applied with it; the same document read again is still only
     * that.
     */
    @Test
    void aDocumentCorrectedUnderItsNumber_isOfferedAsARevision_theSameDocumentAgainIsNot() throws IOException {
        importSample();
        String planId = JSON.readTree(run("plan", "list", "--json").out()).get(0).get("id").asText();
        Path corrected = revision(text -> text.replace("实施教师科学素质提升工程", "实施教师科学素质全面提升工程"));

        CliRun.Result again = run("plan", "import", SAMPLE.toString(), "--accept-aliases");
        CliRun.Result refused = run("plan", "import", corrected.toString(), "--accept-aliases");

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("再导入会多出一份同样的方案").doesNotContain("--update");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("内容与当初导入的不同").contains("--update " + planId).contains("--again");
        assertThat(JSON.readTree(run("plan", "list", "--json").out())).hasSize(1);

        CliRun.Result updated = run("plan", "import", corrected.toString(), "--update", planId.substring(0, 8),
                "--accept-aliases");

        assertThat(updated.exitCode()).as(updated.err()).isZero();
        assertThat(JSON.readTree(run("plan", "list", "--json").out())).singleElement()
                .satisfies(plan -> assertThat(plan.get("id").asText()).isEqualTo(planId));
        assertThat(run("plan", "show").out()).contains("实施教师科学素质全面提升工程");
    }

    /** A name the revision writes another way (市文旅局) is the unit it names when the user accepts the suggestion. */
    @Test
    void anAliasTheRevisionUses_namesTheUnit_whenAccepted_andTheCatalogueLearnsIt() throws IOException {
        importSample();
        Path revised = revision(text -> text.replace("（责任单位：市委宣传部、市总工会、团市委、市妇联）",
                "（责任单位：市委宣传部、市总工会、团市委、市妇联、市文旅局）"));

        CliRun.Result kept = run("plan", "import", revised.toString(), "--update", "230200", "--dry-run");
        CliRun.Result accepted = run("plan", "import", revised.toString(), "--update", "230200", "--accept-aliases");

        assertThat(kept.out()).contains("“市文旅局”可能是“市文广旅游局”").contains("责任单位：市文旅局");
        assertThat(accepted.exitCode()).as(accepted.err()).isZero();
        assertThat(accepted.out()).contains("+ 单位分工 二、（三）1.开展理想信念和职业精神宣传教育：责任单位：市文广旅游局");
        assertThat(units(planJson().at("/items/2/tasks/0"), "responsible")).endsWith("市妇联", "市文广旅游局");
        assertThat(run("unit", "list").out()).contains("市文广旅游局（又名：市文旅局）")
                .doesNotContainPattern("\\d+\\. 市文旅局");
    }

    /** A second clerk changes the plan between the preview and the update: the update refuses, nothing is lost. */
    @Test
    void aPlanChangedAfterThePreview_isNotOverwrittenByIt() throws IOException {
        importSample();
        Path revised = revision(text -> text.replace("齐政办发〔2022〕16号", "齐政办发〔2023〕3号"));
        try (Database database = Database.open(Path.of(db))) {
            PlanRepository plans = new PlanRepository(database);
            org.kesudesk.model.PlanDocument plan = plans.find(plans.list().get(0).id()).orElseThrow();
            org.kesudesk.exchange.Revisions revisions = new org.kesudesk.exchange.Revisions(database);
            org.kesudesk.exchange.Revisions.Preview preview = revisions.inspect(plan,
                    new PlanImportService(plans, new UnitRepository(database)).read(revised, Optional.empty()),
                    java.util.Map.of(), List.of());
            org.kesudesk.model.PlanNode first = plan.items().get(0).children().get(0);
            new org.kesudesk.store.NodeRepository(database).update(first.id(), first.rowVersion(), "另一位文秘改过的标题",
                    first.text());

            org.kesudesk.parse.ParseReport report = new PlanImportService(plans, new UnitRepository(database))
                    .read(revised, Optional.empty());
            // as reviewed, and as merged again with the user's choices after the review (the window's way)
            for (org.kesudesk.exchange.Revisions.Preview applied : List.of(preview,
                    revisions.chosen(preview, report, java.util.Map.of(), List.of()))) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> revisions.apply(applied, false))
                        .isInstanceOfSatisfying(org.kesudesk.l10n.UserFacingException.class,
                                refused -> assertThat(refused.userMessage()).contains("预览之后"));
            }
            org.kesudesk.model.PlanDocument after = plans.find(plan.plan().id()).orElseThrow();
            assertThat(after.plan().docNumber()).isEqualTo("齐政办发〔2022〕16号");
            assertThat(after.items().get(0).children().get(0).title()).isEqualTo("另一位文秘改过的标题");
        }
    }

    @Test
    void updateNamesAPlanOfItsOwnRegion_soRegionAndAgainAreRefused() throws IOException {
        importSample();

        CliRun.Result refused = run("plan", "import", SAMPLE.toString(), "--update", "230200", "--region", "230200");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("--update").contains("没有保存任何内容");
    }

    /** An indicator whose target the revision raises is the same indicator: the values recorded for it stay. */
    @Test
    void anIndicatorRetargeted_keepsTheValuesRecordedForIt() throws IOException {
        importSample();
        assertThat(run("indicator", "set", "2", "--year", "2024", "--value", "120").exitCode()).isZero();
        Path revised = revision(text -> text.replace("每年培训100名科技辅导员。", "每年培训200名科技辅导员。"));

        CliRun.Result dryRun = run("plan", "import", revised.toString(), "--update", "230200", "--dry-run");
        CliRun.Result updated = run("plan", "import", revised.toString(), "--update", "230200");

        assertThat(dryRun.out()).contains("指标：新增 0，修改 1，删除 0");
        assertThat(updated.exitCode()).as(updated.err()).isZero();
        JsonNode indicator = JSON.readTree(run("indicator", "list", "--json").out()).get(1);
        assertThat(indicator.get("wording").asText()).isEqualTo("每年培训200名科技辅导员");
        assertThat(indicator.get("target").asText()).isEqualTo("200");
        assertThat(indicator.at("/values/0/value").asText()).isEqualTo("120");
    }

    /** An indicator with values recorded that the revision drops goes only when the user says so, as a task does. */
    @Test
    void anIndicatorWithValues_thatTheRevisionDrops_goesOnlyWhenConfirmed() throws IOException {
        importSample();
        assertThat(run("indicator", "set", "2", "--year", "2024", "--value", "120").exitCode()).isZero();
        JsonNode before = planJson();
        Path revised = revision(text -> text.replace("每年培训100名科技辅导员。", ""));

        CliRun.Result refused = run("plan", "import", revised.toString(), "--update", "230200");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("指标“每年培训100名科技辅导员”").contains("--remove-reported");
        assertThat(planJson()).isEqualTo(before);
        CliRun.Result confirmed = run("plan", "import", revised.toString(), "--update", "230200",
                "--remove-reported");
        assertThat(confirmed.exitCode()).as(confirmed.err()).isZero();
        assertThat(run("indicator", "list", "--json").out()).doesNotContain("每年培训100名科技辅导员");
    }

    private void importSample() {
        db = folder.resolve("kesudesk").toString();
        CliRun.Result imported = run("plan", "import", SAMPLE.toString(), "--accept-aliases");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
    }

    private Path revision(java.util.function.UnaryOperator<String> change) throws IOException {
        String text = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        String revised = change.apply(text);
        assertThat(revised).as("the revision changes the document").isNotEqualTo(text);
        Path file = folder.resolve("revised.txt");
        Files.writeString(file, revised, StandardCharsets.UTF_8);
        return file;
    }

    private JsonNode planJson() throws IOException {
        CliRun.Result shown = run("plan", "show", "--json");
        assertThat(shown.exitCode()).as(shown.err()).isZero();
        return JSON.readTree(shown.out());
    }

    private static List<String> units(JsonNode node, String role) {
        List<String> names = new ArrayList<>();
        node.path(role).forEach(unit -> names.add(unit.asText()));
        return names;
    }

    private CliRun.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db));
        all.addAll(List.of(args));
        return CliRun.run(folder, all.toArray(String[]::new));
    }
}
