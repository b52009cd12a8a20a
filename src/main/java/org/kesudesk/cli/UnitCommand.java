package org.kesudesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.logic.editing.PlanEditor;
import org.kesudesk.model.Unit;
import org.kesudesk.model.UnitMatching;
import org.kesudesk.l10n.ContentMessages;
import org.kesudesk.model.UnitAlias;
import org.kesudesk.model.UnitLiaison;
import org.kesudesk.store.Database;
import org.kesudesk.store.UnitRepository;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code unit …}: the unit catalogue. */
@Command(name = "unit", mixinStandardHelpOptions = true,
        subcommands = {UnitCommand.ListUnits.class, UnitCommand.Add.class, UnitCommand.Rename.class,
                UnitCommand.Merge.class, UnitCommand.Remove.class, UnitCommand.Liaison.class,
                UnitCommand.LiaisonImport.class, UnitCommand.LiaisonExport.class})
final class UnitCommand {

    @ParentCommand
    KesuDeskCommand top;

    /**
     * The unit of the catalogue with this name or alias.
     *
     * @throws UserFacingException naming {@code unit add}, and the units whose names contain the text, if any
     */
    static Unit require(UnitRepository units, String name) {
        UnitMatching.Lookup lookup = units.matching().lookup(name, 10);
        return lookup.unit().orElseThrow(() -> lookup.similar().isEmpty()
                ? new UserFacingException("cli.unit.unknown", ContentMessages.shown(lookup.name()))
                : new UserFacingException("cli.unit.unknownSimilar", ContentMessages.shown(lookup.name()),
                lookup.similar().stream().map(Unit::name).collect(Collectors.joining("、"))));
    }

    /** {@code unit list [--json]}: the catalogue in precedence order, with aliases. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListUnits implements Callable<Integer> {
        @ParentCommand
        UnitCommand unit;
        @Spec
        CommandSpec spec;
        @Mixin
        RegionOption region;
        @Option(names = "--json")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Database database = unit.top.openDatabase()) {
                UnitRepository units = region.units(database);
                List<Unit> all = units.all();
                Map<UUID, UnitLiaison> liaisons = units.liaisons();
                Map<UUID, Integer> assignments = units.assignmentCounts();
                Map<UUID, List<String>> aliases = units.aliases().stream().collect(
                        Collectors.groupingBy(UnitAlias::unitId, Collectors.mapping(UnitAlias::alias,
                                Collectors.toList())));
                if (json) {
                    ArrayNode array = CliJson.MAPPER.createArrayNode();
                    for (Unit u : all) {
                        ObjectNode node = array.addObject();
                        node.put("id", u.id().toString());
                        node.put("name", u.name());
                        node.put("precedence", u.precedence());
                        node.put("assignments", assignments.getOrDefault(u.id(), 0));
                        ArrayNode names = node.putArray("aliases");
                        aliases.getOrDefault(u.id(), List.of()).forEach(names::add);
                        UnitLiaison liaison = liaisons.get(u.id());
                        if (liaison == null) {
                            node.putNull("liaison");
                        } else {
                            node.putObject("liaison").put("person", liaison.person()).put("phone", liaison.phone());
                        }
                    }
                    out.println(CliJson.write(array));
                } else {
                    for (Unit u : all) {
                        List<String> names = aliases.getOrDefault(u.id(), List.of());
                        UnitLiaison liaison = liaisons.get(u.id());
                        out.println(u.precedence() + ". " + u.name()
                                + (names.isEmpty() ? "" : Messages.get("cli.unit.aliases", String.join("、", names)))
                                + (liaison == null ? "" : Messages.get("cli.unit.liaison", liaison.shown()))
                                + (assignments.containsKey(u.id()) ? "" : Messages.get("cli.unit.unused")));
                    }
                }
            }
            return 0;
        }
    }

    /** {@code unit add NAME}. */
    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add implements Callable<Integer> {
        @ParentCommand
        UnitCommand unit;
        @Spec
        CommandSpec spec;
        @Mixin
        RegionOption region;
        @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "unit.name")
        String name;

