package org.kesudesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Unit;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.UnitRepository;
import org.kesudesk.testsupport.TestPlans;
import org.kesudesk.ui.task.DeferredTaskExecutor;

class PlanWorkspaceTest {

    @TempDir
    Path folder;
    /** Does the worker's part at once and hands results to the "UI" only when told: a UI lagging behind. */
    private final DeferredTaskExecutor executor = new DeferredTaskExecutor();

    private PlanWorkspace showing(Database database, PlanDocument plan) {
        PlanWorkspace workspace = new PlanWorkspace(database, executor, new NoDialogs());
        workspace.show(plan, new UnitRepository(database).all());
        return workspace;
    }

    private static Unit unit(PlanWorkspace workspace, String name) {
        return workspace.catalogue().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void twoQuickEdits_bothShow_evenIfTheUiHadNotCaughtUpWithTheFirst() {
        try (Database database = Database.open(folder.resolve("kesudesk"))) {
            PlanDocument plan = new PlanRepository(database).add(TestPlans.countyPlan());
            PlanWorkspace workspace = showing(database, plan);
            Unit science = unit(workspace, "县科协");
            PlanNode first = plan.items().get(0).children().get(0);
            PlanNode second = plan.items().get(0).children().get(1);

            workspace.apply(workspace.editor().addUnit(first, science, 0));
            workspace.apply(workspace.editor().removeUnit(second, science));
            executor.deliver();

            PlanDocument shown = workspace.planProperty().get();
            assertThat(shown.items().get(0).children().get(0).responsibleUnits()).extracting(Unit::name)
                    .containsExactly("县科协", "县教育局", "团县委");
            assertThat(shown.items().get(0).children().get(1).responsibleUnits()).extracting(Unit::name)
                    .containsExactly("县教育局", "县融媒体中心");
            assertThat(shown).isEqualTo(new PlanRepository(database).ownPlan().orElseThrow());
        }
    }

    @Test
    void theUndoTextChangesWhenTheUiGetsTheResult_notOnTheWorkerThread() {
        try (Database database = Database.open(folder.resolve("kesudesk"))) {
            PlanDocument plan = new PlanRepository(database).add(TestPlans.countyPlan());
            PlanWorkspace workspace = showing(database, plan);
            Unit science = unit(workspace, "县科协");
            PlanNode task = plan.items().get(0).children().get(0);

            // the edit is stored (the worker's part) but its result not yet delivered to the UI: the menu items,
            // which are bound to this text, must not change from the worker thread
            workspace.apply(workspace.editor().addUnit(task, science, 0));
            assertThat(workspace.undoTextProperty().get()).isEmpty();

            executor.deliver();
            assertThat(workspace.undoTextProperty().get()).contains("县科协");
            workspace.undo();
            assertThat(workspace.redoTextProperty().get()).isEmpty();
            executor.deliver();
            assertThat(workspace.undoTextProperty().get()).isEmpty();
            assertThat(workspace.redoTextProperty().get()).contains("县科协");
        }
    }
}
