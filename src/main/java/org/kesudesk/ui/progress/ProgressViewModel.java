package org.kesudesk.ui.progress;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.kesudesk.l10n.Messages;
import org.kesudesk.logic.editing.EditCommand;
import org.kesudesk.logic.editing.EditEffect;
import org.kesudesk.logic.progress.ProgressTracking;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.ReportingRound;
import org.kesudesk.model.StatusLight;
import org.kesudesk.ui.PlanWorkspace;

/**
 * 进展: the shown plan's reporting rounds; for the round chosen, every task once per responsible unit with its light,
 * the counts by light (which narrow the list when chosen), and reports entered as edits (stored, audited,
 * undoable with 撤销).
 */
public final class ProgressViewModel {

    private final PlanWorkspace workspace;
    private final ObservableList<ReportingRound> rounds = FXCollections.observableArrayList();
    private final ObjectProperty<ReportingRound> round = new SimpleObjectProperty<>();
    private final ObservableList<ProgressTracking.Row> allRows = FXCollections.observableArrayList();
    private final ObservableList<ProgressTracking.Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<StatusLight> lightFilter = new SimpleObjectProperty<>();
    /** Whether only the rows to chase are shown: those the day's 督办通知单 hold, whatever their light. */
    private final javafx.beans.property.BooleanProperty toChaseFilter =
            new javafx.beans.property.SimpleBooleanProperty();
    private final ObservableList<SectionCount> sections = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper previousSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unitsEmptyText = new ReadOnlyStringWrapper(
            Messages.get("progress.units.noRound"));
    private final ObservableList<ProgressTracking.UnitSummary> units = FXCollections.observableArrayList();
    private final ObservableList<ProgressTracking.CountySummary> counties = FXCollections.observableArrayList();
    /** The city's task chosen in the rows, whose counties' standings are shown (null: none chosen). */
    private final ObjectProperty<PlanNode> countyTask = new SimpleObjectProperty<>();
    private final ObservableList<org.kesudesk.logic.progress.CountyTasks.Standing> countyStandings =
            FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper countyTaskHeading = new ReadOnlyStringWrapper(
            Messages.get("progress.countyTask.none"));
    /** A county's task asked for from the city's plan, to be chosen once the county's plan and rows are shown. */
    private Optional<CountyTaskWanted> countyTaskWanted = Optional.empty();
    /** The task whose first row the view is to choose and show (set when rows of a task asked for arrive). */
    private final javafx.beans.property.ReadOnlyObjectWrapper<java.util.UUID> taskToShow =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();

    private record CountyTaskWanted(java.util.UUID planId, java.util.UUID taskId) {
    }
    private final ObservableList<org.kesudesk.logic.progress.IndicatorTracking.Row> indicators =
            FXCollections.observableArrayList();
    private final ObjectProperty<org.kesudesk.model.Unit> unitFilter = new SimpleObjectProperty<>();
    /** The round's 催办记录 by unit, each unit's oldest first (read with the rows). */
    private final ObjectProperty<Map<java.util.UUID, List<org.kesudesk.model.ChaseRecord>>> chases =
            new SimpleObjectProperty<>(Map.of());
    /** A city's 催办记录 of its counties in the round, by county (read with the counties' figures). */
    private final ObjectProperty<Map<java.util.UUID, List<org.kesudesk.model.ChaseRecord>>> countyChases =
            new SimpleObjectProperty<>(Map.of());
    private final Map<StatusLight, Integer> counts = new EnumMap<>(StatusLight.class);
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    /** The contents of the plan's attached files the city said it has (a county's plan; read with the rows). */
    private java.util.Set<String> receivedByCity = java.util.Set.of();
    private final javafx.beans.property.IntegerProperty warningDays = new javafx.beans.property.SimpleIntegerProperty(
            StatusLight.DEFAULT_WARNING_DAYS);
    private boolean stale;

    /** One section's (提升行动, 重点工程) rows by light, for the chart. */
    public record SectionCount(String section, Map<StatusLight, Integer> lights) {
    }

    /**
     * How the unit figures sort when a column's header is clicked: by the number they start with (已报 3/12 by its 3,
     * 45% by 45, a count by itself), then by what follows (3/9 before 3/12) — not as text, where 10 came before 9.
     */
    public static final java.util.Comparator<String> FIGURE_ORDER = java.util.Comparator
            .comparingInt((String figure) -> leadingNumber(figure))
            .thenComparingInt(figure -> leadingNumber(figure.replaceFirst("^\\d+\\D*", "")));

    private static int leadingNumber(String figure) {
        java.util.regex.Matcher digits = java.util.regex.Pattern.compile("^\\d{1,9}").matcher(figure);
        return digits.find() ? Integer.parseInt(digits.group()) : -1;
    }

    /** The round's 催办记录 as read, by unit: to follow when they are read again. */
    public javafx.beans.Observable chases() {
        return chases;
    }

    /** The unit's 催办记录 in the round shown, oldest first. */
    public List<org.kesudesk.model.ChaseRecord> chasesOf(org.kesudesk.model.Unit unit) {
        return chases.get().getOrDefault(unit.id(), List.of());
    }

    /** How often the unit was chased in the round shown, as the units' figures say it ("" if never). */
    public String chaseCount(org.kesudesk.model.Unit unit) {
        return count(chasesOf(unit));
    }

    /** How many records, as a table's figure says it ("" for none). */
    private static String count(List<org.kesudesk.model.ChaseRecord> chases) {
        return chases.isEmpty() ? "" : String.valueOf(chases.size());
    }

    /**
     * The unit's chases in a line: how often and the last one in full — 已催办2次，最近一次：6月1日电话催办（张三）：… —
     * or "" if it was never chased in the round shown.
     */
    public String chasesLine(org.kesudesk.model.Unit unit) {
        // a promise let pass while reports are still missing is said after it
        return chasesLine(chasesOf(unit), units.stream().filter(summary -> summary.unit().id().equals(unit.id()))
                .allMatch(summary -> summary.reported() >= summary.tasks()));
    }

    /** A county office's chases in a line, as a unit's ({@link #chasesLine(org.kesudesk.model.Unit)}). */
    public String countyChasesLine(ProgressTracking.CountySummary county) {
        return chasesLine(countyChasesOf(county.county()), county.reported() >= county.rows());
    }

    private static String chasesLine(List<org.kesudesk.model.ChaseRecord> earlier, boolean everything) {
        if (earlier.isEmpty()) {
            return "";
        }
        return Messages.get("progress.unitChases", earlier.size(),
                org.kesudesk.logic.progress.Chases.line(earlier.get(earlier.size() - 1)))
                + org.kesudesk.logic.progress.Chases.promiseMissed(earlier, everything, LocalDate.now())
                .map(org.kesudesk.logic.progress.Chases::promiseMissedNote).orElse("");
    }

    /**
     * Notes a chase of the unit in the round shown, as an edit that 撤销 takes back (checked first: a refusal is
     * shown, nothing stored).
     */
    public void recordChase(org.kesudesk.model.Unit unit, org.kesudesk.logic.progress.Chases.Entry entry) {
        PlanDocument plan = workspace.planProperty().get();
        ReportingRound chosen = round.get();
        if (plan == null || chosen == null) {
            return;
        }
        String recordedBy = System.getProperty("user.name", "?");
        LocalDate today = LocalDate.now();
        applyRecordOnce(Messages.get("progress.chase.recordEdit", unit.name()),
                () -> workspace.chases().record(plan, chosen, unit, entry, recordedBy, today),
                stored -> workspace.chases().restore(stored, chosen, unit),
                stored -> workspace.chases().remove(stored, chosen, unit));
    }

