package org.kesudesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.kesudesk.l10n.ContentMessages;
import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.logic.Divisions;
import org.kesudesk.logic.RegionWording;
import org.kesudesk.model.Region;
import org.kesudesk.model.RegionSetup;
import org.kesudesk.store.Database;
import org.kesudesk.store.RegionRepository;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code region list [--json]}, {@code region own CODE}, {@code region setup CODE|NAME}, {@code region add CODE NAME},
 * {@code region rename CODE NAME}, {@code region remove CODE}: the city, its counties (the default list, editable, or another city's set up from
 * the country's divisions), and this office's region.
 */
@Command(name = "region", mixinStandardHelpOptions = true,
        subcommands = {RegionCommand.ListRegions.class, RegionCommand.Own.class, RegionCommand.SetUp.class,
                RegionCommand.Add.class,
                RegionCommand.Rename.class, RegionCommand.Remove.class})
final class RegionCommand {

    @ParentCommand
    KesuDeskCommand top;

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListRegions implements Callable<Integer> {
        @ParentCommand
        RegionCommand region;
        @Spec
        CommandSpec spec;
        @Option(names = "--json")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Database database = region.top.openDatabase()) {
                RegionRepository regions = new RegionRepository(database);
                List<Region> all = regions.all();
                Optional<Region> own = regions.own();
                if (json) {
                    ArrayNode array = CliJson.MAPPER.createArrayNode();
                    for (Region r : all) {
                        ObjectNode node = array.addObject();
                        node.put("code", r.code());
                        node.put("name", r.name());
                        node.put("kind", r.kind().name().toLowerCase(Locale.ROOT));
                        node.put("own", own.map(o -> o.id().equals(r.id())).orElse(false));
                    }
                    out.println(CliJson.write(array));
                } else {
                    for (Region r : all) {
                        boolean isOwn = own.map(o -> o.id().equals(r.id())).orElse(false);
                        out.println(Messages.get("cli.region.line", isOwn ? "*" : " ", r.code(), r.name(),
                                Messages.get("region.kind." + r.kind().name())));
                    }
                }
            }
            return 0;
        }
    }

    @Command(name = "own", mixinStandardHelpOptions = true)
    static final class Own implements Callable<Integer> {
        @ParentCommand
        RegionCommand region;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "CODE", descriptionKey = "region.code")
        String code;

        @Override
        public Integer call() {
            try (Database database = region.top.openDatabase()) {
                Region own = new RegionRepository(database).setOwn(code, RegionWording::ownRegion);
                spec.commandLine().getOut().println(Messages.get("cli.region.own.done", own.code(), own.name()));
            }
            return 0;
        }
    }

    @Command(name = "setup", mixinStandardHelpOptions = true)
    static final class SetUp implements Callable<Integer> {
        @ParentCommand
        RegionCommand region;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "CODE|NAME", descriptionKey = "region.setup.place")
        String place;

        @Override
        public Integer call() {
            Divisions divisions = Divisions.bundled();
            Divisions.Division division = resolve(divisions, place);
            RegionSetup setup = divisions.setupFor(division).orElseThrow(() -> new UserFacingException(
                    "cli.region.setup.province", division.name(), division.code()));
            try (Database database = region.top.openDatabase()) {
                Region own = new RegionRepository(database).setUp(setup, RegionWording::ownRegion);
                spec.commandLine().getOut().println(Messages.get("cli.region.setup.done", own.code(), own.name(),
                        setup.city().name(), setup.counties().size()));
            }
            return 0;
        }

        /** The one city or county a code or name means, or a message saying what it could mean. */
        private static Divisions.Division resolve(Divisions divisions, String typed) {
            String text = typed.strip();
            if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return divisions.byCode(text).orElseThrow(() -> new UserFacingException(
                        "cli.region.setup.unknownCode", ContentMessages.shown(text)));
            }
            List<Divisions.Division> named = divisions.named(text);
            if (named.size() == 1) {
                return named.get(0);
            }
            List<Divisions.Division> shown = named.isEmpty() ? divisions.search(text) : named;
            String choices = shown.stream().limit(8)
                    .map(d -> Messages.get("region.choice", divisions.fullName(d), d.code()))
                    .collect(java.util.stream.Collectors.joining("、"));
            throw new UserFacingException(named.isEmpty()
                    ? (shown.isEmpty() ? "cli.region.setup.unknownName" : "cli.region.setup.didYouMean")
                    : "cli.region.setup.ambiguous", ContentMessages.shown(text), choices);
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add implements Callable<Integer> {
        @ParentCommand
        RegionCommand region;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "CODE", descriptionKey = "region.code")
        String code;
        @Parameters(index = "1", paramLabel = "NAME", descriptionKey = "region.name")
        String name;

        @Override
        public Integer call() {
            try (Database database = region.top.openDatabase()) {
                Region added = new RegionRepository(database).addCounty(code, name, RegionWording::region);
                spec.commandLine().getOut().println(Messages.get("cli.region.added", added.code(), added.name()));
            }
            return 0;
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true)
    static final class Rename implements Callable<Integer> {
        @ParentCommand
        RegionCommand region;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "CODE", descriptionKey = "region.code")
        String code;
        @Parameters(index = "1", paramLabel = "NAME", descriptionKey = "region.name")
        String name;

        @Override
        public Integer call() {
            try (Database database = region.top.openDatabase()) {
                Region renamed = new RegionRepository(database).rename(code, name, RegionWording::region);
                spec.commandLine().getOut().println(Messages.get("cli.region.renamed", renamed.code(),
                        renamed.name()));
            }
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true)
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        RegionCommand region;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "CODE", descriptionKey = "region.code")
        String code;

        @Override
        public Integer call() {
            try (Database database = region.top.openDatabase()) {
                Region removed = new RegionRepository(database).remove(code, RegionWording::region);
                spec.commandLine().getOut().println(Messages.get("cli.region.removed", removed.code(),
                        removed.name()));
            }
            return 0;
        }
    }
}
