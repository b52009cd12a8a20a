package org.kesudesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Unit;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.testsupport.DatabaseHolder;
import org.kesudesk.testsupport.TestPlans;
import org.kesudesk.ui.plan.PlanEditViewModel;
import org.kesudesk.ui.tree.TreeEntry;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Drives the real main window, headless, on real H2 databases in a temp folder. */
class MainWindowTest {


    @TempDir
    Path folder;

    @RegisterExtension
    final AppWindow window = new AppWindow();
    private final FxRobot robot = window.robot();

    @Test
    void theWindowShowsThePlanTree_andATasksResponsibleUnitsInStoredOrder() throws Exception {
        PlanDocument plan = TestPlans.countyPlan();
        Path db = storeInNewDatabase(plan);

        start(db);
        waitUntil(() -> shown("#planTree"));

        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        // whose plan is shown: the office's region (the city, until it chooses) and the plan's name
        assertThat(stage.getTitle()).isEqualTo("齐齐哈尔市 · " + plan.plan().name() + " — 科素通 KesuDesk");

        TreeView<?> tree = robot.lookup("#planTree").queryAs(TreeView.class);
        assertThat(tree.getRoot().getChildren()).extracting(item -> ((TreeEntry) item.getValue()).title())
                .containsExactlyElementsOf(plan.sections().stream().map(PlanNode::title).toList());

        PlanNode item = plan.items().get(0);
        PlanNode task = item.children().get(1);
        VisibleNodes.clickCell(robot, PlanEditViewModel.displayName(item));
        assertThat(unitsShown()).containsExactlyElementsOf(names(item.leadUnits()));
        assertThat(robot.lookup("#detailsHeading").queryAs(Label.class).getText())
                .isEqualTo("（一）" + item.title());

        robot.type(KeyCode.RIGHT);
        VisibleNodes.clickCell(robot, PlanEditViewModel.displayName(task));

        assertThat(unitsShown()).containsExactlyElementsOf(names(task.responsibleUnits()));
        assertThat(robot.lookup("#detailsHeading").queryAs(Label.class).getText()).isEqualTo("2." + task.title());
        assertThat(robot.lookup("#unitsList .list-cell").queryAllAs(javafx.scene.control.ListCell.class))
                .extracting(javafx.scene.control.ListCell::getText)
                .contains("1. " + task.responsibleUnits().get(0).name());

        saveScreenshot("county-plan.png");
        // a clock in step with the data: no warning
        assertThat(shown("#clockWarning")).isFalse();
    }

    @Test
    void aClockThatReadsEarlierThanTheData_isSaidUnderTheMenus_untilPutAway() throws Exception {
        Path db = storeInNewDatabase(TestPlans.countyPlan());
        java.time.OffsetDateTime nextMonth = java.time.OffsetDateTime.now().plusDays(30);
        try (Database database = Database.open(db)) {
            // the newest change made on a computer whose clock reads a month later (or this one's, before reset)
            org.kesudesk.store.Tampering.change(database, tx -> tx.update(org.kesudesk.store.jooq.Tables.AUDIT_LOG)
                    .set(org.kesudesk.store.jooq.Tables.AUDIT_LOG.AT, nextMonth)
                    .where(org.kesudesk.store.jooq.Tables.AUDIT_LOG.ID.eq(tx.select(org.jooq.impl.DSL.max(
                            org.kesudesk.store.jooq.Tables.AUDIT_LOG.ID)).from(org.kesudesk.store.jooq.Tables.AUDIT_LOG)))
                    .execute());
        }

        start(db);
        waitUntil(() -> shown("#planTree"));
        waitUntil(() -> shown("#clockWarning"));

        java.time.LocalDate later = nextMonth.atZoneSameInstant(java.time.ZoneId.systemDefault()).toLocalDate();
        assertThat(robot.lookup("#clockWarning").queryAs(Label.class).getText())
                .contains("本机日期是" + java.time.LocalDate.now().getYear() + "年")
                .contains("（" + later.getYear() + "年" + later.getMonthValue() + "月" + later.getDayOfMonth() + "日）")
                .contains("校正电脑的日期和时间");
        robot.clickOn("#clockWarningDismiss");
        waitUntil(() -> !shown("#clockWarning"));
    }

    @Test
    void everyMenuCommand_hasItsOwnAccessKeyInItsMenu() throws Exception {
        start(storeInNewDatabase(TestPlans.countyPlan()));
        waitUntil(() -> shown("#planTree"));

        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        java.util.regex.Pattern key = java.util.regex.Pattern.compile("_([A-Z0-9])");
        for (javafx.scene.control.Menu menu : bar.getMenus()) {
            java.util.Map<String, String> keys = new java.util.HashMap<>();
            for (javafx.scene.control.MenuItem item : menu.getItems()) {
                // separators; 撤销/重做 name the edit (Ctrl+Z, Ctrl+Y) and have none on purpose
                if (item instanceof javafx.scene.control.SeparatorMenuItem || !item.isMnemonicParsing()) {
                    continue;
                }
                java.util.regex.Matcher found = key.matcher(item.getText());
                assertThat(found.find()).as("%s ▸ %s", menu.getText(), item.getText()).isTrue();
                assertThat(keys.put(found.group(1), item.getText())).as("%s ▸ %s", menu.getText(), item.getText())
                        .isNull();
            }
        }
    }

