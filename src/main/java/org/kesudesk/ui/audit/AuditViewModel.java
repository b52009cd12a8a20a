package org.kesudesk.ui.audit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.kesudesk.model.AuditEntry;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Unit;
import org.kesudesk.ui.PlanWorkspace;

/** 操作记录: the audit log, newest first, narrowed to a unit and/or to entries whose subject holds some text. */
public final class AuditViewModel {

    static final int LIMIT = 2000;

    private final PlanWorkspace workspace;
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<Unit> unitFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<PlanNode> nodeFilter = new SimpleObjectProperty<>();
    private final StringProperty textFilter = new SimpleStringProperty("");

    private final BooleanProperty active = new SimpleBooleanProperty(true);

    public AuditViewModel(PlanWorkspace workspace) {
        this.workspace = workspace;
        workspace.planProperty().addListener((observable, old, plan) -> reloadIfShown());
        // what is logged without changing the plan shown: a report, a county's plan derived, a file imported
        workspace.storedEditsProperty().addListener((observable, old, count) -> reloadIfShown());
        unitFilter.addListener((observable, old, unit) -> reload());
        nodeFilter.addListener((observable, old, node) -> reload());
        workspace.auditSubjectProperty().addListener((observable, old, node) -> {
            if (node != null) {
                nodeFilter.set(node);
            }
        });
        textFilter.addListener((observable, old, text) -> reload());
        // read again whenever it comes into view: a round opened, a key imported or a backup restored is logged
        // without an edit of the plan to follow
        active.addListener((observable, was, is) -> {
            if (is) {
                reload();
            }
        });
        reloadIfShown();
    }

    /** Whether the log is on screen; while it is not, edits do not read it again. */
    public BooleanProperty activeProperty() {
        return active;
    }

    private void reloadIfShown() {
        if (active.get()) {
            reload();
        }
    }

    public void reload() {
        Optional<Unit> unit = Optional.ofNullable(unitFilter.get());
        Optional<UUID> node = Optional.ofNullable(nodeFilter.get()).map(PlanNode::id);
        String text = textFilter.get() == null ? "" : textFilter.get().strip();
        workspace.read(() -> workspace.auditEntries(node, unit, LIMIT), found -> {
            List<AuditEntry> shown = text.isEmpty() ? found
                    : found.stream().filter(e -> e.summary().contains(text)).toList();
            entries.setAll(shown);
        });
    }

    /**
     * 导出到 Excel…: the entries shown (as filtered) to a workbook the user names; the user is told where it went and
     * offered to open it.
     */
    public void exportToExcel() {
        List<AuditEntry> shown = List.copyOf(entries);
        workspace.dialogs().chooseSaveFile(org.kesudesk.l10n.Messages.get("audit.export.title"),
                org.kesudesk.l10n.Messages.get("audit.export.fileName", java.time.LocalDate.now()), "xlsx")
                .ifPresent(file -> workspace.executeApart(org.kesudesk.ui.task.BackgroundTask.of(() -> {
                    org.kesudesk.exchange.AuditWorkbook.write(shown, file);
                    return file;
                }).onSuccess(written -> workspace.dialogs().showSaved(
                        org.kesudesk.l10n.Messages.get("audit.export.title"),
                        org.kesudesk.l10n.Messages.get("audit.export.done", shown.size()),
                        written.toAbsolutePath().toString(), written))
                        .onFailure(failure -> workspace.dialogs().showError(
                                org.kesudesk.l10n.Messages.get("audit.export.title"),
                                org.kesudesk.ui.FailureMessages.of(org.kesudesk.l10n.Messages.get("audit.export.doing"),
                                        failure)))));
    }

    /**
     * Opens the item or task an entry is about in the plan's tree, if it is in the plan shown (not for a plan-wide
     * entry, or a task since deleted).
     *
     * @return whether there was such a node to open
     */
    public boolean open(AuditEntry entry) {
        org.kesudesk.model.PlanDocument plan = workspace.planProperty().get();
        java.util.Optional<java.util.UUID> node = entry.nodeId()
                .filter(id -> plan != null && org.kesudesk.model.PlanDocuments.find(plan, id).isPresent());
        node.ifPresent(workspace::showInPlan);
        return node.isPresent();
    }

    public ObservableList<AuditEntry> entries() {
        return entries;
    }

    public ObservableList<Unit> units() {
        return workspace.catalogue();
    }

    public ObjectProperty<Unit> unitFilterProperty() {
        return unitFilter;
    }

    /** The item or task whose entries alone are shown, or null for all. */
    public ObjectProperty<PlanNode> nodeFilterProperty() {
        return nodeFilter;
    }

    /** Text that the entry's subject (the task or item, the unit) must contain. */
    public StringProperty textFilterProperty() {
        return textFilter;
    }
}
