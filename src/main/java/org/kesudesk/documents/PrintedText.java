package org.kesudesk.documents;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;

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
        String text = paragraphs(NoticeContent.ofNode(plan, node));
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** Tasks about to be added to a plan (pasted) as the notice will print them, numbered as they are given. */
    public static String ofTasks(List<PlanNode> tasks) {
        return paragraphs(NoticeContent.ofTasks(tasks));
    }

    private static String paragraphs(List<NoticeContent.Block> blocks) {
        return blocks.stream().map(NoticeContent.Block::text)
                .filter(paragraph -> !paragraph.isBlank()).collect(Collectors.joining("\n"));
    }
}
