package org.kesudesk.ui.tree;

import java.util.UUID;

import org.kesudesk.model.NodeKind;
import org.kesudesk.model.PlanNode;

/**
 * What a row of the plan tree shows of a node: which node, and its numbering and title — or, for the task an item is
 * itself ({@link PlanNode#ownTask}), that it is the item's own task, and for the item a section is itself
 * ({@link PlanNode#ownItem}), that it holds the section's tasks, instead of the title again under the same title.
 */
public record TreeEntry(UUID id, NodeKind kind, String label, String title, boolean itemItself,
                        boolean sectionItself) {

    /** How a node is named in the tree and in headings: its numbering as written, then its title. */
    public static String displayName(PlanNode node) {
        return node.heading();
    }

    public static TreeEntry of(PlanNode node) {
        return new TreeEntry(node.id(), node.kind(), node.label(), node.title(), false, false);
    }

    /** The row of a node under its parent (none for a section). */
    static TreeEntry of(PlanNode node, java.util.Optional<PlanNode> parent) {
        boolean itself = parent.flatMap(PlanNode::ownTask).filter(own -> own == node).isPresent();
        boolean sectionItself = parent.filter(above -> above.isOwnItem(node)).isPresent();
        return new TreeEntry(node.id(), node.kind(), node.label(), node.title(), itself, sectionItself);
    }

    /** As the tree shows it: the numbering as written, then the title. */
    public String displayName() {
        if (itemItself) {
            return org.kesudesk.l10n.Messages.get("node.itemItself");
        }
        return sectionItself ? org.kesudesk.l10n.Messages.get("node.sectionItself") : kind.numbering(label) + title;
    }
}
