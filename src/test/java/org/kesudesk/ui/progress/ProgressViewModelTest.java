package org.kesudesk.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.logic.progress.ProgressTracking;
import org.kesudesk.model.ProgressStatus;
import org.kesudesk.model.StatusLight;
import org.kesudesk.testsupport.TestPlans;
import org.kesudesk.ui.WorkspaceFixture;

/** The 进展 tab's model on a county plan: rounds, reports as edits, sheets out and back in. */
class ProgressViewModelTest {

    @TempDir
    Path folder;
    private WorkspaceFixture fixture;
    private ProgressViewModel viewModel;

    @BeforeEach
    void county() {
        fixture = new WorkspaceFixture(folder, TestPlans.countyPlan());
        viewModel = new ProgressViewModel(fixture.workspace);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aRoundOpened_isShown_withEveryTaskOfEachUnitGrey() {
        assertThat(viewModel.roundProperty().get()).isNull();
        assertThat(viewModel.summaryProperty().get()).contains("还没有报送轮次");

        viewModel.openRound("2026年上半年", LocalDate.now().plusDays(30));

        assertThat(viewModel.roundProperty().get().name()).isEqualTo("2026年上半年");
        assertThat(viewModel.rows()).isNotEmpty()
                .allSatisfy(row -> assertThat(row.light()).isEqualTo(StatusLight.GREY));
        assertThat(fixture.dialogs.notes).anySatisfy(note -> assertThat(note).contains("2026年上半年"));
        assertThat(viewModel.canReport()).isTrue();
    }

    /**
     * The last period's plan shown while the next one is stored: a round of the next one's years is asked about,
     * naming it; cancelled, nothing is opened; confirmed, the round opens on the plan shown.
     */
    @Test
    void aRoundOfTheNextPlansYears_onTheLastPlan_isAskedAboutFirst() {
        try (WorkspaceFixture last = new WorkspaceFixture(folder.resolve("periods"),
                TestPlans.countyPlanOfYears("（2021-2025年）"))) {
            new org.kesudesk.store.PlanRepository(last.database).add(TestPlans.countyPlanOfYears("（2026-2030年）"));
            ProgressViewModel model = new ProgressViewModel(last.workspace);

            last.dialogs.confirmAnswer = false;
            model.openRound("2027年上半年", LocalDate.now().plusDays(30));
            assertThat(last.dialogs.questions).singleElement().asString().contains("2021-2025").contains("2026-2030");
            assertThat(model.roundProperty().get()).isNull();

            // a round of its own years is not asked about
            model.openRound("2025年度", LocalDate.now().plusDays(30));
            assertThat(last.dialogs.questions).hasSize(1);
            assertThat(model.roundProperty().get().name()).isEqualTo("2025年度");

            last.dialogs.confirmAnswer = true;
            model.openRound("2027年上半年", LocalDate.now().plusDays(30));
            assertThat(model.roundProperty().get().name()).isEqualTo("2027年上半年");
        }
    }

    /** A round opened for an earlier time is shown, listed in its place before the later one, as read again. */
    @Test
    void aRoundOpenedForAnEarlierTime_isListedBeforeTheLaterOne() {
        viewModel.openRound("2026年下半年", LocalDate.now().plusDays(60));
        viewModel.openRound("2026年上半年", LocalDate.now().minusDays(120));

        assertThat(viewModel.roundProperty().get().name()).isEqualTo("2026年上半年");
        assertThat(viewModel.rounds()).extracting(org.kesudesk.model.ReportingRound::name)
                .containsExactly("2026年上半年", "2026年下半年");
        assertThat(viewModel.rounds()).containsExactlyElementsOf(fixture.workspace.progress().rounds(
                fixture.workspace.planProperty().get()));
    }

    @Test
    void aRoundsSuggestedName_isItsYearAndHalf_theYearWrittenAsAYear() {
        assertThat(ProgressViewModel.suggestedRoundName(LocalDate.of(2026, 6, 30))).isEqualTo("2026年上半年");
        assertThat(ProgressViewModel.suggestedRoundName(LocalDate.of(2027, 7, 1))).isEqualTo("2027年下半年");
    }

    @Test
    void anEmptyTable_saysWhy_aFilterThatFitsNothing_orAPlanWithoutTasks() {
        assertThat(viewModel.emptyTextProperty().get()).contains("还没有报送轮次");
        viewModel.openRound("2026年上半年", LocalDate.now().plusDays(30));
        assertThat(viewModel.rows()).isNotEmpty();

        viewModel.lightFilterProperty().set(StatusLight.RED);
        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.emptyTextProperty().get()).contains("状态灯为“红”").doesNotContain("责任单位");
        viewModel.lightFilterProperty().set(null);

        // a plan whose actions hold no numbered task (一是……二是…… in the action's text)
        org.kesudesk.testsupport.PlanBuilder b = new org.kesudesk.testsupport.PlanBuilder();
        try (WorkspaceFixture noTasks = new WorkspaceFixture(folder.resolve("no-tasks"), b.section("二", "提升行动",
                b.item(org.kesudesk.model.NodeKind.ACTION, "一", "青少年科学素质提升行动",
                        "一是推进科学教育。二是开展科技活动。", List.of("县教育局"))).build())) {
            ProgressViewModel model = new ProgressViewModel(noTasks.workspace);
            model.openRound("2026年上半年", LocalDate.now().plusDays(30));
            assertThat(model.rows()).isEmpty();
            assertThat(model.emptyTextProperty().get()).contains("这个方案没有任务").contains("添加任务");
        }
    }