    /**
     * An edit noting a chase: checked and stored the first time it is done, put back as it was when redone, taken
     * away when undone.
     */
    private void applyRecordOnce(String description, java.util.function.Supplier<org.kesudesk.model.ChaseRecord> first,
                                 java.util.function.Consumer<org.kesudesk.model.ChaseRecord> again,
                                 java.util.function.Consumer<org.kesudesk.model.ChaseRecord> undo) {
        applyRecordedOnce(description, () -> List.of(first.get()), stored -> again.accept(stored.get(0)),
                stored -> undo.accept(stored.get(0)));
    }

    /**
     * An edit noting chases: worked out and stored the first time it is done (those noted meanwhile by another clerk
     * left out), put back as they were when redone, taken away when undone.
     */
    private void applyRecordedOnce(String description,
                                   java.util.function.Supplier<List<org.kesudesk.model.ChaseRecord>> first,
                                   java.util.function.Consumer<List<org.kesudesk.model.ChaseRecord>> again,
                                   java.util.function.Consumer<List<org.kesudesk.model.ChaseRecord>> undo) {
        List<org.kesudesk.model.ChaseRecord> stored = new java.util.ArrayList<>();
        boolean[] done = {false};
        applyChaseEdit(description, () -> {
            if (!done[0]) {
                stored.addAll(first.get());
                done[0] = true;
            } else {
                again.accept(stored);
            }
        }, () -> undo.accept(stored));
    }

    /** Removes a chase noted by mistake, as an edit that 撤销 takes back. */
    public void removeChase(org.kesudesk.model.Unit unit, org.kesudesk.model.ChaseRecord chase) {
        ReportingRound chosen = round.get();
        if (chosen == null) {
            return;
        }
        applyChaseEdit(Messages.get("progress.chase.removeEdit", unit.name()),
                () -> workspace.chases().remove(chase, chosen, unit),
                () -> workspace.chases().restore(chase, chosen, unit));
    }

    /** A city's 催办记录 of its counties in the round shown, by county: to follow when they are read again. */
    public javafx.beans.Observable countyChases() {
        return countyChases;
    }

    /** The county's 催办记录 in the round shown, oldest first. */
    public List<org.kesudesk.model.ChaseRecord> countyChasesOf(org.kesudesk.model.Region county) {
        return countyChases.get().getOrDefault(county.id(), List.of());
    }

    /** How often the county's office was chased in the round shown ("" if never). */
    public String countyChaseCount(org.kesudesk.model.Region county) {
        return count(countyChasesOf(county));
    }

    /**
     * Notes a chase of a county's office in the city's round shown, as an edit that 撤销 takes back (checked first: a
     * refusal is shown, nothing stored).
     */
    public void recordCountyChase(org.kesudesk.model.Region county, org.kesudesk.logic.progress.Chases.Entry entry) {
        PlanDocument plan = workspace.planProperty().get();
        ReportingRound chosen = round.get();
        if (plan == null || chosen == null) {
            return;
        }
        String recordedBy = System.getProperty("user.name", "?");
        LocalDate today = LocalDate.now();
        applyRecordOnce(Messages.get("progress.chase.recordEdit", county.name()),
                () -> workspace.chases().recordCounty(plan, chosen, county,
                        workspace.progress().countyPlans(plan, today), entry, recordedBy, today),
                stored -> workspace.chases().restoreCounty(stored, chosen, county),
                stored -> workspace.chases().removeCounty(stored, chosen, county));
    }

    /** Removes a county's chase noted by mistake, as an edit that 撤销 takes back. */
    public void removeCountyChase(org.kesudesk.model.Region county, org.kesudesk.model.ChaseRecord chase) {
        ReportingRound chosen = round.get();
        if (chosen == null) {
            return;
        }
        applyChaseEdit(Messages.get("progress.chase.removeEdit", county.name()),
                () -> workspace.chases().removeCounty(chase, chosen, county),
                () -> workspace.chases().restoreCounty(chase, chosen, county));
    }

