package org.kesudesk.cli;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.logic.PlanReferences;
import org.kesudesk.model.AssignmentList;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Role;
import org.kesudesk.model.Unit;
import org.kesudesk.store.AssignmentRepository;
import org.kesudesk.store.Database;
import org.kesudesk.store.UnitRepository;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code unassign REF UNIT}: takes the unit off the node, whichever role it has there. */
@Command(name = "unassign", mixinStandardHelpOptions = true)
final class UnassignCommand implements Callable<Integer> {

    @ParentCommand
    KesuDeskCommand top;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "REF", descriptionKey = "ref")
    String reference;
    @Parameters(index = "1", paramLabel = "UNIT", descriptionKey = "unit.name")
    String unitName;

    @Override
    public Integer call() {
        try (Database database = top.openDatabase()) {
            PlanNode node = PlanReferences.resolve(AssignCommand.currentPlan(database), reference);
            Unit unit = UnitCommand.require(new UnitRepository(database), unitName);
            AssignmentRepository assignments = new AssignmentRepository(database);
            boolean removed = false;
            for (Role role : Role.values()) {
                AssignmentList list = new AssignmentList(node.id(), role);
                List<UUID> ids = assignments.units(list).stream().map(Unit::id).toList();
                if (ids.contains(unit.id())) {
                    assignments.replace(list, ids.stream().filter(id -> !id.equals(unit.id())).toList());
                    removed = true;
                }
            }
            if (!removed) {
                throw new UserFacingException("cli.unassign.notThere", unit.name(), reference);
            }
            spec.commandLine().getOut().println(Messages.get("cli.unassign.done", unit.name(), reference));
        }
        return 0;
    }
}
