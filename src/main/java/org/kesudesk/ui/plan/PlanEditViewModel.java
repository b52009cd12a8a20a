package org.kesudesk.ui.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.kesudesk.l10n.Messages;
import org.kesudesk.logic.PastedTasksPreview;
import org.kesudesk.logic.PlanChecks;
import org.kesudesk.logic.editing.PlanEditor;
import org.kesudesk.model.Indicator;
import org.kesudesk.model.NodeKind;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanDocuments;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Unit;
import org.kesudesk.model.UnitListText;
import org.kesudesk.model.UnitMatching;
import org.kesudesk.parse.PastedTasks;
import org.kesudesk.parse.PlanParseException;
import org.kesudesk.ui.PlanWorkspace;
import org.kesudesk.ui.tree.PlanTreeItems;
import org.kesudesk.ui.tree.PlanTreeViewModel;
import org.kesudesk.ui.tree.TreeEntry;

/**
 * The plan screen: the tree with its search and checks, and the selected node's title, text and units, all
 * editable. Every edit goes through the workspace (stored at once, undoable).
 */
public final class PlanEditViewModel {

    private final PlanWorkspace workspace;
    private final ObjectProperty<UUID> selectedId = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<PlanNode> selectedNode = new ReadOnlyObjectWrapper<>();
    /** Where the selected node sits: its section, item … down to itself; empty when none is selected. */
    private final ReadOnlyObjectWrapper<List<PlanNode>> path = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<PlanNode> selectedParent = new ReadOnlyObjectWrapper<>();
    private final StringProperty search = new SimpleStringProperty("");
    /** What a search found (how many places, or that nothing matched); "" with no search. */
    private final ReadOnlyStringWrapper searchResult = new ReadOnlyStringWrapper("");

    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper kindName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unitsHeading = new ReadOnlyStringWrapper("");
    private final StringProperty title = new SimpleStringProperty("");
    /** What became of a title the user left empty (restored), or "". */
    private final javafx.beans.property.ReadOnlyStringWrapper titleMessage =
            new javafx.beans.property.ReadOnlyStringWrapper("");
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<Unit> units = FXCollections.observableArrayList();
    /** Which of the units shown lead the selected task (a task's own 牵头单位, listed first). */
    private Set<UUID> leadUnits = Set.of();
    private final ObservableList<String> indicators = FXCollections.observableArrayList();
    private final ObservableList<PlanChecks.Finding> findings = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Set<UUID>> flagged = new ReadOnlyObjectWrapper<>(Set.of());

    // Plain properties set when the selection changes, not bindings on the selected node: that node is replaced
    // by a new version after every edit, and a binding on it would tell everything bound to it (which parts of the
    // editor are shown, which tools are enabled) to lay out and redraw again, though nothing changed.
    private final ReadOnlyBooleanWrapper nodeSelected = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper taskSelected = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canAddTask = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasUnits = new ReadOnlyBooleanWrapper(false);
    /** The deadlines of the plan shown (kept beside its tree, read when the plan or an edit changes them). */
    private java.util.Map<UUID, org.kesudesk.model.Deadline> deadlines = java.util.Map.of();
    private UUID deadlinesOfPlan;
    private final ReadOnlyObjectWrapper<java.util.Optional<org.kesudesk.model.Deadline>> deadline =
            new ReadOnlyObjectWrapper<>(java.util.Optional.empty());
    private final ReadOnlyBooleanWrapper deadlineEditable = new ReadOnlyBooleanWrapper(false);

    public PlanEditViewModel(PlanWorkspace workspace) {
        this.workspace = workspace;
        selectedId.addListener((observable, old, id) -> showSelected());
        workspace.planProperty().addListener((observable, old, plan) -> {
            // the plan as stored now: a text saved is in it, or (refused) the user may save it again
            requested = null;
            showSelected();
        });
        workspace.planProperty().addListener((observable, old, plan) -> countMatches());
        search.addListener((observable, old, query) -> countMatches());
        workspace.findingsProperty().addListener((observable, old, found) -> showFindings(found));
        workspace.storedEditsProperty().addListener((observable, old, count) -> readDeadlines());
        showFindings(workspace.findingsProperty().get());
        showSelected();
    }

