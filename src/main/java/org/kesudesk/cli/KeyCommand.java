package org.kesudesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.kesudesk.exchange.OfficeKeys;
import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.Region;
import org.kesudesk.store.Database;
import org.kesudesk.store.KeyRepository;
import org.kesudesk.store.RegionRepository;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code key export --out FILE}, {@code key import FILE}, {@code key list}: the offices' signing keys. */
@Command(name = "key", mixinStandardHelpOptions = true,
        subcommands = {KeyCommand.Export.class, KeyCommand.Import.class, KeyCommand.ListKeys.class})
final class KeyCommand {

    @ParentCommand
    KesuDeskCommand top;

    @Command(name = "export", mixinStandardHelpOptions = true)
    static final class Export implements Callable<Integer> {
        @ParentCommand
        KeyCommand key;
        @Spec
        CommandSpec spec;
        @Option(names = "--out", paramLabel = "FILE", required = true)
        Path out;

        @Override
        public Integer call() {
            try (Database database = key.top.openDatabase()) {
                Region own = new RegionRepository(database).own()
                        .orElseThrow(() -> new UserFacingException("exchange.error.noOwnRegion"));
                OfficeKeys.PublicKeyFile written = new OfficeKeys(new KeyRepository(database)).export(own, out);
                spec.commandLine().getOut().println(Messages.get("cli.key.exported", out.toAbsolutePath(),
                        written.regionName(), written.fingerprint()));
            }
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        @ParentCommand
        KeyCommand key;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "exchange.keyFile")
        Path file;

        @Override
        public Integer call() {
            try (Database database = key.top.openDatabase()) {
                OfficeKeys keys = new OfficeKeys(new KeyRepository(database));
                OfficeKeys.PublicKeyFile read = keys.read(file);
                OfficeKeys.ImportResult result = keys.accept(read, new RegionRepository(database));
                spec.commandLine().getOut().println(Messages.get("cli.key.import." + result.name(),
                        read.regionName(), read.regionCode(), read.fingerprint()));
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListKeys implements Callable<Integer> {
        @ParentCommand
        KeyCommand key;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Database database = key.top.openDatabase()) {
                for (KeyRepository.KnownKey known : new KeyRepository(database).allKnown()) {
                    out.println(Messages.get("cli.key.line", known.regionCode(), known.regionName(),
                            known.fingerprint()));
                }
            }
            return 0;
        }
    }
}
