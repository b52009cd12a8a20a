package org.kesudesk.ui;

import java.nio.file.Path;
import java.util.List;

import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.Unit;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.UnitRepository;
import org.kesudesk.ui.task.CurrentThreadTaskExecutor;

/** A workspace on a real database holding one plan, running its background work inline, for view-model tests. */
public final class WorkspaceFixture implements AutoCloseable {

    public final Database database;
    public final PlanWorkspace workspace;
    public final List<String> errors;
    public final NoDialogs dialogs = new NoDialogs();

    public WorkspaceFixture(Path folder, PlanDocument plan) {
        this(folder, plan, new CurrentThreadTaskExecutor());
    }

    /** A workspace whose background work runs as the executor runs it (deferred, to see what shows meanwhile). */
    public WorkspaceFixture(Path folder, PlanDocument plan, org.kesudesk.ui.task.TaskExecutor executor) {
        database = Database.open(folder.resolve("kesudesk"));
        PlanDocument stored = new PlanRepository(database).add(plan);
        errors = dialogs.errors;
        workspace = new PlanWorkspace(database, executor, dialogs);
        workspace.show(stored, new UnitRepository(database).all());
    }

    public Unit unit(String name) {
        return workspace.catalogue().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
    }

    public PlanDocument plan() {
        return workspace.planProperty().get();
    }

    @Override
    public void close() {
        database.close();
    }
}
