package org.kesudesk.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.kesudesk.l10n.ContentMessages;
import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.logic.DocumentRegion;
import org.kesudesk.logic.PlanChoice;
import org.kesudesk.logic.PlanImportService;
import org.kesudesk.logic.SimplifiedScript;
import org.kesudesk.exchange.PlanData;
import org.kesudesk.exchange.PlanMerge;
import org.kesudesk.exchange.Revisions;
import org.kesudesk.model.Region;
import org.kesudesk.model.RegionSetup;
import org.kesudesk.model.Plan;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanStatistics;
import org.kesudesk.model.PlanSummary;
import org.kesudesk.parse.AliasSuggestion;
import org.kesudesk.parse.ColumnMapping;
import org.kesudesk.parse.ColumnRole;
import org.kesudesk.parse.ParseReport;
import org.kesudesk.parse.ParseWarning;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.RegionRepository;
import org.kesudesk.store.UnitRepository;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code plan …}: the plans in the database. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        subcommands = {PlanCommand.Show.class, PlanCommand.Import.class, PlanCommand.ListPlans.class,
                DeriveCommand.class, WorkPlanCommand.class, NoticeCommand.class})
final class PlanCommand {

    @ParentCommand
    KesuDeskCommand top;

    /** {@code plan show [--plan REF] [--json]}: a plan with its tree, units in stored order. */
    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class Show implements Callable<Integer> {

        @ParentCommand
        PlanCommand plan;

        @Spec
        CommandSpec spec;

        @Option(names = "--json")
        boolean json;

        @Mixin
        PlanOption planOption;

        @Override
        public Integer call() {
            try (Database database = plan.top.openDatabase()) {
                PlanDocument shown = planOption.open(database);
                String output = json ? PlanJson.write(shown) : PlanText.write(shown);
                spec.commandLine().getOut().println(output);
            }
            return 0;
        }
    }

    /**
     * {@code plan import FILE [--region CODE] [--dry-run]}: reads a plan document, prints what it found, and stores it
     * as a plan of the office's own region (or of the region named); a dry run opens no database at all.
     */
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

        @Option(names = "--accept-incomplete")
        boolean acceptIncomplete;

        @Option(names = "--to-simplified")
        boolean toSimplified;

        @Option(names = "--again")
        boolean again;

        @Option(names = "--columns", paramLabel = "C,C,…")
        String columns;

        /** The plan a revised document updates (an id, its first characters, or a region's code). */
        @Option(names = "--update", paramLabel = "REF", descriptionKey = "plan.import.update")
        String update;

        @Option(names = "--conflicts", paramLabel = "mine|theirs", descriptionKey = "plan.import.conflicts")
        Optional<PlanMerge.Choice> conflicts = Optional.empty();

        @Option(names = "--remove-reported", descriptionKey = "plan.import.removeReported")
        boolean removeReported;

