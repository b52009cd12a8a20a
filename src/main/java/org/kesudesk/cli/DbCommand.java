package org.kesudesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.kesudesk.l10n.LocalizedText;
import org.kesudesk.l10n.Messages;
import org.kesudesk.store.Database;
import org.kesudesk.store.DatabaseCheck;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code db …}: the database file itself. */
@Command(name = "db", mixinStandardHelpOptions = true, subcommands = DbCommand.Check.class)
final class DbCommand {

    @ParentCommand
    KesuDeskCommand top;

    /** {@code db check}: verifies the database without changing it; exits non-zero on a problem. */
    @Command(name = "check", mixinStandardHelpOptions = true)
    static final class Check implements Callable<Integer> {

        @ParentCommand
        DbCommand db;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Database database = Database.openExisting(db.top.databasePath())) {
                List<LocalizedText> problems = new DatabaseCheck(database).run();
                if (problems.isEmpty()) {
                    out.println(Messages.get("cli.db.check.ok", database.file()));
                    return 0;
                }
                PrintWriter err = spec.commandLine().getErr();
                err.println(Messages.get("cli.db.check.problems", database.file(), problems.size()));
                problems.forEach(problem -> err.println("  - " + problem.text()));
                return Cli.EXIT_FAILURE;
            }
        }
    }
}
