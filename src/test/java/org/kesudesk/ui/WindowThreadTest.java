package org.kesudesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.store.AuditLog;
import org.kesudesk.store.Database;
import org.kesudesk.store.ThreadsThatMustNotWait;
import org.kesudesk.testsupport.TestDatabases;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What keeps every window test honest about the JavaFX thread ({@code WindowThreadKeptFree}): a read made on that
 * thread is noticed, with where it came from; the same read on another thread is not.
 */
class WindowThreadTest {

    @TempDir
    Path folder;
    private Database database;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        database = TestDatabases.open(folder.resolve("kesudesk"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aReadOnTheWindowsThread_isNoticedWithItsPlace_andOneOnAnotherThreadIsNot() throws Exception {
        new AuditLog(database).lastId();
        assertThat(ThreadsThatMustNotWait.takeSeen()).isEmpty();

        WaitForAsyncUtils.asyncFx(() -> new AuditLog(database).lastId()).get(10, TimeUnit.SECONDS);

        // taken here, so that this test's own extension does not fail it
        assertThat(ThreadsThatMustNotWait.takeSeen()).singleElement().satisfies(seen -> {
            assertThat(seen.getMessage()).contains("JavaFX Application Thread");
            assertThat(seen.getStackTrace()).anySatisfy(frame ->
                    assertThat(frame.getClassName()).isEqualTo(AuditLog.class.getName()));
        });
    }
}
