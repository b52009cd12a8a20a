package org.kesudesk.parse;

import java.util.List;
import java.util.Optional;

/**
 * A labelled units clause closing a text — （责任单位：…）, （牵头单位：…；责任单位：…） — as a notice prints one after a
 * task: in a task's or item's own text (pasted into its text box, say) it would be printed twice, once from the text
 * and once from the units. Read by the rule the parser reads such clauses with ({@link UnitList}).
 */
public final class UnitsClause {

    private UnitsClause() {
    }

    /** The names a labelled clause closing the text's last paragraph lists; empty if it closes with none. */
    public static Optional<List<String>> closing(String text) {
        String last = text.strip();
        int lineBreak = last.lastIndexOf('\n');
        if (lineBreak >= 0) {
            last = last.substring(lineBreak + 1).strip();
        }
        if (last.isEmpty()) {
            return Optional.empty();
        }
        return UnitList.labelled(UnitList.asUsuallyWritten(last))
                .filter(list -> list.closed() && !list.names().isEmpty())
                .map(UnitList::names);
    }
}
