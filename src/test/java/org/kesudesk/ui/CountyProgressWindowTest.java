package org.kesudesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.logic.progress.CountyTasks;
import org.kesudesk.logic.progress.ProgressTracking;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.ProgressStatus;
import org.kesudesk.model.StatusLight;
import org.kesudesk.model.Unit;
import org.kesudesk.store.Database;
import org.kesudesk.testsupport.CountyPlans;
import org.kesudesk.testsupport.SamplePlan;
import org.testfx.api.FxRobot;

/**
 * The city's 进展 tab with a county's plan and progress beside it: a task chosen in the rows shows, under the
 * counties' figures, how the county carries it — its light, who reported what, who did not.
 */
class CountyProgressWindowTest {

    @TempDir
    Path folder;

    @RegisterExtension
    final AppWindow window = new AppWindow();
    private final FxRobot robot = window.robot();
    private PlanNode countyTask;
    private PlanNode countySecondTask;

    @BeforeEach
    void startOnTheSampleWithACountysProgress() throws TimeoutException {
        Path db = folder.resolve("kesudesk");
        try (Database database = Database.open(db)) {
            PlanDocument city = SamplePlan.store(database);
            ProgressTracking tracking = new ProgressTracking(database);
            tracking.openRound(city, "2026年上半年", LocalDate.now().plusMonths(1), Optional.empty(), Optional.empty());
            PlanDocument county = CountyPlans.derived(database, city, "230227");
            var round = tracking.openRound(county, "2026年上半年", LocalDate.now().plusMonths(1), Optional.empty(),
                    Optional.empty());
            countyTask = county.items().get(0).children().get(0);
            countySecondTask = county.items().get(0).children().get(1);
            Unit first = countyTask.carriedOutBy().get(0);
            Unit second = countyTask.carriedOutBy().get(1);
            tracking.report(county, round, countyTask, first, new ProgressTracking.Entry(ProgressStatus.DONE,
                    OptionalInt.empty(), "全县中小学已开齐科学课。", "", ""), "县纲要办");
            tracking.report(county, round, countyTask, second, new ProgressTracking.Entry(ProgressStatus.LAGGING,
                    OptionalInt.empty(), "", "", ""), "县纲要办");
        }
        window.start(() -> new KesuDeskApp(db));
        VisibleNodes.waitUntil(() -> VisibleNodes.shown(robot, "#planTree"));
    }

    @Test
    void aTaskChosen_showsHowTheCountyCarriesIt() throws Exception {
        robot.clickOn("进展");
        TableView<ProgressTracking.Row> table = robot.lookup("#progressTable").queryTableView();
        VisibleNodes.waitUntil(() -> !table.getItems().isEmpty());
        robot.clickOn("各县（市）区");
        TableView<CountyTasks.Standing> standings = robot.lookup("#progressCountyTasks").queryTableView();
        Label heading = robot.lookup("#progressCountyTaskHeading").queryAs(Label.class);
        assertThat(heading.getText()).contains("选中一项任务");
        assertThat(standings.getItems()).isEmpty();

        // the first row, chosen as a user does: its task in the county
        robot.clickOn(robot.from(table).lookup(".table-cell").match(node -> node instanceof Labeled labeled
                && "二、（一）1.".equals(labeled.getText())).<javafx.scene.Node>query());
        VisibleNodes.waitUntil(() -> standings.getItems().size() == 1);
        assertThat(heading.getText()).startsWith("二、（一）1. " + table.getItems().get(0).task().title())
                .doesNotContain("正在读取");
        CountyTasks.Standing fuyu = standings.getItems().get(0);
        assertThat(fuyu.county().name()).isEqualTo("富裕县");
        assertThat(fuyu.light()).isEqualTo(StatusLight.YELLOW);
        String line = "已报 2/" + countyTask.carriedOutBy().size() + "：已完成、滞后；未报：";
        VisibleNodes.waitUntil(() -> robot.from(standings).lookup(".table-cell").match(node ->
                node instanceof Labeled labeled && labeled.getText() != null
                        && labeled.getText().startsWith(line)).tryQuery().isPresent());
        assertThat(robot.from(standings).lookup(".table-cell").match(node -> node instanceof Labeled labeled
                && "● 黄".equals(labeled.getText()) && node.getStyleClass().contains("light-yellow")).tryQuery())
                .isPresent();

        // another task: the county's standing on that one (nobody reported)
        String secondPlace = "二、（一）2.";
        robot.clickOn(robot.from(table).lookup(".table-cell").match(node -> node instanceof Labeled labeled
                && secondPlace.equals(labeled.getText())).<javafx.scene.Node>query());
        VisibleNodes.waitUntil(() -> heading.getText().startsWith(secondPlace)
                && standings.getItems().size() == 1 && standings.getItems().get(0).reported() == 0);
        assertThat(standings.getItems().get(0).rows()).extracting(row -> row.task().id())
                .containsOnly(countySecondTask.id());
        assertThat(standings.getItems().get(0).light()).isEqualTo(StatusLight.GREY);
        org.kesudesk.testsupport.Screenshots.save(robot,
                org.testfx.api.FxToolkit.toolkitContext().getRegisteredStage().getScene().getRoot(),
                "progress-county-task.png");

        // the county double-clicked: its plan shown, its task's first row chosen there
        robot.doubleClickOn(robot.from(standings).lookup(".table-cell").match(node -> node instanceof Labeled labeled
                && "富裕县".equals(labeled.getText())).<javafx.scene.Node>query());
        VisibleNodes.waitUntil(() -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().task().id().equals(countySecondTask.id()));
        assertThat(table.getSelectionModel().getSelectedItem().unit().name()).startsWith("县");
        assertThat(robot.lookup("#progressTable").query().isFocused()).isTrue();
    }

