package org.kesudesk.ui.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javafx.scene.control.TreeItem;

import org.kesudesk.model.NodeKind;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanDocuments;
import org.kesudesk.model.PlanNode;

/**
 * The tree items of a plan, kept in step with it: after an edit only the changed subtrees are touched, so that
 * a plan of many thousand tasks stays responsive and nothing the user expanded collapses.
 */
final class PlanTreeItems {

    private final TreeItem<PlanNode> root = new TreeItem<>();
    private final Map<UUID, TreeItem<PlanNode>> items = new HashMap<>();

    TreeItem<PlanNode> root() {
        return root;
    }

    Optional<TreeItem<PlanNode>> item(UUID id) {
        return Optional.ofNullable(items.get(id));
    }

    /** Builds the whole tree anew (another plan, or a search): keeps what was expanded where it can. */
    void rebuild(PlanDocument document, String query) {
        Set<UUID> expanded = new HashSet<>();
        items.forEach((id, item) -> {
            if (item.isExpanded()) {
                expanded.add(id);
            }
        });
        boolean firstTime = items.isEmpty();
        items.clear();
        List<TreeItem<PlanNode>> sections = new ArrayList<>();
        if (document != null) {
            for (PlanNode section : document.sections()) {
                build(section, query, expanded, firstTime).ifPresent(sections::add);
            }
        }
        root.getChildren().setAll(sections);
    }

    private Optional<TreeItem<PlanNode>> build(PlanNode node, String query, Set<UUID> expanded, boolean firstTime) {
        List<TreeItem<PlanNode>> children = new ArrayList<>();
        for (PlanNode child : node.children()) {
            build(child, query, expanded, firstTime).ifPresent(children::add);
        }
        boolean searching = !query.isBlank();
        if (searching && children.isEmpty() && !PlanEditViewModel.matches(node, query)) {
            return Optional.empty();
        }
        TreeItem<PlanNode> item = new TreeItem<>(node);
        item.getChildren().setAll(children);
        item.setExpanded(searching ? !children.isEmpty()
                : firstTime ? node.kind() == NodeKind.SECTION : expanded.contains(node.id()));
        items.put(node.id(), item);
        return Optional.of(item);
    }

    /** Shows newer versions of the changed nodes, reusing the items of children that are still there. */
    void update(PlanDocument document, Set<UUID> changed) {
        for (UUID id : changed) {
            TreeItem<PlanNode> item = items.get(id);
            Optional<PlanNode> node = PlanDocuments.find(document, id);
            if (item != null && node.isPresent()) {
                sync(item, node.get());
                // the ancestors' values hold the old subtree: give them the new one too
                for (TreeItem<PlanNode> parent = item.getParent(); parent != null && parent.getValue() != null;
                     parent = parent.getParent()) {
                    PlanDocuments.find(document, parent.getValue().id()).ifPresent(parent::setValue);
                }
            }
        }
    }

    private void sync(TreeItem<PlanNode> item, PlanNode node) {
        item.setValue(node);
        List<TreeItem<PlanNode>> children = new ArrayList<>();
        Set<UUID> kept = new HashSet<>();
        for (PlanNode child : node.children()) {
            TreeItem<PlanNode> childItem = items.get(child.id());
            if (childItem == null) {
                childItem = new TreeItem<>(child);
                items.put(child.id(), childItem);
            }
            kept.add(child.id());
            sync(childItem, child);
            children.add(childItem);
        }
        for (TreeItem<PlanNode> old : item.getChildren()) {
            if (!kept.contains(old.getValue().id())) {
                forget(old);
            }
        }
        if (!item.getChildren().equals(children)) {
            item.getChildren().setAll(children);
        }
    }

    private void forget(TreeItem<PlanNode> item) {
        items.remove(item.getValue().id());
        item.getChildren().forEach(this::forget);
    }
}
