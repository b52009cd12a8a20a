package org.kesudesk.ui;

import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What to tell the user when background work failed. */
public final class FailureMessages {

    private static final Logger LOG = LoggerFactory.getLogger(FailureMessages.class);

    private FailureMessages() {
    }

    /**
     * The reason in Chinese for a failure the code foresaw; for any other, a general message with the exception's
     * own text, and the exception logged with its stack trace for support.
     *
     * @param what what was being done, for the log
     */
    public static String of(String what, Exception failure) {
        if (failure instanceof UserFacingException userFacing) {
            LOG.info("{}: {}", what, userFacing.messageKey());
            return userFacing.userMessage();
        }
        LOG.error(what, failure);
        return Messages.get("main.failure.unexpected", String.valueOf(failure.getMessage()));
    }
}
