package org.kesudesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.kesudesk.l10n.LocalizedText;
import org.kesudesk.l10n.Messages;
import org.kesudesk.store.Backups;
import org.kesudesk.store.Database;
import org.kesudesk.store.DatabaseCheck;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code db …}: the database file itself. */
@Command(name = "db", mixinStandardHelpOptions = true,
        subcommands = {DbCommand.Check.class, DbCommand.Backup.class, DbCommand.Restore.class, DbCommand.ListBackups.class,
            DbCommand.MigrateTo.class})
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

    /** {@code db backup --out FILE}: a copy of the database, made while it may be in use, as a zip. */
    @Command(name = "backup", mixinStandardHelpOptions = true)
    static final class Backup implements Callable<Integer> {

        @ParentCommand
        DbCommand db;

        @Spec
        CommandSpec spec;

        @Option(names = "--out", paramLabel = "FILE", required = true)
        Path out;

        @Override
        public Integer call() {
            // a database on a server is the server's to back up (pg_dump): this says so
            db.top.databasePath();
            try (Database database = db.top.openDatabase()) {
                Backups.copy(database, out);
                spec.commandLine().getOut().println(Messages.get("cli.db.backup.done", database.file(),
                        out.toAbsolutePath()));
            }
            return 0;
        }
    }

    /** {@code db restore FILE}: puts a backup in place of the database, keeping the one it replaces. */
    @Command(name = "restore", mixinStandardHelpOptions = true)
    static final class Restore implements Callable<Integer> {

        @ParentCommand
        DbCommand db;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", descriptionKey = "db.restore.file")
        Path file;

        @Override
        public Integer call() {
            Backups.Restored restored = Backups.of(db.top.databasePath()).restore(file);
            PrintWriter out = spec.commandLine().getOut();
            out.println(Messages.get("cli.db.restore.done", file.toAbsolutePath()));
            restored.previous().ifPresent(previous -> out.println(Messages.get("cli.db.restore.previous", previous)));
            return 0;
        }
    }

    /** {@code db backups}: the automatic backups kept beside the database, newest first. */
    @Command(name = "backups", mixinStandardHelpOptions = true)
    static final class ListBackups implements Callable<Integer> {

        @ParentCommand
        DbCommand db;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Backups backups = Backups.of(db.top.databasePath());
            List<Backups.Backup> kept = backups.list();
            if (kept.isEmpty()) {
                out.println(Messages.get("cli.db.backups.none", backups.folder()));
                return 0;
            }
            out.println(Messages.get("cli.db.backups.folder", backups.folder()));
            for (Backups.Backup backup : kept) {
                out.println(Messages.get("cli.db.backups.line", backup.shown(), backup.file().getFileName()));
            }
            return 0;
        }
    }

    /**
     * {@code db migrate-to jdbc:postgresql://…}: moves the office from its database file to a (new, empty) database on
     * a server — every table copied in one transaction, each checked by its rows and a hash of its content. The file
     * stays as it was.
     */
    @Command(name = "migrate-to", mixinStandardHelpOptions = true)
    static final class MigrateTo implements Callable<Integer> {

        @ParentCommand
        DbCommand db;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "JDBC_URL", descriptionKey = "db.migrateTo.url")
        String url;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            org.kesudesk.store.ServerAddress server = org.kesudesk.store.ServerAddress.parse(url,
                    db.top.environment());
            try (Database from = Database.open(db.top.databasePath());
                 Database to = Database.openServer(server)) {
                List<org.kesudesk.store.DatabaseTransfer.Copied> copied =
                        org.kesudesk.store.DatabaseTransfer.copy(from, to);
                for (org.kesudesk.store.DatabaseTransfer.Copied table : copied) {
                    out.println(Messages.get("cli.db.migrateTo.table", table.table(), table.rows(),
                            table.sha256().substring(0, 12)));
                }
                out.println(Messages.get("cli.db.migrateTo.done", from.location(), to.location(), copied.size(),
                        server.url().replaceFirst("\\?.*", "") + "?user=" + server.user()));
            }
            return 0;
        }
    }
}
