package org.kesudesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.exchange.PlanData;
import org.kesudesk.exchange.PlanDerivation;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Region;
import org.kesudesk.model.Unit;
import org.kesudesk.store.Database;
import org.kesudesk.store.ExchangeRepository;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.RegionRepository;
import org.kesudesk.store.UnitRepository;
import org.kesudesk.testsupport.SamplePlan;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The plan navigator in the real window: the city's office sees its own plan and each county's, switches between
 * them with an edit in each, and every plan keeps its own undo history and its own region's units.
 */
class PlanNavigatorWindowTest {

    private static final String TASK = "3.实施科技创新后备人才培养计划";

    @TempDir
    Path folder;
    @RegisterExtension
    final AppWindow window = new AppWindow();
    private final FxRobot robot = window.robot();
    private Path db;
    private PlanDocument cityPlan;
    private PlanDocument fuyuPlan;

    /** The city's sample plan, 富裕县's derived from it and sent; no other county has a plan. */
    @BeforeEach
    void aCityWithOneCountysPlan() throws Exception {
        db = folder.resolve("kesudesk");
        try (Database database = Database.open(db)) {
            cityPlan = SamplePlan.store(database);
            // renamed in the city: the old name stays the city's alias, 富裕县's 县林草局 is another unit
            UnitRepository cityUnits = new UnitRepository(database);
            cityUnits.rename(cityUnits.findByName("市林草局").orElseThrow().id(), "市林业和草原局");
            RegionRepository regions = new RegionRepository(database);
            Region city = regions.byCode("230200").orElseThrow();
            Region fuyu = regions.byCode("230227").orElseThrow();
            Map<String, String> names = PlanDerivation.suggestedUnitNames(cityPlan, city, fuyu);
            fuyuPlan = new PlanRepository(database).add(PlanDerivation.derive(cityPlan, city, fuyu, names));
            byte[] sent = PlanData.write(fuyuPlan, fuyu.code(), java.util.Optional.empty());
            new ExchangeRepository(database).exported(fuyuPlan.plan().id(), sent, sha256(sent), "导出给富裕县");
        }
        start();
    }

    @Test
    void switchingCityCountyCity_withAnEditInEach_keepsEachPlansUndoAndUnits() throws Exception {
        assertThat(title()).startsWith("齐齐哈尔市 · 齐齐哈尔市全民科学素质行动规划纲要实施方案");
        assertThat(robot.lookup("#statusText").queryAs(Label.class).getText()).contains("齐齐哈尔市")
                .contains("齐政办发〔2022〕16号");
        List<String> rows = navigatorRows();
        assertThat(rows).hasSize(17);
        assertThat(rows.get(0)).isEqualTo("齐齐哈尔市（本单位）");
        String today = LocalDate.now().format(DateTimeFormatter.ofPattern("MM-dd"));
        assertThat(rows).contains("富裕县　已发送 " + today, "龙江县　无方案", "龙沙区　无方案");
        // a row the pane may cut short is whole in its tooltip, with its plan's name
        javafx.scene.control.TreeCell<?> fuyuRow = robot.lookup("#planNavigator .tree-cell")
                .match(node -> node instanceof javafx.scene.control.TreeCell<?> cell
                        && ("富裕县　已发送 " + today).equals(cell.getText())).query();
        assertThat(fuyuRow.getTooltip().getText()).isEqualTo("富裕县　已发送 " + today + "\n" + fuyuPlan.plan().name());

        // an edit in the city's plan
        openTask();
        assertThat(unitsShown()).containsExactly("市教育局", "团市委", "市科协");
        // found by its old name, now an alias
        robot.clickOn("#unitPicker").write("林草").type(KeyCode.ENTER);
        waitUntil(() -> unitsShown().size() == 4);
        assertThat(unitsShown()).last().isEqualTo("市林业和草原局");
        assertThat(menuText("#undoMenuItem")).contains("市林业和草原局");

        // the county's plan, with the county's units
        VisibleNodes.clickCell(robot, "富裕县　已发送 " + today);
        waitUntil(() -> title().startsWith("富裕县 · "));
        assertThat(menuText("#undoMenuItem")).isEqualTo("撤销");
        openTask();
        assertThat(unitsShown()).containsExactly("县教育局", "团县委", "县科协");
        robot.clickOn("#unitPicker").write("林草").type(KeyCode.ENTER);
        waitUntil(() -> unitsShown().size() == 4);
        assertThat(unitsShown()).last().isEqualTo("县林草局");
        assertThat(menuText("#undoMenuItem")).contains("县林草局");

        // back to the city: its own edit is what 撤销 undoes
        VisibleNodes.clickCell(robot, "齐齐哈尔市（本单位）");
        waitUntil(() -> title().startsWith("齐齐哈尔市 · "));
        assertThat(menuText("#undoMenuItem")).contains("市林业和草原局");
        openTask();
        assertThat(unitsShown()).containsExactly("市教育局", "团市委", "市科协", "市林业和草原局");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> unitsShown().size() == 3);

