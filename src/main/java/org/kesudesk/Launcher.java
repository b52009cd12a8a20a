package org.kesudesk;

import java.nio.file.Path;

import org.kesudesk.cli.Cli;
import org.kesudesk.logic.AppDirectories;
import org.kesudesk.logic.AppVersion;
import org.kesudesk.ui.KesuDeskApp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point of {@code kesudesk.jar}. It does not extend {@code Application}, so that the jar runs from the
 * class path, and a subcommand runs headless without loading JavaFX at all.
 */
public final class Launcher {

    /** The system property naming the folder of the log files (set here, read by {@link LogFiles}). */
    public static final String LOG_FOLDER_PROPERTY = "kesudesk.logDir";

    private Launcher() {
    }

    public static void main(String[] args) {
        AppDirectories folders = AppDirectories.forCurrentUser();
        Logger log = startLogging(folders.logFolder());
        org.kesudesk.documents.DocumentFontSets.useFontsIn(folders.fontFolder());
        log.info("KesuDesk {} starting (Java {} {}, {} {} {})", AppVersion.current(),
                System.getProperty("java.version"), System.getProperty("java.vendor"), System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("os.arch"));
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) ->
                log.error("uncaught failure on thread {}", thread.getName(), failure));
        // A lambda, not a method reference: KesuDeskApp (and JavaFX) is only loaded when the window opens.
        int exitCode = Cli.run(args, request -> KesuDeskApp.launch(request.database(), request.fileToOpen(),
                request.startupReport()));
        log.info("KesuDesk exiting with code {}", exitCode);
        System.exit(exitCode);
    }

    /**
     * Logs to a file in the data folder from here on (before anything else has logged), unless another logging
     * configuration was asked for.
     */
    private static Logger startLogging(Path folder) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty(LOG_FOLDER_PROPERTY, folder.toAbsolutePath().toString());
        }
        return LoggerFactory.getLogger(Launcher.class);
    }
}
