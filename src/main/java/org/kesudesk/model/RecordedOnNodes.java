package org.kesudesk.model;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the office recorded on some nodes and their indicators, apart from the tree itself: the deadlines set, the
 * units' progress reports and the files attached to them (without their content, which is kept by its hash), the
 * indicators' values. Kept when a task is deleted, so that undoing the deletion puts it all back.
 */
public record RecordedOnNodes(Map<UUID, Deadline> deadlines, List<ProgressReport> reports, List<Evidence> evidence,
                              List<IndicatorValue> values) {

    public RecordedOnNodes {
        deadlines = Map.copyOf(deadlines);
        reports = List.copyOf(reports);
        evidence = List.copyOf(evidence);
        values = List.copyOf(values);
    }

    /** Nothing recorded (a task just added). */
    public static RecordedOnNodes none() {
        return new RecordedOnNodes(Map.of(), List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return deadlines.isEmpty() && reports.isEmpty() && evidence.isEmpty() && values.isEmpty();
    }
}