    /** Counts the nodes the search matches, for the line under the search field (the tree has no placeholder). */
    private void countMatches() {
        String query = search.get();
        PlanDocument plan = workspace.planProperty().get();
        if (query == null || query.isBlank() || plan == null) {
            searchResult.set("");
            return;
        }
        int[] found = {0};
        plan.forEachNode(node -> {
            if (matches(node, query)) {
                found[0]++;
            }
        });
        searchResult.set(found[0] == 0 ? Messages.get("plan.search.none", query.strip())
                : Messages.get("plan.search.found", found[0]));
    }

    /** Whether 在所有方案中查找 is reading the plans. */
    private final ReadOnlyBooleanWrapper searchingEveryPlan = new ReadOnlyBooleanWrapper(false);

    public ReadOnlyBooleanProperty searchingEveryPlanProperty() {
        return searchingEveryPlan.getReadOnlyProperty();
    }

    /**
     * 在所有方案中查找: the search text through every plan the database holds (in the background), the places found
     * listed to go to one — its plan shown, the node selected in 方案; nothing found is said so.
     */
    public void searchEveryPlan() {
        String query = search.get() == null ? "" : search.get().strip();
        if (query.isEmpty() || searchingEveryPlan.get()) {
            return;
        }
        searchingEveryPlan.set(true);
        workspace.searchEveryPlan(query, found -> {
            searchingEveryPlan.set(false);
            if (found.total() == 0) {
                workspace.dialogs().showInformation(Messages.get("plan.everyPlan.title"),
                        Messages.get("plan.everyPlan.none", query), "");
                return;
            }
            workspace.dialogs().chooseFoundPlace(found)
                    .ifPresent(hit -> workspace.showInPlanOf(hit.plan().id(), hit.nodeId()));
        });
    }

    /** Reads the shown plan's deadlines again (after an edit, or when another plan is shown). */
    private void readDeadlines() {
        PlanDocument plan = workspace.planProperty().get();
        if (plan == null) {
            return;
        }
        deadlinesOfPlan = plan.plan().id();
        workspace.read(() -> workspace.progress().deadlines(plan), found -> {
            if (plan.plan().id().equals(deadlinesOfPlan)) {
                deadlines = found;
                showDeadline();
            }
        });
    }

    private void showDeadline() {
        PlanNode node = selectedNode.get();
        deadlineEditable.set(node != null && (node.kind().isItem() || node.kind().isTask()));
        deadline.set(node == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(deadlines.get(node.id())));
    }

    /** Sets the selected item's or task's 完成时限 (or takes it away), as an edit that 撤销 takes back. */
    public void setDeadline(java.util.Optional<org.kesudesk.model.Deadline> chosen) {
        PlanNode node = selectedNode.get();
        PlanDocument plan = workspace.planProperty().get();
        if (node == null || plan == null || !deadlineEditable.get() || chosen.equals(deadline.get())) {
            return;
        }
        java.util.Optional<org.kesudesk.model.Deadline> before = deadline.get();
        deadline.set(chosen);
        workspace.apply(new org.kesudesk.logic.editing.EditCommand() {
            @Override
            public String description() {
                return Messages.get("plan.deadline.edit", shownHeading(plan, node));
            }

            @Override
            public org.kesudesk.logic.editing.EditEffect execute() {
                // over the deadline shown: one a colleague set meanwhile is not overwritten unseen
                workspace.progress().setDeadlineOver(plan, node, before, chosen);
                return org.kesudesk.logic.editing.EditEffect.nodes(node.id());
            }

            @Override
            public org.kesudesk.logic.editing.EditEffect undo() {
                workspace.progress().setDeadlineOver(plan, node, chosen, before);
                return org.kesudesk.logic.editing.EditEffect.nodes(node.id());
            }
        });
    }

    /** The selected node's deadline, if it has one. */
    public ReadOnlyObjectProperty<java.util.Optional<org.kesudesk.model.Deadline>> deadlineProperty() {
        return deadline.getReadOnlyProperty();
    }

    /** Whether the selected node takes a deadline (an item or a task). */
    public ReadOnlyBooleanProperty deadlineEditableProperty() {
        return deadlineEditable.getReadOnlyProperty();
    }

    /** How a node is named in the tree: its numbering as written, then its title. */
    /**
     * How the pane and the undo menu name a node: an action as documents name it (the section's heading for the one
     * a section is itself), anything else as the tree does.
     */
    private static String shownHeading(PlanDocument plan, PlanNode node) {
        return node.kind().isItem() ? plan.itemHeading(node) : displayName(node);
    }

