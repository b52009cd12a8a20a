package org.kesudesk.store;

import java.util.stream.Collectors;

/** Everything a database holds, as H2's SQL script: two snapshots are equal only if nothing changed in between. */
public final class DatabaseSnapshot {

    private DatabaseSnapshot() {
    }

    public static String of(Database database) {
        return database.asAdministrator(tx -> tx.fetch("SCRIPT").stream().map(r -> r.get(0, String.class))
                .collect(Collectors.joining("\n")));
    }

    /**
     * What the database holds, for comparing a database with a copy of it that was opened without being closed
     * first (a backup): H2 hands out identity values in blocks of 32 and, opening such a file, goes on after the
     * block, so where the next audit id starts is left out.
     */
    public static String contentOf(Database database) {
        return of(database).replaceAll("RESTART WITH \\d+", "RESTART WITH …");
    }
}
