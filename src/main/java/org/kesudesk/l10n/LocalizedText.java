package org.kesudesk.l10n;

import java.util.List;
import java.util.Objects;

/** A message key with its arguments, turned into text only where it is shown. */
public record LocalizedText(String key, List<Object> arguments) {
    public LocalizedText {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    public static LocalizedText of(String key, Object... arguments) {
        return new LocalizedText(key, List.of(arguments));
    }

    /** The text in the user's language. */
    public String text() {
        return Messages.get(key, arguments.stream().map(a -> a instanceof LocalizedText text ? text.text() : a)
                .toArray());
    }
}
