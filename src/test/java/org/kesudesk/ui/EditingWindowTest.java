package org.kesudesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.AuditEntry;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Unit;
import org.kesudesk.store.AuditLog;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.UnitRepository;
import org.kesudesk.ui.matrix.MatrixViewModel;
import org.kesudesk.ui.tree.TreeEntry;
import org.kesudesk.testsupport.SamplePlan;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Drives the real window to edit the sample plan, then reopens the database to see what was stored. */
class EditingWindowTest {

    @TempDir
    Path folder;

    @RegisterExtension
    final AppWindow window = new AppWindow();
    private final FxRobot robot = window.robot();
    private Path db;

    @BeforeEach
    void startOnTheSample() throws TimeoutException {
        db = folder.resolve("kesudesk");
        try (Database database = Database.open(db)) {
            SamplePlan.store(database);
        }
        window.start(() -> new KesuDeskApp(db));
        waitUntil(() -> shown("#planTree"));
        // keys go to the focused window, as on a desktop where the user has just clicked the app
    }

    /** A document's units clause pasted into the unit box and Enter: every unit in it added, one undo for all. */
    @Test
    void aPastedUnitsClause_addsEveryUnitInIt_andOneUndoTakesThemOff() throws Exception {
        clickCell("（一）实施青少年科学素质提升行动");
        robot.type(KeyCode.RIGHT);
        clickCell("3.实施科技创新后备人才培养计划");
        assertThat(unitsShown()).containsExactly("市教育局", "团市委", "市科协");

        robot.interact(() -> javafx.scene.input.Clipboard.getSystemClipboard().setContent(java.util.Map.of(
                javafx.scene.input.DataFormat.PLAIN_TEXT, "（责任单位：市科技局、市林草局、市妇联）")));
        robot.clickOn("#unitPicker");
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> unitsShown().size() == 6);
        assertThat(unitsShown()).containsExactly("市教育局", "团市委", "市科协", "市科技局", "市林草局", "市妇联");
        assertThat(robot.lookup("#unitPicker").queryTextInputControl().getText()).isEmpty();
        assertThat(menuText("#undoMenuItem")).isEqualTo("撤销：添加责任单位“市科技局、市林草局、市妇联”");

