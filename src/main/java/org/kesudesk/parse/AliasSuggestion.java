package org.kesudesk.parse;

import java.util.Objects;

/**
 * Two unit names that probably name one department (市生态局 for 市生态环境局). Never merged unless the user
 * accepts it.
 *
 * @param alias     the shorter or less formal name
 * @param canonical the name to keep
 * @param line      where the alias first appears (1-based)
 */
public record AliasSuggestion(String alias, String canonical, int line) {
    public AliasSuggestion {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(canonical, "canonical");
    }
}
