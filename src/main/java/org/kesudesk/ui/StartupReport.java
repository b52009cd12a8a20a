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
 * the plan (or the empty window) shown once the database is open, and the memory the process then holds; then
 * closes the app (the command line prints the report); for benchmarks of start-up.
 */
final class StartupReport {

    /** The report of this process's window, once made (the app object is made by JavaFX, so it is kept here). */
    static final java.util.concurrent.atomic.AtomicReference<String> LAST =
            new java.util.concurrent.atomic.AtomicReference<>();

    private final ObservableValue<State> state;
    private final Stage stage;
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
            LAST.set(Messages.get("startup.report", firstFrame, ready, residentMegabytes()));
            Platform.runLater(stage::close);
        }
    }

    /** The memory the process holds (resident set), on Linux; -1 where it cannot be read. */
    static long residentMegabytes() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (java.io.IOException | RuntimeException notLinux) {
            // not known here
        }
        return -1;
    }

    /**
     * The milliseconds since this process started. On Linux from {@code /proc} (the process's start in clock
     * ticks since boot against the seconds since boot, to 10 ms: the start time Java reports is rounded to the
     * second there); elsewhere as Java reports it.
     */
    static long sinceStart() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[19]);
            double uptime = Double.parseDouble(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/uptime"))
                    .split(" ")[0]);
            return Math.round((uptime - startTicks / 100.0) * 1000);
        } catch (java.io.IOException | RuntimeException notLinux) {
            Instant start = ProcessHandle.current().info().startInstant().orElseGet(() ->
                    Instant.ofEpochMilli(java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()));
            return Duration.between(start, Instant.now()).toMillis();
        }
    }
}
