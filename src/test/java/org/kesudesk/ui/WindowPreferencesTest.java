package org.kesudesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.logic.Preferences;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.testsupport.TestPlans;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real window comes back where it was and as large, with the text size the user chose, which the keys change. */
class WindowPreferencesTest {

    @TempDir
    Path folder;

    @RegisterExtension
    final AppWindow window = new AppWindow();
    private final FxRobot robot = window.robot();

    @Test
    void theWindowsPlaceAndTextSize_areKept_andCtrlEqualsMakesTheTextLarger() throws Exception {
        Path db = folder.resolve("kesudesk");
        try (Database database = Database.open(db)) {
            new PlanRepository(database).add(TestPlans.countyPlan());
        }
        Path settings = folder.resolve(Preferences.FILE_NAME);
        Files.writeString(settings, "window.x=40\nwindow.y=30\nwindow.width=1000\nwindow.height=700\n"
                + "window.maximized=false\nzoom=120\n");

        window.start(() -> new KesuDeskApp(db));
        VisibleNodes.waitUntil(() -> VisibleNodes.shown(robot, "#planTree"));
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();

        assertThat(stage.getX()).isEqualTo(40);
        assertThat(stage.getY()).isEqualTo(30);
        // the window's outer size, as kept (not its scene's: that grew the window by its frame each time)
        assertThat(stage.getWidth()).isEqualTo(1000);
        assertThat(stage.getHeight()).isEqualTo(700);
        assertThat(stage.getScene().getRoot().getStyle()).contains("-fx-font-size: 16.8px");

        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getScene().getRoot().getStyle()).contains("-fx-font-size: 18.2px");
        javafx.scene.control.TreeView<?> tree = robot.lookup("#planTree").queryAs(javafx.scene.control.TreeView.class);
        assertThat(tree.getFixedCellSize()).as("rows as tall as the larger text needs").isGreaterThan(26 * 1.25);
        assertThat(Preferences.load(settings).zoomPercent()).isEqualTo(130);

        robot.interact(() -> {
            stage.setX(64);
            stage.hide();
        });
        assertThat(Preferences.load(settings).windowPlace()).hasValueSatisfying(place -> {
            assertThat(place.x()).isEqualTo(64);
            assertThat(place.width()).isEqualTo(stage.getWidth());
        });
    }

    @Test
    void aWindowKeptLargerThanThisScreen_opensWithinIt() throws Exception {
        Path db = folder.resolve("kesudesk");
        try (Database database = Database.open(db)) {
            new PlanRepository(database).add(TestPlans.countyPlan());
        }
        Files.writeString(folder.resolve(Preferences.FILE_NAME),
                "window.x=600\nwindow.y=200\nwindow.width=1900\nwindow.height=1050\nwindow.maximized=false\n");

        window.start(() -> new KesuDeskApp(db));
        VisibleNodes.waitUntil(() -> VisibleNodes.shown(robot, "#planTree"));
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();

        javafx.geometry.Rectangle2D area = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertThat(stage.getX()).isGreaterThanOrEqualTo(area.getMinX());
        assertThat(stage.getY()).isGreaterThanOrEqualTo(area.getMinY());
        assertThat(stage.getX() + stage.getWidth()).isLessThanOrEqualTo(area.getMaxX());
        assertThat(stage.getY() + stage.getHeight()).isLessThanOrEqualTo(area.getMaxY());
        assertThat(VisibleNodes.shown(robot, "#statusText")).isTrue();
    }

    @Test
    void atALargerTextSize_buttonsAndLabelsKeepTheirWholeText_andTableColumnsWiden() throws Exception {
        Path db = folder.resolve("kesudesk");
        try (Database database = Database.open(db)) {
            new PlanRepository(database).add(TestPlans.countyPlan());
        }
        Files.writeString(folder.resolve(Preferences.FILE_NAME), "zoom=150\n");
        window.start(() -> new KesuDeskApp(db));
        VisibleNodes.waitUntil(() -> VisibleNodes.shown(robot, "#planTree"));
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        robot.interact(() -> {
            stage.setWidth(1200);
            stage.setHeight(760);
        });

        robot.clickOn("单位管理");
        VisibleNodes.waitUntil(() -> VisibleNodes.shown(robot, "#mergeButton"));
        WaitForAsyncUtils.waitForFxEvents();
        // what a label or button draws is its text cut with "…" where it has too little room
        for (String id : java.util.List.of("#addUnitButton", "#renameButton", "#mergeButton")) {
            javafx.scene.control.Labeled control = robot.lookup(id).queryAs(javafx.scene.control.Labeled.class);
            javafx.scene.text.Text drawn = (javafx.scene.text.Text) control.lookup(".text");
            assertThat(drawn.getText()).as(id).isEqualTo(control.getText());
        }
        javafx.scene.Parent mergeRow = robot.lookup("#mergeButton").query().getParent();
        javafx.scene.control.Label mergeLabel = (javafx.scene.control.Label) mergeRow.getChildrenUnmodifiable().get(0);
        assertThat(((javafx.scene.text.Text) mergeLabel.lookup(".text")).getText()).isEqualTo(mergeLabel.getText());

        // a table's columns widen with the text: 位置 is 110 pixels at the normal size
        robot.clickOn("进展");
        javafx.scene.control.TableView<?> rows = robot.lookup("#progressTable").queryTableView();
        VisibleNodes.waitUntil(() -> VisibleNodes.shown(robot, "#progressTable"));
        javafx.scene.control.TableColumn<?, ?> place = rows.getColumns().stream()
                .filter(column -> column.getText().equals("位置")).findFirst().orElseThrow();
        VisibleNodes.waitUntil(() -> place.getPrefWidth() == 165);
        // so does the matrix's 事项 column (320 pixels at the normal size)
        robot.clickOn("责任矩阵");
        VisibleNodes.waitUntil(() -> VisibleNodes.shown(robot, "#matrixTable"));
        javafx.scene.control.TableColumn<?, ?> title = robot.lookup("#matrixTable").queryTableView().getColumns().get(0);
        VisibleNodes.waitUntil(() -> title.getPrefWidth() == 480);
        // and its units' columns: each header's lines whole, the columns sharing the width left (no empty strip)
        javafx.scene.control.TableView<?> matrix = robot.lookup("#matrixTable").queryTableView();
        WaitForAsyncUtils.waitForFxEvents();
        java.util.List<String> headers = matrix.lookupAll(".column-header .text").stream()
                .map(text -> ((javafx.scene.text.Text) text).getText()).toList();
        assertThat(headers).anyMatch(text -> text.startsWith("县教育局\n")).noneMatch(text -> text.contains("…"));
        double used = matrix.getColumns().stream().mapToDouble(javafx.scene.control.TableColumn::getWidth).sum();
        double oneUnit = matrix.getColumns().get(2).getWidth();
        assertThat(matrix.getWidth() - used).isLessThan(oneUnit / 2 + 24);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        VisibleNodes.waitUntil(() -> place.getPrefWidth() == 110 && title.getPrefWidth() == 320);
    }
}
