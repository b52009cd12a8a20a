package org.kesudesk.ui;

import java.time.Duration;
import java.time.Instant;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;

import org.kesudesk.l10n.Messages;
import org.kesudesk.ui.MainViewModel.State;

/**
 * {@code --startup-report}: measures the milliseconds from the process's start to the window's first frame, and to
 * the plan (or the empty window) shown once the database is open, then closes the app (the command line prints the report); for benchmarks of
 * start-up.
 */
final class StartupReport {

    /** The report of this process's window, once made (the app object is made by JavaFX, so it is kept here). */
    static final java.util.concurrent.atomic.AtomicReference<String> LAST =
            new java.util.concurrent.atomic.AtomicReference<>();

    private final ObservableValue<State> state;
    private final Stage stage;
    private final Instant processStart = ProcessHandle.current().info().startInstant().orElseGet(() ->
            Instant.ofEpochMilli(java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()));
    private long firstFrame = -1;
    private long ready = -1;

    StartupReport(ObservableValue<State> state, Stage stage) {
        this.state = state;
        this.stage = stage;
    }

    void start() {
        stage.setOnShown(shown -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                // the first pulse after the window is shown: its first frame is on the screen
                stop();
                firstFrame = sinceStart();
                reportWhenDone();
            }
        }.start());
        state.addListener((observable, before, now) -> {
            if (now != State.LOADING && ready < 0) {
                ready = sinceStart();
                reportWhenDone();
            }
        });
    }

    private void reportWhenDone() {
        if (firstFrame >= 0 && ready >= 0) {
            LAST.set(Messages.get("startup.report", firstFrame, ready));
            Platform.runLater(stage::close);
        }
    }

    private long sinceStart() {
        return Duration.between(processStart, Instant.now()).toMillis();
    }
}
