package org.kesudesk.logic.editing;

/**
 * One edit the user makes, stored at once, and undoable. Each command is one or more repository calls, each of
 * them a transaction recorded in the audit log; undoing is an edit too, and is recorded as such.
 */
public interface EditCommand {

    /** What the edit does, for the 撤销 / 重做 menu items: 添加责任单位“市教育局”. */
    String description();

    EditEffect execute();

    EditEffect undo();

    /** Does the edit again after an undo; by default the same as the first time. */
    default EditEffect redo() {
        return execute();
    }
}
