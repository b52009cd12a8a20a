package org.kesudesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.exchange.PlanData;
import org.kesudesk.logic.PlanImportService;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.UnitRepository;
import org.testfx.api.FxRobot;

/**
 * A revised document opened in the real window (文件 ▸ 最近打开, as a clerk reopens the 正式稿 saved beside the
 * 征求意见稿): the review of what was read, the question whether it revises the stored plan, the list of changes,
 * and the plan updated in place — one plan, not a second beside it.
 */
class RevisionWindowTest {

    private static final Path SAMPLE = Path.of("src", "main", "resources", "org", "kesudesk", "samples",
            "qiqihar-2022-16.txt");

    @TempDir
    Path folder;

    @RegisterExtension
    final AppWindow window = new AppWindow();
    private final FxRobot robot = window.robot();

    @Test
    void aRevisedDocument_reopened_updatesThePlanInPlace_afterTheQuestionAndTheListOfChanges() throws Exception {
        Path db = folder.resolve("kesudesk");
        DialogPane question = theQuestionOn(db, sample -> sample
                .replace("齐政办发〔2022〕16号", "齐政办发〔2023〕3号")
                .replace("将弘扬科学精神贯穿于育人全链条。", "将弘扬科学精神和科学家精神贯穿于育人全过程。"));
        assertThat(question.getHeaderText()).contains("已有同名方案").contains("齐政办发〔2022〕16号");
        org.kesudesk.testsupport.Screenshots.save(robot, question.getScene().getRoot(), "revision-question.png");
        // the question of a few sentences wraps at a reading width, not across the screen
        assertThat(question.getScene().getWindow().getWidth()).isLessThan(900);
        robot.interact(() -> ((Button) question.lookupButton(question.getButtonTypes().get(0))).fire());
        // every change listed before anything is stored
        waitUntil(() -> shown("#exchangePreview"));
        TableView<?> changes = robot.lookup("#exchangeChanges").queryAs(TableView.class);
        assertThat(changes.getItems()).isNotEmpty();
        assertThat(changes.getItems().toString()).contains("将弘扬科学精神和科学家精神贯穿于育人全过程");
        // the reworded text read in its row, not cut at the column's edge
        String after = changes.getItems().stream().map(change -> (org.kesudesk.exchange.PlanMerge.RowChange) change)
                .filter(change -> change.kind() == org.kesudesk.exchange.PlanMerge.RowKind.NODE).findFirst()
                .orElseThrow().after().orElseThrow();
        java.util.function.Predicate<javafx.scene.Node> text = node -> node instanceof javafx.scene.text.Text;
        assertThat(robot.lookup("#exchangeChanges").lookup(text).queryAllAs(javafx.scene.text.Text.class))
                .extracting(javafx.scene.text.Text::getText).contains(after);
        org.kesudesk.testsupport.Screenshots.save(robot, changes.getScene().getRoot(), "revision-changes.png");
        robot.interact(() -> robot.lookup("#exchangeImportButton").queryAs(Button.class).fire());
        waitUntil(() -> robot.lookup("#exchangePreview").tryQuery().isEmpty()
                && robot.lookup(".label").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(label -> label.getText().contains("齐政办发〔2023〕3号")));

        window.stop();
        try (Database database = Database.openExisting(db)) {
            PlanRepository plans = new PlanRepository(database);
            assertThat(plans.list()).as("one plan, updated in place").hasSize(1);
            PlanDocument plan = plans.ownPlan().orElseThrow();
            assertThat(plan.plan().docNumber()).isEqualTo("齐政办发〔2023〕3号");
            assertThat(plan.items().get(0).children().get(0).title()).isEqualTo("将弘扬科学精神和科学家精神贯穿于育人全过程");
        }
    }

    /**
     * The document corrected and sent again under its 文号 and title (a task reworded) is offered as the plan's
     * revision too, saying why; updating keeps one plan.
     */
    @Test
    void aDocumentCorrectedUnderItsNumber_isOfferedAsItsRevision() throws Exception {
        Path db = folder.resolve("kesudesk");
        DialogPane question = theQuestionOn(db, sample -> sample.replace("实施教师科学素质提升工程",
                "实施教师科学素质全面提升工程"));
        assertThat(question.getHeaderText()).contains("已有这份方案").contains("内容与当初导入的不同");
        robot.interact(() -> ((Button) question.lookupButton(question.getButtonTypes().get(0))).fire());
        waitUntil(() -> shown("#exchangePreview"));
        robot.interact(() -> robot.lookup("#exchangeImportButton").queryAs(Button.class).fire());
        waitUntil(() -> robot.lookup("#exchangePreview").tryQuery().isEmpty());

        window.stop();
        try (Database database = Database.openExisting(db)) {
            PlanRepository plans = new PlanRepository(database);
            assertThat(plans.list()).as("one plan, updated in place").hasSize(1);
            assertThat(plans.ownPlan().orElseThrow().items().get(0).children().get(4).title())
                    .isEqualTo("实施教师科学素质全面提升工程");
        }
    }

    /**
     * The sample stored, a document made from it by the change given opened from 文件 ▸ 最近打开 and saved from its
     * review: the question that follows.
     */
    private DialogPane theQuestionOn(Path db, java.util.function.UnaryOperator<String> change) throws Exception {
        String sample = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        try (Database database = Database.open(db)) {
            PlanRepository plans = new PlanRepository(database);
            PlanImportService imports = new PlanImportService(plans, new UnitRepository(database), PlanData::source);
            imports.save(imports.readSample(), List.of());
        }
        Path revised = Files.writeString(folder.resolve("正式稿.txt"), change.apply(sample), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(org.kesudesk.logic.Preferences.FILE_NAME),
                "recent.0=" + revised.toAbsolutePath().toString().replace("\\", "\\\\") + "\n");

        window.start(() -> new KesuDeskApp(db));
        waitUntil(() -> shown("#planTree"));
        MenuItem recent = ((Menu) robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems()
                .stream().filter(item -> "recentMenu".equals(item.getId())).findFirst().orElseThrow())
                .getItems().get(0);
        robot.interact(recent::fire);

        // what was read, reviewed as any document is
        waitUntil(() -> shown("#importReview"));
        robot.clickOn("保存");
        // the same plan's name: its revision, or another plan — the update is offered first
        waitUntil(() -> shown("#chooseOneDialog"));
        return robot.lookup("#chooseOneDialog").queryAs(DialogPane.class);
    }

    private boolean shown(String query) {
        return robot.lookup(query).tryQuery().map(node -> node.getScene() != null && node.isVisible()).orElse(false);
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        VisibleNodes.waitUntil(condition);
    }
}
