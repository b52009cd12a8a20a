package org.kesudesk.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.kesudesk.parse.AliasSuggestion;
import org.kesudesk.parse.ParseReport;

/** Dialogs that ask nothing and remember the errors they were to show; for view-model tests and benchmarks. */
public final class NoDialogs implements Dialogs {

    public final List<String> errors = new ArrayList<>();

    @Override
    public Optional<Path> choosePlanFile() {
        return Optional.empty();
    }

    @Override
    public Optional<List<AliasSuggestion>> review(ParseReport report) {
        return Optional.empty();
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    /** What confirm answers; the questions asked are kept. */
    public boolean confirmAnswer = true;
    public final List<String> questions = new ArrayList<>();

    @Override
    public boolean confirm(String title, String message, String confirmText) {
        questions.add(message);
        return confirmAnswer;
    }

    /** Where chooseSaveFile answers to save (empty: the user cancels). */
    public Optional<Path> saveTo = Optional.empty();

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String extension) {
        return saveTo;
    }
}
