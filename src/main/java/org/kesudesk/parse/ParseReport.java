package org.kesudesk.parse;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.kesudesk.model.PlanDocument;

/**
 * What reading a plan document gave: the plan with its tree, what the parser was unsure of, and the unit names
 * that may be aliases of each other, for the user to review before anything is stored.
 *
 * @param source   the file's name, for messages
 * @param encoding how the file was read (UTF-8, GB18030, DOCX, DOC or PDF)
 * @param cutOff   where the document stops in the middle (cut off in copying or sending), if it does: what it
 *                 holds is read, and the user decides whether to store it
 * @param sources  where each unit of each node was found and how the document said it, in document order
 */
public record ParseReport(String source, String encoding, PlanDocument document, List<ParseWarning> warnings,
                          List<AliasSuggestion> aliasSuggestions, Optional<ParseWarning> cutOff,
                          List<UnitSource> sources) {
    public ParseReport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(document, "document");
        warnings = List.copyOf(warnings);
        aliasSuggestions = List.copyOf(aliasSuggestions);
        Objects.requireNonNull(cutOff, "cutOff");
        sources = List.copyOf(sources);
    }

    /** The same report with other alias suggestions (for instance against the catalogue of units stored). */
    public ParseReport withAliasSuggestions(List<AliasSuggestion> suggestions) {
        return new ParseReport(source, encoding, document, warnings, suggestions, cutOff, sources);
    }
}
