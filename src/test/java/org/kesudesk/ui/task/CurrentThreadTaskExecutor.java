package org.kesudesk.ui.task;

/** Runs each task at once on the calling thread; for view-model tests. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        T result;
        try {
            result = task.call();
        } catch (Exception e) {
            task.failed(e);
            return;
        }
        task.succeeded(result);
    }

    @Override
    public void close() {
        // nothing to release
    }
}
