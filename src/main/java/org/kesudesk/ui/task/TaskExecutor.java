package org.kesudesk.ui.task;

/** Runs background tasks: on a worker thread in the app, on the calling thread in view-model tests. */
public interface TaskExecutor extends AutoCloseable {

    /** Runs the task after those given before it: edits, in the order made. */
    <T> void execute(BackgroundTask<T> task);

    /**
     * Runs long work apart from the edits, so that an open dialog does not hold back an edit: a document rendered
     * or printed, or a batch of imports that waits for the user's answers (it writes through {@link #callInTurn});
     * where there is one thread, as {@link #execute}.
     */
    default <T> void executeApart(BackgroundTask<T> task) {
        execute(task);
    }

    /**
     * From work apart: runs {@code work} in turn with the edits, on their thread, and waits for its result (or
     * its failure, thrown here). Where there is one thread, at once.
     */
    default <T> T callInTurn(java.util.function.Supplier<T> work) {
        return work.get();
    }

    /**
     * From work apart: runs {@code step} on the UI thread (a question to the user, the status line) and waits for
     * its result. Where there is one thread, at once.
     */
    default <T> T onUiThread(java.util.function.Supplier<T> step) {
        return step.get();
    }

    /** Stops taking tasks and waits for the edits given to be done (not for work apart). */

    @Override
    void close();
}
