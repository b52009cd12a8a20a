package org.kesudesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.exchange.PlanData;
import org.kesudesk.logic.PlanImportService;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.store.Database;
import org.kesudesk.store.NodeRepository;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.UnitRepository;
import org.kesudesk.testsupport.CountyPlans;
import org.testfx.api.FxRobot;

/**
 * 数据交换 ▸ 为各县区生成或更新方案… in the real window, after the city's plan changed: the list of what each county's
 * plan will get, confirmed, and every county's plan made or brought up to date.
 */
class DeriveAllWindowTest {

    @TempDir
    Path folder;

    @RegisterExtension
    final AppWindow window = new AppWindow();
    private final FxRobot robot = window.robot();

    @Test
    void theListOfWhatEachCountyGets_confirmed_makesOrUpdatesEveryCountysPlan() throws Exception {
        Path db = folder.resolve("kesudesk");
        java.util.UUID fuyuTask = theCitysPlanChangedAfterFuyusWasDerived(db);
        MenuItem deriveAll = startAndFind(db, "deriveAllMenuItem");
        assertThat(deriveAll.getParentMenu()).extracting(Menu::getText).asString().startsWith("数据交换");
        robot.interact(deriveAll::fire);

        waitUntil(() -> shown("#confirmDialog"));
        DialogPane confirm = robot.lookup("#confirmDialog").queryAs(DialogPane.class);
        assertThat(confirm.getContentText()).contains("富裕县：按市级方案更新（条目：新增 0，修改 1，删除 0")
                .contains("龙沙区：生成方案").contains("拜泉县：生成方案");
        org.kesudesk.testsupport.Screenshots.save(robot, confirm.getScene().getRoot(), "derive-all.png");
        // a long list reads at a reading width (some 40 characters a line), not squeezed to the question's default
        assertThat(confirm.getScene().getWindow().getWidth()).isGreaterThan(600);
        // 16 counties' lines are read whole, not cut at the dialog's foot
        assertThat(confirm.getScene().getWindow().getHeight()).isGreaterThan(confirm.lookup(".content")
                .getBoundsInLocal().getHeight());
        robot.interact(() -> ((Button) confirm.lookupButton(confirm.getButtonTypes().get(0))).fire());
        // done; sending the files is offered next, and left for later here
        waitUntil(() -> robot.lookup("#confirmDialog").queryAllAs(DialogPane.class).stream()
                .anyMatch(pane -> pane.getContentText() != null
                        && pane.getContentText().contains("已生成或更新 16 个县区的方案")));
        DialogPane exportNow = robot.lookup("#confirmDialog").queryAllAs(DialogPane.class).stream()
                .filter(pane -> pane.getContentText().contains("现在就给各县区导出")).findFirst().orElseThrow();
        robot.interact(() -> ((Button) exportNow.lookupButton(exportNow.getButtonTypes().get(1))).fire());

        window.stop();
        try (Database database = Database.openExisting(db)) {
            assertThat(new PlanRepository(database).list()).as("the city and its 16 counties").hasSize(17);
            assertThat(new NodeRepository(database).load(fuyuTask).title()).isEqualTo("全县开展科学家精神进校园活动");
        }
    }

