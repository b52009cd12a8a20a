package org.kesudesk.ui.tree;

import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.kesudesk.l10n.Messages;
import org.kesudesk.model.Indicator;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Role;
import org.kesudesk.model.Unit;

/** The plan tree and the details of the selected node. Read-only for now. */
public final class PlanTreeViewModel {

    private final ObjectProperty<PlanDocument> plan = new SimpleObjectProperty<>();
    private final ObjectProperty<PlanNode> selectedNode = new SimpleObjectProperty<>();

    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper kindName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unitsHeading = new ReadOnlyStringWrapper("");
    private final ObservableList<String> units = FXCollections.observableArrayList();
    private final ObservableList<String> indicators = FXCollections.observableArrayList();

    public PlanTreeViewModel() {
        selectedNode.addListener((observable, old, node) -> showDetails(node));
        plan.addListener((observable, old, document) -> selectedNode.set(null));
    }

    /** How a node is named in the tree and in headings: its numbering as written, then its title. */
    public static String displayName(PlanNode node) {
        return TreeEntry.displayName(node);
    }

    public ObjectProperty<PlanDocument> planProperty() {
        return plan;
    }

    public ObjectProperty<PlanNode> selectedNodeProperty() {
        return selectedNode;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty kindNameProperty() {
        return kindName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** 牵头单位 for an item, 责任单位 for a task; empty for a section. */
    public ReadOnlyStringProperty unitsHeadingProperty() {
        return unitsHeading.getReadOnlyProperty();
    }

    /** The selected node's lead or responsible units, in stored order. */
    public ObservableList<String> units() {
        return units;
    }

    /** The quantitative targets in the selected node's text. */
    public ObservableList<String> indicators() {
        return indicators;
    }

    private void showDetails(PlanNode node) {
        if (node == null) {
            heading.set("");
            kindName.set("");
            text.set("");
            unitsHeading.set("");
            units.clear();
            indicators.clear();
            return;
        }
        heading.set(displayName(node));
        kindName.set(Messages.get("node.kind." + node.kind().name()));
        text.set(node.text());
        unitsHeading.set(unitsHeading(node));
        // a task's own lead units first, marked
        units.setAll(node.carriedOutBy().stream()
                .map(unit -> shownName(unit, node.kind().isTask() && node.isLedBy(unit))).toList());
        indicators.setAll(node.indicators().stream().map(Indicator::wording).toList());
    }

    /** The heading over a node's units: its role's name, or 牵头单位和责任单位 over a task that names its own leads. */
    public static String unitsHeading(PlanNode node) {
        Optional<Role> role = node.kind().unitRole();
        if (role.isEmpty()) {
            return "";
        }
        return node.kind().isTask() && !node.leadUnits().isEmpty() ? Messages.get("plan.unit.leadsAndOthers")
                : Messages.get("node.units." + role.get().name());
    }

    /** A unit as a node's list shows it: a task's own lead unit marked （牵头）. */
    public static String shownName(Unit unit, boolean leadsTheTask) {
        return leadsTheTask ? Messages.get("plan.unit.leadMark", unit.name()) : unit.name();
    }
}