        @Override
        public Integer call() {
            try (Database database = unit.top.openDatabase()) {
                Unit added = region.units(database).add(name);
                spec.commandLine().getOut().println(Messages.get("cli.unit.added", added.name(), added.precedence()));
            }
            return 0;
        }
    }

    /** {@code unit rename OLD NEW}: everywhere at once. */
    @Command(name = "rename", mixinStandardHelpOptions = true)
    static final class Rename implements Callable<Integer> {
        @ParentCommand
        UnitCommand unit;
        @Spec
        CommandSpec spec;
        @Mixin
        RegionOption region;
        @Parameters(index = "0", paramLabel = "OLD", descriptionKey = "unit.old")
        String oldName;
        @Parameters(index = "1", paramLabel = "NEW", descriptionKey = "unit.new")
        String newName;

        @Override
        public Integer call() {
            try (Database database = unit.top.openDatabase()) {
                UnitRepository units = region.units(database);
                units.rename(require(units, oldName).id(), newName);
                spec.commandLine().getOut().println(Messages.get("cli.unit.renamed", oldName, newName.strip()));
            }
            return 0;
        }
    }

    /** {@code unit merge ALIAS INTO}: ALIAS disappears, its assignments move to INTO. */
    @Command(name = "merge", mixinStandardHelpOptions = true)
    static final class Merge implements Callable<Integer> {
        @ParentCommand
        UnitCommand unit;
        @Spec
        CommandSpec spec;
        @Mixin
        RegionOption region;
        @Parameters(index = "0", paramLabel = "ALIAS", descriptionKey = "unit.alias")
        String alias;
        @Parameters(index = "1", paramLabel = "INTO", descriptionKey = "unit.into")
        String into;

        @Override
        public Integer call() {
            try (Database database = unit.top.openDatabase()) {
                UnitRepository units = region.units(database);
                Unit from = require(units, alias);
                Unit to = require(units, into);
                var merge = units.merge(from.id(), to.id(), PlanEditor.mergeSummary(from, to));
                spec.commandLine().getOut().println(Messages.get("cli.unit.merged", merge.removed().name(),
                        merge.into().name(), merge.before().size()));
            }
            return 0;
        }
    }

    /**
     * {@code unit remove NAME}: a unit nothing uses leaves the catalogue with its aliases and liaison; named by its
     * own name, not an alias (an alias names another unit, which is not the one meant).
     */
    @Command(name = "remove", mixinStandardHelpOptions = true)
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        UnitCommand unit;
        @Spec
        CommandSpec spec;
        @Mixin
        RegionOption region;
        @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "unit.ownName")
        String name;

        @Override
        public Integer call() {
            try (Database database = unit.top.openDatabase()) {
                UnitRepository units = region.units(database);
                Unit found = require(units, name);
                if (!found.name().equals(name.strip())) {
                    throw new UserFacingException("cli.unit.removeAlias", name.strip(), found.name());
                }
                var removal = units.removeUnused(found.id());
                spec.commandLine().getOut().println(Messages.get("cli.unit.removed", found.name(),
                        removal.aliases().size()));
            }
            return 0;
        }
    }

    /**
     * {@code unit liaison UNIT [--person NAME] [--phone NUMBER] [--clear]}: shows or sets the unit's 联络员 and
     * telephone; a part not given stays as it is.
     */
    @Command(name = "liaison", mixinStandardHelpOptions = true)
    static final class Liaison implements Callable<Integer> {
        @ParentCommand
        UnitCommand unit;
        @Spec
        CommandSpec spec;
        @Mixin
        RegionOption region;
        @Parameters(index = "0", paramLabel = "UNIT", descriptionKey = "unit.name")
        String name;
        @Option(names = "--person", paramLabel = "NAME", descriptionKey = "unit.liaison.person")
        String person;
        @Option(names = "--phone", paramLabel = "NUMBER", descriptionKey = "unit.liaison.phone")
        String phone;
        @Option(names = "--clear", descriptionKey = "unit.liaison.clear")
        boolean clear;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (clear && (person != null || phone != null)) {
                throw new UserFacingException("cli.unit.liaison.clearAndSet");
            }
            try (Database database = unit.top.openDatabase()) {
                UnitRepository units = region.units(database);
                Unit found = require(units, name);
                UnitLiaison before = units.liaison(found.id());
                if (!clear && person == null && phone == null) {
                    out.println(before.isNone() ? Messages.get("cli.unit.liaison.none", found.name())
                            : Messages.get("cli.unit.liaison.shown", found.name(), before.shown()));
                    return 0;
                }
                UnitLiaison after = clear ? UnitLiaison.NONE : new UnitLiaison(
                        person == null ? before.person() : person, phone == null ? before.phone() : phone);
                UnitLiaison stored = units.setLiaison(found.id(), before, after);
                out.println(stored.isNone() ? Messages.get("cli.unit.liaison.cleared", found.name())
                        : Messages.get("cli.unit.liaison.set", found.name(), stored.shown()));
            }
            return 0;
        }
    }

    /** {@code unit liaison-import FILE [--dry-run]}: the 联络员名单 an office keeps in Excel, into its units' liaisons. */
    @Command(name = "liaison-import", mixinStandardHelpOptions = true)
    static final class LiaisonImport implements Callable<Integer> {
        @ParentCommand
        UnitCommand unit;
        @Spec
        CommandSpec spec;
        @Mixin
        RegionOption region;
        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "unit.liaisonList.file")
        java.nio.file.Path file;
        @Option(names = "--dry-run")
        boolean dryRun;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (DatabaseUse use = unit.top.openDatabase(dryRun)) {
                UnitRepository units = region.units(use.database());
                org.kesudesk.exchange.LiaisonLists lists = new org.kesudesk.exchange.LiaisonLists(use.database());
                org.kesudesk.exchange.LiaisonLists.Preview preview = lists.check(file, units);
                out.println(org.kesudesk.exchange.LiaisonLists.described(preview));
                if (dryRun) {
                    out.println(Messages.get("cli.progress.dryRun"));
                    return 0;
                }
                org.kesudesk.exchange.LiaisonLists.Imported imported = lists.apply(preview, units);
                out.println(Messages.get("cli.unit.liaisonList.imported", imported.liaisons()));
                imported.backup().ifPresent(backup -> out.println(Messages.get("cli.exchange.backup", backup)));
            }
            return 0;
        }
    }

    /** {@code unit liaison-export --out FILE.xlsx}: the region's 联络员名单, every unit, to hand out or fill in. */
    @Command(name = "liaison-export", mixinStandardHelpOptions = true)
    static final class LiaisonExport implements Callable<Integer> {
        @ParentCommand
        UnitCommand unit;
        @Spec
        CommandSpec spec;
        @Mixin
        RegionOption region;
        @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "unit.liaisonList.out")
        java.nio.file.Path out;

        @Override
        public Integer call() {
            try (Database database = unit.top.openDatabase()) {
                UnitRepository units = region.units(database);
                int known = new org.kesudesk.exchange.LiaisonLists(database).export(units, out);
                spec.commandLine().getOut().println(Messages.get("cli.unit.liaisonList.exported", out,
                        units.all().size(), known));
            }
            return 0;
        }
    }
}
