package org.kesudesk.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.kesudesk.exchange.PlanExchange;
import org.kesudesk.model.Region;
import org.kesudesk.parse.AliasSuggestion;
import org.kesudesk.parse.ParseReport;

/** Answers the import dialogs as a user would, and remembers what they were shown. */
final class ScriptedDialogs implements Dialogs {

    Optional<Path> fileToChoose = Optional.empty();
    Function<ParseReport, Optional<List<AliasSuggestion>>> reviewAnswer = report -> Optional.of(List.of());
    final List<ParseReport> reviewed = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    @Override
    public Optional<Path> choosePlanFile() {
        return fileToChoose;
    }

    @Override
    public Optional<List<AliasSuggestion>> review(ParseReport report) {
        reviewed.add(report);
        return reviewAnswer.apply(report);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    boolean confirmAnswer = true;
    final List<String> questions = new ArrayList<>();

    @Override
    public boolean confirm(String title, String message, String confirmText) {
        questions.add(message);
        return confirmAnswer;
    }

    Optional<Path> saveTo = Optional.empty();

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String extension) {
        return saveTo;
    }

    /** What the exchange dialogs answer: the region to choose (by code), the file, and the review's answer. */
    Optional<String> regionCode = Optional.empty();
    Optional<Path> exchangeFile = Optional.empty();
    java.util.function.Function<PlanExchange.Preview, Optional<PlanExchange.Preview>> exchangeReview =
            Optional::of;
    final List<PlanExchange.Preview> exchangeReviews = new ArrayList<>();
    final List<String> information = new ArrayList<>();

    @Override
    public void showInformation(String title, String header, String text) {
        information.add(header + "\n" + text);
    }

    @Override
    public Optional<Region> chooseRegion(String title, String text, List<Region> regions,
                                         Optional<Region> preselected) {
        return regionCode.flatMap(code -> regions.stream().filter(r -> r.code().equals(code)).findFirst());
    }

    @Override
    public Optional<Path> chooseExchangeFile() {
        return exchangeFile;
    }

    @Override
    public Optional<PlanExchange.Preview> reviewExchange(PlanExchange.Preview preview) {
        exchangeReviews.add(preview);
        return exchangeReview.apply(preview);
    }

    @Override
    public Optional<Map<String, String>> reviewUnitNames(Region county, Map<String, String> names) {
        return Optional.of(names);
    }
}
