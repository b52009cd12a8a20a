package org.kesudesk.logic.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import org.kesudesk.exchange.PlanDerivation;
import org.kesudesk.exchange.PlanRevision;
import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.ProgressReport;
import org.kesudesk.model.ProgressStatus;
import org.kesudesk.model.Region;
import org.kesudesk.model.ReportingRound;
import org.kesudesk.model.StatusLight;
import org.kesudesk.store.AuditLog;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.RegionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A city's task as each of its counties carries it: the county's own task that is the city's (in the county's plan
 * of the same years, derived from the city's or sent by the county), and how the county's units report on it in the
 * county's round. What a city's office asks of a task — which counties have done it, which are behind, which have
 * not said, in a round of the city's — without opening sixteen plans.
 *
 * <p>A county's task is the city's when the county's plan, set beside the city's plan as it would be derived for the
 * county now, has it in the same place saying the same or nearly (as a revised document's tasks are paired with the
 * plan's, {@link PlanRevision}): a task the county reworded is still the city's; one it added is no city task's; a
 * city task the county dropped has none.
 */
public final class CountyTasks {

    private static final Logger LOG = LoggerFactory.getLogger(CountyTasks.class);

    /**
     * A county's standing on one of the city's tasks.
     *
     * @param county the county
     * @param planId the county's plan
     * @param round  the county's round answering the city's round ({@link ProgressTracking#countyRound}: of the same
     *               name, else its newest open one, else its newest), if it has any
     * @param task   the county's task that is the city's, if its plan has one
     * @param place  where that task stands in the county's plan (二、（一）3.), if the county's plan has it
     * @param rows   the task once for each of the county's units carrying it, with their reports in that round
     */
    public record Standing(Region county, UUID planId, Optional<ReportingRound> round, Optional<UUID> task,
                           Optional<String> place, List<ProgressTracking.Row> rows) {

        public Standing {
            rows = List.copyOf(rows);
        }

        /** Whether the county's plan has the task. */
        public boolean hasTask() {
            return place.isPresent();
        }

        /** How many of the county's units carrying the task reported on it in the round. */
        public int reported() {
            return (int) rows.stream().filter(row -> row.report().isPresent()).count();
        }

        /** The worst of its units' lights on the task; grey without a round or without the task. */
        public StatusLight light() {
            return rows.stream().map(ProgressTracking.Row::light).reduce(StatusLight::worse)
                    .orElse(StatusLight.GREY);
        }

        /** The statuses its units reported, each once, in the order of the status list. */
        public List<ProgressStatus> statuses() {
            return rows.stream().flatMap(row -> row.report().stream()).map(ProgressReport::status).distinct()
                    .sorted(Comparator.naturalOrder()).toList();
        }

        /** Its units carrying the task that have not reported on it in the round. */
        public List<org.kesudesk.model.Unit> silent() {
            return rows.stream().filter(row -> row.report().isEmpty()).map(ProgressTracking.Row::unit).toList();
        }

        /**
         * In a table's cell: 已完成, 推进中、滞后（2/5） where some units have not reported, 未报送, or — where the
         * county's plan has no such task.
         */
        public String cell() {
            if (!hasTask()) {
                return Messages.get("progress.countyTask.cell.noTask");
            }
            if (reported() == 0) {
                return Messages.get("progress.countyTask.cell.silent");
            }
            String statuses = String.join("、", statuses().stream().map(ProgressTracking::statusName).toList());
            return reported() < rows.size()
                    ? Messages.get("progress.countyTask.cell.some", statuses, reported(), rows.size()) : statuses;
        }

        /**
         * In a line: 已报 1/3：已完成；未报：县科协、县教育局 — or that its plan has no such task, or that it has opened
         * no round.
         */
        public String line() {
            return line(true);
        }

        /**
         * As a 督办通知单 says it after the statuses it has named already: 已报 1/3；未报：县科协、县教育局 — or that its
         * plan has no such task, or that it has opened no round.
         */
        public String reportedLine() {
            return line(false);
        }

        /** The statuses reported, as a 督办通知单 names them (推进中、滞后), or 未报送. */
        public String statusesReported() {
            return statuses().isEmpty() ? Messages.get("progress.countyTask.cell.silent")
                    : String.join("、", statuses().stream().map(ProgressTracking::statusName).toList());
        }

        private String line(boolean withStatuses) {
            if (!hasTask()) {
                return Messages.get("progress.countyTask.noTask");
            }
            if (round.isEmpty()) {
                return Messages.get("progress.countyTask.noRound");
            }
            StringBuilder line = new StringBuilder(Messages.get("progress.countyTask.reported", reported(),
                    rows.size()));
            if (withStatuses && !statuses().isEmpty()) {
                line.append(Messages.get("progress.countyTask.statuses", String.join("、",
                        statuses().stream().map(ProgressTracking::statusName).toList())));
            }
            if (reported() > 0 && !silent().isEmpty()) {
                line.append(Messages.get("progress.countyTask.silent", String.join("、",
                        silent().stream().map(org.kesudesk.model.Unit::name).toList())));
            }
            return line.toString();
        }
    }

    /**
     * The light of a city's task its counties carry (各县（市）区人民政府), from their standings: the worst of the
     * counties whose plans have it (green only when each of them is); grey when none has.
     */
    public static StatusLight light(List<Standing> standings) {
        return standings.stream().filter(Standing::hasTask).map(Standing::light).reduce(StatusLight::worse)
                .orElse(StatusLight.GREY);
    }

    /** Whether the county's units carrying the task have all reported on it in its round. */
    private static boolean allReported(Standing standing) {
        return standing.hasTask() && !standing.rows().isEmpty() && standing.reported() == standing.rows().size();
    }

    /**
     * The counties' reporting on a task in a cell: 县区已报 3/5 — of the counties whose plans have it, those whose
     * units carrying it have all reported; 县区方案中没有这项任务 where none has it.
     */
    public static String reportedCell(List<Standing> standings) {
        long withTask = standings.stream().filter(Standing::hasTask).count();
        if (withTask == 0) {
            return Messages.get("progress.counties.cell.noTask");
        }
        return Messages.get("progress.counties.cell", standings.stream().filter(CountyTasks::allReported).count(),
                withTask);
    }

    /** The city's plan's tasks, each with its place (二、（一）3.), and each county's standing on it. */
    public record Table(List<Region> counties, List<TableRow> rows) {
    }

    /** A task of the city's plan and the counties' standings on it, in the counties' order. */
    public record TableRow(String place, PlanNode task, List<Standing> standings) {
    }

    /** Every task of the city's own plan with each county's standing on it (none: not a city, or no counties). */
    public Table table(PlanDocument city, Optional<ReportingRound> round, LocalDate today) {
        Map<UUID, String> places = org.kesudesk.logic.PlanReferences.places(city);
        Map<UUID, List<Standing>> byTask = byTask(city, round, today);
        List<TableRow> rows = new ArrayList<>();
        List<Region> counties = new ArrayList<>();
        city.forEachNode(node -> {
            if (node.kind().isTask()) {
                List<Standing> standings = byTask.getOrDefault(node.id(), List.of());
                if (counties.isEmpty()) {
                    standings.forEach(standing -> counties.add(standing.county()));
                }
                rows.add(new TableRow(places.getOrDefault(node.id(), ""), node, standings));
            }
        });
        return new Table(List.copyOf(counties), counties.isEmpty() ? List.of() : rows);
    }

    /**
     * The counties' standings on a task in a paragraph, for a summary: 各县（市）区：富裕县已完成（已报2/2）；龙江县
     * 推进中、滞后（已报2/5）；未报送：甘南县、拜泉县；方案中没有这项任务：克山县。 — of one county by its name alone
     * (富裕县未报送。); empty without counties.
     */
    public static String paragraph(List<Standing> standings) {
        if (standings.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        List<String> silent = new ArrayList<>();
        List<String> without = new ArrayList<>();
        for (Standing standing : standings) {
            if (!standing.hasTask()) {
                without.add(standing.county().name());
            } else if (standing.reported() == 0) {
                silent.add(standing.county().name());
            } else {
                parts.add(Messages.get("documents.summary.county", standing.county().name(), String.join("、",
                        standing.statuses().stream().map(ProgressTracking::statusName).toList()),
                        standing.reported(), standing.rows().size()));
            }
        }
        if (standings.size() == 1) {
            // one county: said of it by name, not of 各县 — 富裕县已完成（已报2/2）。
            String county = standings.get(0).county().name();
            return !parts.isEmpty() ? Messages.get("documents.summary.countyAlone", parts.get(0))
                    : Messages.get(silent.isEmpty() ? "documents.summary.countyAloneWithout"
                    : "documents.summary.countyAloneSilent", county);
        }
        String word = countiesWord(standings);
        if (silent.size() == standings.size()) {
            return Messages.get("documents.summary.countiesAllSilent", word);
        }
        if (!silent.isEmpty()) {
            parts.add(Messages.get("documents.summary.countiesSilent", String.join("、", silent)));
        }
        if (!without.isEmpty()) {
            parts.add(Messages.get("documents.summary.countiesWithout", String.join("、", without)));
        }
        return Messages.get("documents.summary.counties", String.join("；", parts), word);
    }

    /** What a document calls the counties of these standings together: 县（市、区）, 县（区）… as their levels are. */
    public static String countiesWord(List<Standing> standings) {
        return org.kesudesk.model.Region.countiesWord(standings.stream().map(Standing::county).toList());
    }

    private final ProgressTracking tracking;
    private final PlanRepository plans;
    private final RegionRepository regions;
    private final AuditLog audit;
    /** The standings last worked out, and what they were worked out from. */
    private final AtomicReference<Worked> worked = new AtomicReference<>();

    private record Worked(UUID cityPlanId, Optional<String> roundName, LocalDate today, int warningDays,
                          AuditLog.Position logPosition, Map<UUID, List<Standing>> byTask) {
        Worked {
            byTask = Map.copyOf(byTask);
        }
    }

    public CountyTasks(Database database, ProgressTracking tracking) {
        this.tracking = tracking;
        this.plans = new PlanRepository(database);
        this.regions = new RegionRepository(database);
        this.audit = new AuditLog(database);
    }

    /**
     * Each county's standing on a task of the city's own plan in the county's round answering the city's round
     * given, in the counties' order: every county that has a plan of the city's plan's years, whether or not its plan
     * has the task. None beside any other plan (a county's, a plan of another city), or if this office is not a city.
     *
     * <p>Worked out for every task at once, and again only when the data (the audit log), the round, the day or the
     * warning days changed: choosing another task costs nothing.
     */
    public List<Standing> of(PlanDocument city, Optional<ReportingRound> round, UUID taskId, LocalDate today) {
        return byTask(city, round, today).getOrDefault(taskId, List.of());
    }

    /**
     * Each county's standing on every task of the city's own plan, by task id ({@link #of} for each task, with one
     * look at whether the data changed for them all).
     */
    public Map<UUID, List<Standing>> byTask(PlanDocument city, Optional<ReportingRound> round, LocalDate today) {
        AuditLog.Position logPosition = audit.position();
        int warningDays = tracking.warningDays();
        Optional<String> roundName = round.map(ReportingRound::name);
        Worked last = worked.get();
        if (last == null || !last.cityPlanId().equals(city.plan().id()) || !last.roundName().equals(roundName)
                || !last.today().equals(today) || last.warningDays() != warningDays
                || !last.logPosition().equals(logPosition)) {
            last = new Worked(city.plan().id(), roundName, today, warningDays, logPosition,
                    standings(city, round, today));
            worked.set(last);
        }
        return last.byTask();
    }

    private Map<UUID, List<Standing>> standings(PlanDocument city, Optional<ReportingRound> round, LocalDate today) {
        List<ProgressTracking.CountyPlan> countyPlans = tracking.countyPlans(city, today);
        if (countyPlans.isEmpty()) {
            return Map.of();
        }
        Region own = regions.own().orElseThrow();
        List<PlanNode> cityTasks = new ArrayList<>();
        city.forEachNode(node -> {
            if (node.kind().isTask()) {
                cityTasks.add(node);
            }
        });
        // each county read and paired on its own (the database serves reads in parallel), in the counties' order
        List<Map<UUID, Standing>> counties = countyPlans.parallelStream()
                .map(countyPlan -> countyStandings(city, own, countyPlan, round, today)).toList();
        Map<UUID, List<Standing>> byTask = new HashMap<>();
        for (PlanNode task : cityTasks) {
            List<Standing> standings = new ArrayList<>(counties.size());
            for (Map<UUID, Standing> county : counties) {
                standings.add(county.get(task.id()));
            }
            byTask.put(task.id(), List.copyOf(standings));
        }
        return byTask;
    }

    /** One county's standing on each of the city's tasks. */
    private Map<UUID, Standing> countyStandings(PlanDocument city, Region own, ProgressTracking.CountyPlan countyPlan,
                                                Optional<ReportingRound> cityRound, LocalDate today) {
        Region county = countyPlan.county();
        Optional<PlanDocument> found = plans.find(countyPlan.planId());
        Map<UUID, UUID> countyTaskOf = found.map(plan -> paired(city, own, county, plan,
                plans.derivedUnitNames(plan.plan().id()))).orElse(Map.of());
        Optional<ReportingRound> round = found.isEmpty() ? Optional.empty()
                : tracking.countyRound(countyPlan.planId(), cityRound);
        Map<UUID, List<ProgressTracking.Row>> rows = new HashMap<>();
        Map<UUID, String> places = new HashMap<>();
        if (found.isPresent()) {
            org.kesudesk.logic.PlanReferences.places(found.get()).forEach(places::put);
            round.ifPresent(r -> tracking.rows(found.get(), r, today).forEach(row ->
                    rows.computeIfAbsent(row.task().id(), id -> new ArrayList<>()).add(row)));
        }
        Map<UUID, Standing> standings = new LinkedHashMap<>();
        city.forEachNode(node -> {
            if (node.kind().isTask()) {
                Optional<UUID> countyTask = Optional.ofNullable(countyTaskOf.get(node.id()));
                standings.put(node.id(), new Standing(county, countyPlan.planId(), round, countyTask,
                        countyTask.map(id -> places.getOrDefault(id, "")),
                        countyTask.map(id -> rows.getOrDefault(id, List.of())).orElse(List.of())));
            }
        });
        return standings;
    }

    /**
     * The city's tasks and the county's that are they: the city's plan derived for the county as it would be now
     * (its units named as when it was last derived), paired with the county's plan node by node.
     */
    private static Map<UUID, UUID> paired(PlanDocument city, Region own, Region county, PlanDocument countyPlan,
                                          Map<String, String> namedBefore) {
        PlanDocument derived;
        try {
            Map<String, String> names = PlanDerivation.suggestedUnitNames(city, own, county, namedBefore);
            derived = PlanDerivation.derive(city, own, county, names);
        } catch (UserFacingException e) {
            // a city's plan this county's names cannot be derived into: its tasks are paired with none
            LOG.warn("the city's plan could not be set beside {}'s: {}", county.code(), e.getMessage());
            return Map.of();
        }
        PlanDocument identified = PlanRevision.identified(countyPlan, derived, UnaryOperator.identity());
        Set<UUID> countyNodes = new HashSet<>();
        countyPlan.forEachNode(node -> countyNodes.add(node.id()));
        Set<UUID> cityTasks = new HashSet<>();
        city.forEachNode(node -> {
            if (node.kind().isTask()) {
                cityTasks.add(node.id());
            }
        });
        // the city's nodes and the derived plan's one for one; of those, the city's tasks whose copies the county has
        Map<UUID, UUID> pairs = new HashMap<>();
        PlanDerivation.copiedNodes(city, identified).forEach((cityNode, countyNode) -> {
            if (cityTasks.contains(cityNode) && countyNodes.contains(countyNode)) {
                pairs.put(cityNode, countyNode);
            }
        });
        return pairs;
    }
}
