package org.kesudesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A step that simply went well is said by a note in the window's corner (ControlsFX), with nothing to click. */
class NotificationTest {

    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void aNoteIsShownOverTheWindow_withoutADialogToClose() throws Exception {
        Stage stage = FxToolkit.registerStage(Stage::new);
        robot.interact(() -> {
            stage.setScene(new Scene(new StackPane(), 800, 600));
            stage.show();
            new DialogService(stage).notify("生成县区方案", "已为富裕县生成方案。");
        });

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("已为富裕县生成方案。").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane").tryQuery()).as("no dialog to click away").isEmpty();
    }
}