    @Test
    void aReport_isAnEdit_thatUndoTakesBack() {
        viewModel.openRound("2026年", LocalDate.now().plusDays(30));
        ProgressTracking.Row row = viewModel.rows().get(0);

        viewModel.report(row, new ProgressTracking.Entry(ProgressStatus.DONE, OptionalInt.empty(), "完成", "", ""));
        assertThat(viewModel.rows().get(0).light()).isEqualTo(StatusLight.GREEN);
        assertThat(viewModel.summaryProperty().get()).contains("绿 1");
        assertThat(viewModel.units()).filteredOn(u -> u.unit().equals(row.unit()))
                .singleElement().satisfies(u -> assertThat(u.reported()).isEqualTo(1));

        fixture.workspace.undo();
        assertThat(viewModel.rows().get(0).light()).isEqualTo(StatusLight.GREY);
        assertThat(fixture.errors).isEmpty();
    }

    @Test
    void theUnitFigures_sortByTheirNumbers_notAsText() {
        java.util.List<String> reported = new java.util.ArrayList<>(java.util.List.of("10/30", "0/12", "2/5", "0/9",
                "2/14"));
        reported.sort(ProgressViewModel.FIGURE_ORDER);
        assertThat(reported).containsExactly("0/9", "0/12", "2/5", "2/14", "10/30");
        java.util.List<String> rates = new java.util.ArrayList<>(java.util.List.of("100%", "9%", "45%", "0%"));
        rates.sort(ProgressViewModel.FIGURE_ORDER);
        assertThat(rates).containsExactly("0%", "9%", "45%", "100%");
        java.util.List<String> counts = new java.util.ArrayList<>(java.util.List.of("12", "3", "0"));
        counts.sort(ProgressViewModel.FIGURE_ORDER);
        assertThat(counts).containsExactly("0", "3", "12");
    }

