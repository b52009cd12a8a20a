package org.kesudesk.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the command line asks of the window: the database to open, an exchange file to import once it is open (a
 * {@code .kesu} file opened from the file manager), and whether to print the start-up report and exit. Opening the window returns the report's text, to be printed.
 */
public record WindowRequest(org.kesudesk.store.DatabaseTarget database, Optional<Path> fileToOpen, boolean startupReport) {
}
