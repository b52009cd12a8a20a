package org.kesudesk.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * The app's worker threads: an edit is never held back by a print dialog (work apart runs apart), work apart asks
 * on the window's thread and writes in turn with the edits, and closing waits for the edit being stored before the
 * database may be closed.
 */
class FxTaskExecutorTest {

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        // results are handed to the JavaFX thread
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void workApart_runsWhileAnEditWaits_andAnEditWhileWorkApartWaits() throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor();
        CountDownLatch printDialogClosed = new CountDownLatch(1);
        CountDownLatch editStored = new CountDownLatch(1);
        executor.executeApart(BackgroundTask.of(() -> printDialogClosed.await(30, TimeUnit.SECONDS)));

        executor.execute(BackgroundTask.of(() -> {
            editStored.countDown();
            return null;
        }));

        assertThat(editStored.await(30, TimeUnit.SECONDS)).as("the edit is stored while the print dialog is open")
                .isTrue();
        printDialogClosed.countDown();
        executor.close();
    }

    /**
     * A batch of imports waiting for the user's answer to a preview does not hold back a page of a document or an
     * attached file being opened, nor does a document being made hold back the batch's checking.
     */
    @Test
    void workAsking_andWorkApart_doNotWaitForEachOther() throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor();
        CountDownLatch previewAnswered = new CountDownLatch(1);
        CountDownLatch pageRendered = new CountDownLatch(1);
        executor.executeAsking(BackgroundTask.of(() -> previewAnswered.await(30, TimeUnit.SECONDS)));
        executor.executeApart(BackgroundTask.of(() -> {
            pageRendered.countDown();
            return null;
        }));
        assertThat(pageRendered.await(30, TimeUnit.SECONDS)).as("the page is rendered while the preview is open")
                .isTrue();
        previewAnswered.countDown();

        CountDownLatch documentMade = new CountDownLatch(1);
        CountDownLatch fileChecked = new CountDownLatch(1);
        executor.executeApart(BackgroundTask.of(() -> documentMade.await(30, TimeUnit.SECONDS)));
        executor.executeAsking(BackgroundTask.of(() -> {
            fileChecked.countDown();
            return null;
        }));
        assertThat(fileChecked.await(30, TimeUnit.SECONDS)).as("the file is checked while a document is made")
                .isTrue();
        documentMade.countDown();
        executor.close();
    }

    /** An import's batch: on its own thread, it asks on the window's thread and writes among the edits. */
    @Test
    void workAsking_asksOnTheWindowsThread_andWritesInTurnAfterTheEditBeforeIt() throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor();
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch writeAsked = new CountDownLatch(1);
        executor.execute(BackgroundTask.of(() -> {
            writeAsked.await(30, TimeUnit.SECONDS);
            order.add("edit stored");
            return null;
        }));
        java.util.concurrent.CompletableFuture<String> batch = new java.util.concurrent.CompletableFuture<>();
        executor.executeAsking(BackgroundTask.of(() -> {
            boolean askedOnFx = executor.onUiThread(javafx.application.Platform::isFxApplicationThread);
            writeAsked.countDown();
            String writtenOn = executor.callInTurn(() -> {
                order.add("file written");
                return Thread.currentThread().getName();
            });
            batch.complete(askedOnFx + " " + writtenOn);
            return null;
        }));

        assertThat(batch.get(30, TimeUnit.SECONDS)).isEqualTo("true kesudesk-background");
        assertThat(order).containsExactly("edit stored", "file written");
        executor.close();
    }

    /** What fails in turn with the edits fails in the work that waited for it, as it was thrown. */
    @Test
    void aWriteInTurnThatFails_throwsItsFailureInTheWorkApart() throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor();
        java.util.concurrent.CompletableFuture<Exception> failed = new java.util.concurrent.CompletableFuture<>();
        executor.executeApart(BackgroundTask.of(() -> {
            try {
                executor.callInTurn(() -> {
                    throw new org.kesudesk.l10n.UserFacingException("exchange.error.noOwnRegion");
                });
            } catch (RuntimeException e) {
                failed.complete(e);
            }
            return null;
        }));

        assertThat(failed.get(30, TimeUnit.SECONDS)).isInstanceOf(org.kesudesk.l10n.UserFacingException.class);
        executor.close();
    }

    @Test
    void closing_waitsForTheEditBeingStored() throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor();
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch editStarted = new CountDownLatch(1);
        CountDownLatch mayFinish = new CountDownLatch(1);
        executor.execute(BackgroundTask.of(() -> {
            editStarted.countDown();
            mayFinish.await(30, TimeUnit.SECONDS);
            order.add("edit stored");
            return null;
        }));
        assertThat(editStarted.await(30, TimeUnit.SECONDS)).isTrue();

        Thread closing = new Thread(() -> {
            executor.close();
            order.add("closed");
        });
        closing.start();
        // closing has begun and is waiting (for the edit): it has not closed
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (closing.getState() != Thread.State.TIMED_WAITING && closing.isAlive()
                && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(order).as("closing does not return while the edit is being stored").isEmpty();
        mayFinish.countDown();
        closing.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(order).containsExactly("edit stored", "closed");
    }
}
