package org.kesudesk.store;

import java.nio.file.Path;

import org.kesudesk.l10n.UserFacingException;

/** The database file is locked by another running copy of the app (or another program). */
public final class DatabaseInUseException extends UserFacingException {
    public DatabaseInUseException(Path path, Throwable cause) {
        super(cause, "store.error.inUse", path);
    }
}
