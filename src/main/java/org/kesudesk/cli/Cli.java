package org.kesudesk.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.InvalidPathException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.logic.AppDirectories;
import org.kesudesk.logic.DatabaseLocation;
import org.kesudesk.logic.FailureReports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine;

/** The command line: with no subcommand it opens the window, with one it runs headless and never starts JavaFX. */
public final class Cli {

    /** Exit code for a refused or failed operation; 2 is picocli's code for a usage error. */
    public static final int EXIT_FAILURE = 1;
    /** Exit code when the window cannot open (no display, no GTK 3): said, and told apart from a failure. */
    public static final int EXIT_NO_DESKTOP = 4;

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);
    /** How long a window open on the database has to answer a second start (it looks every second). */
    private static final java.time.Duration HAND_OVER_WAIT = java.time.Duration.ofSeconds(5);

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
    public static int run(String[] args, PrintWriter rawOut, PrintWriter rawErr, Map<String, String> environment,
                          AppDirectories directories,
                          Function<WindowRequest, Optional<String>> openWindow) {
        // names and texts from files are printed as they are, never obeyed by the terminal
        PrintWriter out = new PrintWriter(new EscapingWriter(rawOut), true);
        PrintWriter err = new PrintWriter(new EscapingWriter(rawErr), true);
        Optional<WindowRequest> window = windowRequest(args, environment, directories);
        if (window.isPresent()) {
            Optional<Path> file = window.get().fileToOpen();
            org.kesudesk.logic.OpenRequests requests = org.kesudesk.logic.OpenRequests.in(directories.dataFolder());
            String database = window.get().database().key();
            // a file opened from the desktop while the window is open on its database: that window opens it; the app
            // started again (its window behind others, minimised): that window comes forward
            if (file.isPresent() && requests.handOver(database, file.get(), HAND_OVER_WAIT)) {
                out.println(Messages.get("cli.window.handedOver", file.get().toAbsolutePath()));
                return 0;
            }
            if (file.isEmpty() && !window.get().startupReport() && requests.callForward(database, HAND_OVER_WAIT)) {
                out.println(Messages.get("cli.window.calledForward"));
                return 0;
            }
            try {
                openWindow.apply(window.get()).ifPresent(out::println);
                return 0;
            } catch (RuntimeException failure) {
                err.println(FailureReports.message(Messages.get("cli.doing.window"), failure, directories));
                return failure instanceof org.kesudesk.logic.DesktopUnavailableException ? EXIT_NO_DESKTOP
                        : EXIT_FAILURE;
            } catch (Error broken) {
                err.println(FailureReports.broken(Messages.get("cli.doing.window"), broken, directories));
                return EXIT_FAILURE;
            } finally {
                out.flush();
                err.flush();
            }
        }
        KesuDeskCommand top = new KesuDeskCommand(environment, directories, openWindow);
        CommandLine commandLine = new CommandLine(top)
                .setResourceBundle(Messages.bundle())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(Cli::usageMistake)
                .setExecutionExceptionHandler((failure, command, parseResult) -> {
                    command.getErr().println(FailureReports.message(doing(command.getCommandSpec()), failure,
                            directories));
                    return failure instanceof org.kesudesk.logic.DesktopUnavailableException ? EXIT_NO_DESKTOP
                            : EXIT_FAILURE;
                });
        int exitCode;
        try {
            exitCode = commandLine.execute(args);
        } catch (Error broken) {
            // memory exhausted, a class that failed to load: picocli passes errors on, and the user still hears of it
            err.println(FailureReports.broken(doing(commandRun(commandLine)), broken, directories));
            exitCode = EXIT_FAILURE;
        }
        out.flush();
        err.flush();
        return exitCode;
    }

    /** The command the arguments named (the deepest subcommand parsed), or the top one. */
    private static CommandLine.Model.CommandSpec commandRun(CommandLine commandLine) {
        CommandLine.ParseResult parsed = commandLine.getParseResult();
        while (parsed != null && parsed.hasSubcommand()) {
            parsed = parsed.subcommand();
        }
        return parsed == null ? commandLine.getCommandSpec() : parsed.commandSpec();
    }

    /** What a command was doing, for a failure's message: 执行命令“plan import”. */
    static String doing(CommandLine.Model.CommandSpec command) {
        return Messages.get("cli.doing", command.qualifiedName(" ").substring(command.root().name().length())
                .strip());
    }

    /**
     * A mistake on the command line, said in Chinese (picocli's own messages are English), with a pointer to the
     * help; exit code 2.
     */
    private static int usageMistake(CommandLine.ParameterException mistake, String[] args) {
        CommandLine command = mistake.getCommandLine();
        String text;
        Optional<UserFacingException> ours = Optional.empty();
        for (Throwable t = mistake.getCause(); t != null && ours.isEmpty(); t = t.getCause()) {
            ours = t instanceof UserFacingException userFacing ? Optional.of(userFacing) : Optional.empty();
        }
        if (ours.isPresent()) {
            // a converter of ours said what is wrong with the value
            text = ours.get().userMessage();
        } else if (mistake instanceof CommandLine.UnmatchedArgumentException unmatched) {
            text = Messages.get("cli.usage.unmatched", String.join(" ", unmatched.getUnmatched()));
        } else if (mistake instanceof CommandLine.MissingParameterException missing) {
            text = Messages.get("cli.usage.missing", String.join("、", missing.getMissing().stream()
                    .map(arg -> arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() + " "
                            + arg.paramLabel() : arg.paramLabel()).toList()));
        } else if (mistake.getArgSpec() != null && mistake.getValue() != null) {
            CommandLine.Model.ArgSpec arg = mistake.getArgSpec();
            text = Messages.get("cli.usage.badValue", mistake.getValue(), arg.isOption()
                    ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel());
        } else {
            LOG.info("command line mistake: {}", mistake.getMessage());
            text = Messages.get("cli.usage.other");
        }
        command.getErr().println(text);
        command.getErr().println(Messages.get("cli.usage.help", command.getCommandSpec().qualifiedName(" ")));
        return CommandLine.ExitCode.USAGE;
    }

    /**
     * The window's own arguments ({@code [--db PATH] [--startup-report] [FILE]}), read without building the
     * whole command line: picocli's model of every command took a third of a second of the window's start. A file is
     * an exchange file ({@code .kesu}, there or not: the window says what became of it) or any file there with a
     * name that has an extension — a plan document or a workbook opened with the app from the desktop (打开方式) —
     * which the window opens as one dropped on it. Anything else (a command, {@code --help}, a mistake) is left to
     * picocli.
     */
    static Optional<WindowRequest> windowRequest(String[] args, Map<String, String> environment,
                                                 AppDirectories directories) {
        Optional<String> database = Optional.empty();
        Optional<Path> file = Optional.empty();
        boolean startupReport = false;
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--db") && i + 1 < args.length && database.isEmpty()) {
                    database = Optional.of(args[++i]);
                } else if (arg.startsWith("--db=") && database.isEmpty()) {
                    database = Optional.of(arg.substring("--db=".length()));
                } else if (arg.equals("--startup-report") && !startupReport) {
                    startupReport = true;
                } else if (!arg.startsWith("-") && file.isEmpty() && (org.kesudesk.model.ExchangePackage.isNamedAs(arg)
                        || openedFromTheDesktop(arg))) {
                    file = Optional.of(Path.of(arg));
                } else {
                    return Optional.empty();
                }
            }
            return Optional.of(new WindowRequest(DatabaseLocation.resolve(database, environment, directories), file,
                    startupReport));
        } catch (InvalidPathException | org.kesudesk.l10n.UserFacingException notADatabase) {
            // picocli's command says what is wrong with it
            return Optional.empty();
        }
    }

    /** A file given as the desktop gives one to open: a name with an extension (no command has one), there. */
    private static boolean openedFromTheDesktop(String arg) {
        Path file = Path.of(arg);
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return name.lastIndexOf('.') > 0 && java.nio.file.Files.isRegularFile(file);
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