        // and the county's edit is still there, still undoable
        VisibleNodes.clickCell(robot, "富裕县　已发送 " + today);
        waitUntil(() -> title().startsWith("富裕县 · "));
        assertThat(menuText("#undoMenuItem")).contains("县林草局");
        saveScreenshot("plan-navigator.png");

        stop();
        try (Database database = Database.openExisting(db)) {
            PlanRepository plans = new PlanRepository(database);
            assertThat(task(plans.find(cityPlan.plan().id()).orElseThrow()).responsibleUnits())
                    .extracting(Unit::name).containsExactly("市教育局", "团市委", "市科协");
            assertThat(task(plans.find(fuyuPlan.plan().id()).orElseThrow()).responsibleUnits())
                    .extracting(Unit::name).containsExactly("县教育局", "团县委", "县科协", "县林草局");
        }

        // the plan looked at last is shown again next time
        start();
        assertThat(title()).startsWith("富裕县 · ");
    }

    @Test
    void aUnitTypedThatTheCatalogueLacks_isOfferedAsNew_andOneThatMatchesSeveralListsThem() throws Exception {
        openTask();
        robot.clickOn("#unitPicker").write("局");
        robot.clickOn("#unitAddButton");
        waitUntil(() -> VisibleNodes.shown(robot, ".dialog-pane"));
        assertThat(dialogText()).contains("有").contains("个单位的名称含“局”").contains("市林业和草原局");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !VisibleNodes.shown(robot, ".dialog-pane"));
        assertThat(unitsShown()).hasSize(3);

        // the exact old name of a renamed unit is that unit
        robot.clickOn("#unitPicker").eraseText(1).write("市林草局");
        robot.clickOn("#unitAddButton");
        waitUntil(() -> unitsShown().size() == 4);
        assertThat(unitsShown()).last().isEqualTo("市林业和草原局");

        robot.clickOn("#unitPicker").write("市科普志愿者协会");
        robot.clickOn("#unitAddButton");
        waitUntil(() -> VisibleNodes.shown(robot, ".dialog-pane"));
        assertThat(dialogText()).contains("新建单位“市科普志愿者协会”");
        robot.clickOn("新建单位");
        waitUntil(() -> unitsShown().size() == 5);
        assertThat(unitsShown()).last().isEqualTo("市科普志愿者协会");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> unitsShown().size() == 4);
        stop();
        try (Database database = Database.openExisting(db)) {
            assertThat(new UnitRepository(database).findByName("市科普志愿者协会")).as("undone: not kept").isEmpty();
        }
    }

    /**
     * 在所有方案中查找 from the search box (Ctrl+Enter): the task in the city's plan and in the county's listed, the
     * county's chosen with the keyboard: its plan shown, the task selected.
     */
    @Test
    void aTextSearchedInEveryPlan_listsEachPlansPlace_andGoesToTheOneChosen() throws Exception {
        String title = task(cityPlan).title();
        robot.clickOn("#searchField").write(title);
        waitUntil(() -> robot.lookup("#searchEveryPlan").queryAs(javafx.scene.control.Hyperlink.class).isVisible());
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#foundPlaces").tryQuery().isPresent());
        javafx.scene.control.TableView<org.kesudesk.logic.EveryPlanSearch.Hit> found =
                robot.lookup("#foundPlaces").queryTableView();
        assertThat(found.getItems()).extracting(hit -> hit.plan().id())
                .containsExactly(cityPlan.plan().id(), fuyuPlan.plan().id());
        assertThat(found.getItems()).allSatisfy(hit -> assertThat(hit.placeAndTitle()).endsWith(title));
        assertThat(robot.lookup("#foundPlacesDialog").queryAs(javafx.scene.control.DialogPane.class).getHeaderText())
                .contains("2 个方案中共 2 处");

        // the list has the keyboard: ↓ to the county's row, Enter
        waitUntil(() -> found.isFocused());
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#foundPlaces").tryQuery().isEmpty()
                && robot.lookup("#statusText").queryAs(Label.class).getText().contains("富裕县"));
        PlanNode countyTask = task(fuyuPlan);
        waitUntil(() -> {
            TreeView<?> tree = robot.lookup("#planTree").queryAs(TreeView.class);
            TreeItem<?> selected = tree.getSelectionModel().getSelectedItem();
            return selected != null && selected.getValue() instanceof org.kesudesk.ui.tree.TreeEntry entry
                    && entry.id().equals(countyTask.id());
        });
    }

    private static String sha256(byte[] data) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void openTask() {
        VisibleNodes.clickCell(robot, "（一）实施青少年科学素质提升行动");
        robot.type(KeyCode.RIGHT);
        VisibleNodes.clickCell(robot, TASK);
    }

    private static PlanNode task(PlanDocument plan) {
        return plan.items().get(0).children().get(2);
    }

    private void start() throws TimeoutException {
        window.start(() -> new KesuDeskApp(db));
        waitUntil(() -> VisibleNodes.shown(robot, "#planTree"));
    }

    private void stop() throws TimeoutException {
        window.stop();
    }

    private String title() {
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        return stage.getTitle();
    }

    private String dialogText() {
        return robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).lookupAll(".label")
                .stream().map(node -> ((Label) node).getText()).filter(text -> text != null)
                .reduce("", (a, b) -> a + "\n" + b);
    }

    @SuppressWarnings("unchecked")
    private List<String> navigatorRows() {
        TreeView<PlanNavigator.Entry> tree = robot.lookup("#planNavigator").queryAs(TreeView.class);
        return tree.getRoot().getChildren().stream().map(TreeItem::getValue).map(PlanNavigator.Entry::text)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> unitsShown() {
        ListView<Unit> units = robot.lookup("#unitsList").queryAs(ListView.class);
        return units.getItems().stream().map(Unit::name).toList();
    }

    private String menuText(String id) {
        MenuItem item = FxToolkit.toolkitContext().getRegisteredStage().getScene().getRoot().lookupAll(".menu-bar")
                .stream().findFirst().map(bar -> ((MenuBar) bar).getMenus().stream()
                        .flatMap(menu -> menu.getItems().stream())
                        .filter(candidate -> ("#" + candidate.getId()).equals(id)).findFirst().orElseThrow())
                .orElseThrow();
        return item.getText();
    }

    private void saveScreenshot(String name) throws java.io.IOException {
        org.kesudesk.testsupport.Screenshots.save(robot, FxToolkit.toolkitContext().getRegisteredStage().getScene()
                .getRoot(), name);
    }

    /** Waits for the condition; if it never comes, what the window showed is kept as a screenshot. */
    private void waitUntil(BooleanSupplier condition) throws TimeoutException {
        try {
            VisibleNodes.waitUntil(condition);
        } catch (TimeoutException e) {
            try {
                saveScreenshot("plan-navigator-failed.png");
            } catch (java.io.IOException | RuntimeException ignored) {
                // the timeout is what matters
            }
            throw e;
        }
    }
}
