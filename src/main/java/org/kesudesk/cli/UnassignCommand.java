package org.kesudesk.cli;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.logic.editing.PlanEditor;
import org.kesudesk.model.AssignmentList;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Role;
import org.kesudesk.model.Unit;
import org.kesudesk.store.AssignmentRepository;
import org.kesudesk.store.Database;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code unassign REF UNIT}: takes the unit off the node, whichever role it has there. */
@Command(name = "unassign", mixinStandardHelpOptions = true)
final class UnassignCommand implements Callable<Integer> {

    @ParentCommand
    KesuDeskCommand top;
    @Spec
    CommandSpec spec;
    @Mixin
    NodeAndUnit arguments;

    @Override
    public Integer call() {
        try (Database database = top.openDatabase()) {
            NodeAndUnit.Target target = arguments.resolve(database);
            PlanNode node = target.node();
            Unit unit = target.unit();
            AssignmentRepository assignments = new AssignmentRepository(database);
            boolean removed = false;
            for (Role role : Role.values()) {
                AssignmentList list = new AssignmentList(node.id(), role);
                List<UUID> ids = assignments.units(list).stream().map(Unit::id).toList();
                if (ids.contains(unit.id())) {
                    assignments.replace(list, ids.stream().filter(id -> !id.equals(unit.id())).toList(),
                            PlanEditor.unitsOf(role));
                    removed = true;
                }
            }
            if (!removed) {
                throw new UserFacingException("cli.unassign.notThere", unit.name(), arguments.reference);
            }
            spec.commandLine().getOut().println(Messages.get("cli.unassign.done", unit.name(), arguments.reference));
        }
        return 0;
    }
}
