package org.kesudesk.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kesudesk.exchange.ExchangeFile;
import org.kesudesk.exchange.PlanExchange;
import org.kesudesk.exchange.PlanMerge;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Region;
import org.kesudesk.model.RegionKind;
import org.kesudesk.testsupport.TestPlans;
import org.kesudesk.ui.AppFonts;
import org.kesudesk.ui.KesuDeskApp;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The import preview in a real window: changes listed, a conflict side by side, settled with the keyboard. */
class ExchangePreviewDialogTest {

    private final FxRobot robot = new FxRobot();
    private final List<Optional<Map<UUID, PlanMerge.Choice>>> results = new ArrayList<>();

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void aConflictIsShownSideBySide_andTheChoiceMadeInTheTableIsWhatIsImported() throws Exception {
        PlanDocument base = TestPlans.countyPlan();
        PlanNode task = base.items().get(0).children().get(1);
        PlanDocument mine = reworded(base, task, "本机的说法。");
        PlanDocument theirs = reworded(reworded(base, task, "文件的说法。"), base.items().get(1).children().get(0),
                "文件里另一项任务的新说法。");
        Region city = new Region(UUID.randomUUID(), "230200", "齐齐哈尔市", RegionKind.CITY, Optional.empty(), 1);
        Region county = new Region(UUID.randomUUID(), "230227", "富裕县", RegionKind.COUNTY,
                Optional.of(city.id()), 1);
        PlanExchange.Preview preview = new PlanExchange.Preview(Path.of("from-fuyu.kesu"),
                new ExchangeFile.Header("230227", "富裕县", "230200", OffsetDateTime.now(), "test"), county,
                new PlanExchange.SenderKey("ABCD 1234", false, new byte[0]), county,
                new PlanExchange.ReceivedPlan(new byte[0], "", theirs), Optional.of(base),
                Optional.of(new org.kesudesk.store.ExchangeRepository.ReadPlan(mine, 0)), Optional.empty(), false,
                PlanMerge.merge(Optional.of(base), Optional.of(mine), theirs, Map.of()),
                org.kesudesk.exchange.RecordedWork.none(), false, new PlanExchange.CameAlong(
                        org.kesudesk.store.ExchangeRepository.Alongside.NOTHING, false, 0, false, List.of()));

        robot.interact(() -> {
            ExchangePreviewDialog dialog = new ExchangePreviewDialog(ExchangeViewModel.review(preview));
            // styled as DialogService styles it from the main window
            dialog.getDialogPane().getStylesheets().add(KesuDeskApp.class.getResource("kesudesk.css").toExternalForm());
            AppFonts.loadUiFont().ifPresent(family -> dialog.getDialogPane()
                    .setStyle("-fx-font-family: \"" + family + "\";"));
            dialog.setOnHidden(event -> results.add(Optional.ofNullable(dialog.getResult())));
            dialog.show();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#exchangeConflicts").tryQuery().isPresent());
        assertThat(robot.lookup("#exchangeSummary").queryLabeled().getText()).contains("条目：新增 0，修改 1，删除 0");

        TableView<PlanMerge.RowChange> changes = robot.lookup("#exchangeChanges").queryTableView();
        assertThat(changes.getItems()).singleElement().satisfies(change ->
                assertThat(change.after()).contains("文件里另一项任务的新说法。"));
        TableView<PlanMerge.Conflict> conflicts = robot.lookup("#exchangeConflicts").queryTableView();
        assertThat(conflicts.getItems()).singleElement().satisfies(conflict -> {
            assertThat(conflict.mine()).contains("本机的说法。");
            assertThat(conflict.theirs()).contains("文件的说法。");
        });
        assertThat(robot.lookup("本机的说法。").tryQuery()).as("mine shown in the table").isPresent();
        assertThat(robot.lookup("文件的说法。").tryQuery()).as("theirs shown beside it").isPresent();

        org.kesudesk.testsupport.Screenshots.save(robot, robot.lookup("#exchangePreview").query().getScene().getRoot(),
                "exchange-preview.png");

        ComboBox<PlanMerge.Choice> choice = robot.lookup(".conflict-choice").queryComboBox();
        assertThat(choice.getValue()).isEqualTo(PlanMerge.Choice.MINE);
        robot.clickOn(choice).type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> choice.getValue() == PlanMerge.Choice.THEIRS);
        robot.clickOn("#exchangeImportButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !results.isEmpty());

        PlanExchange.Preview chosen = preview.choose(results.get(0).orElseThrow());
        assertThat(chosen.merge().conflicts()).singleElement()
                .satisfies(c -> assertThat(c.choice()).isEqualTo(PlanMerge.Choice.THEIRS));
        assertThat(chosen.merge().merged().items().get(0).children().get(1).text()).isEqualTo("文件的说法。");
    }

    private static PlanDocument reworded(PlanDocument plan, PlanNode task, String text) {
        return new PlanDocument(plan.plan(), plan.goalIndicators(),
                plan.sections().stream().map(section -> replace(section, task.id(), text)).toList());
    }

    private static PlanNode replace(PlanNode node, UUID id, String text) {
        return new PlanNode(node.id(), node.kind(), node.label(), node.title(), node.id().equals(id) ? text
                : node.text(), node.assignments(), node.indicators(),
                node.children().stream().map(child -> replace(child, id, text)).toList(), node.rowVersion());
    }
}
