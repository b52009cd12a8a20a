package org.kesudesk.ui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.kesudesk.logic.AppDirectories;
import org.kesudesk.logic.Preferences;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.store.DatabaseTarget;
import org.kesudesk.ui.task.FxTaskExecutor;
import org.kesudesk.ui.task.TaskExecutor;

/**
 * The desktop app. The window appears at once; the database is opened (created and migrated on first start) in
 * the background while the window shows progress.
 */
public final class KesuDeskApp extends Application {

    private static final String OPEN_PARAMETER = "open";
    private static final String STARTUP_REPORT_PARAMETER = "startupReport";

    /**
     * The database the command line chose, for the instance {@link Application#launch} makes (a server's address
     * holds a password: it is handed over here rather than as a parameter that might be shown).
     */
    private static final java.util.concurrent.atomic.AtomicReference<DatabaseTarget> LAUNCHED_ON =
            new java.util.concurrent.atomic.AtomicReference<>();

    private DatabaseTarget database;
    private Path settingsFile;
    /** Where the user's connection profile is kept (数据库连接…). */
    private Path profileFolder;
    private Optional<Path> fileToOpen = Optional.empty();
    private boolean startupReport;
    /** The bundled UI font, loaded on a thread of its own while the window is built. */
    private java.util.concurrent.CompletableFuture<Optional<String>> uiFontFamily;
    private TaskExecutor executor;
    private MainViewModel viewModel;

    /** Used by {@link Application#launch}; the database is the one {@link #launch} was given. */
    public KesuDeskApp() {
    }

    /** Held, so that its level stays set (java.util.logging keeps its loggers only weakly). */
    private static final java.util.logging.Logger JAVAFX_LOG =
            java.util.logging.Logger.getLogger("javafx");

    /** An app on the given database, its settings kept beside it; for tests that start it themselves. */
    public KesuDeskApp(Path databasePath) {
        this(DatabaseTarget.file(databasePath), databasePath.toAbsolutePath().getParent());
    }

    /**
     * An app on the given database, its settings and connection profile kept in the folder given; for tests that
     * start it themselves.
     */
    public KesuDeskApp(DatabaseTarget database, Path settingsFolder) {
        this.database = Objects.requireNonNull(database);
        this.settingsFile = settingsFolder.resolve(Preferences.FILE_NAME);
        this.profileFolder = settingsFolder;
    }

    /**
     * Starts the app on the given database and returns when its window is closed.
     *
     * @param fileToOpen    an exchange file to import once the database is open
     * @param startupReport measure how long the window took to appear and the plan to show, then close
     * @return the start-up report, if asked for
     * @throws UserFacingException if the desktop cannot be reached (no display, or no GTK 3 on Linux)
     */
    public static Optional<String> launch(DatabaseTarget database, Optional<Path> fileToOpen, boolean startupReport) {
        LAUNCHED_ON.set(database);
        java.util.List<String> parameters = new java.util.ArrayList<>(java.util.List.of(
                "--" + STARTUP_REPORT_PARAMETER + "=" + startupReport));
        fileToOpen.ifPresent(file -> parameters.add("--" + OPEN_PARAMETER + "=" + file.toAbsolutePath()));
        // the jar runs JavaFX from the class path, which JavaFX calls unsupported on the console at every start: a
        // warning for developers, not for the clerk who started the app from a terminal
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        try {
            Application.launch(KesuDeskApp.class, parameters.toArray(String[]::new));
            return Optional.ofNullable(StartupReport.LAST.get());
        } catch (UnsupportedOperationException | IllegalStateException toolkitFailure) {
            // Glass reports a missing display or graphics library this way, before any window exists.
            throw new org.kesudesk.logic.DesktopUnavailableException(toolkitFailure);
        }
    }

    @Override
    public void init() {
        // JavaFX's own controls (a dialog's 确定 and 取消, a date picker's format and calendar) speak the default
        // locale's language: the window is Chinese whatever the machine is set to (a desktop set up in English)
        java.util.Locale.setDefault(java.util.Locale.SIMPLIFIED_CHINESE);
        if (database == null) {
            database = Objects.requireNonNull(LAUNCHED_ON.get(), "launched without a database");
        }
        fileToOpen = Optional.ofNullable(getParameters().getNamed().get(OPEN_PARAMETER)).map(Path::of);
        startupReport = Boolean.parseBoolean(getParameters().getNamed().get(STARTUP_REPORT_PARAMETER));
        if (settingsFile == null) {
            settingsFile = AppDirectories.forCurrentUser().dataFolder().resolve(Preferences.FILE_NAME);
            profileFolder = AppDirectories.forCurrentUser().dataFolder();
        }
        Path fontCache = profileFolder.resolve("cache");
        uiFontFamily = java.util.concurrent.CompletableFuture.supplyAsync(() -> AppFonts.loadUiFont(fontCache));
    }

