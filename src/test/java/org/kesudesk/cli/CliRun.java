package org.kesudesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kesudesk.logic.AppDirectoriesFixture;

/**
 * Runs the command line in the test's JVM, as a user would type it, with the data folders inside the test's
 * folder; a command never opens the window.
 */
final class CliRun {

    /** What a command did: its exit code and what it printed. */
    record Result(int exitCode, String out, String err) {
    }

    private CliRun() {
    }

    /** The bundled sample plan imported into the database {@code db} (aliases accepted), as a user would. */
    static void importSample(Path folder, String db) throws IOException {
        Path sample = folder.resolve("qiqihar.txt");
        try (InputStream in = CliRun.class.getResourceAsStream("/org/kesudesk/samples/qiqihar-2022-16.txt")) {
            Files.write(sample, in.readAllBytes());
        }
        Result imported = run(folder, "--db", db, "plan", "import", sample.toString(), "--accept-aliases");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
    }

    static Result run(Path folder, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<WindowRequest> windows = new ArrayList<>();
        int exitCode = Cli.run(args, new PrintWriter(out), new PrintWriter(err), Map.of(),
                AppDirectoriesFixture.linux(folder), request -> {
                    windows.add(request);
                    return java.util.Optional.empty();
                });
        assertThat(windows).as("a command opened the window").isEmpty();
        return new Result(exitCode, out.toString(), err.toString());
    }
}
