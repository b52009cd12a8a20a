package org.kesudesk.model;

import java.util.Objects;
import java.util.UUID;

/**
 * One line of a unit's responsibility list (责任清单): a node it leads or carries out.
 *
 * @param path the node as people name it: 「（一）实施青少年科学素质提升行动 › 1.将弘扬科学精神贯穿于育人全链条」
 */
public record Duty(UUID nodeId, NodeKind kind, String path, Role role, int position) {
    public Duty {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(role, "role");
    }
}
