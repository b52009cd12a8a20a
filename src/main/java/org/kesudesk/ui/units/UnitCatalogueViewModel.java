package org.kesudesk.ui.units;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.kesudesk.l10n.Messages;
import org.kesudesk.model.Duty;
import org.kesudesk.model.Unit;
import org.kesudesk.model.UnitListText;
import org.kesudesk.model.UnitLiaison;
import org.kesudesk.ui.PlanWorkspace;

/**
 * The unit catalogue (单位管理): add, rename (everywhere at once), set the precedence order, merge two units, and
 * see everything a unit leads or carries out (its 责任清单).
 */
public final class UnitCatalogueViewModel {

    private final PlanWorkspace workspace;
    private final ObjectProperty<Unit> selected = new SimpleObjectProperty<>();
    private final ObservableList<Duty> duties = FXCollections.observableArrayList();

    /** Chooses the unit after one being removed, once it is gone from the catalogue (null: none pending). */
    private javafx.collections.ListChangeListener<Unit> choiceAfterRemoval;

    public UnitCatalogueViewModel(PlanWorkspace workspace) {
        this.workspace = workspace;
        selected.addListener((observable, old, unit) -> loadDuties());
        workspace.planProperty().addListener((observable, old, plan) -> {
            Unit unit = selected.get();
            if (unit != null) {
                selected.set(workspace.catalogue().stream().filter(u -> u.id().equals(unit.id())).findFirst()
                        .orElse(null));
            }
            loadDuties();
        });
    }

    /** Opens a line of the 责任清单 where it can be edited: its item or task in the plan's tree. */
    public void open(org.kesudesk.model.Duty duty) {
        workspace.showInPlan(duty.nodeId());
    }

    public ObservableList<Unit> units() {
        return workspace.catalogue();
    }

    private final javafx.beans.property.ReadOnlyBooleanWrapper loadingDuties =
            new javafx.beans.property.ReadOnlyBooleanWrapper(false);

    /** What the empty 责任清单 says: choose a unit, its duties being read, or that it has none in the plan. */
    private final javafx.beans.binding.StringBinding dutiesEmptyText = javafx.beans.binding.Bindings
            .createStringBinding(() -> org.kesudesk.l10n.Messages.get(selected.get() == null ? "units.duties.choose"
                    : loadingDuties.get() ? "units.duties.loading" : "units.duties.none"), selected, loadingDuties);

    public javafx.beans.binding.StringExpression dutiesEmptyTextProperty() {
        return dutiesEmptyText;
    }

    public ObjectProperty<Unit> selectedProperty() {
        return selected;
    }

    /** What the selected unit leads or is responsible for in the current plan. */
    public ObservableList<Duty> duties() {
        return duties;
    }

    /** Whether the selected unit's duties are being read (the list says so, not that it has none). */
    public javafx.beans.property.ReadOnlyBooleanProperty loadingDutiesProperty() {
        return loadingDuties.getReadOnlyProperty();
    }

    private void loadDuties() {
        Unit unit = selected.get();
        duties.clear();
        if (unit == null || workspace.planProperty().get() == null) {
            loadingDuties.set(false);
            return;
        }
        loadingDuties.set(true);
        workspace.read(() -> workspace.dutiesOf(unit), list -> {
            if (unit.equals(selected.get()) || selected.get() != null && selected.get().id().equals(unit.id())) {
                duties.setAll(list);
                loadingDuties.set(false);
            }
        });
    }

    /**
     * Adds the unit typed; several names pasted at once (市教育局、市科协, a document's list: {@link UnitListText#names})
     * are shown and asked about first, then added as one edit (one undo), all of them or, one refused, none. Returns
     * whether the box may be emptied (not when the question was declined).
     */
    public boolean add(String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        List<String> names = UnitListText.names(name);
        if (names.size() > 1) {
            if (!workspace.dialogs().confirm(Messages.get("units.addSeveral.title"),
                    Messages.get("units.addSeveral", names.size(), String.join("、", names)),
                    Messages.get("units.addSeveral.ok", names.size()))) {
                return false;
            }
            workspace.apply(workspace.editor().addUnitsToCatalogue(names));
            return true;
        }
        workspace.apply(workspace.editor().addUnitToCatalogue(name));
        return true;
    }

    /**
     * Renames the unit; a new name that reads as several units (a list pasted: 市科协、市科技局) is asked about first,
     * rather than made one unit's name.
     */
    public void rename(Unit unit, String newName) {
        if (unit != null && newName != null && !newName.isBlank() && !newName.strip().equals(unit.name())) {
            List<String> names = UnitListText.names(newName);
            if (names.size() > 1 && !workspace.dialogs().confirm(Messages.get("units.rename.several.title"),
                    Messages.get("units.rename.several", newName.strip(), names.size(), unit.name()),
                    Messages.get("units.rename.several.ok"))) {
                return;
            }
            workspace.apply(workspace.editor().renameUnit(unit, newName));
        }
    }

    /** The unit's 联络员 and telephone as last read ({@link UnitLiaison#NONE} if none). */
    public UnitLiaison liaisonOf(Unit unit) {
        return workspace.liaisonOf(unit);
    }

    /** The liaisons as read, by unit: read again after each change to the catalogue. */
    public javafx.beans.property.ReadOnlyObjectProperty<java.util.Map<java.util.UUID, UnitLiaison>> liaisons() {
        return workspace.liaisonsProperty();
    }

