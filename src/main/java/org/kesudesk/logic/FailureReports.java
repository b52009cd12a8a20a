package org.kesudesk.logic;

import org.kesudesk.l10n.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What to tell the user when something failed, the same in the window and on the command line: the reason in
 * Chinese for a failure the code foresaw; for any other, what the app was doing, that nothing was changed and where
 * the log is. The failure (or the cause behind a foreseen one) goes to the log with its stack, never to the user.
 */
public final class FailureReports {

    private static final Logger LOG = LoggerFactory.getLogger(FailureReports.class);

    private FailureReports() {
    }

    /**
     * @param doing what was being done, in Chinese (保存修改, 执行命令“exchange import”)
     */
    public static String message(String doing, Exception failure, AppDirectories directories) {
        if (failure instanceof UserFacingException userFacing) {
            if (userFacing.getCause() != null) {
                LOG.warn("{}: {}", doing, userFacing.messageKey(), userFacing.getCause());
            } else {
                LOG.info("{}: {}", doing, userFacing.messageKey());
            }
            return userFacing.userMessage();
        }
        if (failure.getCause() instanceof OutOfMemoryError exhausted) {
            // background work that ran out of memory comes wrapped (the window's task executor)
            return outOfMemory(doing, exhausted, directories);
        }
        LOG.error("{} failed", doing, failure);
        return directories.unexpectedFailure(doing);
    }

    /**
     * What to tell the user when the program itself failed (an error, not an exception: memory exhausted, a class
     * that did not load): the log has the rest.
     */
    public static String broken(String doing, Error failure, AppDirectories directories) {
        if (failure instanceof OutOfMemoryError exhausted) {
            return outOfMemory(doing, exhausted, directories);
        }
        LOG.error("{} failed", doing, failure);
        return directories.unexpectedFailure(doing);
    }

    /**
     * What to tell the user when the work ran out of memory (a file far larger inside than outside, say): by then
     * what the work held is garbage, and the user hears what happened instead of nothing.
     */
    public static String outOfMemory(String doing, OutOfMemoryError failure, AppDirectories directories) {
        LOG.error("{} ran out of memory", doing, failure);
        return org.kesudesk.l10n.Messages.get("failure.outOfMemory", doing, directories.logFile());
    }
}
