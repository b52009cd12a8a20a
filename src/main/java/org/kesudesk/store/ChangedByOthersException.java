package org.kesudesk.store;

import org.kesudesk.l10n.UserFacingException;

/**
 * An edit made on what a user read, when someone else changed it since (another clerk on the office's shared
 * database, or an exchange file applied meanwhile): refused, so that neither change is lost. The window shows the
 * message and reads the plan again.
 */
public final class ChangedByOthersException extends UserFacingException {

    ChangedByOthersException(String what) {
        super("store.error.changedByOthers", what);
    }

    private ChangedByOthersException(String key, Object... arguments) {
        super(key, arguments);
    }

    /** What the edit was to change is no longer there: someone else deleted it (or what it was under). */
    static ChangedByOthersException gone() {
        return new ChangedByOthersException("store.error.nodeGone");
    }

    /** A report on a task that is gone, or that the unit no longer carries out, since the user read it. */
    static ChangedByOthersException notCarriedOut(String what) {
        return new ChangedByOthersException("store.error.notCarriedOut", what);
    }
}
