package org.kesudesk.files;

import java.nio.charset.StandardCharsets;

/**
 * A name from the data (a round's, a unit's, a document's title, an attached file's) made fit to name a file or folder
 * on Windows and Linux alike: the characters either refuses (\ / : * ? " < > | and control characters) become _,
 * nothing of it can lead out of the folder it is put in, and it is short enough for every disk: Linux's (ext4, as
 * Kylin and UOS desktops have) take 255 bytes a name, 85 Chinese characters in UTF-8, and a document's title can be
 * longer (a joint notice's, 关于印发《…》的通知 of a long plan's name).
 */
public final class FileNames {

    /**
     * The most bytes (in UTF-8) of a name made here: what is added to it — an extension, the {@code .part} a file is
     * written under first — stays within the 255 a name may have.
     */
    static final int MAX_BYTES = 200;
    /** The longest ending kept as the name's extension when it is shortened (.xlsx, .jpeg). */
    private static final int MAX_EXTENSION = 8;

    private FileNames() {
    }

    public static String safe(String name) {
        String safe = bounded(name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip());
        // "." and ".." name folders, not files
        return safe.isEmpty() || safe.chars().allMatch(c -> c == '.') ? "_" : safe;
    }

    /** The name, its end cut off (its extension kept) where it is longer than {@link #MAX_BYTES}. */
    private static String bounded(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION ? name.substring(dot) : "";
        int room = MAX_BYTES - extension.getBytes(StandardCharsets.UTF_8).length;
        StringBuilder kept = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length() - extension.length(); ) {
            int codePoint = name.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > room) {
                break;
            }
            kept.appendCodePoint(codePoint);
            bytes += size;
            i += Character.charCount(codePoint);
        }
        return kept.toString().strip() + extension;
    }
}
