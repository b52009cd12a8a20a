package org.kesudesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.kesudesk.model.Assignment;
import org.kesudesk.model.NodeKind;
import org.kesudesk.model.Plan;
import org.kesudesk.model.PlanNotice;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Role;
import org.kesudesk.model.Unit;

/**
 * Made-up plans of any size for benchmarks: sections of actions (the first) and projects, each item led by two
 * units, each task carried out by five units of the catalogue.
 */
public final class SyntheticPlans {

    private SyntheticPlans() {
    }

    public static PlanDocument plan(String title, Optional<UUID> regionId, int sections, int itemsPerSection,
                             int tasksPerItem, int unitCount, String unitPrefix) {
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < unitCount; i++) {
            units.add(Unit.create(unitPrefix + (i + 1), i + 1));
        }
        List<PlanNode> sectionNodes = new ArrayList<>();
        int taskNumber = 0;
        for (int s = 0; s < sections; s++) {
            List<PlanNode> items = new ArrayList<>();
            NodeKind kind = s == 0 ? NodeKind.ACTION : NodeKind.PROJECT;
            for (int i = 0; i < itemsPerSection; i++) {
                List<PlanNode> tasks = new ArrayList<>();
                for (int t = 0; t < tasksPerItem; t++) {
                    taskNumber++;
                    List<Assignment> responsible = new ArrayList<>();
                    for (int u = 0; u < 5; u++) {
                        responsible.add(Assignment.create(units.get((taskNumber * 7 + u * 31) % unitCount),
                                Role.RESPONSIBLE));
                    }
                    tasks.add(new PlanNode(UUID.randomUUID(), NodeKind.TASK, String.valueOf(t + 1),
                            "第" + taskNumber + "项任务", "第" + taskNumber + "项任务。任务正文。", responsible, List.of(),
                            List.of(), 1));
                }
                List<Assignment> lead = List.of(Assignment.create(units.get(i % unitCount), Role.LEAD),
                        Assignment.create(units.get((i + 1) % unitCount), Role.LEAD));
                items.add(new PlanNode(UUID.randomUUID(), kind, String.valueOf(i + 1), "事项" + (i + 1), "目标。",
                        lead, List.of(), tasks, 1));
            }
            sectionNodes.add(new PlanNode(UUID.randomUUID(), NodeKind.SECTION, String.valueOf(s + 2),
                    "部分" + (s + 2), "", List.of(), List.of(), items, 1));
        }
        Plan plan = new Plan(UUID.randomUUID(), regionId, Optional.empty(),
                PlanNotice.of("测〔2026〕1号", title, "测试", Optional.empty()), "", "", 1);
        return new PlanDocument(plan, List.of(), sectionNodes);
    }
}
