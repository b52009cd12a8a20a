package org.kesudesk.model;

import java.util.Objects;
import java.util.UUID;

/** A node taken out of the tree with everything under it, and where it stood, so that it can be put back. */
public record RemovedNode(UUID parentId, int position, PlanNode node) {
    public RemovedNode {
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(node, "node");
    }
}
