package org.kesudesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.kesudesk.l10n.Messages;
import org.kesudesk.logic.progress.IndicatorTracking;
import org.kesudesk.model.IndicatorValue;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.store.Database;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code indicator list|set}: a plan's quantitative targets and the values they reached each year. */
@Command(name = "indicator", mixinStandardHelpOptions = true,
        subcommands = {IndicatorCommand.ListIndicators.class, IndicatorCommand.Set.class})
final class IndicatorCommand {

    @ParentCommand
    KesuDeskCommand top;

    /** {@code indicator list [--json] [--plan REF]}. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListIndicators implements Callable<Integer> {
        @ParentCommand
        IndicatorCommand indicator;
        @Spec
        CommandSpec spec;
        @Option(names = "--json")
        boolean json;
        @Mixin
        PlanOption plan;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Database database = indicator.top.openDatabase()) {
                List<IndicatorTracking.Row> rows = new IndicatorTracking(database).rows(plan.open(database));
                if (json) {
                    ArrayNode array = CliJson.MAPPER.createArrayNode();
                    for (IndicatorTracking.Row row : rows) {
                        ObjectNode node = array.addObject();
                        node.put("id", row.reference());
                        node.put("wording", row.indicator().wording());
                        node.put("target", row.indicator().targetValue().map(v -> v.toPlainString()).orElse(null));
                        node.put("measure", row.indicator().measure());
                        node.put("period", row.indicator().period().name().toLowerCase(java.util.Locale.ROOT)
                                .replace('_', '-'));
                        if (row.targetYear().isPresent()) {
                            node.put("targetYear", row.targetYear().getAsInt());
                        } else {
                            node.putNull("targetYear");
                        }
                        node.put("where", row.where());
                        ArrayNode values = node.putArray("values");
                        for (IndicatorValue value : row.values()) {
                            ObjectNode v = values.addObject();
                            v.put("year", value.year());
                            v.put("value", value.amount().stripTrailingZeros().toPlainString());
                            v.put("source", value.source());
                            v.put("recordedBy", value.recordedBy());
                            v.put("recordedAt", value.recordedAt().toString());
                        }
                    }
                    out.println(CliJson.write(array));
                } else if (rows.isEmpty()) {
                    out.println(Messages.get("cli.indicator.none"));
                } else {
                    for (IndicatorTracking.Row row : rows) {
                        String values = row.values().isEmpty() ? "" : Messages.get("cli.indicator.values",
                                String.join("、", row.values().stream().map(v -> Messages.get("cli.indicator.value",
                                        String.valueOf(v.year()), v.amount().stripTrailingZeros().toPlainString())).toList()));
                        out.println(Messages.get("cli.indicator.line", row.reference(), row.indicator().wording(),
                                row.indicator().targetValue().map(v -> v.toPlainString())
                                        .orElse(Messages.get("cli.indicator.noTarget")),
                                row.indicator().measure(),
                                Messages.get("indicator.period." + row.indicator().period().name()), row.where(),
                                values));
                    }
                }
            }
            return 0;
        }
    }

    /** {@code indicator set ID --year YYYY --value V [--source S] [--plan REF]}. */
    @Command(name = "set", mixinStandardHelpOptions = true)
    static final class Set implements Callable<Integer> {
        @ParentCommand
        IndicatorCommand indicator;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "indicator.id")
        String reference;
        @Option(names = "--year", required = true, paramLabel = "YYYY")
        int year;
        @Option(names = "--value", required = true, paramLabel = "VALUE")
        String value;
        @Option(names = "--source", paramLabel = "SOURCE")
        String source;
        @Mixin
        PlanOption plan;

        @Override
        public Integer call() {
            try (Database database = indicator.top.openDatabase()) {
                PlanDocument document = plan.open(database);
                IndicatorTracking tracking = new IndicatorTracking(database);
                IndicatorTracking.Row row = tracking.find(document, reference);
                IndicatorValue recorded = tracking.record(document, row, year, value, source,
                        System.getProperty("user.name", "?"));
                spec.commandLine().getOut().println(Messages.get("cli.indicator.recorded", row.reference(),
                        row.indicator().wording(), String.valueOf(recorded.year()),
                        recorded.amount().stripTrailingZeros().toPlainString(), row.indicator().measure()));
            }
            return 0;
        }
    }
}
