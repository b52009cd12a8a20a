package org.kesudesk.store;

import java.util.stream.Collectors;

/** Everything a database holds, as H2's SQL script: two snapshots are equal only if nothing changed in between. */
public final class DatabaseSnapshot {

    private DatabaseSnapshot() {
    }

    public static String of(Database database) {
        return database.read(tx -> tx.fetch("SCRIPT").stream().map(r -> r.get(0, String.class))
                .collect(Collectors.joining("\n")));
    }
}
