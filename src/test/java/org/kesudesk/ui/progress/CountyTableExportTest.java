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
 * 各县（市）区 ▸ 导出县区落实情况表（Excel）… through the view model: written where the user chose, said so; beside a
 * plan without counties' plans, refused in Chinese and nothing written.
 */
class CountyTableExportTest {

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
}
