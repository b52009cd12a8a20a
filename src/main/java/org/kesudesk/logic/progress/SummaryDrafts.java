package org.kesudesk.logic.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.kesudesk.documents.SummaryDraft;
import org.kesudesk.l10n.Messages;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.ProgressReport;
import org.kesudesk.model.ProgressStatus;
import org.kesudesk.model.ReportingRound;
import org.kesudesk.model.StatusLight;

/**
 * The draft of a round's 工作总结 (usually the year-end round's): every unit's report under the plan's sections and
 * tasks, in the plan's order, with the round's figures and the tasks still late, for the clerk to edit.
 */
public final class SummaryDrafts {

    private final ProgressTracking tracking;
    private final java.util.Optional<Chases> chases;
    private final java.util.Optional<CountyTasks> countyTasks;

    /** Drafts that say nothing of the office's chases. */
    public SummaryDrafts(ProgressTracking tracking) {
        this.tracking = tracking;
        this.chases = java.util.Optional.empty();
        this.countyTasks = java.util.Optional.empty();
    }

    /** Drafts whose figures also say how often, and how, the office chased units in the round (催办记录). */
    public SummaryDrafts(ProgressTracking tracking, Chases chases) {
        this.tracking = tracking;
        this.chases = java.util.Optional.of(chases);
        this.countyTasks = java.util.Optional.empty();
    }

    /**
     * Drafts that say, too, under each task of a city's own plan, how its counties carry it (各县（市）区：富裕县已完成
     * …；未报送：…), from the counties' plans and progress here.
     */
    public SummaryDrafts(ProgressTracking tracking, Chases chases, CountyTasks countyTasks) {
        this.tracking = tracking;
        this.chases = java.util.Optional.of(chases);
        this.countyTasks = java.util.Optional.of(countyTasks);
    }

    /** The draft for a round, its lights as of the day. */
    public SummaryDraft draft(PlanDocument plan, ReportingRound round, LocalDate today) {
        List<ProgressTracking.Row> rows = tracking.rows(plan, round, today);
        Map<UUID, List<ProgressTracking.Row>> byTask = new HashMap<>();
        rows.forEach(row -> byTask.computeIfAbsent(row.task().id(), id -> new ArrayList<>()).add(row));
        // beside a city's own plan, each task's paragraph on its counties (none for any other plan)
        Map<UUID, List<CountyTasks.Standing>> countiesOn = countyTasks.map(found -> found.byTask(plan, java.util.Optional.of(round), today))
                .orElse(Map.of());
        java.util.function.Function<PlanNode, String> counties = task -> CountyTasks.paragraph(
                countiesOn.getOrDefault(task.id(), List.of()));
        List<SummaryDraft.Section> sections = new ArrayList<>();
        for (PlanNode section : plan.sections()) {
            List<SummaryDraft.Item> items = new ArrayList<>();
            for (PlanNode item : section.children()) {
                List<SummaryDraft.Task> tasks = new ArrayList<>();
                addTasks(item, byTask, counties, tasks);
                // the item a section is itself is not headed again under the section's heading
                items.add(new SummaryDraft.Item(section.isOwnItem(item) ? "" : item.heading(), tasks));
            }
            sections.add(new SummaryDraft.Section(section.heading(), items));
        }
        List<String> late = new ArrayList<>();
        for (ProgressTracking.Row row : rows) {
            if (!row.behind()) {
                continue;
            }
            String deadline = row.deadline().map(ProgressTracking::deadlineName)
                    .orElse(Messages.get("documents.supervision.noDeadline"));
            late.add(row.silentWhenDue()
                    ? Messages.get("documents.summary.lateEntryUnreported", late.size() + 1, row.task().title(),
                            row.unit().name(), deadline)
                    : Messages.get("documents.summary.lateEntry", late.size() + 1, row.task().title(),
                            row.unit().name(), ProgressTracking.lightName(row.light()), deadline));
        }
        return new SummaryDraft(Messages.get("documents.summary.title", plan.plan().name().strip(), round.name()),
                figures(rows, round) + chases.map(found -> chased(found.chases(round))
                        + countiesChased(found.byCounty(round), countiesOn.values().stream().findFirst()
                        .map(CountyTasks::countiesWord).orElse(org.kesudesk.model.Region.countiesWord(List.of()))))
                        .orElse(""), sections, late);
    }

