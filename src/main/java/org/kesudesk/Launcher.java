package org.kesudesk;

import org.kesudesk.cli.Cli;
import org.kesudesk.ui.KesuDeskApp;

/**
 * The entry point of {@code kesudesk.jar}. It does not extend {@code Application}, so that the jar runs from the
 * class path, and a subcommand runs headless without loading JavaFX at all.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // A lambda, not a method reference: KesuDeskApp (and JavaFX) is only loaded when the window opens.
        int exitCode = Cli.run(args, databasePath -> KesuDeskApp.launch(databasePath));
        System.exit(exitCode);
    }
}
