package org.kesudesk.parse;

/** One line of a document with its 1-based line number in the file, for warnings and errors. */
record SourceLine(int number, String text) {

    boolean isBlank() {
        return text.isBlank();
    }
}
