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

    /**
     * The nodes above the node with the id, from its section down to its parent; empty for a section, or for an id
     * not in the plan.
     */
    public static List<PlanNode> ancestorsOf(PlanDocument document, UUID id) {
        List<PlanNode> path = new ArrayList<>();
        for (PlanNode section : document.sections()) {
            if (pathTo(section, id, path)) {
                path.remove(path.size() - 1);
                return path;
            }
        }
        return List.of();
    }

    /** Fills {@code path} with the nodes from {@code node} down to the one with the id, if it is there. */
    private static boolean pathTo(PlanNode node, UUID id, List<PlanNode> path) {
        path.add(node);
        if (node.id().equals(id)) {
            return true;
        }
        for (PlanNode child : node.children()) {
            if (pathTo(child, id, path)) {
                return true;
            }
        }
        path.remove(path.size() - 1);
        return false;
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

    /**
     * The plan with some subtrees replaced by newer versions of themselves (matched by id). What is not replaced
     * stays the very same object, so callers can tell untouched subtrees by identity.
     */
    public static PlanDocument replace(PlanDocument document, Map<UUID, PlanNode> replacements) {
        if (replacements.isEmpty()) {
            return document;
        }
        int[] remaining = {replacements.size()};
        List<PlanNode> sections = new ArrayList<>(document.sections().size());
        boolean changed = false;
        for (PlanNode section : document.sections()) {
            PlanNode replaced = replace(section, replacements, remaining);
            changed |= replaced != section;
            sections.add(replaced);
        }
        return changed ? new PlanDocument(document.plan(), document.goalIndicators(), sections) : document;
    }

    private static PlanNode replace(PlanNode node, Map<UUID, PlanNode> replacements, int[] remaining) {
        if (remaining[0] == 0) {
            // all found: the rest of the plan is as it was (20,000 tasks need not each be looked up)
            return node;
        }
        PlanNode replacement = replacements.get(node.id());
        if (replacement != null) {
            remaining[0]--;
            return replacement;
        }
        if (node.children().isEmpty()) {
            return node;
        }
        List<PlanNode> children = null;
        for (int i = 0; i < node.children().size(); i++) {
            PlanNode child = node.children().get(i);
            PlanNode replaced = replace(child, replacements, remaining);
            if (replaced != child && children == null) {
                children = new ArrayList<>(node.children());
            }
            if (children != null) {
                children.set(i, replaced);
            }
        }
        return children == null ? node : new PlanNode(node.id(), node.kind(), node.label(), node.title(), node.text(),
                node.assignments(), node.indicators(), children, node.rowVersion());
    }

    /**
     * Whether two readings of a node say the same: the same node, title, text, units (in order, by role),
     * indicators and nodes under it — its number, place and row versions aside (they move when others change the
     * nodes around it). What an edit read, compared with what is stored, tells whether someone changed it meanwhile.
     */
    public static boolean sameContent(PlanNode read, PlanNode stored) {
        if (!read.id().equals(stored.id()) || read.kind() != stored.kind() || !read.title().equals(stored.title())
                || !read.text().equals(stored.text()) || read.children().size() != stored.children().size()) {
            return false;
        }
        java.util.function.Function<PlanNode, List<String>> units = node -> node.assignments().stream()
                .map(a -> a.role() + "/" + a.unit().id()).toList();
        java.util.function.Function<PlanNode, List<String>> indicators = node -> node.indicators().stream()
                .map(i -> i.id() + "/" + i.wording() + "/" + i.targetValue()).toList();
        if (!units.apply(read).equals(units.apply(stored)) || !indicators.apply(read).equals(indicators.apply(stored))) {
            return false;
        }
        for (int i = 0; i < read.children().size(); i++) {
            if (!sameContent(read.children().get(i), stored.children().get(i))) {
                return false;
            }
        }
        return true;
    }
}
