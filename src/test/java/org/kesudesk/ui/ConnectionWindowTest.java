package org.kesudesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.logic.ConnectionProfile;
import org.kesudesk.store.Database;
import org.kesudesk.store.DatabaseTarget;
import org.kesudesk.testsupport.SamplePlan;
import org.kesudesk.testsupport.TestDatabases;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * 文件 ▸ 数据库连接…: what is wrong with a server said in Chinese before anything is changed; a server chosen, the
 * window works on it and the choice is kept; back to this computer's database, its plan is there again.
 */
class ConnectionWindowTest {

    @TempDir
    Path folder;

    @RegisterExtension
    final AppWindow window = new AppWindow();
    private final FxRobot robot = window.robot();
    private Path db;

    @BeforeEach
    void startOnAFileWithTheSample() throws TimeoutException {
        db = folder.resolve("kesudesk");
        try (Database database = Database.open(db)) {
            SamplePlan.store(database);
        }
        window.start(() -> new KesuDeskApp(DatabaseTarget.file(db), folder));
        VisibleNodes.waitUntil(() -> VisibleNodes.shown(robot, "#planTree"));
    }


    private void openDialog() throws TimeoutException {
        MenuItem menu = VisibleNodes.menuItem("connectionMenuItem");
        assertThat(menu.getText()).isEqualTo("数据库连接(_D)…");
        // the dialog waits for its answer: fired without waiting for it to close
        javafx.application.Platform.runLater(menu::fire);
        VisibleNodes.waitUntil(() -> VisibleNodes.shown(robot, "#connectionServer"));
    }

    private void fill(String id, String text) {
        robot.interact(() -> robot.lookup(id).queryTextInputControl().setText(text));
    }

    private String result() {
        return robot.lookup("#connectionResult").queryAs(Label.class).getText();
    }

    @Test
    @Tag("h2-file")
    void aServerThatIsNotThere_orAFieldFilledInWrong_isSaidInChinese_andNothingChanges() throws Exception {
        openDialog();
        assertThat(robot.lookup("#connectionEmbedded").queryAs(javafx.scene.control.RadioButton.class).isSelected())
                .isTrue();
        assertThat(robot.lookup("#connectionHost").query().isDisabled()).isTrue();
        robot.interact(() -> robot.lookup("#connectionServer").queryAs(javafx.scene.control.RadioButton.class)
                .setSelected(true));
        fill("#connectionHost", "127.0.0.1");
        fill("#connectionPort", "端口");
        fill("#connectionUser", "kepu");
        robot.clickOn("#connectionTest");
        assertThat(result()).contains("端口").contains("1 到 65535");

        // a port where nothing listens: the server cannot be reached
        fill("#connectionPort", "1");
        robot.clickOn("#connectionTest");
        VisibleNodes.waitUntil(() -> result().startsWith("连不上"));
        assertThat(result()).contains("127.0.0.1").doesNotContain("Exception");
        org.kesudesk.testsupport.Screenshots.save(robot, robot.lookup(".dialog-pane").query(), "connection-dialog");

        // 确定 with a wrong field: the dialog stays, saying why
        fill("#connectionDatabase", "kesu desk");
        robot.clickOn("#connectionOk");
        assertThat(result()).contains("数据库名");
        assertThat(robot.lookup("#connectionOk").tryQuery()).isPresent();
        robot.clickOn("#connectionCancel");
        VisibleNodes.waitUntil(() -> robot.lookup("#connectionOk").tryQuery().isEmpty());
        assertThat(ConnectionProfile.load(folder)).isEqualTo(ConnectionProfile.embedded());
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        assertThat(stage.getTitle()).contains("齐齐哈尔市");
    }

    /**
     * Started on a server that cannot be reached (a profile saved earlier, the office's server down): the window
     * says so and offers 数据库连接…, from which this computer's database is one choice away.
     */
    @Test
    @Tag("h2-file")
    void aServerThatCannotBeReachedAtStart_offersTheConnectionDialog_andThisComputersDatabase() throws Exception {
        window.stop();
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DatabaseTarget down = DatabaseTarget.server(new org.kesudesk.store.ServerAddress(
                "jdbc:postgresql://127.0.0.1:" + closedPort + "/kesudesk", "kepu", "secret"));
        window.start(() -> new KesuDeskApp(down, folder));
        VisibleNodes.waitUntil(() -> VisibleNodes.shown(robot, "#failureConnectionButton"));
        assertThat(robot.lookup("#failureMessage").queryAs(Label.class).getText()).contains("连不上数据库服务器")
                .doesNotContain("secret");

        javafx.application.Platform.runLater(() -> robot.lookup("#failureConnectionButton")
                .queryButton().fire());
        VisibleNodes.waitUntil(() -> VisibleNodes.shown(robot, "#connectionEmbedded"));
        robot.interact(() -> robot.lookup("#connectionEmbedded").queryAs(javafx.scene.control.RadioButton.class)
                .setSelected(true));
        robot.clickOn("#connectionOk");
        VisibleNodes.waitUntil(() -> VisibleNodes.shown(robot, "#planTree"));
        assertThat(FxToolkit.toolkitContext().getRegisteredStage().getTitle()).contains("齐齐哈尔市");
    }

    @Test
    @Tag("server")
    void aServerChosen_isTestedOpenedAndKept_andBackOnThisComputer_thePlanIsThereAgain() throws TimeoutException {
        Matcher address = Pattern.compile("jdbc:postgresql://(\\w+):(\\d+)/(\\w+)\\?user=(\\w+)")
                .matcher(TestDatabases.location(folder.resolve("shared")));
        assertThat(address.matches()).isTrue();
        openDialog();
        robot.interact(() -> robot.lookup("#connectionServer").queryAs(javafx.scene.control.RadioButton.class)
                .setSelected(true));
        fill("#connectionHost", address.group(1));
        fill("#connectionPort", address.group(2));
        fill("#connectionDatabase", address.group(3));
        fill("#connectionUser", address.group(4));
        robot.clickOn("#connectionTest");
        VisibleNodes.waitUntil(() -> result().startsWith("连接成功"));
        assertThat(result()).contains("空的");

        robot.clickOn("#connectionOk");
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        MainViewModel viewModel = ((KesuDeskApp) window.app()).viewModel();
        VisibleNodes.waitUntil(() -> viewModel.stateProperty().get() == MainViewModel.State.EMPTY);
        assertThat(viewModel.statusTextProperty().get()).contains(address.group(4) + "@" + address.group(1));
        assertThat(viewModel.onServer()).isTrue();
        assertThat(ConnectionProfile.load(folder).useServer()).isTrue();

        openDialog();
        assertThat(robot.lookup("#connectionServer").queryAs(javafx.scene.control.RadioButton.class).isSelected())
                .isTrue();
        assertThat(robot.lookup("#connectionDatabase").queryTextInputControl().getText()).isEqualTo(address.group(3));
        robot.interact(() -> robot.lookup("#connectionEmbedded").queryAs(javafx.scene.control.RadioButton.class)
                .setSelected(true));
        robot.clickOn("#connectionOk");
        VisibleNodes.waitUntil(() -> viewModel.stateProperty().get() == MainViewModel.State.READY);
        assertThat(stage.getTitle()).contains("齐齐哈尔市");
        assertThat(viewModel.onServer()).isFalse();
        assertThat(ConnectionProfile.load(folder).useServer()).isFalse();
        assertThat(ConnectionProfile.load(folder).server()).isPresent();
    }
}
