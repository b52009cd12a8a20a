package org.kesudesk.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.kesudesk.exchange.PlanMerge;
import org.kesudesk.model.Region;
import org.kesudesk.parse.AliasSuggestion;
import org.kesudesk.parse.ColumnMapping;
import org.kesudesk.parse.ParseReport;
import org.kesudesk.parse.UnmappedTable;
import org.kesudesk.ui.exchange.ChangeReview;

/** Dialogs that ask nothing and remember the errors they were to show; for view-model tests and benchmarks. */
public class NoDialogs implements Dialogs {

    public final List<String> errors = new ArrayList<>();

    @Override
    public Optional<Path> choosePlanFile() {
        return Optional.empty();
    }

    @Override
    public Optional<ImportChoice> review(ParseReport report, boolean traditional) {
        return Optional.empty();
    }

    /** What mapColumns answers (empty: the user cancels); the tables asked about are kept. */
    public Optional<ColumnMapping> columnsAnswer = Optional.empty();
    public final List<UnmappedTable> tablesAsked = new ArrayList<>();

    @Override
    public Optional<ColumnMapping> mapColumns(UnmappedTable table) {
        tablesAsked.add(table);
        return columnsAnswer;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    /** What chooseFoundPlace answers (by what was found; empty: the list closed), and what it was shown. */
    public java.util.function.Function<org.kesudesk.logic.EveryPlanSearch.Found,
            Optional<org.kesudesk.logic.EveryPlanSearch.Hit>> foundPlaceAnswer = found -> Optional.empty();
    public final List<org.kesudesk.logic.EveryPlanSearch.Found> foundPlacesShown = new ArrayList<>();

    @Override
    public Optional<org.kesudesk.logic.EveryPlanSearch.Hit> chooseFoundPlace(
            org.kesudesk.logic.EveryPlanSearch.Found found) {
        foundPlacesShown.add(found);
        return foundPlaceAnswer.apply(found);
    }

    /** What chooseDivision answers (empty: the user cancels). */
    public Optional<org.kesudesk.logic.Divisions.Division> divisionAnswer = Optional.empty();

    @Override
    public Optional<org.kesudesk.logic.Divisions.Division> chooseDivision(String title, String text,
                                                                          org.kesudesk.logic.Divisions divisions) {
        return divisionAnswer;
    }

    /** What confirm answers (by the question, where confirmWhen is set); the questions asked are kept. */
    public boolean confirmAnswer = true;
    public java.util.function.Predicate<String> confirmWhen;
    public final List<String> questions = new ArrayList<>();

    @Override
    public boolean confirm(String title, String message, String confirmText) {
        questions.add(message);
        return confirmWhen == null ? confirmAnswer : confirmWhen.test(message);
    }

    /** Where chooseSaveFile answers to save (empty: the user cancels). */
    public Optional<Path> saveTo = Optional.empty();

    /** The names chooseSaveFile offered the file under. */
    public final List<String> suggestedNames = new ArrayList<>();

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String extension) {
        suggestedNames.add(suggestedName);
        return saveTo;
    }

    /** What the exchange dialogs answer: the region to choose (by code), the file to open, and the answer to a review of changes. */
    public Optional<String> regionCode = Optional.empty();
    /** What chooseRegion asked, with the code of the region it offered first in brackets. */
    public final List<String> regionQuestions = new ArrayList<>();
    public Optional<Path> fileToOpen = Optional.empty();
    public java.util.function.Function<ChangeReview, Optional<Map<UUID, PlanMerge.Choice>>> changeAnswer =
            review -> Optional.of(Map.of());
    public final List<ChangeReview> changeReviews = new ArrayList<>();
    public final List<String> information = new ArrayList<>();

    /** What notify said (its texts go to information too). */
    public final List<String> notes = new ArrayList<>();

    @Override
    public void notify(String title, String text) {
        notes.add(text);
        showInformation(title, text, "");
    }

    /** The files showSaved said were saved (its texts go to information too). */
    public final List<Path> saved = new ArrayList<>();

    @Override
    public void showSaved(String title, String header, String text, Path file) {
        saved.add(file);
        showInformation(title, header, text);
    }

    @Override
    public void showInformation(String title, String header, String text) {
        information.add(header + "\n" + text);
    }

    /** What typeRegion answers (empty: cancelled), and what it was asked, with the region renamed's code. */
    public Optional<TypedRegion> typedRegion = Optional.empty();
    public final List<String> typeRegionQuestions = new ArrayList<>();

    @Override
    public Optional<TypedRegion> typeRegion(String title, String text, Optional<Region> renamed) {
        typeRegionQuestions.add(text + " [" + renamed.map(Region::code).orElse("") + "]");
        return typedRegion;
    }

    @Override
    public Optional<Region> chooseRegion(String title, String text, List<Region> regions,
                                         Optional<Region> preselected) {
        regionQuestions.add(text + " [" + preselected.map(Region::code).orElse("") + "]");
        return regionCode.flatMap(code -> regions.stream().filter(r -> r.code().equals(code)).findFirst());
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String extension) {
        return fileToOpen;
    }

    /** What chooseFilesToOpen answers: the files, in the order chosen. */
    public List<Path> filesToOpen = List.of();

    @Override
    public List<Path> chooseFilesToOpen(String title, String extension) {
        return filesToOpen;
    }

    @Override
    public Optional<Map<UUID, PlanMerge.Choice>> reviewChanges(ChangeReview review) {
        changeReviews.add(review);
        return changeAnswer.apply(review);
    }

    @Override
    public Optional<Map<String, String>> reviewUnitNames(Region county, Map<String, String> names) {
        return Optional.of(names);
    }

    /** Which choice chooseOne answers (by its place; past the end: the user cancels); the texts shown are kept. */
    public int choiceIndex = 0;
    public final List<List<String>> choicesShown = new ArrayList<>();

    @Override
    public <T> Optional<T> chooseOne(String title, String text, List<T> choices,
                                     java.util.function.Function<T, String> shown) {
        choicesShown.add(choices.stream().map(shown).toList());
        return choiceIndex < choices.size() ? Optional.of(choices.get(choiceIndex)) : Optional.empty();
    }

    /** What chooseFolder answers; empty (cancelled) unless a test sets it. */
    public Optional<Path> folderToChoose = Optional.empty();

    @Override
    public Optional<Path> chooseFolder(String title) {
        return folderToChoose;
    }
}
