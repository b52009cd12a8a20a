package org.kesudesk.ui;

import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.logic.AppDirectories;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What to tell the user when background work failed. */
public final class FailureMessages {

    private static final Logger LOG = LoggerFactory.getLogger(FailureMessages.class);

    private FailureMessages() {
    }

    /**
     * The reason in Chinese for a failure the code foresaw; for any other, what the app was doing, that nothing was
     * changed and where the log is. Either way the failure's cause is logged with its stack trace for support.
     *
     * @param doing what was being done, in Chinese (保存修改, 导入交换文件)
     */
    public static String of(String doing, Exception failure) {
        if (failure instanceof UserFacingException userFacing) {
            if (userFacing.getCause() != null) {
                LOG.warn("{}: {}", doing, userFacing.messageKey(), userFacing.getCause());
            } else {
                LOG.info("{}: {}", doing, userFacing.messageKey());
            }
            return userFacing.userMessage();
        }
        LOG.error(doing, failure);
        return AppDirectories.forCurrentUser().unexpectedFailure(doing);
    }
}
