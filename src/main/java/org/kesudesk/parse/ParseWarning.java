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

    static ParseWarning at(int line, String key, Object... arguments) {
        return new ParseWarning(line, LocalizedText.of(key, arguments));
    }
}
