package org.kesudesk.logic.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

import org.kesudesk.l10n.ContentMessages;
import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.logic.PlanReferences;
import org.kesudesk.model.ContentLimits;
import org.kesudesk.model.Deadline;
import org.kesudesk.model.Evidence;
import org.kesudesk.model.Ids;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.ProgressReport;
import org.kesudesk.model.ProgressStatus;
import org.kesudesk.model.PlanSummary;
import org.kesudesk.model.ReportingRound;
import org.kesudesk.model.StatusLight;
import org.kesudesk.model.TextRules;
import org.kesudesk.model.Unit;
import org.kesudesk.store.Database;
import org.kesudesk.store.ProgressRepository;

/**
 * A plan followed through a round: which task each responsible unit reports on, the reports checked before they are
 * stored, and each task's light for each of its units. The command line and the window both go through here.
 */
public final class ProgressTracking {

    private final ProgressRepository store;
    private final org.kesudesk.store.PlanRepository plans;
    private final org.kesudesk.store.RegionRepository regions;

    private final org.kesudesk.store.AuditLog audit;
    private final CountyTasks countyTasks;
    /** The counties' figures as last worked out, and what they were worked out from. */
    private final java.util.concurrent.atomic.AtomicReference<CountyFigures> countyFigures =
            new java.util.concurrent.atomic.AtomicReference<>();

    private record CountyFigures(UUID shownPlanId, Optional<String> roundName, LocalDate today, int warningDays,
                                 org.kesudesk.store.AuditLog.Position logPosition, List<CountySummary> summaries) {
    }

    public ProgressTracking(Database database) {
        this.audit = new org.kesudesk.store.AuditLog(database);
        this.store = new ProgressRepository(database);
        this.plans = new org.kesudesk.store.PlanRepository(database);
        this.regions = new org.kesudesk.store.RegionRepository(database);
        this.countyTasks = new CountyTasks(database, this);
    }

    /**
     * One task as one of its responsible units carries it: its reference (for the command line) and its place (as
     * people cite it, 二、（一）1.), its deadline, the unit's report in the round, its light, and whether it is one to
     * chase ({@link StatusLight#toChase}: red or yellow, or not reported and late or due soon; never a collective's,
     * which no one answers for: 各有关单位, 各县（市）区人民政府).
     *
     * <p>A city's task carried by its counties (各县（市）区人民政府, {@link Unit#isCounties}) is reported on by the
     * counties in their own plans: beside the city's own plan, such a row holds each county's standing on the task
     * ({@code counties}, those with a plan here) and, unless the office entered a report of its own for it, takes its
     * light from them ({@link CountyTasks#light}).
     */
    public record Row(String reference, String place, PlanNode task, Unit unit, Optional<Deadline> deadline,
                      Optional<ProgressReport> report, StatusLight light, boolean toChase, List<Evidence> evidence,
                      List<CountyTasks.Standing> counties) {

        public Row {
            counties = List.copyOf(counties);
        }

        /** Whether the row stands for its counties' reports: the city's counties' row, no report of its own. */
        public boolean byCounties() {
            return report.isEmpty() && !counties.isEmpty();
        }

        /**
         * Whether someone here answers for the row: a unit, or a collective the office entered a report for. A
         * document's figures of the round (分工数, 已报送, 未报送, by status and light) count these; a collective's
         * other rows are shown with their lights only, and its counties' reports have figures of their own.
         */
        public boolean answeredFor() {
            return !unit.isCollective() || report.isPresent();
        }

        /**
         * Whether the row is behind: its light red or yellow, or a unit silent about a task past or near its deadline
         * (one to chase though its light is grey) — what a 通报's and a summary's list of the tasks late and due soon
         * holds, so that it names every task the day's 督办通知单 chase.
         */
        public boolean behind() {
            return light.needsChasing() || toChase;
        }

        /** Whether the row is one to chase that its unit has not reported on: due or nearly, and silent. */
        public boolean silentWhenDue() {
            return toChase && report.isEmpty();
        }

        /** Its status as a cell says it: the report's, 县区已报 3/5 for the counties, else 未报送. */
        public String statusText() {
            if (report.isPresent()) {
                return statusName(report.get().status());
            }
            return byCounties() ? CountyTasks.reportedCell(counties) : Messages.get("progress.notReported");
        }

        /** What was done: the report's text, or the counties' standings in a sentence (各县（市）区：…). */
        public String progressText() {
            if (report.isPresent()) {
                return report.get().progress();
            }
            return byCounties() ? CountyTasks.paragraph(counties) : "";
        }
    }

