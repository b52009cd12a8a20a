package org.kesudesk.l10n;

import java.util.List;
import java.util.Objects;

/** A message key with its arguments, turned into text only where it is shown. */
public record LocalizedText(String key, List<Object> arguments) {
    public LocalizedText {
        Objects.requireNonNull(key, "key");
        // a value read from a damaged file may be missing: it is shown as empty, never fails the message
        arguments = arguments.stream().map(argument -> argument == null ? "" : argument).toList();
    }

    public static LocalizedText of(String key, Object... arguments) {
        return new LocalizedText(key, java.util.Arrays.asList(arguments));
    }

    /** The text in the user's language. */
    public String text() {
        return Messages.get(key, arguments.stream().map(a -> a instanceof LocalizedText text ? text.text() : a)
                .toArray());
    }
}
