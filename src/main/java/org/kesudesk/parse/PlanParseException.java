package org.kesudesk.parse;

import org.kesudesk.l10n.UserFacingException;

/** A document that cannot be read as a plan at all; the message names the line at fault where there is one. */
public final class PlanParseException extends UserFacingException {

    private final int line;
    private final transient UnmappedTable unmappedTable;

    PlanParseException(int line, String messageKey, Object... arguments) {
        this(null, line, messageKey, arguments);
    }

    PlanParseException(Throwable cause, int line, String messageKey, Object... arguments) {
        this(cause, null, line, messageKey, arguments);
    }

    private PlanParseException(Throwable cause, UnmappedTable unmappedTable, int line, String messageKey,
                               Object... arguments) {
        super(cause, messageKey, prepend(line, arguments));
        this.line = line;
        this.unmappedTable = unmappedTable;
    }

    /** Nothing recognised, but a table whose columns the user may map: read again with the mapping. */
    static PlanParseException withUnmappedTable(UnmappedTable table, String messageKey, Object... arguments) {
        return new PlanParseException(null, table, 0, messageKey, arguments);
    }

    /** The table the document may hold its plan in, if the user maps its columns ({@link ColumnMapping}). */
    public java.util.Optional<UnmappedTable> unmappedTable() {
        return java.util.Optional.ofNullable(unmappedTable);
    }

    /** The line at fault (1-based), or 0 when the fault is not in one line. */
    public int line() {
        return line;
    }

    private static Object[] prepend(int line, Object[] arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = line;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return all;
    }
}
