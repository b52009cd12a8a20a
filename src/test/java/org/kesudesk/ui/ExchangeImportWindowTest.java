package org.kesudesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.exchange.PlanExchange;
import org.kesudesk.logic.RegionWording;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.store.Database;
import org.kesudesk.store.NodeRepository;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.RegionRepository;
import org.kesudesk.testsupport.CountyPlans;
import org.kesudesk.testsupport.TestPlans;
import org.testfx.api.FxRobot;

/**
 * 数据交换 ▸ 导入交换文件… with two files at once in the real window, its batch apart from the edits and its questions
 * on the window's thread: two files from the city, signed with a key 富裕县 does not know yet — the key asked about
 * once (the second file, checked while the first was shown, is checked again once the key is kept), each file
 * previewed and imported, and what became of both said at the end.
 */
class ExchangeImportWindowTest {

    @TempDir
    Path folder;

    @RegisterExtension
    final AppWindow window = new AppWindow();
    private final FxRobot robot = window.robot();

    @Test
    void twoFilesFromTheCity_theKeyAskedOnce_eachPreviewed_bothImported() throws Exception {
        Path first = folder.resolve("first.kesu");
        Path second = folder.resolve("second.kesu");
        java.util.UUID reworded;
        try (Database database = Database.open(folder.resolve("city").resolve("kesudesk"))) {
            PlanDocument cityPlan = new PlanRepository(database).add(TestPlans.countyPlan());
            PlanNode task = CountyPlans.derived(database, cityPlan, "230227").items().get(0).children().get(1);
            reworded = task.id();
            new PlanExchange(database).export("230227", first);
            new NodeRepository(database).update(task.id(), task.rowVersion(), task.title(), "市里改过的第二项任务。");
            new PlanExchange(database).export("230227", second);
        }
        Path county = folder.resolve("county").resolve("kesudesk");
        try (Database database = Database.open(county)) {
            // an office that knows its region: the second file is checked while the first is shown
            new RegionRepository(database).setOwn("230227", RegionWording::ownRegion);
        }
        AtomicInteger keyQuestions = new AtomicInteger();
        robot.interact(() -> Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().stream().filter(shown -> shown.getScene() != null
                                && shown.getScene().getRoot() instanceof DialogPane pane
                                && pane.getContentText() != null && pane.getContentText().contains("指纹"))
                        .forEach(shown -> keyQuestions.incrementAndGet());
            }
        }));
        window.start(() -> new KesuDeskApp(county));
        VisibleNodes.waitUntil(() -> window.shown("#emptyState") || window.shown("#planTree"));

        robot.interact(() -> ((KesuDeskApp) window.app()).viewModel().exchange().orElseThrow()
                .importFiles(List.of(first, second)));

        VisibleNodes.waitUntil(() -> window.shown("#confirmDialog"));
        DialogPane key = robot.lookup("#confirmDialog").queryAs(DialogPane.class);
        assertThat(key.getContentText()).contains("齐齐哈尔市").contains("指纹");
        // a stranger's key is trusted by the button itself, never by an Enter pressed out of habit
        Button accept = (Button) key.lookupButton(key.getButtonTypes().get(0));
        assertThat(accept.getText()).isEqualTo("接受并继续");
        assertThat(accept.isDefaultButton()).isFalse();
        assertThat(((Button) key.lookupButton(key.getButtonTypes().get(1))).isDefaultButton()).isTrue();
        robot.interact(accept::fire);

        VisibleNodes.waitUntil(() -> window.shown("#exchangePreview"));
        assertThat(robot.lookup("#exchangePreview").queryAs(DialogPane.class).getHeaderText())
                .contains("齐齐哈尔市");
        robot.interact(() -> robot.lookup("#exchangeImportButton").queryAs(Button.class).fire());

        // the second file's preview: the city's rewording of the second task, and no question about the key
        VisibleNodes.waitUntil(() -> window.shown("#exchangePreview") && robot.lookup("#exchangeChanges")
                .queryAs(javafx.scene.control.TableView.class).getItems().toString().contains("市里改过的第二项任务"));
        assertThat(window.shown("#confirmDialog")).isFalse();
        robot.interact(() -> robot.lookup("#exchangeImportButton").queryAs(Button.class).fire());

        VisibleNodes.waitUntil(() -> robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .anyMatch(pane -> pane.getHeaderText() != null && pane.getHeaderText().contains("导入了 2 个文件")));
        DialogPane summary = robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(pane -> pane.getHeaderText() != null && pane.getHeaderText().contains("导入了 2 个文件"))
                .findFirst().orElseThrow();
        assertThat(summary.getContentText()).contains("first.kesu：已导入").contains("second.kesu：已导入");
        assertThat(keyQuestions).hasValue(1);
        robot.interact(() -> ((Button) summary.lookupButton(summary.getButtonTypes().get(0))).fire());
        VisibleNodes.waitUntil(() -> robot.lookup("#busyText").queryAs(javafx.scene.control.Label.class)
                .getText().isEmpty());

        window.stop();
        try (Database database = Database.openExisting(county)) {
            assertThat(new NodeRepository(database).load(reworded).text()).isEqualTo("市里改过的第二项任务。");
        }
    }

    /**
     * A clerk with the window open double-clicks a county's file in the mail: the second start of the app hands the
     * file to the open window — which comes forward with its import — instead of a second window saying the database
     * is in use. With the window closed, the same start opens a window of its own.
     */
    @Test
    void aFileOpenedFromTheDesktop_whileTheWindowIsOpen_isImportedThere() throws Exception {
        Path file = folder.resolve("mail").resolve("富裕县.kesu");
        java.nio.file.Files.createDirectories(file.getParent());
        try (Database database = Database.open(folder.resolve("city").resolve("kesudesk"))) {
            PlanDocument cityPlan = new PlanRepository(database).add(TestPlans.countyPlan());
            CountyPlans.derived(database, cityPlan, "230227");
            new PlanExchange(database).export("230227", file);
        }
        Path county = folder.resolve("county").resolve("kesudesk");
        try (Database database = Database.open(county)) {
            new RegionRepository(database).setOwn("230227", RegionWording::ownRegion);
        }
        Path home = folder.resolve("home");
        org.kesudesk.logic.AppDirectories directories = org.kesudesk.logic.AppDirectoriesFixture.linux(home);
        window.start(() -> new KesuDeskApp(org.kesudesk.store.DatabaseTarget.file(county),
                directories.dataFolder()));
        VisibleNodes.waitUntil(() -> window.shown("#emptyState") || window.shown("#planTree"));
        List<org.kesudesk.cli.WindowRequest> windowsOpened = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.io.StringWriter said = new java.io.StringWriter();

        // the window has said it is open on the database (in the background, once the database is open)
        VisibleNodes.waitUntil(() -> org.kesudesk.logic.OpenRequests.in(directories.dataFolder())
                .windowOpenOn(org.kesudesk.store.DatabaseTarget.file(county).key()));

        // started again from the menu, the window minimised: it comes forward, and no second window opens
        javafx.stage.Stage stage = (javafx.stage.Stage) robot.lookup("#statusText").query().getScene().getWindow();
        robot.interact(() -> stage.setIconified(true));
        assertThat(stage.isIconified()).isTrue();
        java.io.StringWriter again = new java.io.StringWriter();
        java.util.concurrent.CompletableFuture<Integer> started = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> org.kesudesk.cli.Cli.run(new String[] {"--db", county.toString()},
                        new java.io.PrintWriter(again, true), new java.io.PrintWriter(new java.io.StringWriter()),
                        java.util.Map.of(), directories, request -> {
                            windowsOpened.add(request);
                            return java.util.Optional.empty();
                        }));
        assertThat(started.get(10, java.util.concurrent.TimeUnit.SECONDS)).isZero();
        assertThat(again.toString()).contains("已把那个窗口切换到前面");
        VisibleNodes.waitUntil(() -> !stage.isIconified());
        assertThat(windowsOpened).isEmpty();

        // the desktop starts the app again with the file, on the same database, as the file association does
        java.util.concurrent.CompletableFuture<Integer> secondStart = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> org.kesudesk.cli.Cli.run(new String[] {"--db", county.toString(), file.toString()},
                        new java.io.PrintWriter(said, true), new java.io.PrintWriter(new java.io.StringWriter()),
                        java.util.Map.of(), directories, request -> {
                            windowsOpened.add(request);
                            return java.util.Optional.empty();
                        }));

        // the open window takes it: the city's key asked about, then the file's preview
        VisibleNodes.waitUntil(() -> window.shown("#confirmDialog"));
        assertThat(robot.lookup("#confirmDialog").queryAs(DialogPane.class).getContentText()).contains("齐齐哈尔市");
        assertThat(secondStart.get(10, java.util.concurrent.TimeUnit.SECONDS)).isZero();
        assertThat(said.toString()).contains("已交给正在运行的科素通窗口打开").contains(file.toAbsolutePath().toString());
        assertThat(windowsOpened).isEmpty();
        DialogPane key = robot.lookup("#confirmDialog").queryAs(DialogPane.class);
        robot.interact(() -> ((Button) key.lookupButton(key.getButtonTypes().get(0))).fire());
        VisibleNodes.waitUntil(() -> window.shown("#exchangePreview"));
        assertThat(robot.lookup("#exchangePreview").queryAs(DialogPane.class).getHeaderText()).contains("齐齐哈尔市");
        // while the preview is still open, a plan document opened with the app from the desktop (打开方式): taken,
        // and opened in this window too
        Path notice = folder.resolve("mail").resolve("关于印发实施方案的通知.txt");
        try (java.io.InputStream in = getClass().getResourceAsStream("/org/kesudesk/samples/qiqihar-2022-16.txt")) {
            java.nio.file.Files.write(notice, in.readAllBytes());
        }
        java.io.StringWriter handed = new java.io.StringWriter();
        assertThat(java.util.concurrent.CompletableFuture.supplyAsync(() -> org.kesudesk.cli.Cli.run(
                new String[] {"--db", county.toString(), notice.toString()}, new java.io.PrintWriter(handed, true),
                new java.io.PrintWriter(new java.io.StringWriter()), java.util.Map.of(), directories, request -> {
                    windowsOpened.add(request);
                    return java.util.Optional.empty();
                })).get(10, java.util.concurrent.TimeUnit.SECONDS)).isZero();
        assertThat(handed.toString()).contains("已交给正在运行的科素通窗口打开").contains(notice.toString());
        DialogPane preview = robot.lookup("#exchangePreview").queryAs(DialogPane.class);
        robot.interact(() -> ((Button) preview.lookupButton(preview.getButtonTypes().stream()
                .filter(type -> type.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE)
                .findFirst().orElseThrow())).fire());

        // read as a plan document: the city's plan in a county's database first asks whose plan it is
        VisibleNodes.waitUntil(() -> window.shown("#regionDialog") || window.shown("#importReview"));
        assertThat(windowsOpened).isEmpty();
        // put away, and the window idle, before it is closed
        DialogPane question = robot.lookup(window.shown("#regionDialog") ? "#regionDialog" : "#importReview")
                .queryAs(DialogPane.class);
        robot.interact(() -> ((Button) question.lookupButton(question.getButtonTypes().stream()
                .filter(type -> type.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE)
                .findFirst().orElseThrow())).fire());
        VisibleNodes.waitUntil(() -> !window.shown("#regionDialog") && !window.shown("#importReview")
                && !window.shown("#exchangePreview") && robot.lookup("#busyText")
                .queryAs(javafx.scene.control.Label.class).getText().isEmpty());
        window.stop();
        assertThat(org.kesudesk.logic.OpenRequests.in(directories.dataFolder())
                .windowOpenOn(org.kesudesk.store.DatabaseTarget.file(county).key())).isFalse();

        // no window open on it now: the start opens its own
        int exit = org.kesudesk.cli.Cli.run(new String[] {"--db", county.toString(), file.toString()},
                new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(new java.io.StringWriter()),
                java.util.Map.of(), directories, request -> {
                    windowsOpened.add(request);
                    return java.util.Optional.empty();
                });
        assertThat(exit).isZero();
        assertThat(windowsOpened).singleElement().satisfies(request ->
                assertThat(request.fileToOpen()).contains(file));
    }
}
