package org.kesudesk.documents;

import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kesudesk.model.PlanDocument;

/**
 * A part of a plan as plain text to paste elsewhere (a message to a unit, a county's draft, a report): the words the
 * notice prints for it, a paragraph a line — a task's numbering, text and units clause
 * (（牵头单位：…；责任单位：…）), an item's or a section's heading with everything under it.
 */
public final class PrintedText {

    private PrintedText() {
    }

    /** The node's text as the notice prints it; empty when the plan has no such node. */
    public static Optional<String> of(PlanDocument plan, UUID node) {
        String text = NoticeContent.ofNode(plan, node).stream().map(NoticeContent.Block::text)
                .filter(paragraph -> !paragraph.isBlank()).collect(Collectors.joining("\n"));
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
