package org.kesudesk.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.kesudesk.l10n.Messages;
import org.kesudesk.logic.EveryPlanSearch;
import org.kesudesk.logic.PlanChecks;
import org.kesudesk.logic.editing.EditCommand;
import org.kesudesk.logic.editing.EditEffect;
import org.kesudesk.logic.editing.PlanEditor;
import org.kesudesk.logic.editing.UndoStack;
import org.kesudesk.model.AuditEntry;
import org.kesudesk.model.Duty;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanDocuments;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Unit;
import org.kesudesk.model.UnitAlias;
import org.kesudesk.model.UnitMatching;
import org.kesudesk.store.AssignmentRepository;
import org.kesudesk.store.AuditLog;
import org.kesudesk.store.Database;
import org.kesudesk.store.NodeRepository;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.UnitRepository;
import org.kesudesk.ui.task.BackgroundTask;
import org.kesudesk.ui.task.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plan being worked on, shared by every view of it (tree, matrix, unit catalogue, audit log): edits go
 * through here, are stored at once off the UI thread, can be undone, and show in every view when stored.
 */
public final class PlanWorkspace {

    private static final Logger LOG = LoggerFactory.getLogger(PlanWorkspace.class);

    private final TaskExecutor executor;
    private final Dialogs dialogs;
    private final Database database;
    private final PlanRepository plans;
    private final NodeRepository nodes;
    private final AssignmentRepository assignments;
    private final org.kesudesk.store.RegionRepository regions;
    private final AuditLog audit;
    private final org.kesudesk.logic.progress.ProgressTracking progress;
    /** The city's tasks as its counties carry them, worked out once for every task (kept until the data changes). */
    private final org.kesudesk.logic.progress.CountyTasks countyTasks;
    /** The catalogue of the shown plan's region, and the editor working with it. */
    private volatile UnitRepository units;
    private volatile PlanEditor editor;
    /** Each plan's own undo history: switching plans and back, 撤销 still undoes that plan's last edit. */
    private final Map<UUID, UndoStack> undoStacks = new HashMap<>();
    private volatile UndoStack undoStack = new UndoStack();
    private final PlanChecks.Memo checks = new PlanChecks.Memo();

    private final ReadOnlyObjectWrapper<PlanDocument> plan = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Unit> catalogue = FXCollections.observableArrayList();
    private UnitMatching matching = UnitMatching.of(List.of(), List.of());
    private final ReadOnlyObjectWrapper<Set<UUID>> lastChangedNodes = new ReadOnlyObjectWrapper<>(Set.of());
    private final ReadOnlyObjectWrapper<List<PlanChecks.Finding>> findings = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    /** Each task's light in its plan's current round: by "task id/unit id" for a unit, by "task id/" for the task. */
    private final ReadOnlyObjectWrapper<Map<String, org.kesudesk.model.StatusLight>> lights =
            new ReadOnlyObjectWrapper<>(Map.of());
    /** Counts the edits stored: views of what a plan's tree does not hold (progress reports) follow it. */
    private final javafx.beans.property.ReadOnlyIntegerWrapper storedEdits =
            new javafx.beans.property.ReadOnlyIntegerWrapper(0);
    /** 已保存（10:42:05） after each edit stored, for the status bar: a Word user looks for 保存. */
    private final javafx.beans.property.ReadOnlyStringWrapper savedText =
            new javafx.beans.property.ReadOnlyStringWrapper("");
    private static final java.time.format.DateTimeFormatter SAVED_AT =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss");
    /** When the last edit was stored, as the status bar says it; null before the first. */
    private String lastSaved;
    private final ReadOnlyObjectWrapper<PlanNode> auditSubject = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<UUID> planSubject = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<UUID> otherPlanSubject = new ReadOnlyObjectWrapper<>();
    /**
     * The plan as the worker thread last made it. Edits run one after another on that thread; each refresh starts
     * from the previous one's result, not from what the UI thread shows, which may not have caught up yet.
     */
    private volatile PlanDocument latest;

