package org.kesudesk.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.application.Platform;

/**
 * Runs background tasks one after another on a single worker thread, so that database work never overlaps, and
 * hands results back to the JavaFX thread in one step (a {@code javafx.concurrent.Task} would take several, each
 * waiting its turn behind layout and drawing, which an edit shown "at once" cannot afford).
 */
public final class FxTaskExecutor implements TaskExecutor {

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kesudesk-background");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        worker.execute(() -> {
            T result;
            try {
                result = task.call();
            } catch (Exception failure) {
                // Not logged here: whoever handles the failure logs it once, as it sees fit.
                Platform.runLater(() -> task.failed(failure));
                return;
            } catch (Error error) {
                Platform.runLater(() -> task.failed(new RuntimeException(error)));
                throw error;
            }
            Platform.runLater(() -> task.succeeded(result));
        });
    }

    @Override
    public void close() {
        worker.shutdown();
    }
}
