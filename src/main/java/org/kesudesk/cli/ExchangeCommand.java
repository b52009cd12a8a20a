package org.kesudesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.kesudesk.exchange.Ledgers;
import org.kesudesk.exchange.PlanExchange;
import org.kesudesk.exchange.PlanMerge;
import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.store.Database;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code exchange export --region CODE --out FILE} and {@code exchange import FILE [--dry-run] [--trust-new-key]
 * [--conflicts mine|theirs]}: plans sent between the city and its counties as signed .kesu files.
 */
@Command(name = "exchange", mixinStandardHelpOptions = true,
        subcommands = {ExchangeCommand.Export.class, ExchangeCommand.Import.class,
                ExchangeCommand.LedgerExport.class, ExchangeCommand.LedgerImport.class})
final class ExchangeCommand {

    /** Exit code of an import that stopped at conflicts the user has not settled. */
    static final int UNSETTLED_CONFLICTS = 3;
    /** Changes listed one by one; more are counted. */
    private static final int LISTED = 50;

    @ParentCommand
    KesuDeskCommand top;

    @Command(name = "export", mixinStandardHelpOptions = true)
    static final class Export implements Callable<Integer> {
        @ParentCommand
        ExchangeCommand exchange;
        @Spec
        CommandSpec spec;
        @Option(names = "--region", paramLabel = "CODE", descriptionKey = "exchange.export.region")
        String regionCode;
        @Option(names = "--all", descriptionKey = "exchange.export.all")
        boolean all;
        @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "exchange.export.out")
        Path out;
        /** The plan whose years the file's plans are of (the office's own, or a county's); default: this year. */
        @Option(names = "--plan", paramLabel = "REF", descriptionKey = "exchange.export.plan")
        String plan;