        // Ctrl+Z in the box, emptied by the units' adding: the edit undone, not the name typed brought back
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> unitsShown().size() == 3);
        assertThat(unitsShown()).containsExactly("市教育局", "团市委", "市科协");
        assertThat(robot.lookup("#unitPicker").queryTextInputControl().getText()).isEmpty();
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        waitUntil(() -> unitsShown().size() == 6);
        // with a name in the box, Ctrl+Z is the box's own: the units stay
        robot.write("林草");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> !robot.lookup("#unitPicker").queryTextInputControl().getText().equals("林草"));
        assertThat(unitsShown()).hasSize(6);
    }

    /**
     * Task paragraphs copied from another notice (a county's, its units not the city's), Ctrl+V on a task in the
     * tree: asked first, showing them as the notice will print them; Enter adds them after the task, the first
     * selected with its units; one undo takes them away.
     */
    @Test
    void taskParagraphsPastedIntoTheTree_areAddedAfterTheTask_afterBeingShown() throws Exception {
        clickCell("（五）实施领导干部和公务员科学素质提升行动");
        robot.type(KeyCode.RIGHT);
        clickCell("1.深入贯彻落实新发展理念");
        String copied = "6.举办领导干部科普讲座。每年至少两期。（责任单位：市委组织部、市科协）\r\n"
                + "7.建设干部网络学院科普专栏。（牵头单位：市委组织部；责任单位：市社科联、市数字经济发展中心）\r\n";
        robot.interact(() -> javafx.scene.input.Clipboard.getSystemClipboard().setContent(java.util.Map.of(
                javafx.scene.input.DataFormat.PLAIN_TEXT, copied)));

        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#confirmDialog").tryQuery().isPresent());
        String asked = robot.lookup("#confirmDialog").queryAs(javafx.scene.control.DialogPane.class).getContentText();
        assertThat(asked).contains("添加以下 2 项任务", "2.举办领导干部科普讲座。每年至少两期。（责任单位：市委组织部、市科协）",
                "3.建设干部网络学院科普专栏。（牵头单位：市委组织部；责任单位：市社科联、市数字经济发展中心）",
                "单位名录中没有的 1 个单位将一并添加到名录：市数字经济发展中心");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> childTitles(4).size() == 4);
        assertThat(childTitles(4)).containsExactly("1.深入贯彻落实新发展理念", "2.举办领导干部科普讲座",
                "3.建设干部网络学院科普专栏", "4.加强科学素质教育培训");
        waitUntil(() -> unitsShown().equals(List.of("市委组织部", "市科协")));
        // the keyboard goes on from the task selected
        robot.type(KeyCode.DOWN);
        waitUntil(() -> unitsShown().equals(List.of("市委组织部", "市社科联", "市数字经济发展中心")));

        robot.interact(() -> VisibleNodes.menuItem("undoMenuItem").fire());
        waitUntil(() -> childTitles(4).size() == 2);
        // 编辑 ▸ 粘贴 does the same from the menu, the keyboard in the tree; asked, Esc adds nothing
        robot.interact(() -> VisibleNodes.menuItem("pasteMenuItem").fire());
        waitUntil(() -> robot.lookup("#confirmDialog").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#confirmDialog").tryQuery().isEmpty());
        assertThat(childTitles(4)).hasSize(2);
        stop();
        try (Database database = Database.openExisting(db)) {
            assertThat(new UnitRepository(database).findByName("市数字经济发展中心")).isEmpty();
        }
    }

    @Test
    void addRemoveReorderUnits_withUndoAndRedo_andAllOfItStored() throws Exception {
        clickCell("（一）实施青少年科学素质提升行动");
        robot.type(KeyCode.RIGHT);
        clickCell("3.实施科技创新后备人才培养计划");
        assertThat(unitsShown()).containsExactly("市教育局", "团市委", "市科协");

        robot.clickOn("#unitPicker").write("林草").type(KeyCode.ENTER);
        waitUntil(() -> unitsShown().size() == 4);
        assertThat(unitsShown()).containsExactly("市教育局", "团市委", "市科协", "市林草局");

        // each edit is said to be stored, as a Word user looks for 保存
        waitUntil(() -> robot.lookup("#savedText").queryLabeled().getText().matches("已保存（\\d\\d:\\d\\d:\\d\\d）"));

        clickCell("1. 市教育局");
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        waitUntil(() -> unitsShown().get(0).equals("团市委"));
        // the moved unit stays selected: Alt+↓ again moves it on, without choosing it again
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        waitUntil(() -> unitsShown().get(2).equals("市教育局"));
        robot.press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        waitUntil(() -> unitsShown().get(1).equals("市教育局"));
        assertThat(unitsShown()).containsExactly("团市委", "市教育局", "市科协", "市林草局");
        assertThat(menuText("#undoMenuItem")).isEqualTo("撤销：调整责任单位“市教育局”的位置");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#savedText").queryLabeled().getText().startsWith("所有修改都已自动保存"));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> unitsShown().get(2).equals("市教育局"));
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        waitUntil(() -> unitsShown().get(1).equals("市教育局"));

        clickCell("3. 市科协");
        robot.type(KeyCode.DELETE);
        waitUntil(() -> unitsShown().size() == 3);
        assertThat(unitsShown()).containsExactly("团市委", "市教育局", "市林草局");

        robot.clickOn("#unitSortButton");
        waitUntil(() -> unitsShown().get(0).equals("市教育局"));
        // the catalogue's precedence is the order in which the document first names the units
        assertThat(unitsShown()).containsExactly("市教育局", "团市委", "市林草局");

        robot.clickOn("#nodeAuditButton");
        waitUntil(() -> shown("#auditTable") && robot.lookup("#auditTable").queryTableView().getItems().size() == 8);
        TableView<AuditEntry> history = robot.lookup("#auditTable").queryTableView();
        assertThat(history.getItems()).allSatisfy(entry ->
                assertThat(entry.summary()).contains("3.实施科技创新后备人才培养计划"));
        // the unit lists before and after the removal are read whole, not cut short at the column's edge
        AuditEntry removal = history.getItems().stream().filter(entry -> entry.action().equals("assignment.remove"))
                .findFirst().orElseThrow();
        java.util.function.Predicate<javafx.scene.Node> text = node -> node instanceof javafx.scene.text.Text;
        List<String> shownTexts = robot.lookup("#auditTable").lookup(text).queryAllAs(javafx.scene.text.Text.class).stream().filter(javafx.scene.Node::isVisible)
                .map(javafx.scene.text.Text::getText).toList();
        assertThat(shownTexts).contains(removal.before().orElseThrow(), removal.after().orElseThrow());
        assertThat(removal.before().orElseThrow()).contains("市科协");
        saveScreenshot("audit.png");

        stop();
        try (Database database = Database.openExisting(db)) {
            PlanNode task = new PlanRepository(database).ownPlan().orElseThrow().items().get(0).children().get(2);
            assertThat(task.responsibleUnits()).extracting(Unit::name).containsExactly("市教育局", "团市委", "市林草局");
            List<AuditEntry> audit = new AuditLog(database).recent(100);
            assertThat(audit).extracting(AuditEntry::action).startsWith("assignment.reorder", "assignment.remove",
                    "assignment.reorder", "assignment.reorder", "assignment.reorder", "assignment.reorder",
                    "assignment.reorder", "assignment.add");
        }
    }

    @Test
    void aTasksUnit_setAsItsLead_isListedFirstAndMarked_byButtonOrCtrlL_undoable_andStored() throws Exception {
        clickCell("（一）实施青少年科学素质提升行动");
        robot.type(KeyCode.RIGHT);
        clickCell("3.实施科技创新后备人才培养计划");
        clickCell("2. 团市委");
        assertThat(robot.lookup("#unitLeadButton").queryButton().getText()).isEqualTo("设为牵头");

        robot.clickOn("#unitLeadButton");
        // first, marked, still selected: the button offers the way back
        clickCell("1. 团市委（牵头）");
        assertThat(unitsShown()).containsExactly("团市委", "市教育局", "市科协");
        waitUntil(() -> robot.lookup("#unitLeadButton").queryButton().getText().equals("取消牵头"));
        assertThat(menuText("#undoMenuItem")).isEqualTo("撤销：设“团市委”为本任务的牵头单位");
        assertThat(robot.lookup(".details-section-heading").queryAllAs(javafx.scene.control.Label.class).stream()
                .filter(javafx.scene.Node::isVisible).map(javafx.scene.control.Label::getText)).contains("牵头单位和责任单位");
        saveScreenshot("task-lead.png");

        // Ctrl+L on the selected unit: among the others again, the first of them
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        clickCell("1. 团市委");
        waitUntil(() -> robot.lookup("#unitLeadButton").queryButton().getText().equals("设为牵头"));
        assertThat(menuText("#undoMenuItem")).isEqualTo("撤销：取消“团市委”的牵头单位，改为责任单位");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        clickCell("1. 团市委（牵头）");

        // an item's units all lead it: no such button there
        clickCell("（一）实施青少年科学素质提升行动");
        waitUntil(() -> !robot.lookup("#unitLeadButton").query().isVisible());

        stop();
        try (Database database = Database.openExisting(db)) {
            PlanNode task = new PlanRepository(database).ownPlan().orElseThrow().items().get(0).children().get(2);
            assertThat(task.leadUnits()).extracting(Unit::name).containsExactly("团市委");
            assertThat(task.responsibleUnits()).extracting(Unit::name).containsExactly("市教育局", "市科协");
        }
    }

    @Test
    void anEmptyTitleIsNotStored_andTheWindowSaysSo() throws Exception {
        clickCell("（一）实施青少年科学素质提升行动");
        robot.type(KeyCode.RIGHT);
        clickCell("3.实施科技创新后备人才培养计划");
        javafx.scene.control.TextField title = robot.lookup("#titleField").queryAs(javafx.scene.control.TextField.class);
        waitUntil(() -> title.getText().equals("实施科技创新后备人才培养计划"));

        robot.clickOn(title).push(KeyCode.CONTROL, KeyCode.A).type(KeyCode.BACK_SPACE);
        waitUntil(() -> title.getText().isEmpty());
        robot.type(KeyCode.ENTER);

        waitUntil(() -> title.getText().equals("实施科技创新后备人才培养计划")
                && shown("#titleMessage") && robot.lookup("#titleMessage").queryLabeled().getText().contains("恢复"));

        // where the task sits (ControlsFX's bread crumbs): its item a click away
        waitUntil(() -> robot.lookup("#nodePath .button").queryAll().size() == 3);
        robot.clickOn(robot.lookup("#nodePath .button").nth(1).queryButton());
        waitUntil(() -> title.getText().equals("实施青少年科学素质提升行动"));
    }

    @Test
    void addDeleteAndMoveTasks_numberingFollowsTheOrder() throws Exception {
        clickCell("（五）实施领导干部和公务员科学素质提升行动");
        robot.type(KeyCode.RIGHT);
        clickCell("1.深入贯彻落实新发展理念");

        robot.clickOn("#addTaskButton");
        waitUntil(() -> childTitles(4).size() == 3);
        assertThat(childTitles(4)).containsExactly("1.深入贯彻落实新发展理念", "2.新任务", "3.加强科学素质教育培训");

        clickCell("2.新任务");
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        waitUntil(() -> childTitles(4).get(2).equals("3.新任务"));

        clickCell("3.新任务");
        robot.type(KeyCode.DELETE);
        // asked first: Esc keeps the task, Delete again and Enter deletes it
        waitUntil(() -> robot.lookup("#confirmDialog").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#confirmDialog").tryQuery().isEmpty());
        assertThat(childTitles(4)).hasSize(3);
        robot.type(KeyCode.DELETE);
        waitUntil(() -> robot.lookup("#confirmDialog").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> childTitles(4).size() == 2);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> childTitles(4).size() == 3);
        assertThat(childTitles(4)).containsExactly("1.深入贯彻落实新发展理念", "2.加强科学素质教育培训", "3.新任务");

        clickCell("3.新任务");
        robot.doubleClickOn("#titleField").eraseText(3).write("开展领导干部科普讲座").type(KeyCode.ENTER);
        waitUntil(() -> childTitles(4).get(2).equals("3.开展领导干部科普讲座"));

        stop();
        try (Database database = Database.openExisting(db)) {
            PlanNode item = new PlanRepository(database).ownPlan().orElseThrow().items().get(4);
            assertThat(item.children()).extracting(t -> t.label() + "." + t.title())
                    .containsExactly("1.深入贯彻落实新发展理念", "2.加强科学素质教育培训", "3.开展领导干部科普讲座");
        }
    }

    @Test
    void dragAndDropMovesATaskAmongItsSiblings_andAUnitInItsList() throws Exception {
        clickCell("（二）实施农民科学素质提升行动");
        robot.type(KeyCode.RIGHT);
        assertThat(childTitles(1)).containsExactly("1.大力开展农村科普主题活动", "2.加强农业科技培训和人才培养",
                "3.实施乡村振兴科技支撑行动");

        robot.drag(VisibleNodes.cell(robot, "3.实施乡村振兴科技支撑行动"))
                .dropTo(VisibleNodes.cell(robot, "1.大力开展农村科普主题活动"));
        waitUntil(() -> childTitles(1).get(0).equals("1.实施乡村振兴科技支撑行动"));
        assertThat(childTitles(1)).containsExactly("1.实施乡村振兴科技支撑行动", "2.大力开展农村科普主题活动",
                "3.加强农业科技培训和人才培养");

        clickCell("2.大力开展农村科普主题活动");
        List<String> units = unitsShown();
        robot.drag(VisibleNodes.cell(robot, "1. " + units.get(0)))
                .dropTo(VisibleNodes.cell(robot, units.size() + ". " + units.get(units.size() - 1)));
        waitUntil(() -> unitsShown().get(units.size() - 1).equals(units.get(0)));
        List<String> expected = new ArrayList<>(units.subList(1, units.size()));
        expected.add(units.get(0));
        assertThat(unitsShown()).isEqualTo(expected);

        stop();
        try (Database database = Database.openExisting(db)) {
            PlanNode item = new PlanRepository(database).ownPlan().orElseThrow().items().get(1);
            assertThat(item.children()).extracting(PlanNode::title).containsExactly("实施乡村振兴科技支撑行动",
                    "大力开展农村科普主题活动", "加强农业科技培训和人才培养");
            assertThat(item.children().get(1).responsibleUnits()).extracting(Unit::name).isEqualTo(expected);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void ctrlF_findsFromAnyTab_enterGoesToTheRowsFound_andEscapeShowsTheWholePlanAgain() throws Exception {
        TreeView<TreeEntry> tree = robot.lookup("#planTree").queryAs(TreeView.class);
        int wholePlan = descendants(tree.getRoot());
        robot.clickOn("责任矩阵");
        waitUntil(() -> shown("#matrixTable"));

        robot.push(KeyCode.CONTROL, KeyCode.F);
        javafx.scene.control.TextField search = robot.lookup("#searchField")
                .queryAs(javafx.scene.control.TextField.class);
        waitUntil(search::isFocused);
        robot.write("气象");
        waitUntil(() -> descendants(tree.getRoot()) < wholePlan);
        // the line under the field counts the rows found: every leaf row shown matches, a parent row may or not
        Label result = robot.lookup("#searchResult").queryAs(Label.class);
        java.util.regex.Matcher count = java.util.regex.Pattern.compile("找到 (\\d+) 处").matcher(result.getText());
        assertThat(count.find()).as(result.getText()).isTrue();
        assertThat(Integer.parseInt(count.group(1))).isBetween(leaves(tree.getRoot()), descendants(tree.getRoot()));
        robot.type(KeyCode.ENTER);
        waitUntil(tree::isFocused);
        assertThat(tree.getSelectionModel().getSelectedItem()).isNotNull();

        // Ctrl+F again selects what was typed; Esc empties it and the whole plan is back, a second Esc leaves it
        robot.push(KeyCode.CONTROL, KeyCode.F);
        waitUntil(search::isFocused);
        assertThat(search.getSelectedText()).isEqualTo("气象");
        // a search nothing matches says so, naming what was typed (an empty tree alone says nothing)
        robot.write("气象站台");
        waitUntil(() -> tree.getRoot().getChildren().isEmpty());
        waitUntil(() -> result.getText().contains("没有") && result.getText().contains("“气象站台”"));
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> search.getText().isEmpty() && descendants(tree.getRoot()) == wholePlan);
        assertThat(result.isVisible()).isFalse();
        assertThat(search.isFocused()).isTrue();
        robot.type(KeyCode.ESCAPE);
        waitUntil(tree::isFocused);
    }

    private static int leaves(TreeItem<TreeEntry> item) {
        return item.getChildren().stream().mapToInt(child -> child.getChildren().isEmpty() ? 1 : leaves(child)).sum();
    }

    private static int descendants(TreeItem<TreeEntry> item) {
        return item.getChildren().stream().mapToInt(child -> 1 + descendants(child)).sum();
    }

    @Test
    void theMatrixTogglesACell_andTheTreeShowsIt() throws Exception {
        robot.clickOn("责任矩阵");
        waitUntil(() -> shown("#matrixTable"));
        TableView<MatrixViewModel.Row> table = robot.lookup("#matrixTable").queryTableView();
        // the section's row heads the items; the first task comes after its item
        assertThat(table.getItems().get(0).isSection()).isTrue();
        MatrixViewModel.Row firstTask = table.getItems().get(2);
        assertThat(firstTask.node().title()).isEqualTo("将弘扬科学精神贯穿于育人全链条");
        // the sample names more units than fit on screen: this one is not among the columns yet
        assertThat(unitHeaders(table)).doesNotContain("市体育局");

        // as a keyboard user: pick the row, find the unit with 定位单位, Enter to go back to the table, Space
        VisibleNodes.clickCell(robot, "        1.将弘扬科学精神贯穿于育人全链条");
        robot.clickOn("#matrixLocate").write("体育");
        waitUntil(() -> unitHeaders(table).contains("市体育局"));
        int column = table.getColumns().indexOf(columnOf(table, "市体育局"));
        assertThat(cellText(table, 2, column)).isEmpty();
        robot.type(KeyCode.ENTER);
        assertThat(table.getFocusModel().getFocusedCell().getColumn()).isEqualTo(column);
        assertThat(table.getFocusModel().getFocusedCell().getRow()).isEqualTo(2);
        robot.type(KeyCode.SPACE);
        waitUntil(() -> "责任".equals(cellText(table, 2, column)));
        String header = columnOf(table, "市体育局").getText();
        saveScreenshot("matrix.png");

        robot.clickOn("方案");
        clickCell("（一）实施青少年科学素质提升行动");
        robot.type(KeyCode.RIGHT);
        clickCell("1.将弘扬科学精神贯穿于育人全链条");
        assertThat(unitsShown()).endsWith("市体育局");

        // the count in the header is what was stored
        stop();
        try (Database database = Database.openExisting(db)) {
            PlanDocument stored = new PlanRepository(database).ownPlan().orElseThrow();
            assertThat(header).isEqualTo("市体育局\n" + countIn(stored, "市体育局"));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMatrixRowsTitle_opensItsTaskInThePlan_byDoubleClickOrEnter() throws Exception {
        robot.clickOn("责任矩阵");
        waitUntil(() -> shown("#matrixTable"));
        TableView<MatrixViewModel.Row> table = robot.lookup("#matrixTable").queryTableView();
        TreeView<TreeEntry> tree = robot.lookup("#planTree").queryAs(TreeView.class);
        java.util.function.Predicate<MatrixViewModel.Row> selectedInTree = row -> shown("#planTree")
                && tree.getSelectionModel().getSelectedItem() != null
                && tree.getSelectionModel().getSelectedItem().getValue().id().equals(row.node().id());

        robot.doubleClickOn("        1.将弘扬科学精神贯穿于育人全链条");
        waitUntil(() -> selectedInTree.test(table.getItems().get(2)));

        robot.clickOn("责任矩阵");
        robot.clickOn("        2.提升各阶段科学教育水平");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> selectedInTree.test(table.getItems().get(3)));
        assertThat(tree.getSelectionModel().getSelectedItem().getValue().title()).isEqualTo("提升各阶段科学教育水平");
    }

    @Test
    void theMatrixShowsTheSectionsChecked() throws Exception {
        robot.clickOn("责任矩阵");
        waitUntil(() -> shown("#matrixTable"));
        TableView<MatrixViewModel.Row> table = robot.lookup("#matrixTable").queryTableView();
        org.controlsfx.control.CheckComboBox<PlanNode> sections = robot.lookup("#matrixSection").query();
        int all = table.getItems().size();

        robot.interact(() -> sections.getCheckModel().check(1));
        waitUntil(() -> table.getItems().size() < all);
        assertThat(table.getItems()).filteredOn(MatrixViewModel.Row::isSection).singleElement()
                .extracting(row -> row.node().id()).isEqualTo(sections.getItems().get(1).id());

        robot.interact(() -> sections.getCheckModel().check(0));
        waitUntil(() -> table.getItems().stream().filter(MatrixViewModel.Row::isSection).count() == 2);
        robot.interact(() -> sections.getCheckModel().clearChecks());
        waitUntil(() -> table.getItems().size() == all);
    }

    @Test
    void theArrowKeysAtTheMatrixEdgesBringInTheNextUnits() throws Exception {
        robot.clickOn("责任矩阵");
        waitUntil(() -> shown("#matrixTable"));
        TableView<MatrixViewModel.Row> table = robot.lookup("#matrixTable").queryTableView();
        List<String> before = unitHeaders(table);
        VisibleNodes.clickCell(robot, "        1.将弘扬科学精神贯穿于育人全链条");

        // from the title to the count, to each unit column, and once more: past the right edge, by one unit
        for (int i = 0; i < before.size() + 2; i++) {
            robot.type(KeyCode.RIGHT);
        }
        assertThat(unitHeaders(table)).hasSize(before.size()).startsWith(before.get(1))
                .containsAll(before.subList(1, before.size())).doesNotContain(before.get(0));
        assertThat(table.getFocusModel().getFocusedCell().getColumn()).isEqualTo(table.getColumns().size() - 1);
        for (int i = 0; i < before.size(); i++) {
            robot.type(KeyCode.RIGHT);
        }
        List<String> after = unitHeaders(table);
        assertThat(after).doesNotContainAnyElementsOf(before);

        // and back: ← at the first unit column goes past the left edge
        for (int i = 0; i < 2 * before.size(); i++) {
            robot.type(KeyCode.LEFT);
        }
        assertThat(unitHeaders(table)).isEqualTo(before);
        assertThat(table.getFocusModel().getFocusedCell().getColumn()).isEqualTo(2);
    }

    @Test
    void draggingAUnitInTheCatalogueSetsItsPrecedence() throws Exception {
        robot.clickOn("单位管理");
        waitUntil(() -> shown("#catalogueList"));
        ListView<Unit> catalogue = robot.lookup("#catalogueList").queryListView();
        List<String> before = catalogue.getItems().stream().map(Unit::name).toList();

        robot.drag(VisibleNodes.cell(robot, "3. " + before.get(2)))
                .dropTo(VisibleNodes.cell(robot, "1. " + before.get(0)));
        waitUntil(() -> catalogue.getItems().get(0).name().equals(before.get(2)));
        List<String> expected = new ArrayList<>(before);
        expected.add(0, expected.remove(2));
        assertThat(catalogue.getItems()).extracting(Unit::name).isEqualTo(expected);

        stop();
        try (Database database = Database.openExisting(db)) {
            assertThat(new UnitRepository(database).all()).extracting(Unit::name).isEqualTo(expected);
        }
    }

    @Test
    void aUnitAddedByMistake_isDeletedWithTheDeleteKey_andComesBackWithUndo_aUnitInUseCannotBe() throws Exception {
        robot.clickOn("单位管理");
        waitUntil(() -> shown("#catalogueList"));
        ListView<Unit> catalogue = robot.lookup("#catalogueList").queryListView();
        javafx.scene.control.Button remove = robot.lookup("#removeUnitButton").queryButton();
        // a unit with tasks in the plan shown: its button stays off once its duties are read
        robot.interact(() -> catalogue.getSelectionModel().select(0));
        waitUntil(() -> !robot.lookup("#dutiesList").queryListView().getItems().isEmpty());
        assertThat(remove.isDisabled()).isTrue();

        robot.clickOn("#newUnitField").write("市测试局").type(KeyCode.ENTER);
        waitUntil(() -> catalogue.getItems().stream().anyMatch(unit -> unit.name().equals("市测试局")));
        List<String> withIt = catalogue.getItems().stream().map(Unit::name).toList();
        String before = withIt.get(withIt.indexOf("市测试局") - 1);
        robot.interact(() -> {
            catalogue.getSelectionModel().select(withIt.indexOf("市测试局"));
            catalogue.requestFocus();
        });
        waitUntil(() -> !remove.isDisabled());
        robot.type(KeyCode.DELETE);

        waitUntil(() -> catalogue.getItems().stream().noneMatch(unit -> unit.name().equals("市测试局")));
        // the last unit gone, the one before it is chosen, and the list keeps the keyboard
        waitUntil(() -> catalogue.getSelectionModel().getSelectedItem() != null
                && before.equals(catalogue.getSelectionModel().getSelectedItem().name()));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> catalogue.getItems().stream().map(Unit::name).toList().equals(withIt));

        stop();
        try (Database database = Database.openExisting(db)) {
            assertThat(new UnitRepository(database).all()).extracting(Unit::name).isEqualTo(withIt);
        }
    }

    @Test
    void theDocumentsWindow_previewsTheNoticePageByPage() throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#renderButton").tryQuery().isPresent());
        Label pages = robot.lookup("#pageLabel").queryAs(Label.class);
        assertThat(pages.getText()).isEmpty();
        // 生成预览 in sight without scrolling the header's fields, on a laptop's 768-pixel screen too
        javafx.scene.control.Button render = robot.lookup("#renderButton").queryButton();
        javafx.stage.Window documentsWindow = render.getScene().getWindow();
        double height = documentsWindow.getHeight();
        robot.interact(() -> documentsWindow.setHeight(560));
        robot.interact(() -> { });
        javafx.geometry.Bounds renderBounds = render.localToScene(render.getBoundsInLocal());
        assertThat(renderBounds.getMaxY()).as("the button's foot, in a window 560 high")
                .isLessThanOrEqualTo(render.getScene().getHeight());
        robot.interact(() -> documentsWindow.setHeight(height));

        // the title takes the clerk's own line breaks (Enter makes one there, the typesetting keeps it)
        javafx.scene.control.TextArea title = robot.lookup("#header-title").queryAs(javafx.scene.control.TextArea.class);
        String before = title.getText();
        robot.clickOn(title);
        // after 关于, where the sample's own title breaks (…人民政府办公室关于 / 印发…)
        int afterGuanyu = before.indexOf("关于") + 2;
        robot.interact(() -> title.positionCaret(afterGuanyu));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> title.getText().equals(before.substring(0, afterGuanyu) + "\n" + before.substring(afterGuanyu)));
        // 主送机关 is shown whole on wrapped lines; Enter there makes the preview, it adds no line break
        javafx.scene.control.TextArea addressees = robot.lookup("#header-addressees")
                .queryAs(javafx.scene.control.TextArea.class);
        assertThat(addressees.isWrapText()).isTrue();
        String addresseesBefore = addressees.getText();
        robot.clickOn(addressees).type(KeyCode.ENTER);
        waitUntil(() -> pages.getText().startsWith("第 1 / "));
        assertThat(addressees.getText()).isEqualTo(addresseesBefore);
        // 紧急程度 first (printed above the 标志), chosen from the keyboard: none, 加急, 特急
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<org.kesudesk.model.Urgency> urgency = robot.lookup("#header-urgency")
                .queryAs(javafx.scene.control.ComboBox.class);
        assertThat(urgency.getValue()).isEqualTo(org.kesudesk.model.Urgency.NONE);
        assertThat(urgency.getConverter().toString(urgency.getValue())).isEqualTo("无");
        robot.interact(urgency::requestFocus);
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN);
        waitUntil(() -> urgency.getValue() == org.kesudesk.model.Urgency.MOST_URGENT);
        robot.type(KeyCode.UP);
        waitUntil(() -> urgency.getValue() == org.kesudesk.model.Urgency.URGENT);
        robot.type(KeyCode.UP);
        waitUntil(() -> urgency.getValue() == org.kesudesk.model.Urgency.NONE);
        // Enter in a one-line field: 生成预览 is the default button
        robot.clickOn("#header-docNumber").type(KeyCode.ENTER);
        waitUntil(() -> pages.getText().startsWith("第 1 / "));
        javafx.scene.image.ImageView preview = robot.lookup("#previewImage").queryAs(javafx.scene.image.ImageView.class);
        // the page is drawn in the background once the document is laid out
        waitUntil(() -> preview.getImage() != null);
        javafx.scene.image.Image first = preview.getImage();
        // the heading over the 版头 fields says all it says in the panel's width, not cut short with …
        Label heading = robot.lookup((Label label) -> label.getText().startsWith("通知的版头和版记")).queryAs(Label.class);
        assertThat(((javafx.scene.text.Text) heading.lookup(".text")).getText()).isEqualTo(heading.getText());
        saveWindowScreenshot(preview.getScene().getRoot(), "documents.png");

        robot.type(KeyCode.PAGE_DOWN);
        waitUntil(() -> pages.getText().startsWith("第 2 / ") && preview.getImage() != first);
        assertThat(preview.getImage().getWidth()).isEqualTo(first.getWidth());
        assertThat(robot.lookup("#documentStatus").queryAs(Label.class).getText()).contains("已生成");

        // a character the fonts lack (鄠, of 鄠邑区) is named above the pages, before anything is saved or printed
        Label missing = robot.lookup("#missingCharacters").queryAs(Label.class);
        assertThat(missing.isVisible()).isFalse();
        javafx.scene.control.TextField docNumber = robot.lookup("#header-docNumber")
                .queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> docNumber.setText("鄠政办发〔2026〕1号"));
        robot.clickOn(docNumber).type(KeyCode.ENTER);
        waitUntil(missing::isVisible);
        assertThat(missing.getText()).contains("“鄠”（第 1 页）").contains("PDF");
        // with the folder a font with it goes in, one click away
        assertThat(robot.lookup("#openFontFolderButton").queryButton().isVisible()).isTrue();
        javafx.scene.control.Button fontFolder = robot.lookup("#openFontFolderButton").queryButton();
        assertThat(fontFolder.getText()).isEqualTo("打开字体文件夹");
        // its name shown whole beside the long message, not cut to "…"
        assertThat(fontFolder.getWidth()).isGreaterThanOrEqualTo(fontFolder.prefWidth(-1) - 0.5);

        // a check box chosen with the keyboard (Space), Enter makes the preview from it too
        Label status = robot.lookup("#documentStatus").queryAs(Label.class);
        robot.interact(() -> robot.lookup("#attachDivision").query().requestFocus());
        robot.type(KeyCode.SPACE);
        waitUntil(() -> status.getText().contains("重新生成"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> status.getText().startsWith("已生成"));

        // Escape closes the window, as it closes a dialog
        javafx.stage.Window documents = preview.getScene().getWindow();
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !documents.isShowing());
    }

    /**
     * 保存到方案: the 文号 typed over the notice kept in the plan, the status bar naming the plan by it; 撤销 in the
     * main window takes it back, and what is stored says so.
     */
    @Test
    void theDocumentsWindow_keepsTheNumberTypedInThePlan_andUndoTakesItBack() throws Exception {
        Label status = robot.lookup("#statusText").queryAs(Label.class);
        assertThat(status.getText()).contains("齐政办发〔2022〕16号");
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#keepHeaderButton").tryQuery().isPresent());
        javafx.scene.control.TextField docNumber = robot.lookup("#header-docNumber")
                .queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> docNumber.setText("齐政办发〔2022〕99号"));
        javafx.scene.control.Button keep = robot.lookup("#keepHeaderButton").queryButton();
        // its name shown whole beside 恢复为方案中的内容
        assertThat(keep.getWidth()).isGreaterThanOrEqualTo(keep.prefWidth(-1) - 0.5);
        robot.clickOn(keep);

        waitUntil(() -> status.getText().contains("齐政办发〔2022〕99号"));
        assertThat(robot.lookup("#documentStatus").queryAs(Label.class).getText()).contains("已保存到方案");
        javafx.stage.Window documents = docNumber.getScene().getWindow();
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !documents.isShowing());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> status.getText().contains("齐政办发〔2022〕16号"));

        stop();
        try (Database database = Database.openExisting(db)) {
            assertThat(new PlanRepository(database).ownPlan().orElseThrow().plan().docNumber())
                    .isEqualTo("齐政办发〔2022〕16号");
            assertThat(new org.kesudesk.store.AuditLog(database).recent(5)).extracting(
                    org.kesudesk.model.AuditEntry::action).contains("plan.notice");
        }
    }

    /**
     * A 函's 文号 typed over the notice: the window says it is printed in the 信函格式 and shows the issuer's name
     * alone as its 标志; kept in the plan, the plan is a 函's.
     */
    @Test
    void theDocumentsWindow_aLettersNumberTyped_showsTheLetterFormat_andKeepsIt() throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#keepHeaderButton").tryQuery().isPresent());
        Label format = robot.lookup("#noticeFormat").queryAs(Label.class);
        assertThat(format.getText()).contains("文件格式");
        javafx.scene.control.TextField masthead = robot.lookup("#header-masthead")
                .queryAs(javafx.scene.control.TextField.class);
        assertThat(masthead.getText()).isEqualTo("齐齐哈尔市人民政府办公室文件");
        javafx.scene.control.TextField docNumber = robot.lookup("#header-docNumber")
                .queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> docNumber.setText("齐政办函〔2022〕16号"));
        waitUntil(() -> format.getText().contains("信函格式"));
        assertThat(masthead.getText()).isEqualTo("齐齐哈尔市人民政府办公室");
        robot.clickOn("#keepHeaderButton");
        waitUntil(() -> robot.lookup("#documentStatus").queryAs(Label.class).getText().contains("已保存到方案"));
        javafx.stage.Window documents = format.getScene().getWindow();
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !documents.isShowing());

        stop();
        try (Database database = Database.openExisting(db)) {
            assertThat(new PlanRepository(database).ownPlan().orElseThrow().plan().notice().isLetter()).isTrue();
        }
    }

    /** A 附注 typed over the notice (its brackets or not), kept in the plan: stored without them, printed with. */
    @Test
    void theDocumentsWindow_keepsTheAnnotationTypedInThePlan() throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#keepHeaderButton").tryQuery().isPresent());
        javafx.scene.control.TextArea annotation = robot.lookup("#header-annotation")
                .queryAs(javafx.scene.control.TextArea.class);
        assertThat(annotation.getText()).isEmpty();
        assertThat(annotation.getPromptText()).contains("此件公开发布");
        robot.interact(() -> annotation.setText("（此件公开发布）"));
        robot.clickOn("#keepHeaderButton");
        waitUntil(() -> robot.lookup("#documentStatus").queryAs(Label.class).getText().contains("已保存到方案"));
        javafx.stage.Window documents = annotation.getScene().getWindow();
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !documents.isShowing());

        stop();
        try (Database database = Database.openExisting(db)) {
            assertThat(new PlanRepository(database).ownPlan().orElseThrow().plan().annotation())
                    .isEqualTo("此件公开发布");
        }
    }

    @Test
    void mergingTwoUnitsInTheCatalogue() throws Exception {
        ListView<Unit> catalogue = chooseInTheCatalogue("市生态局");
        waitUntil(() -> !robot.lookup("#dutiesList").queryListView().getItems().isEmpty());
        assertThat(robot.lookup("#dutiesList").queryListView().getItems()).hasSize(1);

        // the merge target is searched for by part of its name
        robot.clickOn("#mergeTarget").write("生态环境");
        clickCell("市生态环境局");
        robot.clickOn("#mergeButton");
        waitUntil(() -> catalogue.getItems().stream().noneMatch(u -> u.name().equals("市生态局")));
        assertThat(robot.lookup("#unitHeading").queryAs(Label.class).getText()).isEqualTo("市生态环境局");
        saveScreenshot("units.png");

        stop();
        try (Database database = Database.openExisting(db)) {
            assertThat(new UnitRepository(database).findByName("市生态局").orElseThrow().name()).isEqualTo("市生态环境局");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLineOfAUnitsDuties_opensItsTaskInThePlan_evenWhenASearchHidIt() throws Exception {
        // a search that hides the task the line names (it matches nothing)
        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.write("气象站台");
        TreeView<TreeEntry> tree = robot.lookup("#planTree").queryAs(TreeView.class);
        waitUntil(() -> tree.getRoot().getChildren().isEmpty());
        chooseInTheCatalogue("市生态局");
        ListView<org.kesudesk.model.Duty> duties = robot.lookup("#dutiesList").queryListView();
        waitUntil(() -> duties.getItems().size() == 1);
        org.kesudesk.model.Duty duty = duties.getItems().get(0);

        robot.doubleClickOn(duties.lookup(".list-cell"));

        waitUntil(() -> shown("#planTree") && tree.getSelectionModel().getSelectedItem() != null
                && tree.getSelectionModel().getSelectedItem().getValue().id().equals(duty.nodeId()));
        assertThat(robot.lookup("#searchField").queryAs(javafx.scene.control.TextField.class).getText()).isEmpty();
        assertThat(tree.isFocused()).isTrue();
        assertThat(duty.path()).endsWith(tree.getSelectionModel().getSelectedItem().getValue().title());
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    /** 单位管理, and the unit chosen in its list (scrolled to: the sample's list is longer than the window). */
    private ListView<Unit> chooseInTheCatalogue(String name) throws TimeoutException {
        robot.clickOn("单位管理");
        waitUntil(() -> shown("#catalogueList"));
        ListView<Unit> catalogue = robot.lookup("#catalogueList").queryListView();
        int index = catalogue.getItems().stream().map(Unit::name).toList().indexOf(name);
        // scrolled on the window's thread: its cells are laid out again as it scrolls
        robot.interact(() -> catalogue.scrollTo(index));
        clickCell((index + 1) + ". " + name);
        return catalogue;
    }

    private void clickCell(String text) {
        VisibleNodes.clickCell(robot, text);
    }

    private void stop() throws TimeoutException {
        window.stop();
    }

    @SuppressWarnings("unchecked")
    private List<String> unitsShown() {
        ListView<Unit> units = robot.lookup("#unitsList").queryAs(ListView.class);
        return units.getItems().stream().map(Unit::name).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> childTitles(int itemIndex) {
        TreeView<TreeEntry> tree = robot.lookup("#planTree").queryAs(TreeView.class);
        TreeItem<TreeEntry> item = tree.getRoot().getChildren().stream()
                .flatMap(section -> section.getChildren().stream()).toList().get(itemIndex);
        return item.getChildren().stream()
                .map(task -> task.getValue().label() + "." + task.getValue().title()).toList();
    }

    private String menuText(String id) {
        MenuItem item = FxToolkit.toolkitContext().getRegisteredStage().getScene().getRoot().lookupAll(".menu-bar")
                .stream().findFirst().map(bar -> ((MenuBar) bar).getMenus().stream()
                        .flatMap(menu -> menu.getItems().stream())
                        .filter(candidate -> ("#" + candidate.getId()).equals(id)).findFirst().orElseThrow())
                .orElseThrow();
        return item.getText();
    }

    /** The unit columns shown, by the unit names in their headers. */
    private static List<String> unitHeaders(TableView<?> table) {
        return table.getColumns().stream().filter(c -> c.getUserData() instanceof Integer)
                .map(c -> c.getText().split("\n")[0]).filter(name -> !name.isEmpty()).toList();
    }

    private static TableColumn<?, ?> columnOf(TableView<?> table, String unit) {
        return table.getColumns().stream().filter(c -> c.getUserData() instanceof Integer
                && c.getText().split("\n")[0].equals(unit)).findFirst().orElseThrow(() -> new AssertionError(unit));
    }

    private static String cellText(TableView<MatrixViewModel.Row> table, int row, int column) {
        Object value = table.getColumns().get(column).getCellData(row);
        return value == null ? "" : value.toString();
    }

    /** How many actions, projects and tasks of the plan name the unit (in either role). */
    private static long countIn(PlanDocument plan, String unit) {
        return plan.sections().stream().mapToLong(section -> countIn(section, unit)).sum();
    }

    private static long countIn(PlanNode node, String unit) {
        long own = node.assignments().stream().filter(a -> a.unit().name().equals(unit)).count();
        return own + node.children().stream().mapToLong(child -> countIn(child, unit)).sum();
    }

    private boolean shown(String query) {
        return VisibleNodes.shown(robot, query);
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        VisibleNodes.waitUntil(condition);
    }

    private void saveWindowScreenshot(javafx.scene.Parent root, String name) throws IOException {
        org.kesudesk.testsupport.Screenshots.save(robot, root, name);
    }

    private void saveScreenshot(String name) throws IOException {
        saveWindowScreenshot(FxToolkit.toolkitContext().getRegisteredStage().getScene().getRoot(), name);
    }
}
