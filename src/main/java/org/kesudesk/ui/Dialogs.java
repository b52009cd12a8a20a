package org.kesudesk.ui;

import java.nio.file.Path;
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

/** The dialogs the app asks the user through; view models use this, so that tests can answer for the user. */
public interface Dialogs {

    /** Asks for a plan document; empty if the user cancels. */
    Optional<Path> choosePlanFile();

    /**
     * Shows what was read for review; what the user decided (aliases, script), or empty if the user cancels.
     *
     * @param traditional whether the document is in traditional characters (the review offers simplified ones)
     */
    Optional<ImportChoice> review(ParseReport report, boolean traditional);

    /**
     * Asks where to save a file; empty if the user cancels.
     *
     * @param extension without the dot: pdf, docx
     */
    Optional<Path> chooseSaveFile(String title, String suggestedName, String extension);

    /** Tells the user why something failed. */
    void showError(String title, String message);

    /**
     * Asks before doing something the user may not have meant (deleting); true if the user confirms with the
     * button named {@code confirmText}, false if the user cancels.
     */
    boolean confirm(String title, String message, String confirmText);

    /**
     * Asks before something that trusts what came from outside, or drops what cannot be had back (a sender's key
     * accepted, tasks with reports removed): as {@link #confirm}, but Enter cancels; the user confirms with the
     * button itself.
     */
    default boolean confirmCarefully(String title, String message, String confirmText) {
        return confirm(title, message, confirmText);
    }

    /** Tells the user something went well (a file exported, an import applied). */
    void showInformation(String title, String header, String text);

    /** Says that something went as asked, without asking anything: a note that goes away by itself. */
    void notify(String title, String text);

    /** Tells the user a file was saved, offering to open it or the folder it is in. */
    void showSaved(String title, String header, String text, Path file);

    /** Asks for one of the regions; empty if the user cancels. */
    Optional<Region> chooseRegion(String title, String text, List<Region> regions, Optional<Region> preselected);

    /** A region's code and name as typed in {@link #typeRegion}. */
    record TypedRegion(String code, String name) {
    }

    /**
     * Asks for a new region's code and name, or, for a region renamed, its new name (its code shown, not editable);
     * empty if the user cancels. What is typed is checked where it is stored.
     */
    Optional<TypedRegion> typeRegion(String title, String text, Optional<Region> renamed);

    /** Asks for a city or county of the country's divisions, found by its name or code; empty if the user cancels. */
    Optional<org.kesudesk.logic.Divisions.Division> chooseDivision(String title, String text,
                                                                   org.kesudesk.logic.Divisions divisions);

    /**
     * Lists the places 在所有方案中查找 found, to go to one: the one chosen (double-click, Enter or 转到), empty if the
     * user closes the list.
     */
    Optional<org.kesudesk.logic.EveryPlanSearch.Hit> chooseFoundPlace(org.kesudesk.logic.EveryPlanSearch.Found found);

    /**
     * Asks for a file to open; empty if the user cancels.
     *
     * @param extension without the dot: kesu, xlsx
     */
    Optional<Path> chooseFileToOpen(String title, String extension);

    /** Asks for one or more files to open (several counties' files at once); empty if the user cancels. */
    List<Path> chooseFilesToOpen(String title, String extension);

    /** A folder to write files into (the one chosen last time first); empty if the user cancelled. */
    Optional<Path> chooseFolder(String title);

    /**
     * Shows what an import would change, conflicts side by side to be settled; the user's choice for each
     * conflict (by row id) if the user imports, empty if the user cancels.
     */
    Optional<Map<UUID, PlanMerge.Choice>> reviewChanges(ChangeReview review);

    /**
     * Shows the unit names a county's plan will use in place of the city's, to be corrected; the names as
     * confirmed, or empty if the user cancels.
     */
    Optional<Map<String, String>> reviewUnitNames(Region county, Map<String, String> names);

    /**
     * Asks what each column of a table holds, whose header the parser could not read as a division table's; the
     * columns as the user mapped them, or empty if the user cancels.
     */
    Optional<ColumnMapping> mapColumns(UnmappedTable table);

    /** Asks for one of the choices, each shown by {@code shown}; empty if the user cancels. */
    <T> Optional<T> chooseOne(String title, String text, List<T> choices, java.util.function.Function<T, String> shown);
}
