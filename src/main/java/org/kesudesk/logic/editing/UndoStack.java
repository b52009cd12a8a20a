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
        EditEffect effect = step(done, "audit.mark.undo", EditCommand::undo, "edit.error.cannotUndo");
        undone.push(done.pop());
        return Optional.of(effect);
    }

    public synchronized Optional<EditEffect> redo() {
        if (undone.isEmpty()) {
            return Optional.empty();
        }
        EditEffect effect = step(undone, "audit.mark.redo", EditCommand::redo, "edit.error.cannotRedo");
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

    /**
     * Undoes or redoes the command on top of the stack, its audit entries marked. If someone else changed what it
     * touches since, doing it would undo their change: it is taken off the stack, and the user told why.
     */
    private static EditEffect step(java.util.Deque<EditCommand> stack, String mark,
                                   java.util.function.Function<EditCommand, EditEffect> action, String refusedKey) {
        EditCommand command = stack.peek();
        try {
            return AuditLog.marked(Messages.get(mark), () -> action.apply(command));
        } catch (org.kesudesk.store.ChangedByOthersException changed) {
            stack.pop();
            throw new org.kesudesk.l10n.UserFacingException(changed, refusedKey, command.description());
        }
    }
}