    /** What a unit says of a task in a round, as typed: a percent and the texts are optional. */
    public record Entry(ProgressStatus status, OptionalInt percent, String progress, String problems,
                       String nextSteps) {
    }

    /** The plan's rounds. */
    public List<ReportingRound> rounds(PlanDocument plan) {
        return store.rounds(plan.plan().id());
    }

    /** The plan's round of this name, or a message naming the rounds it has. */
    public ReportingRound round(PlanDocument plan, String name) {
        return store.round(plan.plan().id(), name).orElseThrow(() -> new UserFacingException(
                "progress.error.noSuchRound", name, String.join("、", rounds(plan).stream()
                        .map(ReportingRound::name).toList())));
    }

    /** The round shown when none is named: the newest open one, else the newest. */
    public Optional<ReportingRound> currentRound(PlanDocument plan) {
        return current(rounds(plan));
    }

    /**
     * The round named, or when none is, the one shown ({@link #currentRound}).
     *
     * @throws UserFacingException if there is no round of that name, or the plan has no round at all
     */
    public ReportingRound roundOrCurrent(PlanDocument plan, Optional<String> name) {
        if (name.isPresent()) {
            return round(plan, name.get().strip());
        }
        return currentRound(plan).orElseThrow(() -> new UserFacingException("progress.error.noRounds"));
    }

    /**
     * The round of a county's plan that answers a round of its city's: the county's round of the same name (the
     * city's rounds reach its counties under their names, decision 0039), else — a county that names its own rounds,
     * a city with no round — the county's round shown (its newest open one, else its newest).
     */
    public Optional<ReportingRound> countyRound(UUID countyPlanId, Optional<ReportingRound> cityRound) {
        List<ReportingRound> all = store.rounds(countyPlanId);
        return cityRound.flatMap(asked -> all.stream().filter(round -> round.name().equals(asked.name()))
                .findFirst()).or(() -> current(all));
    }

