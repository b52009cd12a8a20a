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

    @Test
    void twoQuickEdits_bothShow_evenIfTheUiHadNotCaughtUpWithTheFirst() {
        try (Database database = Database.open(folder.resolve("kesudesk"))) {
            PlanDocument plan = new PlanRepository(database).add(TestPlans.countyPlan());
            DeferredTaskExecutor executor = new DeferredTaskExecutor();
            PlanWorkspace workspace = new PlanWorkspace(database, executor, new NoDialogs());
            workspace.show(plan, new UnitRepository(database).all());
            Unit science = workspace.catalogue().stream().filter(u -> u.name().equals("县科协")).findFirst()
                    .orElseThrow();
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
            assertThat(shown).isEqualTo(new PlanRepository(database).current().orElseThrow());
        }
    }
}
