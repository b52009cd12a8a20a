package org.kesudesk.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The contents of attached files (佐证材料) travelling with a plan's progress, by the SHA-256 of each: the part of a
 * {@link ProgressSnapshot}'s files an exchange file carries. Two are equal when they hold the same files: a content
 * is named by its digest.
 */
public final class EvidenceContents {

    private static final EvidenceContents NONE = new EvidenceContents(Map.of());

    private final Map<String, byte[]> byHash;

    private EvidenceContents(Map<String, byte[]> byHash) {
        this.byHash = byHash;
    }

    /** No content. */
    public static EvidenceContents none() {
        return NONE;
    }

    /** These contents, by the SHA-256 of each (hex), in the order given. */
    public static EvidenceContents of(Map<String, byte[]> byHash) {
        return byHash.isEmpty() ? NONE : new EvidenceContents(java.util.Collections.unmodifiableMap(
                new LinkedHashMap<>(byHash)));
    }

    /** The content whose SHA-256 this is, if carried. */
    public Optional<byte[]> get(String hash) {
        return Optional.ofNullable(byHash.get(hash));
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
        return byHash.values().stream().mapToLong(content -> content.length).sum();
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
