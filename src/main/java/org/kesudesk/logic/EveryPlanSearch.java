package org.kesudesk.logic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.PlanSearch;
import org.kesudesk.model.PlanSummary;
import org.kesudesk.store.PlanRepository;

/**
 * 在所有方案中查找: a search text through every plan the database holds — the city's, the counties', the years' work
 * plans — by the tree's rule ({@link PlanSearch}): which of them wrote 科技馆 into a task, which gave a unit a task.
 */
public final class EveryPlanSearch {

    /** The places listed at most: a text found more often than that is too general to go through one by one. */
    public static final int MOST = 500;
    /** Characters shown after the text found (a few before it). */
    private static final int AROUND = 40;

    /** A place the text was found: the plan, the node, where it sits and its title, the words around the text. */
    public record Hit(PlanSummary plan, UUID nodeId, String placeAndTitle, String excerpt) {
    }

    /** What a search found: the places (at most {@link #MOST}, by plan as listed) and how many there were in all. */
    public record Found(String query, List<Hit> hits, int total, int plansWithHits) {
    }

    private EveryPlanSearch() {
    }

    public static Found find(PlanRepository plans, String query) {
        List<Hit> hits = new ArrayList<>();
        int total = 0;
        int plansWithHits = 0;
        if (query.isBlank()) {
            return new Found(query, hits, 0, 0);
        }
        for (PlanSummary summary : plans.list()) {
            PlanDocument plan = plans.find(summary.id()).orElse(null);
            if (plan == null) {
                // removed by a colleague meanwhile (a shared database)
                continue;
            }
            List<PlanNode> found = PlanSearch.found(plan, query);
            if (found.isEmpty()) {
                continue;
            }
            plansWithHits++;
            total += found.size();
            Map<UUID, String> places = PlanReferences.places(plan);
            for (PlanNode node : found) {
                if (hits.size() < MOST) {
                    hits.add(new Hit(summary, node.id(), places.getOrDefault(node.id(),
                            node.kind().numbering(node.label())) + node.title(),
                            PlanSearch.excerpt(node, query, AROUND)));
                }
            }
        }
        return new Found(query.strip(), List.copyOf(hits), total, plansWithHits);
    }
}