    @Test
    void aCountyOfTheFigures_chosen_showsItsPlan() throws Exception {
        robot.clickOn("进展");
        TableView<ProgressTracking.Row> table = robot.lookup("#progressTable").queryTableView();
        VisibleNodes.waitUntil(() -> !table.getItems().isEmpty());
        String cityUnit = table.getItems().get(0).unit().name();
        assertThat(cityUnit).startsWith("市");
        robot.clickOn("各县（市）区");
        TableView<ProgressTracking.CountySummary> counties = robot.lookup("#progressCounties").queryTableView();
        VisibleNodes.waitUntil(() -> counties.getItems().size() == 1);
        // beside the city's plan with a county's plan here, the letters may go to the counties' offices
        javafx.scene.control.MenuItem toCounties = robot.lookup("#progressSupervise")
                .<javafx.scene.control.MenuButton>query().getItems().stream()
                .filter(item -> "progressSuperviseCounties".equals(item.getId())).findFirst().orElseThrow();
        assertThat(toCounties.isVisible()).isTrue();
        // chosen from the keyboard, Enter opens it
        robot.interact(() -> {
            counties.requestFocus();
            counties.getSelectionModel().select(0);
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        // the county's rows: its units, its round's report counted
        VisibleNodes.waitUntil(() -> !table.getItems().isEmpty() && table.getItems().get(0).unit().name()
                .startsWith("县"));
        assertThat(table.getItems()).filteredOn(row -> row.report().isPresent()).hasSize(2);
        // beside the county's own plan there are no counties to write to
        VisibleNodes.waitUntil(() -> !toCounties.isVisible());
    }

    /** The city notes that it phoned a county's office: the county's 催办 count, and 撤销 takes it back. */
    @Test
    void aCountysOffice_chased_isCountedBesideIt_andUndone() throws Exception {
        robot.clickOn("进展");
        TableView<ProgressTracking.Row> table = robot.lookup("#progressTable").queryTableView();
        VisibleNodes.waitUntil(() -> !table.getItems().isEmpty());
        robot.clickOn("各县（市）区");
        TableView<ProgressTracking.CountySummary> counties = robot.lookup("#progressCounties").queryTableView();
        VisibleNodes.waitUntil(() -> counties.getItems().size() == 1);
        javafx.scene.control.Button chase = robot.lookup("#progressCountyChaseButton").queryButton();
        assertThat(chase.isDisabled()).as("no county chosen").isTrue();
        robot.clickOn(robot.from(counties).lookup(".table-cell").match(node -> node instanceof Labeled labeled
                && "富裕县".equals(labeled.getText())).<javafx.scene.Node>query());
        VisibleNodes.waitUntil(() -> !chase.isDisabled());
        robot.clickOn(chase);

        VisibleNodes.waitUntil(() -> VisibleNodes.shown(robot, "#chaseAnswer"));
        assertThat(robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getScene().getWindow())
                .isInstanceOf(javafx.stage.Stage.class)
                .satisfies(window -> assertThat(((javafx.stage.Stage) window).getTitle()).contains("富裕县纲要办"));
        assertThat(robot.lookup("#chasePerson").queryAs(javafx.scene.control.TextField.class).getText()).isEmpty();
        robot.clickOn("#chasePerson").write("王五");
        robot.clickOn("#chaseAnswer").write("本周五前发来交换文件");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(node -> node instanceof Labeled labeled
                && "记录".equals(labeled.getText())).<javafx.scene.Node>query());

        java.util.function.Supplier<Boolean> countedOnce = () -> robot.from(counties).lookup(".table-cell")
                .match(node -> node instanceof Labeled labeled && "1".equals(labeled.getText())
                        && labeled instanceof javafx.scene.control.TableCell<?, ?> cell
                        && "催办".equals(cell.getTableColumn().getText())).tryQuery().isPresent();
        VisibleNodes.waitUntil(countedOnce::get);
        // the row says the last chase in full
        VisibleNodes.waitUntil(() -> robot.from(counties).lookup(".table-row-cell").match(node ->
                node instanceof javafx.scene.control.TableRow<?> row && row.getTooltip() != null
                        && row.getTooltip().getText().startsWith("已催办1次，最近一次：")
                        && row.getTooltip().getText().contains("（王五）：本周五前发来交换文件")).tryQuery().isPresent());
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.CONTROL);
        VisibleNodes.waitUntil(() -> !countedOnce.get());
    }
}
