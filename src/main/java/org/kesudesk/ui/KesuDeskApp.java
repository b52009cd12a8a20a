package org.kesudesk.ui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.ui.task.FxTaskExecutor;
import org.kesudesk.ui.task.TaskExecutor;

/**
 * The desktop app. The window appears at once; the database is opened (created and migrated on first start) in
 * the background while the window shows progress.
 */
public final class KesuDeskApp extends Application {

    private static final String DATABASE_PARAMETER = "db";

    private Path databasePath;
    private Optional<String> uiFontFamily = Optional.empty();
    private TaskExecutor executor;
    private MainViewModel viewModel;

    /** Used by {@link Application#launch}; the database comes from the {@code --db=} parameter. */
    public KesuDeskApp() {
    }

    /** An app on the given database, for tests that start it themselves. */
    public KesuDeskApp(Path databasePath) {
        this.databasePath = Objects.requireNonNull(databasePath);
    }

    /**
     * Starts the app on the given database and returns when its window is closed.
     *
     * @throws UserFacingException if the desktop cannot be reached (no display, or no GTK 3 on Linux)
     */
    public static void launch(Path databasePath) {
        try {
            Application.launch(KesuDeskApp.class, "--" + DATABASE_PARAMETER + "=" + databasePath);
        } catch (UnsupportedOperationException | IllegalStateException toolkitFailure) {
            // Glass reports a missing display or graphics library this way, before any window exists.
            throw new UserFacingException(toolkitFailure, "main.error.toolkit", toolkitFailure.getMessage());
        }
    }

    @Override
    public void init() {
        if (databasePath == null) {
            databasePath = Path.of(Objects.requireNonNull(getParameters().getNamed().get(DATABASE_PARAMETER),
                    "the database path is a required parameter"));
        }
        uiFontFamily = AppFonts.loadUiFont();
    }

    @Override
    public void start(Stage stage) {
        executor = new FxTaskExecutor();
        viewModel = new MainViewModel(databasePath, executor, new DialogService(stage));
        MainWindow window = new MainWindow(viewModel, stage::close);
        uiFontFamily.ifPresent(family -> window.setStyle("-fx-font-family: \"" + family + "\";"));

        Scene scene = new Scene(window, 1200, 780);
        scene.getStylesheets().add(Objects.requireNonNull(
                KesuDeskApp.class.getResource("kesudesk.css")).toExternalForm());
        stage.setTitle(Messages.get("app.title"));
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.setScene(scene);
        stage.show();
        viewModel.start();
    }

    @Override
    public void stop() {
        if (viewModel != null) {
            viewModel.close();
        }
        if (executor != null) {
            executor.close();
        }
    }
}
