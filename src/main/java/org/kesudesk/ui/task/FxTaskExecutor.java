package org.kesudesk.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs background tasks one after another on a single worker thread, so that database work never overlaps, and
 * hands results back to the JavaFX thread in one step (a {@code javafx.concurrent.Task} would take several, each
 * waiting its turn behind layout and drawing, which an edit shown "at once" cannot afford). Long work that stores
 * nothing (rendering, printing) runs on a second thread, so that an edit never waits behind a print dialog.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);
    /** How long closing waits for the edits still to be stored. */
    private static final long CLOSING_WAIT_SECONDS = 60;

    private final ExecutorService worker = thread("kesudesk-background");
    private final ExecutorService apart = thread("kesudesk-documents-work");

    private static ExecutorService thread(String name) {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        worker.execute(() -> run(task));
    }

    @Override
    public <T> void executeApart(BackgroundTask<T> task) {
        apart.execute(() -> run(task));
    }

    private static <T> void run(BackgroundTask<T> task) {
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
    }

    /**
     * Stops taking tasks, and waits for the edits given to be stored before the database is closed; work apart
     * (a document being made) is abandoned, as the app is closing.
     */
    @Override
    public void close() {
        apart.shutdownNow();
        worker.shutdown();
        try {
            if (!worker.awaitTermination(CLOSING_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.error("an edit was still being stored after {} s; closing anyway", CLOSING_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
