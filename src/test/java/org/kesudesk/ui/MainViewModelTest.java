package org.kesudesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.testsupport.DatabaseHolder;
import org.kesudesk.testsupport.TestPlans;
import org.kesudesk.ui.MainViewModel.State;
import org.kesudesk.ui.task.CurrentThreadTaskExecutor;

class MainViewModelTest {

    @TempDir
    Path folder;

    @Test
    void aNewDatabase_isCreatedAndShownEmpty() {
        Path db = folder.resolve("data").resolve("kesudesk");
        MainViewModel viewModel = new MainViewModel(db, new CurrentThreadTaskExecutor());

        viewModel.start();

        assertThat(viewModel.stateProperty().get()).isEqualTo(State.EMPTY);
        assertThat(folder.resolve("data").resolve("kesudesk.mv.db")).exists();
        assertThat(viewModel.statusTextProperty().get()).contains("尚无方案");
        viewModel.close();
    }

    @Test
    void aDatabaseWithAPlan_showsTheCurrentPlan() {
        PlanDocument plan = TestPlans.countyPlan();
        Path db = folder.resolve("kesudesk");
        try (Database database = Database.open(db)) {
            new PlanRepository(database).add(plan);
        }
        MainViewModel viewModel = new MainViewModel(db, new CurrentThreadTaskExecutor());

        viewModel.start();

        assertThat(viewModel.stateProperty().get()).isEqualTo(State.READY);
        assertThat(viewModel.tree().planProperty().get()).isEqualTo(plan);
        assertThat(viewModel.statusTextProperty().get()).contains(plan.plan().docNumber());
        viewModel.close();
    }

    @Test
    void aDatabaseOpenElsewhere_failsWithTheReasonInChinese() throws IOException {
        Path db = folder.resolve("kesudesk");
        Database.open(db).close();
        MainViewModel viewModel = new MainViewModel(db, new CurrentThreadTaskExecutor());

        try (DatabaseHolder other = DatabaseHolder.hold(db)) {
            viewModel.start();
        }

        assertThat(viewModel.stateProperty().get()).isEqualTo(State.FAILED);
        assertThat(viewModel.failureTitleProperty().get()).isEqualTo("数据库已在使用中");
        assertThat(viewModel.failureMessageProperty().get()).contains(db.toString());
    }
}
