package org.kesudesk.files;

import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * A file that could not be replaced because another program holds it open — the 通知 still open in Word or WPS when
 * it is generated again, a PDF in a reader. Windows refuses that as "access denied", which would send the user
 * looking for permissions; its reason here is Windows' own words for a file in use, which the messages say as such.
 */
public final class FileInUseException extends FileSystemException {

    /** Windows' words for a file another process holds open (ERROR_SHARING_VIOLATION). */
    static final String IN_USE = "The process cannot access the file because it is being used by another process";

    public FileInUseException(Path file, Throwable cause) {
        super(file.toString(), null, IN_USE);
        initCause(cause);
    }
}
