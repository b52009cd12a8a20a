package org.kesudesk.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.kesudesk.parse.AliasSuggestion;
import org.kesudesk.parse.ParseReport;

/**
 * Answers the import dialogs as a user would, and remembers what they were shown; the other dialogs answer as
 * {@link NoDialogs} is told to. Errors are kept with their titles.
 */
class ScriptedDialogs extends NoDialogs {

    Optional<Path> fileToChoose = Optional.empty();
    Function<ParseReport, Optional<List<AliasSuggestion>>> reviewAnswer = report -> Optional.of(List.of());
    final List<ParseReport> reviewed = new ArrayList<>();

    @Override
    public Optional<Path> choosePlanFile() {
        return fileToChoose;
    }

    @Override
    public Optional<ImportChoice> review(ParseReport report, boolean traditional) {
        reviewed.add(report);
        return reviewAnswer.apply(report).map(aliases -> new ImportChoice(aliases, false));
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }
}
