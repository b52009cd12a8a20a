package org.kesudesk.parse;

import org.kesudesk.l10n.UserFacingException;

/** A document that cannot be read as a plan at all; the message names the line at fault where there is one. */
public final class PlanParseException extends UserFacingException {

    private final int line;

    PlanParseException(int line, String messageKey, Object... arguments) {
        this(null, line, messageKey, arguments);
    }

    PlanParseException(Throwable cause, int line, String messageKey, Object... arguments) {
        super(cause, messageKey, prepend(line, arguments));
        this.line = line;
    }

    /** The line at fault (1-based), or 0 when the fault is not in one line. */
    public int line() {
        return line;
    }

    private static Object[] prepend(int line, Object[] arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = line;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return all;
    }
}
