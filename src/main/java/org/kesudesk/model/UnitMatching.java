package org.kesudesk.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;


/**
 * What makes two unit names one unit, within one region's catalogue: the same name, or a name that is a known
 * alias of it (市生态局 → 市生态环境局). Used to store a plan: each unit of the plan is matched to the region's
 * catalogue, so that 市教育局 is one unit however many of the region's plans name it; units the catalogue does not
 * know are added after the existing ones, in the plan's own order.
 */
public final class UnitMatching {

    private final Map<String, Unit> byName = new HashMap<>();
    private final Map<String, Unit> byAlias = new HashMap<>();
    private final Map<String, Unit> added = new LinkedHashMap<>();
    private final List<UnitAlias> aliasesAdded = new ArrayList<>();
    private int lastPrecedence;

    private UnitMatching() {
    }

    /** A region's catalogue: its units and their aliases. */
    public static UnitMatching of(List<Unit> units, List<UnitAlias> aliases) {
        UnitMatching catalogue = new UnitMatching();
        Map<UUID, Unit> byId = new HashMap<>();
        for (Unit unit : units) {
            byId.put(unit.id(), unit);
            catalogue.byName.put(unit.name(), unit);
            catalogue.lastPrecedence = Math.max(catalogue.lastPrecedence, unit.precedence());
        }
        for (UnitAlias alias : aliases) {
            Unit unit = byId.get(alias.unitId());
            if (unit != null) {
                catalogue.byAlias.put(alias.alias(), unit);
            }
        }
        return catalogue;
    }

    /**
     * What a typed text names: the unit with that name or alias; or else the units whose name or an alias contains
     * the text (at most {@code limit}, in precedence order), for the user to choose from or to see that the unit is
     * new.
     */
    public record Lookup(String name, Optional<Unit> unit, List<Unit> similar) {
    }

    /** Looks a typed text up (see {@link Lookup}); the text is cleaned as names are ({@link TextRules#typedName}). */
    public Lookup lookup(String typed, int limit) {
        String name = TextRules.typedName(typed);
        Optional<Unit> exact = find(name);
        if (exact.isPresent() || name.isEmpty()) {
            return new Lookup(name, exact, List.of());
        }
        Set<Unit> similar = new java.util.TreeSet<>(java.util.Comparator.comparingInt(Unit::precedence)
                .thenComparing(Unit::name));
        byName.values().stream().filter(unit -> unit.name().contains(name)).forEach(similar::add);
        byAlias.forEach((alias, unit) -> {
            if (alias.contains(name)) {
                similar.add(unit);
            }
        });
        return new Lookup(name, Optional.empty(), similar.stream().limit(limit).toList());
    }

    /** The unit of the catalogue with this name, or whose alias it is. */
    public Optional<Unit> find(String name) {
        return Optional.ofNullable(byName.get(name)).or(() -> Optional.ofNullable(byAlias.get(name)));
    }

    /**
     * The document with every unit replaced by its catalogue unit; {@code aliases} (alias name → canonical name)
     * are the aliases the user accepted for this document. A node that names one unit twice (under two names)
     * keeps it once, where it first appears.
     */
    public PlanDocument resolve(PlanDocument document, Map<String, String> aliases) {
        List<Unit> documentUnits = new ArrayList<>();
        document.forEachNode(node -> node.assignments().forEach(a -> documentUnits.add(a.unit())));
        matchInOrder(documentUnits, aliases);
        aliases.forEach((alias, canonical) -> {
            if (!byName.containsKey(alias) && !byAlias.containsKey(alias) && !added.containsKey(alias)) {
                Unit target = unitNamed(canonical, null);
                aliasesAdded.add(new UnitAlias(Ids.newId(), target.id(), alias, 1));
                byAlias.put(alias, target);
            }
        });
        List<PlanNode> sections = document.sections().stream()
                .map(section -> resolve(section, aliases))
                .toList();
        return new PlanDocument(document.plan(), document.goalIndicators(), sections);
    }

    /**
     * Nodes (tasks pasted into a plan) with every unit replaced by its catalogue unit, as {@link #resolve} does a
     * document's; the names the catalogue lacks are {@link #addedUnits}.
     */
    public List<PlanNode> resolve(List<PlanNode> nodes) {
        List<Unit> named = new ArrayList<>();
        nodes.forEach(root -> root.forEachNode(node -> node.assignments().forEach(a -> named.add(a.unit()))));
        matchInOrder(named, Map.of());
        return nodes.stream().map(node -> resolve(node, Map.of())).toList();
    }

    /** Matches (or adds) the units in the order their document lists them, so that new ones are added so. */
    private void matchInOrder(List<Unit> named, Map<String, String> aliases) {
        named.stream()
                .sorted((a, b) -> Integer.compare(a.precedence(), b.precedence()))
                .forEach(unit -> unitNamed(aliases.getOrDefault(unit.name(), unit.name()), unit));
    }

    /** The units that {@link #resolve} added to the catalogue. */
    public List<Unit> addedUnits() {
        return List.copyOf(added.values());
    }

    /** The aliases that {@link #resolve} added to the catalogue. */
    public List<UnitAlias> addedAliases() {
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
        // always a new id: a unit the document brings may be another region's (its id is taken there)
        Unit unit = proposed != null && proposed.name().equals(name)
                ? new Unit(Ids.newId(), name, proposed.kind(), lastPrecedence, 1)
                : Unit.create(name, lastPrecedence);
        added.put(name, unit);
        return unit;
    }

    /** Role is part of the key so that a unit may both lead and carry out the same node. */
    private static String key(Role role, UUID unitId) {
        return role + "/" + unitId;
    }
}
