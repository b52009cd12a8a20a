package org.kesudesk.testsupport;

import java.io.IOException;
import java.nio.file.Path;

import org.kesudesk.store.Database;
import org.kesudesk.store.UnitRepository;

/**
 * A second process for the crash test: opens the database at args[0], adds the unit named args[1], prints "saved"
 * and then hangs, so that the test can kill it (SIGKILL) right after the edit, as a crash would.
 */
public final class EditThenHang {

    public static final String SAVED = "saved";

    private EditThenHang() {
    }

    public static void main(String[] args) throws IOException {
        Database database = Database.open(Path.of(args[0]));
        new UnitRepository(database).add(args[1]);
        System.out.println(SAVED);
        System.out.flush();
        while (System.in.read() != -1) {
            // wait to be killed
        }
    }
}