    /**
     * 帮助 ▸ 使用说明 shows the guide; every menu item it names (“文件 ▸ 导入方案文件…”) is one of the window's menus,
     * and every tab it names (“进展”页) one of its tabs, as labelled — a guide that names what is not there misleads;
     * so does a message, and every menu item the bundle names is checked too.
     */
    @Test
    void theGuideAndTheMessages_nameOnlyMenusAndTabsTheWindowHas() throws Exception {
        start(storeInNewDatabase(TestPlans.countyPlan()));
        waitUntil(() -> shown("#planTree"));

        javafx.scene.control.MenuItem guideItem = VisibleNodes.menuItem("guideMenuItem");
        javafx.application.Platform.runLater(guideItem::fire);
        waitUntil(() -> shown("#guideDialog"));
        java.util.List<String> shownText = robot.lookup("#guideText .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(shownText).contains(org.kesudesk.l10n.Messages.get("menu.help.guide.start.heading"))
                .contains(org.kesudesk.l10n.Messages.get("menu.help.guide.trouble.heading"));
        String guide = String.join("\n", shownText) + org.kesudesk.l10n.Messages.get("menu.help.guide.header");

        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        java.util.Map<String, java.util.List<String>> menus = new java.util.HashMap<>();
        for (javafx.scene.control.Menu menu : bar.getMenus()) {
            // a submenu's items by their path in it (数据交换 ▸ 区划列表 ▸ 增加县（市、区）…) as well
            menus.put(withoutAccessKey(menu.getText()), menu.getItems().stream()
                    .filter(item -> item.getText() != null)
                    .flatMap(item -> java.util.stream.Stream.concat(java.util.stream.Stream.of(
                            withoutAccessKey(item.getText())), item instanceof javafx.scene.control.Menu sub
                            ? sub.getItems().stream().filter(child -> child.getText() != null)
                            .map(child -> withoutAccessKey(item.getText()) + " ▸ " + withoutAccessKey(child.getText()))
                            : java.util.stream.Stream.empty()))
                    .toList());
        }
        java.util.regex.Matcher path = java.util.regex.Pattern.compile("“([^”▸]+) ▸ ([^”]+)”").matcher(guide);
        int paths = 0;
        while (path.find()) {
            paths++;
            assertThat(menus).as("the menu of %s", path.group()).containsKey(path.group(1));
            assertThat(menus.get(path.group(1))).as(path.group()).contains(path.group(2));
        }
        assertThat(paths).isGreaterThan(10);
        // and every message that names a menu's item (文件 ▸ 数据库连接…, 数据交换 ▸ 生成县区方案…) names one it has
        java.util.List<String> wrong = new java.util.ArrayList<>();
        for (String key : org.kesudesk.l10n.Messages.bundle().keySet()) {
            String text = org.kesudesk.l10n.Messages.bundle().getString(key);
            for (var menu : menus.entrySet()) {
                String named = menu.getKey() + " ▸ ";
                for (int at = text.indexOf(named); at >= 0; at = text.indexOf(named, at + 1)) {
                    String rest = text.substring(at + named.length());
                    // a path deeper than one item is another program's (Word's 文件 ▸ 信息 ▸ 保护文档 ▸ …);
                    // an item is named by its fixed start (撤销：…) or whole
                    boolean deeper = rest.split("[，。；）]", 2)[0].contains("▸");
                    if (!deeper && menu.getValue().stream().map(item -> item.replaceFirst("：.*", ""))
                            .noneMatch(rest::startsWith)) {
                        wrong.add(key + ": " + text.substring(at, Math.min(text.length(), at + named.length() + 12)));
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();

        java.util.List<String> tabs = robot.lookup(".tab-pane").queryAllAs(javafx.scene.control.TabPane.class)
                .stream().flatMap(pane -> pane.getTabs().stream()).map(javafx.scene.control.Tab::getText).toList();
        java.util.regex.Matcher tab = java.util.regex.Pattern.compile("“([^”]+)”页").matcher(guide);
        int tabsNamed = 0;
        while (tab.find()) {
            tabsNamed++;
            assertThat(tabs).as(tab.group()).contains(tab.group(1));
        }
        assertThat(tabsNamed).isGreaterThan(3);
        saveScreenshot("guide.png", robot.lookup("#guideDialog").query().getScene().getRoot());
    }

    /** A menu's text as the user reads it: 文件(_F) is 文件, 生成公文(_P)… is 生成公文…. */
    private static String withoutAccessKey(String text) {
        return text.replaceAll("\\(_[A-Z0-9]\\)", "");
    }

    /** F1 lists the keys; every shortcut of the menus is among them, as the menu shows it. */
    @Test
    void f1_listsTheKeys_everyMenuShortcutAmongThem() throws Exception {
        start(storeInNewDatabase(TestPlans.countyPlan()));
        waitUntil(() -> shown("#planTree"));

        robot.type(KeyCode.F1);
        waitUntil(() -> shown("#keysDialog"));

        java.util.List<String> listed = robot.lookup("#keysGrid .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        java.util.List<String> shortcuts = new java.util.ArrayList<>();
        for (javafx.scene.control.Menu menu : bar.getMenus()) {
            for (javafx.scene.control.MenuItem item : menu.getItems()) {
                if (item.getAccelerator() != null) {
                    shortcuts.add(item.getAccelerator().getDisplayText());
                }
            }
        }
        assertThat(shortcuts).hasSizeGreaterThan(10).allSatisfy(shortcut -> assertThat(listed)
                .as("the keys listed").contains(shortcut));
        // and the keys of the views, such as the tree's
        assertThat(listed).contains("Insert 或 Ctrl+N", "Alt+↑ / Alt+↓", "Ctrl+Enter");
    }

    @Test
    void theUiUsesTheBundledChineseFont() throws Exception {
        start(storeInNewDatabase(TestPlans.countyPlan()));
        waitUntil(() -> !robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(cell -> cell.getItem() != null).toList().isEmpty());

        TreeCell<?> cell = robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> c.getItem() != null).findFirst().orElseThrow();
        assertThat(cell.getFont().getFamily()).isEqualTo("FandolHei");
    }

    @Test
    void anEmptyDatabase_showsWhatToDoNext() throws Exception {
        start(folder.resolve("empty"));
        waitUntil(() -> shown("#emptyState"));

        assertThat(robot.lookup("#emptyState .label").queryAllAs(Label.class))
                .extracting(Label::getText)
                .anySatisfy(text -> assertThat(text).contains("还没有实施方案"))
                .anySatisfy(text -> assertThat(text).contains("导入"));
        assertThat(shown("#planTree")).isFalse();
        saveScreenshot("empty-state.png");
    }

    /**
     * An office of another city, on its first start: it finds its county by typing a part of the name, and the
     * region list becomes that city's, the office being the county.
     */
    @Test
    void anOfficeOfAnotherCity_findsItsCountyByTyping_andTheListBecomesItsCitys() throws Exception {
        Path db = folder.resolve("kesudesk");
        start(db);
        waitUntil(() -> shown("#emptyState"));

        robot.clickOn("#setUpRegionButton");
        waitUntil(() -> shown("#divisionDialog"));
        waitUntil(() -> robot.lookup("#divisionSearch").query().isFocused());
        // typed into the dialog's window, where the field has the focus
        robot.targetWindow(robot.lookup("#divisionSearch").query().getScene().getWindow());
        robot.write("肇州");
        ListView<?> found = robot.lookup("#divisionList").queryAs(ListView.class);
        waitUntil(() -> found.getSelectionModel().getSelectedItem() != null);
        assertThat(robot.lookup("#divisionList .list-cell").queryAllAs(javafx.scene.control.ListCell.class))
                .extracting(javafx.scene.control.ListCell::getText).contains("黑龙江省大庆市肇州县（230621）");
        saveScreenshot("division-dialog.png", robot.lookup("#divisionDialog").query().getScene().getRoot());
        robot.type(KeyCode.ENTER);

        waitUntil(() -> shown("#confirmDialog"));
        assertThat(robot.lookup("#confirmDialog .content").queryAs(Label.class).getText())
                .contains("齐齐哈尔市").contains("大庆市及所辖 9 个县级区划").contains("杜尔伯特蒙古族自治县");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#ownRegionText").queryAs(Label.class).getText().contains("肇州县"));

        window.stop();
        try (Database database = Database.openExisting(db)) {
            org.kesudesk.store.RegionRepository regions = new org.kesudesk.store.RegionRepository(database);
            assertThat(regions.own().orElseThrow().code()).isEqualTo("230621");
            assertThat(regions.all()).hasSize(10).extracting(org.kesudesk.model.Region::name)
                    .contains("大庆市").doesNotContain("齐齐哈尔市");
        }
    }

    @Test
    void onFirstStart_theSampleIsOffered_reviewed_andLoaded() throws Exception {
        Path db = folder.resolve("kesudesk");
        start(db);
        waitUntil(() -> shown("#emptyState"));

        robot.clickOn("#loadSampleButton");
        waitUntil(() -> shown("#importReview"));
        assertThat(robot.lookup("#importSummary").queryAs(Label.class).getText())
                .contains("齐政办发〔2022〕16号").contains("任务 35 项");
        saveScreenshot("import-review.png", robot.lookup("#importReview").query().getScene().getRoot());
        // every unit attributed, with its line and how the document said it
        robot.clickOn("单位来源（182）");
        javafx.scene.control.ListView<?> sources = robot.lookup("#importSources").queryAs(javafx.scene.control.ListView.class);
        assertThat(sources.getItems()).hasSize(182);
        assertThat(sources.getItems().get(0).toString()).contains("（一）实施青少年科学素质提升行动").contains("市教育局")
                .contains("牵头").contains("（牵头单位：…）");
        // a line of the review copied (a dialog has no 编辑 menu: its Ctrl+C), as it is shown
        robot.interact(() -> javafx.scene.input.Clipboard.getSystemClipboard().clear());
        robot.interact(() -> {
            sources.getSelectionModel().clearAndSelect(0);
            sources.requestFocus();
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        String[] copied = new String[1];
        waitUntil(() -> {
            robot.interact(() -> copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
            return copied[0] != null;
        });
        assertThat(copied[0]).contains("（一）实施青少年科学素质提升行动").contains("市教育局").doesNotContain("\n");
        robot.clickOn("单位别名（1）");
        robot.clickOn("#alias-0");
        robot.clickOn("保存");
        waitUntil(() -> robot.lookup("#importReview").tryQuery().isEmpty() && shown("#planTree"));

        TreeView<?> tree = robot.lookup("#planTree").queryAs(TreeView.class);
        assertThat(tree.getRoot().getChildren()).extracting(item -> ((TreeEntry) item.getValue()).title())
                .containsExactly("聚焦重点人群，实施五项提升行动", "突出供给侧改革，实施五项重点工程", "强化保障措施，确保全面组织实施");
        VisibleNodes.clickCell(robot, "（五）科学素质区域交流合作工程");
        robot.type(KeyCode.RIGHT);
        VisibleNodes.clickCell(robot, "2.丰富区域合作内容");
        assertThat(unitsShown()).contains("市生态环境局").doesNotContain("市生态局").hasSize(11);
        saveScreenshot("main-window.png");

        window.stop();
        try (Database database = Database.openExisting(db)) {
            assertThat(new PlanRepository(database).ownPlan().orElseThrow().plan().docNumber())
                    .isEqualTo("齐政办发〔2022〕16号");
        }
    }

    @Test
    void aSecondCopy_saysTheDatabaseIsAlreadyOpen() throws Exception {
        Path db = storeInNewDatabase(TestPlans.countyPlan());

        try (DatabaseHolder firstCopy = DatabaseHolder.hold(db)) {
            start(db);
            waitUntil(() -> shown("#failureState"));

            assertThat(robot.lookup("#failureTitle").queryAs(Label.class).getText()).isEqualTo("数据库已在使用中");
            assertThat(robot.lookup("#failureMessage").queryAs(Label.class).getText())
                    .contains("数据库已在另一个科素通窗口").contains(db + ".mv.db").doesNotContain("Exception");
            // nothing to restore over another window's database; the key pressed next closes
            assertThat(shown("#failureRestoreButton")).isFalse();
            waitUntil(() -> robot.lookup("#failureExitButton").query().isFocused());
            saveScreenshot("database-in-use.png");
        }

        try (Database database = Database.openExisting(db)) {
            assertThat(new PlanRepository(database).list()).hasSize(1);
        }
    }

    private boolean shown(String query) {
        return VisibleNodes.shown(robot, query);
    }

    private void start(Path db) throws TimeoutException {
        window.start(() -> new KesuDeskApp(db));
    }

    private Path storeInNewDatabase(PlanDocument plan) {
        Path db = folder.resolve("kesudesk");
        try (Database database = Database.open(db)) {
            new PlanRepository(database).add(plan);
        }
        return db;
    }

    @SuppressWarnings("unchecked")
    private java.util.List<String> unitsShown() {
        ListView<Unit> units = robot.lookup("#unitsList").queryAs(ListView.class);
        return units.getItems().stream().map(Unit::name).toList();
    }

    private static java.util.List<String> names(java.util.List<Unit> units) {
        return units.stream().map(Unit::name).toList();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        VisibleNodes.waitUntil(condition);
    }

    private void saveScreenshot(String name) throws IOException {
        saveScreenshot(name, FxToolkit.toolkitContext().getRegisteredStage().getScene().getRoot());
    }

    private void saveScreenshot(String name, Node node) throws IOException {
        org.kesudesk.testsupport.Screenshots.save(robot, node, name);
    }
}
