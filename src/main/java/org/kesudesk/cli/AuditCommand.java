package org.kesudesk.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.kesudesk.l10n.Messages;
import org.kesudesk.model.AuditEntry;
import org.kesudesk.store.AuditLog;
import org.kesudesk.store.Database;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code audit list [--json] [--limit N]}: the audit log, newest first. */
@Command(name = "audit", mixinStandardHelpOptions = true, subcommands = AuditCommand.ListEntries.class)
final class AuditCommand {

    @ParentCommand
    KesuDeskCommand top;

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListEntries implements Callable<Integer> {
        private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

        @ParentCommand
        AuditCommand audit;
        @Spec
        CommandSpec spec;
        @Option(names = "--json")
        boolean json;
        @Option(names = "--limit", paramLabel = "N", defaultValue = "100")
        int limit;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Database database = audit.top.openDatabase()) {
                List<AuditEntry> entries = new AuditLog(database).recent(limit);
                if (json) {
                    ArrayNode array = CliJson.MAPPER.createArrayNode();
                    for (AuditEntry entry : entries) {
                        ObjectNode node = array.addObject();
                        node.put("at", entry.at().toString());
                        node.put("user", entry.osUser());
                        entry.databaseUser().ifPresent(user -> node.put("databaseUser", user));
                        entry.machine().ifPresent(machine -> node.put("machine", machine));
                        node.put("action", entry.action());
                        node.put("summary", entry.summary());
                        node.put("before", entry.before().orElse(null));
                        node.put("after", entry.after().orElse(null));
                    }
                    out.println(CliJson.write(array));
                } else {
                    for (AuditEntry entry : entries) {
                        out.println(Messages.get("cli.audit.line", WHEN.format(entry.at()), entry.osUser(),
                                Messages.get("audit.action." + entry.action()), entry.summary(),
                                entry.before().orElse("—"), entry.after().orElse("—")));
                    }
                }
            }
            return 0;
        }
    }
}
