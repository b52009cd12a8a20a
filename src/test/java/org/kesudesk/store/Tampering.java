package org.kesudesk.store;

import java.util.function.Consumer;

import org.jooq.DSLContext;

/**
 * Changes a database's rows behind the app's back, as a tampered backup or another program would, for tests of
 * what the app does with content it did not write.
 */
public final class Tampering {

    private Tampering() {
    }

    public static void change(Database database, Consumer<DSLContext> change) {
        database.inTransaction(tx -> {
            change.accept(tx);
            return null;
        });
    }
}
