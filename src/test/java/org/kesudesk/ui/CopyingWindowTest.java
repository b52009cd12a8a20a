package org.kesudesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.logic.PlanImportService;
import org.kesudesk.logic.progress.ProgressTracking;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.UnitRepository;
import org.testfx.api.FxRobot;

/**
 * 复制 as a clerk uses it: a task from the tree pasted into a message to its units reads as the document had it; a
 * row of the 进展 list pasted into a spreadsheet is its cells as shown; a text box still copies its own selection.
 */
class CopyingWindowTest {

    private static final Path DOCUMENT = Path.of("src", "test", "resources", "plans", "styles", "labelled.txt");

    @TempDir
    Path folder;

    @RegisterExtension
    final AppWindow window = new AppWindow();
    private final FxRobot robot = window.robot();
    private List<String> lines;

    @BeforeEach
    void startOnAPlanWithARound() throws Exception {
        lines = Files.readAllLines(DOCUMENT).stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
        Path db = folder.resolve("kesudesk");
        try (Database database = Database.open(db)) {
            PlanRepository plans = new PlanRepository(database);
            PlanImportService imports = new PlanImportService(plans, new UnitRepository(database));
            PlanDocument plan = plans.find(imports.save(imports.read(DOCUMENT, Optional.empty()), List.of()).id())
                    .orElseThrow();
            new ProgressTracking(database).openRound(plan, "2026年上半年", LocalDate.now().plusMonths(1),
                    Optional.empty(), Optional.empty());
        }
        window.start(() -> new KesuDeskApp(db));
        VisibleNodes.waitUntil(() -> VisibleNodes.shown(robot, "#planTree"));
        clearClipboard();
    }

    @Test
    void aTaskCopiedFromTheTree_isTheDocumentsParagraph_andAnItemFromTheMenu_itsParagraphAndTasks() throws Exception {
        VisibleNodes.clickCell(robot, "（一）青少年科学素质提升行动");
        robot.type(KeyCode.RIGHT);
        VisibleNodes.clickCell(robot, "2.开展青少年科技活动");
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        VisibleNodes.waitUntil(() -> !clipboard().isEmpty());
        assertThat(clipboard()).isEqualTo(line("2.开展青少年科技活动"))
                .isEqualTo("2.开展青少年科技活动。组织科技竞赛。（责任单位：市科协、市科技局、市妇联）");

        VisibleNodes.clickCell(robot, "（一）青少年科学素质提升行动");
        clearClipboard();
        robot.interact(() -> VisibleNodes.menuItem("copyMenuItem").fire());
        VisibleNodes.waitUntil(() -> !clipboard().isEmpty());
        int item = lines.indexOf(line("（一）青少年科学素质提升行动"));
        assertThat(clipboard().lines().toList()).isEqualTo(lines.subList(item, item + 3));
    }

    @Test
    void aRowCopiedFromTheProgressList_isItsCellsAsShown_setApartByTabs() throws Exception {
        robot.clickOn("进展");
        TableView<ProgressTracking.Row> table = robot.lookup("#progressTable").queryTableView();
        VisibleNodes.waitUntil(() -> !table.getItems().isEmpty());
        int row = java.util.stream.IntStream.range(0, table.getItems().size())
                .filter(i -> table.getItems().get(i).unit().name().equals("市妇联")).findFirst().orElseThrow();
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(row);
            table.requestFocus();
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        VisibleNodes.waitUntil(() -> !clipboard().isEmpty());

        assertThat(clipboard()).doesNotContain("\n");
        List<String> cells = List.of(clipboard().split("\t", -1));
        assertThat(cells).hasSize(table.getVisibleLeafColumns().size())
                .contains("开展青少年科技活动", "市妇联")
                // the light as its cell shows it, not the program's name for it
                .anySatisfy(cell -> assertThat(cell).contains("未报"))
                .noneSatisfy(cell -> assertThat(cell).containsAnyOf("Row[", "GREY", "@"));
        assertThat(robot.lookup("#progressReport").queryButton().isDisabled()).isFalse();

        // every row of the list (Ctrl+A): a line each, in the list's order; a report is for one row only
        clearClipboard();
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        VisibleNodes.waitUntil(() -> !clipboard().isEmpty());
        List<String> copied = clipboard().lines().toList();
        assertThat(copied).hasSize(table.getItems().size());
        for (int i = 0; i < copied.size(); i++) {
            assertThat(copied.get(i).split("\t")).contains(table.getItems().get(i).unit().name(),
                    table.getItems().get(i).task().title());
        }
        assertThat(robot.lookup("#progressReport").queryButton().isDisabled()).isTrue();
    }

