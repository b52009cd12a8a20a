package org.kesudesk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Lookups and replacements in a plan's immutable tree. */
public final class PlanDocuments {

    private PlanDocuments() {
    }

    /** The node with the id, anywhere in the plan. */
    public static Optional<PlanNode> find(PlanDocument document, UUID id) {
        for (PlanNode section : document.sections()) {
            Optional<PlanNode> found = find(section, id);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<PlanNode> find(PlanNode node, UUID id) {
        if (node.id().equals(id)) {
            return Optional.of(node);
        }
        for (PlanNode child : node.children()) {
            Optional<PlanNode> found = find(child, id);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The parent of the node with the id; empty for a section. */
    public static Optional<PlanNode> parentOf(PlanDocument document, UUID id) {
        for (PlanNode section : document.sections()) {
            Optional<PlanNode> found = parentOf(section, id);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<PlanNode> parentOf(PlanNode node, UUID id) {
        for (PlanNode child : node.children()) {
            if (child.id().equals(id)) {
                return Optional.of(node);
            }
            Optional<PlanNode> found = parentOf(child, id);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The plan with some subtrees replaced by newer versions of themselves (matched by id). */
    public static PlanDocument replace(PlanDocument document, Map<UUID, PlanNode> replacements) {
        List<PlanNode> sections = new ArrayList<>();
        for (PlanNode section : document.sections()) {
            sections.add(replace(section, replacements));
        }
        return new PlanDocument(document.plan(), document.goalIndicators(), sections);
    }

    private static PlanNode replace(PlanNode node, Map<UUID, PlanNode> replacements) {
        PlanNode replacement = replacements.get(node.id());
        if (replacement != null) {
            return replacement;
        }
        if (node.children().isEmpty()) {
            return node;
        }
        List<PlanNode> children = new ArrayList<>(node.children().size());
        boolean changed = false;
        for (PlanNode child : node.children()) {
            PlanNode replaced = replace(child, replacements);
            changed |= replaced != child;
            children.add(replaced);
        }
        return changed ? new PlanNode(node.id(), node.kind(), node.label(), node.title(), node.text(),
                node.assignments(), node.indicators(), children, node.rowVersion()) : node;
    }
}
