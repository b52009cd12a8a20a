package org.kesudesk.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;

import org.kesudesk.cli.Cli;
import org.kesudesk.logic.AppDirectories;

/** Command lines a benchmark runs to set its data up, in its own JVM, as a user would type them. */
final class BenchCommands {

    private BenchCommands() {
    }

    /** Runs a command line, printing nothing; a failure stops the benchmark with the command's message. */
    static void quiet(String... args) {
        StringWriter err = new StringWriter();
        int exit = Cli.run(args, new PrintWriter(java.io.Writer.nullWriter()), new PrintWriter(err), Map.of(),
                AppDirectories.forCurrentUser(), request -> Optional.empty());
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", args) + ": " + err);
        }
    }
}
