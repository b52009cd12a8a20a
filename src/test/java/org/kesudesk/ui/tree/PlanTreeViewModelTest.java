package org.kesudesk.ui.tree;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Unit;
import org.kesudesk.testsupport.TestPlans;

class PlanTreeViewModelTest {

    private final PlanDocument plan = TestPlans.countyPlan();
    private final PlanTreeViewModel viewModel = new PlanTreeViewModel();

    @Test
    void selectingAnItem_showsItsLeadUnitsInStoredOrder() {
        viewModel.planProperty().set(plan);
        PlanNode item = plan.items().get(2);

        viewModel.selectedNodeProperty().set(item);

        assertThat(viewModel.kindNameProperty().get()).isEqualTo("重点工程");
        assertThat(viewModel.headingProperty().get()).isEqualTo("（一）" + item.title());
        assertThat(viewModel.textProperty().get()).isEqualTo(item.text());
        assertThat(viewModel.unitsHeadingProperty().get()).isEqualTo("牵头单位");
        assertThat(viewModel.units()).containsExactlyElementsOf(item.leadUnits().stream().map(Unit::name).toList());
    }

    @Test
    void selectingATask_showsItsResponsibleUnitsAndIndicators() {
        viewModel.planProperty().set(plan);
        PlanNode task = plan.items().get(0).children().get(1);

        viewModel.selectedNodeProperty().set(task);

        assertThat(viewModel.kindNameProperty().get()).isEqualTo("任务");
        assertThat(viewModel.headingProperty().get()).isEqualTo("2." + task.title());
        assertThat(viewModel.unitsHeadingProperty().get()).isEqualTo("责任单位");
        assertThat(viewModel.units())
                .containsExactlyElementsOf(task.responsibleUnits().stream().map(Unit::name).toList());
        assertThat(viewModel.indicators()).containsExactly(task.indicators().get(0).wording());
    }

    @Test
    void selectingASection_showsNoUnits_andClearingTheSelectionClearsTheDetails() {
        viewModel.planProperty().set(plan);
        viewModel.selectedNodeProperty().set(plan.items().get(0).children().get(0));

        viewModel.selectedNodeProperty().set(plan.sections().get(0));
        assertThat(viewModel.headingProperty().get()).isEqualTo("二、" + plan.sections().get(0).title());
        assertThat(viewModel.unitsHeadingProperty().get()).isEmpty();
        assertThat(viewModel.units()).isEmpty();

        viewModel.selectedNodeProperty().set(null);
        assertThat(viewModel.headingProperty().get()).isEmpty();
        assertThat(viewModel.textProperty().get()).isEmpty();
    }

    @Test
    void loadingAnotherPlan_clearsTheSelection() {
        viewModel.planProperty().set(plan);
        viewModel.selectedNodeProperty().set(plan.items().get(0));

        viewModel.planProperty().set(TestPlans.countyPlan());

        assertThat(viewModel.selectedNodeProperty().get()).isNull();
        assertThat(viewModel.units()).isEmpty();
    }
}
