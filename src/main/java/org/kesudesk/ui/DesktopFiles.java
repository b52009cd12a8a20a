package org.kesudesk.ui;

import java.nio.file.Path;

import javafx.application.HostServices;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a file or a folder as the desktop does (a PDF in the reader, a folder in the file manager), through the
 * JavaFX application's host services; without them (tests, the command line) it does nothing but log.
 */
public final class DesktopFiles {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopFiles.class);
    private static volatile HostServices host;

    private DesktopFiles() {
    }

    /** Given by the app once it runs. */
    static void use(HostServices services) {
        host = services;
    }

    /** Opens the file or folder with what the desktop opens it with. */
    public static void open(Path path) {
        HostServices services = host;
        if (services == null) {
            LOG.info("no desktop to open {}", path);
            return;
        }
        services.showDocument(path.toAbsolutePath().toUri().toString());
    }
}