    @Override
    public void start(Stage stage) {
        // from here on, a query on the window's thread is a bug (logged; the tests fail on it)
        org.kesudesk.store.ThreadsThatMustNotWait.are(javafx.application.Platform::isFxApplicationThread);
        DesktopFiles.use(getHostServices());
        executor = new FxTaskExecutor();
        Preferences preferences = Preferences.load(settingsFile);
        viewModel = new MainViewModel(database, executor, new DialogService(stage, preferences));
        viewModel.usePreferences(preferences);
        viewModel.useProfileFolder(profileFolder);
        // the app started again, or a file opened from the desktop, while the window is open: it comes forward
        viewModel.onFileHandedOver(() -> {
            stage.setIconified(false);
            stage.toFront();
            stage.requestFocus();
        });
        MainWindow window = new MainWindow(viewModel, stage::close);
        // the text size is the root's; the style sheet gives every other size relative to it
        String family = uiFontFamily.join().map(name -> "-fx-font-family: \"" + name + "\"; ").orElse("");
        window.styleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> family
                + String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;",
                NORMAL_TEXT_SIZE * viewModel.zoomProperty().get() / 100.0), viewModel.zoomProperty()));

        // where it was left, on the screen it was on (kept within that screen's usable area); the first time, or
        // when that screen is gone, a window of the usual size on the main screen, or as large as that screen allows
        Optional<Preferences.WindowPlace> kept = preferences.windowPlace().filter(KesuDeskApp::onAScreen);
        javafx.geometry.Rectangle2D area = kept.map(p -> usableArea(p.x(), p.y(), p.width(), p.height()))
                .orElseGet(() -> javafx.stage.Screen.getPrimary().getVisualBounds());
        Preferences.WindowPlace place = kept.map(p -> p.within(area.getMinX(), area.getMinY(), area.getWidth(),
                area.getHeight())).orElseGet(() -> Preferences.WindowPlace.first(area.getMinX(), area.getMinY(),
                area.getWidth(), area.getHeight()));
        Scene scene = new Scene(window);
        scene.getStylesheets().add(Objects.requireNonNull(
                KesuDeskApp.class.getResource("kesudesk.css")).toExternalForm());
        stage.titleProperty().bind(viewModel.windowTitleProperty());
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.setScene(scene);
        // the window's outer size, as it is kept (a scene of that size would grow the window by its frame and
        // title bar each time it is opened)
        stage.setX(place.x());
        stage.setY(place.y());
        stage.setWidth(place.width());
        stage.setHeight(place.height());
        stage.setMaximized(place.maximized());
        stage.setOnHiding(event -> preferences.setWindowPlace(new Preferences.WindowPlace(stage.getX(), stage.getY(),
                stage.getWidth(), stage.getHeight(), stage.isMaximized())));
        if (startupReport) {
            new StartupReport(viewModel.stateProperty(), stage).start();
        }
        stage.show();
        fileToOpen.ifPresent(viewModel::openWhenReady);
        afterFirstFrame(viewModel::start);
    }

    /** The window's view model, once the window is shown (for tests). */
    MainViewModel viewModel() {
        return viewModel;
    }

    /** The text size at 100 %, as the style sheet's root has it. */
    private static final double NORMAL_TEXT_SIZE = 14;

    /**
     * The usable area (less its task bar) of the screen a window at this place is on, or of the main screen if it is
     * on none.
     */
    static javafx.geometry.Rectangle2D usableArea(double x, double y, double width, double height) {
        return javafx.stage.Screen.getScreensForRectangle(x, y, width, height).stream().findFirst()
                .orElseGet(javafx.stage.Screen::getPrimary).getVisualBounds();
    }

    /** Whether a window there would be seen (the screen it was last on may be gone). */
    private static boolean onAScreen(Preferences.WindowPlace place) {
        return !javafx.stage.Screen.getScreensForRectangle(place.x(), place.y(), place.width(), place.height())
                .isEmpty();
    }

    /**
     * Runs the work once the window's first frame is on the screen: opening the database (and migrating it) keeps
     * both processors of a desk PC busy for a second, and the window should not wait for it.
     */
    private static void afterFirstFrame(Runnable work) {
        new javafx.animation.AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                // the first pulse lays out and draws the window; by the second, that frame has been shown
                if (++pulses == 2) {
                    stop();
                    work.run();
                }
            }
        }.start();
    }

    @Override
    public void stop() {
        // in order: take no more work, let the edit being stored finish, then back up and close the database
        if (executor != null) {
            executor.close();
        }
        // the window is gone: the last backup and the closing may take the thread that drew it
        org.kesudesk.store.ThreadsThatMustNotWait.none();
        if (viewModel != null) {
            viewModel.close();
        }
    }
}
