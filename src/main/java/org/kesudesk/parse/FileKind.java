package org.kesudesk.parse;

import java.util.Locale;

/** How a container is told from its name or its first bytes, for the readers of .docx, .doc and PDF. */
final class FileKind {

    private FileKind() {
    }

    /** Whether the file is named with the extension (".pdf") or its content starts with the magic bytes. */
    static boolean looksLike(String fileName, byte[] bytes, String extension, byte[] magic) {
        if (fileName.toLowerCase(Locale.ROOT).endsWith(extension)) {
            return true;
        }
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
