package org.kesudesk.parse;

import java.util.Locale;

/** How a container is told from its name or its first bytes, for the readers of .docx, .doc and PDF. */
final class FileKind {

    private FileKind() {
    }

    /** Whether the file is named with the extension (".pdf") or its content starts with the magic bytes. */
    static boolean looksLike(String fileName, byte[] bytes, String extension, byte[] magic) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(extension) || startsWith(bytes, magic);
    }

    /** Whether the bytes begin with the prefix (a magic number, a byte-order mark). */
    static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length
                && java.util.Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