    private static Optional<ReportingRound> current(List<ReportingRound> all) {
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).isOpen()) {
                return Optional.of(all.get(i));
            }
        }
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /**
     * Every task of the plan once for each of its responsible units, in the plan's order, with the unit's report in
     * the round (if it made one) and the light for the given day.
     */
    public List<Row> rows(PlanDocument plan, ReportingRound round, LocalDate today) {
        int warningDays = warningDays();
        Map<UUID, Deadline> deadlines = store.deadlines(plan.plan().id());
        Map<String, ProgressReport> reports = new HashMap<>();
        for (ProgressReport report : store.reports(round.id())) {
            reports.put(report.nodeId() + "/" + report.unitId(), report);
        }
        Map<String, List<Evidence>> files = new HashMap<>();
        for (Evidence evidence : store.evidence(round.id())) {
            files.computeIfAbsent(evidence.nodeId() + "/" + evidence.unitId(), key -> new ArrayList<>()).add(evidence);
        }
        Map<UUID, String> references = PlanReferences.all(plan);
        Map<UUID, String> places = PlanReferences.places(plan);
        // a task the city's counties carry: their standings on it (worked out once for all tasks, and only if some
        // task has them; none beside any plan but a city's own)
        Map<UUID, List<CountyTasks.Standing>> countiesOn = hasCountiesUnit(plan)
                ? countyTasks.byTask(plan, Optional.of(round), today) : Map.of();
        List<Row> rows = new ArrayList<>();
        plan.forEachNode(node -> {
            if (!node.kind().isTask()) {
                return;
            }
            String reference = references.getOrDefault(node.id(), "");
            String place = places.getOrDefault(node.id(), "");
            Optional<Deadline> deadline = Optional.ofNullable(deadlines.get(node.id()));
            for (Unit unit : node.carriedOutBy()) {
                Optional<ProgressReport> report = Optional.ofNullable(reports.get(node.id() + "/" + unit.id()));
                List<CountyTasks.Standing> counties = unit.isCounties()
                        ? countiesOn.getOrDefault(node.id(), List.of()) : List.of();
                StatusLight light = report.isEmpty() && !counties.isEmpty() ? CountyTasks.light(counties)
                        : StatusLight.of(deadline, report, today, warningDays);
                rows.add(new Row(reference, place, node, unit, deadline, report, light,
                        !unit.isCollective() && StatusLight.toChase(deadline, report.map(ProgressReport::status),
                                today, warningDays),
                        List.copyOf(files.getOrDefault(node.id() + "/" + unit.id(), List.of())), counties));
            }
        });
        return rows;
    }

    private static boolean hasCountiesUnit(PlanDocument plan) {
        boolean[] found = {false};
        plan.forEachNode(node -> found[0] |= node.kind().isTask()
                && node.carriedOutBy().stream().anyMatch(Unit::isCounties));
        return found[0];
    }

    /**
     * Each county's standing on the tasks of the city's own plan, kept between readings while nothing changed: the
     * one the views and the counties' rows share.
     */
    public CountyTasks countyTasks() {
        return countyTasks;
    }

    /**
     * One unit's standing in a round: its tasks, how many it reported, how many by the round's due date (按时),
     * how many of its tasks are red and yellow, and how many are to chase ({@link Row#toChase}: what its 督办通知单
     * holds).
     */
    public record UnitSummary(Unit unit, int tasks, int reported, int onTime, int red, int yellow, int toChase) {
        /** 按时报送率: the share of its tasks reported by the due date, in whole percent. */
        public int onTimeRate() {
            return tasks == 0 ? 0 : Math.round(100f * onTime / tasks);
        }
    }

    /**
     * The units of the rows, in the order they first appear, each with its figures for the round; not a collective
     * (各有关单位, 各县（市）区人民政府: no one answers for it, its rows count among the lights only).
     */
    public static List<UnitSummary> byUnit(List<Row> rows, ReportingRound round) {
        Map<UUID, int[]> figures = new java.util.LinkedHashMap<>();
        Map<UUID, Unit> units = new HashMap<>();
        for (Row row : rows) {
            if (row.unit().isCollective()) {
                // no one answers for a collective: its rows are in the lights, not among the units
                continue;
            }
            units.putIfAbsent(row.unit().id(), row.unit());
            int[] f = figures.computeIfAbsent(row.unit().id(), id -> new int[6]);
            f[0]++;
            if (row.report().isPresent()) {
                f[1]++;
                if (reportedOnTime(row, round)) {
                    f[2]++;
                }
            }
            if (row.light() == StatusLight.RED) {
                f[3]++;
            } else if (row.light() == StatusLight.YELLOW) {
                f[4]++;
            }
            if (row.toChase()) {
                f[5]++;
            }
        }
        List<UnitSummary> summaries = new ArrayList<>();
        figures.forEach((id, f) -> summaries.add(new UnitSummary(units.get(id), f[0], f[1], f[2], f[3], f[4],
                f[5])));
        return summaries;
    }

    /** The rows someone here answers for ({@link Row#answeredFor}), in their order. */
    public static List<Row> answeredFor(List<Row> rows) {
        return rows.stream().filter(Row::answeredFor).toList();
    }

    /** Whether the row's report was made by the round's due date (按时). */
    public static boolean reportedOnTime(Row row, ReportingRound round) {
        return row.report().map(report -> !report.reportedAt().atZone(java.time.ZoneId.systemDefault())
                .toLocalDate().isAfter(round.due())).orElse(false);
    }

    /** The rows by light. */
    public static Map<StatusLight, Integer> countByLight(List<Row> rows) {
        return counted(rows.stream().map(Row::light).toList());
    }

    /** Each light and how many of these there are (none counts 0). */
    private static Map<StatusLight, Integer> counted(List<StatusLight> lights) {
        Map<StatusLight, Integer> counts = new java.util.EnumMap<>(StatusLight.class);
        for (StatusLight light : StatusLight.values()) {
            counts.put(light, 0);
        }
        lights.forEach(light -> counts.merge(light, 1, Integer::sum));
        return counts;
    }

    /**
     * The lights of a plan's rows in a round on a day, read from what they need only (a plan's rows are not read
     * whole: its reports' texts are not needed).
     */
    private List<StatusLight> lights(UUID planId, ReportingRound round, LocalDate day, int warningDays) {
        return store.lightInputs(planId, round.id()).stream()
                .map(input -> StatusLight.ofStatus(input.deadline(), input.status(), day, warningDays)).toList();
    }

    /** The round opened before this one, if there is one: what this round's figures are compared with. */
    public Optional<ReportingRound> previousRound(PlanDocument plan, ReportingRound round) {
        ReportingRound previous = null;
        for (ReportingRound r : rounds(plan)) {
            if (r.id().equals(round.id())) {
                return Optional.ofNullable(previous);
            }
            previous = r;
        }
        return Optional.empty();
    }

    /**
     * A round's figures for the dashboard: its rows for the day, and the previous round's counts by light as they
     * stood on that round's due date — or, a due date yet to come (two rounds open at once), as they stand on the day
     * ({@code previousAsOfDue} false) —, if there was one; for a county's plan, the contents of its attached files the
     * city said it has (its last receipt).
     */
    public record Figures(List<Row> rows, Optional<ReportingRound> previous, Map<StatusLight, Integer> previousCounts,
                          boolean previousAsOfDue, Set<String> receivedByCity) {
    }

    /** The rows of a round for a day, with the previous round's counts beside them. */
    public Figures figures(PlanDocument plan, ReportingRound round, LocalDate today) {
        List<Row> rows = rows(plan, round, today);
        Optional<ReportingRound> previous = previousRound(plan, round);
        // a round's lights on a day to come would be a forecast: a previous round not yet due is counted as it stands
        boolean asOfDue = previous.map(p -> !p.due().isAfter(today)).orElse(true);
        Map<StatusLight, Integer> previousCounts = previous.map(p -> counted(lights(plan.plan().id(), p,
                asOfDue ? p.due() : today, warningDays()))).orElse(Map.of());
        return new Figures(rows, previous, previousCounts, asOfDue, store.receivedByCity(plan.plan().id()));
    }

    /**
     * A county's standing, for its city: its plan's round shown (the newest open one, else the newest), how many of
     * its task × unit rows are reported, and how many are red and yellow.
     */
    public record CountySummary(org.kesudesk.model.Region county, UUID planId, Optional<ReportingRound> round, int rows,
                                int reported, int red, int yellow, int files) {
        /** The share of rows reported, in whole percent. */
        public int reportedRate() {
            return rows == 0 ? 0 : Math.round(100f * reported / rows);
        }
    }

    /**
     * Beside a city's own plan: each of its counties that has a plan here (its plan of the shown plan's years), with
     * its figures in its round answering the city's round given ({@link #countyRound}); empty beside any other plan,
     * or if this office is not a city. The counties' plans and progress come in their exchange files.
     */
    public List<CountySummary> byCounty(PlanDocument shown, Optional<ReportingRound> round, LocalDate today) {
        // the counties' lights change only with a change to the data (each recorded in the audit log), the day or
        // the warning days: while none of these has, the figures worked out last are still the counties' figures
        org.kesudesk.store.AuditLog.Position logPosition = audit.position();
        int warningDays = warningDays();
        Optional<String> roundName = round.map(ReportingRound::name);
        CountyFigures last = countyFigures.get();
        if (last != null && last.shownPlanId().equals(shown.plan().id()) && last.roundName().equals(roundName)
                && last.today().equals(today) && last.warningDays() == warningDays
                && last.logPosition().equals(logPosition)) {
            return last.summaries();
        }
        List<CountySummary> summaries = countySummaries(countyPlans(shown, today), round, today, warningDays);
        countyFigures.set(new CountyFigures(shown.plan().id(), roundName, today, warningDays, logPosition,
                summaries));
        return summaries;
    }

    /** A county of this city that has a plan here, and that plan. */
    public record CountyPlan(org.kesudesk.model.Region county, UUID planId) {
    }

    /**
     * Beside a city's own plan: each of its counties that has a plan here of the shown plan's years (not of another
     * period's; a plan of no period, that day's year's), in the counties' order; none beside any other plan, or if
     * this office is not a city.
     */
    public List<CountyPlan> countyPlans(PlanDocument shown, LocalDate today) {
        Optional<org.kesudesk.model.Region> own = regions.own();
        if (own.isEmpty() || own.get().kind() != org.kesudesk.model.RegionKind.CITY
                || !shown.plan().regionId().map(own.get().id()::equals).orElse(false)) {
            return List.of();
        }
        Optional<org.kesudesk.model.PlanPeriod> period = shown.plan().period();
        List<org.kesudesk.model.PlanSummary> all = plans.list();
        List<CountyPlan> countyPlans = new ArrayList<>();
        for (org.kesudesk.model.Region county : regions.all()) {
            if (county.belongsTo(own.get()) && !county.id().equals(own.get().id())) {
                org.kesudesk.model.PlanSummary.regionPlanDuring(all, county.id(), period, today.getYear())
                        .ifPresent(summary -> countyPlans.add(new CountyPlan(county, summary.id())));
            }
        }
        return countyPlans;
    }

    /** Each county's figures. */
    private List<CountySummary> countySummaries(List<CountyPlan> countyPlans, Optional<ReportingRound> cityRound,
                                                LocalDate today, int warningDays) {
        // the counties' plans are not read whole, only what their lights need; they are read side by side (the
        // database serves reads in parallel), in the counties' order
        return countyPlans.parallelStream().map(countyPlan -> {
            Optional<ReportingRound> round = countyRound(countyPlan.planId(), cityRound);
            List<StatusLight> lights = round.map(r -> lights(countyPlan.planId(), r, today, warningDays))
                    .orElse(List.of());
            Map<StatusLight, Integer> counts = counted(lights);
            int rows = lights.size();
            return new CountySummary(countyPlan.county(), countyPlan.planId(), round, rows,
                    rows - counts.get(StatusLight.GREY),
                    counts.get(StatusLight.RED), counts.get(StatusLight.YELLOW),
                    round.map(r -> store.evidenceCount(r.id())).orElse(0));
        }).toList();
    }

    /** The most warning days an office may choose: a year. */
    public static final int MAX_WARNING_DAYS = 365;

    /** The days before a deadline from which a task not done shows yellow: the office's choice, else 15. */
    public int warningDays() {
        return store.warningDays().filter(days -> days >= 0 && days <= MAX_WARNING_DAYS)
                .orElse(StatusLight.DEFAULT_WARNING_DAYS);
    }

    /** Chooses the warning days for this office (0 to 365). */
    public void setWarningDays(int days) {
        if (days < 0 || days > MAX_WARNING_DAYS) {
            throw new UserFacingException("progress.error.warningDays", days, MAX_WARNING_DAYS);
        }
        store.setWarningDays(days, Messages.get("progress.warningDays.summary"));
    }

    /**
     * The office in whose name the 督办通知单 and 进展情况通报 go out, if this office named one (the 纲要办 chasing units
     * in its own name); otherwise they carry the plan's issuer.
     */
    public Optional<String> supervisionIssuer() {
        return store.supervisionIssuer().filter(name -> !name.isBlank());
    }

    /**
     * The office a document goes out in the name of: the one named for it, else the one this office chose (else
     * none: the plan's issuer).
     */
    public Optional<String> supervisionIssuer(Optional<String> named) {
        return named.or(this::supervisionIssuer);
    }

    /**
     * How a city's letter addresses a county's 纲要办: the name of the office the city's letters go out in (its own
     * 纲要办, {@code sender}) with the county in the city's place, as a county's units are named after the city's
     * (齐齐哈尔市全民科学素质工作领导小组办公室 → 富裕县全民科学素质工作领导小组办公室); 富裕县纲要办 when the city named no
     * office of its own or its name does not say the city's.
     */
    public String countyOfficeName(org.kesudesk.model.Region county, Optional<String> sender) {
        Optional<org.kesudesk.model.Region> city = regions.own();
        if (sender.isPresent() && city.isPresent() && !city.get().name().isEmpty()
                && sender.get().contains(city.get().name())) {
            return org.kesudesk.exchange.PlanDerivation.countyName(sender.get(), city.get(), county);
        }
        return org.kesudesk.logic.progress.Chases.countyOffice(county);
    }

    /** Names that office, checked as names are; an empty name goes back to the plan's issuer. */
    public void setSupervisionIssuer(String typed) {
        String name = Supervision.issuerName(typed);
        store.setSupervisionIssuer(name, name.isEmpty() ? Messages.get("progress.supervision.issuerCleared")
                : Messages.get("progress.supervision.issuerSaved", name));
    }

    /** Whom units are to call about this office's 督办通知单: its 联系人 and 联系电话, printed as the letters' 附注. */
    public org.kesudesk.model.UnitLiaison supervisionContact() {
        return store.supervisionContact();
    }

    /** Keeps that contact as typed, checked as a unit's liaison is; both parts empty: none. */
    public void setSupervisionContact(String person, String phone) {
        org.kesudesk.model.UnitLiaison contact = org.kesudesk.model.UnitLiaison.typed(person, phone);
        store.setSupervisionContact(contact, contact.isNone() ? Messages.get("progress.supervision.contactCleared")
                : Messages.get("progress.supervision.contactSaved", contact.shown()));
    }

    /** The deadlines of the plan's nodes, by node id. */
    public Map<UUID, Deadline> deadlines(PlanDocument plan) {
        return store.deadlines(plan.plan().id());
    }

    /** The deadlines of the plan's nodes as a 分工表's 完成时限 column words them ({@link #deadlineTerm}), by node id. */
    public Map<UUID, String> deadlineWords(PlanDocument plan) {
        Map<UUID, String> words = new java.util.HashMap<>();
        deadlines(plan).forEach((node, deadline) -> words.put(node, deadlineTerm(deadline)));
        return words;
    }

    /**
     * A deadline as a 分工表 words it, short for its narrow column: 2025年底前, 2024年6月底前, 2024年9月15日前, 每年年底前,
     * 每年6月底前, 长期坚持 — words a plan's text gives the same deadline by when read back.
     */
    public static String deadlineTerm(Deadline deadline) {
        if (deadline instanceof Deadline.OnDate on) {
            java.time.LocalDate date = on.date();
            if (date.getMonthValue() == 12 && date.getDayOfMonth() == 31) {
                return Messages.get("progress.deadline.term.yearEnd", String.valueOf(date.getYear()));
            }
            return date.getDayOfMonth() == date.lengthOfMonth()
                    ? Messages.get("progress.deadline.term.monthEnd", String.valueOf(date.getYear()),
                            date.getMonthValue())
                    : deadlineName(deadline);
        }
        if (deadline instanceof Deadline.Yearly yearly) {
            java.time.MonthDay day = yearly.day();
            if (day.getMonthValue() == 12 && day.getDayOfMonth() == 31) {
                return Messages.get("progress.deadline.term.everyYearEnd");
            }
            // 2月底 is the 28th or the 29th: a yearly day is kept as set
            return day.getDayOfMonth() == day.getMonth().minLength() && day.getMonthValue() != 2
                    ? Messages.get("progress.deadline.term.everyMonthEnd", day.getMonthValue())
                    : deadlineName(deadline);
        }
        return deadlineName(deadline);
    }

    /** Sets or takes away a node's deadline. */
    public void setDeadline(PlanDocument plan, PlanNode node, Optional<Deadline> deadline) {
        if (!node.kind().isItem() && !node.kind().isTask()) {
            throw new UserFacingException("progress.error.deadlineOnSection", node.title());
        }
        store.setDeadline(plan.plan().id(), node, deadline);
    }

    /**
     * Sets the deadline over the one the user saw: if someone else changed it meanwhile, refused
     * ({@link org.kesudesk.store.ChangedByOthersException}).
     */
    public void setDeadlineOver(PlanDocument plan, PlanNode node, Optional<Deadline> shown,
                                Optional<Deadline> deadline) {
        if (!node.kind().isItem() && !node.kind().isTask()) {
            throw new UserFacingException("progress.error.deadlineOnSection", node.title());
        }
        store.setDeadlineOver(plan.plan().id(), node, shown, deadline);
    }

    /**
     * The region's plan of the years a round to be opened reports on, when the plan given does not cover them: the
     * round is most likely meant for that plan (the last period's plan shown by mistake). Empty when the plan covers
     * them, the round says no years, or the region has no plan of them (the next plan not issued yet: rounds go on
     * on the last one).
     */
    public Optional<PlanSummary> planOfRoundYears(PlanDocument plan, String name, Optional<LocalDate> periodStart,
                                                  Optional<LocalDate> periodEnd) {
        return ReportingRound.outsideOf(plan.plan(), name, periodStart, periodEnd).flatMap(years ->
                plan.plan().regionId().flatMap(region -> PlanSummary.regionPlan(plans.list().stream()
                        .filter(p -> p.period().map(q -> q.overlaps(years)).orElse(false)).toList(), region,
                        years.firstYear())));
    }

    /** Opens a round of the plan. */
    public ReportingRound openRound(PlanDocument plan, String name, LocalDate due, Optional<LocalDate> periodStart,
                                    Optional<LocalDate> periodEnd) {
        String typed = TextRules.typedName(name);
        TextRules.nameProblem(typed, ReportingRound.NAME_LENGTH).ifPresent(problem -> {
            throw new UserFacingException("progress.error.roundName",
                    ContentMessages.problem(problem, ReportingRound.NAME_LENGTH).text());
        });
        return store.openRound(plan.plan().id(), typed, due, periodStart, periodEnd);
    }

    /** How many progress reports units made on a task and its sub-tasks, in all rounds (said before it is deleted). */
    public int reportsOn(PlanNode task) {
        java.util.Set<java.util.UUID> ids = new java.util.HashSet<>();
        task.forEachNode(node -> ids.add(node.id()));
        return store.reportCount(ids);
    }

    /** Closes a round. */
    public void closeRound(ReportingRound round) {
        store.closeRound(round);
    }

    /**
     * Gives a round another due date (报送延期): the round as it is then. Whether a report was made on time, and the
     * lights the round is compared with, follow the new date.
     */
    public ReportingRound changeDue(ReportingRound round, LocalDate due) {
        return store.changeDue(round, due);
    }

    /** Opens a closed round again: the round as it is then. */
    public ReportingRound reopenRound(ReportingRound round) {
        return store.reopenRound(round);
    }

    /**
     * Checks and stores what a unit reports on a task in a round, replacing its earlier report there.
     *
     * @return the report stored and the one it replaced, for an undo
     * @throws UserFacingException naming what is wrong: the node is no task, the unit is not responsible for it,
     *                             the percent does not fit the status, a text is too long or holds what no text may
     */
    public Stored report(PlanDocument plan, ReportingRound round, PlanNode task, Unit unit, Entry entry,
                         String reportedBy) {
        return report(plan, round, task, unit, entry, reportedBy, List.of());
    }

    /**
     * Checks and stores a report with files attached to it (佐证材料), all in one transaction.
     *
     * @param files the files to attach, each checked ({@link Evidence#problem}) before anything is stored
     */
    public Stored report(PlanDocument plan, ReportingRound round, PlanNode task, Unit unit, Entry entry,
                         String reportedBy, List<java.nio.file.Path> files) {
        return report(plan, round, task, unit, entry, reportedBy, files, Optional.empty());
    }

    /**
     * The same, over the report the user saw (none, or that one): if someone else reported meanwhile, refused
     * ({@link org.kesudesk.store.ChangedByOthersException}).
     */
    public Stored reportOver(Optional<ProgressReport> shown, PlanDocument plan, ReportingRound round, PlanNode task,
                             Unit unit, Entry entry, String reportedBy, List<java.nio.file.Path> files) {
        return report(plan, round, task, unit, entry, reportedBy, files, Optional.of(shown));
    }

    private Stored report(PlanDocument plan, ReportingRound round, PlanNode task, Unit unit, Entry entry,
                          String reportedBy, List<java.nio.file.Path> files,
                          Optional<Optional<ProgressReport>> shown) {
        List<ProgressRepository.Attachment> attachments = new ArrayList<>();
        for (java.nio.file.Path file : files) {
            attachments.add(attachment(file));
        }
        String named = PlanReferences.placeAndTitle(plan, task);
        if (!round.planId().equals(plan.plan().id())) {
            throw new IllegalArgumentException("the round is another plan's");
        }
        if (!round.isOpen()) {
            throw new UserFacingException("progress.error.roundClosed", round.name());
        }
        if (!task.kind().isTask()) {
            throw new UserFacingException("progress.error.notTask", named);
        }
        if (task.carriedOutBy().stream().noneMatch(u -> u.id().equals(unit.id()))) {
            throw new UserFacingException("progress.error.notResponsible", unit.name(), named,
                    String.join("、", task.carriedOutBy().stream().map(Unit::name).toList()));
        }
        int percent = entry.percent().orElse(entry.status().defaultPercent());
        if (!entry.status().fits(percent)) {
            throw new UserFacingException("progress.error.percent", percent, statusName(entry.status()));
        }
        String progress = text(entry.progress(), "progress.field.progress");
        String problems = text(entry.problems(), "progress.field.problems");
        String nextSteps = text(entry.nextSteps(), "progress.field.nextSteps");
        ProgressReport report = new ProgressReport(Ids.newId(), round.id(), task.id(), unit.id(), entry.status(),
                percent, progress, problems, nextSteps, reportedBy, org.kesudesk.store.Database.keptPrecision(
                Instant.now()));
        String summary = named + " " + unit.name();
        ProgressRepository.Reported reported = shown.isPresent()
                ? store.reportOver(shown.get(), report, summary, attachments)
                : store.report(report, summary, attachments);
        return new Stored(report, reported.before(), summary, reported.attached());
    }

    /** A report stored, the one it replaced, how the audit log names the change, and the files it attached. */
    public record Stored(ProgressReport report, Optional<ProgressReport> before, String summary,
                         List<Evidence> attached) {
        public Stored(ProgressReport report, Optional<ProgressReport> before, String summary) {
            this(report, before, summary, List.of());
        }
    }

    /** Takes a stored report back (undo): the unit's report is again the one it replaced, or none. */
    public void undo(Stored stored) {
        // the report first: if someone else reported since, nothing is undone, the files included
        store.restoreReport(stored.report(), stored.before(), stored.summary());
        if (!stored.attached().isEmpty()) {
            store.removeEvidence(stored.attached(), stored.summary());
        }
    }

    /**
     * An attached file's content, to open it: only if it is still a file that could have been attached — its name
     * a document's or an image's, its content what was stored and of the kind its name says. A database restored
     * from a tampered backup could name a program 报告.exe, or hold one under a document's name; the desktop would
     * run it.
     *
     * @throws UserFacingException naming the file, if it is not
     */
    public byte[] evidenceContent(Evidence evidence) {
        Optional<byte[]> content = store.evidenceContent(evidence.hash());
        boolean sound = content.isPresent()
                && TextRules.nameProblem(evidence.name(), Evidence.NAME_LENGTH).isEmpty()
                && Evidence.problem(evidence.name(), content.get().length, content.get()).isEmpty();
        if (!sound) {
            throw new UserFacingException("progress.evidence.error.damaged", ContentMessages.shown(evidence.name()));
        }
        return content.get();
    }

    /**
     * A file offered as 佐证材料, read once it is known to be a document or an image of at most
     * {@link Evidence#MAX_BYTES}.
     *
     * @throws UserFacingException naming the file and why it is refused
     */
    private static ProgressRepository.Attachment attachment(java.nio.file.Path file) {
        String name = TextRules.typedName(file.getFileName() == null ? "" : file.getFileName().toString());
        TextRules.nameProblem(name, Evidence.NAME_LENGTH).ifPresent(problem -> {
            throw new UserFacingException("progress.evidence.error.name", ContentMessages.shown(name),
                    ContentMessages.problem(problem, Evidence.NAME_LENGTH).text());
        });
        org.kesudesk.files.IncomingFiles.requireFile(file);
        try {
            long size = java.nio.file.Files.size(file);
            byte[] head = new byte[Evidence.HEAD_BYTES];
            int read;
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
                read = in.readNBytes(head, 0, head.length);
            }
            Optional<Evidence.Problem> problem = Evidence.problem(name, size, java.util.Arrays.copyOf(head, read));
            if (problem.isPresent()) {
                throw new UserFacingException("progress.evidence.error." + problem.get().name(), name,
                        Evidence.MAX_BYTES / 1024 / 1024, Evidence.kinds());
            }
            byte[] content;
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
                // no more than was measured and one byte: a file that grew since is not read whole
                content = in.readNBytes((int) size + 1);
            }
            if (content.length != size) {
                throw new UserFacingException("progress.evidence.error.changed", name);
            }
            return new ProgressRepository.Attachment(name, content);
        } catch (java.io.IOException e) {
            throw new UserFacingException(e, "progress.evidence.error.unreadable", name);
        }
    }

    /** Does it again (redo). */
    public void redo(Stored stored) {
        store.restoreReport(stored.before().orElse(stored.report()), Optional.of(stored.report()), stored.summary());
    }

    /** A status as the user names it: 推进中 (its name) or IN_PROGRESS / in_progress (its code). */
    public static ProgressStatus status(String typed) {
        String text = typed == null ? "" : typed.strip();
        return statusNamed(text).orElseThrow(() -> new UserFacingException("progress.error.status", text,
                String.join("、", java.util.Arrays.stream(ProgressStatus.values()).map(ProgressTracking::statusName)
                        .toList())));
    }

    /** The status a text names (its name or its code), if it names one: the one reading of a status typed. */
    public static Optional<ProgressStatus> statusNamed(String text) {
        for (ProgressStatus status : ProgressStatus.values()) {
            if (status.name().equalsIgnoreCase(text.replace('-', '_')) || statusName(status).equals(text)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** A status's name (未启动, 推进中, 已完成, 滞后, 长期推进). */
    public static String statusName(ProgressStatus status) {
        return Messages.get("progress.status." + status.name());
    }

    /** A deadline in words: 2023年12月31日前, 每年12月31日前, 长期坚持. */
    public static String deadlineName(Deadline deadline) {
        if (deadline instanceof Deadline.OnDate on) {
            return Messages.get("progress.deadline.onDate", String.valueOf(on.date().getYear()),
                    on.date().getMonthValue(), on.date().getDayOfMonth());
        }
        if (deadline instanceof Deadline.Yearly yearly) {
            return Messages.get("progress.deadline.yearly", yearly.day().getMonthValue(),
                    yearly.day().getDayOfMonth());
        }
        return Messages.get("progress.deadline.ongoing");
    }

    /** A light's name (绿, 黄, 红, 未报). */
    public static String lightName(StatusLight light) {
        return Messages.get("progress.light." + light.name());
    }

    /** The light's code in files and JSON: green, yellow, red, grey. */
    public static String lightCode(StatusLight light) {
        return light.name().toLowerCase(Locale.ROOT);
    }

    private static String text(String typed, String fieldKey) {
        String text = TextRules.normalizedText(typed == null ? "" : typed.strip());
        TextRules.textProblem(text, ContentLimits.TEXT).ifPresent(problem -> {
            throw new UserFacingException("progress.error.text", Messages.get(fieldKey),
                    ContentMessages.problem(problem, ContentLimits.TEXT).text());
        });
        return text;
    }
}
