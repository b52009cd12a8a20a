package org.kesudesk.testsupport;

import java.io.IOException;
import java.nio.file.Path;

import org.kesudesk.store.Database;

/**
 * A second process for tests: opens the database at args[0], prints "ready", and keeps it open (holding H2's file
 * lock) until its standard input is closed — a running copy of the app, as another process sees it.
 */
public final class HoldDatabase {

    public static final String READY = "ready";

    private HoldDatabase() {
    }

    public static void main(String[] args) throws IOException {
        try (Database database = Database.open(Path.of(args[0]))) {
            System.out.println(READY);
            System.out.flush();
            while (System.in.read() != -1) {
                // wait for the test to close our standard input
            }
        }
    }
}
