package org.kesudesk.cli;

import org.kesudesk.store.Database;

/** The database a command works on: the user's, or for a dry run a scratch copy of it ({@link ScratchDatabase}). */
interface DatabaseUse extends AutoCloseable {

    Database database();

    @Override
    void close();

    /** The user's database itself. */
    static DatabaseUse of(Database database) {
        return new DatabaseUse() {
            @Override
            public Database database() {
                return database;
            }

            @Override
            public void close() {
                database.close();
            }
        };
    }
}
