package org.kesudesk.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kesudesk.model.Region;
import org.kesudesk.model.RegionKind;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The review step of deriving a county's plan, in a real window: a suggested name corrected with the keyboard. */
class UnitNamesDialogTest {

    private final FxRobot robot = new FxRobot();
    private final List<Optional<Map<String, String>>> results = new ArrayList<>();

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void aSuggestedNameIsCorrected_andTheOthersAreKept() throws Exception {
        Map<String, String> suggested = new LinkedHashMap<>();
        suggested.put("市教育局", "县教育局");
        suggested.put("市新闻传媒中心", "县新闻传媒中心");
        suggested.put("团市委", "团县委");
        Region county = new Region(UUID.randomUUID(), "230227", "富裕县", RegionKind.COUNTY, Optional.empty(), 1);
        robot.interact(() -> {
            UnitNamesDialog dialog = new UnitNamesDialog(county, suggested);
            dialog.setOnHidden(event -> results.add(Optional.ofNullable(dialog.getResult())));
            dialog.show();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#unitNamesTable").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#unitNamesTable").queryTableView();
        assertThat(table.getItems()).hasSize(3);

        // the second row's county name: double-click, type, Enter
        robot.doubleClickOn("县新闻传媒中心");
        robot.push(KeyCode.CONTROL, KeyCode.A).write("县融媒体中心").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("县融媒体中心").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        // the next Enter confirms the names (it once landed on 取消 and threw the edits away)
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !results.isEmpty());

        assertThat(results.get(0)).contains(Map.of("市教育局", "县教育局", "市新闻传媒中心", "县融媒体中心",
                "团市委", "团县委"));
    }
}
