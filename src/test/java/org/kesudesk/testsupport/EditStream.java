package org.kesudesk.testsupport;

import java.nio.file.Path;
import java.util.Optional;

import org.kesudesk.bench.SyntheticPlans;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.UnitRepository;

/**
 * A second process for the crash drill: opens the database at args[0] and edits it without end, each edit in its
 * own transaction — a unit added (one row), then a small plan added (some 200 rows at once) — printing
 * "saved N" after each of the two is stored, until it is killed.
 */
public final class EditStream {

    /** The units and plans it adds are named with this and their number. */
    public static final String UNIT = "演练单位";
    public static final String PLAN = "演练方案";
    /** Nodes in each plan it adds: 2 sections of 2 items of 10 tasks. */
    public static final int NODES_PER_PLAN = 2 + 4 + 40;

    private EditStream() {
    }

    public static void main(String[] args) {
        Database database = Database.open(Path.of(args[0]));
        UnitRepository units = new UnitRepository(database);
        PlanRepository plans = new PlanRepository(database);
        for (int i = 0; ; i++) {
            units.add(UNIT + i);
            plans.add(SyntheticPlans.plan(PLAN + i, Optional.empty(), 2, 2, 10, 8, "演练" + i + "单位"));
            System.out.println("saved " + i);
            System.out.flush();
        }
    }
}
