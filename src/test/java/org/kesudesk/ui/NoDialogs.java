package org.kesudesk.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kesudesk.exchange.PlanExchange;
import org.kesudesk.model.Region;
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

    /** What the exchange dialogs answer: the region to choose (by code), the file, and the review's answer. */
    public Optional<String> regionCode = Optional.empty();
    public Optional<Path> exchangeFile = Optional.empty();
    public java.util.function.Function<PlanExchange.Preview, Optional<PlanExchange.Preview>> exchangeReview =
            Optional::of;
    public final List<PlanExchange.Preview> exchangeReviews = new ArrayList<>();
    public final List<String> information = new ArrayList<>();

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
