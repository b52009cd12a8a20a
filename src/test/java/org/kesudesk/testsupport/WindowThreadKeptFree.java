package org.kesudesk.testsupport;

import java.util.List;

import javafx.application.Platform;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.kesudesk.store.ThreadsThatMustNotWait;

/**
 * Every test (registered for all of them, {@code META-INF/services}) fails if the database was used on the JavaFX
 * thread while it ran: a window that waits on a query freezes. The app names that thread when its window opens;
 * this names it for the tests that show a view without the app.
 */
public final class WindowThreadKeptFree implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        ThreadsThatMustNotWait.takeSeen();
        ThreadsThatMustNotWait.are(Platform::isFxApplicationThread);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<Throwable> seen = ThreadsThatMustNotWait.takeSeen();
        ThreadsThatMustNotWait.none();
        if (!seen.isEmpty()) {
            AssertionError failure = new AssertionError(seen.size() + " use(s) of the database on the JavaFX thread,"
                    + " which would freeze the window; the first: " + seen.get(0).getMessage(), seen.get(0));
            seen.stream().skip(1).forEach(failure::addSuppressed);
            throw failure;
        }
    }
}
