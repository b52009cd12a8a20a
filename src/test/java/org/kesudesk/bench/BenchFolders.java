package org.kesudesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.kesudesk.files.Folders;

/** A benchmark's scratch folder, deleted with all it holds when its JVM ends, so that runs leave nothing behind. */
final class BenchFolders {

    private BenchFolders() {
    }

    /** A new folder in the system's temporary folder, named with the prefix, deleted when the JVM exits. */
    static Path temporary(String prefix) throws IOException {
        Path folder = Files.createTempDirectory(prefix);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Folders.deleteTree(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "delete " + folder.getFileName()));
        return folder;
    }
}
