package org.kesudesk.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kesudesk.parse.ColumnMapping;
import org.kesudesk.parse.ColumnRole;
import org.kesudesk.parse.UnmappedTable;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The question a table with unusual headers raises, in a real window: 读取 stays disabled, saying why, until the
 * columns make a division table; chosen with the keyboard, the mapping is what the user chose.
 */
class ColumnMappingDialogTest {

    private final FxRobot robot = new FxRobot();
    private final List<Optional<ColumnMapping>> results = new ArrayList<>();

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void theColumnsAreMapped_andReadOnlyWhenTheyMakeADivisionTable() throws Exception {
        UnmappedTable table = new UnmappedTable(List.of("内容", "主办", "协办", "时限"),
                List.of(List.of("加强学校科学教育", "市教育局", "团市委", "长期")),
                new ColumnMapping(List.of(ColumnRole.OTHER, ColumnRole.OTHER, ColumnRole.OTHER, ColumnRole.OTHER)));
        robot.interact(() -> {
            ColumnMappingDialog dialog = new ColumnMappingDialog(table);
            dialog.setOnHidden(event -> results.add(Optional.ofNullable(dialog.getResult())));
            dialog.show();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#column0").tryQuery().isPresent());
        Button read = robot.lookup("读取").queryButton();
        Label problem = robot.lookup("#columnMappingProblem").queryAs(Label.class);
        assertThat(read.isDisabled()).isTrue();
        assertThat(problem.getText()).contains("任务");
        assertThat(robot.lookup("加强学校科学教育").tryQuery()).as("the rows are shown to decide by").isPresent();

        choose("#column0", ColumnRole.TASK);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> problem.getText().contains("单位"));
        assertThat(read.isDisabled()).isTrue();
        choose("#column1", ColumnRole.LEAD);
        choose("#column2", ColumnRole.RESPONSIBLE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !read.isDisabled());
        assertThat(problem.getText()).isEmpty();
        robot.clickOn(read);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !results.isEmpty());

        assertThat(results.get(0)).contains(new ColumnMapping(List.of(ColumnRole.TASK, ColumnRole.LEAD,
                ColumnRole.RESPONSIBLE, ColumnRole.OTHER)));
    }

    /** Picks a role in a column's list with the keyboard, as a user without a mouse would. */
    private void choose(String id, ColumnRole role) {
        ComboBox<?> combo = robot.lookup(id).queryComboBox();
        robot.clickOn(combo);
        int from = combo.getItems().indexOf(combo.getValue());
        int to = combo.getItems().indexOf(role);
        KeyCode step = to > from ? KeyCode.DOWN : KeyCode.UP;
        for (int i = 0; i < Math.abs(to - from); i++) {
            robot.type(step);
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(combo.getValue()).isEqualTo(role);
    }
}
