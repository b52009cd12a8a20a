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
import org.kesudesk.logic.progress.Chases;
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
        subcommands = {ProgressCommand.Report.class, ProgressCommand.Show.class, ProgressCommand.LedgerExport.class,
                ProgressCommand.LedgerImport.class, ProgressCommand.Counties.class, ProgressCommand.WarningDays.class,
                ProgressCommand.ChaseList.class, ProgressCommand.Chase.class, ProgressCommand.ChaseRecords.class,
                ProgressCommand.ChaseRemove.class, ProgressCommand.ChaseImport.class})
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
        @Option(names = "--round", paramLabel = "NAME")
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
        @Option(names = "--attach", paramLabel = "FILE")
        List<java.nio.file.Path> attach = new java.util.ArrayList<>();
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
                ReportingRound chosen = tracking.roundOrCurrent(document, java.util.Optional.ofNullable(round));
                ProgressTracking.Stored result = tracking.report(document, chosen, task, reporting, entry,
                        System.getProperty("user.name", "?"), attach);
                ProgressReport stored = result.report();
                spec.commandLine().getOut().println(Messages.get("cli.progress.reported", reference,
                        reporting.name(), chosen.name(), ProgressTracking.statusName(stored.status()),
                        stored.percent()));
                result.attached().forEach(file -> spec.commandLine().getOut().println(Messages.get(
                        "cli.progress.attached", file.name(), file.size())));
            }
            return 0;
        }

        private static String nonNull(String value) {
            return value == null ? "" : value;
        }
    }

    /** {@code progress show --round NAME [--json] [--date YYYY-MM-DD] [--to-chase] [--plan REF]}. */
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
        @Option(names = "--to-chase", descriptionKey = "progress.show.toChase")
        boolean toChase;
        @Mixin
        PlanOption plan;

        @Override
        public Integer call() {
            LocalDate today = date == null ? LocalDate.now() : ProgressText.date("--date", date);
            PrintWriter out = spec.commandLine().getOut();
            try (Database database = progress.top.openDatabase()) {
                PlanDocument document = plan.open(database);
                ProgressTracking tracking = new ProgressTracking(database);
                ReportingRound chosen = tracking.roundOrCurrent(document, java.util.Optional.ofNullable(round));
                List<ProgressTracking.Row> rows = tracking.rows(document, chosen, today).stream()
                        .filter(row -> !toChase || row.toChase()).toList();
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
                        node.put("toChase", row.toChase());
                        ArrayNode files = node.putArray("evidence");
                        row.evidence().forEach(file -> files.addObject().put("name", file.name())
                                .put("size", file.size()).put("sha256", file.hash()));
                        if (!row.counties().isEmpty()) {
                            // the city's counties' row: each county's standing on the task in its own plan
                            ArrayNode counties = node.putArray("counties");
                            row.counties().forEach(standing -> counties.addObject()
                                    .put("code", standing.county().code()).put("name", standing.county().name())
                                    .put("hasTask", standing.hasTask()).put("reported", standing.reported())
                                    .put("units", standing.rows().size())
                                    .put("light", ProgressTracking.lightCode(standing.light())));
                        }
                    }
                    out.println(CliJson.write(array));
                } else {
                    out.println(Messages.get("cli.progress.heading", document.plan().name(), chosen.name(),
                            chosen.due().toString()));
                    for (ProgressTracking.Row row : rows) {
                        out.println(Messages.get("cli.progress.line", ProgressTracking.lightName(row.light()),
                                row.reference(), row.unit().name(),
                                row.report().map(r -> row.statusText() + " " + r.percent() + "%")
                                        .orElseGet(row::statusText),
                                row.deadline().map(ProgressTracking::deadlineName).orElse("—"))
                                + (row.toChase() ? Messages.get("cli.progress.toChase") : ""));
                    }
                }
            }
            return 0;
        }
    }

    /** {@code progress ledger-export --round NAME (--unit UNIT | --all) --out PATH [--plan REF]}. */
    @Command(name = "ledger-export", mixinStandardHelpOptions = true)
    static final class LedgerExport implements Callable<Integer> {
        @ParentCommand
        ProgressCommand progress;
        @Spec
        CommandSpec spec;
        @Option(names = "--round", paramLabel = "NAME")
        String round;
        @Option(names = "--unit", paramLabel = "UNIT", descriptionKey = "progress.ledgerExport.unit")
        String unit;
        @Option(names = "--all")
        boolean all;
        @Option(names = "--out", required = true, paramLabel = "PATH", descriptionKey = "progress.ledger.out")
        java.nio.file.Path out;
        @Mixin
        PlanOption plan;

        @Override
        public Integer call() {
            if (all == (unit != null)) {
                throw new org.kesudesk.l10n.UserFacingException("cli.progress.ledgerWhich");
            }
            PrintWriter printed = spec.commandLine().getOut();
            try (Database database = progress.top.openDatabase()) {
                PlanDocument document = plan.open(database);
                ReportingRound chosen = new ProgressTracking(database).roundOrCurrent(document,
                        java.util.Optional.ofNullable(round));
                org.kesudesk.exchange.ProgressLedgers ledgers = new org.kesudesk.exchange.ProgressLedgers(database);
                List<org.kesudesk.exchange.ProgressLedgers.Exported> written = all
                        ? ledgers.exportAll(document, chosen, out)
                        : List.of(ledgers.export(document, chosen, UnitCommand.require(
                                UnitRepository.ofPlan(database, document.plan()), unit), out));
                for (org.kesudesk.exchange.ProgressLedgers.Exported sheet : written) {
                    printed.println(Messages.get("cli.progress.ledgerWritten", sheet.file().toAbsolutePath(),
                            sheet.unit().name(), sheet.tasks()));
                }
                printed.println(Messages.get("cli.progress.ledgersWritten", written.size(), chosen.name()));
                List<org.kesudesk.model.Unit> collectives =
                        org.kesudesk.exchange.ProgressLedgers.collectivesWithoutSheets(document);
                if (all && !collectives.isEmpty()) {
                    printed.println(Messages.get("cli.progress.ledgerCollectives", String.join("、",
                            collectives.stream().map(org.kesudesk.model.Unit::name).toList())));
                }
            }
            return 0;
        }
    }

    /** {@code progress ledger-import FILE… [--round NAME] [--dry-run]}. */
    @Command(name = "ledger-import", mixinStandardHelpOptions = true)
    static final class LedgerImport implements Callable<Integer> {
        @ParentCommand
        ProgressCommand progress;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "progress.ledger.files")
        List<java.nio.file.Path> files;
        @Option(names = "--round", paramLabel = "NAME", descriptionKey = "progress.ledgerImport.round")
        String round;
        @Option(names = "--dry-run")
        boolean dryRun;

        @Override
        public Integer call() {
            PrintWriter printed = spec.commandLine().getOut();
            try (DatabaseUse use = progress.top.openDatabase(dryRun)) {
                org.kesudesk.exchange.ProgressLedgers ledgers =
                        new org.kesudesk.exchange.ProgressLedgers(use.database());
                List<org.kesudesk.exchange.ProgressLedgers.Checked> checked =
                        ledgers.check(files, java.util.Optional.ofNullable(round));
                for (org.kesudesk.exchange.ProgressLedgers.Checked file : checked) {
                    printed.println(Messages.get("cli.progress.ledgerChecked", file.file().getFileName(),
                            file.unit().name(), file.round().name(), file.filled(), file.reports().size(),
                            file.unchanged()));
                    file.liaison().ifPresent(liaison -> printed.println(Messages.get("cli.progress.ledgerLiaison",
                            file.unit().name(), liaison.shown())));
                }
                if (dryRun) {
                    printed.println(Messages.get("cli.progress.dryRun"));
                    return 0;
                }
                org.kesudesk.exchange.ProgressLedgers.Imported imported = ledgers.apply(checked);
                printed.println(Messages.get("cli.progress.ledgersImported", checked.size(), imported.reports()));
                imported.backup().ifPresent(backup -> printed.println(Messages.get("cli.exchange.backup", backup)));
            }
            return 0;
        }
    }

    /**
     * {@code progress chase-list [--round NAME] [--date YYYY-MM-DD] [--json] [--out FILE.xlsx]}: the units to chase on
     * the day (those the 督办通知单 go to), how many tasks each, and whom to call there.
     */
    @Command(name = "chase-list", mixinStandardHelpOptions = true)
    static final class ChaseList implements Callable<Integer> {
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
        @Option(names = "--out", paramLabel = "FILE", descriptionKey = "progress.chaseList.out")
        java.nio.file.Path out;
        @Mixin
        PlanOption plan;

        @Override
        public Integer call() {
            LocalDate today = date == null ? LocalDate.now() : ProgressText.date("--date", date);
            PrintWriter printed = spec.commandLine().getOut();
            try (Database database = progress.top.openDatabase()) {
                PlanDocument document = plan.open(database);
                ProgressTracking tracking = new ProgressTracking(database);
                ReportingRound chosen = tracking.roundOrCurrent(document, java.util.Optional.ofNullable(round));
                List<org.kesudesk.logic.progress.Supervision.ToChase> units =
                        new org.kesudesk.logic.progress.Supervision(tracking).toChase(document, chosen, today);
                java.util.Map<java.util.UUID, org.kesudesk.model.UnitLiaison> liaisons =
                        UnitRepository.ofPlan(database, document.plan()).liaisons();
                java.util.Map<java.util.UUID, List<org.kesudesk.model.ChaseRecord>> chases =
                        new Chases(database).byUnit(chosen);
                // beside a city's own plan, its counties' offices behind in their plans, under the units
                List<org.kesudesk.logic.progress.Supervision.CountyToChase> counties =
                        new org.kesudesk.logic.progress.Supervision(tracking).countiesToChase(document, chosen, today);
                java.util.Map<java.util.UUID, List<org.kesudesk.model.ChaseRecord>> countyChases =
                        counties.isEmpty() ? java.util.Map.of() : new Chases(database).byCounty(chosen);
                if (out != null) {
                    org.kesudesk.exchange.LiaisonLists.writeChaseList(Messages.get("progress.chaseList.title",
                                    document.plan().name().strip(), chosen.name(),
                                    org.kesudesk.documents.NoticeHeader.chineseDate(today)), units, liaisons, chases,
                            counties, countyChases, today, out);
                }
                if (json) {
                    ArrayNode array = CliJson.MAPPER.createArrayNode();
                    for (org.kesudesk.logic.progress.Supervision.ToChase unit : units) {
                        org.kesudesk.model.UnitLiaison liaison = liaisons.getOrDefault(unit.unit().id(),
                                org.kesudesk.model.UnitLiaison.NONE);
                        List<org.kesudesk.model.ChaseRecord> earlier =
                                chases.getOrDefault(unit.unit().id(), List.of());
                        array.addObject().put("unit", unit.unit().name()).put("tasks", unit.tasks())
                                .put("unreported", unit.unreported()).put("person", liaison.person())
                                .put("phone", liaison.phone()).put("chases", earlier.size())
                                .put("lastChase", earlier.isEmpty() ? null
                                        : Chases.line(earlier.get(earlier.size() - 1)))
                                .put("promiseMissed", Chases.promiseMissed(earlier, unit.unreported() == 0, today)
                                        .map(chase -> chase.promised().orElseThrow().toString()).orElse(null));
                    }
                    for (org.kesudesk.logic.progress.Supervision.CountyToChase county : counties) {
                        List<org.kesudesk.model.ChaseRecord> earlier =
                                countyChases.getOrDefault(county.county().id(), List.of());
                        array.addObject().put("unit", Chases.countyOffice(county.county()))
                                .put("county", county.county().code())
                                .put("tasks", county.tasks()).put("unreported", county.unreported())
                                .put("chases", earlier.size()).put("lastChase", earlier.isEmpty() ? null
                                        : Chases.line(earlier.get(earlier.size() - 1)));
                    }
                    printed.println(CliJson.write(array));
                } else if (units.isEmpty() && counties.isEmpty()) {
                    printed.println(Messages.get("progress.chaseList.none", chosen.name(),
                            org.kesudesk.documents.NoticeHeader.chineseDate(today)));
                } else {
                    for (org.kesudesk.logic.progress.Supervision.ToChase unit : units) {
                        org.kesudesk.model.UnitLiaison liaison = liaisons.getOrDefault(unit.unit().id(),
                                org.kesudesk.model.UnitLiaison.NONE);
                        List<org.kesudesk.model.ChaseRecord> earlier =
                                chases.getOrDefault(unit.unit().id(), List.of());
                        printed.println(Messages.get("cli.progress.chaseLine", unit.unit().name(), unit.tasks(),
                                unit.unreported(), liaison.isNone() ? Messages.get("cli.progress.chaseNoLiaison")
                                        : liaison.shown(), earlier.isEmpty() ? "" : Messages.get(
                                        "cli.progress.chaseLine.earlier", Chases.count(earlier),
                                        Chases.line(earlier.get(earlier.size() - 1))
                                                + Chases.promiseMissed(earlier, unit.unreported() == 0, today)
                                                .map(Chases::promiseMissedNote).orElse(""))));
                    }
                    for (org.kesudesk.logic.progress.Supervision.CountyToChase county : counties) {
                        List<org.kesudesk.model.ChaseRecord> earlier =
                                countyChases.getOrDefault(county.county().id(), List.of());
                        printed.println(Messages.get("cli.progress.chaseLine",
                                Chases.countyOffice(county.county()), county.tasks(),
                                county.unreported(), Messages.get("cli.progress.chaseNoLiaison"),
                                earlier.isEmpty() ? "" : Messages.get("cli.progress.chaseLine.earlier",
                                        Chases.count(earlier), Chases.line(earlier.get(earlier.size() - 1)))));
                    }
                }
                if (out != null) {
                    printed.println(Messages.get("cli.progress.chaseListWritten", out, units.size()
                            + counties.size()));
                }
            }
            return 0;
        }
    }

    /**
     * {@code progress chase (UNIT | --county CODE|NAME) [--round NAME] [--date YYYY-MM-DD] [--means M]
     * [--person NAME] [--answer T] [--promised YYYY-MM-DD] [--plan REF]}: notes that the office chased the unit, or
     * (a city) the county's office (催办记录).
     */
    @Command(name = "chase", mixinStandardHelpOptions = true)
    static final class Chase implements Callable<Integer> {
        @ParentCommand
        ProgressCommand progress;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", arity = "0..1", paramLabel = "UNIT", descriptionKey = "progress.chase.unit")
        String unit;
        @Option(names = "--county", paramLabel = "CODE|NAME", descriptionKey = "progress.chase.county")
        String county;
        @Option(names = "--round", paramLabel = "NAME")
        String round;
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "progress.chase.date")
        String date;
        @Option(names = "--means", paramLabel = "M", descriptionKey = "progress.chase.means")
        String means;
        @Option(names = "--person", paramLabel = "NAME", descriptionKey = "progress.chase.person")
        String person;
        @Option(names = "--answer", paramLabel = "T", descriptionKey = "progress.chase.answer")
        String answer;
        @Option(names = "--promised", paramLabel = "YYYY-MM-DD", descriptionKey = "progress.chase.promised")
        String promised;
        @Mixin
        PlanOption plan;

        @Override
        public Integer call() {
            LocalDate today = LocalDate.now();
            Chases.Entry entry = new Chases.Entry(date == null ? today : ProgressText.date("--date", date),
                    means == null ? org.kesudesk.model.ChaseMeans.PHONE : Chases.means(means),
                    person == null ? "" : person, answer == null ? "" : answer,
                    java.util.Optional.ofNullable(promised).map(typed -> ProgressText.date("--promised", typed)));
            if ((unit == null) == (county == null)) {
                throw new org.kesudesk.l10n.UserFacingException("cli.progress.chaseWhom");
            }
            try (Database database = progress.top.openDatabase()) {
                PlanDocument document = plan.open(database);
                if (county != null) {
                    ProgressTracking tracking = new ProgressTracking(database);
                    java.util.List<org.kesudesk.model.Region> regions =
                            new org.kesudesk.store.RegionRepository(database).all();
                    org.kesudesk.model.Region chasedCounty = regions.stream()
                            .filter(region -> region.name().equals(county.strip())).findFirst()
                            .orElseGet(() -> org.kesudesk.logic.PlanChoice.region(regions, county));
                    ReportingRound chosen = tracking.roundOrCurrent(document, java.util.Optional.ofNullable(round));
                    org.kesudesk.model.ChaseRecord stored = new Chases(database).recordCounty(document, chosen,
                            chasedCounty, tracking.countyPlans(document, today), entry,
                            System.getProperty("user.name", "?"), today);
                    spec.commandLine().getOut().println(Messages.get("cli.progress.chased",
                            Chases.countyOffice(chasedCounty), chosen.name(),
                            Chases.line(stored)));
                    return 0;
                }
                Unit chased = UnitCommand.require(UnitRepository.ofPlan(database, document.plan()), unit);
                ReportingRound chosen = new ProgressTracking(database).roundOrCurrent(document,
                        java.util.Optional.ofNullable(round));
                org.kesudesk.model.ChaseRecord stored = new Chases(database).record(document, chosen, chased, entry,
                        System.getProperty("user.name", "?"), today);
                spec.commandLine().getOut().println(Messages.get("cli.progress.chased", chased.name(), chosen.name(),
                        Chases.line(stored)));
            }
            return 0;
        }
    }

    /** {@code progress chases [--round NAME] [--unit UNIT] [--json] [--plan REF]}: the round's 催办记录. */
    @Command(name = "chases", mixinStandardHelpOptions = true)
    static final class ChaseRecords implements Callable<Integer> {
        @ParentCommand
        ProgressCommand progress;
        @Spec
        CommandSpec spec;
        @Option(names = "--round", paramLabel = "NAME")
        String round;
        @Option(names = "--unit", paramLabel = "UNIT", descriptionKey = "progress.chase.unitFilter")
        String unit;
        @Option(names = "--json")
        boolean json;
        @Mixin
        PlanOption plan;

        @Override
        public Integer call() {
            PrintWriter printed = spec.commandLine().getOut();
            try (Database database = progress.top.openDatabase()) {
                PlanDocument document = plan.open(database);
                UnitRepository units = UnitRepository.ofPlan(database, document.plan());
                java.util.Optional<Unit> only = java.util.Optional.ofNullable(unit)
                        .map(name -> UnitCommand.require(units, name));
                ReportingRound chosen = new ProgressTracking(database).roundOrCurrent(document,
                        java.util.Optional.ofNullable(round));
                java.util.Map<java.util.UUID, String> names = new java.util.HashMap<>();
                units.all().forEach(known -> names.put(known.id(), known.name()));
                List<org.kesudesk.model.ChaseRecord> chases = new java.util.ArrayList<>(new Chases(database)
                        .chases(chosen).stream()
                        .filter(chase -> only.map(u -> u.id().equals(chase.chasedId())).orElse(true)).toList());
                // a city's chases of its counties' offices after the units', unless one unit's are asked for
                java.util.Map<java.util.UUID, String> countyCodes = new java.util.HashMap<>();
                if (only.isEmpty()) {
                    new org.kesudesk.store.RegionRepository(database).all().forEach(region -> {
                        names.put(region.id(), Chases.countyOffice(region));
                        countyCodes.put(region.id(), region.code());
                    });
                    new Chases(database).byCounty(chosen).values().forEach(chases::addAll);
                }
                if (json) {
                    ArrayNode array = CliJson.MAPPER.createArrayNode();
                    for (org.kesudesk.model.ChaseRecord chase : chases) {
                        ObjectNode node = array.addObject();
                        node.put("id", chase.id().toString());
                        node.put("unit", names.getOrDefault(chase.chasedId(), ""));
                        node.put("county", countyCodes.get(chase.chasedId()));
                        node.put("date", chase.chasedOn().toString());
                        node.put("means", chase.means().name());
                        node.put("person", chase.person());
                        node.put("answer", chase.answer());
                        node.put("promised", chase.promised().map(LocalDate::toString).orElse(null));
                        node.put("recordedBy", chase.recordedBy());
                        node.put("recordedAt", chase.recordedAt().toString());
                    }
                    printed.println(CliJson.write(array));
                } else if (chases.isEmpty()) {
                    printed.println(Messages.get("cli.progress.noChases", chosen.name()));
                } else {
                    for (org.kesudesk.model.ChaseRecord chase : chases) {
                        printed.println(Messages.get("cli.progress.chaseRecord", names.getOrDefault(chase.chasedId(), ""),
                                Chases.line(chase), chase.id()));
                    }
                }
            }
            return 0;
        }
    }

    /** {@code progress chase-remove ID [--plan REF]}: removes a 催办记录 noted by mistake. */
    @Command(name = "chase-remove", mixinStandardHelpOptions = true)
    static final class ChaseRemove implements Callable<Integer> {
        @ParentCommand
        ProgressCommand progress;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "progress.chase.id")
        String id;
        @Mixin
        PlanOption plan;

        @Override
        public Integer call() {
            try (Database database = progress.top.openDatabase()) {
                PlanDocument document = plan.open(database);
                UnitRepository units = UnitRepository.ofPlan(database, document.plan());
                Chases chases = new Chases(database);
                for (ReportingRound each : new ProgressTracking(database).rounds(document)) {
                    for (java.util.List<org.kesudesk.model.ChaseRecord> ofCounty : chases.byCounty(each).values()) {
                        for (org.kesudesk.model.ChaseRecord chase : ofCounty) {
                            if (chase.id().toString().equalsIgnoreCase(id.strip())) {
                                org.kesudesk.model.Region county = new org.kesudesk.store.RegionRepository(database)
                                        .all().stream().filter(r -> r.id().equals(chase.chasedId())).findFirst()
                                        .orElseThrow();
                                chases.removeCounty(chase, each, county);
                                spec.commandLine().getOut().println(Messages.get("cli.progress.chaseRemoved",
                                        Chases.countyOffice(county), each.name(),
                                        Chases.line(chase)));
                                return 0;
                            }
                        }
                    }
                    for (org.kesudesk.model.ChaseRecord chase : chases.chases(each)) {
                        if (chase.id().toString().equalsIgnoreCase(id.strip())) {
                            Unit chased = units.all().stream().filter(u -> u.id().equals(chase.chasedId())).findFirst()
                                    .orElseThrow();
                            chases.remove(chase, each, chased);
                            spec.commandLine().getOut().println(Messages.get("cli.progress.chaseRemoved",
                                    chased.name(), each.name(), Chases.line(chase)));
                            return 0;
                        }
                    }
                }
                throw new org.kesudesk.l10n.UserFacingException("cli.progress.noSuchChase", id.strip(),
                        document.plan().name().strip());
            }
        }
    }

    /**
     * {@code progress chase-import FILE [--round NAME] [--dry-run] [--plan REF]}: the answers noted on a 催办名单, as
     * telephone chases of its units.
     */
    @Command(name = "chase-import", mixinStandardHelpOptions = true)
    static final class ChaseImport implements Callable<Integer> {
        @ParentCommand
        ProgressCommand progress;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "progress.chaseImport.file")
        java.nio.file.Path file;
        @Option(names = "--round", paramLabel = "NAME")
        String round;
        @Option(names = "--dry-run")
        boolean dryRun;
        @Mixin
        PlanOption plan;

        @Override
        public Integer call() {
            PrintWriter printed = spec.commandLine().getOut();
            try (Database database = progress.top.openDatabase()) {
                PlanDocument document = plan.open(database);
                ReportingRound chosen = new ProgressTracking(database).roundOrCurrent(document,
                        java.util.Optional.ofNullable(round));
                org.kesudesk.exchange.ChaseLists.Preview preview = new org.kesudesk.exchange.ChaseLists(database)
                        .check(file, document, chosen, LocalDate.now(), System.getProperty("user.name", "?"));
                printed.println(org.kesudesk.exchange.ChaseLists.described(preview));
                if (!dryRun && preview.size() > 0) {
                    new Chases(database).recordAll(chosen, preview.chases(), preview.units(), preview.countyChases(),
                            preview.counties());
                    printed.println(Messages.get("cli.progress.chasesImported", preview.size()));
                }
            }
            return 0;
        }
    }

    /**
     * {@code progress counties [--task REF] [--json] [--date YYYY-MM-DD] [--out FILE.xlsx]}: for a city, each
     * county's round and figures, how each county carries one of the city's tasks, or every task in every county as
     * a workbook.
     */
    @Command(name = "counties", mixinStandardHelpOptions = true)
    static final class Counties implements Callable<Integer> {
        @ParentCommand
        ProgressCommand progress;
        @Spec
        CommandSpec spec;
        @Option(names = "--json")
        boolean json;
        @Option(names = "--date", paramLabel = "YYYY-MM-DD")
        String date;
        @Option(names = "--task", paramLabel = "REF", descriptionKey = "progress.counties.task")
        String task;
        @Option(names = "--out", paramLabel = "FILE.xlsx", descriptionKey = "progress.counties.out")
        java.nio.file.Path outFile;
        @Option(names = "--round", paramLabel = "NAME", descriptionKey = "progress.counties.round.option")
        String round;

        @Override
        public Integer call() {
            LocalDate today = date == null ? LocalDate.now() : ProgressText.date("--date", date);
            PrintWriter out = spec.commandLine().getOut();
            try (Database database = progress.top.openDatabase()) {
                PlanDocument own = org.kesudesk.logic.PlanChoice.open(database, java.util.Optional.empty());
                ProgressTracking tracking = new ProgressTracking(database);
                // the city's round named, else its round shown: each county in its round of that name
                java.util.Optional<ReportingRound> cityRound = round == null ? tracking.currentRound(own)
                        : java.util.Optional.of(tracking.round(own, round.strip()));
                if (outFile != null) {
                    org.kesudesk.logic.progress.CountyTasks.Table table =
                            tracking.countyTasks().table(own, cityRound, today);
                    if (table.counties().isEmpty()) {
                        throw new org.kesudesk.l10n.UserFacingException("progress.countyTask.noTable");
                    }
                    org.kesudesk.exchange.CountyTaskLists.write(own, table, today, outFile);
                    out.println(Messages.get("cli.progress.countyTableWritten", outFile.toAbsolutePath(),
                            table.rows().size(), table.counties().size()));
                    return 0;
                }
                if (task != null) {
                    printTask(tracking, own, cityRound, PlanReferences.resolve(own, task), today, out);
                    return 0;
                }
                List<ProgressTracking.CountySummary> counties = tracking.byCounty(own, cityRound, today);
                // the city's chases of the counties' offices in that round
                java.util.Map<java.util.UUID, List<org.kesudesk.model.ChaseRecord>> chased = counties.isEmpty()
                        ? java.util.Map.of() : cityRound.map(r -> new Chases(database).byCounty(r))
                        .orElse(java.util.Map.of());
                if (json) {
                    ArrayNode array = CliJson.MAPPER.createArrayNode();
                    for (ProgressTracking.CountySummary county : counties) {
                        ObjectNode node = array.addObject();
                        node.put("code", county.county().code());
                        node.put("name", county.county().name());
                        node.put("round", county.round().map(ReportingRound::name).orElse(null));
                        node.put("rows", county.rows());
                        node.put("reported", county.reported());
                        node.put("red", county.red());
                        node.put("yellow", county.yellow());
                        node.put("files", county.files());
                        node.put("chases", chased.getOrDefault(county.county().id(), List.of()).size());
                    }
                    out.println(CliJson.write(array));
                } else if (counties.isEmpty()) {
                    out.println(Messages.get("cli.progress.noCounties"));
                } else {
                    for (ProgressTracking.CountySummary county : counties) {
                        int times = chased.getOrDefault(county.county().id(), List.of()).size();
                        out.println(Messages.get("cli.progress.county", county.county().name(), county.round()
                                .map(ReportingRound::name).orElse(Messages.get("progress.counties.noRound")),
                                county.reported(), county.rows(), county.reportedRate(), county.red(),
                                county.yellow(), county.files())
                                + (times == 0 ? "" : Messages.get("cli.progress.countyChased", times)));
                    }
                }
            }
            return 0;
        }
        /** Each county's standing on one of the city's tasks. */
        private void printTask(ProgressTracking tracking, PlanDocument own, java.util.Optional<ReportingRound> cityRound,
                               PlanNode cityTask, LocalDate today, PrintWriter out) {
            List<org.kesudesk.logic.progress.CountyTasks.Standing> standings =
                    tracking.countyTasks().of(own, cityRound, cityTask.id(), today);
            if (json) {
                ArrayNode array = CliJson.MAPPER.createArrayNode();
                for (org.kesudesk.logic.progress.CountyTasks.Standing standing : standings) {
                    ObjectNode node = array.addObject();
                    node.put("code", standing.county().code());
                    node.put("name", standing.county().name());
                    node.put("round", standing.round().map(ReportingRound::name).orElse(null));
                    node.put("place", standing.place().orElse(null));
                    node.put("units", standing.rows().size());
                    node.put("reported", standing.reported());
                    node.put("light", ProgressTracking.lightCode(standing.light()));
                    ArrayNode reports = node.putArray("reports");
                    for (ProgressTracking.Row row : standing.rows()) {
                        ObjectNode report = reports.addObject();
                        report.put("unit", row.unit().name());
                        report.put("status", row.report().map(r -> r.status().name()).orElse(null));
                        if (row.report().isPresent()) {
                            report.put("percent", row.report().get().percent());
                            report.put("text", row.report().get().progress());
                        } else {
                            report.putNull("percent");
                            report.putNull("text");
                        }
                        report.put("light", ProgressTracking.lightCode(row.light()));
                    }
                }
                out.println(CliJson.write(array));
            } else if (standings.isEmpty()) {
                out.println(Messages.get("cli.progress.noCounties"));
            } else {
                out.println(Messages.get("progress.countyTask.heading",
                        PlanReferences.places(own).getOrDefault(cityTask.id(), ""), cityTask.title()));
                for (org.kesudesk.logic.progress.CountyTasks.Standing standing : standings) {
                    out.println(Messages.get("cli.progress.countyTask", standing.county().name(),
                            standing.place().orElse("—"), ProgressTracking.lightName(standing.light()),
                            standing.line()));
                }
            }
        }
    }

    /** {@code progress warning-days [N]}: the days before a deadline from which a task not done shows yellow. */
    @Command(name = "warning-days", mixinStandardHelpOptions = true)
    static final class WarningDays implements Callable<Integer> {
        @ParentCommand
        ProgressCommand progress;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", arity = "0..1", paramLabel = "N", descriptionKey = "progress.warningDays.days")
        Integer days;

        @Override
        public Integer call() {
            try (Database database = progress.top.openDatabase()) {
                ProgressTracking tracking = new ProgressTracking(database);
                if (days != null) {
                    tracking.setWarningDays(days);
                }
                spec.commandLine().getOut().println(Messages.get("cli.progress.warningDays", tracking.warningDays()));
            }
            return 0;
        }
    }
}
