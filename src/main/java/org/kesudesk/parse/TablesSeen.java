package org.kesudesk.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * What a document's reader saw of its tables besides the division tables it read: the tables that were none (for a
 * message and for the user to map their columns), and the columns of division tables that nothing was read from but
 * that say something (a 备注 column), for the review to name — nothing of a document is left out without a word.
 */
final class TablesSeen {

    /** The tables that were no division table, each as its rows of cells. */
    final List<List<List<String>>> other = new ArrayList<>();
    /** The columns of the division tables read that nothing was read from, though their cells say something. */
    final List<DivisionTable.UnreadColumn> unread = new ArrayList<>();
}
