package org.kesudesk.ui;

import java.nio.file.Path;
import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.store.Database;
import org.kesudesk.store.DatabaseInUseException;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.ui.task.BackgroundTask;
import org.kesudesk.ui.task.TaskExecutor;
import org.kesudesk.ui.tree.PlanTreeViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens the database in the background and shows the current plan, an empty state, or why it cannot. */
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

    private final Path databasePath;
    private final TaskExecutor executor;
    private final PlanTreeViewModel tree = new PlanTreeViewModel();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.LOADING);
    private final ReadOnlyStringWrapper failureTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper failureMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private Database database;

    public MainViewModel(Path databasePath, TaskExecutor executor) {
        this.databasePath = databasePath;
        this.executor = executor;
        statusText.set(Messages.get("main.status.opening", databasePath));
    }

    /** Opens the database and loads the current plan, off the UI thread. */
    public void start() {
        state.set(State.LOADING);
        executor.execute(BackgroundTask.of(this::openAndLoad)
                .onSuccess(this::show)
                .onFailure(this::fail));
    }

    private Optional<PlanDocument> openAndLoad() {
        Database opened = Database.open(databasePath);
        try {
            Optional<PlanDocument> current = new PlanRepository(opened).current();
            database = opened;
            return current;
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    private void show(Optional<PlanDocument> current) {
        tree.planProperty().set(current.orElse(null));
        statusText.set(current
                .map(doc -> Messages.get("main.status.plan", doc.plan().docNumber(), database.file()))
                .orElseGet(() -> Messages.get("main.status.empty", database.file())));
        state.set(current.isPresent() ? State.READY : State.EMPTY);
    }

    private void fail(Exception failure) {
        if (failure instanceof UserFacingException userFacing) {
            LOG.info("could not open {}: {}", databasePath, userFacing.messageKey(), failure.getCause());
        }
        if (failure instanceof DatabaseInUseException inUse) {
            failureTitle.set(Messages.get("main.failure.inUse.title"));
            failureMessage.set(inUse.userMessage());
        } else if (failure instanceof UserFacingException userFacing) {
            failureTitle.set(Messages.get("main.failure.title"));
            failureMessage.set(userFacing.userMessage());
        } else {
            LOG.error("could not open {}", databasePath, failure);
            failureTitle.set(Messages.get("main.failure.title"));
            failureMessage.set(Messages.get("main.failure.unexpected", String.valueOf(failure.getMessage())));
        }
        statusText.set(Messages.get("main.status.failed", databasePath));
        state.set(State.FAILED);
    }

    /** Closes the database; called when the window closes. */
    public void close() {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    public PlanTreeViewModel tree() {
        return tree;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureTitleProperty() {
        return failureTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureMessageProperty() {
        return failureMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }
}
