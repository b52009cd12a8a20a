package org.kesudesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Label;
import javafx.scene.control.TreeView;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.logic.PlanReferences;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.store.Database;
import org.kesudesk.store.DatabaseTarget;
import org.kesudesk.store.NodeRepository;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.ServerAddress;
import org.kesudesk.testsupport.SamplePlan;
import org.kesudesk.testsupport.TestDatabases;
import org.testfx.api.FxRobot;

/**
 * A clerk's window on the office's server, while a colleague changes the plan from another computer: the change
 * shows in the window's tree without reopening anything, and the status bar says who changed what. Run on a server.
 */
@Tag("server")
class SharedDatabaseWindowTest {

    @TempDir
    Path folder;

    @RegisterExtension
    final AppWindow window = new AppWindow();
    private final FxRobot robot = window.robot();
    private Path office;

    @BeforeEach
    void startOnTheServer() throws TimeoutException {
        office = folder.resolve("office");
        try (Database database = TestDatabases.open(office)) {
            SamplePlan.store(database);
        }
        DatabaseTarget server = DatabaseTarget.server(ServerAddress.parse(TestDatabases.location(office), Map.of()));
        window.start(() -> new KesuDeskApp(server, folder));
        VisibleNodes.waitUntil(() -> VisibleNodes.shown(robot, "#planTree"));
    }

    @Test
    void aColleaguesChange_showsInTheTree_andTheStatusBarSaysWhoChangedWhat() throws TimeoutException {
        String reworded = "将弘扬科学精神贯穿于育人全链条（同事修改）";
        try (Database colleague = TestDatabases.open(office)) {
            PlanDocument plan = new PlanRepository(colleague).ownPlan().orElseThrow();
            PlanNode task = PlanReferences.resolve(plan, "action.1.1");
            new NodeRepository(colleague).update(task.id(), task.rowVersion(), reworded, task.text());
        }

        VisibleNodes.waitUntil(() -> treeShows(reworded));
        String others = robot.lookup("#othersText").queryAs(Label.class).getText();
        assertThat(others).contains(System.getProperty("user.name")).contains(reworded).contains("修改");
        MainViewModel viewModel = ((KesuDeskApp) window.app()).viewModel();
        assertThat(viewModel.workspaceProperty().get().savedTextProperty().get())
                .as("nothing of this clerk's was stored").doesNotContain("已保存");
    }

    private boolean treeShows(String title) {
        TreeView<?> tree = robot.lookup("#planTree").queryAs(TreeView.class);
        java.util.List<String> texts = new java.util.ArrayList<>();
        collect(tree.getRoot(), texts);
        return texts.stream().anyMatch(text -> text.contains(title));
    }

    private static void collect(javafx.scene.control.TreeItem<?> item, java.util.List<String> texts) {
        if (item == null) {
            return;
        }
        texts.add(String.valueOf(item.getValue()));
        item.getChildren().forEach(child -> collect(child, texts));
    }
}
