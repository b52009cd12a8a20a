package org.kesudesk.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.logic.PlanReferences;
import org.kesudesk.logic.progress.ProgressTracking;
import org.kesudesk.model.Ids;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.ProgressReport;
import org.kesudesk.model.ReportingRound;
import org.kesudesk.model.Unit;
import org.kesudesk.model.UnitLiaison;
import org.kesudesk.store.Backups;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.ProgressRepository;
import org.kesudesk.store.UnitRepository;

/**
 * The fill-in 进展填报表 of a round: one per responsible unit, written for all of them at once, and read back in a
 * batch — every file checked first (nothing is stored if one is refused), then a backup, then one transaction.
 */
public final class ProgressLedgers {

    private final Database database;
    private final ProgressTracking tracking;
    private final ProgressRepository reports;
    private final PlanRepository plans;

    public ProgressLedgers(Database database) {
        this.database = database;
        this.tracking = new ProgressTracking(database);
        this.reports = new ProgressRepository(database);
        this.plans = new PlanRepository(database);
    }

    /** A sheet written: its file, its unit and how many tasks it lists. */
    public record Exported(Path file, Unit unit, int tasks) {
    }

    /**
     * A file checked: its round and unit, the reports it holds that are new or changed, ready to store, how many of
     * its filled rows say what the office already holds (left as they are, with their first time), and the unit's
     * liaison if the sheet names another than the office holds (who filled it in, or a telephone corrected).
     */
    public record Checked(Path file, PlanDocument plan, ReportingRound round, Unit unit, List<ProgressReport> reports,
                          List<String> summaries, int unchanged, Optional<UnitLiaison> liaison) {

        /** The rows the unit filled in: new, changed or as already held. */
        public int filled() {
            return reports.size() + unchanged;
        }

        /** Whether storing the file changes anything: reports, or the unit's liaison. */
        public boolean changesAnything() {
            return !reports.isEmpty() || liaison.isPresent();
        }
    }

    /** What a batch stored, and the backup made before. */
    public record Imported(Optional<Path> backup, int reports) {
    }