    @Test
    void oneCountysPlan_updatedFromTheCitys_throughTheQuestionTheNamesAndTheChanges() throws Exception {
        Path db = folder.resolve("kesudesk");
        java.util.UUID fuyuTask = theCitysPlanChangedAfterFuyusWasDerived(db);
        MenuItem derive = startAndFind(db, "deriveMenuItem");
        robot.interact(derive::fire);

        // which county: 富裕县, which has a plan
        waitUntil(() -> shown("#regionDialog"));
        DialogPane which = robot.lookup("#regionDialog").queryAs(DialogPane.class);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Object> counties = (javafx.scene.control.ComboBox<Object>) which
                .lookup(".combo-box");
        robot.interact(() -> counties.getSelectionModel().select(counties.getItems().stream()
                .filter(item -> item.toString().contains("富裕县")).findFirst().orElseThrow()));
        robot.interact(() -> ((Button) which.lookupButton(which.getButtonTypes().get(0))).fire());
        // it has a plan derived here: updated (offered first) or replaced
        waitUntil(() -> shown("#chooseOneDialog"));
        DialogPane question = robot.lookup("#chooseOneDialog").queryAs(DialogPane.class);
        assertThat(question.getHeaderText()).contains("富裕县已有方案").contains("按市级方案更新");
        org.kesudesk.testsupport.Screenshots.save(robot, question.getScene().getRoot(), "derive-update-question.png");
        robot.interact(() -> ((Button) question.lookupButton(question.getButtonTypes().get(0))).fire());
        // the units' names as the user named them last time
        waitUntil(() -> shown("#unitNamesDialog"));
        DialogPane names = robot.lookup("#unitNamesDialog").queryAs(DialogPane.class);
        robot.interact(() -> ((Button) names.lookupButton(names.getButtonTypes().get(0))).fire());
        // every change shown before anything is stored
        waitUntil(() -> shown("#exchangePreview"));
        DialogPane changes = robot.lookup("#exchangePreview").queryAs(DialogPane.class);
        assertThat(changes.getHeaderText()).contains("富裕县的方案");
        assertThat(robot.lookup("#exchangeChanges").queryAs(javafx.scene.control.TableView.class).getItems()
                .toString()).contains("全县开展科学家精神进校园活动");
        org.kesudesk.testsupport.Screenshots.save(robot, changes.getScene().getRoot(), "derive-update-changes.png");
        assertThat(robot.lookup("#exchangeImportButton").queryAs(Button.class).getText()).isEqualTo("更新");
        robot.interact(() -> robot.lookup("#exchangeImportButton").queryAs(Button.class).fire());
        // stored, said by a note in the window's corner
        waitUntil(() -> robot.lookup(".label").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(label -> label.getText() != null && label.getText().contains("已按市级方案更新")));

        window.stop();
        try (Database database = Database.openExisting(db)) {
            assertThat(new PlanRepository(database).list()).hasSize(2);
            assertThat(new NodeRepository(database).load(fuyuTask).title()).isEqualTo("全县开展科学家精神进校园活动");
        }
    }

    /**
     * The city's sample plan, 富裕县's derived from it, then the city's first task reworded.
     *
     * @return the id of 富裕县's first task
     */
    private static java.util.UUID theCitysPlanChangedAfterFuyusWasDerived(Path db) {
        try (Database database = Database.open(db)) {
            PlanRepository plans = new PlanRepository(database);
            PlanImportService imports = new PlanImportService(plans, new UnitRepository(database), PlanData::source);
            PlanDocument cityPlan = plans.find(imports.save(imports.readSample(), List.of()).id()).orElseThrow();
            java.util.UUID fuyuTask = CountyPlans.derived(database, cityPlan, "230227").items().get(0).children()
                    .get(0).id();
            PlanNode task = cityPlan.items().get(0).children().get(0);
            new NodeRepository(database).update(task.id(), task.rowVersion(), "全市开展科学家精神进校园活动",
                    task.text());
            return fuyuTask;
        }
    }

    /** Starts the window on the database and finds the menu item of that id. */
    private MenuItem startAndFind(Path db, String id) throws java.util.concurrent.TimeoutException {
        window.start(() -> new KesuDeskApp(db));
        waitUntil(() -> shown("#planTree"));
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream()).filter(item -> id.equals(item.getId()))
                .findFirst().orElseThrow();
    }

    private boolean shown(String query) {
        return robot.lookup(query).tryQuery().map(node -> node.getScene() != null && node.isVisible()).orElse(false);
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        VisibleNodes.waitUntil(condition);
    }
}
