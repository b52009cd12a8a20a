package org.kesudesk.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads that must never wait on the database: the window's, which stops drawing and answering the keyboard
 * for as long as a query takes (on a large plan, a slow disk or a shared server across the office's network, long
 * enough to look hung). The window says which thread that is; every read and write asks, and one made on such a
 * thread is logged with where it came from and kept for the tests, which fail on it. Nothing is refused: a user is
 * never stopped because the app's own code is slower than it should be.
 */
public final class ThreadsThatMustNotWait {

    private static final Logger LOG = LoggerFactory.getLogger(ThreadsThatMustNotWait.class);
    /** How many of the calls are kept (each is logged); enough to tell where they come from. */
    private static final int KEPT = 16;

    private static volatile BooleanSupplier mustNotWait = () -> false;
    private static final List<Throwable> SEEN = new ArrayList<>();

    private ThreadsThatMustNotWait() {
    }

    /** Names the threads, as a test of the calling thread ({@code Platform::isFxApplicationThread}). */
    public static void are(BooleanSupplier callingThreadMustNotWait) {
        mustNotWait = callingThreadMustNotWait;
    }

    /** No thread is kept from waiting any more (the window has closed: its database may be closed on its thread). */
    public static void none() {
        mustNotWait = () -> false;
    }

    /** The calls made on such a thread since the last time this was asked, oldest first; forgets them. */
    public static List<Throwable> takeSeen() {
        synchronized (SEEN) {
            List<Throwable> seen = List.copyOf(SEEN);
            SEEN.clear();
            return seen;
        }
    }

    /** Called before the database is used: notes a use on a thread that must not wait. */
    static void check(String what) {
        if (mustNotWait.getAsBoolean()) {
            Throwable where = new IllegalStateException(what + " on " + Thread.currentThread().getName()
                    + ", which must not wait on the database");
            LOG.warn("the database used on a thread that must not wait", where);
            synchronized (SEEN) {
                if (SEEN.size() < KEPT) {
                    SEEN.add(where);
                }
            }
        }
    }
}
