package org.kesudesk.ui;

import org.kesudesk.logic.AppDirectories;
import org.kesudesk.logic.FailureReports;

/** What to tell the user when background work failed. */
public final class FailureMessages {

    private FailureMessages() {
    }

    /**
     * The reason in Chinese for a failure the code foresaw; for any other, what the app was doing, that nothing was
     * changed and where the log is ({@link FailureReports}).
     *
     * @param doing what was being done, in Chinese (保存修改, 导入交换文件)
     */
    public static String of(String doing, Exception failure) {
        return FailureReports.message(doing, failure, AppDirectories.forCurrentUser());
    }
}
