package org.kesudesk.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * What makes a file the app's exchange file (.kesu) whatever it is called: a zip whose first entry is its manifest.
 * A mail program or a gateway renames attachments it does not know (给富裕县.kesu.zip, .kesu.txt), and a clerk picks
 * one with 导入方案文件: such a file is still told for what it is. One rule for the exchange, which writes the manifest
 * first, and for every place that tells files apart by their content.
 */
public final class ExchangePackage {

    /** The extension the app gives its exchange files. */
    public static final String EXTENSION = ".kesu";
    /** The first entry of every exchange file: what it carries, from whom, to whom, with the digest of each entry. */
    public static final String MANIFEST = "manifest.json";
    /** The manifest's signature, by the sender's key. */
    public static final String SIGNATURE = "manifest.sig";

    /** A zip entry's local header: its signature, then the name's length at 26 and the name itself at 30. */
    private static final int NAME_LENGTH_AT = 26;
    private static final int NAME_AT = 30;
    private static final byte[] MANIFEST_NAME = MANIFEST.getBytes(StandardCharsets.US_ASCII);
    /** The first bytes that tell an exchange file: the local header of its first entry, with its name. */
    public static final int HEAD_BYTES = NAME_AT + MANIFEST_NAME.length;

    private ExchangePackage() {
    }

    /** Whether the file is named as an exchange file (in any case: 给富裕县.KESU). */
    public static boolean isNamedAs(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(EXTENSION);
    }

    /** Whether a file's first bytes ({@link #HEAD_BYTES} or more) are an exchange file's, whatever its name. */
    public static boolean startsAsOne(byte[] head) {
        if (head.length < HEAD_BYTES || !FileSignature.ZIP.matches(head)) {
            return false;
        }
        int nameLength = (head[NAME_LENGTH_AT] & 0xFF) | (head[NAME_LENGTH_AT + 1] & 0xFF) << 8;
        return nameLength == MANIFEST_NAME.length
                && Arrays.equals(head, NAME_AT, HEAD_BYTES, MANIFEST_NAME, 0, MANIFEST_NAME.length);
    }
}