    private static void addTasks(PlanNode parent, Map<UUID, List<ProgressTracking.Row>> byTask,
                                 java.util.function.Function<PlanNode, String> counties,
                                 List<SummaryDraft.Task> tasks) {
        for (PlanNode task : parent.children()) {
            List<String> reports = new ArrayList<>();
            List<ProgressTracking.Row> rows = byTask.getOrDefault(task.id(), List.of());
            for (ProgressTracking.Row row : rows) {
                row.report().ifPresent(report -> reports.add(paragraph(row.unit().name(), report)));
            }
            String ofCounties = task.kind().isTask() ? counties.apply(task) : "";
            // a task only its counties carry is told by their paragraph: no one here had to report
            if (reports.isEmpty() && (ofCounties.isEmpty()
                    || rows.stream().anyMatch(ProgressTracking.Row::answeredFor))) {
                reports.add(Messages.get("documents.summary.noReport"));
            }
            if (!ofCounties.isEmpty()) {
                reports.add(ofCounties);
            }
            // an item that is its own task: its heading names the task, which is not named again under it
            boolean own = parent.ownTask().filter(ownTask -> ownTask.id().equals(task.id())).isPresent();
            tasks.add(new SummaryDraft.Task(own ? "" : task.heading(), reports));
            addTasks(task, byTask, counties, tasks);
        }
    }

    /** A unit's report as a paragraph: the unit and its status, what it did, its problems and next steps. */
    private static String paragraph(String unit, ProgressReport report) {
        StringBuilder text = new StringBuilder(Messages.get("documents.summary.report", unit,
                ProgressTracking.statusName(report.status()), report.percent(),
                report.progress().isBlank() ? Messages.get("documents.summary.noText") : closed(report.progress())));
        if (!report.problems().isBlank()) {
            text.append(Messages.get("documents.summary.problems", closed(report.problems())));
        }
        if (!report.nextSteps().isBlank()) {
            text.append(Messages.get("documents.summary.nextSteps", closed(report.nextSteps())));
        }
        return text.toString();
    }

    /**
     * A text as typed, ended as a sentence: the parts of a report run on in one paragraph, and one typed without
     * its full stop (场地未落实) would run into the next (存在问题：场地未落实下一步打算：…).
     */
    static String closed(String typed) {
        String text = typed.strip();
        return text.isEmpty() || "。！？；…!?;.".indexOf(text.charAt(text.length() - 1)) >= 0 ? text : text + "。";
    }

    /**
     * The round's chases in a sentence — 本轮共催办5次（电话3次，督办通知单2次），涉及3个单位。 — or "" if there were none.
     */
    static String chased(List<org.kesudesk.model.ChaseRecord> chases) {
        if (chases.isEmpty()) {
            return "";
        }
        Map<org.kesudesk.model.ChaseMeans, Integer> byMeans = new java.util.EnumMap<>(
                org.kesudesk.model.ChaseMeans.class);
        java.util.Set<UUID> units = new java.util.HashSet<>();
        for (org.kesudesk.model.ChaseRecord chase : chases) {
            byMeans.merge(chase.means(), 1, Integer::sum);
            units.add(chase.chasedId());
        }
        List<String> parts = new ArrayList<>();
        byMeans.forEach((means, count) -> parts.add(Messages.get("documents.summary.chasedMeans",
                Chases.meansName(means), count)));
        return Messages.get("documents.summary.chased", chases.size(), String.join("，", parts), units.size());
    }

    /**
     * A city's chases of its counties' offices in a sentence — 另催办县（市、区）纲要办3次，涉及2个县（市、区）。 — or "",
     * the counties called by the word given.
     */
    static String countiesChased(Map<UUID, List<org.kesudesk.model.ChaseRecord>> byCounty, String word) {
        int times = byCounty.values().stream().mapToInt(List::size).sum();
        return times == 0 ? "" : Messages.get("documents.summary.countiesChased", times, byCounty.size(), word);
    }

    /** The round's figures in a sentence: rows answered for, reported (on time), by status, by light. */
    private static String figures(List<ProgressTracking.Row> all, ReportingRound round) {
        // no one here answers for a collective: the counties' reports have a sentence of their own
        List<ProgressTracking.Row> rows = ProgressTracking.answeredFor(all);
        int reported = 0;
        Map<ProgressStatus, Integer> byStatus = new java.util.EnumMap<>(ProgressStatus.class);
        for (ProgressStatus status : ProgressStatus.values()) {
            byStatus.put(status, 0);
        }
        for (ProgressTracking.Row row : rows) {
            if (row.report().isPresent()) {
                reported++;
                byStatus.merge(row.report().get().status(), 1, Integer::sum);
            }
        }
        int onTime = (int) rows.stream().filter(row -> ProgressTracking.reportedOnTime(row, round)).count();
        Map<StatusLight, Integer> lights = ProgressTracking.countByLight(rows);
        // the tasks as the 通报 counts them: every task of the round's rows, the counties' too
        long tasks = all.stream().map(row -> row.task().id()).distinct().count();
        return Messages.get("documents.summary.figures", rows.size(), reported, onTime,
                byStatus.get(ProgressStatus.DONE), byStatus.get(ProgressStatus.IN_PROGRESS),
                byStatus.get(ProgressStatus.ONGOING), byStatus.get(ProgressStatus.LAGGING),
                byStatus.get(ProgressStatus.NOT_STARTED), rows.size() - reported, lights.get(StatusLight.RED),
                lights.get(StatusLight.YELLOW), tasks, rows.stream().filter(ProgressTracking.Row::silentWhenDue).count());
    }
}
