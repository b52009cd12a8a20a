package org.kesudesk.logic.editing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import org.kesudesk.l10n.Messages;
import org.kesudesk.store.AuditLog;

/**
 * The edits that can be undone and redone, newest first (after Scene Builder's JobManager). An edit that fails
 * is not recorded; a new edit clears what could be redone. Edits run on a worker thread while the UI asks what
 * could be undone, so every method holds the stack's lock.
 */
public final class UndoStack {

    static final int LIMIT = 500;

    private final Deque<EditCommand> done = new ArrayDeque<>();
    private final Deque<EditCommand> undone = new ArrayDeque<>();
    public synchronized EditEffect execute(EditCommand command) {
        EditEffect effect = command.execute();
        done.push(command);
        if (done.size() > LIMIT) {
            done.removeLast();
        }
        undone.clear();
        return effect;
    }

    public synchronized Optional<EditEffect> undo() {
        if (done.isEmpty()) {
            return Optional.empty();
        }
        EditCommand command = done.peek();
        EditEffect effect;
        try {
            effect = AuditLog.marked(Messages.get("audit.mark.undo"), command::undo);
        } catch (org.kesudesk.store.ChangedByOthersException changed) {
            // someone else changed it after this edit: undoing it would undo theirs; it cannot be undone any more
            done.pop();
            throw new org.kesudesk.l10n.UserFacingException(changed, "edit.error.cannotUndo",
                    command.description());
        }
        undone.push(done.pop());
        return Optional.of(effect);
    }

    public synchronized Optional<EditEffect> redo() {
        if (undone.isEmpty()) {
            return Optional.empty();
        }
        EditCommand command = undone.peek();
        EditEffect effect;
        try {
            effect = AuditLog.marked(Messages.get("audit.mark.redo"), command::redo);
        } catch (org.kesudesk.store.ChangedByOthersException changed) {
            undone.pop();
            throw new org.kesudesk.l10n.UserFacingException(changed, "edit.error.cannotRedo",
                    command.description());
        }
        done.push(undone.pop());
        return Optional.of(effect);
    }

    public synchronized Optional<String> undoDescription() {
        return Optional.ofNullable(done.peek()).map(EditCommand::description);
    }

    public synchronized Optional<String> redoDescription() {
        return Optional.ofNullable(undone.peek()).map(EditCommand::description);
    }

    /** Forgets everything (when another plan is shown). */
    public synchronized void clear() {
        done.clear();
        undone.clear();
    }
}
