package org.kesudesk.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.kesudesk.exchange.AppFiles;
import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.logic.AppDirectories;
import org.kesudesk.logic.OpenRequests;
import org.kesudesk.logic.ConnectionProfile;
import org.kesudesk.logic.ServerConnection;
import org.kesudesk.logic.Diagnostics;
import org.kesudesk.logic.OfficePlans;
import org.kesudesk.logic.SimplifiedScript;
import org.kesudesk.exchange.PlanData;
import org.kesudesk.exchange.PlanMerge;
import org.kesudesk.exchange.Revisions;
import org.kesudesk.ui.exchange.ChangeReview;
import org.kesudesk.logic.PlanImportService;
import org.kesudesk.logic.Preferences;
import org.kesudesk.logic.DocumentRegion;
import org.kesudesk.logic.RegionWording;
import org.kesudesk.model.ExchangePackage;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanSummary;
import org.kesudesk.model.Region;
import org.kesudesk.model.RegionSetup;
import org.kesudesk.model.Unit;
import org.kesudesk.model.UnitAlias;
import org.kesudesk.parse.AliasSuggestion;
import org.kesudesk.parse.ColumnMapping;
import org.kesudesk.parse.ParseReport;
import org.kesudesk.parse.PlanParseException;
import org.kesudesk.parse.UnmappedTable;
import org.kesudesk.store.AuditLog;
import org.kesudesk.store.Backups;
import org.kesudesk.store.Database;
import org.kesudesk.store.DatabaseInUseException;
import org.kesudesk.store.DatabaseTarget;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.RegionRepository;
import org.kesudesk.store.UnitRepository;
import org.kesudesk.ui.exchange.ExchangeViewModel;
import org.kesudesk.ui.task.BackgroundTask;
import org.kesudesk.ui.task.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the database in the background and shows the current plan, an empty state, or why it cannot; imports
 * plan documents (and the bundled sample) through a review.
 */
