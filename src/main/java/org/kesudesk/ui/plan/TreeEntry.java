package org.kesudesk.ui.plan;

import java.util.UUID;

import org.kesudesk.model.NodeKind;
import org.kesudesk.model.PlanNode;

/** What a row of the plan tree shows of a node: which node, and its numbering and title. */
public record TreeEntry(UUID id, NodeKind kind, String label, String title) {

    public static TreeEntry of(PlanNode node) {
        return new TreeEntry(node.id(), node.kind(), node.label(), node.title());
    }

    /** As the tree shows it: the numbering as written, then the title. */
    public String displayName() {
        return kind.numbering(label) + title;
    }
}