    public static String displayName(PlanNode node) {
        return TreeEntry.displayName(node);
    }

    /** Whether the node, or a unit of it, matches the search text (empty matches everything). */
    public static boolean matches(PlanNode node, String query) {
        return PlanTreeItems.matches(node, query);
    }

    /** The node whose title and text the fields were filled from (what the user's typing starts from). */
    private PlanNode editBase;

    private void showSelected() {
        PlanDocument plan = workspace.planProperty().get();
        PlanNode node = plan == null || selectedId.get() == null ? null
                : PlanDocuments.find(plan, selectedId.get()).orElse(null);
        boolean keepTyping = keepsTyping(node);
        selectedNode.set(node);
        if (plan != null && !plan.plan().id().equals(deadlinesOfPlan)) {
            readDeadlines();
        }
        showDeadline();
        if (node == null) {
            path.set(List.of());
        } else {
            List<PlanNode> above = new java.util.ArrayList<>(PlanDocuments.ancestorsOf(plan, node.id()));
            above.add(node);
            path.set(List.copyOf(above));
        }
        selectedParent.set(node == null ? null : PlanDocuments.parentOf(plan, node.id()).orElse(null));
        nodeSelected.set(node != null);
        taskSelected.set(node != null && node.kind().isTask());
        canAddTask.set(node != null && node.kind() != NodeKind.SECTION && node.kind() != NodeKind.SUBTASK);
        hasUnits.set(node != null && node.kind() != NodeKind.SECTION);
        if (node == null) {
            editBase = null;
            heading.set("");
            kindName.set("");
            unitsHeading.set("");
            title.set("");
            text.set("");
            leadUnits = Set.of();
            units.clear();
            indicators.clear();
            return;
        }
        heading.set(shownHeading(plan, node));
        kindName.set(Messages.get("node.kind." + node.kind().name()));
        if (!keepTyping) {
            title.set(node.title());
            text.set(node.text());
        }
        editBase = node;
        unitsHeading.set(PlanTreeViewModel.unitsHeading(node));
        // a task's own lead units first, marked; then its responsible units
        List<Unit> shownUnits = node.carriedOutBy();
        Set<UUID> leads = node.kind().isTask()
                ? node.leadUnits().stream().map(Unit::id).collect(java.util.stream.Collectors.toSet()) : Set.of();
        boolean leadsChanged = !leads.equals(leadUnits);
        leadUnits = leads;
        if (leadsChanged || !units.equals(shownUnits)) {
            // the same units in the same order, one of them leading now: its line is drawn again
            units.setAll(shownUnits);
        }
        List<String> wordings = node.indicators().stream().map(Indicator::wording).toList();
        if (!indicators.equals(wordings)) {
            indicators.setAll(wordings);
        }
    }

    private void showFindings(List<PlanChecks.Finding> all) {
        findings.setAll(all);
        Set<UUID> ids = new HashSet<>();
        all.forEach(f -> ids.add(f.nodeId()));
        if (!flagged.get().equals(ids)) {
            flagged.set(ids);
        }
    }

    // --- edits ------------------------------------------------------------------------------------------------

    /** Adds a task after the selected task, or at the end of the selected item (or sub-task of a task). */
    public void addTask() {
        if (!canAddTask.get()) {
            return;
        }
        Place place = placeForNewTasks();
        workspace.apply(workspace.editor().addTask(place.parent(), place.position(), Messages.get("plan.newTask")));
    }

    /** Where tasks added go: under which node, at which position. */
    private record Place(PlanNode parent, int position) {
    }

    /** After the selected task, or at the end of the selected item (or task, for a sub-task). */
    private Place placeForNewTasks() {
        PlanNode node = selectedNode.get();
        PlanNode parent = selectedParent.get();
        if (node.kind() == NodeKind.TASK && parent != null && parent.kind().isItem()) {
            return new Place(parent, parent.children().indexOf(node) + 1);
        }
        return new Place(node, node.children().size());
    }

    /** What pasted text was read as: its tasks, or why none. */
    private record Pasted(PastedTasksPreview preview, String refusal) {
    }

    /** Tasks shown in full when pasted ones are put before the user; the others are counted. */
    private static final int PASTED_SHOWN = 8;

