package org.kesudesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.logic.progress.ProgressTracking;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.ProgressStatus;
import org.kesudesk.model.Unit;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.RegionRepository;
import org.kesudesk.store.UnitRepository;
import org.kesudesk.testsupport.CountyPlans;
import org.testfx.api.FxRobot;

/**
 * The city's 进展 tab on a plan that gives a task to its counties (戊市's, 各县区人民政府): that row says what the
 * counties reported in their plan, and the collective is not among the units of the side list.
 */
class CountiesRowWindowTest {

    @TempDir
    Path folder;

    @RegisterExtension
    final AppWindow window = new AppWindow();
    private final FxRobot robot = window.robot();

    @BeforeEach
    void startWithACountyThatReported() throws TimeoutException {
        Path db = folder.resolve("kesudesk");
        try (Database database = Database.open(db)) {
            PlanRepository plans = new PlanRepository(database);
            org.kesudesk.logic.PlanImportService imports = new org.kesudesk.logic.PlanImportService(plans,
                    new UnitRepository(database));
            PlanDocument city = plans.find(imports.save(imports.read(Path.of("src", "test", "resources", "plans",
                    "unseen", "wushi-city.txt"), Optional.empty()), List.of(),
                    Optional.of(new RegionRepository(database).own().orElseThrow().id())).id()).orElseThrow();
            ProgressTracking tracking = new ProgressTracking(database);
            tracking.openRound(city, "2026年上半年", LocalDate.now().plusMonths(1), Optional.empty(), Optional.empty());
            PlanDocument county = CountyPlans.derived(database, city, "230227");
            var round = tracking.openRound(county, "2026年上半年", LocalDate.now().plusMonths(1), Optional.empty(),
                    Optional.empty());
            List<PlanNode> cityTasks = new java.util.ArrayList<>();
            city.forEachNode(node -> {
                if (node.kind().isTask()) {
                    cityTasks.add(node);
                }
            });
            List<PlanNode> countyTasks = new java.util.ArrayList<>();
            county.forEachNode(node -> {
                if (node.kind().isTask()) {
                    countyTasks.add(node);
                }
            });
            int index = cityTasks.indexOf(cityTasks.stream().filter(node -> node.carriedOutBy().stream()
                    .anyMatch(Unit::isCounties)).findFirst().orElseThrow());
            PlanNode countyTask = countyTasks.get(index);
            for (Unit unit : countyTask.carriedOutBy()) {
                tracking.report(county, round, countyTask, unit, new ProgressTracking.Entry(ProgressStatus.DONE,
                        OptionalInt.empty(), "已开展培训。", "", ""), "县纲要办");
            }
        }
        window.start(() -> new KesuDeskApp(db));
        VisibleNodes.waitUntil(() -> VisibleNodes.shown(robot, "#planTree"));
    }

    @Test
    void theCountiesRow_saysWhatTheCountiesReported() throws Exception {
        robot.clickOn("进展");
        TableView<ProgressTracking.Row> table = robot.lookup("#progressTable").queryTableView();
        VisibleNodes.waitUntil(() -> !table.getItems().isEmpty());
        int index = 0;
        while (!table.getItems().get(index).unit().isCounties()) {
            index++;
        }
        int row = index;
        robot.interact(() -> table.scrollTo(row));
        // its status and progress cells: the counties', and the row green as the one county with the task is
        VisibleNodes.waitUntil(() -> robot.from(table).lookup(".table-cell").match(node ->
                node instanceof Labeled labeled && "县区已报 1/1".equals(labeled.getText())).tryQuery().isPresent());
        assertThat(robot.from(table).lookup(".table-cell").match(node -> node instanceof Labeled labeled
                && labeled.getText() != null && labeled.getText().startsWith("富裕县已完成（已报")).tryQuery())
                .isPresent();
        assertThat(table.getItems().get(row).light()).isEqualTo(org.kesudesk.model.StatusLight.GREEN);

        TableView<ProgressTracking.UnitSummary> units = robot.lookup("#progressUnits").queryTableView();
        VisibleNodes.waitUntil(() -> !units.getItems().isEmpty());
        assertThat(units.getItems()).extracting(summary -> summary.unit().name()).contains("市科协")
                .noneMatch(Unit::isCollectiveName);
    }
}
