package org.kesudesk.files;

/**
 * A name from the data (a round's, a unit's, an attached file's) made fit to name a file or folder on Windows and
 * Linux alike: the characters either refuses (\ / : * ? " < > | and control characters) become _, and nothing of
 * it can lead out of the folder it is put in.
 */
public final class FileNames {

    private FileNames() {
    }

    public static String safe(String name) {
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        // "." and ".." name folders, not files
        return safe.isEmpty() || safe.chars().allMatch(c -> c == '.') ? "_" : safe;
    }
}
