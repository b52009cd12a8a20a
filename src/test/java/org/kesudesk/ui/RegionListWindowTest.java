package org.kesudesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.store.AuditLog;
import org.kesudesk.store.Database;
import org.kesudesk.store.RegionRepository;
import org.kesudesk.testsupport.SamplePlan;
import org.testfx.api.FxRobot;

/**
 * 数据交换 ▸ 区划列表 ▸ 增加县（市、区）… in the real window: the code and name typed, OK only once both are there, the
 * zone in the plan navigator at once and in the database, audited.
 */
class RegionListWindowTest {

    @TempDir
    Path folder;

    @RegisterExtension
    final AppWindow window = new AppWindow();
    private final FxRobot robot = window.robot();

    @Test
    void aZoneTypedIn_joinsTheListAndTheNavigator() throws Exception {
        Path db = folder.resolve("kesudesk");
        try (Database database = Database.open(db)) {
            SamplePlan.store(database);
        }
        window.start(() -> new KesuDeskApp(db));
        VisibleNodes.waitUntil(() -> VisibleNodes.shown(robot, "#planTree"));
        MenuItem add = item("addRegionMenuItem");
        assertThat(add.getParentMenu()).extracting(Menu::getText).asString().startsWith("区划列表");
        assertThat(add.getParentMenu().getParentMenu()).extracting(Menu::getText).asString().startsWith("数据交换");

        // fired as the menu does, from the event queue (the dialog waits for its answer there)
        Platform.runLater(add::fire);
        VisibleNodes.waitUntil(() -> VisibleNodes.shown(robot, "#regionTypeDialog"));
        DialogPane dialog = robot.lookup("#regionTypeDialog").queryAs(DialogPane.class);
        Button ok = (Button) dialog.lookupButton(dialog.getButtonTypes().get(0));
        assertThat(ok.isDisabled()).isTrue();
        robot.clickOn("#regionCodeField").write("230299");
        assertThat(ok.isDisabled()).as("a name is still missing").isTrue();
        robot.clickOn("#regionNameField").write("高新区");
        assertThat(ok.isDisabled()).isFalse();
        org.kesudesk.testsupport.Screenshots.save(robot, dialog.getScene().getRoot(), "region-add.png");
        robot.type(KeyCode.ENTER);

        TreeView<?> navigator = robot.lookup("#planNavigator").queryAs(TreeView.class);
        VisibleNodes.waitUntil(() -> robot.from(navigator).lookup(".tree-cell").match(node ->
                node instanceof javafx.scene.control.Labeled labeled && labeled.getText() != null
                        && labeled.getText().startsWith("高新区")).tryQuery().isPresent());
        window.stop();
        try (Database database = Database.openExisting(db)) {
            assertThat(new RegionRepository(database).byCode("230299").orElseThrow().name()).isEqualTo("高新区");
            assertThat(new AuditLog(database).recent(1)).singleElement()
                    .satisfies(entry -> assertThat(entry.action()).isEqualTo("region.add"));
        }
    }

    private MenuItem item(String id) throws TimeoutException {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .flatMap(item -> item instanceof Menu sub ? sub.getItems().stream() : java.util.stream.Stream.of(item))
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }
}