    /** Sets the unit's liaison as typed (both parts empty clears it); nothing happens if it is unchanged. */
    public void setLiaison(Unit unit, String person, String phone) {
        if (unit == null) {
            return;
        }
        UnitLiaison before = liaisonOf(unit);
        if (!UnitLiaison.typed(person, phone).equals(before)) {
            workspace.apply(workspace.editor().setLiaison(unit, before, new UnitLiaison(
                    person == null ? "" : person, phone == null ? "" : phone)));
        }
    }

    /**
     * 导入联络员名单…: the list the office keeps in Excel, chosen, read and compared in the background, its preview
     * shown, and stored (a backup first, one transaction) only when the user agrees.
     */
    public void importLiaisonList() {
        workspace.dialogs().chooseFileToOpen(org.kesudesk.l10n.Messages.get("units.liaisonList.title"), "xlsx")
                .ifPresent(this::importLiaisonList);
    }

    /** 导出联络员名单…: every unit of the catalogue with its liaison, as an Excel list, where the user chooses. */
    public void exportLiaisonList() {
        String title = org.kesudesk.l10n.Messages.get("units.liaisonList.exportTitle");
        workspace.dialogs().chooseSaveFile(title, org.kesudesk.l10n.Messages.get("unit.liaisonList.sheet"), "xlsx")
                .ifPresent(file -> workspace.execute(org.kesudesk.ui.task.BackgroundTask.of(
                                () -> workspace.exportLiaisonList(file))
                        .onSuccess(known -> workspace.dialogs().showSaved(title, org.kesudesk.l10n.Messages.get(
                                        "units.liaisonList.exported", units().size(), known),
                                file.toAbsolutePath().toString(), file))
                        .onFailure(failure -> workspace.dialogs().showError(title, org.kesudesk.ui.FailureMessages
                                .of(org.kesudesk.l10n.Messages.get("units.liaisonList.exporting"), failure)))));
    }

    /** This list, as {@link #importLiaisonList()} imports the one chosen. */
    public void importLiaisonList(java.nio.file.Path file) {
        String title = org.kesudesk.l10n.Messages.get("units.liaisonList.title");
        workspace.execute(org.kesudesk.ui.task.BackgroundTask.of(() -> workspace.checkLiaisonList(file))
                .onSuccess(preview -> {
                    String described = org.kesudesk.exchange.LiaisonLists.described(preview);
                    if (!preview.changesAnything()) {
                        workspace.dialogs().notify(title, described + "\n"
                                + org.kesudesk.l10n.Messages.get("units.liaisonList.nothingNew"));
                        return;
                    }
                    if (workspace.dialogs().confirm(title, described + "\n\n"
                            + org.kesudesk.l10n.Messages.get("units.liaisonList.confirmText"),
                            org.kesudesk.l10n.Messages.get("units.liaisonList.confirm"))) {
                        workspace.execute(org.kesudesk.ui.task.BackgroundTask.of(
                                        () -> workspace.importLiaisonList(preview))
                                .onSuccess(imported -> {
                                    workspace.refreshLiaisons();
                                    workspace.dialogs().notify(title, org.kesudesk.l10n.Messages.get(
                                            "units.liaisonList.imported", imported.liaisons()));
                                })
                                .onFailure(failure -> failed(title, failure)));
                    }
                })
                .onFailure(failure -> failed(title, failure)));
    }

    private void failed(String title, Exception failure) {
        workspace.dialogs().showError(title, org.kesudesk.ui.FailureMessages.of(
                org.kesudesk.l10n.Messages.get("units.liaisonList.importing"), failure));
    }

    /** Moves a unit in the precedence order to the position (0 is first). */
    public void move(Unit unit, int position) {
        List<Unit> before = List.copyOf(units());
        int from = before.indexOf(unit);
        int to = Math.max(0, Math.min(position, before.size() - 1));
        if (from < 0 || from == to) {
            return;
        }
        List<Unit> after = new ArrayList<>(before);
        after.add(to, after.remove(from));
        workspace.apply(workspace.editor().reorderCatalogue(before, after));
    }

    /**
     * Takes a unit nothing uses out of the catalogue (a refusal says what still uses it); the unit after it in the
     * list (or before, if it was the last) is chosen in its place, so that the list keeps a unit chosen.
     */
    public void remove(Unit unit) {
        if (unit == null) {
            return;
        }
        List<Unit> listed = units();
        int at = listed.indexOf(unit);
        java.util.Optional<java.util.UUID> next = java.util.Optional.ofNullable(at + 1 < listed.size()
                ? listed.get(at + 1) : at > 0 ? listed.get(at - 1) : null).map(Unit::id);
        if (choiceAfterRemoval != null) {
            units().removeListener(choiceAfterRemoval);
        }
        // once the catalogue read again no longer holds it (a refusal leaves it, and the unit, chosen)
        choiceAfterRemoval = change -> {
            if (units().stream().noneMatch(u -> u.id().equals(unit.id()))) {
                units().removeListener(choiceAfterRemoval);
                choiceAfterRemoval = null;
                selected.set(next.flatMap(id -> units().stream().filter(u -> u.id().equals(id)).findFirst())
                        .orElse(null));
            }
        };
        units().addListener(choiceAfterRemoval);
        workspace.apply(workspace.editor().removeUnitFromCatalogue(unit));
    }

    /** {@code alias} disappears; its assignments go to {@code into}, its name becomes an alias of it. */
    public void merge(Unit alias, Unit into) {
        if (alias != null && into != null && !alias.id().equals(into.id())) {
            workspace.apply(workspace.editor().mergeUnits(alias, into));
            selected.set(into);
        }
    }
}
