package org.kesudesk.ui;

import java.util.List;

import org.kesudesk.parse.AliasSuggestion;

/**
 * What the user decided in the import review.
 *
 * @param aliases      the alias suggestions accepted
 * @param toSimplified whether a plan written in traditional characters is stored in simplified ones
 */
public record ImportChoice(List<AliasSuggestion> aliases, boolean toSimplified) {
    public ImportChoice {
        aliases = List.copyOf(aliases);
    }
}
