package org.kesudesk.store;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * The office's one lock, taken by the work two clerks must not do at once on a shared database: applying an exchange
 * file or a batch of sheets (the same file twice would be applied twice), opening and closing rounds. On PostgreSQL
 * a transaction-scoped advisory lock: a second clerk's transaction waits for the first to end, then sees what it
 * stored (and is refused if its preview was made before). An H2 file is one process's: nothing to take.
 */
final class OfficeLock {

    /** The lock's key: any number the app alone uses ("KESU" in ASCII). */
    static final long KEY = 0x4B455355L;

    private OfficeLock() {
    }

    /** Takes the lock for the rest of the transaction (waiting for a transaction that holds it to end). */
    static void take(DSLContext tx) {
        if (tx.dialect().family() == SQLDialect.POSTGRES) {
            tx.execute("SELECT pg_advisory_xact_lock(" + KEY + ")");
        }
    }
}
