package org.kesudesk.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * What a document's reader saw of its tables besides the division tables it read: the tables that were none (for a
 * message and for the user to map their columns), and what it left out that says something — a division table's
 * column nothing was read from (a 备注 column), a workbook's hidden sheet — for the review to name: nothing of a
 * document is left out without a word.
 */
final class TablesSeen {

    /** The tables that were no division table, each as its rows of cells. */
    final List<List<List<String>>> other = new ArrayList<>();
    /** What the review is to say of what was left out, each at the line it was left out at. */
    final List<ParseWarning> notes = new ArrayList<>();

    /** The columns of a division table read that nothing was read from, though their cells say something. */
    void unread(List<DivisionTable.UnreadColumn> columns) {
        columns.forEach(column -> notes.add(column.warning()));
    }
}
