package org.kesudesk.model;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A 佐证材料 attached to a unit's report on a task in a round: its name, size and the SHA-256 of its content. What a
 * file may be is decided here, once: a document or an image of the kinds offices exchange, recognised by its name
 * and by its first bytes (a renamed program is not a document), at most {@link #MAX_BYTES}.
 */
public record Evidence(UUID id, UUID roundId, UUID nodeId, UUID unitId, String name, String hash, long size,
                       Instant addedAt) {

    /** The largest file accepted: a scanned document of a few dozen pages. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** Files on one unit's report on one task. */
    public static final int MAX_PER_REPORT = 20;
    /** Characters of a file's name. */
    public static final int NAME_LENGTH = 200;
    /** The first bytes of a file that tell its kind ({@link #problem}): the longest signature. */
    public static final int HEAD_BYTES = FileSignature.HEAD_BYTES;

    /** The kinds of file accepted, by extension: what their first bytes must be ({@link FileSignature}). */
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("pdf", "PDF"), Map.entry("ofd", "ZIP"),
            Map.entry("docx", "ZIP"), Map.entry("xlsx", "ZIP"), Map.entry("pptx", "ZIP"),
            // OpenDocument, what LibreOffice on the domestic Linux desktops saves by default
            Map.entry("odt", "ZIP"), Map.entry("ods", "ZIP"), Map.entry("odp", "ZIP"),
            Map.entry("doc", "OLE"), Map.entry("xls", "OLE"), Map.entry("ppt", "OLE"), Map.entry("wps", "OLE"),
            Map.entry("et", "OLE"), Map.entry("dps", "OLE"), Map.entry("jpg", "JPEG"), Map.entry("jpeg", "JPEG"), Map.entry("png", "PNG"),
            Map.entry("gif", "GIF"), Map.entry("bmp", "BMP"), Map.entry("tif", "TIFF"), Map.entry("tiff", "TIFF"));

    /** Why a file is refused as evidence. */
    public enum Problem {
        TOO_LARGE, EMPTY, NOT_A_DOCUMENT, CONTENT_NOT_ITS_KIND
    }

    /**
     * What is wrong with a file offered as evidence, if anything: its name's kind, its size, its first bytes (at
     * least {@link #HEAD_BYTES} of them, or all its content; none: a file listed whose content is not at hand, judged
     * by its name and size only).
     */
    public static Optional<Problem> problem(String fileName, long size, byte[] head) {
        if (size > MAX_BYTES) {
            return Optional.of(Problem.TOO_LARGE);
        }
        if (size == 0) {
            return Optional.of(Problem.EMPTY);
        }
        String kind = KINDS.get(extension(fileName));
        if (kind == null) {
            return Optional.of(Problem.NOT_A_DOCUMENT);
        }
        return head == null || startsAs(kind, head) ? Optional.empty() : Optional.of(Problem.CONTENT_NOT_ITS_KIND);
    }

    /** The kinds accepted, for messages: pdf、ofd、docx… */
    public static String kinds() {
        return String.join("、", KINDS.keySet().stream().sorted().toList());
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsAs(String kind, byte[] head) {
        return kind.equals("TIFF") ? FileSignature.TIFF.matches(head) || FileSignature.TIFF_BIG_ENDIAN.matches(head)
                : FileSignature.valueOf(kind).matches(head);
    }
}
