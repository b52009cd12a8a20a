package org.kesudesk.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.logic.progress.ProgressTracking;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.ReportingRound;
import org.kesudesk.store.Database;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code round open|list|due|close|reopen}: the reporting rounds of a plan. */
@Command(name = "round", mixinStandardHelpOptions = true,
        subcommands = {RoundCommand.Open.class, RoundCommand.ListRounds.class, RoundCommand.Due.class,
                RoundCommand.Close.class, RoundCommand.Reopen.class})
final class RoundCommand {

    @ParentCommand
    KesuDeskCommand top;

    /** {@code round open NAME --due YYYY-MM-DD [--from D] [--to D] [--plan REF]}. */
    @Command(name = "open", mixinStandardHelpOptions = true)
    static final class Open implements Callable<Integer> {
        @ParentCommand
        RoundCommand round;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "round.name")
        String name;
        @Option(names = "--due", required = true, paramLabel = "YYYY-MM-DD")
        String due;
        @Option(names = "--from", paramLabel = "YYYY-MM-DD")
        String from;
        @Option(names = "--to", paramLabel = "YYYY-MM-DD")
        String to;
        @Option(names = "--outside-period", descriptionKey = "round.outsidePeriod")
        boolean outsidePeriod;
        @Mixin
        PlanOption plan;

        @Override
        public Integer call() {
            LocalDate dueDate = ProgressText.date("--due", due);
            Optional<LocalDate> start = Optional.ofNullable(from).map(d -> ProgressText.date("--from", d));
            Optional<LocalDate> end = Optional.ofNullable(to).map(d -> ProgressText.date("--to", d));
            try (Database database = round.top.openDatabase()) {
                PlanDocument document = plan.open(database);
                ProgressTracking tracking = new ProgressTracking(database);
                if (!outsidePeriod) {
                    // a round of years another plan of the region covers: the last period's plan, chosen by mistake
                    tracking.planOfRoundYears(document, name, start, end).ifPresent(meant -> {
                        throw new UserFacingException("cli.round.outsidePeriod", name.strip(),
                                document.plan().name(), document.plan().period().orElseThrow().toString(),
                                meant.name(), meant.id().toString().substring(0, 8));
                    });
                }
                ReportingRound opened = tracking.openRound(document, name, dueDate, start, end);
                spec.commandLine().getOut().println(Messages.get("cli.round.opened", opened.name(),
                        document.plan().name(), opened.due().toString()));
                if (!document.hasTasks()) {
                    spec.commandLine().getOut().println(Messages.get("cli.round.noTasks"));
                }
            }
            return 0;
        }
    }

    /** {@code round list [--json] [--plan REF]}. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListRounds implements Callable<Integer> {
        @ParentCommand
        RoundCommand round;
        @Spec
        CommandSpec spec;
        @Option(names = "--json")
        boolean json;
        @Mixin
        PlanOption plan;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Database database = round.top.openDatabase()) {
                List<ReportingRound> rounds = new ProgressTracking(database).rounds(plan.open(database));
                if (json) {
                    ArrayNode array = CliJson.MAPPER.createArrayNode();
                    for (ReportingRound r : rounds) {
                        ObjectNode node = array.addObject();
                        node.put("name", r.name());
                        node.put("due", r.due().toString());
                        node.put("from", r.periodStart().map(LocalDate::toString).orElse(null));
                        node.put("to", r.periodEnd().map(LocalDate::toString).orElse(null));
                        node.put("open", r.isOpen());
                        node.put("openedAt", r.openedAt().toString());
                    }
                    out.println(CliJson.write(array));
                } else if (rounds.isEmpty()) {
                    out.println(Messages.get("cli.round.none"));
                } else {
                    for (ReportingRound r : rounds) {
                        out.println(Messages.get("cli.round.line", r.name(), r.due().toString(),
                                Messages.get(r.isOpen() ? "progress.round.open" : "progress.round.closed")));
                    }
                }
            }
            return 0;
        }
    }

    /** A command on one round of a plan, named: {@code NAME [--plan REF]}; it says what it did. */
    abstract static class OnNamedRound implements Callable<Integer> {
        @ParentCommand
        RoundCommand round;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "round.name")
        String name;
        @Mixin
        PlanOption plan;

        /** Does the command's work on the round named; what the user is told. */
        abstract String apply(ProgressTracking tracking, ReportingRound named);

        @Override
        public Integer call() {
            try (Database database = round.top.openDatabase()) {
                ProgressTracking tracking = new ProgressTracking(database);
                spec.commandLine().getOut().println(apply(tracking, tracking.round(plan.open(database), name)));
            }
            return 0;
        }
    }

    /** {@code round due NAME YYYY-MM-DD [--plan REF]}: 报送延期 (or an earlier date). */
    @Command(name = "due", mixinStandardHelpOptions = true)
    static final class Due extends OnNamedRound {
        @Parameters(index = "1", paramLabel = "YYYY-MM-DD", descriptionKey = "progress.round.due.option")
        String due;
        private java.time.LocalDate day;

        @Override
        public Integer call() {
            // a date that is none is said before the database is opened
            day = ProgressText.date(due);
            return super.call();
        }

        @Override
        String apply(ProgressTracking tracking, ReportingRound named) {
            ReportingRound changed = tracking.changeDue(named, day);
            return Messages.get("cli.round.dueChanged", changed.name(), named.due().toString(),
                    changed.due().toString());
        }
    }

    /** {@code round reopen NAME [--plan REF]}. */
    @Command(name = "reopen", mixinStandardHelpOptions = true)
    static final class Reopen extends OnNamedRound {
        @Override
        String apply(ProgressTracking tracking, ReportingRound named) {
            ReportingRound reopened = tracking.reopenRound(named);
            return Messages.get("cli.round.reopened", reopened.name(), reopened.due().toString());
        }
    }

    /** {@code round close NAME [--plan REF]}. */
    @Command(name = "close", mixinStandardHelpOptions = true)
    static final class Close extends OnNamedRound {
        @Override
        String apply(ProgressTracking tracking, ReportingRound named) {
            tracking.closeRound(named);
            return Messages.get("cli.round.closed", named.name());
        }
    }
}