    /**
     * Adds the tasks pasted text holds — task paragraphs copied from another office's notice, numbered or not, with
     * their units clauses ({@link PastedTasksPreview}) — where {@link #addTask} adds one: after the selected task, or
     * at the end of the selected item. They are read in the background and shown as the notice will print them, with
     * the units named for the plan's region and those the catalogue does not have yet, then added as one edit once
     * the user agrees; the first is selected.
     */
    public void pasteTasks(String text) {
        PlanNode node = selectedNode.get();
        if (!canAddTask.get()) {
            workspace.dialogs().showInformation(Messages.get("plan.paste.title"), Messages.get("plan.paste.where"), "");
            return;
        }
        UUID chosen = node.id();
        java.util.concurrent.Callable<PastedTasksPreview> preview = workspace.pastePreview(text);
        workspace.read(() -> {
            try {
                return new Pasted(preview.call(), null);
            } catch (PlanParseException | org.kesudesk.logic.InvalidContentException refused) {
                return new Pasted(null, refused.getMessage());
            }
        }, pasted -> {
            if (pasted.refusal() != null) {
                workspace.dialogs().showError(Messages.get("plan.paste.title"), pasted.refusal());
            } else if (selectedNode.get() != null && selectedNode.get().id().equals(chosen) && canAddTask.get()) {
                // where they go as the plan is now (an edit may have landed meanwhile)
                Place place = placeForNewTasks();
                confirmPasted(place.parent(), place.position(), pasted.preview());
            }
        });
    }

    private void confirmPasted(PlanNode item, int position, PastedTasksPreview preview) {
        List<PlanNode> tasks = preview.tasks();
        // numbered as they will be: after the task chosen, where the item numbers its tasks by their order
        List<PlanNode> shown = new ArrayList<>();
        for (int i = 0; i < Math.min(tasks.size(), PASTED_SHOWN); i++) {
            PlanNode task = tasks.get(i);
            String label = item.kind().numbersChildrenByPosition() ? String.valueOf(position + i + 1) : "";
            shown.add(new PlanNode(task.id(), task.kind(), label, task.title(), task.text(), task.assignments(),
                    task.indicators(), task.children(), task.rowVersion()));
        }
        StringBuilder message = new StringBuilder(Messages.get("plan.paste.header", displayName(item),
                tasks.size()));
        message.append("\n\n").append(org.kesudesk.documents.PrintedText.ofTasks(shown));
        if (tasks.size() > PASTED_SHOWN) {
            message.append("\n").append(Messages.get("plan.paste.more", tasks.size() - PASTED_SHOWN));
        }
        if (!preview.renamed().isEmpty()) {
            message.append("\n\n").append(Messages.get("plan.paste.renamed", preview.renamed().entrySet().stream()
                    .map(rename -> Messages.get("plan.paste.renamedOne", rename.getKey(), rename.getValue()))
                    .collect(java.util.stream.Collectors.joining("、"))));
        }
        if (!preview.newUnits().isEmpty()) {
            message.append("\n\n").append(Messages.get("plan.paste.newUnits", preview.newUnits().size(),
                    String.join("、", preview.newUnits())));
        }
        if (!preview.warnings().isEmpty()) {
            message.append("\n\n").append(Messages.get("plan.paste.check"));
            preview.warnings().forEach(warning -> message.append("\n").append(Messages.get("plan.paste.warningAt",
                    warning.line(), warning.message().text())));
        }
        if (workspace.dialogs().confirm(Messages.get("plan.paste.title"), message.toString(),
                Messages.get("plan.paste.ok"))) {
            workspace.apply(workspace.editor().addTasks(item, position, tasks));
            selectedId.set(tasks.get(0).id());
        }
    }

    /** Deletes the selected task (and its sub-tasks), once the user confirms. */
    public void deleteSelected() {
        PlanNode node = selectedNode.get();
        PlanNode parent = selectedParent.get();
        if (!taskSelected.get() || parent == null) {
            return;
        }
        String subtasks = node.children().isEmpty() ? ""
                : Messages.get("plan.delete.withSubtasks", node.children().size());
        // the reports on it go with it (and come back with an undo): the question says how many
        workspace.read(() -> workspace.progress().reportsOn(node), reports -> {
            boolean confirmed = workspace.dialogs().confirm(Messages.get("plan.delete.title"),
                    Messages.get("plan.delete.message", displayName(node), subtasks)
                            + (reports == 0 ? "" : "\n" + Messages.get("plan.delete.withReports", reports)),
                    Messages.get("plan.delete.confirm"));
            if (confirmed && node.equals(selectedNode.get())) {
                selectedId.set(parent.id());
                workspace.apply(workspace.editor().deleteTask(node, parent.id()));
            }
        });
    }

