package org.kesudesk.logic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.Assignment;
import org.kesudesk.model.Deadline;
import org.kesudesk.model.Ids;
import org.kesudesk.model.Indicator;
import org.kesudesk.model.IndicatorPeriod;
import org.kesudesk.model.Plan;
import org.kesudesk.model.PlanNotice;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.PlanPeriod;
import org.kesudesk.model.Unit;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.ProgressRepository;

/**
 * 年度工作要点: a year's work plan made from a plan of several years — the tasks chosen for the year under their
 * sections, actions and projects, with their units, deadlines and yearly indicators — stored as a plan of its own
 * (its period that year, its region the plan's), to be edited, issued and followed with rounds like any plan.
 */
public final class WorkPlans {

    private final PlanRepository plans;
    private final ProgressRepository progress;

    public WorkPlans(Database database) {
        this.plans = new PlanRepository(database);
        this.progress = new ProgressRepository(database);
    }

    /**
     * Whether a task is for a year's work plan unless the user chooses otherwise: it is still to be done that year —
     * due in it or later, due every year, kept up without end, or without a deadline (it runs the plan's years).
     * A task due before the year is left out: it should be done.
     */
    public static boolean isForYear(Optional<Deadline> deadline, int year) {
        if (deadline.isEmpty()) {
            return true;
        }
        if (deadline.get() instanceof Deadline.OnDate onDate) {
            return onDate.date().getYear() >= year;
        }
        return true;
    }

    /** The plan's tasks for the year by this rule, by id, with the deadlines stored for the plan. */
    public Set<UUID> tasksForYear(PlanDocument plan, int year) {
        Map<UUID, Deadline> deadlines = progress.deadlines(plan.plan().id());
        Set<UUID> chosen = new java.util.LinkedHashSet<>();
        plan.forEachNode(node -> {
            if (node.kind().isTask() && isForYear(Optional.ofNullable(deadlines.get(node.id())), year)) {
                chosen.add(node.id());
            }
        });
        return chosen;
    }

    /** Every task of the plan, by id. */
    public static Set<UUID> allTasks(PlanDocument plan) {
        Set<UUID> all = new java.util.LinkedHashSet<>();
        plan.forEachNode(node -> {
            if (node.kind().isTask()) {
                all.add(node.id());
            }
        });
        return all;
    }

    /** The years a work plan can be made for: the plan's. */
    public static List<Integer> years(PlanDocument plan) {
        List<Integer> years = new ArrayList<>();
        plan.plan().period().ifPresent(period -> {
            for (int year = period.firstYear(); year <= period.lastYear(); year++) {
                years.add(year);
            }
        });
        return years;
    }

    /**
     * Makes and stores the year's work plan of the plan with the tasks chosen (a task chosen brings its sub-tasks;
     * an action or project without a task chosen is left out, as is a section without one).
     *
     * @param regionName the plan's region's name, which the work plan's title carries
     * @throws UserFacingException if the plan has no period, the year is not one of its years, or no task is chosen
     */
    public PlanDocument make(PlanDocument plan, String regionName, int year, Set<UUID> chosenTasks) {
        Optional<PlanPeriod> period = plan.plan().period();
        if (period.isEmpty()) {
            throw new UserFacingException("workplan.error.noPeriod", plan.plan().name());
        }
        if (!period.get().contains(year)) {
            throw new UserFacingException("workplan.error.year", year, period.get().firstYear(),
                    period.get().lastYear());
        }
        Map<UUID, Deadline> deadlines = progress.deadlines(plan.plan().id());
        Map<UUID, Deadline> copiedDeadlines = new LinkedHashMap<>();
        Map<UUID, Unit> units = new HashMap<>();
        List<PlanNode> sections = new ArrayList<>();
        int[] tasks = {0};
        for (PlanNode section : plan.sections()) {
            List<PlanNode> items = new ArrayList<>();
            for (PlanNode item : section.children()) {
                List<PlanNode> chosen = new ArrayList<>();
                for (PlanNode task : item.children()) {
                    if (chosenTasks.contains(task.id())) {
                        chosen.add(copy(task, year, deadlines, copiedDeadlines, units, tasks));
                    }
                }
                if (!chosen.isEmpty()) {
                    items.add(node(item, chosen, year, deadlines, copiedDeadlines, units));
                }
            }
            if (!items.isEmpty()) {
                sections.add(node(section, numberedAfresh(items), year, deadlines, copiedDeadlines, units));
            }
        }
        sections = numberedAfresh(sections);
        if (tasks[0] == 0) {
            throw new UserFacingException("workplan.error.noTasks", year);
        }
        Plan source = plan.plan();
        String title = Messages.get("workplan.planTitle", regionName, year);
        // the 工作要点's notice goes to whom the plan's went, published as the plan's was (its 附注)
        PlanNotice notice = new PlanNotice("", Messages.get("workplan.noticeTitle", title), source.addressees(),
                Messages.get("workplan.noticeBody", title), source.issuer(), Optional.empty(), source.annotation(),
                source.copiedTo(), source.printedBy(), Optional.empty());
        Plan workPlan = new Plan(Ids.newPlanId(), source.regionId(), Optional.of(new PlanPeriod(year, year)), notice,
                title, Messages.get("workplan.goalText", source.name().strip(), year), 1);
        List<Indicator> goals = plan.goalIndicators().stream().filter(i -> i.period() == IndicatorPeriod.PER_YEAR)
                .map(WorkPlans::copy).toList();
        PlanDocument document = new PlanDocument(workPlan, goals, sections);
        PlanContentCheck.requireValid(document);
        return plans.addWorkPlan(document, source.id(), year, copiedDeadlines,
                Messages.get("workplan.summary", title, tasks[0], source.name().strip()));
    }

