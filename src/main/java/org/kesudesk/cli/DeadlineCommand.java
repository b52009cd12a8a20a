package org.kesudesk.cli;

import java.util.Optional;
import java.util.concurrent.Callable;

import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.logic.PlanReferences;
import org.kesudesk.logic.progress.ProgressTracking;
import org.kesudesk.model.Deadline;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.store.Database;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code deadline set REF DATE|yearly:MM-DD|ongoing|none [--plan REF]}: an item's or task's 完成时限. */
@Command(name = "deadline", mixinStandardHelpOptions = true, subcommands = DeadlineCommand.Set.class)
final class DeadlineCommand {

    @ParentCommand
    KesuDeskCommand top;

    @Command(name = "set", mixinStandardHelpOptions = true)
    static final class Set implements Callable<Integer> {

        @ParentCommand
        DeadlineCommand deadline;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "REF", descriptionKey = "ref")
        String reference;
        @Parameters(index = "1", paramLabel = "DEADLINE", descriptionKey = "deadline.value")
        String value;
        @Mixin
        PlanOption plan;

        @Override
        public Integer call() {
            Optional<Deadline> chosen;
            try {
                // a day as the window reads one (2025/12/31, 2025年12月31日) too
                Optional<java.time.LocalDate> day = org.kesudesk.model.DocumentDate.typed(value);
                chosen = day.isPresent() ? Optional.of(new Deadline.OnDate(day.get())) : Deadline.parse(value);
            } catch (IllegalArgumentException e) {
                throw new UserFacingException("cli.deadline.bad", value);
            }
            try (Database database = deadline.top.openDatabase()) {
                PlanDocument document = plan.open(database);
                PlanNode node = PlanReferences.resolve(document, reference);
                new ProgressTracking(database).setDeadline(document, node, chosen);
                spec.commandLine().getOut().println(Messages.get("cli.deadline.done", reference,
                        chosen.map(ProgressTracking::deadlineName).orElse(Messages.get("progress.deadline.none"))));
            }
            return 0;
        }
    }
}
