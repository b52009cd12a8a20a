package org.kesudesk.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code assign REF UNIT --role lead|responsible [--position N]}. */
@Command(name = "assign", mixinStandardHelpOptions = true)
final class AssignCommand implements Callable<Integer> {

    @ParentCommand
    KesuDeskCommand top;
    @Spec
    CommandSpec spec;
    @Mixin
    NodeAndUnit arguments;
    @Option(names = "--role", required = true, paramLabel = "lead|responsible")
    String role;
    @Option(names = "--position", paramLabel = "N")
    Integer position;

    @Override
    public Integer call() {
        Role chosen = switch (role.toLowerCase(Locale.ROOT)) {
            case "lead" -> Role.LEAD;
            case "responsible" -> Role.RESPONSIBLE;
            default -> throw new UserFacingException("cli.assign.badRole", role);
        };
        try (Database database = top.openDatabase()) {
            NodeAndUnit.Target target = arguments.resolve(database);
            PlanNode node = target.node();
            Unit unit = target.unit();
            AssignmentRepository assignments = new AssignmentRepository(database);
            AssignmentList list = new AssignmentList(node.id(), chosen);
            List<UUID> read = assignments.units(list).stream().map(Unit::id).toList();
            List<UUID> ids = new ArrayList<>(read);
            ids.remove(unit.id());
            int at = position == null ? ids.size() : Math.max(0, Math.min(position - 1, ids.size()));
            ids.add(at, unit.id());
            List<AssignmentRepository.ListChange> changes = new ArrayList<>();
            changes.add(new AssignmentRepository.ListChange(list, read, ids));
            // a task's unit leads it or is responsible for it, not both: named in one role, it leaves the other
            for (Role other : Role.values()) {
                List<UUID> there = node.unitsIn(other).stream().map(Unit::id).toList();
                if (other != chosen && there.contains(unit.id())) {
                    changes.add(new AssignmentRepository.ListChange(new AssignmentList(node.id(), other), there,
                            there.stream().filter(id -> !id.equals(unit.id())).toList()));
                }
            }
            assignments.replace(changes, PlanEditor::unitsOf);
            List<String> names = assignments.units(list).stream().map(Unit::name).toList();
            spec.commandLine().getOut().println(Messages.get("cli.assign.done", arguments.reference,
                    Messages.get("node.units." + chosen.name()), String.join("、", names)));
        }
        return 0;
    }
}
