package org.kesudesk.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.logic.AppDirectories;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine;

/** The command line: with no subcommand it opens the window, with one it runs headless and never starts JavaFX. */
public final class Cli {

    /** Exit code for a refused or failed operation; 2 is picocli's code for a usage error. */
    public static final int EXIT_FAILURE = 1;

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    /** Runs the command line on the process's console and environment. */
    public static int run(String[] args, Function<WindowRequest, Optional<String>> openWindow) {
        Charset charset = consoleCharset();
        PrintWriter out = new PrintWriter(new PrintStream(System.out, true, charset), true);
        PrintWriter err = new PrintWriter(new PrintStream(System.err, true, charset), true);
        return run(args, out, err, System.getenv(), AppDirectories.forCurrentUser(), openWindow);
    }

    /** Runs the command line with the given streams and environment. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment,
                          AppDirectories directories,
                          Function<WindowRequest, Optional<String>> openWindow) {
        KesuDeskCommand top = new KesuDeskCommand(environment, directories, openWindow);
        CommandLine commandLine = new CommandLine(top)
                .setResourceBundle(Messages.bundle())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler((failure, command, parseResult) -> {
                    if (failure instanceof UserFacingException userFacing) {
                        command.getErr().println(userFacing.userMessage());
                    } else {
                        LOG.error("command failed", failure);
                        command.getErr().println(Messages.get("cli.error.unexpected", failure));
                    }
                    return EXIT_FAILURE;
                });
        int exitCode = commandLine.execute(args);
        out.flush();
        err.flush();
        return exitCode;
    }

    /**
     * The console's own encoding where it can show Chinese (GBK on a Chinese Windows console, UTF-8 on Linux
     * desktops), else UTF-8 (a bare POSIX locale would turn every Chinese character into "?").
     */
    private static Charset consoleCharset() {
        String nativeName = System.getProperty("native.encoding", System.getProperty("file.encoding", "UTF-8"));
        try {
            Charset nativeCharset = Charset.forName(nativeName);
            if (nativeCharset.newEncoder().canEncode("科素通")) {
                return nativeCharset;
            }
        } catch (IllegalArgumentException unknown) {
            LOG.debug("unknown native encoding {}", nativeName);
        }
        return StandardCharsets.UTF_8;
    }
}
