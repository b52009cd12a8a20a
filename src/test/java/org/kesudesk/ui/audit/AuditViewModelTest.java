package org.kesudesk.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.AuditEntry;
import org.kesudesk.model.PlanNode;
import org.kesudesk.testsupport.TestPlans;
import org.kesudesk.ui.WorkspaceFixture;

class AuditViewModelTest {

    @TempDir
    Path folder;
    private WorkspaceFixture fixture;
    private AuditViewModel viewModel;

    @BeforeEach
    void editTwoTasks() {
        fixture = new WorkspaceFixture(folder, TestPlans.countyPlan());
        viewModel = new AuditViewModel(fixture.workspace);
        PlanNode first = fixture.plan().items().get(0).children().get(0);
        fixture.workspace.apply(fixture.workspace.editor().addUnit(first, fixture.unit("县科协"), 0));
        PlanNode second = fixture.plan().items().get(0).children().get(1);
        fixture.workspace.apply(fixture.workspace.editor().removeUnit(second, fixture.unit("县融媒体中心")));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theEntriesShown_areExportedToExcel_asText() throws Exception {
        viewModel.textFilterProperty().set("推进校内科学教育");
        Path file = folder.resolve("操作记录.xlsx");
        fixture.dialogs.saveTo = java.util.Optional.of(file);

        viewModel.exportToExcel();

        assertThat(fixture.errors).isEmpty();
        assertThat(fixture.dialogs.saved).containsExactly(file);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(file.toFile())) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("事项");
            assertThat(sheet.getLastRowNum()).isEqualTo(viewModel.entries().size()).isPositive();
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("添加单位");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).contains("推进校内科学教育");
            assertThat(sheet.getRow(1).getCell(3).getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void everythingNewestFirst() {
        assertThat(viewModel.entries()).extracting(AuditEntry::action)
                .containsExactly("assignment.remove", "assignment.add", "plan.add");
    }

    @Test
    void onlyTheEntriesOfOneTask_whenItsHistoryIsAskedFor() {
        PlanNode first = fixture.plan().items().get(0).children().get(0);

        fixture.workspace.showAuditOf(first);

        assertThat(viewModel.nodeFilterProperty().get().id()).isEqualTo(first.id());
        assertThat(viewModel.entries()).singleElement()
                .satisfies(entry -> assertThat(entry.summary()).contains("1.推进校内科学教育"));
    }

    @Test
    void anEntryAboutATask_opensItInThePlan_aPlanWideOneOrADeletedTasksDoesNot() {
        java.util.List<java.util.UUID> asked = new java.util.ArrayList<>();
        fixture.workspace.planSubjectProperty().addListener((observable, old, id) -> {
            if (id != null) {
                asked.add(id);
            }
        });
        PlanNode second = fixture.plan().items().get(0).children().get(1);
        AuditEntry removal = viewModel.entries().get(0);
        AuditEntry planAdded = viewModel.entries().get(2);

        assertThat(viewModel.open(removal)).isTrue();
        assertThat(viewModel.open(planAdded)).isFalse();
        assertThat(asked).containsExactly(second.id());

        fixture.workspace.apply(fixture.workspace.editor().deleteTask(second, fixture.plan().items().get(0).id()));
        assertThat(viewModel.open(removal)).isFalse();
        assertThat(asked).containsExactly(second.id());
    }

    @Test
    void byUnit_andByText() {
        viewModel.unitFilterProperty().set(fixture.unit("县融媒体中心"));
        assertThat(viewModel.entries()).extracting(AuditEntry::action).containsExactly("assignment.remove");

        viewModel.unitFilterProperty().set(null);
        viewModel.textFilterProperty().set("推进校内");
        assertThat(viewModel.entries()).extracting(AuditEntry::action).containsExactly("assignment.add");
    }

    /**
     * What is logged without an edit of the plan's tree — a round opened, a report entered — is in the log when it
     * is looked at, and while it is in view.
     */
    @Test
    void aRoundOpenedAndAReportEntered_areInTheLog_whetherItIsInViewOrNot() {
        org.kesudesk.ui.progress.ProgressViewModel progress =
                new org.kesudesk.ui.progress.ProgressViewModel(fixture.workspace);
        viewModel.activeProperty().set(false);
        progress.openRound("2026年上半年", java.time.LocalDate.now().plusDays(30));

        viewModel.activeProperty().set(true);
        assertThat(viewModel.entries()).extracting(AuditEntry::action).first().isEqualTo("round.open");

        // in view: the report's entry comes as it is stored
        progress.report(progress.rows().get(0), new org.kesudesk.logic.progress.ProgressTracking.Entry(
                org.kesudesk.model.ProgressStatus.DONE, java.util.OptionalInt.empty(), "已完成", "", ""));
        assertThat(fixture.errors).isEmpty();
        assertThat(viewModel.entries()).extracting(AuditEntry::action).first().asString().startsWith("progress.");
        assertThat(viewModel.entries()).hasSize(5);
    }

    @Test
    void aHiddenLogIsReadAgainWhenShown() {
        viewModel.activeProperty().set(false);
        PlanNode first = fixture.plan().items().get(0).children().get(0);
        fixture.workspace.apply(fixture.workspace.editor().removeUnit(first, fixture.unit("团县委")));
        assertThat(viewModel.entries()).hasSize(3);

        viewModel.activeProperty().set(true);

        assertThat(viewModel.entries()).hasSize(4);
    }
}
