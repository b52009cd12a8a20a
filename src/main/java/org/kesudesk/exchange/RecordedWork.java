package org.kesudesk.exchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.kesudesk.l10n.Messages;
import org.kesudesk.model.Indicator;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.store.Database;
import org.kesudesk.store.IndicatorRepository;
import org.kesudesk.store.ProgressRepository;

/**
 * What an office has recorded on a plan that a change of the plan's tree would take with it: the tasks (and items)
 * units have reported progress on, the indicators values were recorded for. A revision, a county's plan derived
 * again, or a file from the city that drops one of them removes it only when the user says so — the one rule for
 * all three.
 *
 * @param reportedNodes     the nodes with progress reports, in any round
 * @param valuedIndicators  the indicators with values recorded
 */
public record RecordedWork(Set<UUID> reportedNodes, Set<UUID> valuedIndicators) {

    /** Nothing recorded (a plan not here yet, or one whose progress comes with the change itself). */
    public static RecordedWork none() {
        return new RecordedWork(Set.of(), Set.of());
    }

    /** What is recorded on the plan here. */
    public static RecordedWork of(Database database, UUID planId) {
        ProgressRepository progress = new ProgressRepository(database);
        Set<UUID> reported = new HashSet<>();
        progress.rounds(planId).forEach(round -> progress.reports(round.id())
                .forEach(report -> reported.add(report.nodeId())));
        return new RecordedWork(Set.copyOf(reported),
                Set.copyOf(new IndicatorRepository(database).values(planId).keySet()));
    }

    /**
     * What the changed plan no longer has of what is recorded on the plan as it is: the tasks by their headings
     * (3.实施科技创新后备人才培养计划), the indicators as 指标“…”, in the plan's order.
     */
    public List<String> gone(PlanDocument current, PlanDocument changed) {
        if (reportedNodes.isEmpty() && valuedIndicators.isEmpty()) {
            return List.of();
        }
        Set<UUID> kept = new HashSet<>();
        changed.goalIndicators().forEach(indicator -> kept.add(indicator.id()));
        changed.forEachNode(node -> {
            kept.add(node.id());
            node.indicators().forEach(indicator -> kept.add(indicator.id()));
        });
        List<String> gone = new ArrayList<>();
        Consumer<Indicator> indicatorGone = indicator -> {
            if (!kept.contains(indicator.id()) && valuedIndicators.contains(indicator.id())) {
                gone.add(Messages.get("plan.revise.indicator", indicator.wording()));
            }
        };
        current.goalIndicators().forEach(indicatorGone);
        current.forEachNode(node -> {
            if (!kept.contains(node.id()) && reportedNodes.contains(node.id())) {
                gone.add(node.heading());
            }
            node.indicators().forEach(indicatorGone);
        });
        return gone;
    }
}
