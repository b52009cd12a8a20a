package org.kesudesk.ui.task;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Does the work of each task at once, but hands the results to the "UI" only when {@link #deliver()} is called:
 * the UI thread lagging behind the worker, as it does when the user edits quickly.
 */
public final class DeferredTaskExecutor implements TaskExecutor {

    private final Deque<Runnable> results = new ArrayDeque<>();

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        try {
            T result = task.call();
            results.add(() -> task.succeeded(result));
        } catch (Exception e) {
            results.add(() -> task.failed(e));
        }
    }

    /** Delivers every result held back, in order. */
    public void deliver() {
        while (!results.isEmpty()) {
            results.poll().run();
        }
    }

    @Override
    public void close() {
        results.clear();
    }
}