    /** Moves the selected task up (-1) or down (+1) among its siblings. */
    public void moveSelected(int delta) {
        PlanNode node = selectedNode.get();
        PlanNode parent = selectedParent.get();
        if (!taskSelected.get() || parent == null) {
            return;
        }
        int from = parent.children().indexOf(node);
        moveTask(node.id(), from + delta);
    }

    /** Moves a task to a position among its siblings (drag and drop). */
    public void moveTask(UUID taskId, int to) {
        PlanDocument plan = workspace.planProperty().get();
        Optional<PlanNode> task = PlanDocuments.find(plan, taskId);
        Optional<PlanNode> parent = PlanDocuments.parentOf(plan, taskId);
        if (task.isEmpty() || parent.isEmpty() || !task.get().kind().isTask()) {
            return;
        }
        int from = parent.get().children().indexOf(task.get());
        int target = Math.max(0, Math.min(to, parent.get().children().size() - 1));
        if (from != target) {
            workspace.apply(workspace.editor().moveTask(task.get(), parent.get(), from, target));
        }
    }

    /**
     * Whether what the user is typing into the title and text stays when the node is shown anew (the plan read again
     * after an edit, or after a colleague's change on a shared database): yes if the same node is shown and its title
     * and text are as the typing started from them. If someone else changed them meanwhile, their version is shown
     * and what was typed is not lost: the message under the title quotes it.
     */
    private boolean keepsTyping(PlanNode node) {
        if (node == null || editBase == null || !node.id().equals(editBase.id())) {
            return false;
        }
        boolean typed = !title.get().equals(editBase.title()) || !text.get().equals(editBase.text());
        if (!typed) {
            return false;
        }
        if (node.title().equals(editBase.title()) && node.text().equals(editBase.text())) {
            return true;
        }
        if (!node.title().equals(title.get()) || !node.text().equals(text.get())) {
            String yours = (title.get().strip() + " " + text.get().strip()).strip();
            titleMessage.set(Messages.get("plan.text.changedByOthers",
                    yours.length() > 300 ? yours.substring(0, 300) + "…" : yours));
        }
        return false;
    }

    /**
     * The title and text last handed to the store for a node, until the plan is shown anew: the same asked again
     * meanwhile (the text box losing the focus to 保存文字, then the button's own click) is not a second edit made on
     * the version the first one replaces — which the store refused as someone else's change.
     */
    private record Requested(UUID nodeId, String title, String text) {
    }

    private Requested requested;

    /** Stores the title and text as edited, if they changed. */
    public void saveText() {
        PlanNode node = selectedNode.get();
        if (node == null || node.kind() == NodeKind.SECTION) {
            return;
        }
        String newTitle = title.get().strip();
        String newText = text.get();
        if (newTitle.isEmpty()) {
            // a node has a title: the old one comes back, and the user is told so, not left to notice
            title.set(node.title());
            titleMessage.set(Messages.get("plan.title.restored"));
            return;
        }
        titleMessage.set("");
        if (node.kind().isTask() && newTitle.equals(Messages.get("plan.newTask")) && !newText.isBlank()
                && !newText.equals(node.text())) {
            // a task added (新任务), then its text written or pasted: titled by its first sentence, as a document's is
            String fromText = PastedTasks.titleOf(newText);
            if (!fromText.isEmpty()) {
                newTitle = fromText;
                title.set(fromText);
            }
        }
        Requested asked = new Requested(node.id(), newTitle, newText);
        if ((!newTitle.equals(node.title()) || !newText.equals(node.text())) && !asked.equals(requested)) {
            PlanDocument plan = workspace.planProperty().get();
            String shown = plan == null ? displayName(node) : shownHeading(plan, node);
            requested = asked;
            workspace.apply(workspace.editor().updateNode(node, shown, newTitle, newText));
        }
    }

    /** Shows the audit log of the selected node. */
    public void showHistory() {
        if (selectedNode.get() != null) {
            workspace.showAuditOf(selectedNode.get());
        }
    }