        @Override
        public Integer call() {
            if (all && regionCode != null) {
                throw new UserFacingException("cli.exchange.regionOrAll");
            }
            PrintWriter stdout = spec.commandLine().getOut();
            try (Database database = exchange.top.openDatabase()) {
                java.util.Optional<org.kesudesk.model.PlanPeriod> period = plan == null ? java.util.Optional.empty()
                        : org.kesudesk.logic.PlanChoice.open(database, java.util.Optional.of(plan)).plan().period();
                if (!all) {
                    // a county sends its city, the only office it sends to: no need to name it
                    String recipient = regionCode != null ? regionCode : countysCity(database)
                            .orElseThrow(() -> new UserFacingException("cli.exchange.regionOrAll"));
                    PlanExchange.Exported exported = new PlanExchange(database).export(recipient, out, period);
                    stdout.println(Messages.get("cli.exchange.exported", out.toAbsolutePath(),
                            exported.recipient().name(), exported.planTitle(), exported.tasks()));
                    exported.filesSummary().forEach(stdout::println);
                    return 0;
                }
                boolean failed = false;
                for (PlanExchange.BatchExport one : new PlanExchange(database).exportAll(out, period)) {
                    if (one.exported().isPresent()) {
                        PlanExchange.Exported exported = one.exported().get();
                        stdout.println(Messages.get("cli.exchange.exported", exported.file().toAbsolutePath(),
                                exported.recipient().name(), exported.planTitle(), exported.tasks()));
                        exported.filesSummary().forEach(stdout::println);
                    } else {
                        failed = true;
                        spec.commandLine().getErr().println(Messages.get("cli.exchange.exportFailed",
                                one.recipient().name(), one.failure().orElse("")));
                    }
                }
                return failed ? 1 : 0;
            }
        }
    }

    /** For a county's office, its city's code; empty for a city (or an office whose region is not chosen). */
    private static java.util.Optional<String> countysCity(Database database) {
        org.kesudesk.store.RegionRepository regions = new org.kesudesk.store.RegionRepository(database);
        return regions.own().filter(own -> own.kind() == org.kesudesk.model.RegionKind.COUNTY)
                .flatMap(own -> own.cityIn(regions.all())).map(org.kesudesk.model.Region::code);
    }

    @Command(name = "ledger-export", mixinStandardHelpOptions = true)
    static final class LedgerExport implements Callable<Integer> {
        @ParentCommand
        ExchangeCommand exchange;
        @Spec
        CommandSpec spec;
        @Option(names = "--out", paramLabel = "FILE", required = true)
        Path out;
        /** The region whose plan's ledger to write (the same as {@code --plan CODE}). */
        @Option(names = "--region", paramLabel = "CODE", descriptionKey = "exchange.ledgerExport.region")
        Optional<String> regionCode = Optional.empty();
        @Mixin
        PlanOption planOption;

        @Override
        public Integer call() {
            try (Database database = exchange.top.openDatabase()) {
                if (regionCode.isPresent() && planOption.reference == null) {
                    planOption.reference = regionCode.get();
                }
                long tasks = new Ledgers(database).export(planOption.open(database), out);
                spec.commandLine().getOut().println(Messages.get("cli.ledger.exported", out.toAbsolutePath(), tasks));
            }
            return 0;
        }
    }

    @Command(name = "ledger-import", mixinStandardHelpOptions = true)
    static final class LedgerImport implements Callable<Integer> {
        @ParentCommand
        ExchangeCommand exchange;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "exchange.ledgerImport.file")
        Path file;
        @Option(names = "--dry-run")
        boolean dryRun;
        @Option(names = "--accept-new-units")
        boolean acceptNewUnits;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (DatabaseUse use = exchange.top.openDatabase(dryRun)) {
                Ledgers ledgers = new Ledgers(use.database());
                Ledgers.Preview preview = ledgers.inspect(file);
                printChanges(out, preview.merge());
                if (!preview.deadlines().isEmpty()) {
                    out.println(Messages.get("cli.ledger.deadlines", preview.deadlines().size()));
                }
                if (!preview.newUnits().isEmpty()) {
                    out.println(Messages.get("cli.ledger.newUnits", preview.newUnits().size(),
                            String.join("、", preview.newUnits())));
                }
                if (dryRun) {
                    out.println(Messages.get("cli.exchange.dryRun"));
                    return 0;
                }
                if (preview.changesNothing()) {
                    out.println(Messages.get("cli.exchange.nothingToDo"));
                    return 0;
                }
                Ledgers.Imported imported = ledgers.apply(preview, acceptNewUnits);
                imported.backup().ifPresent(backup -> out.println(Messages.get("cli.exchange.backup", backup)));
                out.println(Messages.get("cli.exchange.imported", imported.applied().inserted(),
                        imported.applied().updated(), imported.applied().deleted()));
            }
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        @ParentCommand
        ExchangeCommand exchange;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0..*", arity = "1..*", paramLabel = "FILE", descriptionKey = "exchange.import.files")
        List<Path> files;
        @Option(names = "--dry-run")
        boolean dryRun;
        @Option(names = "--trust-new-key", descriptionKey = "exchange.import.trustNewKey")
        boolean trustNewKey;
        @Option(names = "--conflicts", paramLabel = "mine|theirs", descriptionKey = "exchange.import.conflicts")
        Optional<PlanMerge.Choice> conflicts = Optional.empty();
        @Option(names = "--remove-reported", descriptionKey = "exchange.import.removeReported")
        boolean removeReported;

        /**
         * Imports the files in turn, each in its own transaction, the database backed up once before the first
         * change (the next file is checked while one is written). A file that is refused, or stops at conflicts,
         * is reported and the others still go in; the exit code says the worst that happened (1 refused, 3
         * conflicts not settled).
         */
        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            boolean[] refusedAny = {false};
            boolean[] unsettledAny = {false};
            List<String> receiptsDue = new java.util.ArrayList<>();
            String doing = Cli.doing(spec);
            try (DatabaseUse use = exchange.top.openDatabase(dryRun);
                 PlanExchange service = new PlanExchange(use.database())) {
                service.importAll(files, trustNewKey, preview -> {
                    if (files.size() > 1) {
                        out.println(Messages.get("cli.exchange.file", preview.file()));
                    }
                    PlanExchange.Preview settled = conflicts.map(preview::chooseAll).orElse(preview);
                    PlanExchange.Preview chosen = removeReported ? settled.confirmRemoval() : settled;
                    print(out, chosen);
                    if (!chosen.reportedGone().isEmpty()) {
                        out.println(Messages.get("cli.exchange.reportedGone", chosen.reportedGone().size(),
                                String.join("、", chosen.reportedGone())));
                    }
                    if (dryRun) {
                        out.println(Messages.get("cli.exchange.dryRun"));
                        return Optional.empty();
                    }
                    if (!chosen.merge().conflicts().isEmpty() && conflicts.isEmpty()) {
                        err.println(Messages.get("cli.exchange.unsettled", chosen.merge().conflicts().size()));
                        unsettledAny[0] = true;
                        return Optional.empty();
                    }
                    if (chosen.changesNothing() && chosen.mine().isPresent()) {
                        out.println(Messages.get("cli.exchange.nothingToDo"));
                        return Optional.empty();
                    }
                    return Optional.of(chosen);
                }, outcome -> {
                    outcome.failure().ifPresent(failure -> {
                        refusedAny[0] = true;
                        String reason = org.kesudesk.logic.FailureReports.message(doing, failure,
                                exchange.top.directories());
                        err.println(files.size() == 1 ? reason
                                : Messages.get("cli.exchange.refused", outcome.file().getFileName(), reason));
                    });
                    outcome.imported().ifPresent(imported -> {
                        imported.backup().ifPresent(backup -> out.println(Messages.get("cli.exchange.backup",
                                backup)));
                        out.println(Messages.get("cli.exchange.imported", imported.applied().inserted(),
                                imported.applied().updated(), imported.applied().deleted()));
                        imported.doneAlongside().forEach(out::println);
                        if (imported.receiptDue()) {
                            receiptsDue.add(imported.preview().sender().name());
                        }
                    });
                });
            }
            if (!receiptsDue.isEmpty()) {
                out.println(Messages.get("cli.exchange.receiptDue", String.join("、", receiptsDue)));
            }
            // a refused file is worse than one waiting for a choice
            return refusedAny[0] ? 1 : unsettledAny[0] ? UNSETTLED_CONFLICTS : 0;
        }

        private static void print(PrintWriter out, PlanExchange.Preview preview) {
            out.println(Messages.get("cli.exchange.verified", preview.sender().name(), preview.sender().code(),
                    preview.senderFingerprint(), preview.header().createdAt().atZoneSameInstant(ZoneId.systemDefault())
                            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                    preview.tasksInFile(), preview.planRegion().name()));
            if (preview.newSenderKey()) {
                out.println(Messages.get("cli.exchange.keyAccepted", preview.sender().name()));
            }
            preview.adoptedRegion().ifPresent(region ->
                    out.println(Messages.get("cli.exchange.adoptRegion", region.name(), region.code())));
            if (preview.importedBefore()) {
                out.println(Messages.get("cli.exchange.importedBefore"));
            }
            printChanges(out, preview.merge());
            preview.progressSummary().forEach(out::println);
        }
    }

    /** What a merge changes here: counts by kind of row, then each change (the first {@value #LISTED}). */
    static void printChanges(PrintWriter out, PlanMerge.Result merge) {
        merge.summary().forEach(out::println);
        if (!merge.changesNothing()) {
            merge.changes().stream().limit(LISTED).forEach(change -> out.println(Messages.get(
                    "cli.exchange.change." + change.type().name(), Messages.get("exchange.row." + change.kind()),
                    change.subject(), change.before().orElse(""), change.after().orElse(""))));
            if (merge.changes().size() > LISTED) {
                out.println(Messages.get("cli.exchange.more", merge.changes().size() - LISTED));
            }
        }
        for (PlanMerge.Conflict conflict : merge.conflicts()) {
            out.println(Messages.get("cli.exchange.conflict", Messages.get("exchange.row." + conflict.kind()),
                    conflict.subject(), conflict.mine().orElse(Messages.get("exchange.removed")),
                    conflict.theirs().orElse(Messages.get("exchange.removed")),
                    Messages.get("exchange.choice." + conflict.choice().name())));
        }
    }
}
