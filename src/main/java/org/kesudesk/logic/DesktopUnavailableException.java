package org.kesudesk.logic;

import org.kesudesk.l10n.UserFacingException;

/**
 * The window cannot open: no display, or (on Linux) no GTK 3. Said in Chinese with what to install; the command
 * line ends with its own exit code, so that a script or a build tool running the app can tell it from a failure.
 */
public final class DesktopUnavailableException extends UserFacingException {

    public DesktopUnavailableException(Throwable cause) {
        super(cause, "main.error.toolkit", cause.getMessage());
    }
}