    /**
     * A row of the 责任矩阵 copied with Ctrl+C has every unit's cell under a header naming them, not only the unit
     * columns that fit the window; its menu copies the whole matrix.
     */
    @Test
    void aMatrixRowCopied_hasEveryUnitsColumn_notOnlyThoseShown() throws Exception {
        javafx.stage.Window stage = robot.lookup("#planTree").query().getScene().getWindow();
        robot.interact(() -> stage.setWidth(760));
        robot.clickOn("责任矩阵");
        TableView<?> table = robot.lookup("#matrixTable").queryTableView();
        VisibleNodes.waitUntil(() -> !table.getItems().isEmpty());
        // the catalogue: the units the document names (the database holds this plan only)
        java.util.Set<String> named = new java.util.HashSet<>();
        new org.kesudesk.parse.PlanDocumentReader().read(DOCUMENT, Optional.empty(), List.of()).document()
                .forEachNode(node -> node.assignments().forEach(a -> named.add(a.unit().name())));
        int units = named.size();
        VisibleNodes.waitUntil(() -> table.getVisibleLeafColumns().size() - 2 < units);
        int row = java.util.stream.IntStream.range(0, table.getItems().size())
                .filter(i -> ((org.kesudesk.ui.matrix.MatrixViewModel.Row) table.getItems().get(i)).node().title()
                        .equals("开展青少年科技活动")).findFirst().orElseThrow();
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(row);
            table.requestFocus();
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        VisibleNodes.waitUntil(() -> !clipboard().isEmpty());

        List<String> copied = clipboard().lines().toList();
        assertThat(copied).hasSize(2);
        List<String> header = List.of(copied.get(0).split("\t", -1));
        List<String> cells = List.of(copied.get(1).split("\t", -1));
        assertThat(header).hasSize(units + 2);
        assertThat(cells).hasSize(units + 2);
        assertThat(cells.get(0)).endsWith("开展青少年科技活动");
        for (String unit : List.of("市科协", "市科技局", "市妇联")) {
            assertThat(cells.get(header.indexOf(unit))).as(unit).isEqualTo("责任");
        }
        assertThat(cells.stream().filter("责任"::equals)).hasSize(3);

        clearClipboard();
        robot.interact(() -> table.getContextMenu().getItems().stream()
                .filter(item -> "matrixCopyAllItem".equals(item.getId())).findFirst().orElseThrow().fire());
        VisibleNodes.waitUntil(() -> !clipboard().isEmpty());
        assertThat(clipboard().lines()).hasSize(table.getItems().size() + 1);
    }

