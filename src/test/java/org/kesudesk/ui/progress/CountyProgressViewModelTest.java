package org.kesudesk.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.logic.progress.ProgressTracking;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.store.Database;
import org.kesudesk.store.UnitRepository;
import org.kesudesk.testsupport.CountyPlans;
import org.kesudesk.testsupport.SamplePlan;
import org.kesudesk.ui.NoDialogs;
import org.kesudesk.ui.PlanWorkspace;
import org.kesudesk.ui.task.CurrentThreadTaskExecutor;

/**
 * The city's 进展 tab's counties through the view model: 导出县区落实情况表（Excel）… written where the user chose, or
 * refused in Chinese without counties' plans; a county's task asked for, chosen once its plan's rows are read — and,
 * on a county plan without rounds, not chosen by surprise when a round is opened later.
 */
class CountyProgressViewModelTest {

    @TempDir
    Path folder;

    @Test
    void theTableIsWrittenWhereChosen_orRefusedWithoutCounties() throws Exception {
        NoDialogs dialogs = new NoDialogs();
        try (Database database = Database.open(folder.resolve("kesudesk"))) {
            PlanDocument city = SamplePlan.store(database);
            new ProgressTracking(database).openRound(city, "2026年上半年", LocalDate.now().plusMonths(1),
                    Optional.empty(), Optional.empty());
            PlanWorkspace workspace = new PlanWorkspace(database, new CurrentThreadTaskExecutor(), dialogs);
            workspace.show(city, new UnitRepository(database).all());
            ProgressViewModel viewModel = new ProgressViewModel(workspace);

            Path none = folder.resolve("没有县区.xlsx");
            dialogs.saveTo = Optional.of(none);
            viewModel.exportCountyTable();
            assertThat(dialogs.errors).singleElement().asString().contains("没有县（市）区的方案");
            assertThat(none).doesNotExist();
            dialogs.errors.clear();

            CountyPlans.derived(database, city, "230227");
            Path file = folder.resolve("县区落实情况.xlsx");
            dialogs.saveTo = Optional.of(file);
            viewModel.exportCountyTable();
            assertThat(dialogs.errors).isEmpty();
            assertThat(dialogs.saved).containsExactly(file);
            assertThat(dialogs.information).last().asString().contains("× 1 个县（市）区");
            try (Workbook workbook = WorkbookFactory.create(Files.newInputStream(file))) {
                assertThat(workbook.getSheetAt(0).getRow(1).getCell(2).getStringCellValue()).isEqualTo("富裕县");
            }
        }
    }

