package org.kesudesk.parse;

import java.util.List;

/** One line of a document with its 1-based line number in the file, for warnings and errors. */
record SourceLine(int number, String text) {

    /**
     * A document of more lines than this is no plan (the plan at the content limits has some 20,000): a text file of
     * 20 MB of line breaks alone ran a 512 MB heap out as it was split.
     */
    static final int MAX_LINES = 1_000_000;

    /**
     * Adds a document's next line, numbered after the ones before it.
     *
     * @throws PlanParseException if the document has more than {@link #MAX_LINES}
     */
    static void append(List<SourceLine> lines, String text) {
        if (lines.size() == MAX_LINES) {
            throw new PlanParseException(MAX_LINES, "parse.error.tooManyLines", MAX_LINES);
        }
        lines.add(new SourceLine(lines.size() + 1, text));
    }

    boolean isBlank() {
        return text.isBlank();
    }
}
