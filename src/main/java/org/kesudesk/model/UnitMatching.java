package org.kesudesk.store;

import static org.kesudesk.store.jooq.Tables.UNIT;
import static org.kesudesk.store.jooq.Tables.UNIT_ALIAS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jooq.DSLContext;
import org.kesudesk.model.Assignment;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Role;
import org.kesudesk.model.Unit;
import org.kesudesk.model.UnitAlias;
import org.kesudesk.store.jooq.tables.records.UnitAliasRecord;
import org.kesudesk.store.jooq.tables.records.UnitRecord;

/**
 * The unit catalogue as one transaction sees it, used to store a new plan: each unit of the plan is matched by
 * name (or by a known alias) to the catalogue, so that 市教育局 is one unit however many plans name it. Units the
 * catalogue does not know are added after the existing ones, in the plan's own order.
 */
final class UnitCatalogue {

    private final Map<String, Unit> byName = new HashMap<>();
    private final Map<String, Unit> byAlias = new HashMap<>();
    private final Map<String, Unit> added = new LinkedHashMap<>();
    private final List<UnitAlias> aliasesAdded = new ArrayList<>();
    private int lastPrecedence;

    private UnitCatalogue() {
    }

    static UnitCatalogue load(DSLContext tx) {
        UnitCatalogue catalogue = new UnitCatalogue();
        Map<UUID, Unit> byId = new HashMap<>();
        for (UnitRecord r : tx.selectFrom(UNIT).fetch()) {
            Unit unit = new Unit(r.getId(), r.getName(), r.getKind() == null ? "" : r.getKind(), r.getPrecedence(),
                    r.getRowVersion());
            byId.put(unit.id(), unit);
            catalogue.byName.put(unit.name(), unit);
            catalogue.lastPrecedence = Math.max(catalogue.lastPrecedence, unit.precedence());
        }
        for (UnitAliasRecord r : tx.selectFrom(UNIT_ALIAS).fetch()) {
            catalogue.byAlias.put(r.getAlias(), byId.get(r.getUnitId()));
        }
        return catalogue;
    }

    /**
     * The document with every unit replaced by its catalogue unit; {@code aliases} (alias name → canonical name)
     * are the aliases the user accepted for this document. A node that names one unit twice (under two names)
     * keeps it once, where it first appears.
     */
    PlanDocument resolve(PlanDocument document, Map<String, String> aliases) {
        List<Unit> documentUnits = new ArrayList<>();
        document.forEachNode(node -> node.assignments().forEach(a -> documentUnits.add(a.unit())));
        documentUnits.stream()
                .sorted((a, b) -> Integer.compare(a.precedence(), b.precedence()))
                .forEach(unit -> unitNamed(aliases.getOrDefault(unit.name(), unit.name()), unit));
        aliases.forEach((alias, canonical) -> {
            if (!byName.containsKey(alias) && !byAlias.containsKey(alias) && !added.containsKey(alias)) {
                Unit target = unitNamed(canonical, null);
                aliasesAdded.add(new UnitAlias(UUID.randomUUID(), target.id(), alias, 1));
                byAlias.put(alias, target);
            }
        });
        List<PlanNode> sections = document.sections().stream()
                .map(section -> resolve(section, aliases))
                .toList();
        return new PlanDocument(document.plan(), document.goalIndicators(), sections);
    }

    /** The units that {@link #resolve} added to the catalogue. */
    List<Unit> addedUnits() {
        return List.copyOf(added.values());
    }

    /** The aliases that {@link #resolve} added to the catalogue. */
    List<UnitAlias> addedAliases() {
        return List.copyOf(aliasesAdded);
    }

    private PlanNode resolve(PlanNode node, Map<String, String> aliases) {
        List<Assignment> assignments = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Assignment assignment : node.assignments()) {
            Unit unit = unitNamed(aliases.getOrDefault(assignment.unit().name(), assignment.unit().name()), null);
            if (seen.add(key(assignment.role(), unit.id()))) {
                assignments.add(new Assignment(assignment.id(), unit, assignment.role(), assignment.rowVersion()));
            }
        }
        List<PlanNode> children = node.children().stream().map(child -> resolve(child, aliases)).toList();
        return new PlanNode(node.id(), node.kind(), node.label(), node.title(), node.text(), assignments,
                node.indicators(), children, node.rowVersion());
    }

    /** The catalogue unit of that name or alias, adding {@code proposed} (or a new unit) if there is none. */
    private Unit unitNamed(String name, Unit proposed) {
        Unit known = byName.get(name);
        if (known == null) {
            known = byAlias.get(name);
        }
        if (known == null) {
            known = added.get(name);
        }
        if (known != null) {
            return known;
        }
        lastPrecedence++;
        Unit unit = proposed != null && proposed.name().equals(name)
                ? new Unit(proposed.id(), name, proposed.kind(), lastPrecedence, proposed.rowVersion())
                : Unit.create(name, lastPrecedence);
        added.put(name, unit);
        return unit;
    }

    /** Role is part of the key so that a unit may both lead and carry out the same node. */
    private static String key(Role role, UUID unitId) {
        return role + "/" + unitId;
    }
}
