package org.kesudesk.parse;

/** A paragraph of the plan body, its page-break splits joined, with the lines it came from. */
record Paragraph(int firstLine, int lastLine, String text) {
}
