package org.kesudesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.controlsfx.control.CheckListView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.logic.PlanReferences;
import org.kesudesk.logic.progress.ProgressTracking;
import org.kesudesk.model.Deadline;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.testsupport.SamplePlan;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** 文件 ▸ 生成年度工作要点…: the tasks still to do that year ticked, a year chosen, the work plan made and shown. */
class WorkPlanWindowTest {

    @TempDir
    Path folder;

    @RegisterExtension
    final AppWindow window = new AppWindow();
    private final FxRobot robot = window.robot();
    private Path db;
    private PlanDocument plan;

    @BeforeEach
    void startOnTheSample_aTaskDueIn2022() throws TimeoutException {
        db = folder.resolve("kesudesk");
        try (Database database = Database.open(db)) {
            plan = SamplePlan.store(database);
            new ProgressTracking(database).setDeadline(plan, PlanReferences.resolve(plan, "action.1.1"),
                    Optional.of(new Deadline.OnDate(LocalDate.of(2022, 12, 31))));
        }
        window.start(() -> new KesuDeskApp(db));
        VisibleNodes.waitUntil(() -> VisibleNodes.shown(robot, "#planTree"));
    }


    @Test
    void theTasksStillToDo_areTicked_andTheWorkPlanMade_isShown() throws Exception {
        javafx.scene.control.MenuItem menu = VisibleNodes.menuItem("workPlanMenuItem");
        assertThat(menu.getText()).isEqualTo("生成年度工作要点(_W)…");
        robot.interact(menu::fire);
        VisibleNodes.waitUntil(() -> VisibleNodes.shown(robot, "#workPlanTasks"));
        CheckListView<?> tasks = robot.lookup("#workPlanTasks").queryAs(CheckListView.class);
        int all = tasks.getItems().size();
        // each task named with its part's number too: an action's and a project's are both （一）1.
        assertThat(tasks.getItems().get(0).toString())
                .isEqualTo("二、（一）1." + PlanReferences.resolve(plan, "action.1.1").title());
        assertThat(tasks.getItems()).extracting(Object::toString)
                .contains("三、（一）1." + PlanReferences.resolve(plan, "project.1.1").title());
        assertThat(robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getWidth())
                .isLessThan(800);
        robot.interact(() -> robot.lookup("#workPlanYear").queryComboBox().getSelectionModel().select(Integer.valueOf(2024)));
        // action.1.1 was due in 2022: not ticked for 2024, every other task is
        assertThat(tasks.getCheckModel().getCheckedItems()).hasSize(all - 1);
        assertThat(tasks.getCheckModel().getCheckedItems()).noneMatch(item -> item.toString()
                .endsWith(PlanReferences.resolve(plan, "action.1.1").title()));
        robot.interact(() -> robot.lookup("#workPlanYear").queryComboBox().getSelectionModel().select(Integer.valueOf(2022)));
        assertThat(tasks.getCheckModel().getCheckedItems()).hasSize(all);
        assertThat(robot.lookup("#workPlanCount").queryAs(Label.class).getText()).contains("已选 " + all + " 项");
        robot.interact(() -> robot.lookup("#workPlanYear").queryComboBox().getSelectionModel().select(Integer.valueOf(2024)));
        // one more left out by hand
        robot.interact(() -> tasks.getCheckModel().clearCheck(1));
        assertThat(tasks.getCheckModel().getCheckedItems()).hasSize(all - 2);

        assertThat(robot.lookup("#workPlanMake").queryButton().getText()).isEqualTo("生成");
        robot.clickOn("#workPlanMake");

        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        VisibleNodes.waitUntil(() -> stage.getTitle().contains("2024年全民科学素质行动工作要点"));
        window.stop();
        try (Database database = Database.open(db)) {
            PlanRepository plans = new PlanRepository(database);
            java.util.UUID made = plans.workPlansOf(plan.plan().id()).get(2024);
            int[] count = {0};
            plans.find(made).orElseThrow().forEachNode(node -> {
                if (node.kind().isTask()) {
                    count[0]++;
                }
            });
            assertThat(count[0]).isEqualTo(all - 2);
        }
    }
}