    /**
     * Writes one sheet for every responsible unit of the plan, into the folder, for the round; none for a collective
     * ({@link #collectivesWithoutSheets}).
     */
    public List<Exported> exportAll(PlanDocument plan, ReportingRound round, Path folder) {
        Map<UUID, List<ProgressTracking.Row>> byUnit = rowsByUnit(plan, round);
        Map<UUID, UnitLiaison> liaisons = UnitRepository.ofPlan(database, plan.plan()).liaisons();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UserFacingException(e, "exchange.error.folder", folder.toAbsolutePath(),
                    org.kesudesk.l10n.FailureReasons.of(e));
        }
        List<List<ProgressTracking.Row>> sheets = byUnit.values().stream()
                .filter(rows -> !rows.get(0).unit().isCollective()).toList();
        List<Exported> written = new ArrayList<>();
        for (List<ProgressTracking.Row> rows : sheets) {
            Unit unit = rows.get(0).unit();
            Path file = folder.resolve(ProgressLedgerWorkbook.fileName(round, unit));
            try {
                written.add(write(plan, round, unit, liaisons.getOrDefault(unit.id(), UnitLiaison.NONE), rows,
                        file));
            } catch (UserFacingException failure) {
                throw org.kesudesk.l10n.FailureReasons.partlyWritten(failure, written.size(), sheets.size(), folder);
            }
        }
        return written;
    }

    /**
     * The collectives carrying the plan's tasks (各有关单位, 各县（市）区人民政府), in the plan's order: no one fills in
     * a sheet for them all, so writing every unit's sheet writes none for them — the city's counties report in their
     * own plans, the others' progress is entered in the window (or a sheet asked for by name, {@link #export}).
     */
    public static List<Unit> collectivesWithoutSheets(PlanDocument plan) {
        Map<UUID, Unit> collectives = new LinkedHashMap<>();
        plan.forEachNode(node -> {
            if (node.kind().isTask()) {
                node.carriedOutBy().stream().filter(Unit::isCollective)
                        .forEach(unit -> collectives.putIfAbsent(unit.id(), unit));
            }
        });
        return List.copyOf(collectives.values());
    }

    /** Writes one unit's sheet for the round. */
    public Exported export(PlanDocument plan, ReportingRound round, Unit unit, Path file) {
        List<ProgressTracking.Row> rows = rowsByUnit(plan, round).get(unit.id());
        if (rows == null) {
            throw new UserFacingException("progress.ledger.error.noTasks", unit.name());
        }
        return write(plan, round, unit, UnitRepository.ofPlan(database, plan.plan()).liaison(unit.id()), rows, file);
    }

    private Exported write(PlanDocument plan, ReportingRound round, Unit unit, UnitLiaison liaison,
                           List<ProgressTracking.Row> rows, Path file) {
        List<ProgressLedgerWorkbook.Line> lines = rows.stream().map(row -> new ProgressLedgerWorkbook.Line(
                row.task().id(), row.place(), row.task().title(),
                row.deadline().map(ProgressTracking::deadlineName).orElse(""),
                row.report().map(ProgressReport::status),
                row.report().map(r -> OptionalInt.of(r.percent())).orElse(OptionalInt.empty()),
                row.report().map(ProgressReport::progress).orElse(""),
                row.report().map(ProgressReport::problems).orElse(""),
                row.report().map(ProgressReport::nextSteps).orElse(""))).toList();
        ProgressLedgerWorkbook.write(plan.plan().name(), round, unit, liaison, lines, file);
        return new Exported(file, unit, lines.size());
    }

    private Map<UUID, List<ProgressTracking.Row>> rowsByUnit(PlanDocument plan, ReportingRound round) {
        Map<UUID, List<ProgressTracking.Row>> byUnit = new LinkedHashMap<>();
        for (ProgressTracking.Row row : tracking.rows(plan, round, java.time.LocalDate.now())) {
            byUnit.computeIfAbsent(row.unit().id(), id -> new ArrayList<>()).add(row);
        }
        return byUnit;
    }

    /**
     * Reads and checks filled-in sheets; nothing is stored.
     *
     * @param roundName the round the files must be for, if the user names one
     * @throws UserFacingException for the first file at fault, naming it and its row: not a sheet of this app or
     *                             edited outside its cells, a round this database does not have or has closed, or
     *                             another round than the one named, a unit not responsible for a task it reports on,
     *                             a percent that does not fit its status, or two files of one unit for one round
     */
    public List<Checked> check(List<Path> files, Optional<String> roundName) {
        List<Checked> checked = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        Map<UUID, Optional<PlanIndex>> byPlan = new HashMap<>();
        Map<UUID, Map<List<UUID>, ProgressReport>> heldByRound = new HashMap<>();
        for (Path file : files) {
            ProgressLedgerWorkbook.Filled filled = ProgressLedgerWorkbook.read(file);
            String name = file.getFileName().toString();
            ProgressLedgerWorkbook.Header header = filled.header();
            // the units' sheets of one round share their plan: it is read (and indexed) once for them all
            Optional<PlanIndex> read = Optional.ofNullable(read(header.planId(), byPlan));
            PlanDocument plan = read.map(PlanIndex::plan).orElseThrow(() -> new UserFacingException(
                    "progress.ledger.error.otherDatabase", name, header.roundName()));
            ReportingRound round = tracking.rounds(plan).stream().filter(r -> r.id().equals(header.roundId()))
                    .findFirst().orElseThrow(() -> new UserFacingException("progress.ledger.error.otherDatabase",
                            name, header.roundName()));
            if (roundName.isPresent() && !round.name().equals(roundName.get().strip())) {
                throw new UserFacingException("progress.ledger.error.otherRound", name, round.name(),
                        roundName.get().strip());
            }
            if (!round.isOpen()) {
                throw new UserFacingException("progress.ledger.error.roundClosed", name, round.name());
            }
            Path earlier = seen.putIfAbsent(round.id() + "/" + header.unitId(), file);
            if (earlier != null) {
                throw new UserFacingException("progress.ledger.error.unitTwice", earlier.getFileName(), name,
                        header.unitName());
            }
            Map<UUID, PlanNode> tasks = read.get().nodes();
            Map<UUID, String> places = read.get().places();
            Unit unit = read.get().units().stream().filter(u -> u.id().equals(header.unitId())).findFirst()
                    .orElseThrow(() -> new UserFacingException("progress.ledger.error.otherDatabase", name,
                            header.roundName()));
            // every task the sheet lists is one of this unit's, filled in or not: an id changed anywhere is refused
            for (Map.Entry<UUID, Integer> listed : filled.listed().entrySet()) {
                PlanNode task = tasks.get(listed.getKey());
                if (task == null) {
                    throw new UserFacingException("progress.ledger.error.badId", name, listed.getValue());
                }
                if (task.carriedOutBy().stream().noneMatch(u -> u.id().equals(header.unitId()))) {
                    throw new UserFacingException("progress.ledger.error.notResponsible", name, listed.getValue(),
                            unit.name(), places.getOrDefault(task.id(), "") + task.title());
                }
            }
            List<ProgressReport> found = new ArrayList<>();
            List<String> summaries = new ArrayList<>();
            Map<List<UUID>, ProgressReport> held = heldByRound.computeIfAbsent(round.id(), id -> {
                Map<List<UUID>, ProgressReport> byTaskAndUnit = new HashMap<>();
                reports.reports(id).forEach(report -> byTaskAndUnit.put(List.of(report.nodeId(), report.unitId()),
                        report));
                return byTaskAndUnit;
            });
            int unchanged = 0;
            for (ProgressLedgerWorkbook.FilledLine line : filled.lines()) {
                PlanNode task = tasks.get(line.nodeId());
                if (task == null) {
                    throw new UserFacingException("progress.ledger.error.badId", name, line.number());
                }
                String named = places.getOrDefault(task.id(), "") + task.title();
                if (task.carriedOutBy().stream().noneMatch(u -> u.id().equals(header.unitId()))) {
                    throw new UserFacingException("progress.ledger.error.notResponsible", name, line.number(),
                            unit.name(), named);
                }
                int percent = line.percent().orElse(line.status().defaultPercent());
                if (!line.status().fits(percent)) {
                    throw new UserFacingException("progress.ledger.error.percentStatus", name, line.number(), percent,
                            ProgressTracking.statusName(line.status()));
                }
                ProgressReport report = new ProgressReport(Ids.newId(), round.id(), task.id(), unit.id(),
                        line.status(), percent, line.progress(), line.problems(), line.nextSteps(),
                        System.getProperty("user.name", "?"), Instant.now());
                ProgressReport before = held.get(List.of(task.id(), unit.id()));
                if (before != null && before.saysTheSameAs(report)) {
                    unchanged++;
                    continue;
                }
                found.add(report);
                summaries.add(Messages.get("audit.summary.progressLedger", named, unit.name(), name));
            }
            // the sheet's 填报人 and 联系电话, if it names them and they are not what the office holds
            UnitLiaison known = read.get().liaisons().getOrDefault(unit.id(), UnitLiaison.NONE);
            Optional<UnitLiaison> liaison = Optional.of(filled.liaison())
                    .filter(named -> !named.isNone() && !named.equals(known));
            checked.add(new Checked(file, plan, round, unit, List.copyOf(found), List.copyOf(summaries),
                    unchanged, liaison));
        }
        return checked;
    }

    /** A plan as the sheets are checked against it: its nodes and their places by id, its region's units and liaisons. */
    private record PlanIndex(PlanDocument plan, Map<UUID, PlanNode> nodes, Map<UUID, String> places,
                             List<Unit> units, Map<UUID, UnitLiaison> liaisons) {
    }

    private PlanIndex read(UUID planId, Map<UUID, Optional<PlanIndex>> byPlan) {
        return byPlan.computeIfAbsent(planId, id -> plans.find(id).map(plan -> {
            Map<UUID, PlanNode> nodes = new HashMap<>();
            plan.forEachNode(node -> nodes.put(node.id(), node));
            UnitRepository units = UnitRepository.ofPlan(database, plan.plan());
            return new PlanIndex(plan, nodes, PlanReferences.places(plan), units.all(), units.liaisons());
        })).orElse(null);
    }

    /**
     * Stores checked files: a backup of the database first (if anything is stored), then one transaction with the
     * reports and the liaisons the sheets name.
     */
    public Imported apply(List<Checked> checked) {
        List<ProgressReport> all = new ArrayList<>();
        Map<UUID, String> summaries = new HashMap<>();
        Map<UUID, UnitLiaison> liaisons = new LinkedHashMap<>();
        for (Checked file : checked) {
            file.liaison().ifPresent(liaison -> liaisons.put(file.unit().id(), liaison));
            for (int i = 0; i < file.reports().size(); i++) {
                all.add(file.reports().get(i));
                summaries.put(file.reports().get(i).id(), file.summaries().get(i));
            }
        }
        if (all.isEmpty() && liaisons.isEmpty()) {
            return new Imported(Optional.empty(), 0);
        }
        Optional<Path> backup = Backups.beforeImport(database);
        reports.reportAll(all, report -> summaries.get(report.id()), liaisons);
        return new Imported(backup, all.size());
    }
}
