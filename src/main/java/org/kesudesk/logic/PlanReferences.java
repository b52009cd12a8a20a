package org.kesudesk.logic;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.NodeKind;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;

/**
 * Short references to the nodes of a plan, for the command line and scripts: {@code KIND.N} is the N-th item of
 * that kind in the plan ({@code action.1}, {@code project.4}, {@code safeguard.2}), {@code KIND.N.M} its M-th task,
 * and {@code KIND.N.M.K} that task's K-th sub-task. Numbers count from 1 in document order.
 */
public final class PlanReferences {

    private PlanReferences() {
    }

    public static PlanNode resolve(PlanDocument plan, String reference) {
        String[] parts = reference.strip().toLowerCase(Locale.ROOT).split("\\.");
        NodeKind kind = kind(parts[0]).orElseThrow(() -> bad(reference));
        if (parts.length < 2 || parts.length > 4) {
            throw bad(reference);
        }
        List<PlanNode> items = plan.items().stream().filter(item -> item.kind() == kind).toList();
        PlanNode node = pick(items, parts[1], reference);
        for (int i = 2; i < parts.length; i++) {
            node = pick(node.children(), parts[i], reference);
        }
        return node;
    }

    /** The reference of a node of the plan, or empty for a section. */
    public static Optional<String> of(PlanDocument plan, PlanNode target) {
        for (NodeKind kind : List.of(NodeKind.ACTION, NodeKind.PROJECT, NodeKind.SAFEGUARD)) {
            List<PlanNode> items = plan.items().stream().filter(item -> item.kind() == kind).toList();
            for (int i = 0; i < items.size(); i++) {
                String prefix = kind.name().toLowerCase(Locale.ROOT) + "." + (i + 1);
                Optional<String> found = find(items.get(i), target, prefix);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The references of every node of the plan but its sections, by node id, in one walk of the tree: for lists of
     * many nodes, where {@link #of} for each would walk the tree once a node.
     */
    public static java.util.Map<java.util.UUID, String> all(PlanDocument plan) {
        java.util.Map<java.util.UUID, String> references = new java.util.HashMap<>();
        for (NodeKind kind : List.of(NodeKind.ACTION, NodeKind.PROJECT, NodeKind.SAFEGUARD)) {
            List<PlanNode> items = plan.items().stream().filter(item -> item.kind() == kind).toList();
            for (int i = 0; i < items.size(); i++) {
                collect(items.get(i), kind.name().toLowerCase(Locale.ROOT) + "." + (i + 1), references);
            }
        }
        return references;
    }

    /**
     * Where each node sits, numbered as the document numbers it, by node id: 二、 for a section, 二、（一） for an item,
     * 二、（一）1. for a task, 二、（一）1.（2） for a sub-task. This is how people cite a task (a table's 位置, a unit's
     * ledger, the audit log, a message); the references above are for typing on the command line.
     */
    public static java.util.Map<java.util.UUID, String> places(PlanDocument plan) {
        java.util.Map<java.util.UUID, String> places = new java.util.HashMap<>();
        for (PlanNode section : plan.sections()) {
            collectPlaces(section, "", places);
        }
        return places;
    }

    /** A node as people name it: its place and its title, 二、（一）1.将弘扬科学精神贯穿于育人全链条. */
    public static String placeAndTitle(PlanDocument plan, PlanNode node) {
        return places(plan).getOrDefault(node.id(), node.kind().numbering(node.label())) + node.title();
    }

    private static void collectPlaces(PlanNode node, String parentPlace,
                                      java.util.Map<java.util.UUID, String> places) {
        String place = parentPlace + node.kind().numbering(node.label());
        places.putIfAbsent(node.id(), place);
        for (PlanNode child : node.children()) {
            if (node.isOwnItem(child)) {
                // the item a section is itself is where the section is: its tasks are 一、1., not 一、（一）1.
                places.putIfAbsent(child.id(), place);
                child.children().forEach(task -> collectPlaces(task, place, places));
            } else {
                collectPlaces(child, place, places);
            }
        }
    }

    /**
     * Each task (and sub-task) as a list of tasks from several actions and projects names it (a 通报's late tasks, a
     * work plan's choice): its place and its title, 二、（一）1.将弘扬科学精神贯穿于育人全链条 — with the section's
     * number, since an action's and a project's tasks are both numbered （一）1. under their own part.
     */
    public static java.util.Map<java.util.UUID, String> numberedTitles(PlanDocument plan) {
        java.util.Map<java.util.UUID, String> places = places(plan);
        java.util.Map<java.util.UUID, String> numbered = new java.util.HashMap<>();
        for (PlanNode section : plan.sections()) {
            for (PlanNode item : section.children()) {
                item.forEachNode(node -> {
                    if (node != item) {
                        numbered.put(node.id(), places.get(node.id()) + node.title());
                    }
                });
            }
        }
        return numbered;
    }

    private static void collect(PlanNode node, String reference, java.util.Map<java.util.UUID, String> references) {
        references.putIfAbsent(node.id(), reference);
        for (int i = 0; i < node.children().size(); i++) {
            collect(node.children().get(i), reference + "." + (i + 1), references);
        }
    }

    private static Optional<String> find(PlanNode node, PlanNode target, String reference) {
        if (node.id().equals(target.id())) {
            return Optional.of(reference);
        }
        for (int i = 0; i < node.children().size(); i++) {
            Optional<String> found = find(node.children().get(i), target, reference + "." + (i + 1));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<NodeKind> kind(String word) {
        return switch (word) {
            case "action" -> Optional.of(NodeKind.ACTION);
            case "project" -> Optional.of(NodeKind.PROJECT);
            case "safeguard" -> Optional.of(NodeKind.SAFEGUARD);
            default -> Optional.empty();
        };
    }

    private static PlanNode pick(List<PlanNode> nodes, String number, String reference) {
        int index;
        try {
            index = Integer.parseInt(number) - 1;
        } catch (NumberFormatException e) {
            throw bad(reference);
        }
        if (index < 0 || index >= nodes.size()) {
            throw new UserFacingException("ref.error.missing", reference);
        }
        return nodes.get(index);
    }

    private static UserFacingException bad(String reference) {
        return new UserFacingException("ref.error.syntax", reference);
    }
}
