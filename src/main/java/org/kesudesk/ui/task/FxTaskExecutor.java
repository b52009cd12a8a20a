package org.kesudesk.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.concurrent.Task;

/**
 * Runs background tasks one after another on a single worker thread, so that database work never overlaps, and
 * hands results back to the JavaFX thread.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kesudesk-background");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        Task<T> fxTask = new Task<>() {
            @Override
            protected T call() throws Exception {
                return task.call();
            }
        };
        fxTask.setOnSucceeded(event -> task.succeeded(fxTask.getValue()));
        fxTask.setOnFailed(event -> {
            // Not logged here: whoever handles the failure logs it once, as it sees fit.
            Throwable failure = fxTask.getException();
            task.failed(failure instanceof Exception e ? e : new RuntimeException(failure));
        });
        worker.execute(fxTask);
    }

    @Override
    public void close() {
        worker.shutdown();
    }
}
