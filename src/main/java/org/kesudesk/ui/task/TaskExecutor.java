package org.kesudesk.ui.task;

/** Runs background tasks: on a worker thread in the app, on the calling thread in view-model tests. */
public interface TaskExecutor extends AutoCloseable {

    /** Runs the task after those given before it: edits, in the order made. */
    <T> void execute(BackgroundTask<T> task);

    /**
     * Runs long work apart from the edits, so that an open dialog does not hold back an edit: a document rendered
     * or printed, a file written or opened; where there is one thread, as {@link #execute}.
     */
    default <T> void executeApart(BackgroundTask<T> task) {
        execute(task);
    }

    /**
     * Runs work that asks the user as it goes — a batch of imports, each file's preview answered in turn (it asks
     * through {@link #onUiThread} and writes through {@link #callInTurn}) — on a thread of its own: neither the
     * edits nor the work apart (a page of a document, an attached file opened) wait while a question is open, nor
     * it behind them. Such work runs one after another. Where there is one thread, as {@link #execute}.
     */
    default <T> void executeAsking(BackgroundTask<T> task) {
        executeApart(task);
    }

    /**
     * From work apart or asking: runs {@code work} in turn with the edits, on their thread, and waits for its result
     * (or its failure, thrown here). Where there is one thread, at once.
     */
    default <T> T callInTurn(java.util.function.Supplier<T> work) {
        return work.get();
    }

    /**
     * From work apart or asking: runs {@code step} on the UI thread (a question to the user, the status line) and
     * waits for its result. Where there is one thread, at once.
     */
    default <T> T onUiThread(java.util.function.Supplier<T> step) {
        return step.get();
    }

    /** Stops taking tasks and waits for the edits given to be done (not for work apart). */

    @Override
    void close();
}
