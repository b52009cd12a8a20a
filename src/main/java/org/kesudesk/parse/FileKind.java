package org.kesudesk.parse;

import java.util.Locale;

/** How a container is told from its name or its first bytes, for the readers of .docx, .doc and PDF. */
final class FileKind {

    /** The first bytes of every zip file: a .docx, an .xlsx. */
    static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    /** The first bytes of an OLE2 compound file: a .doc, an .xls, an .xlsx locked with a password. */
    static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    /** The first bytes of a PDF file. */
    static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};

    private FileKind() {
    }

    /** Whether the file is named with the extension (".pdf") or its content starts with the magic bytes. */
    static boolean looksLike(String fileName, byte[] bytes, String extension, byte[] magic) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(extension) || startsWith(bytes, magic);
    }

    /** Whether the bytes hold the part anywhere (a zip entry's name, which its headers hold as written). */
    static boolean holds(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Whether the bytes begin with the prefix (a magic number, a byte-order mark). */
    static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length
                && java.util.Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
