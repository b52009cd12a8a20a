package org.kesudesk.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.kesudesk.l10n.Messages;
import org.kesudesk.logic.AppDirectories;
import org.kesudesk.logic.AppVersion;
import org.kesudesk.logic.DatabaseLocation;
import org.kesudesk.store.Database;
import org.kesudesk.store.DatabaseTarget;
import org.kesudesk.l10n.UserFacingException;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code kesudesk [--db PATH] [COMMAND]}: the window when no command is given. */
@Command(name = "kesudesk",
        mixinStandardHelpOptions = true,
        versionProvider = KesuDeskCommand.Version.class,
        subcommands = {PlanCommand.class, UnitCommand.class, AssignCommand.class, UnassignCommand.class,
                AuditCommand.class, RenderCommand.class, RegionCommand.class, KeyCommand.class, ExchangeCommand.class, DbCommand.class,
                DeadlineCommand.class, RoundCommand.class, ProgressCommand.class, IndicatorCommand.class})
public final class KesuDeskCommand implements Callable<Integer> {

    private final Map<String, String> environment;
    private final AppDirectories directories;
    private final Function<WindowRequest, Optional<String>> openWindow;

    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT)
    private String database;

    @Spec
    private CommandSpec spec;

    @Option(names = "--startup-report")
    private boolean startupReport;

    @Parameters(arity = "0..1", paramLabel = "FILE.kesu", descriptionKey = "window.file")
    private Path fileToOpen;

    KesuDeskCommand(Map<String, String> environment, AppDirectories directories,
                    Function<WindowRequest, Optional<String>> openWindow) {
        this.environment = environment;
        this.directories = directories;
        this.openWindow = openWindow;
    }

    @Override
    public Integer call() {
        openWindow.apply(new WindowRequest(target(), Optional.ofNullable(fileToOpen), startupReport))
                .ifPresent(report -> spec.commandLine().getOut().println(report));
        return 0;
    }

    /**
     * The database to use: {@code --db}, else {@code KESUDESK_DB}, else the user's connection profile, else the one
     * in the user's data folder ({@link DatabaseLocation}).
     */
    DatabaseTarget target() {
        return DatabaseLocation.resolve(Optional.ofNullable(database), environment, directories);
    }

    /** Where the log is, for a failure's message. */
    AppDirectories directories() {
        return directories;
    }

    /**
     * The database file to use.
     *
     * @throws UserFacingException if the database is on a server (what asks for this needs a file)
     */
    Path databasePath() {
        DatabaseTarget target = target();
        return target.path().orElseThrow(() -> new UserFacingException("cli.db.serverHasNoFile", target.shown()));
    }

    /** The environment the command runs in (for a server's user and password). */
    Map<String, String> environment() {
        return environment;
    }

    /** Opens (and if needed creates and migrates) the database: the file, or the office's on a server. */
    Database openDatabase() {
        Database opened = target().open();
        // a clock reading earlier than the data's newest change makes every day the command works out wrong
        org.kesudesk.logic.ClockCheck.of(opened)
                .ifPresent(behind -> spec.commandLine().getErr().println(behind.message()));
        return opened;
    }

    /** The database, or for a dry run a scratch copy of it: a dry run writes nothing beside the user's database. */
    DatabaseUse openDatabase(boolean dryRun) {
        return dryRun ? ScratchDatabase.copyOf(databasePath()) : DatabaseUse.of(openDatabase());
    }

    /** Prints the app's name and version. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Messages.get("cli.version", AppVersion.current())};
        }
    }
}