    @Test
    void theChaseList_forTheRoundShown_namesTheUnitToCall_orSaysThereIsNobody() throws Exception {
        viewModel.openRound("2026年", LocalDate.now().plusDays(30));
        Path list = folder.resolve("催办名单.xlsx");
        fixture.dialogs.saveTo = Optional.of(list);

        viewModel.chaseList();
        assertThat(fixture.errors).singleElement().asString().contains("没有需要催办的单位");
        assertThat(list).doesNotExist();

        ProgressTracking.Row row = viewModel.rows().get(0);
        viewModel.report(row, new ProgressTracking.Entry(ProgressStatus.LAGGING, OptionalInt.empty(), "人手不足", "",
                ""));
        new org.kesudesk.store.UnitRepository(fixture.database).setLiaison(row.unit().id(),
                org.kesudesk.model.UnitLiaison.NONE, new org.kesudesk.model.UnitLiaison("张三", "2412345"));
        fixture.workspace.refreshLiaisons();
        viewModel.chaseList();

        assertThat(fixture.dialogs.saved).containsExactly(list);
        assertThat(fixture.dialogs.information).last().asString().contains("已导出 1 个待催办单位的名单（其中 0 个未登记联络员）");
        try (org.apache.poi.ss.usermodel.Workbook workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                list.toFile())) {
            org.apache.poi.ss.usermodel.Row unit = workbook.getSheet("催办名单").getRow(2);
            assertThat(unit.getCell(1).getStringCellValue()).isEqualTo(row.unit().name());
            assertThat(unit.getCell(5).getStringCellValue()).isEqualTo("2412345");
        }
    }

    /**
     * The 催办名单 saved, phoned down and its answer typed in, read back: the question shows what it notes, nothing is
     * stored until the user agrees, then the chase counts beside the unit and 撤销 takes it back.
     */
    @Test
    void theChaseList_answeredAndReadBack_isAChaseOnceTheUserAgrees_andUndone() throws Exception {
        ProgressTracking.Row row = aRoundWithARowToChase();
        Path list = folder.resolve("催办名单.xlsx");
        fixture.dialogs.saveTo = Optional.of(list);
        viewModel.chaseList();
        try (Workbook workbook = WorkbookFactory.create(Files.newInputStream(list))) {
            workbook.getSheetAt(0).getRow(2).getCell(8).setCellValue("本周五前报送");
            try (OutputStream out = Files.newOutputStream(folder.resolve("已填.xlsx"))) {
                workbook.write(out);
            }
        }
        fixture.dialogs.fileToOpen = Optional.of(folder.resolve("已填.xlsx"));

        fixture.dialogs.confirmAnswer = false;
        viewModel.importChases();
        assertThat(fixture.dialogs.questions).last().asString().contains("将记录 1 次电话催办");
        assertThat(viewModel.chaseCount(row.unit())).isEmpty();

        fixture.dialogs.confirmAnswer = true;
        viewModel.importChases();
        assertThat(fixture.errors).isEmpty();
        assertThat(viewModel.chaseCount(row.unit())).isEqualTo("1");
        assertThat(viewModel.chasesLine(row.unit())).contains("电话催办").endsWith("：本周五前报送");

        // read again: noted already, the user told so and nothing asked
        int asked = fixture.dialogs.questions.size();
        viewModel.importChases();
        assertThat(fixture.dialogs.questions).hasSize(asked);
        assertThat(fixture.dialogs.notes).last().asString().contains("以前已经记录过");

        fixture.workspace.undo();
        assertThat(viewModel.chaseCount(row.unit())).isEmpty();
    }

    @Test
    void supervisionLetters_forTheRoundShown_savedWhereTheUserSays_orToldThereIsNothingToChase() throws Exception {
        viewModel.openRound("2026年", LocalDate.now().plusDays(30));
        fixture.dialogs.saveTo = Optional.of(folder.resolve("督办.docx"));

        // nothing late yet: the user is told, nothing is written
        viewModel.supervise(org.kesudesk.documents.OutputFormat.DOCX);
        assertThat(fixture.errors).singleElement().asString().contains("不需要督办");
        assertThat(folder.resolve("督办.docx")).doesNotExist();

        // a task reported 滞后 is yellow: its unit is written to
        ProgressTracking.Row row = viewModel.rows().get(0);
        viewModel.report(row, new ProgressTracking.Entry(ProgressStatus.LAGGING, OptionalInt.empty(), "人手不足", "",
                ""));
        viewModel.supervise(org.kesudesk.documents.OutputFormat.DOCX);

        assertThat(fixture.dialogs.saved).containsExactly(folder.resolve("督办.docx"));
        // a file for each unit, in a folder of the round's name where the user says
        fixture.dialogs.folderToChoose = Optional.of(folder.resolve("督办"));
        viewModel.supervise(org.kesudesk.documents.OutputFormat.PDF, true, true);
        try (var files = Files.list(folder.resolve("督办").resolve("督办单-2026年"))) {
            assertThat(files.map(f -> f.getFileName().toString()).toList())
                    .containsExactly("督办单-" + row.unit().name() + ".pdf");
        }
        fixture.dialogs.saveTo = Optional.of(folder.resolve("督办单.docx"));
        viewModel.supervise(org.kesudesk.documents.OutputFormat.DOCX, true);
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(folder.resolve("督办单.docx")))) {
            assertThat(docx.getTables()).singleElement()
                    .satisfies(table -> assertThat(table.getRow(1).getCell(1).getText()).isEqualTo(row.unit().name()));
        }
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(folder.resolve("督办.docx")));
             var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(docx)) {
            assertThat(text.getText()).contains(row.unit().name() + "：").contains(row.task().title())
                    .contains("人手不足");
            assertThat(docx.getParagraphs().get(0).getText()).as("no urgency unless chosen").isNotEqualTo("加急");
        }
        // marked 加急 as chosen: the first line of the letters' first page
        fixture.dialogs.saveTo = Optional.of(folder.resolve("加急督办.docx"));
        viewModel.supervise(org.kesudesk.documents.OutputFormat.DOCX, false, false, org.kesudesk.model.Urgency.URGENT);
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                Files.newInputStream(folder.resolve("加急督办.docx")))) {
            assertThat(docx.getParagraphs().get(0).getText()).isEqualTo("加急");
        }
    }

    /**
     * Letters saved with 保存后记为一次催办 are a chase of each unit written to, counted beside its figures; saved again the
     * same day, not noted twice; 撤销 takes the chases back, the letters stay.
     */
    @Test
    void lettersSaved_notedAsChases_areCountedOnce_andUndone() throws Exception {
        ProgressTracking.Row row = aRoundWithARowToChase();
        fixture.dialogs.saveTo = Optional.of(folder.resolve("督办.pdf"));

        viewModel.supervise(org.kesudesk.documents.OutputFormat.PDF, false, false,
                org.kesudesk.model.Urgency.NONE, true);
        assertThat(fixture.errors).isEmpty();
        assertThat(viewModel.chaseCount(row.unit())).isEqualTo("1");
        assertThat(viewModel.chasesOf(row.unit())).singleElement()
                .satisfies(chase -> assertThat(chase.means()).isEqualTo(org.kesudesk.model.ChaseMeans.LETTER));
        // the letters' reply-by day, a week on, stands as what the unit is required to meet
        LocalDate replyBy = LocalDate.now().plusDays(7);
        assertThat(viewModel.chasesLine(row.unit())).endsWith("发督办通知单；要求" + replyBy.getMonthValue() + "月"
                + replyBy.getDayOfMonth() + "日前报送");
        assertThat(viewModel.units()).filteredOn(unit -> !unit.unit().equals(row.unit()))
                .allSatisfy(unit -> assertThat(viewModel.chaseCount(unit.unit())).isEmpty());

        viewModel.supervise(org.kesudesk.documents.OutputFormat.PDF, false, false,
                org.kesudesk.model.Urgency.NONE, true);
        assertThat(viewModel.chaseCount(row.unit())).isEqualTo("1");

        // one undo: the second saving noted nothing, and is no edit
        fixture.workspace.undo();
        assertThat(viewModel.chaseCount(row.unit())).isEmpty();
        assertThat(folder.resolve("督办.pdf")).exists();
        // the report before them is still there
        assertThat(viewModel.rows().get(0).report()).isPresent();
    }

    /** The round 2026年 opened, its first row reported 滞后 (yellow: its unit is chased); that row. */
    private ProgressTracking.Row aRoundWithARowToChase() {
        viewModel.openRound("2026年", LocalDate.now().plusDays(30));
        ProgressTracking.Row row = viewModel.rows().get(0);
        viewModel.report(row, new ProgressTracking.Entry(ProgressStatus.LAGGING, OptionalInt.empty(), "人手不足", "",
                ""));
        return row;
    }

    /**
     * Letters of a plan that names no issuer, to a unit whose name the fonts lack a character of: saved, and the user
     * told both — that they go out in no office's name, and which character is blank in the PDF.
     */
    @Test
    void lettersInNoOnesName_orWithACharacterTheFontsLack_areSaved_andTheUserIsToldSo() throws Exception {
        org.kesudesk.testsupport.PlanBuilder b = new org.kesudesk.testsupport.PlanBuilder();
        try (WorkspaceFixture plain = new WorkspaceFixture(folder.resolve("plain"), b.section("二", "提升行动",
                b.item(org.kesudesk.model.NodeKind.ACTION, "一", "青少年科学素质提升行动", "激发青少年好奇心。",
                        List.of("埇桥区教育局"), b.task("1", "推进科学教育", "推进科学教育。", List.of("埇桥区教育局"))))
                .build())) {
            ProgressViewModel model = new ProgressViewModel(plain.workspace);
            model.openRound("2026年", LocalDate.now().plusDays(30));
            model.report(model.rows().get(0), new ProgressTracking.Entry(ProgressStatus.LAGGING, OptionalInt.empty(),
                    "人手不足", "", ""));
            plain.dialogs.saveTo = Optional.of(folder.resolve("督办.pdf"));

            model.supervise(org.kesudesk.documents.OutputFormat.PDF);

            assertThat(plain.dialogs.saved).containsExactly(folder.resolve("督办.pdf"));
            assertThat(plain.dialogs.information).last().asString().startsWith("已为 1 个单位生成督办通知单")
                    .contains("没有写明发文机关")
                    .contains("发文机关…").contains("“埇”（第 1 页）");
        }
    }

    @Test
    void theBulletin_ofTheRoundShown_isSavedWhereTheUserSays_itsFrameKept_aWrongPlaceholderRefused()
            throws Exception {
        viewModel.openRound("2026年", LocalDate.now().plusDays(30));
        ProgressTracking.Row row = viewModel.rows().get(0);
        viewModel.report(row, new ProgressTracking.Entry(ProgressStatus.DONE, OptionalInt.empty(), "全部完成", "", ""));
        fixture.dialogs.saveTo = Optional.of(folder.resolve("通报.docx"));

        viewModel.bulletin("{轮次}共有分工{分工数}项，已完成{已完成}项。", true, org.kesudesk.documents.OutputFormat.DOCX);

        assertThat(fixture.errors).isEmpty();
        assertThat(fixture.dialogs.saved).containsExactly(folder.resolve("通报.docx"));
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(folder.resolve("通报.docx")));
             var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(docx)) {
            assertThat(text.getText()).contains("2026年共有分工" + viewModel.rows().size() + "项，已完成1项。");
        }
        String[] kept = new String[1];
        viewModel.bulletinFrame(frame -> kept[0] = frame);
        assertThat(kept[0]).isEqualTo("{轮次}共有分工{分工数}项，已完成{已完成}项。");

        fixture.dialogs.saveTo = Optional.of(folder.resolve("通报2.pdf"));
        viewModel.bulletin("已完成{完成了}项", false, org.kesudesk.documents.OutputFormat.PDF);
        assertThat(fixture.errors).singleElement().asString().contains("{完成了}");
        assertThat(folder.resolve("通报2.pdf")).doesNotExist();
    }

    @Test
    void theSummaryDraft_ofTheRoundShown_isSavedWhereTheUserSays() throws Exception {
        viewModel.openRound("2026年", LocalDate.now().plusDays(30));
        ProgressTracking.Row row = viewModel.rows().get(0);
        viewModel.report(row, new ProgressTracking.Entry(ProgressStatus.DONE, OptionalInt.empty(), "全部完成", "", ""));
        fixture.dialogs.saveTo = Optional.of(folder.resolve("总结.docx"));

        viewModel.summaryDraft();

        assertThat(fixture.errors).isEmpty();
        assertThat(fixture.dialogs.saved).containsExactly(folder.resolve("总结.docx"));
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(folder.resolve("总结.docx")));
             var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(docx)) {
            assertThat(text.getText()).contains("2026年工作总结（初稿）").contains(row.unit().name() + "（已完成，100%）：全部完成");
        }
    }

    @Test
    void indicators_areThePlans_shownBeforeAnyRoundIsOpened_theUnitTableSaysWhyItIsEmpty() {
        assertThat(viewModel.roundProperty().get()).isNull();
        org.kesudesk.model.PlanDocument plan = fixture.workspace.planProperty().get();
        List<String> read = new java.util.ArrayList<>();
        plan.goalIndicators().forEach(indicator -> read.add(indicator.wording()));
        plan.forEachNode(node -> node.indicators().forEach(indicator -> read.add(indicator.wording())));
        assertThat(read).isNotEmpty();
        assertThat(viewModel.indicators()).extracting(row -> row.indicator().wording())
                .containsExactlyInAnyOrderElementsOf(read);
        assertThat(viewModel.unitsEmptyTextProperty().get()).contains("开启报送轮次");
        // nothing for the chart to count (the view shows no empty axes)
        assertThat(viewModel.sections()).isEmpty();

        viewModel.openRound("2026年", LocalDate.now().plusDays(30));
        assertThat(viewModel.units()).isNotEmpty();
        assertThat(viewModel.sections()).isNotEmpty();
        assertThat(viewModel.unitsEmptyTextProperty().get()).isEqualTo("没有责任单位。");
    }

    @Test
    void indicators_areShown_andAValueRecordedForAYear_showsBeside_aBadOneIsRefused() {
        viewModel.openRound("2026年", LocalDate.now().plusDays(30));
        assertThat(viewModel.indicators()).isNotEmpty();
        var first = viewModel.indicators().get(0);
        assertThat(first.values()).isEmpty();

        viewModel.recordIndicator(first, 2024, "10.5", "抽样调查");
        assertThat(fixture.errors).isEmpty();
        assertThat(viewModel.indicators().get(0).in(2024)).hasValueSatisfying(value -> {
            assertThat(value.amount()).isEqualByComparingTo("10.5");
            assertThat(value.source()).isEqualTo("抽样调查");
        });

        // the chart's years are the plan's; the value stands in its year, the target beside the last (or each)
        java.util.List<ProgressViewModel.IndicatorYear> chart = viewModel.indicatorChart(viewModel.indicators().get(0));
        // this plan names no period: no years to chart
        assertThat(viewModel.indicatorYears()).isEmpty();
        assertThat(chart).isEmpty();

        viewModel.recordIndicator(first, 2024, "很多", "");
        assertThat(fixture.errors).singleElement().asString().contains("不是可记录的数值");
        assertThat(viewModel.indicators().get(0).in(2024).orElseThrow().amount()).isEqualByComparingTo("10.5");
    }

    @Test
    void anIndicatorsChart_runsOverThePlansYears_theValueInItsYear_theTargetBesideTheLast() throws Exception {
        org.kesudesk.model.PlanDocument county = TestPlans.countyPlan();
        org.kesudesk.model.Plan p = county.plan();
        org.kesudesk.model.PlanDocument withPeriod = new org.kesudesk.model.PlanDocument(new org.kesudesk.model.Plan(
                p.id(), p.regionId(), Optional.of(new org.kesudesk.model.PlanPeriod(2023, 2025)), p.notice(),
                p.planTitle(), p.goalText(), p.rowVersion()), county.goalIndicators(),
                county.sections());
        try (WorkspaceFixture other = new WorkspaceFixture(folder.resolve("period"), withPeriod)) {
            ProgressViewModel model = new ProgressViewModel(other.workspace);
            model.openRound("2024年", LocalDate.now().plusDays(30));
            var first = model.indicators().get(0);
            model.recordIndicator(first, 2024, "10.5", "");

            java.util.List<ProgressViewModel.IndicatorYear> chart = model.indicatorChart(model.indicators().get(0));

            assertThat(chart).extracting(ProgressViewModel.IndicatorYear::year).containsExactly(2023, 2024, 2025);
            assertThat(chart.get(1).reached()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("10.5"));
            assertThat(chart.get(0).reached()).isEmpty();
            // a target for the whole period stands beside its last year only
            assertThat(first.indicator().period()).isEqualTo(org.kesudesk.model.IndicatorPeriod.TOTAL);
            assertThat(chart.get(2).target()).isEqualTo(first.indicator().targetValue()).isPresent();
            assertThat(chart.get(0).target()).isEmpty();
        }
    }

    @Test
    void sheetsExported_toTheFolderChosen_andImportedBack_afterTheUserAgrees() throws Exception {
        viewModel.openRound("2026年", LocalDate.now().plusDays(30));
        fixture.dialogs.folderToChoose = Optional.of(folder.resolve("out"));

        viewModel.exportSheets();

        Path sheets = folder.resolve("out").resolve("2026年");
        List<Path> files;
        try (var listed = Files.list(sheets)) {
            files = listed.sorted().toList();
        }
        long units = viewModel.units().size();
        assertThat(files).hasSize((int) units);
        assertThat(fixture.dialogs.saved).containsExactly(sheets);
        for (Path file : files) {
            Workbook workbook;
            try (InputStream in = Files.newInputStream(file)) {
                workbook = WorkbookFactory.create(in);
            }
            try (workbook; OutputStream out = Files.newOutputStream(file)) {
                workbook.getSheet("进展填报").getRow(3).getCell(3).setCellValue("推进中");
                workbook.write(out);
            }
        }
        fixture.dialogs.filesToOpen = files;

        // the user first says no: nothing is stored
        fixture.dialogs.confirmAnswer = false;
        viewModel.importSheets();
        assertThat(viewModel.rows()).allSatisfy(row -> assertThat(row.report()).isEmpty());
        assertThat(fixture.dialogs.questions).last().asString().contains(units + " 份填报表已检查无误");

        fixture.dialogs.confirmAnswer = true;
        viewModel.importSheets();
        assertThat(viewModel.rows()).filteredOn(row -> row.report().isPresent()).hasSize((int) units);
        assertThat(fixture.dialogs.notes).last().asString().contains("保存 " + units + " 条进展");
        assertThat(fixture.errors).isEmpty();

        // the same files again: what they say is held already — said so, nothing asked, nothing stored again
        List<java.time.Instant> reportedAt = viewModel.rows().stream().flatMap(row -> row.report().stream())
                .map(org.kesudesk.model.ProgressReport::reportedAt).toList();
        int questions = fixture.dialogs.questions.size();
        viewModel.importSheets();
        assertThat(fixture.dialogs.questions).hasSize(questions);
        assertThat(fixture.dialogs.notes).last().asString().contains("与已报送的进展相同");
        assertThat(viewModel.rows().stream().flatMap(row -> row.report().stream())
                .map(org.kesudesk.model.ProgressReport::reportedAt).toList()).isEqualTo(reportedAt);

        // the same files again in a closed round: refused, said in Chinese
        viewModel.closeRound();
        viewModel.importSheets();
        assertThat(fixture.errors).singleElement().asString().contains("已结束");
    }
}