    /** A task and its sub-tasks, all copied. */
    private static PlanNode copy(PlanNode node, int year, Map<UUID, Deadline> deadlines,
                                 Map<UUID, Deadline> copied, Map<UUID, Unit> units, int[] tasks) {
        if (node.kind().isTask()) {
            tasks[0]++;
        }
        List<PlanNode> children = new ArrayList<>();
        for (PlanNode child : node.children()) {
            children.add(copy(child, year, deadlines, copied, units, tasks));
        }
        return node(node, children, year, deadlines, copied, units);
    }

    /**
     * A node of the work plan: the parent plan's node with the children given, its units (the same units of the
     * region's catalogue), its yearly indicators and its deadline for the year (every year's day becomes that
     * year's date).
     */
    private static PlanNode node(PlanNode node, List<PlanNode> children, int year, Map<UUID, Deadline> deadlines,
                                 Map<UUID, Deadline> copied, Map<UUID, Unit> units) {
        List<Assignment> assignments = new ArrayList<>();
        for (Assignment assignment : node.assignments()) {
            Unit unit = units.computeIfAbsent(assignment.unit().id(),
                    id -> Unit.create(assignment.unit().name(), assignment.unit().precedence()));
            assignments.add(Assignment.create(unit, assignment.role()));
        }
        if (node.kind().numbersChildrenByPosition()) {
            // tasks numbered by their place, as the editor numbers them: a task left out leaves no gap
            List<PlanNode> numbered = new ArrayList<>();
            for (PlanNode child : children) {
                numbered.add(new PlanNode(child.id(), child.kind(), String.valueOf(numbered.size() + 1),
                        child.title(), child.text(), child.assignments(), child.indicators(), child.children(),
                        child.rowVersion()));
            }
            children = numbered;
        }
        UUID id = Ids.newId();
        Deadline deadline = deadlines.get(node.id());
        if (deadline != null) {
            copied.put(id, deadline instanceof Deadline.Yearly yearly
                    ? new Deadline.OnDate(yearly.day().atYear(year)) : deadline);
        }
        return new PlanNode(id, node.kind(), node.label(), node.title(), node.text(), assignments,
                node.indicators().stream().filter(i -> i.period() == IndicatorPeriod.PER_YEAR).map(WorkPlans::copy)
                        .toList(), children, 1);
    }

    /**
     * Sections or items numbered 一, 二, 三 … (or 1, 2, 3 …, as the plan wrote them) in their order: the work plan
     * leaves out the plan's 总体要求 and every action, project or safeguard without a task for the year, and is a
     * document of its own, so its numbering has no gaps. A label that is not a number is kept.
     */
    static List<PlanNode> numberedAfresh(List<PlanNode> siblings) {
        List<PlanNode> numbered = new ArrayList<>();
        for (PlanNode node : siblings) {
            int position = numbered.size() + 1;
            String label = node.label();
            if (position > 999) {
                // beyond what documents number in words: as written
                numbered.add(node);
                continue;
            }
            if (org.kesudesk.parse.ChineseNumerals.parse(label).isPresent()) {
                label = org.kesudesk.parse.ChineseNumerals.format(position);
            } else if (label.matches("[0-9]{1,3}")) {
                label = String.valueOf(position);
            }
            numbered.add(label.equals(node.label()) ? node : new PlanNode(node.id(), node.kind(), label, node.title(),
                    node.text(), node.assignments(), node.indicators(), node.children(), node.rowVersion()));
        }
        return numbered;
    }

    private static Indicator copy(Indicator indicator) {
        return new Indicator(Ids.newId(), indicator.wording(), indicator.targetValue(), indicator.measure(),
                indicator.period(), 1);
    }

    /** The day a work plan is made for, if the user named none: this year, if it is one of the plan's. */
    public static int defaultYear(PlanDocument plan, LocalDate today) {
        List<Integer> years = years(plan);
        if (years.isEmpty() || years.contains(today.getYear())) {
            return today.getYear();
        }
        return today.getYear() > years.get(years.size() - 1) ? years.get(years.size() - 1) : years.get(0);
    }
}
