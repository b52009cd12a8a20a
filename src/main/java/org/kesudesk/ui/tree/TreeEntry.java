package org.kesudesk.ui.tree;

import java.util.UUID;

import org.kesudesk.model.NodeKind;
import org.kesudesk.model.PlanNode;

/** What a row of the plan tree shows of a node: which node, and its numbering and title. */
public record TreeEntry(UUID id, NodeKind kind, String label, String title) {

    /** How a node is named in the tree and in headings: its numbering as written, then its title. */
    public static String displayName(PlanNode node) {
        return node.kind().numbering(node.label()) + node.title();
    }

    public static TreeEntry of(PlanNode node) {
        return new TreeEntry(node.id(), node.kind(), node.label(), node.title());
    }

    /** As the tree shows it: the numbering as written, then the title. */
    public String displayName() {
        return kind.numbering(label) + title;
    }
}