    /** The catalogue units whose name contains the typed text, for the type-ahead. */
    public List<Unit> unitSuggestions(String typed) {
        String q = typed == null ? "" : typed.strip();
        List<Unit> meant = q.isEmpty() ? workspace.catalogue() : meant(workspace.unitMatching().lookup(q,
                Integer.MAX_VALUE));
        return meant.stream().filter(u -> units.stream().noneMatch(present -> present.id().equals(u.id())))
                .toList();
    }

    /** The units a typed text may mean, by the model's rule: the one it names, else those that contain it. */
    private static List<Unit> meant(UnitMatching.Lookup lookup) {
        return lookup.unit().map(List::of).orElse(lookup.similar());
    }

    /**
     * Adds the catalogue unit with this name (exactly, or the only one containing it) at the end of the list; a text
     * that several units contain lists them; a name the catalogue does not have is offered as a new unit of the
     * plan's region. Nothing typed is ignored without a word. Returns whether the field may be cleared.
     */
    public boolean addUnitNamed(String typed) {
        String q = typed == null ? "" : typed.strip();
        if (q.isEmpty() || !hasUnits.get()) {
            return false;
        }
        // which unit a name means is the model's rule: the name, or one of its aliases, in the plan's region
        UnitMatching.Lookup lookup = workspace.unitMatching().lookup(q, 50);
        if (lookup.unit().isPresent()) {
            Unit unit = lookup.unit().get();
            if (units.stream().anyMatch(present -> present.id().equals(unit.id()))) {
                workspace.dialogs().showInformation(Messages.get("plan.unit.title"),
                        Messages.get("plan.unit.alreadyListed", unit.name()), "");
                return false;
            }
            addUnit(unit);
            return true;
        }
        List<Unit> candidates = lookup.similar().stream()
                .filter(unit -> units.stream().noneMatch(present -> present.id().equals(unit.id()))).toList();
        if (candidates.size() == 1) {
            addUnit(candidates.get(0));
            return true;
        }
        if (candidates.size() > 1) {
            workspace.dialogs().showInformation(Messages.get("plan.unit.title"), Messages.get("plan.unit.several",
                    q, candidates.size()), candidates.stream().limit(20).map(Unit::name)
                    .collect(java.util.stream.Collectors.joining("、")));
            return false;
        }
        if (!lookup.similar().isEmpty()) {
            workspace.dialogs().showInformation(Messages.get("plan.unit.title"),
                    Messages.get("plan.unit.alreadyListed", q), "");
            return false;
        }
        if (!workspace.dialogs().confirm(Messages.get("plan.unit.title"), Messages.get("plan.unit.createNew",
                lookup.name()), Messages.get("plan.unit.createNew.ok"))) {
            return false;
        }
        workspace.apply(workspace.editor().addNewUnit(selectedNode.get(), lookup.name()));
        return true;
    }

    /**
     * Adds what was typed or pasted in the unit box: one name as {@link #addUnitNamed} does; a list of names
     * (市教育局、市科协, or a document's whole clause （责任单位：…）, {@link UnitListText#names}) each by the same rule,
     * those found added as one edit (one undo takes them off), those not — none in the catalogue, several containing
     * the text — said and left in the box to be put right. Returns what stays in the box.
     */
    public String addUnitsTyped(String typed) {
        String text = typed == null ? "" : typed;
        List<String> names = UnitListText.names(text);
        if (names.size() <= 1) {
            return addUnitNamed(names.isEmpty() ? text : names.get(0)) ? "" : text;
        }
        if (!hasUnits.get()) {
            return text;
        }
        List<Unit> found = new ArrayList<>();
        List<String> left = new ArrayList<>();
        List<String> why = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        for (String name : names) {
            UnitMatching.Lookup lookup = workspace.unitMatching().lookup(name, 50);
            List<Unit> candidates = meant(lookup).stream()
                    .filter(unit -> units.stream().noneMatch(present -> present.id().equals(unit.id())))
                    .filter(unit -> found.stream().noneMatch(chosen -> chosen.id().equals(unit.id())))
                    .toList();
            if (candidates.size() == 1) {
                found.add(candidates.get(0));
            } else if (candidates.size() > 1) {
                left.add(name);
                why.add(Messages.get("plan.unit.severalContain", name, candidates.size()));
            } else if (lookup.unit().isPresent() || !lookup.similar().isEmpty()) {
                listed.add(name);
            } else {
                left.add(name);
                why.add(Messages.get("plan.unit.notInCatalogue", name));
            }
        }
        if (!found.isEmpty()) {
            workspace.apply(workspace.editor().addUnits(selectedNode.get(), found));
        }
        if (!left.isEmpty()) {
            workspace.dialogs().showInformation(Messages.get("plan.unit.title"), found.isEmpty()
                    ? Messages.get("plan.unit.noneAdded") : Messages.get("plan.unit.someAdded", found.size(),
                    found.stream().map(Unit::name).collect(java.util.stream.Collectors.joining("、"))),
                    String.join("\n", why));
        } else if (found.isEmpty()) {
            workspace.dialogs().showInformation(Messages.get("plan.unit.title"),
                    Messages.get("plan.unit.alreadyListed", String.join("、", listed)), "");
        }
        return String.join("、", left);
    }

