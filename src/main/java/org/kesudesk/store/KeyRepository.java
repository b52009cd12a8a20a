package org.kesudesk.store;

import static org.kesudesk.store.jooq.Tables.KNOWN_KEY;
import static org.kesudesk.store.jooq.Tables.OFFICE_KEY;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jooq.DSLContext;

/**
 * The keys of exchange files, as stored bytes: this office's key pair, and the public keys of other offices by
 * region. Making and checking keys is the exchange package's; this only keeps them.
 */
public final class KeyRepository {

    /** A key pair as encoded by the JDK: PKCS#8 private key, X.509 public key. */
    public record StoredKeyPair(byte[] privateKey, byte[] publicKey) {
    }

    /** Another office's public key, for the region it speaks for. */
    public record KnownKey(String regionCode, String regionName, byte[] publicKey, String fingerprint) {
    }

    private final Database database;

    public KeyRepository(Database database) {
        this.database = database;
    }

    /**
     * This office's key pair; made with {@code make} and stored the first time it is asked for.
     *
     * @param summary what the audit log says when the key is made, as the caller names it
     */
    public StoredKeyPair ownKeyPair(Supplier<StoredKeyPair> make, String summary) {
        return database.inTransaction(tx -> {
            Optional<StoredKeyPair> stored = tx.selectFrom(OFFICE_KEY).where(OFFICE_KEY.ID.eq(1)).fetchOptional()
                    .map(r -> new StoredKeyPair(r.getPrivateKey(), r.getPublicKey()));
            if (stored.isPresent()) {
                return stored.get();
            }
            StoredKeyPair made = make.get();
            tx.insertInto(OFFICE_KEY, OFFICE_KEY.ID, OFFICE_KEY.PRIVATE_KEY, OFFICE_KEY.PUBLIC_KEY,
                            OFFICE_KEY.CREATED_AT)
                    .values(1, made.privateKey(), made.publicKey(), OffsetDateTime.now())
                    .execute();
            AuditLog.record(tx, AuditLog.Change.of("key.create", "office_key", null, summary));
            return made;
        });
    }

    public Optional<KnownKey> known(String regionCode) {
        return database.read(tx -> tx.selectFrom(KNOWN_KEY).where(KNOWN_KEY.REGION_CODE.eq(regionCode))
                .fetchOptional(r -> new KnownKey(r.getRegionCode(), r.getRegionName(), r.getPublicKey(),
                        r.getFingerprint())));
    }

    public List<KnownKey> allKnown() {
        return database.read(tx -> tx.selectFrom(KNOWN_KEY).orderBy(KNOWN_KEY.REGION_CODE)
                .fetch(r -> new KnownKey(r.getRegionCode(), r.getRegionName(), r.getPublicKey(), r.getFingerprint())));
    }

    /** Accepts another office's key for its region (the caller has checked there is no other key for it). */
    public void addKnown(KnownKey key, Function<KnownKey, String> summary) {
        database.inTransaction(tx -> {
            addKnown(tx, key, summary);
            return null;
        });
    }

    /** Accepts a key inside the caller's transaction (an import that accepts its sender's key on the spot). */
    static void addKnown(DSLContext tx, KnownKey key, Function<KnownKey, String> summary) {
        if (tx.fetchExists(KNOWN_KEY, KNOWN_KEY.REGION_CODE.eq(key.regionCode())
                .and(KNOWN_KEY.FINGERPRINT.eq(key.fingerprint())))) {
            // accepted meanwhile, with an earlier file from the same office
            return;
        }
        tx.insertInto(KNOWN_KEY, KNOWN_KEY.REGION_CODE, KNOWN_KEY.REGION_NAME, KNOWN_KEY.PUBLIC_KEY,
                        KNOWN_KEY.FINGERPRINT, KNOWN_KEY.ADDED_AT)
                .values(key.regionCode(), key.regionName(), key.publicKey(), key.fingerprint(),
                        OffsetDateTime.now())
                .execute();
        AuditLog.record(tx, AuditLog.Change.of("key.accept", "known_key", null, summary.apply(key))
                .values(null, key.fingerprint()));
    }
}
