package org.kesudesk.parse;

import java.util.Objects;

import org.kesudesk.l10n.LocalizedText;

/**
 * Something the parser was unsure of, at a line of the document (1-based; 0 when it concerns the whole document).
 */
public record ParseWarning(int line, LocalizedText message) {
    public ParseWarning {
        Objects.requireNonNull(message, "message");
    }

    /** A warning whose message has the line as {0}, then the arguments as {1}, {2} … */
    static ParseWarning at(int line, String key, Object... arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = line;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return new ParseWarning(line, LocalizedText.of(key, all));
    }
}
