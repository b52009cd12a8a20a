package org.kesudesk.logic.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kesudesk.documents.Bulletin;
import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.ProgressStatus;
import org.kesudesk.model.ReportingRound;
import org.kesudesk.model.StatusLight;
import org.kesudesk.store.Database;
import org.kesudesk.store.ProgressRepository;

/**
 * A round's 进展情况通报 from its reports: the office's text frame with the round's figures put in for its
 * placeholders ({已完成} …), and as its 附件 the figures by action and project, by unit, by county (for a city), the
 * indicators, the tasks late, and charts of completion and of reports on time. Every figure is counted here, from
 * the rows of the round ({@link ProgressTracking#rows}): task × responsible unit, as the 台账 has them.
 */
public final class Bulletins {

    /** The longest frame an office may keep (what one setting holds). */
    public static final int FRAME_LENGTH = 2000;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\n]{1,20})\\}");

    private final ProgressTracking tracking;
    private final IndicatorTracking indicators;
    private final ProgressRepository store;
    private final Chases chases;

    public Bulletins(Database database, ProgressTracking tracking, IndicatorTracking indicators) {
        this.tracking = tracking;
        this.indicators = indicators;
        this.store = new ProgressRepository(database);
        this.chases = new Chases(database);
    }

    /** What the frame's placeholders stand for; each is named in the frame by its Chinese name. */
    public enum Figure {
        PLAN, ROUND, DUE, DATE, TASKS, ROWS, DONE, IN_PROGRESS, ONGOING, LAGGING, NOT_STARTED, UNREPORTED, RED,
        YELLOW,
        /** The rows past or near their deadline that their units have not reported on: chased, their lights grey. */
        SILENT_WHEN_DUE,
        UNITS, ON_TIME_UNITS, ON_TIME_RATE, ON_TIME_UNIT_NAMES, LATE_UNIT_NAMES, COUNTIES,
        /** The units chased in the round that have still not reported every task, each with how often: or "". */
        CHASED;

        /** The placeholder's name as the frame writes it between braces. */
        public String placeholder() {
            return Messages.get("progress.bulletin.figure." + name());
        }
    }

    /** The frame this office uses for a round's 通报 on a day: its own, else the app's ({@link #defaultFrame}). */
    public String frame(ReportingRound round, LocalDate today) {
        return store.bulletinFrame().filter(frame -> !frame.isBlank()).orElseGet(() -> defaultFrame(round, today));
    }

    /**
     * The app's frame for a round's 通报 on a day: once its due date has passed, the one that says the reports closed
     * and names the units late; before, one that says when they close and names the units yet to report (a unit
     * that has not reported by then is not late yet).
     */
    public static String defaultFrame(ReportingRound round, LocalDate today) {
        return today.isAfter(round.due()) ? defaultFrame() : openRoundFrame();
    }

    /** The app's frame for a round whose due date has not passed. */
    private static String openRoundFrame() {
        return Messages.get("progress.bulletin.frame.open");
    }

    /** The app's frame for a round whose due date has passed. */
    public static String defaultFrame() {
        return Messages.get("progress.bulletin.frame");
    }

    /**
     * Keeps the office's frame after checking it (its placeholders known, its length within
     * {@value #FRAME_LENGTH}); an empty frame or one of the app's goes back to the app's.
     */
    public void saveFrame(String frame) {
        String checked = checkedFrame(frame);
        boolean apps = checked.equals(defaultFrame().strip())
                || checked.equals(openRoundFrame().strip());
        store.setBulletinFrame(apps ? "" : checked, Messages.get("progress.bulletin.frameSaved"));
    }

    /** The frame as typed, line ends made one, checked: every placeholder one this app fills, within the length. */
    public static String checkedFrame(String typed) {
        String frame = typed.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (frame.length() > FRAME_LENGTH) {
            throw new UserFacingException("progress.bulletin.error.frameLength", frame.length(), FRAME_LENGTH);
        }
        org.kesudesk.model.TextRules.textProblem(frame, FRAME_LENGTH).ifPresent(problem -> {
            throw new UserFacingException("progress.bulletin.error.frameText",
                    org.kesudesk.l10n.ContentMessages.problem(problem, FRAME_LENGTH).text());
        });
        Set<String> known = new LinkedHashSet<>();
        for (Figure figure : Figure.values()) {
            known.add(figure.placeholder());
        }
        Matcher matcher = PLACEHOLDER.matcher(frame);
        while (matcher.find()) {
            if (!known.contains(matcher.group(1))) {
                throw new UserFacingException("progress.bulletin.error.placeholder", matcher.group(1),
                        String.join("、", known.stream().map(name -> "{" + name + "}").toList()));
            }
        }
        return frame;
    }

    /**
     * A frame from a text file (UTF-8, as Notepad and WPS save it), checked: a file larger than a frame can be in
     * UTF-8 is refused before it is read.
     */
    public static String readFrame(java.nio.file.Path file) {
        try {
            long size = java.nio.file.Files.size(file);
            if (size > 4L * FRAME_LENGTH + 3) {
                throw new UserFacingException("progress.bulletin.error.frameLength", size / 3, FRAME_LENGTH);
            }
            byte[] bytes = java.nio.file.Files.readAllBytes(file);
            String text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return checkedFrame(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UserFacingException("progress.bulletin.error.frameEncoding", file.toAbsolutePath());
        } catch (java.io.IOException e) {
            throw new UserFacingException(e, "progress.bulletin.error.frameFile", file.toAbsolutePath(),
                    org.kesudesk.l10n.FailureReasons.of(e));
        }
    }

    /** The 通报 of a round on a day, its text from the frame given (checked first). */
    public Bulletin bulletin(PlanDocument plan, ReportingRound round, LocalDate today, String frame) {
        String checked = checkedFrame(frame);
        List<ProgressTracking.Row> rows = tracking.rows(plan, round, today);
        List<ProgressTracking.UnitSummary> units = ProgressTracking.byUnit(rows, round);
        List<ProgressTracking.CountySummary> counties = tracking.byCounty(plan, Optional.of(round), today);
        List<IndicatorTracking.Row> indicatorRows = indicators.rows(plan);
        int year = indicatorYear(plan, round);

        // the figures of rows count those someone here answers for: the counties' have figures of their own
        List<ProgressTracking.Row> answered = ProgressTracking.answeredFor(rows);
        Map<Figure, String> figures = figures(plan, round, today, rows, answered, units, counties,
                chases.byUnit(round), counties.isEmpty() ? Map.of() : chases.byCounty(round));
        List<String> paragraphs = new ArrayList<>();
        for (String line : checked.split("\n")) {
            String filled = fill(line, figures).strip();
            if (!filled.isEmpty()) {
                paragraphs.add(filled);
            }
        }
        List<Bulletin.Table> tables = new ArrayList<>();
        List<Bulletin.Chart> charts = new ArrayList<>();
        List<ItemFigures> items = byItem(plan, answered);
        tables.add(itemTable(tables.size() + 1, items));
        tables.add(unitTable(tables.size() + 1, rows, units));
        if (!counties.isEmpty()) {
            tables.add(countyTable(tables.size() + 1, counties));
        }
        if (!indicatorRows.isEmpty()) {
            tables.add(indicatorTable(tables.size() + 1, indicatorRows, year));
        }
        tables.add(lateTable(tables.size() + 1, rows, org.kesudesk.logic.PlanReferences.numberedTitles(plan)));

        charts.add(new Bulletin.Chart(Messages.get("progress.bulletin.chart.items", charts.size() + 1),
                Messages.get("progress.bulletin.axis.percent"), items.stream().map(ItemFigures::name).toList(),
                List.of(new Bulletin.Series(Messages.get("progress.bulletin.series.done"),
                        items.stream().map(item -> (double) item.doneRate()).toList()))));
        charts.add(new Bulletin.Chart(Messages.get("progress.bulletin.chart.units", charts.size() + 1),
                Messages.get("progress.bulletin.axis.percent"),
                units.stream().map(unit -> unit.unit().name()).toList(),
                List.of(new Bulletin.Series(Messages.get("progress.bulletin.series.onTime"),
                        units.stream().map(unit -> (double) unit.onTimeRate()).toList()))));
        List<String> attained = new ArrayList<>();
        List<Double> attainment = new ArrayList<>();
        for (IndicatorTracking.Row row : indicatorRows) {
            row.attainment(year).ifPresent(percent -> {
                attained.add(Messages.get("progress.bulletin.indicatorName", row.reference()));
                attainment.add(percent.doubleValue());
            });
        }
        if (!attained.isEmpty()) {
            charts.add(new Bulletin.Chart(Messages.get("progress.bulletin.chart.indicators", charts.size() + 1,
                    year), Messages.get("progress.bulletin.axis.attainment"), attained,
                    List.of(new Bulletin.Series(Messages.get("progress.bulletin.series.attainment"), attainment))));
        }
        String planName = plan.plan().name().strip();
        return new Bulletin(Messages.get("progress.bulletin.title", round.name(), planName),
                Messages.get("progress.bulletin.addressees"), paragraphs,
                Messages.get("progress.bulletin.attachment", round.name()), tables, charts);
    }

    /**
     * The year whose indicator values a round's 通报 shows: the round's (its due date's), within the plan's period (a
     * round after the period's end, as a plan's last summing-up often is, shows its last year).
     */
    static int indicatorYear(PlanDocument plan, ReportingRound round) {
        int year = round.due().getYear();
        return plan.plan().period().map(period -> Math.max(period.firstYear(), Math.min(period.lastYear(), year)))
                .orElse(year);
    }

    /** The frame's line with each placeholder replaced by its figure. */
    private static String fill(String line, Map<Figure, String> figures) {
        Map<String, String> byName = new LinkedHashMap<>();
        figures.forEach((figure, value) -> byName.put(figure.placeholder(), value));
        Matcher matcher = PLACEHOLDER.matcher(line);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(filled, Matcher.quoteReplacement(byName.getOrDefault(matcher.group(1),
                    matcher.group())));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    private static Map<Figure, String> figures(PlanDocument plan, ReportingRound round, LocalDate today,
                                               List<ProgressTracking.Row> rows,
                                               List<ProgressTracking.Row> answered,
                                               List<ProgressTracking.UnitSummary> units,
                                               List<ProgressTracking.CountySummary> counties,
                                               Map<UUID, List<org.kesudesk.model.ChaseRecord>> chased,
                                               Map<UUID, List<org.kesudesk.model.ChaseRecord>> countiesChased) {
        Set<UUID> tasks = new LinkedHashSet<>();
        rows.forEach(row -> tasks.add(row.task().id()));
        Map<ProgressStatus, Integer> byStatus = byStatus(answered);
        Map<StatusLight, Integer> lights = ProgressTracking.countByLight(answered);
        List<String> onTime = new ArrayList<>();
        List<String> late = new ArrayList<>();
        for (ProgressTracking.UnitSummary unit : units) {
            (onTimeUnit(unit) ? onTime : late).add(unit.unit().name());
        }
        Map<Figure, String> figures = new EnumMap<>(Figure.class);
        figures.put(Figure.PLAN, plan.plan().name().strip());
        figures.put(Figure.ROUND, round.name());
        figures.put(Figure.DUE, org.kesudesk.documents.NoticeHeader.chineseDate(round.due()));
        figures.put(Figure.DATE, org.kesudesk.documents.NoticeHeader.chineseDate(today));
        figures.put(Figure.TASKS, String.valueOf(tasks.size()));
        figures.put(Figure.ROWS, String.valueOf(answered.size()));
        figures.put(Figure.DONE, String.valueOf(byStatus.get(ProgressStatus.DONE)));
        figures.put(Figure.IN_PROGRESS, String.valueOf(byStatus.get(ProgressStatus.IN_PROGRESS)));
        figures.put(Figure.ONGOING, String.valueOf(byStatus.get(ProgressStatus.ONGOING)));
        figures.put(Figure.LAGGING, String.valueOf(byStatus.get(ProgressStatus.LAGGING)));
        figures.put(Figure.NOT_STARTED, String.valueOf(byStatus.get(ProgressStatus.NOT_STARTED)));
        figures.put(Figure.UNREPORTED, String.valueOf(unreported(answered)));
        figures.put(Figure.RED, String.valueOf(lights.get(StatusLight.RED)));
        figures.put(Figure.YELLOW, String.valueOf(lights.get(StatusLight.YELLOW)));
        figures.put(Figure.SILENT_WHEN_DUE, String.valueOf(answered.stream()
                .filter(ProgressTracking.Row::silentWhenDue).count()));
        figures.put(Figure.UNITS, String.valueOf(units.size()));
        figures.put(Figure.ON_TIME_UNITS, String.valueOf(onTime.size()));
        figures.put(Figure.ON_TIME_RATE, percent(onTime.size(), units.size()) + "%");
        figures.put(Figure.ON_TIME_UNIT_NAMES, onTime.isEmpty() ? Messages.get("progress.bulletin.none")
                : String.join("、", onTime));
        figures.put(Figure.LATE_UNIT_NAMES, late.isEmpty() ? Messages.get("progress.bulletin.none")
                : String.join("、", late));
        // chased and still not reporting everything: named with how often, as a 通报 says 经多次催办仍未报送
        List<String> stillMissing = new ArrayList<>();
        for (ProgressTracking.UnitSummary unit : units) {
            List<org.kesudesk.model.ChaseRecord> times = chased.getOrDefault(unit.unit().id(), List.of());
            if (!times.isEmpty() && unit.reported() < unit.tasks()) {
                stillMissing.add(Messages.get("progress.bulletin.chasedUnit", unit.unit().name(), times.size()));
            }
        }
        figures.put(Figure.CHASED, stillMissing.isEmpty() ? ""
                : Messages.get("progress.bulletin.chased", String.join("、", stillMissing)));
        if (counties.isEmpty()) {
            figures.put(Figure.COUNTIES, "");
        } else {
            int reported = 0;
            int countyRows = 0;
            int countiesReporting = 0;
            // a 通报 names those behind: the counties that have sent nothing of the round
            List<String> silent = new ArrayList<>();
            for (ProgressTracking.CountySummary county : counties) {
                reported += county.reported();
                countyRows += county.rows();
                if (county.reported() > 0) {
                    countiesReporting++;
                } else {
                    int times = countiesChased.getOrDefault(county.county().id(), List.of()).size();
                    silent.add(times == 0 ? county.county().name()
                            : Messages.get("progress.bulletin.chasedUnit", county.county().name(), times));
                }
            }
            String word = countiesWord(counties);
            if (counties.size() == 1) {
                // one county: said of it by name — 富裕县已报送本轮进展，责任分工报送率40%。
                figures.put(Figure.COUNTIES, silent.isEmpty()
                        ? Messages.get("progress.bulletin.countyAlone", counties.get(0).county().name(),
                        percent(reported, countyRows))
                        : Messages.get("progress.bulletin.countyAloneSilent", silent.get(0)));
            } else {
                figures.put(Figure.COUNTIES, Messages.get("progress.bulletin.counties", counties.size(),
                        countiesReporting, percent(reported, countyRows), word) + (silent.isEmpty() ? ""
                        : Messages.get("progress.bulletin.countiesSilent", String.join("、", silent), word)));
            }
        }
        return figures;
    }

    /** A unit reported on time if it reported every one of its tasks by the round's due date. */
    static boolean onTimeUnit(ProgressTracking.UnitSummary unit) {
        return unit.tasks() > 0 && unit.onTime() == unit.tasks();
    }

    private static Map<ProgressStatus, Integer> byStatus(List<ProgressTracking.Row> rows) {
        Map<ProgressStatus, Integer> counts = new EnumMap<>(ProgressStatus.class);
        for (ProgressStatus status : ProgressStatus.values()) {
            counts.put(status, 0);
        }
        rows.forEach(row -> row.report().ifPresent(report -> counts.merge(report.status(), 1, Integer::sum)));
        return counts;
    }

    private static int unreported(List<ProgressTracking.Row> rows) {
        return (int) rows.stream().filter(row -> row.report().isEmpty()).count();
    }

    /** A share in whole percent (0 of 0 is 0). */
    static int percent(int part, int whole) {
        return whole == 0 ? 0 : Math.round(100f * part / whole);
    }

    /** An action's or project's rows and their figures. */
    private record ItemFigures(String name, List<ProgressTracking.Row> rows) {
        int count(ProgressStatus status) {
            return (int) rows.stream().filter(row -> row.report().map(r -> r.status() == status).orElse(false))
                    .count();
        }

        int doneRate() {
            return percent(count(ProgressStatus.DONE), rows.size());
        }
    }

    /** The rows under each action and project (and each other item with tasks), in the plan's order. */
    private static List<ItemFigures> byItem(PlanDocument plan, List<ProgressTracking.Row> rows) {
        Map<UUID, String> itemOf = new java.util.HashMap<>();
        Map<String, List<ProgressTracking.Row>> byItem = new LinkedHashMap<>();
        for (PlanNode item : plan.items()) {
            String name = item.title().strip();
            item.forEachNode(node -> itemOf.put(node.id(), name));
        }
        for (ProgressTracking.Row row : rows) {
            String item = itemOf.get(row.task().id());
            if (item != null) {
                byItem.computeIfAbsent(item, name -> new ArrayList<>()).add(row);
            }
        }
        List<ItemFigures> items = new ArrayList<>();
        byItem.forEach((name, itemRows) -> items.add(new ItemFigures(name, itemRows)));
        return items;
    }

    private static Bulletin.Table itemTable(int number, List<ItemFigures> items) {
        List<List<String>> cells = new ArrayList<>();
        int[] total = new int[6];
        for (ItemFigures item : items) {
            int[] f = {item.rows().size(), item.count(ProgressStatus.DONE), item.count(ProgressStatus.IN_PROGRESS),
                    item.count(ProgressStatus.ONGOING), item.count(ProgressStatus.LAGGING), unreported(item.rows())};
            for (int i = 0; i < f.length; i++) {
                total[i] += f[i];
            }
            cells.add(row(item.name(), f, percent(f[1], f[0]) + "%"));
        }
        cells.add(row(Messages.get("progress.bulletin.total"), total, percent(total[1], total[0]) + "%"));
        return new Bulletin.Table(Messages.get("progress.bulletin.table.items", number), Bulletin.Layout.FIGURES,
                header("progress.bulletin.column.items"), cells, Messages.get("progress.bulletin.note.items"));
    }

    private static Bulletin.Table unitTable(int number, List<ProgressTracking.Row> rows,
                                            List<ProgressTracking.UnitSummary> units) {
        Map<UUID, int[]> statuses = new java.util.HashMap<>();
        for (ProgressTracking.Row row : rows) {
            int[] f = statuses.computeIfAbsent(row.unit().id(), id -> new int[2]);
            row.report().ifPresent(report -> {
                if (report.status() == ProgressStatus.DONE) {
                    f[0]++;
                } else if (report.status() == ProgressStatus.LAGGING) {
                    f[1]++;
                }
            });
        }
        List<List<String>> cells = new ArrayList<>();
        int[] total = new int[6];
        for (ProgressTracking.UnitSummary unit : units) {
            int[] s = statuses.getOrDefault(unit.unit().id(), new int[2]);
            int[] f = {unit.tasks(), unit.reported(), unit.onTime(), s[0], s[1], unit.tasks() - unit.reported()};
            for (int i = 0; i < f.length; i++) {
                total[i] += f[i];
            }
            cells.add(row(unit.unit().name(), f, unit.onTimeRate() + "%"));
        }
        cells.add(row(Messages.get("progress.bulletin.total"), total, percent(total[2], total[0]) + "%"));
        return new Bulletin.Table(Messages.get("progress.bulletin.table.units", number), Bulletin.Layout.FIGURES,
                header("progress.bulletin.column.units"), cells, Messages.get("progress.bulletin.note.units"));
    }

    private static Bulletin.Table countyTable(int number, List<ProgressTracking.CountySummary> counties) {
        List<List<String>> cells = new ArrayList<>();
        for (ProgressTracking.CountySummary county : counties) {
            List<String> row = new ArrayList<>();
            row.add(county.county().name());
            row.add(county.round().map(ReportingRound::name).orElse(Messages.get("progress.bulletin.noRound")));
            row.add(String.valueOf(county.rows()));
            row.add(String.valueOf(county.reported()));
            row.add(String.valueOf(county.rows() - county.reported()));
            row.add(String.valueOf(county.red()));
            row.add(String.valueOf(county.yellow()));
            row.add(county.reportedRate() + "%");
            cells.add(row);
        }
        String word = countiesWord(counties);
        // one county is captioned by its name, as the text speaks of it
        String caption = counties.size() == 1
                ? Messages.get("progress.bulletin.table.county", number, counties.get(0).county().name())
                : Messages.get("progress.bulletin.table.counties", number, word);
        return new Bulletin.Table(caption,
                Bulletin.Layout.FIGURES, List.of(Messages.get("progress.bulletin.column.counties", word).split("\\|")),
                cells, "");
    }

    /** What the 通报 calls the counties it is about: 县（市、区）, 县（区）… as their levels are. */
    private static String countiesWord(List<ProgressTracking.CountySummary> counties) {
        return org.kesudesk.model.Region.countiesWord(counties.stream().map(ProgressTracking.CountySummary::county)
                .toList());
    }

    private static Bulletin.Table indicatorTable(int number, List<IndicatorTracking.Row> rows, int year) {
        List<List<String>> cells = new ArrayList<>();
        for (IndicatorTracking.Row row : rows) {
            List<String> cellsOfRow = new ArrayList<>();
            cellsOfRow.add(row.reference() + "．" + row.indicator().wording());
            cellsOfRow.add(row.indicator().targetValue().map(v -> v.toPlainString() + row.indicator().measure())
                    .orElse(Messages.get("progress.bulletin.none")));
            cellsOfRow.add(row.targetYear().isPresent() ? String.valueOf(row.targetYear().getAsInt()) : "");
            Optional<org.kesudesk.model.IndicatorValue> value = row.latest(year);
            cellsOfRow.add(value.map(v -> v.amount().stripTrailingZeros().toPlainString()
                    + row.indicator().measure()).orElse(Messages.get("progress.bulletin.notRecorded")));
            cellsOfRow.add(value.map(v -> String.valueOf(v.year())).orElse(""));
            cellsOfRow.add(row.attainment(year).map(p -> p.stripTrailingZeros().toPlainString() + "%").orElse(""));
            cellsOfRow.add(value.map(org.kesudesk.model.IndicatorValue::source).orElse(""));
            cells.add(cellsOfRow);
        }
        return new Bulletin.Table(Messages.get("progress.bulletin.table.indicators", number, year),
                Bulletin.Layout.INDICATORS, header("progress.bulletin.column.indicators"), cells,
                Messages.get("progress.bulletin.note.indicators"));
    }

    private static Bulletin.Table lateTable(int number, List<ProgressTracking.Row> rows, Map<UUID, String> numbered) {
        List<List<String>> cells = new ArrayList<>();
        for (ProgressTracking.Row row : rows) {
            if (!row.behind()) {
                continue;
            }
            // a unit silent about a task due: its light is grey, its state that it has not reported
            String state = row.silentWhenDue() ? row.statusText()
                    : ProgressTracking.lightName(row.light()) + "\n" + row.statusText();
            cells.add(List.of(String.valueOf(cells.size() + 1),
                    numbered.getOrDefault(row.task().id(), row.task().title()),
                    row.unit().name(),
                    row.deadline().map(ProgressTracking::deadlineName)
                            .orElse(Messages.get("documents.supervision.noDeadline")),
                    state));
        }
        return new Bulletin.Table(Messages.get("progress.bulletin.table.late", number), Bulletin.Layout.LATE_TASKS,
                header("progress.bulletin.column.late"), cells, "");
    }

    private static List<String> row(String name, int[] figures, String rate) {
        List<String> cells = new ArrayList<>();
        cells.add(name);
        for (int figure : figures) {
            cells.add(String.valueOf(figure));
        }
        cells.add(rate);
        return cells;
    }

    /** A table's header cells, from one message whose cells are separated by "|". */
    private static List<String> header(String key) {
        return List.of(Messages.get(key).split("\\|"));
    }
}
