package org.kesudesk.l10n;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why an operation on a file failed, in Chinese: the user is never shown a library's or the system's own text
 * (which is English, and says nothing a clerk can act on); the failure itself goes to the log.
 */
public final class FailureReasons {

    private FailureReasons() {
    }

    /**
     * Why a file from outside (a workbook, a document) could not be read as what it should be: empty, cut short,
     * missing or not readable, else damaged, encrypted or holding what the app refuses (a zip bomb, an entity).
     */
    public static LocalizedText ofDocument(java.nio.file.Path file, Throwable failure) {
        try {
            if (java.nio.file.Files.size(file) == 0) {
                return LocalizedText.of("failure.reason.empty");
            }
        } catch (java.io.IOException gone) {
            // said by the failure itself
        }
        LocalizedText reason = of(failure);
        return reason.key().equals("failure.reason.other") ? LocalizedText.of("failure.reason.damaged") : reason;
    }

    /** The reason for a failed file operation (reading, writing, moving), as a text to put in a message. */
    public static LocalizedText of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof NoSuchFileException || t instanceof java.io.FileNotFoundException
                    && String.valueOf(t.getMessage()).contains("No such file")) {
                return LocalizedText.of("failure.reason.noSuchFile");
            }
            if (t instanceof AccessDeniedException || String.valueOf(t.getMessage()).contains("Permission denied")
                    || String.valueOf(t.getMessage()).contains("Access is denied")) {
                return LocalizedText.of("failure.reason.accessDenied");
            }
            if (t instanceof FileAlreadyExistsException) {
                return LocalizedText.of("failure.reason.exists");
            }
            if (t instanceof NotDirectoryException) {
                return LocalizedText.of("failure.reason.notFolder");
            }
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("no space left") || message.contains("not enough space")
                    || message.contains("disk full")) {
                return LocalizedText.of("failure.reason.diskFull");
            }
            if (message.contains("read-only file system")) {
                return LocalizedText.of("failure.reason.readOnly");
            }
            // Linux's ENAMETOOLONG (255 bytes a name: 85 Chinese characters), Windows' ERROR_FILENAME_EXCED_RANGE
            if (message.contains("file name too long") || message.contains("filename or extension is too long")) {
                return LocalizedText.of("failure.reason.nameTooLong");
            }
            // a USB stick pulled out while it was written to, or failing (Linux's EIO and ENODEV, Windows' words)
            if (message.contains("input/output error") || message.contains("no such device")
                    || message.contains("device is not ready") || message.contains("device does not recognize")
                    || message.contains("no longer available")) {
                return LocalizedText.of("failure.reason.deviceGone");
            }
            if (t instanceof FileSystemException && message.contains("being used by another process")) {
                return LocalizedText.of("failure.reason.inUse");
            }
            // a package (a zip: .odt, .docx, a backup) that ends before its entries do: cut short in the copying
            if (t instanceof java.io.EOFException || t instanceof java.io.IOException
                    && (message.contains("unexpected eof") || message.contains("unexpected end of")
                    || message.contains("truncated"))) {
                return LocalizedText.of("failure.reason.incomplete");
            }
        }
        return LocalizedText.of("failure.reason.other");
    }

    /**
     * A failure writing one of several files into a folder (each unit's sheet or letter), some already written: the
     * failure, and how many were written where and how many not — the user is not to take the folder for complete,
     * nor for empty.
     *
     * @param failure the failure of the file that could not be written
     * @param written how many files were written before it
     * @param total   how many were to be written
     */
    public static UserFacingException partlyWritten(UserFacingException failure, int written, int total,
                                                    java.nio.file.Path folder) {
        if (written == 0) {
            return failure;
        }
        return new UserFacingException(failure, "failure.partlyWritten", failure.text(), written,
                folder.toAbsolutePath(), total - written);
    }
}
