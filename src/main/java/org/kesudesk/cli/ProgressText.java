package org.kesudesk.cli;

import java.time.LocalDate;

import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.DocumentDate;

/** How the progress commands read dates. */
final class ProgressText {

    private ProgressText() {
    }

    /**
     * A date typed as YYYY-MM-DD, or as the window reads one (2026/6/30, 2026年6月30日: {@link DocumentDate#typed}), or a
     * message naming the option and what was typed (a day that does not exist, 2026-02-30, or in a year no plan names,
     * 0000-01-01, too).
     */
    static LocalDate date(String option, String typed) {
        return DocumentDate.typed(typed)
                .orElseThrow(() -> new UserFacingException("cli.progress.badDate", option, typed));
    }

    /** {@link #date(String, String)} of a date given as a command's parameter, not an option. */
    static LocalDate date(String typed) {
        return DocumentDate.typed(typed).orElseThrow(() -> new UserFacingException("cli.progress.badDay", typed));
    }
}
