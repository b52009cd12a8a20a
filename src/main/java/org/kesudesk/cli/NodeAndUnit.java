package org.kesudesk.cli;

import org.kesudesk.logic.PlanReferences;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Unit;
import org.kesudesk.store.Database;
import org.kesudesk.store.UnitRepository;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The {@code [--plan P] REF UNIT} arguments of assign and unassign: a node of the plan and a unit of its region. */
final class NodeAndUnit {

    @Parameters(index = "0", paramLabel = "REF", descriptionKey = "ref")
    String reference;

    @Parameters(index = "1", paramLabel = "UNIT", descriptionKey = "unit.name")
    String unitName;

    @Mixin
    PlanOption plan;

    /** The node and unit named (a unit of the plan's region), or a Chinese message saying which one is not there. */
    Target resolve(Database database) {
        PlanDocument document = plan.open(database);
        PlanNode node = PlanReferences.resolve(document, reference);
        Unit unit = UnitCommand.require(UnitRepository.ofPlan(database, document.plan()), unitName);
        return new Target(node, unit);
    }

    record Target(PlanNode node, Unit unit) {
    }
}
