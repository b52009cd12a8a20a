package org.kesudesk.ui.task;

/** Runs background tasks: on a worker thread in the app, on the calling thread in view-model tests. */
public interface TaskExecutor extends AutoCloseable {

    <T> void execute(BackgroundTask<T> task);

    @Override
    void close();
}
