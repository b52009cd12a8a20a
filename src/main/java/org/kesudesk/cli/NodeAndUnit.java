package org.kesudesk.cli;

import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.logic.PlanReferences;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Unit;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.UnitRepository;

import picocli.CommandLine.Parameters;

/** The {@code REF UNIT} arguments of assign and unassign: a node of the current plan and a catalogue unit. */
final class NodeAndUnit {

    @Parameters(index = "0", paramLabel = "REF", descriptionKey = "ref")
    String reference;

    @Parameters(index = "1", paramLabel = "UNIT", descriptionKey = "unit.name")
    String unitName;

    /** The node and unit named, or a Chinese message saying which one is not there. */
    Target resolve(Database database) {
        PlanDocument plan = new PlanRepository(database).current()
                .orElseThrow(() -> new UserFacingException("cli.plan.noneToEdit"));
        PlanNode node = PlanReferences.resolve(plan, reference);
        Unit unit = UnitCommand.require(new UnitRepository(database), unitName);
        return new Target(node, unit);
    }

    record Target(PlanNode node, Unit unit) {
    }
}
