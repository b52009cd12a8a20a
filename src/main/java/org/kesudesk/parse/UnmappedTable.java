package org.kesudesk.parse;

import java.util.List;

/**
 * A table in a document whose header the parser could not map (no task column, or no unit column it knows), for
 * the user to say what its columns hold: its first row and the rows after it, as many as help to decide.
 *
 * @param header  the first row's cells
 * @param rows    a few rows after it
 * @param guessed what each column's header suggests it holds ({@link ColumnRole#OTHER} where it says nothing)
 */
public record UnmappedTable(List<String> header, List<List<String>> rows, ColumnMapping guessed) {

    public UnmappedTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
