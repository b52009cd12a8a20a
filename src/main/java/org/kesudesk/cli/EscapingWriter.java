package org.kesudesk.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes text to a terminal with the characters that could act on it, rather than be shown, written out as
 * {@code \u001B}: control characters (an escape sequence can move the cursor, rewrite the title, hide text),
 * invisible and direction-changing characters (a right-to-left override turns a name around), and broken
 * surrogates. Line breaks and tabs pass. Whatever a file brought in is shown as it is, never obeyed.
 */
final class EscapingWriter extends FilterWriter {

    private char pendingHigh;

    EscapingWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(ch)) {
                out.write(high);
                out.write(ch);
                return;
            }
            escape(high);
        }
        if (Character.isHighSurrogate(ch)) {
            pendingHigh = ch;
        } else if (Character.isLowSurrogate(ch) || needsEscape(ch)) {
            escape(ch);
        } else {
            out.write(ch);
        }
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(buffer[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(text.charAt(i));
        }
    }

    @Override
    public void flush() throws IOException {
        if (pendingHigh != 0) {
            // a high surrogate is held until its pair comes; at a flush, a lone one is shown as such
            escape(pendingHigh);
            pendingHigh = 0;
        }
        super.flush();
    }

    private static boolean needsEscape(char c) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT;
    }

    private void escape(char c) throws IOException {
        out.write(String.format("\\u%04X", (int) c));
    }
}
