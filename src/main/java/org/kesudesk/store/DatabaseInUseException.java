package org.kesudesk.store;

import java.nio.file.Path;

import org.kesudesk.l10n.UserFacingException;

/** The database file is locked by another running copy of the app (or another program). */
public final class DatabaseInUseException extends UserFacingException {
    /** @param base the database's path without {@code .mv.db}; the message names its file, as the status bar does */
    public DatabaseInUseException(Path base, Throwable cause) {
        super(cause, "store.error.inUse", Database.fileOf(base));
    }
}