    /** An edit of the 催办记录, done and undone as given: it changes no node of the plan, only the chases read. */
    private void applyChaseEdit(String description, Runnable execute, Runnable undo) {
        workspace.apply(new EditCommand() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public EditEffect execute() {
                execute.run();
                return EditEffect.none();
            }

            @Override
            public EditEffect undo() {
                undo.run();
                return EditEffect.none();
            }
        });
    }

    /** The unit's 联络员 and telephone, on one line ("" if none is known): whom to call about late reports. */
    public String liaisonOf(org.kesudesk.model.Unit unit) {
        return workspace.liaisonOf(unit).shown();
    }

    /** The unit's 联络员's name ("" if none is known): whom a chase reaches unless the clerk says otherwise. */
    public String liaisonPerson(org.kesudesk.model.Unit unit) {
        return workspace.liaisonOf(unit).person();
    }

    /** The liaisons as read, by unit. */
    public javafx.beans.Observable liaisons() {
        return workspace.liaisonsProperty();
    }

    public ProgressViewModel(PlanWorkspace workspace) {
        this.workspace = workspace;
        workspace.planProperty().addListener((observable, old, plan) -> {
            // a county's task asked for waits for its plan only: another plan shown meanwhile drops it
            countyTaskWanted = countyTaskWanted.filter(wanted -> plan != null
                    && wanted.planId().equals(plan.plan().id()));
            reloadIfShown();
        });
        // a report changes no node of the tree, so the plan shown may stay equal: every stored edit is followed
        workspace.storedEditsProperty().addListener((observable, old, count) -> reloadIfShown());
        round.addListener((observable, old, chosen) -> loadRows());
        lightFilter.addListener((observable, old, light) -> {
            // a light chosen (a toggle or a bar of the chart) takes the place of the rows to chase
            if (light != null) {
                toChaseFilter.set(false);
            }
            filter();
        });
        toChaseFilter.addListener((observable, old, toChase) -> {
            if (toChase) {
                lightFilter.set(null);
            }
            filter();
        });
        unitFilter.addListener((observable, old, unit) -> filter());
        countyTask.addListener((observable, old, task) -> loadCountyStandings());
        // the counties' figures came (or went, beside another plan): the chosen task's standings with them
        counties.addListener((javafx.collections.ListChangeListener<ProgressTracking.CountySummary>) change ->
                loadCountyStandings());
        active.addListener((observable, was, is) -> {
            if (is && stale) {
                reloadRounds();
            }
        });
        reloadIfShown();
    }

    /** Whether the tab is on screen; while it is not, edits do not read the rounds again. */
    public BooleanProperty activeProperty() {
        return active;
    }

    private void reloadIfShown() {
        if (!active.get()) {
            stale = true;
        } else {
            // the same plan changed too may have rounds it had not: an exchange file from the city opens its rounds
            reloadRounds();
        }
    }

    /** The days before a deadline from which a task not done shows yellow (the office's choice). */
    public javafx.beans.property.ReadOnlyIntegerProperty warningDaysProperty() {
        return warningDays;
    }

    /** Keeps the office's choice of warning days; the lights follow. */
    public void setWarningDays(int days) {
        if (days == warningDays.get()) {
            return;
        }
        workspace.read(() -> {
            workspace.progress().setWarningDays(days);
            return days;
        }, stored -> {
            warningDays.set(stored);
            loadRows();
            workspace.refreshLights();
        });
    }

    private void reloadRounds() {
        stale = false;
        workspace.read(() -> workspace.progress().warningDays(), warningDays::set);
        PlanDocument plan = workspace.planProperty().get();
        if (plan == null) {
            rounds.clear();
            indicators.clear();
            return;
        }
        ReportingRound chosen = round.get();
        loading.set(true);
        workspace.read(() -> workspace.progress().rounds(plan), found -> {
            loading.set(false);
            if (!found.equals(rounds)) {
                rounds.setAll(found);
            }
            Optional<ReportingRound> same = chosen == null ? Optional.empty()
                    : found.stream().filter(r -> r.id().equals(chosen.id())).findFirst();
            ReportingRound next = same.orElseGet(() -> found.stream().filter(ReportingRound::isOpen)
                    .reduce((first, second) -> second).orElse(found.isEmpty() ? null : found.get(found.size() - 1)));
            if (next != null && next.equals(round.get())) {
                loadRows();
            } else {
                boolean noneBefore = round.get() == null;
                round.set(next);
                if (next == null && noneBefore) {
                    loadRows(); // no change of round to load them: the table cleared, the plan's indicators read
                }
            }
        });
    }

    private void loadRows() {
        PlanDocument plan = workspace.planProperty().get();
        ReportingRound chosen = round.get();
        if (plan == null || chosen == null) {
            // a county's task asked for on a plan without rounds: no row to choose, and none later by surprise
            if (plan != null) {
                countyTaskWanted = countyTaskWanted.filter(wanted -> !wanted.planId().equals(plan.plan().id()));
            }
            allRows.clear();
            units.clear();
            chases.set(Map.of());
            countyChases.set(Map.of());
            previousSummary.set("");
            filter();
            // the indicators are the plan's, recorded by year: shown whether or not a round is open
            if (plan == null) {
                indicators.clear();
            } else {
                loadIndicators(plan);
            }
            return;
        }
        loading.set(true);
        LocalDate today = LocalDate.now();
        loadIndicators(plan);
        // for a city's own plan, its counties beside it (their plans and progress came in their files)
        // each in its round of the round shown's name (else its own round shown)
        workspace.read(() -> workspace.progress().byCounty(plan, Optional.of(chosen), today), found -> {
            if (chosen.equals(round.get())) {
                counties.setAll(found);
            }
        });
        workspace.read(() -> workspace.chases().byCounty(chosen), found -> {
            if (chosen.equals(round.get())) {
                countyChases.set(found);
            }
        });
        workspace.read(() -> workspace.chases().byUnit(chosen), found -> {
            if (chosen.equals(round.get())) {
                chases.set(found);
            }
        });
        workspace.read(() -> workspace.progress().figures(plan, chosen, today), found -> {
            loading.set(false);
            if (chosen.equals(round.get())) {
                receivedByCity = found.receivedByCity();
                allRows.setAll(found.rows());
                units.setAll(ProgressTracking.byUnit(found.rows(), chosen));
                previousSummary.set(found.previous().map(previous -> Messages.get(found.previousAsOfDue()
                                ? "progress.previous" : "progress.previous.now",
                        previous.name(), found.previousCounts().get(StatusLight.GREEN),
                        found.previousCounts().get(StatusLight.YELLOW), found.previousCounts().get(StatusLight.RED),
                        found.previousCounts().get(StatusLight.GREY))).orElse(""));
                filter();
                countyTaskWanted.filter(wanted -> wanted.planId().equals(plan.plan().id())).ifPresent(wanted -> {
                    countyTaskWanted = Optional.empty();
                    taskToShow.set(null);
                    taskToShow.set(wanted.taskId());
                });
            }
        });
    }

    /**
     * Shows the county's plan with its task that is the chosen city task (its first row chosen once the rows are
     * read); a county without the task shows its plan.
     */
    public void openCountyTask(org.kesudesk.logic.progress.CountyTasks.Standing standing) {
        countyTaskWanted = standing.task().map(task -> new CountyTaskWanted(standing.planId(), task));
        workspace.showOtherPlan(standing.planId());
    }

    /** Shows a county's plan (a row of the counties' figures chosen). */
    public void openCounty(ProgressTracking.CountySummary county) {
        countyTaskWanted = Optional.empty();
        workspace.showOtherPlan(county.planId());
    }

    /** The task whose first row is to be chosen and shown: a county's task asked for from the city's plan. */
    public javafx.beans.property.ReadOnlyObjectProperty<java.util.UUID> taskToShowProperty() {
        return taskToShow.getReadOnlyProperty();
    }

    private void loadIndicators(PlanDocument plan) {
        workspace.read(() -> workspace.indicators().rows(plan), indicators::setAll);
    }

    /** The plan's indicators with the values recorded for them. */
    public ObservableList<org.kesudesk.logic.progress.IndicatorTracking.Row> indicators() {
        return indicators;
    }

    /** The years an indicator's value can be recorded for: the plan's period (empty if it has none). */
    public java.util.List<Integer> indicatorYears() {
        PlanDocument plan = workspace.planProperty().get();
        if (plan == null || plan.plan().period().isEmpty()) {
            return java.util.List.of();
        }
        org.kesudesk.model.PlanPeriod period = plan.plan().period().get();
        java.util.List<Integer> years = new java.util.ArrayList<>();
        for (int year = period.firstYear(); year <= period.lastYear(); year++) {
            years.add(year);
        }
        return years;
    }

    /** A year of an indicator's chart: the value reached (if recorded) and the target to compare it with. */
    public record IndicatorYear(int year, java.util.Optional<java.math.BigDecimal> reached,
                                java.util.Optional<java.math.BigDecimal> target) {
    }

    /**
     * An indicator year by year over the plan's period, for its chart against the target: a yearly target (每年…)
     * stands beside every year, a target for the whole period beside the last year only.
     */
    public java.util.List<IndicatorYear> indicatorChart(org.kesudesk.logic.progress.IndicatorTracking.Row row) {
        java.util.List<IndicatorYear> years = new java.util.ArrayList<>();
        java.util.List<Integer> all = indicatorYears();
        for (int year : all) {
            boolean targetYear = row.indicator().period() == org.kesudesk.model.IndicatorPeriod.PER_YEAR
                    || year == all.get(all.size() - 1);
            years.add(new IndicatorYear(year, row.in(year).map(org.kesudesk.model.IndicatorValue::amount),
                    targetYear ? row.indicator().targetValue() : java.util.Optional.empty()));
        }
        return years;
    }

    /** Records what an indicator reached in a year (checked; a refusal is shown), then shows it. */
    public void recordIndicator(org.kesudesk.logic.progress.IndicatorTracking.Row row, int year, String value,
                                String source) {
        PlanDocument plan = workspace.planProperty().get();
        if (plan == null) {
            return;
        }
        workspace.read(() -> workspace.indicators().record(plan, row, year, value, source,
                System.getProperty("user.name", "?")), recorded -> loadIndicators(plan));
    }

    private void filter() {
        StatusLight light = lightFilter.get();
        org.kesudesk.model.Unit unit = unitFilter.get();
        boolean toChase = toChaseFilter.get();
        rows.setAll(allRows.filtered(row -> (light == null || row.light() == light)
                && (!toChase || row.toChase())
                && (unit == null || row.unit().id().equals(unit.id()))));
        counts.clear();
        Map<String, Map<StatusLight, Integer>> bySection = new java.util.LinkedHashMap<>();
        for (ProgressTracking.Row row : allRows) {
            counts.merge(row.light(), 1, Integer::sum);
            String section = row.reference().contains(".") ? row.reference().substring(0, row.reference().indexOf('.'))
                    : row.reference();
            bySection.computeIfAbsent(section, s -> new EnumMap<>(StatusLight.class)).merge(row.light(), 1,
                    Integer::sum);
        }
        sections.setAll(bySection.entrySet().stream()
                .map(e -> new SectionCount(sectionName(e.getKey()), e.getValue())).toList());
        int total = allRows.size();
        int reported = total - counts.getOrDefault(StatusLight.GREY, 0);
        summary.set(round.get() == null ? Messages.get("progress.noRound") : Messages.get("progress.summary",
                counts.getOrDefault(StatusLight.GREEN, 0), counts.getOrDefault(StatusLight.YELLOW, 0),
                counts.getOrDefault(StatusLight.RED, 0), counts.getOrDefault(StatusLight.GREY, 0), reported, total,
                total == 0 ? 0 : Math.round(100.0 * reported / total),
                allRows.stream().filter(ProgressTracking.Row::toChase).count()));
        emptyText.set(emptyText(light, toChase, unit));
        unitsEmptyText.set(Messages.get(round.get() == null ? "progress.units.noRound" : "progress.units.empty"));
    }

    /** Why the table shows no row: no round, no task in the plan, no task with a unit, or nothing the filter fits. */
    private String emptyText(StatusLight light, boolean toChase, org.kesudesk.model.Unit unit) {
        PlanDocument plan = workspace.planProperty().get();
        if (plan == null || round.get() == null) {
            return Messages.get("progress.noRound");
        }
        if (allRows.isEmpty()) {
            return Messages.get(plan.hasTasks() ? "progress.empty" : "progress.empty.noTasks");
        }
        if (unit != null) {
            return Messages.get("progress.empty.unit", unit.name());
        }
        if (toChase) {
            return Messages.get("progress.empty.toChase");
        }
        return light == null ? "" : Messages.get("progress.empty.light", ProgressTracking.lightName(light));
    }

    /** The name a round opened on a day is offered: its year and half (2026年下半年), the year as written. */
    public static String suggestedRoundName(LocalDate today) {
        return Messages.get("progress.round.open.defaultName", String.valueOf(today.getYear()),
                Messages.get(today.getMonthValue() <= 6 ? "progress.round.firstHalf" : "progress.round.secondHalf"));
    }

    /** Opens a round of the shown plan; it is then the round shown. */
    public void openRound(String name, LocalDate due) {
        PlanDocument plan = workspace.planProperty().get();
        // a round of years another plan of the region covers: the last period's plan may be shown by mistake
        workspace.read(() -> workspace.progress().planOfRoundYears(plan, name, Optional.empty(), Optional.empty()),
                meant -> {
                    if (meant.isEmpty() || workspace.dialogs().confirm(Messages.get("progress.round.outsideTitle"),
                            Messages.get("progress.round.outsideText", name.strip(), plan.plan().name(),
                                    plan.plan().period().orElseThrow().toString(), meant.get().name()),
                            Messages.get("progress.round.outsideOk"))) {
                        open(plan, name, due);
                    }
                });
    }

    private void open(PlanDocument plan, String name, LocalDate due) {
        workspace.read(() -> workspace.progress().openRound(plan, name, due, Optional.empty(), Optional.empty()),
                opened -> {
                    round.set(null);
                    // in its place among the others: a round for an earlier half-year goes before the later one
                    int at = 0;
                    while (at < rounds.size() && ReportingRound.IN_TIME_ORDER.compare(rounds.get(at), opened) < 0) {
                        at++;
                    }
                    rounds.add(at, opened);
                    round.set(opened);
                    workspace.refreshLights();
                    workspace.dialogs().notify(Messages.get("progress.round.openedTitle"),
                            Messages.get("progress.round.openedText", opened.name(), opened.due().toString()));
                });
    }

    /** Closes the round shown: its reports stay, it takes no more. */
    public void closeRound() {
        ReportingRound chosen = round.get();
        if (chosen == null || !workspace.dialogs().confirm(Messages.get("progress.round.closeTitle"),
                Messages.get("progress.round.closeText", chosen.name()), Messages.get("progress.round.close"))) {
            return;
        }
        workspace.read(() -> {
            workspace.progress().closeRound(chosen);
            return true;
        }, closed -> {
            reloadRounds();
            workspace.refreshLights();
        });
    }

    /**
     * Gives the round shown another due date (报送延期, or an earlier one): the figures that follow it (按时报送率, the
     * lights compared) read again, the user told.
     */
    public void changeDue(LocalDate due) {
        ReportingRound chosen = round.get();
        if (chosen == null || chosen.due().equals(due)) {
            return;
        }
        roundChanged(() -> workspace.progress().changeDue(chosen, due), Messages.get("progress.round.dueChangedTitle"),
                changed -> Messages.get("progress.round.dueChangedText", changed.name(), chosen.due().toString(),
                        changed.due().toString()));
    }

    /** Opens the round shown again, ended by mistake or to take a late report; it takes reports again. */
    public void reopenRound() {
        ReportingRound chosen = round.get();
        if (chosen == null || chosen.isOpen()) {
            return;
        }
        roundChanged(() -> workspace.progress().reopenRound(chosen), Messages.get("progress.round.reopenedTitle"),
                reopened -> Messages.get("progress.round.reopenedText", reopened.name(), reopened.due().toString()));
    }

    /** A change to the round shown, made off the window's thread: the rounds and lights read again, the user told. */
    private void roundChanged(java.util.function.Supplier<ReportingRound> change, String title,
                              java.util.function.Function<ReportingRound, String> text) {
        workspace.read(change::get, changed -> {
            reloadRounds();
            workspace.refreshLights();
            workspace.dialogs().notify(title, text.apply(changed));
        });
    }

    /**
     * 导出填报表…: one sheet for every responsible unit of the round shown, into a folder the user chooses (a folder
     * of the round's name in it); the user is told where they went and offered to open the folder.
     */
    public void exportSheets() {
        PlanDocument plan = workspace.planProperty().get();
        ReportingRound chosen = round.get();
        if (plan == null || chosen == null) {
            return;
        }
        saveIntoFolder(Messages.get("progress.sheets.export.title"), chosen.name(),
                Messages.get("progress.sheets.exporting"), into -> {
                    String exported = Messages.get("progress.sheets.exported",
                            workspace.progressLedgers().exportAll(plan, chosen, into).size(), chosen.name());
                    List<org.kesudesk.model.Unit> collectives =
                            org.kesudesk.exchange.ProgressLedgers.collectivesWithoutSheets(plan);
                    return collectives.isEmpty() ? exported : exported + "\n" + Messages.get(
                            "progress.sheets.collectives", String.join("、",
                                    collectives.stream().map(org.kesudesk.model.Unit::name).toList()));
                });
    }

    /**
     * Asks for a folder, writes files of the round into a folder of the given name in it, in the background, then
     * says where they went and what they hold, or what went wrong while {@code doing}.
     */
    private void saveIntoFolder(String title, String folderName, String doing, RoundFile work) {
        saveIntoFolder(title, folderName, doing, work, () -> { });
    }

    /** As {@link #saveIntoFolder(String, String, String, RoundFile)}, then runs what follows. */
    private void saveIntoFolder(String title, String folderName, String doing, RoundFile work, Runnable thenSaved) {
        workspace.dialogs().chooseFolder(title).ifPresent(folder -> {
            java.nio.file.Path into = folder.resolve(org.kesudesk.files.FileNames.safe(folderName));
            loading.set(true);
            workspace.executeApart(org.kesudesk.ui.task.BackgroundTask.of(() -> work.write(into))
                    .onSuccess(told -> {
                        loading.set(false);
                        workspace.dialogs().showSaved(title, told, into.toAbsolutePath().toString(), into);
                        thenSaved.run();
                    })
                    .onFailure(failure -> {
                        loading.set(false);
                        workspace.dialogs().showError(title, org.kesudesk.ui.FailureMessages.of(doing, failure));
                    }));
        });
    }

    /**
     * 督办通知单: a letter to each unit with tasks to chase in the round shown (each from a new page), saved in
     * the format chosen where the user says; the user is told which units are written to. Worked out and written in
     * the background.
     */
    public void supervise(org.kesudesk.documents.OutputFormat format) {
        supervise(format, false);
    }

    /**
     * 督办: as {@link #supervise(org.kesudesk.documents.OutputFormat)}, in the notice's format or, with {@code form},
     * as the one-page 督办单 form, each unit's from a new page.
     */
    public void supervise(org.kesudesk.documents.OutputFormat format, boolean form) {
        supervise(format, form, false);
    }

    /**
     * 督办 as {@link #supervise(org.kesudesk.documents.OutputFormat, boolean)}; with {@code perUnit}, a file for each
     * unit in a folder of the round's name where the user says, instead of one file.
     */
    public void supervise(org.kesudesk.documents.OutputFormat format, boolean form, boolean perUnit) {
        supervise(format, form, perUnit, org.kesudesk.model.Urgency.NONE);
    }

    /**
     * 督办通知单 ▸ 催办名单（Excel）…: the units to chase today (those the letters go to), how many tasks each and whom
     * to call there, as a sheet a clerk phones down and notes the answers on.
     */
    public void chaseList() {
        PlanDocument plan = workspace.planProperty().get();
        ReportingRound chosen = round.get();
        if (plan == null || chosen == null) {
            return;
        }
        LocalDate today = LocalDate.now();
        java.util.Map<java.util.UUID, org.kesudesk.model.UnitLiaison> liaisons = workspace.liaisonsProperty().get();
        String date = org.kesudesk.documents.NoticeHeader.chineseDate(today);
        saveApart(Messages.get("progress.chaseList.saveTitle"), Messages.get("progress.chaseList.sheet"), chosen,
                "xlsx", Messages.get("progress.chaseList.writing"), file -> {
                    org.kesudesk.logic.progress.Supervision supervision =
                            new org.kesudesk.logic.progress.Supervision(workspace.progress());
                    java.util.List<org.kesudesk.logic.progress.Supervision.ToChase> units =
                            supervision.toChase(plan, chosen, today);
                    // beside a city's own plan, its counties' offices behind in their plans, under the units
                    java.util.List<org.kesudesk.logic.progress.Supervision.CountyToChase> counties =
                            supervision.countiesToChase(plan, chosen, today);
                    if (units.isEmpty() && counties.isEmpty()) {
                        throw new org.kesudesk.l10n.UserFacingException("progress.chaseList.none", chosen.name(),
                                date);
                    }
                    org.kesudesk.exchange.LiaisonLists.writeChaseList(Messages.get("progress.chaseList.title",
                            plan.plan().name().strip(), chosen.name(), date), units, liaisons,
                            workspace.chases().byUnit(chosen), counties, workspace.chases().byCounty(chosen), today,
                            file);
                    return Messages.get("progress.chaseList.saved", units.size() + counties.size(), units.stream()
                            .filter(unit -> !liaisons.containsKey(unit.unit().id())).count() + counties.size());
                });
    }

    /**
     * 各县（市）区 ▸ 导出县区落实情况表（Excel）…: every task of the city's plan down, its counties across, each cell a
     * county's standing on the task (written apart from the edits, the file named by the round).
     */
    public void exportCountyTable() {
        PlanDocument plan = workspace.planProperty().get();
        ReportingRound chosen = round.get();
        if (plan == null || chosen == null) {
            return;
        }
        LocalDate today = LocalDate.now();
        saveApart(Messages.get("progress.countyTask.exportTitle"), Messages.get("progress.countyTask.exportName"),
                chosen, "xlsx", Messages.get("progress.countyTask.writing"), file -> {
                    org.kesudesk.logic.progress.CountyTasks.Table table = workspace.countyTasks().table(plan,
                            Optional.of(chosen), today);
                    if (table.counties().isEmpty()) {
                        throw new org.kesudesk.l10n.UserFacingException("progress.countyTask.noTable");
                    }
                    org.kesudesk.exchange.CountyTaskLists.write(plan, table, today, file);
                    return Messages.get("progress.countyTask.saved", table.rows().size(), table.counties().size());
                });
    }

    /**
     * 督办 as {@link #supervise(org.kesudesk.documents.OutputFormat, boolean, boolean)}, the letters in the notice's
     * format marked with the urgency (加急, 特急) at the top of their first page, the 督办单 form in a row of its own.
     */
    public void supervise(org.kesudesk.documents.OutputFormat format, boolean form, boolean perUnit,
                          org.kesudesk.model.Urgency urgency) {
        supervise(format, form, perUnit, urgency, false);
    }

    /**
     * 督办 as {@link #supervise(org.kesudesk.documents.OutputFormat, boolean, boolean, org.kesudesk.model.Urgency)};
     * with {@code recordChases}, once the letters are saved, each unit written to is noted as chased by 督办通知单 that
     * day (one edit 撤销 takes back; a unit noted so that day already is not noted twice).
     */
    public void supervise(org.kesudesk.documents.OutputFormat format, boolean form, boolean perUnit,
                          org.kesudesk.model.Urgency urgency, boolean recordChases) {
        supervise(format, form, perUnit, urgency, recordChases, false);
    }

    /**
     * 督办 as {@link #supervise(org.kesudesk.documents.OutputFormat, boolean, boolean, org.kesudesk.model.Urgency,
     * boolean)}; with {@code toCounties}, beside a city's plan, the letters go to its counties' offices (富裕县纲要办)
     * on the city's tasks they are behind on in their own plans, and are noted as chases of the counties.
     */
    public void supervise(org.kesudesk.documents.OutputFormat format, boolean form, boolean perUnit,
                          org.kesudesk.model.Urgency urgency, boolean recordChases, boolean toCounties) {
        PlanDocument plan = workspace.planProperty().get();
        ReportingRound chosen = round.get();
        if (plan == null || chosen == null) {
            return;
        }
        LocalDate today = LocalDate.now();
        String name = Messages.get(form ? "documents.supervisionForm.name" : "documents.supervision.name");
        java.util.concurrent.atomic.AtomicReference<List<org.kesudesk.model.Unit>> writtenTo =
                new java.util.concurrent.atomic.AtomicReference<>(List.of());
        LocalDate replyBy = today.plusDays(org.kesudesk.logic.progress.Supervision.DEFAULT_REPLY_DAYS);
        java.util.concurrent.atomic.AtomicReference<List<org.kesudesk.model.Region>> countiesWrittenTo =
                new java.util.concurrent.atomic.AtomicReference<>(List.of());
        RoundFile write = file -> {
            org.kesudesk.logic.progress.Supervision supervision =
                    new org.kesudesk.logic.progress.Supervision(workspace.progress(), workspace.chases());
            java.util.List<org.kesudesk.documents.SupervisionLetter> letters;
            if (toCounties) {
                org.kesudesk.logic.progress.Supervision.CountyLetters countyLetters =
                        supervision.countyLetters(plan, chosen, today, replyBy, Optional.empty());
                letters = countyLetters.letters();
                countiesWrittenTo.set(countyLetters.counties());
            } else {
                org.kesudesk.logic.progress.Supervision.Letters lettersTo =
                        supervision.lettersTo(plan, chosen, today, replyBy, Optional.empty());
                letters = lettersTo.letters();
                writtenTo.set(lettersTo.units());
            }
            if (letters.isEmpty()) {
                throw new org.kesudesk.l10n.UserFacingException(
                        "progress.supervision.error.nothingLateAtAll", chosen.name());
            }
            org.kesudesk.documents.NoticeHeader header =
                    org.kesudesk.logic.progress.Supervision.header(plan, today, "",
                            workspace.progress().supervisionIssuer(), workspace.progress().supervisionContact())
                            .withUrgency(urgency);
            org.kesudesk.documents.DocumentRenderer renderer = new org.kesudesk.documents.DocumentRenderer();
            java.util.List<java.util.List<org.kesudesk.documents.SupervisionLetter>> files = perUnit
                    ? letters.stream().map(java.util.List::of).toList() : java.util.List.of(letters);
            java.util.List<org.kesudesk.documents.RenderedDocument> written = new java.util.ArrayList<>();
            for (java.util.List<org.kesudesk.documents.SupervisionLetter> some : files) {
                java.nio.file.Path target = perUnit ? file.resolve(org.kesudesk.files.FileNames.safe(name + "-"
                        + some.get(0).unit()) + "." + format.extension()) : file;
                org.kesudesk.documents.RenderedDocument document = form ? renderer.renderSupervisionForms(some, header)
                        : renderer.renderSupervision(some, header, plan);
                try {
                    document.save(target, format);
                } catch (org.kesudesk.l10n.UserFacingException failure) {
                    // one file alone: written.size() is 0, and the failure is said as it is
                    throw org.kesudesk.l10n.FailureReasons.partlyWritten(failure, written.size(), files.size(), file);
                }
                written.add(document);
            }
            return Messages.get("progress.supervision.saved", letters.size(), String.join("、",
                    letters.stream().map(org.kesudesk.documents.SupervisionLetter::unit).toList()))
                    + warnings(header, written, format);
        };
        Runnable thenNote = () -> {
            if (toCounties) {
                if (recordChases && !countiesWrittenTo.get().isEmpty()) {
                    recordCountyLetters(chosen, countiesWrittenTo.get(), today, replyBy);
                }
                return;
            }
            // written again the same day: the units noted then are not noted twice, and no empty edit is undoable
            List<org.kesudesk.model.Unit> toNote = org.kesudesk.logic.progress.Chases.withoutLetterOn(today,
                    writtenTo.get(), chases.get().values().stream().flatMap(List::stream).toList());
            if (recordChases && !toNote.isEmpty()) {
                recordLetters(chosen, toNote, today, replyBy);
            }
        };
        if (!perUnit) {
            saveApart(Messages.get("progress.supervision.title"), name, chosen, format.extension(),
                    Messages.get("progress.supervision.writing"), write, thenNote);
            return;
        }
        saveIntoFolder(Messages.get("progress.supervision.title"), name + "-" + chosen.name(),
                Messages.get("progress.supervision.writing"), write, thenNote);
    }

    /**
     * 导入催办情况（Excel）…: a 催办名单 phoned down, its answers typed in its last column, read in the background and
     * shown; noted as telephone chases in the round shown when the user agrees, one edit 撤销 takes back.
     */
    public void importChases() {
        workspace.dialogs().chooseFileToOpen(Messages.get("progress.chaseImport.title"), "xlsx")
                .ifPresent(this::importChases);
    }

    /** This list, as {@link #importChases()} imports the one chosen. */
    public void importChases(java.nio.file.Path file) {
        PlanDocument plan = workspace.planProperty().get();
        ReportingRound chosen = round.get();
        if (plan == null || chosen == null) {
            return;
        }
        String title = Messages.get("progress.chaseImport.title");
        String recordedBy = System.getProperty("user.name", "?");
        workspace.execute(org.kesudesk.ui.task.BackgroundTask.of(() -> workspace.chaseLists().check(file, plan,
                        chosen, LocalDate.now(), recordedBy))
                .onSuccess(preview -> {
                    String described = org.kesudesk.exchange.ChaseLists.described(preview);
                    if (preview.size() == 0) {
                        workspace.dialogs().notify(title, described + "\n"
                                + Messages.get("progress.chaseImport.nothing"));
                    } else if (workspace.dialogs().confirm(title, described,
                            Messages.get("progress.chaseImport.confirm"))) {
                        noteAll(chosen, preview, Messages.get("progress.chaseImport.edit", preview.size()));
                    }
                })
                .onFailure(failure -> workspace.dialogs().showError(title, org.kesudesk.ui.FailureMessages.of(
                        Messages.get("progress.chaseImport.reading"), failure))));
    }

    /** Notes a list's checked chases (of units and counties' offices) in one transaction, one edit 撤销 takes back. */
    private void noteAll(ReportingRound chosen, org.kesudesk.exchange.ChaseLists.Preview preview, String description) {
        applyChaseEdit(description, () -> workspace.chases().recordAll(chosen, preview.chases(), preview.units(),
                        preview.countyChases(), preview.counties()),
                () -> workspace.chases().removeAll(chosen, preview.chases(), preview.units(),
                        preview.countyChases(), preview.counties()));
    }

    /**
     * The letters to counties' offices noted as chases of the counties, one edit 撤销 takes back (a county noted so
     * that day already is not noted twice; nothing to note, no edit).
     */
    private void recordCountyLetters(ReportingRound chosen, List<org.kesudesk.model.Region> counties, LocalDate today,
                                     LocalDate replyBy) {
        String recordedBy = System.getProperty("user.name", "?");
        Map<java.util.UUID, org.kesudesk.model.Region> byId = new java.util.HashMap<>();
        counties.forEach(county -> byId.put(county.id(), county));
        applyRecordedOnce(Messages.get("progress.chase.countyLettersEdit", counties.size()),
                () -> workspace.chases().recordCountyLetters(chosen, counties, today, replyBy, recordedBy),
                stored -> workspace.chases().recordCounties(chosen, stored, byId),
                stored -> workspace.chases().removeCounties(chosen, stored, byId));
    }

    /** Notes the letters written to units as chases of them, one edit 撤销 takes back. */
    private void recordLetters(ReportingRound chosen, List<org.kesudesk.model.Unit> units, LocalDate today,
                               LocalDate replyBy) {
        String recordedBy = System.getProperty("user.name", "?");
        Map<java.util.UUID, org.kesudesk.model.Unit> byId = new java.util.HashMap<>();
        units.forEach(unit -> byId.put(unit.id(), unit));
        applyRecordedOnce(Messages.get("progress.chase.lettersEdit", units.size()),
                () -> workspace.chases().recordLetters(chosen, units, today, replyBy, recordedBy),
                stored -> workspace.chases().recordAll(chosen, stored, byId),
                stored -> workspace.chases().removeAll(chosen, stored, byId));
    }

    /**
     * 工作总结初稿…: the draft of the round shown as a Word file where the user says (every unit's report under the
     * plan's tasks, the figures, the late list), written in the background.
     */
    public void summaryDraft() {
        PlanDocument plan = workspace.planProperty().get();
        ReportingRound chosen = round.get();
        if (plan == null || chosen == null) {
            return;
        }
        saveApart(Messages.get("progress.summary.title"), Messages.get("documents.summary.name"), chosen, "docx",
                Messages.get("progress.summary.writing"), file -> {
                    new org.kesudesk.documents.DocumentRenderer().writeSummary(
                            new org.kesudesk.logic.progress.SummaryDrafts(workspace.progress(), workspace.chases(),
                                    workspace.countyTasks())
                                    .draft(plan, chosen, LocalDate.now()), plan, file);
                    return Messages.get("progress.summary.saved", chosen.name());
                });
    }

    /**
     * The frame of the shown round's 通报 this office uses (its own, else the app's for the round as it stands today),
     * read in the background, then given.
     */
    public void bulletinFrame(java.util.function.Consumer<String> then) {
        ReportingRound chosen = round.get();
        if (chosen == null) {
            return;
        }
        workspace.read(() -> workspace.bulletins().frame(chosen, LocalDate.now()), then);
    }

    /**
     * 督办通知单 ▸ 发文机关…: the office named for the letters and bulletins ("" if none) and the plan's issuer, read in
     * the background and handed to {@code then} (which asks the user).
     */
    public void supervisionIssuer(java.util.function.BiConsumer<Sender, String> then) {
        PlanDocument plan = workspace.planProperty().get();
        String plansIssuer = plan == null ? "" : plan.plan().issuer();
        workspace.read(() -> new Sender(workspace.progress().supervisionIssuer().orElse(""),
                        workspace.progress().supervisionContact()),
                named -> then.accept(named, plansIssuer));
    }

    /** The office the letters go out in the name of ("" for the plan's issuer), and whom units are to call. */
    public record Sender(String issuer, org.kesudesk.model.UnitLiaison contact) {
    }

    /**
     * Keeps the office the letters and bulletins go out in the name of (an empty name: the plan's issuer again) and
     * the 联系人 and 联系电话 the letters give (both empty: none).
     */
    public void setSupervisionIssuer(String typed, String contactPerson, String contactPhone) {
        workspace.read(() -> {
            workspace.progress().setSupervisionIssuer(typed);
            workspace.progress().setSupervisionContact(contactPerson, contactPhone);
            return typed;
        }, saved -> { });
    }

    /** The placeholders a frame may use, as it writes them ({已完成}、…). */
    public static List<String> bulletinPlaceholders() {
        return java.util.Arrays.stream(org.kesudesk.logic.progress.Bulletins.Figure.values())
                .map(figure -> "{" + figure.placeholder() + "}").toList();
    }

    /** The app's own frame of the shown round's 通报 as it stands today (to start again from). */
    public String defaultBulletinFrame() {
        ReportingRound chosen = round.get();
        return chosen == null ? org.kesudesk.logic.progress.Bulletins.defaultFrame()
                : org.kesudesk.logic.progress.Bulletins.defaultFrame(chosen, LocalDate.now());
    }

    /**
     * 进展情况通报…: the round shown's 通报 from the frame given (kept as the office's if asked), saved where the user
     * says as PDF or Word; worked out and written in the background, a wrong placeholder told before anything is
     * saved.
     */
    public void bulletin(String frame, boolean keepFrame, org.kesudesk.documents.OutputFormat format) {
        PlanDocument plan = workspace.planProperty().get();
        ReportingRound chosen = round.get();
        if (plan == null || chosen == null) {
            return;
        }
        LocalDate today = LocalDate.now();
        saveApart(Messages.get("progress.bulletin.dialog.title"), Messages.get("documents.bulletin.name"), chosen,
                format.extension(), Messages.get("progress.bulletin.writing"), file -> {
                    org.kesudesk.logic.progress.Bulletins bulletins = workspace.bulletins();
                    if (keepFrame) {
                        bulletins.saveFrame(frame);
                    }
                    org.kesudesk.documents.Bulletin bulletin = bulletins.bulletin(plan, chosen, today, frame);
                    org.kesudesk.documents.NoticeHeader header = org.kesudesk.logic.progress.Supervision.header(plan,
                            today, "", workspace.progress().supervisionIssuer());
                    org.kesudesk.documents.RenderedDocument document = new org.kesudesk.documents.DocumentRenderer()
                            .renderBulletin(bulletin, header, plan);
                    document.save(file, format);
                    return Messages.get("progress.bulletin.saved", chosen.name(), bulletin.tables().size(),
                            bulletin.charts().size()) + warnings(header, java.util.List.of(document), format);
                });
    }

    /**
     * What the user is told besides of letters or a 通报 just saved: that they go out in no office's name, and the
     * characters the fonts lack (blank in a PDF or OFD; Word substitutes them), each on a line of its own.
     */
    private static String warnings(org.kesudesk.documents.NoticeHeader header,
                                   java.util.List<org.kesudesk.documents.RenderedDocument> documents,
                                   org.kesudesk.documents.OutputFormat format) {
        StringBuilder told = new StringBuilder();
        if (header.signature().isBlank()) {
            told.append('\n').append(Messages.get("progress.supervision.noIssuer"));
        }
        documents.stream().map(document -> document.missingCharactersText(format)).flatMap(Optional::stream)
                .distinct().forEach(text -> told.append('\n').append(text));
        return told.toString();
    }

    /** Writes a file of the round. */
    @FunctionalInterface
    private interface RoundFile {
        /** Writes it; returns what the user is told it holds. */
        String write(java.nio.file.Path file) throws Exception;
    }

    /**
     * Asks where to save a file of the round (named after it), writes it in the background, then says where it went
     * and what it holds, or what went wrong while {@code doing}.
     */
    private void saveApart(String title, String name, ReportingRound chosen, String extension, String doing,
                           RoundFile work) {
        saveApart(title, name, chosen, extension, doing, work, () -> { });
    }

    /** As {@link #saveApart(String, String, ReportingRound, String, String, RoundFile)}, then runs what follows. */
    private void saveApart(String title, String name, ReportingRound chosen, String extension, String doing,
                           RoundFile work, Runnable thenSaved) {
        workspace.dialogs().chooseSaveFile(title, org.kesudesk.files.FileNames.safe(name + "-" + chosen.name()),
                extension).ifPresent(file -> {
                    loading.set(true);
                    workspace.executeApart(org.kesudesk.ui.task.BackgroundTask.of(() -> work.write(file))
                            .onSuccess(told -> {
                                loading.set(false);
                                workspace.dialogs().showSaved(title, told, file.toAbsolutePath().toString(), file);
                                thenSaved.run();
                            })
                            .onFailure(failure -> {
                                loading.set(false);
                                workspace.dialogs().showError(title, org.kesudesk.ui.FailureMessages.of(doing,
                                        failure));
                            }));
                });
    }

    /**
     * 导入填报表…: the filled-in sheets the user chooses (several at once), each checked first; what they hold is
     * shown, and stored only when the user agrees (a backup first, then one transaction).
     */
    public void importSheets() {
        java.util.List<java.nio.file.Path> files = workspace.dialogs().chooseFilesToOpen(
                Messages.get("progress.sheets.import.title"), "xlsx");
        if (!files.isEmpty()) {
            importSheets(files);
        }
    }

    /** These filled-in sheets (dropped on the window, say), as {@link #importSheets()} imports those chosen. */
    public void importSheets(java.util.List<java.nio.file.Path> files) {
        org.kesudesk.exchange.ProgressLedgers ledgers = workspace.progressLedgers();
        ReportingRound chosen = round.get();
        loading.set(true);
        workspace.execute(org.kesudesk.ui.task.BackgroundTask.of(() -> ledgers.check(files,
                        Optional.ofNullable(chosen).map(ReportingRound::name)))
                .onSuccess(checked -> {
                    loading.set(false);
                    int reports = checked.stream().mapToInt(file -> file.reports().size()).sum();
                    if (checked.stream().noneMatch(org.kesudesk.exchange.ProgressLedgers.Checked::changesAnything)) {
                        // every filled row says what the office holds: nothing to store, no backup, no question
                        workspace.dialogs().notify(Messages.get("progress.sheets.import.title"),
                                Messages.get("progress.sheets.nothingNew", checked.size()));
                        return;
                    }
                    String listed = String.join("\n", checked.stream().map(file -> Messages.get(
                            "progress.sheets.line", file.file().getFileName(), file.unit().name(),
                            file.filled(), file.reports().size(), file.unchanged())
                            + file.liaison().map(liaison -> Messages.get("progress.sheets.liaison", liaison.shown()))
                            .orElse("")).toList());
                    if (!workspace.dialogs().confirm(Messages.get("progress.sheets.import.title"),
                            Messages.get("progress.sheets.preview", checked.size(), reports, listed),
                            Messages.get("progress.sheets.import.confirm"))) {
                        return;
                    }
                    loading.set(true);
                    workspace.execute(org.kesudesk.ui.task.BackgroundTask.of(() -> ledgers.apply(checked))
                            .onSuccess(imported -> {
                                loading.set(false);
                                loadRows();
                                workspace.refreshLights();
                                workspace.dialogs().notify(Messages.get("progress.sheets.import.title"),
                                        Messages.get("progress.sheets.imported", checked.size(),
                                                imported.reports()));
                            })
                            .onFailure(this::importFailed));
                })
                .onFailure(this::importFailed));
    }

    private void importFailed(Exception failure) {
        loading.set(false);
        workspace.dialogs().showError(Messages.get("progress.sheets.import.title"),
                org.kesudesk.ui.FailureMessages.of(Messages.get("progress.sheets.importing"), failure));
    }

    /** Opens an attached file with the program the desktop uses for its kind (written to a temporary folder). */
    public void openEvidence(org.kesudesk.model.Evidence evidence) {
        workspace.executeApart(org.kesudesk.ui.task.BackgroundTask.of(() -> {
                    java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("kesudesk-evidence");
                    java.nio.file.Path file = folder.resolve(org.kesudesk.files.FileNames.safe(evidence.name()));
                    java.nio.file.Files.write(file, workspace.progress().evidenceContent(evidence));
                    file.toFile().deleteOnExit();
                    folder.toFile().deleteOnExit();
                    return file;
                })
                .onSuccess(org.kesudesk.ui.DesktopFiles::open)
                .onFailure(failure -> workspace.dialogs().showError(Messages.get("progress.evidence.open"),
                        org.kesudesk.ui.FailureMessages.of(Messages.get("progress.evidence.opening"), failure))));
    }

    /** Stores what a unit reports on a task in the round shown, as an edit that 撤销 takes back. */
    public void report(ProgressTracking.Row row, ProgressTracking.Entry entry) {
        report(row, entry, java.util.List.of());
    }

    /** Stores a report with files attached to it (checked first; none is stored if one is refused). */
    public void report(ProgressTracking.Row row, ProgressTracking.Entry entry, java.util.List<java.nio.file.Path> files) {
        PlanDocument plan = workspace.planProperty().get();
        ReportingRound chosen = round.get();
        String reportedBy = System.getProperty("user.name", "?");
        workspace.apply(new EditCommand() {
            private ProgressTracking.Stored stored;

            @Override
            public String description() {
                return Messages.get("progress.edit", row.place(), row.unit().name());
            }

            @Override
            public EditEffect execute() {
                // over the report shown: one someone else made meanwhile is not replaced unseen (redone, over none
                // or the one this edit replaced, as before)
                stored = workspace.progress().reportOver(row.report(), plan, chosen, row.task(), row.unit(), entry,
                        reportedBy, files);
                return EditEffect.nodes(row.task().id());
            }

            @Override
            public EditEffect undo() {
                workspace.progress().undo(stored);
                return EditEffect.nodes(row.task().id());
            }
        });
    }

    public ObservableList<ReportingRound> rounds() {
        return rounds;
    }

    public ObjectProperty<ReportingRound> roundProperty() {
        return round;
    }

    /** The rows shown: all, or those of the light chosen. */
    public ObservableList<ProgressTracking.Row> rows() {
        return rows;
    }

    /** The light whose rows alone are shown, or null for all. */
    public ObjectProperty<StatusLight> lightFilterProperty() {
        return lightFilter;
    }

    /**
     * Whether only the rows to chase are shown ({@link ProgressTracking.Row#toChase}: red or yellow, or past or near
     * the deadline and not reported — what the 督办通知单 hold); set, it clears the light chosen, and a light chosen
     * clears it.
     */
    public javafx.beans.property.BooleanProperty toChaseFilterProperty() {
        return toChaseFilter;
    }

    /** Counts by light in words: 绿 3　黄 1　红 0　未报 163　已报 4/167（2%）. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the table says when it shows no row, and why. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    /** Why the table by unit shows no row: no round chosen yet, or a round without responsible units. */
    public ReadOnlyStringProperty unitsEmptyTextProperty() {
        return unitsEmptyText.getReadOnlyProperty();
    }

    /** The previous round's counts by light, as they stood on its due date, or "" for a first round. */
    public ReadOnlyStringProperty previousSummaryProperty() {
        return previousSummary.getReadOnlyProperty();
    }

    /** Each unit's figures for the round: who reported, who is late, 按时报送率. */
    public ObservableList<ProgressTracking.UnitSummary> units() {
        return units;
    }

    /** For a city's plan, each county's figures (empty for a county's plan). */
    public ObservableList<ProgressTracking.CountySummary> counties() {
        return counties;
    }

    /**
     * The city's task whose counties are shown: the task of the row chosen (the view sets it). Beside a county's
     * plan, or a city's without counties' plans, nothing is read.
     */
    public ObjectProperty<PlanNode> countyTaskProperty() {
        return countyTask;
    }

    /** Each county's standing on the chosen task, in the counties' order (empty when no task is chosen). */
    public ObservableList<org.kesudesk.logic.progress.CountyTasks.Standing> countyStandings() {
        return countyStandings;
    }

    /** What the counties' standings are of: 二、（一）1. 将弘扬科学精神… 在各县（市）区, or to choose a task. */
    public ReadOnlyStringProperty countyTaskHeadingProperty() {
        return countyTaskHeading.getReadOnlyProperty();
    }

    /** One county's standing in words, for its row's tooltip: each of its units' report on the task. */
    public static String countyStandingDetail(org.kesudesk.logic.progress.CountyTasks.Standing standing) {
        List<String> lines = new java.util.ArrayList<>();
        standing.place().ifPresent(place -> lines.add(Messages.get("progress.countyTask.place", place)));
        if (standing.rows().isEmpty()) {
            lines.add(standing.line());
        }
        for (ProgressTracking.Row row : standing.rows()) {
            lines.add(row.report().map(report -> Messages.get("progress.countyTask.unitReport", row.unit().name(),
                    ProgressTracking.statusName(report.status()), report.percent(),
                    report.progress().isBlank() ? "" : "：" + report.progress().strip()))
                    .orElseGet(() -> Messages.get("progress.countyTask.unitSilent", row.unit().name())));
        }
        lines.add(Messages.get("progress.countyTask.open", standing.county().name()));
        return String.join("\n", lines);
    }

    private void loadCountyStandings() {
        PlanDocument plan = workspace.planProperty().get();
        PlanNode task = countyTask.get();
        if (plan == null || task == null || counties.isEmpty()) {
            countyStandings.clear();
            countyTaskHeading.set(Messages.get("progress.countyTask.none"));
            return;
        }
        // the place as the task's rows have it (the plan is not walked again on this thread for it)
        String place = allRows.stream().filter(row -> row.task().id().equals(task.id())).findFirst()
                .map(ProgressTracking.Row::place).orElse("");
        String heading = Messages.get("progress.countyTask.heading", place, task.title());
        // the first task chosen pairs every county's plan with the city's (a second or two for large plans)
        countyTaskHeading.set(heading + Messages.get("progress.countyTask.reading"));
        LocalDate today = LocalDate.now();
        Optional<ReportingRound> shown = Optional.ofNullable(round.get());
        workspace.read(() -> workspace.countyTasks().of(plan, shown, task.id(), today), found -> {
            if (task.equals(countyTask.get()) && shown.equals(Optional.ofNullable(round.get()))) {
                countyStandings.setAll(found);
                countyTaskHeading.set(heading);
            }
        });
    }

    /** The unit whose rows alone are shown, or null for all. */
    public ObjectProperty<org.kesudesk.model.Unit> unitFilterProperty() {
        return unitFilter;
    }

    /** The rows of each section by light, for the chart. */
    public ObservableList<SectionCount> sections() {
        return sections;
    }

    /** Whether the city said it has this attached file: its last file back carried the receipt for it. */
    public boolean atCity(org.kesudesk.model.Evidence file) {
        return receivedByCity.contains(file.hash());
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** Whether a round is shown and takes reports. */
    public boolean canReport() {
        return round.get() != null && round.get().isOpen();
    }

    /** 提升行动, 重点工程, 保障措施: the kind of item a reference begins with (action.1.2). */
    private static String sectionName(String prefix) {
        for (org.kesudesk.model.NodeKind kind : org.kesudesk.model.NodeKind.values()) {
            if (kind.name().equalsIgnoreCase(prefix)) {
                return Messages.get("node.kind." + kind.name());
            }
        }
        return prefix;
    }

    static List<StatusLight> lights() {
        return List.of(StatusLight.GREEN, StatusLight.YELLOW, StatusLight.RED, StatusLight.GREY);
    }
}
