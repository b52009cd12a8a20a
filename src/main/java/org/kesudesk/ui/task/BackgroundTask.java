package org.kesudesk.ui.task;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work that runs off the JavaFX thread, with what to do with its result or failure back on it. Services stay
 * free of JavaFX threads; views and view models describe work with this and hand it to a {@link TaskExecutor}.
 *
 * @param <T> the result
 */
public final class BackgroundTask<T> {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTask.class);

    private final Callable<T> work;
    private Consumer<T> onSuccess = result -> { };
    /** Without a handler of its own, a failure is logged: no failing step vanishes without a trace. */
    private Consumer<Exception> onFailure = failure -> LOG.error("a background step failed", failure);

    private BackgroundTask(Callable<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(Callable<T> work) {
        return new BackgroundTask<>(work);
    }

    /** Called on the UI thread with the result. */
    public BackgroundTask<T> onSuccess(Consumer<T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    /** Called on the UI thread with the failure, in place of logging it. */
    public BackgroundTask<T> onFailure(Consumer<Exception> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    T call() throws Exception {
        return work.call();
    }

    void succeeded(T result) {
        onSuccess.accept(result);
    }

    void failed(Exception failure) {
        onFailure.accept(failure);
    }
}
