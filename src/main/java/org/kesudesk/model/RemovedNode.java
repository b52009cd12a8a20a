package org.kesudesk.model;

import java.util.Objects;
import java.util.UUID;

/**
 * A node taken out of the tree with everything under it, and where it stood, so that it can be put back — with what
 * was recorded on it (deadlines, reports and their files, indicator values).
 */
public record RemovedNode(UUID parentId, int position, PlanNode node, RecordedOnNodes recorded) {
    public RemovedNode {
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(recorded, "recorded");
    }

    /** A node with nothing recorded on it (one just added). */
    public RemovedNode(UUID parentId, int position, PlanNode node) {
        this(parentId, position, node, RecordedOnNodes.none());
    }
}