public final class MainViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);

    /** What the main window shows. */
    public enum State {
        /** The database is being opened (and created or migrated on first start). */
        LOADING,
        /** The database holds no plan yet. */
        EMPTY,
        /** A plan is shown. */
        READY,
        /** The database could not be opened; {@link #failureMessageProperty()} says why. */
        FAILED
    }

    /** The database shown: the one the app was started on, or the one chosen since (数据库连接…). */
    private DatabaseTarget target;
    private final TaskExecutor executor;
    private final Dialogs dialogs;
    private final ReadOnlyObjectWrapper<PlanWorkspace> workspace = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.LOADING);
    private final ReadOnlyStringWrapper failureTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper failureMessage = new ReadOnlyStringWrapper("");
    /** The database could not be opened because another window has it: a restore would be refused, and is not offered. */
    private final ReadOnlyBooleanWrapper failedInUse = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    /** What is wrong with this computer's clock, read when the database was opened ("" if nothing, or dismissed). */
    private final ReadOnlyStringWrapper clockWarning = new ReadOnlyStringWrapper("");
    /** That the database can only be read (on a write-protected stick, a CD, …), read when it was opened, or "". */
    private final ReadOnlyStringWrapper readOnlyWarning = new ReadOnlyStringWrapper("");
    /** The database whose clock warning the user put away: not shown again while it stays open. */
    private Database clockWarningDismissedFor;
    private final ReadOnlyStringWrapper busyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper ownRegion = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<OfficePlans> office = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PlanSummary> shownPlan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(Messages.get("app.title"));
    private final BooleanBinding busy = busyText.isNotEmpty();
    private final BooleanBinding canImport;
    private final BooleanBinding canRestore;
    /** 数据库连接… can be used whenever nothing is under way: also when the database could not be opened. */
    private final BooleanBinding canConnect;
    private Database database;
    /** The database the workspace was made for (a restore opens another). */
    private Database shownDatabase;
    /** The change log's last entry when the database was opened: a backup is made on exit if it moved. */
    private long auditAtOpen;
    private PlanImportService imports;
    private Preferences preferences = Preferences.inMemory();
    private final javafx.beans.property.ReadOnlyIntegerWrapper zoom = new javafx.beans.property.ReadOnlyIntegerWrapper(100);
    private final javafx.collections.ObservableList<Path> recentFiles = javafx.collections.FXCollections
            .observableArrayList();
    /** An exchange file to import as soon as the database is open (the app was opened with it). */
    private Optional<Path> toOpen = Optional.empty();
    private ExchangeViewModel exchange;
    /** Where 进展填报表 go ({@link #onProgressSheets}). */
    private java.util.function.Consumer<List<Path>> progressSheets;

    public MainViewModel(Path databasePath, TaskExecutor executor, Dialogs dialogs) {
        this(DatabaseTarget.file(databasePath), executor, dialogs);
    }

    public MainViewModel(DatabaseTarget target, TaskExecutor executor, Dialogs dialogs) {
        this.target = target;
        this.embeddedDatabase = target.path().orElse(null);
        this.executor = executor;
        this.dialogs = dialogs;
        this.canImport = state.isEqualTo(State.EMPTY).or(state.isEqualTo(State.READY)).and(busy.not());
        this.canRestore = state.isNotEqualTo(State.LOADING).and(busy.not());
        this.canConnect = canRestore;
        statusText.set(Messages.get("main.status.opening", target.shown()));
    }

    /** Opens the database and loads the current plan, off the UI thread. */
    public void start() {
        state.set(State.LOADING);
        executor.execute(BackgroundTask.of(this::openAndLoad)
                .onSuccess(this::show)
                .onFailure(this::fail));
    }

    // --- 文件 ▸ 数据库连接… ---------------------------------------------------------------------------------------

    /** Where this user's connection profile is kept (the data folder unless a test says otherwise). */
    private Path profileFolder = AppDirectories.forCurrentUser().dataFolder();
    /** The embedded database to go back to from a server: the file the app was started on, or the default one. */
    private Path embeddedDatabase;

    /** Keeps the user's connection profile in this folder (the data folder). */
    public void useProfileFolder(Path folder) {
        profileFolder = folder;
    }

    /** The database in use is on a server (several clerks share it). */
    public boolean onServer() {
        return target.path().isEmpty();
    }

    /**
     * What the connection dialog starts from: the saved profile, its server chosen if the database in use is on a
     * server.
     */
    public ConnectionProfile connectionProfile() {
        ConnectionProfile saved = ConnectionProfile.load(profileFolder);
        return new ConnectionProfile(saved.server().isPresent() && (saved.useServer() || onServer()), saved.server());
    }

    /** What 测试连接 found: whether the app can use the database, and what to tell the user. */
    public record ConnectionTest(boolean usable, String text) {
    }

    /** 测试连接: knocks at the server in the background (nothing changes there) and says what it found. */
    public void testConnection(ServerConnection connection, java.util.function.Consumer<ConnectionTest> then) {
        executor.executeApart(BackgroundTask.of(() -> {
            org.kesudesk.store.ServerAddress address = connection.address();
            org.kesudesk.store.ServerProbe probe = org.kesudesk.store.ServerProbe.of(address);
            return new ConnectionTest(true, Messages.get("connection.test." + probe.kind().name().toLowerCase(
                    java.util.Locale.ROOT), address, probe.engineVersion(), probe.plans()));
        }).onSuccess(then).onFailure(failure -> then.accept(new ConnectionTest(false,
                failure instanceof UserFacingException userFacing ? userFacing.userMessage()
                        : FailureMessages.of(Messages.get("connection.doing"), failure)))));
    }

    /**
     * 数据库连接… ▸ 确定: keeps the profile for next time and works on the database it names from now on: the one in
     * use is closed (backed up first if it was changed), the other opened and its plan shown.
     */
    public void useConnection(ConnectionProfile profile) {
        if (state.get() == State.LOADING || busy.get()) {
            return;
        }
        DatabaseTarget next;
        try {
            next = profile.target(embeddedDatabase());
        } catch (UserFacingException wrong) {
            dialogs.showError(Messages.get("connection.title"), wrong.userMessage());
            return;
        }
        try {
            // a few lines in a file of the user's: kept first, so that nothing is closed if it cannot be
            profile.save(profileFolder);
        } catch (UserFacingException notSaved) {
            dialogs.showError(Messages.get("connection.title"), notSaved.userMessage());
            return;
        }
        busyText.set(Messages.get("connection.busy", next.shown()));
        state.set(State.LOADING);
        stopWatchingOthers();
        statusText.set(Messages.get("main.status.opening", next.shown()));
        executor.execute(BackgroundTask.of(() -> {
                    close();
                    return next;
                })
                .onSuccess(saved -> {
                    busyText.set("");
                    target = saved;
                    start();
                })
                .onFailure(failure -> {
                    failed(Messages.get("connection.title"), failure);
                    start();
                }));
    }

    private Path embeddedDatabase() {
        if (embeddedDatabase == null) {
            // the default database is in the data folder, where the profile is
            embeddedDatabase = target.path().orElseGet(() -> profileFolder.resolve(AppDirectories.DATABASE_NAME));
        }
        return embeddedDatabase;
    }

    /** The office's plans, and the plan to show with its region's unit catalogue. */
    private record Loaded(OfficePlans office, Optional<PlanDocument> plan, List<Unit> catalogue,
                          List<UnitAlias> aliases, String ownRegion,
                          Optional<org.kesudesk.logic.ClockCheck.Behind> clock, boolean readOnly) {
    }

    /** Reads the office's plans and the one to show: {@code wanted} if it is there, else the usual first one. */
    private static Loaded load(Database database, Optional<UUID> wanted) {
        OfficePlans office = OfficePlans.read(database);
        Optional<PlanDocument> plan = office.initial(wanted)
                .flatMap(summary -> new PlanRepository(database).find(summary.id()));
        Optional<UnitRepository> units = plan.map(doc -> UnitRepository.ofPlan(database, doc.plan()));
        return new Loaded(office, plan, units.map(UnitRepository::all).orElse(List.of()),
                units.map(UnitRepository::aliases).orElse(List.of()), ownRegionText(database),
                org.kesudesk.logic.ClockCheck.of(database), database.isReadOnly());
    }

    private Loaded openAndLoad() {
        DatabaseTarget opening = target;
        Database opened = opening.open();
        try {
            PlanRepository plans = new PlanRepository(opened);
            imports = new PlanImportService(plans, new UnitRepository(opened), PlanData::source);
            Loaded loaded = load(opened, preferences.shownPlan(opening.key()));
            auditAtOpen = new AuditLog(opened).lastId();
            database = opened;
            return loaded;
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    private void show(Loaded loaded) {
        if (workspace.get() == null || shownDatabase != database) {
            shownDatabase = database;
            PlanWorkspace made = new PlanWorkspace(database, executor, dialogs);
            workspace.set(made);
            // on a shared database: others' changes shown within a second or two; a plan added or removed by
            // someone else changes the office's list too
            made.watchOthers(javafx.util.Duration.seconds(1));
            // a county's plan asked for from the city's 进展 tab: shown as if chosen in the navigator
            made.otherPlanSubjectProperty().addListener((observable, old, planId) -> {
                if (planId != null) {
                    showPlan(planId);
                }
            });
            made.othersFoundProperty().addListener((observable, old, found) -> {
                if (found != null && changesPlanList(found)) {
                    reload();
                }
            });
            // the notice's fields kept in the plan (生成公文 ▸ 保存到方案, or its undo): the 文号 and name that the
            // navigator, the title bar and the status bar show are read again
            Database opened = database;
            made.planProperty().addListener((observable, was, now) -> {
                if (was != null && now != null && was.plan().id().equals(now.plan().id())
                        && !was.plan().sameNotice(now.plan())) {
                    readOffice(opened, made);
                }
            });
            if (javafx.application.Platform.isFxApplicationThread()) {
                // the app started again, or an exchange file opened from the desktop, meanwhile: this window is asked
                // (a view model driven without the window, in its tests, announces nothing in the user's folder)
                DatabaseTarget shownTarget = target;
                executor.executeApart(BackgroundTask.of(() -> {
                    announceOpen(shownTarget);
                    return null;
                }));
                watchOpenRequests();
            }
            exchange = new ExchangeViewModel(database, executor, dialogs, busyText, this::reload,
                    () -> Optional.ofNullable(shownPlan.get()).map(PlanSummary::id));
            exchange.onFilesOpened(this::remember);
            // files written to counties (or the city): the navigator's 未发送 becomes 已发送 with the day
            exchange.onFilesSent(() -> readOffice(opened, made));
        }
        ownRegion.set(loaded.ownRegion());
        readOnlyWarning.set(loaded.readOnly() ? Messages.get("main.readOnlyWarning", database.location()) : "");
        clockWarning.set(database == clockWarningDismissedFor ? ""
                : loaded.clock().map(org.kesudesk.logic.ClockCheck.Behind::message).orElse(""));
        Optional<PlanDocument> current = loaded.plan();
        current.ifPresent(plan -> workspace.get().show(plan, loaded.catalogue(), loaded.aliases()));
        showOffice(loaded.office(), current);
        state.set(current.isPresent() ? State.READY : State.EMPTY);
        toOpen.ifPresent(file -> {
            toOpen = Optional.empty();
            // an exchange file as the exchange's preview (one gone since is said there); any other file as dropped
            if (ExchangePackage.isNamedAs(file.getFileName().toString())) {
                exchange.importFiles(List.of(file));
            } else {
                openDropped(List.of(file));
            }
        });
    }

    /** Reads the office's plans again (their names, 文号, exchange dates) and shows them beside the plan shown. */
    private void readOffice(Database opened, PlanWorkspace made) {
        PlanDocument before = made.planProperty().get();
        executor.execute(BackgroundTask.of(() -> OfficePlans.read(opened)).onSuccess(read -> {
            // unless another plan was chosen meanwhile (it was shown with the office read then)
            PlanDocument shown = made.planProperty().get();
            if (shown != null && before != null && shown.plan().id().equals(before.plan().id())) {
                showOffice(read, Optional.of(shown));
            }
        }));
    }

    /** The office's plans, and the plan shown among them as the title and status bars name it. */
    private void showOffice(OfficePlans plans, Optional<PlanDocument> current) {
        office.set(plans);
        Optional<PlanSummary> summary = current.flatMap(doc -> plans.plan(doc.plan().id()));
        shownPlan.set(summary.orElse(null));
        summary.ifPresent(plan -> preferences.setShownPlan(target.key(), plan.id()));
        statusText.set(summary
                .map(plan -> Messages.get("main.status.plan", plan.region().name(), plan.docNumber().isEmpty()
                        ? plan.name() : plan.docNumber(), database.location()))
                .orElseGet(() -> Messages.get("main.status.empty", database.location())));
        windowTitle.set(summary.map(plan -> Messages.get("app.title.plan", plan.region().name(), plan.name()))
                .orElseGet(() -> Messages.get("app.title")));
    }

    /**
     * Whether others' changes may have added, removed or renamed a plan (the navigator lists them): a change recorded
     * of a plan itself — one added, derived, removed, imported from a file.
     */
    private static boolean changesPlanList(org.kesudesk.logic.editing.OthersChanges.Found found) {
        return found.entries().stream().anyMatch(entry -> entry.entityType().equals("plan"));
    }

    /** Stops the shown workspace's look for others' changes (its database is about to be closed). */
    private void stopWatchingOthers() {
        if (workspace.get() != null) {
            workspace.get().stopWatching();
        }
    }

    // --- the app started again, or an exchange file opened from the desktop, while the window is open ---------------

    /** This window's notice that it has its database open, and the database it names. */
    private OpenRequests.Presence presence;
    private String presenceKey;
    private javafx.animation.Timeline requestWatch;
    private boolean takingRequests;
    private Runnable onHandedOver = () -> { };

    /** What to do when the app was started again, or an exchange file handed to this window (bring it forward). */
    public void onFileHandedOver(Runnable action) {
        onHandedOver = java.util.Objects.requireNonNull(action);
    }

    /** Says this window has the target's database open (none: that it has none), the earlier notice taken back. */
    private synchronized void announceOpen(DatabaseTarget opened) {
        if (presence != null) {
            presence.close();
            presence = null;
        }
        presenceKey = opened == null ? null : opened.key();
        if (opened != null) {
            presence = OpenRequests.in(profileFolder).announce(presenceKey);
        }
    }

    /** Looks every second, in the background, for exchange files handed to this window, and imports them. */
    private void watchOpenRequests() {
        if (requestWatch != null) {
            return;
        }
        requestWatch = new javafx.animation.Timeline(new javafx.animation.KeyFrame(javafx.util.Duration.seconds(1),
                event -> takeOpenRequests()));
        requestWatch.setCycleCount(javafx.animation.Animation.INDEFINITE);
        requestWatch.play();
    }

    private void takeOpenRequests() {
        String key;
        synchronized (this) {
            key = presenceKey;
        }
        // not while the window is busy (a file being read, saved): the requests wait, their senders a few seconds
        if (key == null || takingRequests || exchange == null || !canImport.get()) {
            return;
        }
        takingRequests = true;
        OpenRequests requests = OpenRequests.in(profileFolder);
        // not on the edits' thread: an edit never waits behind a look into a folder
        executor.executeApart(BackgroundTask.of(() -> requests.take(key))
                .onSuccess(taken -> {
                    takingRequests = false;
                    if (taken.asked()) {
                        onHandedOver.run();
                        taken.files().forEach(file -> openDropped(List.of(file)));
                    }
                })
                .onFailure(failure -> {
                    takingRequests = false;
                    LOG.warn("could not take the files handed to the window", failure);
                }));
    }

    /**
     * Opens this file once the database is open: an exchange file ({@code .kesu}) imported, a plan document or a
     * workbook as one dropped on the window (a file opened from the desktop with the app).
     */
    public void openWhenReady(Path file) {
        toOpen = Optional.of(file);
    }

    private void fail(Exception failure) {
        if (failure instanceof UserFacingException userFacing) {
            LOG.info("could not open {}: {}", target.shown(), userFacing.messageKey(), failure.getCause());
        }
        failedInUse.set(failure instanceof DatabaseInUseException);
        if (failure instanceof DatabaseInUseException inUse) {
            failureTitle.set(Messages.get("main.failure.inUse.title"));
            failureMessage.set(inUse.userMessage());
        } else if (failure instanceof UserFacingException userFacing) {
            failureTitle.set(Messages.get("main.failure.title"));
            failureMessage.set(userFacing.userMessage());
        } else {
            LOG.error("could not open {}", target.shown(), failure);
            failureTitle.set(Messages.get("main.failure.title"));
            failureMessage.set(AppDirectories.forCurrentUser().unexpectedFailure(Messages.get("main.doing.open")));
        }
        statusText.set(Messages.get("main.status.failed", target.shown()));
        state.set(State.FAILED);
        if (failure instanceof UserFacingException userFacing && target.path().isPresent()
                && userFacing.messageKey().equals("store.error.corrupted")) {
            offerNewestSoundBackup();
        }
    }

    /** The database will not open: looks for the newest backup that does and offers to restore it. */
    private void offerNewestSoundBackup() {
        busyText.set(Messages.get("restore.busy.checking"));
        Path databasePath = target.path().orElseThrow();
        executor.execute(BackgroundTask.of(() -> Backups.of(databasePath).newestSound())
                .onSuccess(sound -> {
                    busyText.set("");
                    if (sound.isEmpty()) {
                        failureMessage.set(failureMessage.get() + "\n\n" + Messages.get("restore.damaged.none"));
                        return;
                    }
                    Backups.Backup backup = sound.get();
                    if (dialogs.confirm(Messages.get("restore.damaged.title"), Messages.get("restore.damaged.offer",
                            databasePath, backup.shown(), backup.file().getFileName()),
                            Messages.get("restore.confirm.ok"))) {
                        restore(backup.file());
                    }
                })
                .onFailure(failure -> failed(Messages.get("restore.title"), failure)));
    }

    /** 文件 ▸ 从备份恢复…: one of the kept backups, or another backup file, in place of the database. */
    public void restoreFromBackup() {
        if (!canRestore.get()) {
            return;
        }
        if (target.path().isEmpty()) {
            // a database on a server is backed up and restored by its administrator (pg_dump, pg_restore)
            dialogs.showInformation(Messages.get("restore.title"), Messages.get("restore.server",
                    target.shown()), Messages.get("restore.server.text"));
            return;
        }
        Path databasePath = target.path().get();
        busyText.set(Messages.get("restore.busy.listing"));
        executor.execute(BackgroundTask.of(() -> Backups.of(databasePath).list())
                .onSuccess(kept -> {
                    busyText.set("");
                    List<Optional<Backups.Backup>> choices = new java.util.ArrayList<>();
                    kept.forEach(backup -> choices.add(Optional.of(backup)));
                    choices.add(Optional.empty());
                    dialogs.chooseOne(Messages.get("restore.title"), Messages.get("restore.choose"), choices,
                                    choice -> choice.map(Backups.Backup::shown)
                                            .orElseGet(() -> Messages.get("restore.otherFile")))
                            .flatMap(choice -> choice.map(Backups.Backup::file)
                                    .or(() -> dialogs.chooseFileToOpen(Messages.get("restore.title"), "zip")))
                            .filter(file -> dialogs.confirm(Messages.get("restore.title"),
                                    Messages.get("restore.confirm", file.getFileName()),
                                    Messages.get("restore.confirm.ok")))
                            .ifPresent(this::restore);
                })
                .onFailure(failure -> failed(Messages.get("restore.title"), failure)));
    }

    /**
     * 文件 ▸ 备份数据库…: a copy of the open database in a file the user chooses (a USB stick, a shared folder), the
     * zip {@code db backup} makes and 从备份恢复… takes, complete or not written at all; made while the window is
     * in use.
     */
    public void backUpTo() {
        Database open = database;
        if (!canRestore.get() || open == null) {
            return;
        }
        String title = Messages.get("backup.copy.title");
        if (target.path().isEmpty()) {
            dialogs.showInformation(title, Messages.get("restore.server", target.shown()),
                    Messages.get("restore.server.text"));
            return;
        }
        dialogs.chooseSaveFile(title, Messages.get("backup.copy.fileName",
                java.time.LocalDate.now().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)), "zip")
                .ifPresent(file -> writeInBackground(title, "backup.copy.busy", file, () -> Backups.copy(open, file),
                        "backup.copy.done", "backup.copy.doneText"));
    }

    /** A piece of work that writes a file. */
    private interface FileWriting {
        void write() throws Exception;
    }

    /** Writes a file the user chose, in the background, saying so; then says where it went, or why not. */
    private void writeInBackground(String title, String busyKey, Path file, FileWriting writing, String doneKey,
                                   String doneTextKey) {
        busyText.set(Messages.get(busyKey));
        executor.execute(BackgroundTask.of(() -> {
                    writing.write();
                    return file;
                })
                .onSuccess(written -> {
                    busyText.set("");
                    dialogs.showSaved(title, Messages.get(doneKey, written), Messages.get(doneTextKey), written);
                })
                .onFailure(failure -> failed(title, failure)));
    }

    /** Closes the database, puts the backup in its place (keeping the one replaced) and opens it again. */
    private void restore(Path backup) {
        busyText.set(Messages.get("restore.busy"));
        state.set(State.LOADING);
        stopWatchingOthers();
        Path databasePath = target.path().orElseThrow();
        executor.execute(BackgroundTask.of(() -> {
                    closeDatabase();
                    return Backups.of(databasePath).restore(backup);
                })
                .onSuccess(restored -> {
                    busyText.set("");
                    dialogs.showInformation(Messages.get("restore.title"),
                            Messages.get("restore.done", restored.from().getFileName()),
                            restored.previous().map(p -> Messages.get("restore.done.previous", p)).orElse(""));
                    start();
                })
                .onFailure(failure -> {
                    failed(Messages.get("restore.title"), failure);
                    start();
                }));
    }

    /** Where the log files are, for 导出诊断信息 (the user's data folder unless a test says otherwise). */
    private Path logFolder = AppDirectories.forCurrentUser().logFolder();

    void useLogFolder(Path folder) {
        logFolder = folder;
    }

    /** 帮助 ▸ 导出诊断信息…: a zip of versions, the database's check and the logs, for support. */
    public void exportDiagnostics() {
        String title = Messages.get("diagnostics.title");
        dialogs.chooseSaveFile(title, Messages.get("diagnostics.fileName",
                java.time.LocalDate.now().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)), "zip")
                .ifPresent(file -> {
                    Optional<Database> open = Optional.ofNullable(database);
                    DatabaseTarget shown = target;
                    Path logs = logFolder;
                    writeInBackground(title, "diagnostics.busy", file, () -> Diagnostics.write(file, logs, shown, open),
                            "diagnostics.done", "diagnostics.doneText");
                });
    }

    public BooleanBinding canRestoreProperty() {
        return canRestore;
    }

    public BooleanBinding canConnectProperty() {
        return canConnect;
    }

    /** 文件 ▸ 导入方案文件…: asks for a document, reads it in the background, and saves it after review. */
    public void importFile() {
        if (canImport.get()) {
            dialogs.choosePlanFile().ifPresent(file -> open(List.of(file)));
        }
    }

    /**
     * 文件 ▸ 用修订稿更新本方案…: a revised document of the plan shown, whatever it is called now (a plan renamed, a
     * county's corrected document), read and reviewed as any document, then merged into the plan shown as
     * {@link #save} does for a document of the plan's name (decision 0027).
     */
    public void reviseShownPlan() {
        PlanSummary shown = shownPlan.get();
        if (!canImport.get() || shown == null) {
            return;
        }
        dialogs.choosePlanFile().ifPresent(file -> {
            busyText.set(Messages.get("main.busy.reading", file.getFileName()));
            executor.execute(BackgroundTask.of(() -> {
                        ParseReport report = imports.read(file, Optional.empty(), Optional.empty());
                        return Map.entry(report, SimplifiedScript.hasTraditional(report));
                    })
                    .onSuccess(read -> {
                        busyText.set("");
                        remember(List.of(file));
                        dialogs.review(read.getKey(), read.getValue()).ifPresent(choice -> revise(
                                choice.toSimplified() ? SimplifiedScript.simplified(read.getKey()) : read.getKey(),
                                choice.toSimplified() ? SimplifiedScript.simplified(choice.aliases())
                                        : choice.aliases(), shown));
                    })
                    .onFailure(failure -> failed(Messages.get("import.error.read.title"), failure)));
        });
    }

    /**
     * Reads the document for review; if it holds its plan in a table whose header the parser cannot map, asks the
     * user what its columns hold and reads it again.
     */
    private void importPlanDocument(Path file, Optional<ColumnMapping> columns) {
        readForReview(Messages.get("main.busy.reading", file.getFileName()),
                () -> imports.read(file, Optional.empty(), columns),
                table -> dialogs.mapColumns(table).ifPresent(mapping -> importPlanDocument(file,
                        Optional.of(mapping))),
                // 最近打开 lists the documents that could be read, not those that failed
                () -> remember(List.of(file)));
    }

    /**
     * What this user's window remembers (text size, recent files); until given, nothing is kept after the app
     * closes.
     */
    /** What this user's window remembers (a preference a window of its own keeps too: the printer's sides). */
    public Preferences preferences() {
        return preferences;
    }

    public void usePreferences(Preferences kept) {
        preferences = kept;
        zoom.set(kept.zoomPercent());
        recentFiles.setAll(kept.recentFiles());
    }

    /** The text size, in per cent of the normal size. */
    public javafx.beans.property.ReadOnlyIntegerProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    /** 视图 ▸ 放大 / 缩小 / 实际大小: the text size, by {@value Preferences#ZOOM_STEP} %, kept for next time. */
    public void zoomBy(int steps) {
        setZoom(steps == 0 ? 100 : zoom.get() + steps * Preferences.ZOOM_STEP);
    }

    private void setZoom(int percent) {
        zoom.set(Preferences.clampZoom(percent));
        preferences.setZoomPercent(zoom.get());
    }

    /** The plan documents and exchange files opened last, the latest first. */
    public javafx.collections.ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    /** 文件 ▸ 最近打开: a plan document again through its review, an exchange file through its preview. */
    public void openRecent(Path file) {
        if (!canImport.get()) {
            return;
        }
        if (!java.nio.file.Files.isRegularFile(file)) {
            dialogs.showError(Messages.get("main.recent.missing.title"), Messages.get("main.recent.missing", file));
            return;
        }
        open(List.of(file));
    }

    /**
     * Files dropped on the window (from the desktop, a USB stick's folder, an e-mail), each opened where it is read
     * ({@link #open}); a folder, or files of different kinds together, are said so.
     */
    public void openDropped(List<Path> files) {
        if (!canImport.get() || files.isEmpty()) {
            return;
        }
        String title = Messages.get("main.drop.title");
        for (Path file : files) {
            if (java.nio.file.Files.isDirectory(file)) {
                dialogs.showError(title, Messages.get("main.drop.folder", file));
                return;
            }
            if (!java.nio.file.Files.isRegularFile(file)) {
                dialogs.showError(title, Messages.get("main.recent.missing", file));
                return;
            }
        }
        open(files);
    }

    /**
     * Files to open, each where it is read: exchange files (any number; named .kesu, or known by their first bytes
     * when a mail program renamed them) through the exchange's preview; the app's own workbooks brought back filled in
     * ({@link AppFiles}) — a plan's 任务分工表 through the ledger's preview, 进展填报表 (any number) in the 进展 tab;
     * anything else as one plan document, through its review.
     */
    private void open(List<Path> files) {
        if (files.stream().allMatch(file -> ExchangePackage.isNamedAs(file.getFileName().toString()))) {
            exchange.importFiles(files);
            return;
        }
        // what each file is, in the background: its first bytes are read, a workbook's sheets' first rows
        busyText.set(Messages.get("main.busy.checkingFiles", files.size()));
        executor.execute(BackgroundTask.of(() -> files.stream().map(AppFiles::kindOf).toList())
                .onSuccess(kinds -> {
                    busyText.set("");
                    open(files, kinds);
                })
                .onFailure(failure -> failed(Messages.get("main.drop.title"), failure)));
    }

    private void open(List<Path> files, List<Optional<AppFiles.Kind>> kinds) {
        String title = Messages.get("main.drop.title");
        if (kinds.stream().allMatch(kind -> kind.equals(Optional.of(AppFiles.Kind.EXCHANGE)))) {
            exchange.importFiles(files);
        } else if (kinds.stream().allMatch(kind -> kind.equals(Optional.of(AppFiles.Kind.PROGRESS)))) {
            if (progressSheets == null) {
                dialogs.showError(title, Messages.get("main.drop.noWorkspace"));
            } else {
                progressSheets.accept(files);
            }
        } else if (files.size() > 1) {
            dialogs.showError(title, Messages.get("main.drop.several", files.size()));
        } else if (kinds.get(0).equals(Optional.of(AppFiles.Kind.ASSIGNMENTS))) {
            exchange.importLedger(files.get(0));
        } else {
            importPlanDocument(files.get(0), Optional.empty());
        }
    }

    /**
     * Where 进展填报表 opened or dropped go: the 进展 tab's import, once the window has made it; until then (null)
     * they are refused.
     */
    public void onProgressSheets(java.util.function.Consumer<List<Path>> importing) {
        progressSheets = importing;
    }

    /** Files the user opened, for 最近打开. */
    void remember(List<Path> files) {
        for (int i = files.size() - 1; i >= 0; i--) {
            preferences.addRecentFile(files.get(i));
        }
        recentFiles.setAll(preferences.recentFiles());
    }

    /** Loads the bundled sample plan through the same review as any document. */
    public void loadSample() {
        if (canImport.get()) {
            readForReview(Messages.get("main.busy.reading", Messages.get("main.sampleName")), imports::readSample);
        }
    }

    /**
     * A document read for review, with the region its notice says it is from when that is not this office's, and
     * whether it is written in traditional characters (found here, in the background: it reads all its text).
     */
    private record ReadForReview(ParseReport report, Optional<Region> otherIssuer, Optional<String> unknownPlace,
                                 Optional<RegionSetup> setupSuggested, Optional<Region> own, List<Region> regions,
                                 boolean traditional) {
    }

    private void readForReview(String message, Callable<ParseReport> reading) {
        readForReview(message, reading, null, () -> { });
    }

    /**
     * @param unmapped what to do when the document's plan is in a table the user may map; null: a failure
     * @param whenRead what to do once the document has been read (before the review)
     */
    private void readForReview(String message, Callable<ParseReport> reading,
                               java.util.function.Consumer<UnmappedTable> unmapped, Runnable whenRead) {
        busyText.set(message);
        Database open = database;
        executor.execute(BackgroundTask.of(() -> {
                    ParseReport report = reading.call();
                    RegionRepository regions = new RegionRepository(open);
                    List<Region> all = regions.all();
                    Optional<Region> issuer = DocumentRegion.otherThanOwn(report.document().plan(), all,
                            regions.own());
                    // an office of another city whose first document is its own plan: its region list to set up
                    Optional<RegionSetup> setup = DocumentRegion.setupSuggested(report.document().plan(), all)
                            .filter(suggested -> regions.replaceable());
                    return new ReadForReview(report, issuer, DocumentRegion.unknownPlace(report.document().plan(), all),
                            setup, regions.own(), all, SimplifiedScript.hasTraditional(report));
                })
                .onSuccess(read -> {
                    busyText.set("");
                    whenRead.run();
                    if (read.setupSuggested().isPresent()) {
                        RegionSetup setup = read.setupSuggested().get();
                        if (dialogs.confirm(Messages.get("import.setup.title"), Messages.get("import.setup.text",
                                read.report().document().plan().issuer(), read.unknownPlace().orElse(""),
                                read.own().map(Region::name).orElse(""), setup.own().name(), setup.city().name(),
                                setup.counties().size()), Messages.get("import.setup.ok", setup.own().name()))) {
                            setUpRegionAndReview(read, setup);
                            return;
                        }
                    }
                    chooseRegionAndReview(read);
                })
                .onFailure(failure -> {
                    Optional<UnmappedTable> table = failure instanceof PlanParseException parse
                            ? parse.unmappedTable() : Optional.empty();
                    if (table.isPresent() && unmapped != null) {
                        busyText.set("");
                        unmapped.accept(table.get());
                    } else {
                        failed(Messages.get("import.error.read.title"), failure);
                    }
                }));
    }

    /** The region list set up as the document suggested, then the document reviewed as this office's plan. */
    private void setUpRegionAndReview(ReadForReview read, RegionSetup setup) {
        busyText.set(Messages.get("main.busy.saving"));
        Database open = database;
        executor.execute(BackgroundTask.of(() -> {
                    new RegionRepository(open).setUp(setup, RegionWording::ownRegion);
                    return ownRegionText(open);
                })
                .onSuccess(text -> {
                    busyText.set("");
                    ownRegion.set(text);
                    review(read, Optional.empty());
                })
                .onFailure(failure -> failed(Messages.get("import.error.save.title"), failure)));
    }

    /**
     * A document another region issued is stored as that region's plan, if the user says so; one from a place in no
     * region of the list, as the region the user chooses; then it is reviewed.
     */
    private void chooseRegionAndReview(ReadForReview read) {
        String issuer = read.report().document().plan().issuer();
        Optional<Optional<UUID>> region = read.otherIssuer().isPresent()
                ? dialogs.chooseRegion(Messages.get("import.region.title"),
                        Messages.get("import.region.text", issuer, read.otherIssuer().get().name()),
                        read.regions(), read.otherIssuer()).map(chosen -> Optional.of(chosen.id()))
                : read.unknownPlace().isPresent()
                ? dialogs.chooseRegion(Messages.get("import.region.title"),
                        Messages.get("import.region.unknownText", issuer, read.unknownPlace().get(),
                                read.own().map(Region::name).orElse("")), read.regions(), read.own())
                        .map(chosen -> Optional.of(chosen.id()))
                : Optional.of(Optional.empty());
        region.ifPresent(forRegion -> review(read, forRegion));
    }

    /** The document reviewed, then stored as the plan of the region given (empty: this office's). */
    private void review(ReadForReview read, Optional<UUID> forRegion) {
        dialogs.review(read.report(), read.traditional()).ifPresent(choice -> save(choice.toSimplified()
                        ? SimplifiedScript.simplified(read.report()) : read.report(),
                choice.toSimplified() ? SimplifiedScript.simplified(choice.aliases()) : choice.aliases(), forRegion));
    }

    /**
     * Stores the plan reviewed — after asking, if the same document (region, 文号 and title) was imported before:
     * a second plan would not have what was done on the first.
     */
    private void save(ParseReport report, List<AliasSuggestion> accepted, Optional<UUID> region) {
        busyText.set(Messages.get("main.busy.saving"));
        Database open = database;
        executor.execute(BackgroundTask.of(() -> {
                    Optional<PlanSummary> before = imports.storedBefore(report, region);
                    if (before.isPresent() && new org.kesudesk.exchange.Revisions(open).corrects(before.get(),
                            report)) {
                        // under its number again but saying something else: the document corrected, a revision
                        return new Found(Optional.empty(), before, true);
                    }
                    return new Found(before, before.isPresent() ? Optional.<PlanSummary>empty()
                            : imports.revisedBy(report, region), false);
                })
                .onSuccess(found -> {
                    busyText.set("");
                    Optional<PlanSummary> before = found.sameDocument();
                    Optional<PlanSummary> earlier = found.revised();
                    if (before.isPresent()) {
                        if (dialogs.confirm(Messages.get("import.again.title"), Messages.get("import.again.text",
                                before.get().docNumber(), before.get().name(), before.get().region().name()),
                                Messages.get("import.again.confirm"))) {
                            store(report, accepted, region);
                        }
                    } else if (earlier.isPresent()) {
                        // a document of a stored plan's name: its revision, or (the user says) another plan
                        dialogs.chooseOne(Messages.get("import.revision.title"), Messages.get(found.corrected()
                                                ? "import.corrected.text" : "import.revision.text",
                                        earlier.get().docNumber(), earlier.get().name(), earlier.get().region().name()),
                                List.of(true, false), update -> Messages.get(update ? "import.revision.update"
                                        : "import.revision.separate"))
                                .ifPresent(update -> {
                                    if (update) {
                                        revise(report, accepted, earlier.get());
                                    } else {
                                        store(report, accepted, region);
                                    }
                                });
                    } else {
                        store(report, accepted, region);
                    }
                })
                .onFailure(failure -> failed(Messages.get("import.error.save.title"), failure)));
    }

    /**
     * What a document read is to the plans stored: the same document read again, or the revision of one (of its
     * name, or of its 文号 and title and {@code corrected}: saying something its document did not).
     */
    private record Found(Optional<PlanSummary> sameDocument, Optional<PlanSummary> revised, boolean corrected) {
    }

    /**
     * Updates a stored plan from its revised document (decision 0027): the changes merged in the background, shown
     * for review (conflicts chosen there), a task with reports that the revision drops confirmed, then applied.
     */
    private void revise(ParseReport report, List<AliasSuggestion> accepted, PlanSummary earlier) {
        busyText.set(Messages.get("main.busy.saving"));
        Database open = database;
        executor.execute(BackgroundTask.of(() -> {
                    PlanDocument current = new PlanRepository(open).find(earlier.id()).orElseThrow();
                    return new Revisions(open).inspect(current, report, Map.of(), accepted);
                })
                .onSuccess(preview -> {
                    busyText.set("");
                    String summary = String.join("\n", preview.merge().summary())
                            + (preview.deadlines().isEmpty() ? "" : "\n" + Messages.get("cli.ledger.deadlines",
                            preview.deadlines().size()))
                            + (preview.earlierKept() ? "" : "\n" + Messages.get("cli.revise.noEarlier"));
                    dialogs.reviewChanges(new ChangeReview(Messages.get("import.revision.review.title"),
                                    Messages.get("import.revision.review.header", report.source(), earlier.name()),
                                    summary, preview.merge()))
                            .filter(choices -> preview.reportedGone().isEmpty() || dialogs.confirmCarefully(
                                    Messages.get("import.revision.review.title"),
                                    Messages.get("import.revision.reportedGone", preview.reportedGone().size(),
                                            String.join("、", preview.reportedGone())),
                                    Messages.get("import.revision.removeReported")))
                            .ifPresent(choices -> applyRevision(report, accepted, preview, choices));
                })
                .onFailure(failure -> failed(Messages.get("import.error.save.title"), failure)));
    }

    private void applyRevision(ParseReport report, List<AliasSuggestion> accepted, Revisions.Preview reviewed,
                               Map<UUID, PlanMerge.Choice> choices) {
        busyText.set(Messages.get("main.busy.saving"));
        Database open = database;
        PlanDocument current = reviewed.current();
        executor.execute(BackgroundTask.of(() -> {
                    // refused if the plan changed since the review was read: the user did not see that change
                    Revisions revisions = new Revisions(open);
                    Revisions.Preview chosen = revisions.chosen(reviewed, report, choices, accepted);
                    // the tasks with reports the user agreed to lose: those of the review, none more
                    revisions.apply(chosen, reviewed.reportedGone().containsAll(chosen.reportedGone()));
                    return load(open, Optional.of(current.plan().id()));
                })
                .onSuccess(revised -> {
                    busyText.set("");
                    show(revised);
                    dialogs.notify(Messages.get("import.revision.review.title"),
                            Messages.get("import.revision.done", current.plan().name()));
                })
                .onFailure(failure -> failed(Messages.get("import.error.save.title"), failure)));
    }

    private void store(ParseReport report, List<AliasSuggestion> accepted, Optional<UUID> region) {
        busyText.set(Messages.get("main.busy.saving"));
        executor.execute(BackgroundTask.of(() -> load(database,
                        Optional.of(imports.save(report, accepted, region).id())))
                .onSuccess(stored -> {
                    busyText.set("");
                    show(stored);
                })
                .onFailure(failure -> failed(Messages.get("import.error.save.title"), failure)));
    }

    private void failed(String title, Exception failure) {
        busyText.set("");
        dialogs.showError(title, FailureMessages.of(title, failure));
    }

    /** Which office this is, as the empty window says it: chosen, or the city until a county chooses. */
    private static String ownRegionText(Database database) {
        RegionRepository regions = new RegionRepository(database);
        return regions.own().map(region -> Messages.get(regions.ownChosen() ? "main.region.chosen"
                : "main.region.default", region.name())).orElse("");
    }

    /** 数据交换 ▸ 本单位所在区划… from the empty window (a county office's first step). */
    public void chooseOwnRegion() {
        if (canImport.get() && exchange != null) {
            exchange.chooseOwnRegion();
        }
    }

    /** This office's region, as the empty window shows it. */
    public ReadOnlyStringProperty ownRegionProperty() {
        return ownRegion.getReadOnlyProperty();
    }

    /** Shows the plan shown again, read in the background (after an exchange changed the plans). */
    public void reload() {
        busyText.set(Messages.get("main.busy.loading"));
        Optional<UUID> shown = Optional.ofNullable(shownPlan.get()).map(PlanSummary::id);
        executor.execute(BackgroundTask.of(() -> load(database, shown))
                .onSuccess(loaded -> {
                    busyText.set("");
                    show(loaded);
                })
                .onFailure(failure -> failed(Messages.get("main.failure.title"), failure)));
    }

    /**
     * Shows another plan (chosen in the plan navigator): read in the background, shown in every tab, remembered for
     * next time. Its edits keep their own undo history.
     */
    public void showPlan(UUID planId) {
        if (database == null || busy.get() || shownPlan.get() != null && shownPlan.get().id().equals(planId)) {
            return;
        }
        busyText.set(Messages.get("main.busy.switching"));
        executor.execute(BackgroundTask.of(() -> load(database, Optional.of(planId)))
                .onSuccess(loaded -> {
                    busyText.set("");
                    show(loaded);
                })
                .onFailure(failure -> failed(Messages.get("main.failure.title"), failure)));
    }

    /**
     * What the work plan dialog offers for the plan shown: its years, the year proposed, and for each year the
     * tasks still to do then ({@link org.kesudesk.logic.WorkPlans#isForYear}).
     */
    public record WorkPlanChoices(org.kesudesk.model.PlanDocument plan, java.util.List<Integer> years, int year,
                                  java.util.Map<Integer, java.util.Set<UUID>> forYear) {
    }

    /**
     * 文件 ▸ 生成年度工作要点…: reads in the background what the dialog offers for the plan shown, then gives it; a
     * plan without years is explained instead.
     */
    public void askForWorkPlan(java.util.function.Consumer<WorkPlanChoices> then) {
        PlanWorkspace workspace = this.workspace.get();
        if (database == null || workspace == null || workspace.planProperty().get() == null) {
            return;
        }
        org.kesudesk.model.PlanDocument plan = workspace.planProperty().get();
        Database open = database;
        executor.execute(BackgroundTask.of(() -> {
            java.util.List<Integer> years = org.kesudesk.logic.WorkPlans.years(plan);
            if (years.isEmpty()) {
                throw new org.kesudesk.l10n.UserFacingException("workplan.error.noPeriod", plan.plan().name());
            }
            org.kesudesk.logic.WorkPlans workPlans = new org.kesudesk.logic.WorkPlans(open);
            java.util.Map<Integer, java.util.Set<UUID>> forYear = new java.util.LinkedHashMap<>();
            for (int year : years) {
                forYear.put(year, workPlans.tasksForYear(plan, year));
            }
            return new WorkPlanChoices(plan, years,
                    org.kesudesk.logic.WorkPlans.defaultYear(plan, java.time.LocalDate.now()), forYear);
        }).onSuccess(then).onFailure(failure -> failed(Messages.get("workplan.title"), failure)));
    }

    /** Makes the year's work plan of the plan with the tasks chosen, in the background, then shows it. */
    public void makeWorkPlan(org.kesudesk.model.PlanDocument plan, int year, java.util.Set<UUID> tasks) {
        Database open = database;
        if (open == null) {
            return;
        }
        busyText.set(Messages.get("workplan.busy", year));
        executor.execute(BackgroundTask.of(() -> {
            String region = plan.plan().regionId().flatMap(id -> new RegionRepository(open).all().stream()
                    .filter(r -> r.id().equals(id)).findFirst()).map(org.kesudesk.model.Region::name).orElse("");
            return new org.kesudesk.logic.WorkPlans(open).make(plan, region, year, tasks);
        }).onSuccess(made -> {
            busyText.set("");
            dialogs.notify(Messages.get("workplan.title"), Messages.get("workplan.done", made.plan().name()));
            showPlan(made.plan().id());
        }).onFailure(failure -> failed(Messages.get("workplan.title"), failure)));
    }

    /** The office's regions and plans, for the plan navigator (empty until the database is open). */
    public ReadOnlyObjectProperty<OfficePlans> officeProperty() {
        return office.getReadOnlyProperty();
    }

    /** The plan shown in every tab (none until one is). */
    public ReadOnlyObjectProperty<PlanSummary> shownPlanProperty() {
        return shownPlan.getReadOnlyProperty();
    }

    /** The window's title: whose plan is shown. */
    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    /** The 数据交换 menu's actions; empty until the database is open. */
    public Optional<ExchangeViewModel> exchange() {
        return Optional.ofNullable(exchange);
    }

    /**
     * Closes the database, after a backup if anything was changed since it was opened; called when the window
     * closes.
     */
    public void close() {
        if (javafx.application.Platform.isFxApplicationThread()) {
            stopWatchingOthers();
            if (requestWatch != null) {
                requestWatch.stop();
            }
        }
        announceOpen(null);
        Database open = database;
        if (open != null && Backups.keptHere(open)) {
            try {
                if (new AuditLog(open).lastId() != auditAtOpen) {
                    // the files of tasks deleted in this window, kept for its undo, which goes with it
                    new org.kesudesk.store.ProgressRepository(open).dropUnreferencedEvidence();
                    Backups.of(open).make(open, Backups.Kind.ON_EXIT);
                }
            } catch (UserFacingException e) {
                LOG.warn("no backup on closing {}: {}", target.shown(), e.userMessage(), e);
            }
        }
        closeDatabase();
    }

    /** Closes the database without a backup (a restore keeps the database it replaces itself). */
    private void closeDatabase() {
        Database open = database;
        database = null;
        if (open != null) {
            open.close();
        }
    }

    /** The plan being worked on, once the database is open. */
    public ReadOnlyObjectProperty<PlanWorkspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureTitleProperty() {
        return failureTitle.getReadOnlyProperty();
    }

    /** Whether the database failed to open only because another window (or program) has it open. */
    public ReadOnlyBooleanProperty failedInUseProperty() {
        return failedInUse.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureMessageProperty() {
        return failureMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /**
     * What is wrong with this computer's clock — it reads a day or more before the database's newest change — or ""
     * (read each time the database is opened or its plans read again, unless put away).
     */
    public ReadOnlyStringProperty clockWarningProperty() {
        return clockWarning.getReadOnlyProperty();
    }

    /**
     * That the database can only be read, and what to do to change it, or "": said from the start rather than at
     * the first change refused.
     */
    public ReadOnlyStringProperty readOnlyWarningProperty() {
        return readOnlyWarning.getReadOnlyProperty();
    }

    /** The clock's warning read and put away while this database stays open (the plans read again included). */
    public void dismissClockWarning() {
        clockWarningDismissedFor = database;
        clockWarning.set("");
    }

    /** What is being done in the background, or empty when nothing is. */
    public ReadOnlyStringProperty busyTextProperty() {
        return busyText.getReadOnlyProperty();
    }

    public BooleanBinding busyProperty() {
        return busy;
    }

    /** Whether a plan can be imported now: the database is open and nothing else is under way. */
    public BooleanBinding canImportProperty() {
        return canImport;
    }
}
