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
    void byUnit_andByText() {
        viewModel.unitFilterProperty().set(fixture.unit("县融媒体中心"));
        assertThat(viewModel.entries()).extracting(AuditEntry::action).containsExactly("assignment.remove");

        viewModel.unitFilterProperty().set(null);
        viewModel.textFilterProperty().set("推进校内");
        assertThat(viewModel.entries()).extracting(AuditEntry::action).containsExactly("assignment.add");
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
