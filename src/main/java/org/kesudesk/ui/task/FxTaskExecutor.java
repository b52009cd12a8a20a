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
 * nothing (rendering, printing) runs on a second thread, so that an edit never waits behind a print dialog, and work
 * that asks the user as it goes (a batch of imports) on a third, so that nothing waits while it asks.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);
    /** How long closing waits for the edits still to be stored. */
    private static final long CLOSING_WAIT_SECONDS = 60;

    private static final String WORKER_NAME = "kesudesk-background";

    private final ExecutorService worker = thread(WORKER_NAME);
    private final ExecutorService apart = thread("kesudesk-documents-work");
    private final ExecutorService asking = thread("kesudesk-imports");

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

    @Override
    public <T> void executeAsking(BackgroundTask<T> task) {
        asking.execute(() -> run(task));
    }

    /**
     * Waits on the edits' thread for work given from another (called on that thread itself, the work runs at once:
     * waiting for itself would never end).
     */
    @Override
    public <T> T callInTurn(java.util.function.Supplier<T> work) {
        if (Thread.currentThread().getName().equals(WORKER_NAME)) {
            return work.get();
        }
        return await(worker.submit(work::get));
    }

    @Override
    public <T> T onUiThread(java.util.function.Supplier<T> step) {
        if (Platform.isFxApplicationThread()) {
            return step.get();
        }
        java.util.concurrent.FutureTask<T> onFx = new java.util.concurrent.FutureTask<>(step::get);
        Platform.runLater(onFx);
        return await(onFx);
    }

    /** The result of work given to another thread; its failure thrown as it was thrown there. */
    private static <T> T await(java.util.concurrent.Future<T> given) {
        try {
            return given.get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            // the app is closing: the work apart or asking that waited is abandoned
            given.cancel(false);
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
     * (a document being made) and work asking the user (a batch of imports between two files) are abandoned, as
     * the app is closing.
     */
    @Override
    public void close() {
        asking.shutdownNow();
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
