package org.kesudesk.cli;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.kesudesk.l10n.UserFacingException;

/** How the progress commands read dates. */
final class ProgressText {

    private ProgressText() {
    }

    /** A date typed as YYYY-MM-DD, or a message naming the option and what was typed. */
    static LocalDate date(String option, String typed) {
        try {
            if (typed != null && typed.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(typed.strip());
            }
        } catch (DateTimeException e) {
            // a day that does not exist (2026-02-30): the same message
        }
        throw new UserFacingException("cli.progress.badDate", option, typed);
    }
}
