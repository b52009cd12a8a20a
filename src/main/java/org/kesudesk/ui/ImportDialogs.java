package org.kesudesk.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.kesudesk.parse.AliasSuggestion;
import org.kesudesk.parse.ParseReport;

/** The dialogs of importing a plan; view models ask through this, so that tests can answer for the user. */
public interface ImportDialogs {

    /** Asks for a plan document; empty if the user cancels. */
    Optional<Path> choosePlanFile();

    /** Shows what was read for review; the alias suggestions the user accepted, or empty if the user cancels. */
    Optional<List<AliasSuggestion>> review(ParseReport report);

    /** Tells the user why something failed. */
    void showError(String title, String message);
}
