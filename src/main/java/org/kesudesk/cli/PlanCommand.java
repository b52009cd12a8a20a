package org.kesudesk.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.logic.PlanImportService;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanStatistics;
import org.kesudesk.model.PlanSummary;
import org.kesudesk.parse.AliasSuggestion;
import org.kesudesk.parse.ParseReport;
import org.kesudesk.parse.ParseWarning;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.UnitRepository;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code plan …}: the plans in the database. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        subcommands = {PlanCommand.Show.class, PlanCommand.Import.class, PlanCommand.ListPlans.class,
                PlanCommand.Use.class, DeriveCommand.class})
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

    /** {@code plan import FILE}: reads a plan document, prints what it found, and stores it as the current plan. */
    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {

        @ParentCommand
        PlanCommand plan;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "plan.import.file")
        Path file;

        @Option(names = "--encoding", paramLabel = "E")
        String encoding;

        @Option(names = "--accept-aliases")
        boolean acceptAliases;

        @Option(names = "--dry-run")
        boolean dryRun;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Database database = plan.top.openDatabase()) {
                PlanImportService imports = new PlanImportService(new PlanRepository(database),
                        new UnitRepository(database));
                ParseReport report = imports.read(file, charset());
                printReport(out, report);
                List<AliasSuggestion> accepted = acceptAliases ? report.aliasSuggestions() : List.of();
                if (!report.aliasSuggestions().isEmpty()) {
                    out.println(Messages.get(acceptAliases ? "cli.import.aliasesAccepted" : "cli.import.aliasesKept"));
                }
                if (dryRun) {
                    out.println(Messages.get("cli.import.dryRun"));
                    return 0;
                }
                PlanDocument stored = imports.save(report, accepted);
                out.println(Messages.get("cli.import.saved", stored.plan().id()));
            }
            return 0;
        }

        private Optional<Charset> charset() {
            if (encoding == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(Charset.forName(encoding));
            } catch (IllegalArgumentException e) {
                throw new UserFacingException(e, "cli.import.badEncoding", encoding);
            }
        }

        private static void printReport(PrintWriter out, ParseReport report) {
            PlanDocument document = report.document();
            PlanStatistics stats = PlanStatistics.of(document);
            out.println(Messages.get("cli.import.read", report.source(), report.encoding()));
            out.println(Messages.get("cli.import.plan", document.plan().docNumber(), document.plan().title()));
            out.println(Messages.get("cli.import.summary", stats.items(), stats.tasks(), stats.units(),
                    stats.assignments(), stats.indicators(), report.warnings().size()));
            for (ParseWarning warning : report.warnings()) {
                out.println("  " + Messages.get("cli.import.warning", warning.line(), warning.message().text()));
            }
        }
    }

    /** {@code plan list}: every stored plan; the current one is marked. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListPlans implements Callable<Integer> {

        private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(ZoneId.systemDefault());

        @ParentCommand
        PlanCommand plan;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Database database = plan.top.openDatabase()) {
                List<PlanSummary> plans = new PlanRepository(database).list();
                if (plans.isEmpty()) {
                    out.println(Messages.get("cli.plan.none"));
                }
                for (PlanSummary summary : plans) {
                    out.println(Messages.get("cli.plan.listLine", summary.current() ? "*" : " ", summary.id(),
                            WHEN.format(summary.createdAt()), summary.docNumber(), summary.title()));
                }
            }
            return 0;
        }
    }

    /** {@code plan use ID}: makes another plan the current one; the start of its id is enough. */
    @Command(name = "use", mixinStandardHelpOptions = true)
    static final class Use implements Callable<Integer> {

        @ParentCommand
        PlanCommand plan;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "plan.use.id")
        String id;

        @Override
        public Integer call() {
            try (Database database = plan.top.openDatabase()) {
                PlanRepository plans = new PlanRepository(database);
                List<PlanSummary> matches = plans.list().stream()
                        .filter(summary -> summary.id().toString().startsWith(id.toLowerCase(Locale.ROOT)))
                        .toList();
                if (matches.isEmpty()) {
                    throw new UserFacingException("cli.plan.use.none", id);
                }
                if (matches.size() > 1) {
                    throw new UserFacingException("cli.plan.use.ambiguous", id, matches.size());
                }
                PlanSummary chosen = matches.get(0);
                plans.makeCurrent(chosen.id());
                spec.commandLine().getOut().println(Messages.get("cli.plan.use.done", chosen.docNumber(),
                        chosen.title()));
            }
            return 0;
        }
    }
}
