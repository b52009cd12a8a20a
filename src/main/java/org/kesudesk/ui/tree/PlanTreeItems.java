package org.kesudesk.ui.tree;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

import org.kesudesk.model.NodeKind;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanDocuments;
import org.kesudesk.model.PlanNode;

/**
 * The tree items of a plan, kept in step with it cheaply, so that a plan of many thousand tasks opens and edits
 * quickly and nothing the user expanded collapses:
 * <ul>
 * <li>an item's children are made the first time it is expanded (or a node under it is selected);</li>
 * <li>an item's value is what its row shows ({@link TreeEntry}), set only when that changes: a TreeView rebuilds
 * every visible cell when any value changes, which an edit of units need not cost;</li>
 * <li>after an edit only subtrees that are new objects are visited: a refreshed plan shares every untouched
 * subtree with the one before.</li>
 * </ul>
 */
public final class PlanTreeItems {

    private final TreeItem<TreeEntry> root = new TreeItem<>();
    private final Map<UUID, NodeItem> items = new HashMap<>();
    private PlanDocument document;
    private String query = "";

    public TreeItem<TreeEntry> root() {
        return root;
    }

    /** The plan shown (whole, even while a search shows part of it), if any. */
    public Optional<PlanDocument> shown() {
        return Optional.ofNullable(document);
    }

    /** The node's item, made (with those of its ancestors' children) if it was not yet; empty if not in the tree. */
    public Optional<TreeItem<TreeEntry>> item(UUID id) {
        NodeItem item = items.get(id);
        if (item == null && document != null) {
            for (PlanNode ancestor : PlanDocuments.ancestorsOf(document, id)) {
                NodeItem ancestorItem = items.get(ancestor.id());
                if (ancestorItem == null) {
                    return Optional.empty();
                }
                ancestorItem.getChildren();
            }
            item = items.get(id);
        }
        return Optional.ofNullable(item);
    }

    /** What was expanded in each plan shown before, to open it as it was left when it is shown again. */
    private final java.util.Map<UUID, Set<UUID>> expandedByPlan = new java.util.HashMap<>();

    /**
     * Builds the whole tree anew (another plan, or a search): keeps what was expanded where it can; a plan shown
     * again opens as it was left, a plan shown the first time with its sections open.
     */
    public void rebuild(PlanDocument plan, String search) {
        Set<UUID> expanded = new HashSet<>();
        items.forEach((id, item) -> {
            if (item.isExpanded()) {
                expanded.add(id);
            }
        });
        Optional<UUID> before = Optional.ofNullable(document).map(d -> d.plan().id());
        Optional<UUID> after = Optional.ofNullable(plan).map(d -> d.plan().id());
        boolean firstTime = items.isEmpty();
        if (!before.equals(after)) {
            before.ifPresent(id -> expandedByPlan.put(id, Set.copyOf(expanded)));
            expanded.clear();
            after.map(expandedByPlan::get).ifPresent(expanded::addAll);
            firstTime = after.map(id -> !expandedByPlan.containsKey(id)).orElse(true);
        }
        items.clear();
        document = plan;
        query = search;
        List<TreeItem<TreeEntry>> sections = new ArrayList<>();
        if (plan != null) {
            for (PlanNode section : plan.sections()) {
                NodeItem item = query.isBlank() ? new NodeItem(section, Optional.empty())
                        : filtered(section, Optional.empty());
                if (item != null) {
                    item.setExpanded(section.kind() == NodeKind.SECTION && firstTime || expanded.contains(section.id())
                            || !query.isBlank());
                    sections.add(item);
                }
            }
            if (query.isBlank()) {
                // items expanded before are made again, expanded (their children then are made too)
                expanded.forEach(id -> item(id).ifPresent(item -> item.setExpanded(true)));
            }
        }
        root.getChildren().setAll(sections);
    }

    /** Whether a node matches a search: its title, its text or one of its units' names contains it. */
    public static boolean matches(PlanNode node, String query) {
        return org.kesudesk.model.PlanSearch.matches(node, query);
    }

    /** The node's item with only the children that match the search (or have such children), made at once. */
    private NodeItem filtered(PlanNode node, Optional<PlanNode> parent) {
        List<TreeItem<TreeEntry>> children = new ArrayList<>();
        for (PlanNode child : node.children()) {
            NodeItem childItem = filtered(child, Optional.of(node));
            if (childItem != null) {
                childItem.setExpanded(!childItem.getChildren().isEmpty());
                children.add(childItem);
            }
        }
        if (children.isEmpty() && !matches(node, query)) {
            return null;
        }
        NodeItem item = new NodeItem(node, parent);
        item.built = true;
        item.plainChildren().setAll(children);
        return item;
    }

    /**
     * Shows a newer version of the same plan: visits only the subtrees that are new objects, and sets a row's value
     * only when what it shows changed. Not for a search result (rebuild it instead).
     */
    public void update(PlanDocument plan) {
        document = plan;
        for (PlanNode section : plan.sections()) {
            NodeItem item = items.get(section.id());
            if (item != null) {
                sync(item, section, Optional.empty());
            }
        }
    }

    private void sync(NodeItem item, PlanNode node, Optional<PlanNode> parent) {
        // before the shortcut: a task unchanged may have become, or stopped being, the task its item is itself
        TreeEntry entry = TreeEntry.of(node, parent);
        if (!entry.equals(item.getValue())) {
            item.setValue(entry);
        }
        if (item.node == node) {
            return;
        }
        item.node = node;
        if (!item.built) {
            // its children will be made from this version when needed
            return;
        }
        List<TreeItem<TreeEntry>> children = new ArrayList<>(node.children().size());
        Set<UUID> kept = new HashSet<>();
        for (PlanNode child : node.children()) {
            NodeItem childItem = items.get(child.id());
            if (childItem == null) {
                childItem = new NodeItem(child, Optional.of(node));
            } else {
                sync(childItem, child, Optional.of(node));
            }
            kept.add(child.id());
            children.add(childItem);
        }
        for (TreeItem<TreeEntry> old : item.plainChildren()) {
            if (!kept.contains(old.getValue().id())) {
                forget((NodeItem) old);
            }
        }
        if (!item.plainChildren().equals(children)) {
            item.plainChildren().setAll(children);
        }
    }

    private void forget(NodeItem item) {
        items.remove(item.getValue().id());
        if (item.built) {
            item.plainChildren().forEach(child -> forget((NodeItem) child));
        }
    }

    /** An item that makes its children's items the first time they are asked for. */
    private final class NodeItem extends TreeItem<TreeEntry> {
        private PlanNode node;
        private boolean built;

        NodeItem(PlanNode node, Optional<PlanNode> parent) {
            super(TreeEntry.of(node, parent));
            this.node = node;
            items.put(node.id(), this);
        }

        @Override
        public boolean isLeaf() {
            return built ? super.getChildren().isEmpty() : node.children().isEmpty();
        }

        @Override
        public ObservableList<TreeItem<TreeEntry>> getChildren() {
            if (!built) {
                built = true;
                List<TreeItem<TreeEntry>> children = new ArrayList<>(node.children().size());
                node.children().forEach(child -> children.add(new NodeItem(child, Optional.of(node))));
                super.getChildren().setAll(children);
            }
            return super.getChildren();
        }

        /** The children as they are, without making them. */
        ObservableList<TreeItem<TreeEntry>> plainChildren() {
            return super.getChildren();
        }
    }
}
