package org.kesudesk.parse;

import java.util.Locale;

/**
 * How a container is told from its name or its first bytes ({@link org.kesudesk.model.FileSignature}), for the
 * readers of .docx, .doc and PDF, and an OpenDocument package from its first entry.
 */
final class FileKind {

    /** An OpenDocument package's first entry (ODF 1.2, 3.3): named so, stored, its content the package's type. */
    private static final byte[] ODF_ENTRY = "mimetype".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final String ODF_TYPE = "application/vnd.oasis.opendocument.";
    /** The longest type told apart, with room for the entry's header and an extra field. */
    static final int ODF_HEAD_BYTES = 30 + ODF_ENTRY.length + 64 + ODF_TYPE.length() + 32;

    /** The OpenDocument kinds told apart in messages: what to save the file as instead differs. */
    enum OpenDocument {
        TEXT, SPREADSHEET, OTHER
    }

    private FileKind() {
    }

    /**
     * Whether the first bytes are an OpenDocument package's (LibreOffice's own .odt, .ods …; WPS saves them too),
     * and of which kind; the app reads Office's formats, and names the kind so that the user can save it as one.
     */
    static java.util.Optional<OpenDocument> openDocument(byte[] head) {
        // a zip local file header: sizes at 18 and 22, the name's length at 26, the extra field's at 28, the name at 30
        if (!org.kesudesk.model.FileSignature.ZIP.matches(head) || head.length < 30 + ODF_ENTRY.length
                || littleEndian(head, 26, 2) != ODF_ENTRY.length
                || !java.util.Arrays.equals(head, 30, 30 + ODF_ENTRY.length, ODF_ENTRY, 0, ODF_ENTRY.length)) {
            return java.util.Optional.empty();
        }
        long size = littleEndian(head, 22, 4);
        int at = 30 + ODF_ENTRY.length + (int) littleEndian(head, 28, 2);
        if (littleEndian(head, 18, 4) != size || size > ODF_TYPE.length() + 32 || at + size > head.length) {
            return java.util.Optional.empty(); // compressed or not a type: not the package's mimetype entry
        }
        String type = new String(head, at, (int) size, java.nio.charset.StandardCharsets.US_ASCII);
        if (!type.startsWith(ODF_TYPE)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(switch (type.substring(ODF_TYPE.length())) {
            case "text", "text-master", "text-template" -> OpenDocument.TEXT;
            case "spreadsheet", "spreadsheet-template" -> OpenDocument.SPREADSHEET;
            default -> OpenDocument.OTHER;
        });
    }

    private static long littleEndian(byte[] bytes, int at, int length) {
        long value = 0;
        for (int i = length - 1; i >= 0; i--) {
            value = value << 8 | (bytes[at + i] & 0xFF);
        }
        return value;
    }

    /** Whether the file is named with the extension (".pdf") or its content starts as the kind's does. */
    static boolean looksLike(String fileName, byte[] bytes, String extension,
                             org.kesudesk.model.FileSignature kind) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(extension) || kind.matches(bytes);
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

    private static final byte[] ENCRYPTION_INFO = "EncryptionInfo".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    private static final byte[] ENCRYPTED_PACKAGE =
            "EncryptedPackage".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);

    /**
     * Whether the file is a Word, WPS or Excel file locked with a password to open it (用密码进行加密): Office keeps such
     * a .docx or .xlsx encrypted inside a compound file, whose directory names its EncryptionInfo and
     * EncryptedPackage streams.
     */
    static boolean isPasswordLocked(byte[] bytes) {
        return org.kesudesk.model.FileSignature.OLE.matches(bytes) && holds(bytes, ENCRYPTION_INFO)
                && holds(bytes, ENCRYPTED_PACKAGE);
    }

    /** Whether the bytes begin with the prefix (a magic number, a byte-order mark). */
    static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length
                && java.util.Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
