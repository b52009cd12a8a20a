package org.kesudesk.ui;

import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import javafx.application.Application;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The app's real window for a test, driven by TestFX (headless in CI): a test registers it
 * ({@code @RegisterExtension final AppWindow window = new AppWindow();}), starts the app on its database and drives
 * it with {@link #robot()}; after each test the app is stopped and its windows closed, whatever the test did.
 */
final class AppWindow implements BeforeEachCallback, AfterEachCallback {

    private final FxRobot robot = new FxRobot();
    private Application app;

    FxRobot robot() {
        return robot;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    /** Starts the app as made (on a database file, a server, with a settings folder). */
    void start(Supplier<Application> made) throws TimeoutException {
        app = FxToolkit.setupApplication(made::get);
    }

    /** Stops the app (to open its database again in the test, or start it anew); nothing if it is not running. */
    void stop() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }

    /** The app running, to reach its view model. */
    Application app() {
        return app;
    }

    /** Whether a node matching the query is shown (it and every parent visible). */
    boolean shown(String query) {
        return VisibleNodes.shown(robot, query);
    }

    @Override
    public void afterEach(ExtensionContext context) throws TimeoutException {
        stop();
        FxToolkit.cleanupStages();
    }
}