    public void addUnit(Unit unit) {
        if (hasUnits.get()) {
            workspace.apply(workspace.editor().addUnit(selectedNode.get(), unit, Integer.MAX_VALUE));
        }
    }

    public void removeUnit(Unit unit) {
        if (hasUnits.get()) {
            workspace.apply(workspace.editor().removeUnit(selectedNode.get(), unit));
        }
    }

    /**
     * Moves a unit within the list to the position (0 is first): a task's lead units stay before its others (which
     * of them lead is changed by {@link #toggleLead}), each moved among its own.
     */
    public void moveUnit(Unit unit, int position) {
        int from = units.indexOf(unit);
        int to = Math.max(0, Math.min(position, units.size() - 1));
        if (hasUnits.get() && from >= 0 && from != to) {
            int leads = leadUnits.size();
            int inItsList = leadUnits.contains(unit.id()) ? Math.min(to, leads - 1) : Math.max(0, to - leads);
            int now = leadUnits.contains(unit.id()) ? from : from - leads;
            if (inItsList != now) {
                workspace.apply(workspace.editor().moveUnit(selectedNode.get(), unit, inItsList));
            }
        }
    }

    /** Makes a unit of the selected task one of its lead units, or its responsible unit again if it leads it. */
    public void toggleLead(Unit unit) {
        if (taskSelected.get() && units.contains(unit)) {
            workspace.apply(workspace.editor().toggleLead(selectedNode.get(), unit));
        }
    }

    /** A unit as the list shows it: a task's lead unit marked （牵头）. */
    public String shownName(Unit unit) {
        return PlanTreeViewModel.shownName(unit, leadUnits.contains(unit.id()));
    }

    /** Whether the unit leads the selected task. */
    public boolean leads(Unit unit) {
        return leadUnits.contains(unit.id());
    }

    public void sortUnitsByPrecedence() {
        if (hasUnits.get()) {
            workspace.apply(workspace.editor().sortByPrecedence(selectedNode.get(), workspace.catalogue()));
        }
    }

    // --- properties -------------------------------------------------------------------------------------------

    public PlanWorkspace workspace() {
        return workspace;
    }

    /** Where the selected node sits, from its section down to itself (for the bread-crumb bar). */
    public ReadOnlyObjectProperty<List<PlanNode>> pathProperty() {
        return path.getReadOnlyProperty();
    }

    public ObjectProperty<UUID> selectedIdProperty() {
        return selectedId;
    }

    public ReadOnlyObjectProperty<PlanNode> selectedNodeProperty() {
        return selectedNode.getReadOnlyProperty();
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyStringProperty searchResultProperty() {
        return searchResult.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty kindNameProperty() {
        return kindName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unitsHeadingProperty() {
        return unitsHeading.getReadOnlyProperty();
    }

    /** Said under the title when an empty title was not stored. */
    public javafx.beans.property.ReadOnlyStringProperty titleMessageProperty() {
        return titleMessage.getReadOnlyProperty();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<Unit> units() {
        return units;
    }

    public ObservableList<String> indicators() {
        return indicators;
    }

    public ObservableList<PlanChecks.Finding> findings() {
        return findings;
    }

    /** The nodes with a finding, for marks in the tree. */
    public ReadOnlyObjectProperty<Set<UUID>> flaggedProperty() {
        return flagged.getReadOnlyProperty();
    }

    /** Whether a node is selected (any kind). */
    public ReadOnlyBooleanProperty nodeSelectedProperty() {
        return nodeSelected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty taskSelectedProperty() {
        return taskSelected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canAddTaskProperty() {
        return canAddTask.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasUnitsProperty() {
        return hasUnits.getReadOnlyProperty();
    }
}
