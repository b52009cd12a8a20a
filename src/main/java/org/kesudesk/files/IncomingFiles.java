package org.kesudesk.files;

import java.nio.file.Files;
import java.nio.file.Path;

import org.kesudesk.l10n.UserFacingException;

/**
 * A file from outside as the user named it (a plan, an exchange file, a ledger, a key, a backup), checked before it
 * is read: a path mistyped, a folder chosen or a file the user may not read is said as such, not as a file that is
 * damaged or of the wrong kind, which is what the readers would otherwise conclude.
 */
public final class IncomingFiles {

    private IncomingFiles() {
    }

    /** @throws UserFacingException if there is no such file, it is a folder, or it cannot be read */
    public static void requireFile(Path file) {
        if (Files.isDirectory(file)) {
            throw new UserFacingException("failure.file.folder", file);
        }
        if (!Files.exists(file)) {
            throw new UserFacingException("failure.file.missing", file);
        }
        if (!Files.isReadable(file)) {
            throw new UserFacingException("failure.file.unreadable", file);
        }
    }
}
