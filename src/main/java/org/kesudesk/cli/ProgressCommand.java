package org.kesudesk.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.kesudesk.l10n.Messages;
import org.kesudesk.logic.PlanReferences;
import org.kesudesk.logic.progress.ProgressTracking;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.ProgressReport;
import org.kesudesk.model.ReportingRound;
import org.kesudesk.model.Unit;
import org.kesudesk.store.Database;
import org.kesudesk.store.UnitRepository;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code progress report|show}: what the responsible units report in a round, and each task's light. */
@Command(name = "progress", mixinStandardHelpOptions = true,
        subcommands = {ProgressCommand.Report.class, ProgressCommand.Show.class})
final class ProgressCommand {

    @ParentCommand
    KesuDeskCommand top;

    /**
     * {@code progress report REF --round NAME --unit UNIT --status S [--percent N] [--text T] [--problems T]
     * [--next T] [--plan REF]}.
     */
    @Command(name = "report", mixinStandardHelpOptions = true)
    static final class Report implements Callable<Integer> {
        @ParentCommand
        ProgressCommand progress;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "REF", descriptionKey = "ref")
        String reference;
        @Option(names = "--round", required = true, paramLabel = "NAME")
        String round;
        @Option(names = "--unit", required = true, paramLabel = "UNIT")
        String unit;
        @Option(names = "--status", required = true, paramLabel = "S")
        String status;
        @Option(names = "--percent", paramLabel = "N")
        Integer percent;
        @Option(names = "--text", paramLabel = "T")
        String text;
        @Option(names = "--problems", paramLabel = "T")
        String problems;
        @Option(names = "--next", paramLabel = "T")
        String next;
        @Mixin
        PlanOption plan;

        @Override
        public Integer call() {
            ProgressTracking.Entry entry = new ProgressTracking.Entry(ProgressTracking.status(status),
                    percent == null ? OptionalInt.empty() : OptionalInt.of(percent), nonNull(text), nonNull(problems),
                    nonNull(next));
            try (Database database = progress.top.openDatabase()) {
                PlanDocument document = plan.open(database);
                PlanNode task = PlanReferences.resolve(document, reference);
                Unit reporting = UnitCommand.require(UnitRepository.ofPlan(database, document.plan()), unit);
                ProgressTracking tracking = new ProgressTracking(database);
                ReportingRound chosen = tracking.round(document, round);
                ProgressReport stored = tracking.report(document, chosen, task, reporting, entry,
                        System.getProperty("user.name", "?")).report();
                spec.commandLine().getOut().println(Messages.get("cli.progress.reported", reference,
                        reporting.name(), chosen.name(), ProgressTracking.statusName(stored.status()),
                        stored.percent()));
            }
            return 0;
        }

        private static String nonNull(String value) {
            return value == null ? "" : value;
        }
    }

    /** {@code progress show --round NAME [--json] [--date YYYY-MM-DD] [--plan REF]}. */
    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class Show implements Callable<Integer> {
        @ParentCommand
        ProgressCommand progress;
        @Spec
        CommandSpec spec;
        @Option(names = "--round", paramLabel = "NAME")
        String round;
        @Option(names = "--json")
        boolean json;
        @Option(names = "--date", paramLabel = "YYYY-MM-DD")
        String date;
        @Mixin
        PlanOption plan;

        @Override
        public Integer call() {
            LocalDate today = date == null ? LocalDate.now() : ProgressText.date("--date", date);
            PrintWriter out = spec.commandLine().getOut();
            try (Database database = progress.top.openDatabase()) {
                PlanDocument document = plan.open(database);
                ProgressTracking tracking = new ProgressTracking(database);
                ReportingRound chosen = round != null ? tracking.round(document, round)
                        : tracking.currentRound(document).orElseThrow(() ->
                        new org.kesudesk.l10n.UserFacingException("progress.error.noRounds"));
                List<ProgressTracking.Row> rows = tracking.rows(document, chosen, today);
                if (json) {
                    ArrayNode array = CliJson.MAPPER.createArrayNode();
                    for (ProgressTracking.Row row : rows) {
                        ObjectNode node = array.addObject();
                        node.put("ref", row.reference());
                        node.put("title", row.task().title());
                        node.put("unit", row.unit().name());
                        node.put("deadline", row.deadline().map(d -> d.code()).orElse(null));
                        node.put("status", row.report().map(r -> r.status().name()).orElse(null));
                        if (row.report().isPresent()) {
                            node.put("percent", row.report().get().percent());
                        } else {
                            node.putNull("percent");
                        }
                        node.put("text", row.report().map(ProgressReport::progress).orElse(null));
                        node.put("reportedAt", row.report().map(r -> r.reportedAt().toString()).orElse(null));
                        node.put("light", ProgressTracking.lightCode(row.light()));
                    }
                    out.println(CliJson.write(array));
                } else {
                    out.println(Messages.get("cli.progress.heading", document.plan().name(), chosen.name(),
                            chosen.due().toString()));
                    for (ProgressTracking.Row row : rows) {
                        out.println(Messages.get("cli.progress.line", ProgressTracking.lightName(row.light()),
                                row.reference(), row.unit().name(),
                                row.report().map(r -> ProgressTracking.statusName(r.status()) + " " + r.percent()
                                        + "%").orElse(Messages.get("progress.notReported")),
                                row.deadline().map(ProgressTracking::deadlineName).orElse("—")));
                    }
                }
            }
            return 0;
        }
    }
}