    /** A unit copied from one task's list is its name: pasted into another task's unit box, that unit is added. */
    @Test
    void aUnitCopiedFromOneTask_pastedIntoAnothersBox_isAdded() throws Exception {
        VisibleNodes.clickCell(robot, "（一）青少年科学素质提升行动");
        robot.type(KeyCode.RIGHT);
        VisibleNodes.clickCell(robot, "2.开展青少年科技活动");
        javafx.scene.control.ListView<?> units = robot.lookup("#unitsList").queryAs(javafx.scene.control.ListView.class);
        VisibleNodes.waitUntil(() -> units.getItems().size() == 3);
        robot.interact(() -> {
            units.getSelectionModel().clearAndSelect(2);
            units.requestFocus();
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        VisibleNodes.waitUntil(() -> !clipboard().isEmpty());
        assertThat(clipboard()).isEqualTo("市妇联");

        VisibleNodes.clickCell(robot, "1.加强学校科学教育");
        VisibleNodes.waitUntil(() -> units.getItems().size() == 2);
        robot.clickOn("#unitPicker");
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        robot.type(KeyCode.ENTER);
        VisibleNodes.waitUntil(() -> units.getItems().size() == 3);
        assertThat(units.getItems()).extracting(unit -> ((org.kesudesk.model.Unit) unit).name())
                .containsExactly("市教育局", "团市委", "市妇联");
    }

    /** The mouse's way: a right-click on the tree's task and on a row of the 进展 list offers 复制. */
    @Test
    void aRightClick_offersCopy_onTheTreeAndOnATable() throws Exception {
        VisibleNodes.clickCell(robot, "（一）青少年科学素质提升行动");
        robot.type(KeyCode.RIGHT);
        menuOn(VisibleNodes.cell(robot, "1.加强学校科学教育"));
        VisibleNodes.waitUntil(() -> shownMenu().isPresent());
        // the row right-clicked is the one acted on: a task, which may be deleted
        assertThat(shownMenu().orElseThrow().getItems()).filteredOn(item -> "treeDeleteItem".equals(item.getId()))
                .singleElement().satisfies(item -> assertThat(item.isDisable()).isFalse());
        robot.clickOn("复制（Ctrl+C）");
        VisibleNodes.waitUntil(() -> !clipboard().isEmpty());
        assertThat(clipboard()).isEqualTo(line("1.加强学校科学教育"));

        clearClipboard();
        robot.clickOn("进展");
        TableView<ProgressTracking.Row> table = robot.lookup("#progressTable").queryTableView();
        VisibleNodes.waitUntil(() -> !table.getItems().isEmpty());
        ProgressTracking.Row first = table.getItems().get(0);
        menuOn(robot.from(table).lookup(".table-row-cell").nth(0).query());
        VisibleNodes.waitUntil(() -> shownMenu().isPresent());
        assertThat(shownMenu().orElseThrow().getItems()).extracting(javafx.scene.control.MenuItem::getId)
                .containsExactly("contextCopyItem", "contextSelectAllItem");
        robot.clickOn("复制（Ctrl+C）");
        VisibleNodes.waitUntil(() -> !clipboard().isEmpty());
        assertThat(clipboard().split("\t")).contains(first.task().title(), first.unit().name());
    }

    @Test
    void aTextBox_copiesItsOwnSelection() throws Exception {
        robot.clickOn("#searchField").write("科技竞赛");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        VisibleNodes.waitUntil(() -> !clipboard().isEmpty());
        assertThat(clipboard()).isEqualTo("科技竞赛");
    }

    /**
     * A right-click on the node: the press (which chooses the row), then the menu request a desktop's window system
     * makes of it — Monocle, which the tests run on, makes none, so it is fired as the window system's would be.
     */
    private void menuOn(javafx.scene.Node node) {
        robot.rightClickOn(node);
        robot.interact(() -> {
            javafx.geometry.Bounds bounds = node.localToScreen(node.getBoundsInLocal());
            javafx.geometry.Point2D inScene = node.localToScene(node.getBoundsInLocal().getCenterX(),
                    node.getBoundsInLocal().getCenterY());
            javafx.event.Event.fireEvent(node, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, inScene.getX(), inScene.getY(),
                    bounds.getCenterX(), bounds.getCenterY(), false,
                    new javafx.scene.input.PickResult(node, inScene.getX(), inScene.getY())));
        });
    }

    private Optional<javafx.scene.control.ContextMenu> shownMenu() {
        return robot.listWindows().stream().filter(window -> window instanceof javafx.scene.control.ContextMenu
                && window.isShowing()).map(javafx.scene.control.ContextMenu.class::cast).findFirst();
    }

    private String line(String start) {
        return lines.stream().filter(line -> line.startsWith(start)).findFirst().orElseThrow();
    }

    private String clipboard() {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().hasString()
                ? Clipboard.getSystemClipboard().getString() : "");
        return text[0];
    }

    private void clearClipboard() {
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
    }
}