        @Mixin
        RegionOption region;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (update != null) {
                return revise(out);
            }
            if (dryRun) {
                // a dry run writes nothing: no database file, no backup, no folder
                ParseReport report = PlanImportService.withoutDatabase().read(file, charset(), columnMapping());
                printReport(out, report);
                if (!report.aliasSuggestions().isEmpty()) {
                    out.println(Messages.get(acceptAliases ? "cli.import.aliasesAccepted" : "cli.import.aliasesKept"));
                }
                out.println(Messages.get("cli.import.dryRun"));
                return 0;
            }
            try (Database database = plan.top.openDatabase()) {
                UnitRepository catalogue = region.units(database);
                PlanImportService imports = new PlanImportService(new PlanRepository(database), catalogue,
                        PlanData::source);
                ParseReport read = imports.read(file, charset(), columnMapping());
                ParseReport report = toSimplified ? SimplifiedScript.simplified(read) : read;
                printReport(out, report);
                if (!toSimplified && SimplifiedScript.hasTraditional(read)) {
                    out.println(Messages.get("cli.import.traditional"));
                }
                if (report.cutOff().isPresent() && !acceptIncomplete) {
                    // a document cut off in copying: only what it holds would be stored, and only if the user says so
                    throw new UserFacingException("cli.import.cutOff", report.cutOff().get().line(),
                            report.cutOff().get().message().arguments().get(1));
                }
                if (region.code == null) {
                    // a document another region issued is not silently stored as this office's plan
                    RegionRepository regions = new RegionRepository(database);
                    Region own = regions.own().orElseThrow(() -> new UserFacingException("exchange.error.noOwnRegion"));
                    DocumentRegion.otherThanOwn(report.document().plan(), regions.all(), Optional.of(own))
                            .ifPresent(issuer -> {
                                throw new UserFacingException("cli.import.otherRegion",
                                        ContentMessages.shown(report.document().plan().issuer()), issuer.name(),
                                        issuer.code(), own.name(), own.code());
                            });
                    DocumentRegion.unknownPlace(report.document().plan(), regions.all()).ifPresent(place -> {
                        // an office of another city importing its own plan first: its region list is to be set up
                        Optional<RegionSetup> suggested = DocumentRegion.setupSuggested(report.document().plan(),
                                regions.all()).filter(setup -> regions.replaceable());
                        throw suggested.map(setup -> new UserFacingException("cli.import.unknownRegionSetUp",
                                ContentMessages.shown(report.document().plan().issuer()), ContentMessages.shown(place),
                                own.name(), own.code(), setup.own().code(), setup.city().name()))
                                .orElseGet(() -> new UserFacingException("cli.import.unknownRegion",
                                        ContentMessages.shown(report.document().plan().issuer()),
                                        ContentMessages.shown(place), own.name(), own.code()));
                    });
                }
                if (!again) {
                    // the same document again would be a second plan, without what was done on the first
                    imports.storedBefore(report, Optional.empty()).ifPresent(before -> {
                        // under its number again but saying something else: the document corrected, a revision
                        throw new UserFacingException(new Revisions(database).corrects(before, report)
                                ? "cli.import.corrected" : "cli.import.again", before.docNumber(), before.name(),
                                before.region().name(), before.id());
                    });
                    // nor a revision of a stored plan, whose edits, rounds and reports stay with the stored one
                    imports.revisedBy(report, Optional.empty()).ifPresent(earlier -> {
                        throw new UserFacingException("cli.import.revision", earlier.docNumber(), earlier.name(),
                                earlier.region().name(), earlier.id());
                    });
                }
                List<AliasSuggestion> accepted = acceptAliases ? report.aliasSuggestions() : List.of();
                if (!report.aliasSuggestions().isEmpty()) {
                    out.println(Messages.get(acceptAliases ? "cli.import.aliasesAccepted" : "cli.import.aliasesKept"));
                }
                Plan stored = imports.save(report, accepted);
                Region owner = new RegionRepository(database).all().stream()
                        .filter(r -> stored.regionId().map(r.id()::equals).orElse(false)).findFirst()
                        .orElseThrow();
                out.println(Messages.get("cli.import.saved", stored.id(), owner.name()));
            }
            return 0;
        }

        /**
         * {@code --update REF}: the document read as a revision of a stored plan, merged into it (a dry run on a
         * scratch copy of the database). Exit code 3 if conflicts wait for {@code --conflicts}.
         */
        private int revise(PrintWriter out) {
            if (again || region.code != null) {
                throw new UserFacingException("cli.revise.options");
            }
            try (DatabaseUse use = plan.top.openDatabase(dryRun)) {
                Database database = use.database();
                PlanDocument current = PlanChoice.open(database, Optional.of(update));
                UnitRepository catalogue = UnitRepository.ofPlan(database, current.plan());
                ParseReport read = new PlanImportService(new PlanRepository(database), catalogue)
                        .read(file, charset(), columnMapping());
                ParseReport report = toSimplified ? SimplifiedScript.simplified(read) : read;
                printReport(out, report);
                if (report.cutOff().isPresent() && !acceptIncomplete) {
                    throw new UserFacingException("cli.import.cutOff", report.cutOff().get().line(),
                            report.cutOff().get().message().arguments().get(1));
                }
                Revisions revisions = new Revisions(database);
                List<AliasSuggestion> accepted = acceptAliases ? report.aliasSuggestions() : List.of();
                if (!report.aliasSuggestions().isEmpty()) {
                    out.println(Messages.get(acceptAliases ? "cli.import.aliasesAccepted" : "cli.import.aliasesKept"));
                }
                Revisions.Preview preview = revisions.inspect(current, report, Map.of(), accepted);
                if (conflicts.isPresent()) {
                    preview = revisions.chosen(preview, report, preview.merge().everyConflict(conflicts.get()),
                            accepted);
                }
                out.println(Messages.get("cli.revise.plan", current.plan().docNumber().isBlank()
                        ? Messages.get("plan.docNumber.none") : current.plan().docNumber(), current.plan().name(),
                        current.plan().id()));
                return RevisionRun.DOCUMENT.run(out, spec.commandLine().getErr(), revisions, preview, dryRun,
                        conflicts.isPresent(), removeReported, true);
            }
        }

        /**
         * --columns 序号,任务,牵头单位,责任单位,其他: what each column of a table holds whose header the parser cannot
         * map, in the table's order, by the names the window shows (or number, item, task, lead, responsible, other).
         */
        private Optional<ColumnMapping> columnMapping() {
            if (columns == null) {
                return Optional.empty();
            }
            List<ColumnRole> roles = new java.util.ArrayList<>();
            for (String name : columns.split("[,，、]")) {
                String wanted = name.strip();
                roles.add(java.util.Arrays.stream(ColumnRole.values())
                        .filter(role -> wanted.equals(Messages.get("column.role." + role.name()))
                                || wanted.equalsIgnoreCase(role.name()))
                        .findFirst()
                        .orElseThrow(() -> new UserFacingException("cli.import.badColumn", wanted,
                                java.util.Arrays.stream(ColumnRole.values())
                                        .map(role -> Messages.get("column.role." + role.name()))
                                        .collect(java.util.stream.Collectors.joining("、")))));
            }
            ColumnMapping mapping = new ColumnMapping(roles);
            mapping.problem().ifPresent(problem -> {
                throw new UserFacingException(problem);
            });
            return Optional.of(mapping);
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
            // the notice's 文号 and title; a 分工表 or a plan without its notice by its own title
            org.kesudesk.model.Plan plan = document.plan();
            String docNumber = plan.docNumber().isBlank() ? Messages.get("plan.docNumber.none") : plan.docNumber();
            out.println(Messages.get("cli.import.plan", docNumber, plan.title().isBlank() ? plan.name()
                    : plan.title()).strip());
            out.println(Messages.get("cli.import.summary", stats.items(), stats.tasks(), stats.units(),
                    stats.assignments(), stats.indicators(), report.warnings().size()));
            for (ParseWarning warning : report.warnings()) {
                out.println("  " + Messages.get("cli.import.warning", warning.line(), warning.message().text()));
            }
        }
    }

    /**
     * {@code plan list [--json]}: every stored plan by region, with its period and 文号; the office's own plan for
     * this year (the one commands use without {@code --plan}) is marked.
     */
    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListPlans implements Callable<Integer> {

        @ParentCommand
        PlanCommand plan;

        @Spec
        CommandSpec spec;

        @Option(names = "--json")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Database database = plan.top.openDatabase()) {
                List<PlanSummary> plans = new PlanRepository(database).list();
                if (json) {
                    ArrayNode array = CliJson.MAPPER.createArrayNode();
                    for (PlanSummary summary : plans) {
                        ObjectNode node = array.addObject();
                        node.put("id", summary.id().toString());
                        ObjectNode region = node.putObject("region");
                        region.put("code", summary.region().code());
                        region.put("name", summary.region().name());
                        if (summary.period().isPresent()) {
                            ObjectNode period = node.putObject("period");
                            period.put("from", summary.period().get().firstYear());
                            period.put("to", summary.period().get().lastYear());
                        } else {
                            node.putNull("period");
                        }
                        node.put("title", summary.title());
                        node.put("docNumber", summary.docNumber());
                        node.put("current", summary.current());
                    }
                    out.println(CliJson.write(array));
                    return 0;
                }
                if (plans.isEmpty()) {
                    out.println(Messages.get("cli.plan.none"));
                }
                for (PlanSummary summary : plans) {
                    out.println((summary.current() ? "* " : "  ") + PlanChoice.line(summary));
                }
            }
            return 0;
        }
    }
}
