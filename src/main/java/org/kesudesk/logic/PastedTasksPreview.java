package org.kesudesk.logic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kesudesk.exchange.PlanDerivation;
import org.kesudesk.model.Assignment;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Region;
import org.kesudesk.model.RegionKind;
import org.kesudesk.model.Unit;
import org.kesudesk.model.UnitMatching;
import org.kesudesk.parse.ParseWarning;
import org.kesudesk.parse.PastedTasks;

/**
 * Task paragraphs pasted into a plan, as they are to be added: read ({@link PastedTasks}), checked as a plan's nodes
 * are, and their units named as the plan's region names them — a county's plan taking up the city's tasks has the
 * city's units as the county's (市教育局 → 县教育局, by the rule a county's plan is derived by,
 * {@link PlanDerivation#countyName}) — with the names the region's catalogue does not have yet.
 *
 * @param tasks    the tasks to add, their units named for the plan's region
 * @param renamed  the city's unit names renamed for the county (as written → as added), in the order first named
 * @param newUnits the names the catalogue does not have, in the order first named: added with the tasks
 * @param warnings what the reading found to check, by the pasted line
 */
public record PastedTasksPreview(List<PlanNode> tasks, Map<String, String> renamed, List<String> newUnits,
                                 List<ParseWarning> warnings) {
    public PastedTasksPreview {
        tasks = List.copyOf(tasks);
        renamed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(renamed));
        newUnits = List.copyOf(newUnits);
        warnings = List.copyOf(warnings);
    }

    /**
     * Reads pasted text for a plan of a region.
     *
     * @param catalogue  the plan's region's units and aliases
     * @param planRegion the plan's region, and the regions the database holds (its city among them)
     * @throws org.kesudesk.parse.PlanParseException if the text holds no tasks ({@link PastedTasks#read})
     * @throws InvalidContentException               if a task breaks a rule of a plan's nodes
     */
    public static PastedTasksPreview of(String text, UnitMatching catalogue, List<String> catalogueNames,
                                        Optional<Region> planRegion, List<Region> regions) {
        PastedTasks.Read read = PastedTasks.read(text, catalogueNames);
        Optional<Region> county = planRegion.filter(region -> region.kind() == RegionKind.COUNTY);
        Optional<Region> city = county.flatMap(region -> region.cityIn(regions));
        Map<String, String> renamed = new LinkedHashMap<>();
        List<String> newUnits = new ArrayList<>();
        List<PlanNode> tasks = new ArrayList<>();
        for (PlanNode task : read.tasks()) {
            tasks.add(named(task, name -> {
                String added = name;
                if (catalogue.find(name).isEmpty() && city.isPresent()) {
                    added = PlanDerivation.countyName(name, city.get(), county.get());
                    if (!added.equals(name)) {
                        renamed.putIfAbsent(name, added);
                    }
                }
                if (catalogue.find(added).isEmpty() && !newUnits.contains(added)) {
                    newUnits.add(added);
                }
                return added;
            }));
        }
        PlanContentCheck.requireValidTasks(tasks);
        return new PastedTasksPreview(tasks, renamed, newUnits, read.warnings());
    }

    /** The node and all under it with each unit named as {@code naming} says. */
    private static PlanNode named(PlanNode node, java.util.function.UnaryOperator<String> naming) {
        List<Assignment> assignments = node.assignments().stream().map(assignment -> {
            Unit unit = assignment.unit();
            String name = naming.apply(unit.name());
            return name.equals(unit.name()) ? assignment : new Assignment(assignment.id(),
                    new Unit(unit.id(), name, unit.kind(), unit.precedence(), unit.rowVersion()), assignment.role(),
                    assignment.rowVersion());
        }).toList();
        List<PlanNode> children = node.children().stream().map(child -> named(child, naming)).toList();
        return new PlanNode(node.id(), node.kind(), node.label(), node.title(), node.text(), assignments,
                node.indicators(), children, node.rowVersion());
    }
}
