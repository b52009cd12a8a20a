package org.kesudesk.cli;

import java.util.concurrent.Callable;

import org.kesudesk.model.PlanDocument;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code plan …}: the plans in the database. */
@Command(name = "plan", mixinStandardHelpOptions = true, subcommands = PlanCommand.Show.class)
final class PlanCommand {

    @ParentCommand
    KesuDeskCommand top;

    /** {@code plan show [--json]}: the current plan with its tree, units in stored order. */
    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class Show implements Callable<Integer> {

        @ParentCommand
        PlanCommand plan;

        @Spec
        CommandSpec spec;

        @Option(names = "--json")
        boolean json;

        @Override
        public Integer call() {
            try (Database database = plan.top.openDatabase()) {
                PlanDocument current = new PlanRepository(database).current().orElse(null);
                String output = json ? PlanJson.write(current) : PlanText.write(current);
                spec.commandLine().getOut().println(output);
            }
            return 0;
        }
    }
}