    public PlanWorkspace(Database database, TaskExecutor executor, Dialogs dialogs) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.database = database;
        this.plans = new PlanRepository(database);
        this.nodes = new NodeRepository(database);
        this.assignments = new AssignmentRepository(database);
        this.audit = new AuditLog(database);
        this.progress = new org.kesudesk.logic.progress.ProgressTracking(database);
        this.countyTasks = progress.countyTasks();
        this.units = new UnitRepository(database);
        this.regions = new org.kesudesk.store.RegionRepository(database);
        this.editor = new PlanEditor(nodes, assignments, units, plans);
        describeUndo();
    }

    /**
     * Shows a plan (after loading, importing or choosing one) with its region's unit catalogue; its undo history
     * is the one it had when it was shown last.
     */
    public void show(PlanDocument document, List<Unit> unitCatalogue) {
        show(document, unitCatalogue, List.of());
    }

    /** Shows a plan with its region's catalogue and the catalogue's aliases (to find a unit by a name typed). */
    public void show(PlanDocument document, List<Unit> unitCatalogue, List<UnitAlias> unitAliases) {
        if (document != null) {
            undoStack = undoStacks.computeIfAbsent(document.plan().id(), id -> new UndoStack());
            units = UnitRepository.ofPlan(database, document.plan());
            editor = new PlanEditor(nodes, assignments, units, plans);
        }
        describeUndo();
        lastChangedNodes.set(Set.of());
        catalogue.setAll(unitCatalogue);
        matching = UnitMatching.of(unitCatalogue, unitAliases);
        latest = document;
        findings.set(document == null ? List.of() : checks.run(document));
        boolean again = document != null && document.equals(plan.get());
        plan.set(document);
        if (again) {
            // shown again unchanged (after a county's plan was derived, reports or a file imported): the views of
            // what the tree does not hold read it again, as after an edit
            storedEdits.set(storedEdits.get() + 1);
        }
        refreshLights();
        refreshLiaisons();
        if (document != null && nodeAfterSwitch != null && nodeAfterSwitch.planId().equals(document.plan().id())) {
            UUID node = nodeAfterSwitch.nodeId();
            nodeAfterSwitch = null;
            showInPlan(node);
        }
    }

    /** A node to show once its plan, asked for instead of the one shown, is shown. */
    private record NodeOfPlan(UUID planId, UUID nodeId) {
    }

    private NodeOfPlan nodeAfterSwitch;

    /** The liaisons of the shown plan's region's units, by unit (read in the background when the catalogue is). */
    private final ReadOnlyObjectWrapper<Map<UUID, org.kesudesk.model.UnitLiaison>> liaisons =
            new ReadOnlyObjectWrapper<>(Map.of());

    public ReadOnlyObjectProperty<Map<UUID, org.kesudesk.model.UnitLiaison>> liaisonsProperty() {
        return liaisons.getReadOnlyProperty();
    }

    /** The unit's liaison as last read ({@link org.kesudesk.model.UnitLiaison#NONE} if none, or no unit). */
    public org.kesudesk.model.UnitLiaison liaisonOf(Unit unit) {
        return unit == null ? org.kesudesk.model.UnitLiaison.NONE
                : liaisons.get().getOrDefault(unit.id(), org.kesudesk.model.UnitLiaison.NONE);
    }

    /** Reads the liaisons of the shown catalogue again, in the background (after a 联络员名单 is imported, say). */
    public void refreshLiaisons() {
        UnitRepository catalogueShown = units;
        read(catalogueShown::liaisons, read -> {
            if (catalogueShown == units) {
                liaisons.set(Map.copyOf(read));
            }
        });
    }

    /**
     * Reads the lights of the shown plan's current round again (in the background): after the plan is shown, after
     * each edit, and when a round is opened or closed or reports come in.
     */
    public void refreshLights() {
        PlanDocument shown = latest;
        if (shown == null) {
            lights.set(Map.of());
            return;
        }
        executor.execute(BackgroundTask.of(() -> lightsOf(shown))
                .onSuccess(found -> {
                    if (plan.get() != null && plan.get().plan().id().equals(shown.plan().id())) {
                        lights.set(found);
                    }
                })
                .onFailure(e -> LOG.error("reading the lights failed", e)));
    }

    private Map<String, org.kesudesk.model.StatusLight> lightsOf(PlanDocument shown) {
        Optional<org.kesudesk.model.ReportingRound> round = progress.currentRound(shown);
        if (round.isEmpty() || !round.get().isOpen()) {
            return Map.of();
        }
        Map<String, org.kesudesk.model.StatusLight> found = new HashMap<>();
        for (org.kesudesk.logic.progress.ProgressTracking.Row row
                : progress.rows(shown, round.get(), java.time.LocalDate.now())) {
            found.put(lightKey(row.task().id(), row.unit().id()), row.light());
            found.merge(row.task().id() + "/", row.light(), org.kesudesk.model.StatusLight::worse);
        }
        return Map.copyOf(found);
    }

    /** The key of a unit's light on a task in {@link #lightsProperty()}; a task's own light is under "task id/". */
    public static String lightKey(UUID task, UUID unit) {
        return task + "/" + unit;
    }

    /** The lights of the shown plan's open round (empty without one): the tree and the matrix show them. */
    public ReadOnlyObjectProperty<Map<String, org.kesudesk.model.StatusLight>> lightsProperty() {
        return lights.getReadOnlyProperty();
    }

    /**
     * The number of edits stored so far (an edit, its undo or redo): what changes besides the plan's tree (a
     * progress report) is read again when it changes, even if the tree is as it was.
     */
    public javafx.beans.property.ReadOnlyIntegerProperty storedEditsProperty() {
        return storedEdits.getReadOnlyProperty();
    }

    /** The fill-in 进展填报表 of a round: written for every unit, read back in a batch. */
    /** Writes the shown catalogue's 联络员名单 (off the UI thread); returns how many units have a liaison. */
    public int exportLiaisonList(java.nio.file.Path file) {
        return new org.kesudesk.exchange.LiaisonLists(database).export(units, file);
    }

    /** Reads a 联络员名单 and compares it with the shown catalogue's liaisons (off the UI thread); stores nothing. */
    public org.kesudesk.exchange.LiaisonLists.Preview checkLiaisonList(java.nio.file.Path file) {
        return new org.kesudesk.exchange.LiaisonLists(database).check(file, units);
    }

    /** Stores a checked 联络员名单 (a backup first, one transaction); {@link #refreshLiaisons} shows it. */
    public org.kesudesk.exchange.LiaisonLists.Imported importLiaisonList(
            org.kesudesk.exchange.LiaisonLists.Preview preview) {
        return new org.kesudesk.exchange.LiaisonLists(database).apply(preview, units);
    }

    public org.kesudesk.exchange.ProgressLedgers progressLedgers() {
        return new org.kesudesk.exchange.ProgressLedgers(database);
    }

    /** The plan followed through its rounds: deadlines, reports, lights (read and stored off the UI thread). */
    public org.kesudesk.logic.progress.ProgressTracking progress() {
        return progress;
    }

    /** Each county's standing on a task of the city's plan (off the UI thread: the first call pairs the plans). */
    public org.kesudesk.logic.progress.CountyTasks countyTasks() {
        return countyTasks;
    }

    /** The office's 催办记录 of the plan's rounds (read and stored off the UI thread). */
    public org.kesudesk.logic.progress.Chases chases() {
        return new org.kesudesk.logic.progress.Chases(database);
    }

    /** 催办名单 with their answers, read back as chases (off the UI thread). */
    public org.kesudesk.exchange.ChaseLists chaseLists() {
        return new org.kesudesk.exchange.ChaseLists(database);
    }

    /** The plan's indicators and the values they reached each year (read and stored off the UI thread). */
    public org.kesudesk.logic.progress.IndicatorTracking indicators() {
        return new org.kesudesk.logic.progress.IndicatorTracking(database);
    }

    /** A round's 进展情况通报 and the office's frame for it (read and stored off the UI thread). */
    public org.kesudesk.logic.progress.Bulletins bulletins() {
        return new org.kesudesk.logic.progress.Bulletins(database, progress, indicators());
    }

    /** The edits of the shown plan (and of its region's unit catalogue). */
    public PlanEditor editor() {
        return editor;
    }

    /** The dialogs to ask the user through. */
    public Dialogs dialogs() {
        return dialogs;
    }

    /** Stores the edit in the background, then shows it everywhere; a refused edit is explained. */
    public void apply(EditCommand command) {
        UndoStack stack = undoStack;
        run(() -> stack.execute(command));
    }

    public void undo() {
        UndoStack stack = undoStack;
        run(() -> stack.undo().orElse(EditEffect.none()));
    }

    public void redo() {
        UndoStack stack = undoStack;
        run(() -> stack.redo().orElse(EditEffect.none()));
    }

    private void run(Callable<EditEffect> edit) {
        saving.set(true);
        savedText.set(Messages.get("edit.saving"));
        UUID planId = latest.plan().id();
        executor.execute(BackgroundTask.of(() -> {
                    EditEffect effect = edit.call();
                    return java.util.Map.entry(effect.liaisonsChanged(), Optional.ofNullable(refreshed(planId, effect)));
                })
                .onSuccess(done -> {
                    lastSaved = SAVED_AT.format(java.time.LocalTime.now());
                    savedText.set(Messages.get("edit.saved", lastSaved));
                    showRefresh(done.getValue().orElse(null));
                    if (done.getKey()) {
                        // beside the plan, not in it: read again on their own
                        refreshLiaisons();
                    }
                    storedEdits.set(storedEdits.get() + 1);
                    refreshLights();
                })
                .onFailure(this::failed));
    }

    /**
     * 文件 ▸ 保存: every edit is stored as it is made; the status bar says so (and when the last one was), or
     * that one is being stored.
     */
    public void confirmSaved() {
        savedText.set(saving.get() ? Messages.get("edit.saving") : lastSaved == null
                ? Messages.get("edit.allSaved.none") : Messages.get("edit.allSaved", lastSaved));
    }

    /** What the status bar says of the edits: being stored, stored at a time, or not stored. */
    public javafx.beans.property.ReadOnlyStringProperty savedTextProperty() {
        return savedText.getReadOnlyProperty();
    }

    /** What to show after an edit: the changed subtrees read again, or everything after a catalogue change. */
    private Refresh refreshed(UUID planId, EditEffect effect) {
        PlanDocument current = latest;
        if (!current.plan().id().equals(planId)) {
            // another plan was chosen while this edit waited: it is stored; the plan shown is read when shown
            return null;
        }
        if (effect.catalogueChanged()) {
            PlanDocument reloaded = plans.find(current.plan().id()).orElse(current);
            latest = reloaded;
            return new Refresh(reloaded, units.all(), units.aliases(), Set.of(), checks.run(reloaded), undoStack);
        }
        if (effect.noticeChanged()) {
            // the plan's own row: its tree stays as it is
            PlanDocument tree = current;
            current = plans.plan(planId).map(notice -> new PlanDocument(notice, tree.goalIndicators(),
                    tree.sections())).orElse(tree);
        }
        Map<UUID, PlanNode> replacements = new HashMap<>();
        for (UUID id : effect.changedNodes()) {
            replacements.put(id, nodes.load(id));
        }
        latest = PlanDocuments.replace(current, replacements);
        // the checks walk the whole plan: here, off the UI thread, rather than in every view after every edit
        return new Refresh(latest, null, List.of(), effect.changedNodes(), checks.run(latest), undoStack);
    }

    /** What the worker hands to the UI thread after an edit; the undo texts too, read where the edit ran. */
    private record Refresh(PlanDocument document, List<Unit> catalogue, List<UnitAlias> aliases,
                           Set<UUID> changedNodes, List<PlanChecks.Finding> findings, String undoText,
                           String redoText) {
        Refresh(PlanDocument document, List<Unit> catalogue, List<UnitAlias> aliases, Set<UUID> changedNodes,
                List<PlanChecks.Finding> findings, UndoStack undoStack) {
            this(document, catalogue, aliases, changedNodes, findings, undoStack.undoDescription().orElse(""),
                    undoStack.redoDescription().orElse(""));
        }
    }

    private void showRefresh(Refresh refresh) {
        saving.set(false);
        if (refresh == null || plan.get() == null
                || !plan.get().plan().id().equals(refresh.document().plan().id())) {
            return;
        }
        // set here, on the UI thread: menu items are bound to these
        undoText.set(refresh.undoText());
        redoText.set(refresh.redoText());
        if (refresh.catalogue() != null) {
            // set only if it changed: the catalogue's list keeps its selection (and a name being typed beside it)
            // when the plan is read again for a change elsewhere
            if (!catalogue.equals(refresh.catalogue())) {
                catalogue.setAll(refresh.catalogue());
            }
            matching = UnitMatching.of(refresh.catalogue(), refresh.aliases());
            refreshLiaisons();
        }
        lastChangedNodes.set(refresh.changedNodes());
        // most edits change no finding: then the list and the tree's marks are left alone (redrawing is not free)
        if (!findings.get().equals(refresh.findings())) {
            findings.set(refresh.findings());
        }
        plan.set(refresh.document());
    }

    private void failed(Exception failure) {
        saving.set(false);
        savedText.set(Messages.get("edit.notSaved"));
        dialogs.showError(Messages.get("edit.error.title"), FailureMessages.of(Messages.get("edit.doing"), failure));
        // what is shown may be out of date after a failure: read it all again
        executor.execute(BackgroundTask.of(() -> {
            latest = plans.find(latest.plan().id()).orElse(latest);
            return new Refresh(latest, units.all(), units.aliases(), Set.of(), checks.run(latest), undoStack);
        }).onSuccess(this::showRefresh).onFailure(e -> LOG.error("reload failed", e)));
    }

    // --- others' changes on a shared database ---------------------------------------------------------------------

    /** What others changed, found on the worker; made when watching starts. */
    private volatile org.kesudesk.logic.editing.OthersChanges othersChanges;
    /** A look is under way (looks never pile up behind a slow server). */
    private boolean looking;
    private javafx.animation.Timeline watch;
    private final ReadOnlyStringWrapper othersText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<org.kesudesk.logic.editing.OthersChanges.Found> othersFound =
            new ReadOnlyObjectWrapper<>();

    /**
     * On a shared database, looks for what other clerks changed every {@code every} and shows it: the plan shown is
     * read again (the views keep their place, as after an edit) and the status bar names the change and who made
     * it. On a database file nothing else can write, and nothing is done.
     */
    public void watchOthers(javafx.util.Duration every) {
        if (!database.isServer() || watch != null) {
            return;
        }
        executor.execute(BackgroundTask.of(() -> {
            othersChanges = new org.kesudesk.logic.editing.OthersChanges(audit);
            return null;
        }).onFailure(e -> LOG.warn("cannot watch for others' changes", e)));
        watch = new javafx.animation.Timeline(new javafx.animation.KeyFrame(every,
                event -> lookForOthersChanges()));
        watch.setCycleCount(javafx.animation.Animation.INDEFINITE);
        watch.play();
    }

    /** Stops looking for others' changes (the database is being closed). */
    public void stopWatching() {
        if (watch != null) {
            watch.stop();
            watch = null;
        }
    }

    /** Looks once for what others changed (in the background), and shows it if anything. */
    public void lookForOthersChanges() {
        org.kesudesk.logic.editing.OthersChanges changes = othersChanges;
        if (looking || saving.get() || latest == null || changes == null) {
            return;
        }
        looking = true;
        executor.execute(BackgroundTask.of(() -> changes.look(java.time.Instant.now()).map(found -> {
                    if (!found.concerns(latest.plan().id())) {
                        // another plan changed (a county's, a work plan): nothing shown here to read again
                        return new OthersRefresh(null, found);
                    }
                    latest = plans.find(latest.plan().id()).orElse(latest);
                    return new OthersRefresh(new Refresh(latest, units.all(), units.aliases(), Set.of(),
                            checks.run(latest), undoStack), found);
                }).orElse(null))
                .onSuccess(seen -> {
                    looking = false;
                    if (othersText.get().equals(Messages.get("others.unreachable"))) {
                        // reached again
                        othersText.set("");
                    }
                    if (seen != null) {
                        othersText.set(describe(seen.found()));
                        othersFound.set(seen.found());
                        if (seen.refresh() != null) {
                            showRefresh(seen.refresh());
                            storedEdits.set(storedEdits.get() + 1);
                            refreshLights();
                        }
                    }
                })
                .onFailure(failure -> {
                    // a server gone for a moment: said once in the status bar, looked at again next time
                    looking = false;
                    othersText.set(Messages.get("others.unreachable"));
                    LOG.warn("looking for others' changes failed", failure);
                }));
    }

    /** What a look found, and the plan shown read again if the change concerns it (else null). */
    private record OthersRefresh(Refresh refresh, org.kesudesk.logic.editing.OthersChanges.Found found) {
    }

    /** 「王芳（PC-2）10:42 修改：… 等 3 处」 */
    private static String describe(org.kesudesk.logic.editing.OthersChanges.Found found) {
        if (found.entries().isEmpty()) {
            return Messages.get("others.changed.unnamed");
        }
        AuditEntry last = found.entries().get(found.entries().size() - 1);
        String who = last.osUser() + last.machine().map(m -> "（" + m + "）").orElse("");
        String at = SAVED_AT.format(last.at().atZoneSameInstant(java.time.ZoneId.systemDefault()));
        return found.entries().size() == 1 ? Messages.get("others.changed", who, at, last.summary())
                : Messages.get("others.changed.more", who, at, last.summary(), found.entries().size());
    }

    /** What others changed last, for the status bar (empty until they change something). */
    public ReadOnlyStringProperty othersTextProperty() {
        return othersText.getReadOnlyProperty();
    }

    /** What others changed last (the plans concerned: the office's list of plans may have changed). */
    public ReadOnlyObjectProperty<org.kesudesk.logic.editing.OthersChanges.Found> othersFoundProperty() {
        return othersFound.getReadOnlyProperty();
    }

    private void describeUndo() {
        undoText.set(undoStack.undoDescription().orElse(""));
        redoText.set(undoStack.redoDescription().orElse(""));
    }

    /** Runs other work (documents, files) on the worker, with its own handling of the result and of failure. */
    public void execute(BackgroundTask<?> task) {
        executor.execute(task);
    }

    /** Runs long work that stores nothing (rendering, printing) apart from the edits ({@link TaskExecutor}). */
    public void executeApart(BackgroundTask<?> task) {
        executor.executeApart(task);
    }

    /** Reads something in the background and hands it to the UI thread. */
    public <T> void read(Callable<T> query, Consumer<T> then) {
        executor.execute(BackgroundTask.of(query).onSuccess(then).onFailure(this::failed));
    }

    /**
     * The work of reading pasted text as tasks for the plan shown, their units named as its region names them: the
     * plan and its catalogue taken now, on the window's thread; the work to be run on a worker (it reads the region
     * list).
     */
    public Callable<org.kesudesk.logic.PastedTasksPreview> pastePreview(String text) {
        PlanDocument plan = latest;
        UnitMatching units = matching;
        List<String> names = catalogue.stream().map(Unit::name).toList();
        return () -> {
            List<org.kesudesk.model.Region> all = regions.all();
            java.util.Optional<org.kesudesk.model.Region> region = plan.plan().regionId()
                    .flatMap(id -> all.stream().filter(one -> one.id().equals(id)).findFirst());
            return org.kesudesk.logic.PastedTasksPreview.of(text, units, names, region, all);
        };
    }

    public List<Duty> dutiesOf(Unit unit) {
        return units.duties(unit.id(), latest.plan().id());
    }

    public List<AuditEntry> auditEntries(Optional<UUID> node, Optional<Unit> unit, int limit) {
        return audit.find(node, unit.map(u -> new AuditLog.UnitFilter(u.id(), u.name())), limit);
    }

    /** Asks for the audit log of one item or task (the window then shows 操作记录, narrowed to it). */
    public void showAuditOf(PlanNode node) {
        auditSubject.set(null);
        auditSubject.set(node);
    }

    /** The node whose audit log was last asked for. */
    public ReadOnlyObjectProperty<PlanNode> auditSubjectProperty() {
        return auditSubject.getReadOnlyProperty();
    }

    /** Asks for an item or task to be shown in the plan's tree (the window then shows 方案 with it selected). */
    public void showInPlan(UUID nodeId) {
        planSubject.set(null);
        planSubject.set(nodeId);
    }

    /**
     * Asks for another plan to be shown (a county's, from the city's 进展 tab): the window shows it as if it had been
     * chosen in the plan navigator, in the tab that asked.
     */
    public void showOtherPlan(UUID planId) {
        otherPlanSubject.set(null);
        otherPlanSubject.set(planId);
    }

    /**
     * Asks for a node of any plan (a place found by 在所有方案中查找): its plan shown as if chosen in the navigator,
     * then the node in 方案.
     */
    public void showInPlanOf(UUID planId, UUID nodeId) {
        if (latest != null && latest.plan().id().equals(planId)) {
            showInPlan(nodeId);
            return;
        }
        nodeAfterSwitch = new NodeOfPlan(planId, nodeId);
        showOtherPlan(planId);
    }

    /** Searches every plan the database holds, in the background ({@link EveryPlanSearch}), then gives what it found. */
    public void searchEveryPlan(String query, Consumer<EveryPlanSearch.Found> then) {
        read(() -> EveryPlanSearch.find(plans, query), then);
    }

    /** The plan last asked to be shown instead of this one. */
    public ReadOnlyObjectProperty<UUID> otherPlanSubjectProperty() {
        return otherPlanSubject.getReadOnlyProperty();
    }

    /** The node last asked to be shown in the plan's tree. */
    public ReadOnlyObjectProperty<UUID> planSubjectProperty() {
        return planSubject.getReadOnlyProperty();
    }

    /** What the checks found in the plan shown (set just before the plan itself). */
    public ReadOnlyObjectProperty<List<PlanChecks.Finding>> findingsProperty() {
        return findings.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PlanDocument> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** The shown plan's region's catalogue, to find the unit a typed name means ({@link UnitMatching#lookup}). */
    public UnitMatching unitMatching() {
        return matching;
    }

    /** The unit catalogue in precedence order. */
    public ObservableList<Unit> catalogue() {
        return catalogue;
    }

    /** The nodes the last edit changed (empty when the whole plan was shown anew). */
    public ReadOnlyObjectProperty<Set<UUID>> lastChangedNodesProperty() {
        return lastChangedNodes.getReadOnlyProperty();
    }

    /** The edit that 撤销 would undo, or empty. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** Whether an edit is being stored. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
