package org.kesudesk.model;

import java.util.HashSet;
import java.util.Set;

/** What a plan holds, in numbers: for import summaries and status lines. */
public record PlanStatistics(int items, int tasks, int units, int assignments, int indicators) {

    public static PlanStatistics of(PlanDocument document) {
        Counter counter = new Counter();
        document.forEachNode(counter::count);
        return new PlanStatistics(counter.items, counter.tasks, counter.unitNames.size(), counter.assignments,
                counter.indicators + document.goalIndicators().size());
    }

    private static final class Counter {
        private final Set<String> unitNames = new HashSet<>();
        private int items;
        private int tasks;
        private int assignments;
        private int indicators;

        void count(PlanNode node) {
            if (node.kind().isItem()) {
                items++;
            } else if (node.kind().isTask()) {
                tasks++;
            }
            assignments += node.assignments().size();
            indicators += node.indicators().size();
            node.assignments().forEach(a -> unitNames.add(a.unit().name()));
        }
    }
}