    /**
     * 督办通知单 ▸ 致各县（市）区纲要办: the letter to the county behind on a city task in its plan, written where chosen,
     * noted as a chase of the county when asked, one edit 撤销 takes back.
     */
    @Test
    void lettersToTheCountiesOffices_areWrittenAndNoted_andUndone() throws Exception {
        NoDialogs dialogs = new NoDialogs();
        try (Database database = Database.open(folder.resolve("kesudesk"))) {
            PlanDocument city = SamplePlan.store(database);
            ProgressTracking tracking = new ProgressTracking(database);
            org.kesudesk.model.ReportingRound cityRound = tracking.openRound(city, "2026年上半年",
                    LocalDate.now().plusMonths(1), Optional.empty(), Optional.empty());
            PlanDocument fuyu = CountyPlans.derived(database, city, "230227");
            org.kesudesk.model.ReportingRound round = tracking.openRound(fuyu, "2026年上半年",
                    LocalDate.now().plusMonths(1), Optional.empty(), Optional.empty());
            org.kesudesk.model.PlanNode task = fuyu.items().get(0).children().get(0);
            tracking.report(fuyu, round, task, task.carriedOutBy().get(0), new ProgressTracking.Entry(
                    org.kesudesk.model.ProgressStatus.LAGGING, java.util.OptionalInt.empty(), "", "", ""), "县纲要办");
            PlanWorkspace workspace = new PlanWorkspace(database, new CurrentThreadTaskExecutor(), dialogs);
            workspace.show(city, new UnitRepository(database).all());
            ProgressViewModel viewModel = new ProgressViewModel(workspace);
            assertThat(viewModel.counties()).hasSize(1);

            Path file = folder.resolve("督办通知单.docx");
            dialogs.saveTo = Optional.of(file);
            viewModel.supervise(org.kesudesk.documents.OutputFormat.DOCX, false, false,
                    org.kesudesk.model.Urgency.NONE, true, true);
            assertThat(dialogs.errors).isEmpty();
            assertThat(dialogs.information).last().asString().contains("富裕县纲要办");
            try (org.apache.poi.xwpf.usermodel.XWPFDocument word = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                    Files.newInputStream(file));
                 org.apache.poi.xwpf.extractor.XWPFWordExtractor text =
                         new org.apache.poi.xwpf.extractor.XWPFWordExtractor(word)) {
                assertThat(text.getText()).contains("富裕县纲要办").contains(task.title()).contains("滞后");
            }
            org.kesudesk.logic.progress.Chases chases = new org.kesudesk.logic.progress.Chases(database);
            assertThat(chases.byCounty(cityRound)).hasSize(1);
            workspace.undo();
            assertThat(chases.byCounty(cityRound)).isEmpty();
        }
    }

    /**
     * A round opened by a file from the city leaves the county's plan as it was: shown again unchanged, the tab reads
     * the rounds again and lists it, the round chosen before staying chosen.
     */
    @Test
    void aRoundOpenedWhileThePlanStaysTheSame_isListedWhenThePlanIsShownAgain() {
        NoDialogs dialogs = new NoDialogs();
        try (Database database = Database.open(folder.resolve("kesudesk"))) {
            PlanDocument city = SamplePlan.store(database);
            ProgressTracking tracking = new ProgressTracking(database);
            org.kesudesk.model.ReportingRound first = tracking.openRound(city, "2026年上半年",
                    LocalDate.now().plusMonths(1), Optional.empty(), Optional.empty());
            PlanWorkspace workspace = new PlanWorkspace(database, new CurrentThreadTaskExecutor(), dialogs);
            workspace.show(city, new UnitRepository(database).all());
            ProgressViewModel viewModel = new ProgressViewModel(workspace);
            assertThat(viewModel.rounds()).extracting(org.kesudesk.model.ReportingRound::name)
                    .containsExactly("2026年上半年");

            tracking.openRound(city, "2026年第三季度", LocalDate.now().plusMonths(4), Optional.empty(),
                    Optional.empty());
            workspace.show(new org.kesudesk.store.PlanRepository(database).find(city.plan().id()).orElseThrow(),
                    new UnitRepository(database).all());

            assertThat(viewModel.rounds()).extracting(org.kesudesk.model.ReportingRound::name)
                    .containsExactly("2026年上半年", "2026年第三季度");
            assertThat(viewModel.roundProperty().get().id()).isEqualTo(first.id());
        }
    }

    @Test
    void aCountysTaskAskedFor_isChosenWhenItsRowsCome_andNotLaterOnAPlanWithoutRounds() {
        NoDialogs dialogs = new NoDialogs();
        try (Database database = Database.open(folder.resolve("kesudesk"))) {
            PlanDocument city = SamplePlan.store(database);
            ProgressTracking tracking = new ProgressTracking(database);
            tracking.openRound(city, "2026年上半年", LocalDate.now().plusMonths(1), Optional.empty(), Optional.empty());
            PlanDocument fuyu = CountyPlans.derived(database, city, "230227");
            PlanDocument longjiang = CountyPlans.derived(database, city, "230221");
            tracking.openRound(fuyu, "2026年上半年", LocalDate.now().plusMonths(1), Optional.empty(), Optional.empty());
            PlanWorkspace workspace = new PlanWorkspace(database, new CurrentThreadTaskExecutor(), dialogs);
            // the window shows the plan asked for as the navigator does; here, the test does
            workspace.otherPlanSubjectProperty().addListener((observable, old, planId) -> {
                if (planId != null) {
                    PlanDocument shown = new org.kesudesk.store.PlanRepository(database).find(planId).orElseThrow();
                    workspace.show(shown, UnitRepository.ofPlan(database, shown.plan()).all());
                }
            });
            workspace.show(city, new UnitRepository(database).all());
            ProgressViewModel viewModel = new ProgressViewModel(workspace);
            java.util.List<java.util.UUID> chosen = new java.util.ArrayList<>();
            viewModel.taskToShowProperty().addListener((observable, old, task) -> {
                if (task != null) {
                    chosen.add(task);
                }
            });
            viewModel.countyTaskProperty().set(city.items().get(0).children().get(1));
            assertThat(viewModel.countyStandings()).extracting(s -> s.county().code())
                    .containsExactly("230221", "230227");

            viewModel.openCountyTask(viewModel.countyStandings().get(1));
            assertThat(workspace.planProperty().get().plan().id()).isEqualTo(fuyu.plan().id());
            assertThat(chosen).containsExactly(fuyu.items().get(0).children().get(1).id());

            // back to the city; 龙江县 has no round: its plan shown, nothing to choose — nor after a round opens
            workspace.show(city, new UnitRepository(database).all());
            viewModel.countyTaskProperty().set(city.items().get(0).children().get(1));
            viewModel.openCountyTask(viewModel.countyStandings().get(0));
            assertThat(workspace.planProperty().get().plan().id()).isEqualTo(longjiang.plan().id());
            assertThat(viewModel.rows()).isEmpty();
            viewModel.openRound("2026年上半年", LocalDate.now().plusMonths(1));
            assertThat(viewModel.rows()).isNotEmpty();
            assertThat(chosen).hasSize(1);
        }
    }
}
