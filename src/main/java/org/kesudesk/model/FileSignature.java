package org.kesudesk.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a file's first bytes say it is, whatever its name: the containers the app reads (PDF, zip, OLE2), the
 * pictures a 佐证材料 may be, and the archives a notice is mailed in. One reading for the evidence kept with a report
 * and for the documents a plan is imported from.
 */
public enum FileSignature {
    PDF(0x25, 0x50, 0x44, 0x46),
    /** A zip file: a .docx, .xlsx, OFD or OpenDocument package, or an archive of files. */
    ZIP(0x50, 0x4B, 0x03, 0x04),
    /** An OLE2 compound file: a .doc, .xls, .wps, .et, or an Office file locked with a password. */
    OLE(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
    JPEG(0xFF, 0xD8, 0xFF),
    PNG(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A),
    GIF(0x47, 0x49, 0x46, 0x38),
    BMP(0x42, 0x4D),
    TIFF(0x49, 0x49, 0x2A, 0x00),
    TIFF_BIG_ENDIAN(0x4D, 0x4D, 0x00, 0x2A),
    /** A RAR archive (4 and 5 alike start so). */
    RAR(0x52, 0x61, 0x72, 0x21, 0x1A, 0x07),
    SEVEN_ZIP(0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C);

    /** The first bytes that tell every kind here: the longest signature. */
    public static final int HEAD_BYTES = 8;

    private final int[] signature;

    FileSignature(int... signature) {
        this.signature = signature;
    }

    /** Whether the bytes start as this kind's do. */
    public boolean matches(byte[] head) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        // "BM" starts texts too: a bitmap's header has its size, then four bytes reserved as zero
        return this != BMP || head.length < 10 || head[6] == 0 && head[7] == 0 && head[8] == 0 && head[9] == 0;
    }

    /** The kind the bytes start as, if any here. */
    public static Optional<FileSignature> of(byte[] head) {
        return Arrays.stream(values()).filter(kind -> kind.matches(head)).findFirst();
    }

    /** Whether this is a picture (a scan, a photograph), whose text is not to be read. */
    public boolean isPicture() {
        return this == JPEG || this == PNG || this == GIF || this == BMP || this == TIFF || this == TIFF_BIG_ENDIAN;
    }

    /** Whether this is an archive the app does not open (a zip may be a document: its entries tell). */
    public boolean isArchive() {
        return this == RAR || this == SEVEN_ZIP;
    }
}
