package org.kesudesk.ui.task;

/** Runs background tasks: on a worker thread in the app, on the calling thread in view-model tests. */
public interface TaskExecutor extends AutoCloseable {

    /** Runs the task after those given before it: edits, in the order made. */
    <T> void execute(BackgroundTask<T> task);

    /**
     * Runs long work that touches no stored data (a document rendered or printed) apart from the edits, so that an
     * open print dialog does not hold back an edit; where there is one thread, as {@link #execute}.
     */
    default <T> void executeApart(BackgroundTask<T> task) {
        execute(task);
    }

    /** Stops taking tasks and waits for the edits given to be done (not for work apart). */

    @Override
    void close();
}
