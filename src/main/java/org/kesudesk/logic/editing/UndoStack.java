package org.kesudesk.logic.editing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The edits that can be undone and redone, newest first (after Scene Builder's JobManager). An edit that fails
 * is not recorded; a new edit clears what could be redone.
 */
public final class UndoStack {

    static final int LIMIT = 500;

    private final Deque<EditCommand> done = new ArrayDeque<>();
    private final Deque<EditCommand> undone = new ArrayDeque<>();
    private Runnable onChange = () -> { };

    /** Called after every change of what can be undone or redone. */
    public void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    public EditEffect execute(EditCommand command) {
        EditEffect effect = command.execute();
        done.push(command);
        if (done.size() > LIMIT) {
            done.removeLast();
        }
        undone.clear();
        onChange.run();
        return effect;
    }

    public Optional<EditEffect> undo() {
        if (done.isEmpty()) {
            return Optional.empty();
        }
        EditCommand command = done.peek();
        EditEffect effect = command.undo();
        undone.push(done.pop());
        onChange.run();
        return Optional.of(effect);
    }

    public Optional<EditEffect> redo() {
        if (undone.isEmpty()) {
            return Optional.empty();
        }
        EditCommand command = undone.peek();
        EditEffect effect = command.redo();
        done.push(undone.pop());
        onChange.run();
        return Optional.of(effect);
    }

    public Optional<String> undoDescription() {
        return Optional.ofNullable(done.peek()).map(EditCommand::description);
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(undone.peek()).map(EditCommand::description);
    }

    /** Forgets everything (when another plan is shown). */
    public void clear() {
        done.clear();
        undone.clear();
        onChange.run();
    }
}
