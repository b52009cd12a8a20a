package org.kesudesk.ui.tree;

import java.util.UUID;

import org.kesudesk.model.NodeKind;
import org.kesudesk.model.PlanNode;

/**
 * What a row of the plan tree shows of a node: which node, and its numbering and title — or, for the task an item is
 * itself ({@link PlanNode#ownTask}), that it is the item's own task, instead of its title again.
 */
public record TreeEntry(UUID id, NodeKind kind, String label, String title, boolean itemItself) {

    /** How a node is named in the tree and in headings: its numbering as written, then its title. */
    public static String displayName(PlanNode node) {
        return node.kind().numbering(node.label()) + node.title();
    }

    public static TreeEntry of(PlanNode node) {
        return new TreeEntry(node.id(), node.kind(), node.label(), node.title(), false);
    }

    /** The row of a node under its parent (none for a section). */
    static TreeEntry of(PlanNode node, java.util.Optional<PlanNode> parent) {
        boolean itself = parent.flatMap(PlanNode::ownTask).filter(own -> own == node).isPresent();
        return new TreeEntry(node.id(), node.kind(), node.label(), node.title(), itself);
    }

    /** As the tree shows it: the numbering as written, then the title. */
    public String displayName() {
        return itemItself ? org.kesudesk.l10n.Messages.get("node.itemItself") : kind.numbering(label) + title;
    }
}
