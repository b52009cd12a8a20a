package org.kesudesk.model;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Tasks added to an item together (pasted from a document), as stored: with the units their clauses named that the
 * region's catalogue did not have, added to it with them — so that one undo takes both away, and a redo puts both
 * back with the same ids.
 *
 * @param itemId   the action, project or safeguard they were added to
 * @param tasks    the tasks as stored, in order, their units the catalogue's
 * @param newUnits the units added to the catalogue for them, in the catalogue's order
 */
public record AddedTasks(UUID itemId, List<PlanNode> tasks, List<Unit> newUnits) {
    public AddedTasks {
        Objects.requireNonNull(itemId, "itemId");
        tasks = List.copyOf(tasks);
        newUnits = List.copyOf(newUnits);
    }

    /**
     * Added tasks taken out again (undone), with what was recorded on them meanwhile and the units as they went, to
     * be put back (redone) as they were.
     */
    public record Removed(UUID itemId, List<RemovedNode> tasks, List<UnitRemoval> units) {
        public Removed {
            Objects.requireNonNull(itemId, "itemId");
            tasks = List.copyOf(tasks);
            units = List.copyOf(units);
        }
    }
}
