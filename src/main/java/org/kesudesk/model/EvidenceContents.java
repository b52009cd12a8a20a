package org.kesudesk.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The contents of attached files (佐证材料) travelling with a plan's progress, by the SHA-256 of each: the part of a
 * {@link ProgressSnapshot}'s files an exchange file carries. What is known of each when the file is checked is its
 * size and its first bytes (what tells its kind); the contents themselves are read from where they came from only
 * when they are stored, one at a time — a file carries up to 100 MB of them, and holding them all from the check to
 * the writing beside a plan at the limits took a 512 MB heap to its end. Two are equal when they hold the same files:
 * a content is named by its digest.
 */
public final class EvidenceContents {

    private static final EvidenceContents NONE = new EvidenceContents(Map.of(), (hashes, each) -> {
        if (!hashes.isEmpty()) {
            throw new IllegalArgumentException("no contents carried");
        }
    });

    /** What is known of a content carried before it is read: its size, and its first bytes (its kind). */
    public record Carried(long size, byte[] head) {
        public Carried {
            head = head.clone();
        }

        @Override
        public byte[] head() {
            return head.clone();
        }
    }

    /** Where the contents are read when they are wanted. */
    @FunctionalInterface
    public interface Source {
        /**
         * Gives each of these contents (by SHA-256) to {@code each}, one at a time, in the order they are held there,
         * each read again and checked to be the content its digest names.
         *
         * @throws RuntimeException saying why (to the user) if one can no longer be read as it was when checked
         */
        void read(Set<String> hashes, BiConsumer<String, byte[]> each);
    }

    private final Map<String, Carried> byHash;
    private final Source source;

    private EvidenceContents(Map<String, Carried> byHash, Source source) {
        this.byHash = byHash;
        this.source = source;
    }

    /** No content. */
    public static EvidenceContents none() {
        return NONE;
    }

    /** These contents, by the SHA-256 of each (hex), in the order given, read from {@code source} when wanted. */
    public static EvidenceContents of(Map<String, Carried> byHash, Source source) {
        return byHash.isEmpty() ? NONE : new EvidenceContents(java.util.Collections.unmodifiableMap(
                new LinkedHashMap<>(byHash)), source);
    }

    /** What is known of the content whose SHA-256 this is, if carried. */
    public Optional<Carried> get(String hash) {
        return Optional.ofNullable(byHash.get(hash));
    }

    /**
     * Reads these contents (each carried) and gives each to {@code each}, one at a time; none is kept.
     *
     * @throws RuntimeException saying why, if one can no longer be read as it was when checked
     */
    public void read(Set<String> hashes, BiConsumer<String, byte[]> each) {
        for (String hash : hashes) {
            if (!byHash.containsKey(hash)) {
                throw new IllegalArgumentException("not carried: " + hash);
            }
        }
        if (!hashes.isEmpty()) {
            source.read(hashes, each);
        }
    }

    /** The digests of the contents carried. */
    public Set<String> hashes() {
        return byHash.keySet();
    }

    /** How many files are carried. */
    public int count() {
        return byHash.size();
    }

    /** Their bytes together. */
    public long bytes() {
        return byHash.values().stream().mapToLong(Carried::size).sum();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EvidenceContents contents && contents.byHash.keySet().equals(byHash.keySet());
    }

    @Override
    public int hashCode() {
        return byHash.keySet().hashCode();
    }

    @Override
    public String toString() {
        return "EvidenceContents" + byHash.keySet();
    }
}
