package org.kesudesk.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.kesudesk.files.AtomicFiles;
import org.kesudesk.l10n.ContentMessages;
import org.kesudesk.l10n.FailureReasons;
import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.Region;
import org.kesudesk.store.KeyRepository;
import org.kesudesk.store.KeyRepository.KnownKey;
import org.kesudesk.store.KeyRepository.StoredKeyPair;
import org.kesudesk.store.RegionRepository;

/**
 * The offices' signing keys (Ed25519, in the JDK): this office's key pair, made on first use, and the public keys
 * of other offices, exchanged once as small files ({@code key export}, {@code key import}).
 */
public final class OfficeKeys {

    static final String ALGORITHM = "Ed25519";
    private static final String FORMAT = "kesudesk-public-key";
    private static final int VERSION = 1;
    private static final long MAX_KEY_FILE = 64 * 1024;

    /** What a public key file says. */
    public record PublicKeyFile(String regionCode, String regionName, byte[] publicKey, String fingerprint) {
    }

    /** What importing a key file did. */
    public enum ImportResult {
        ADDED,
        ALREADY_KNOWN
    }

    private final KeyRepository keys;
    private final ObjectMapper json = new ObjectMapper();

    public OfficeKeys(KeyRepository keys) {
        this.keys = keys;
    }

    /** What the audit log says of another office's key accepted. */
    public static String accepted(KnownKey key) {
        return Messages.get("audit.summary.knownKey", key.regionName(), key.regionCode());
    }

    /** This office's key pair, made and stored the first time. */
    public KeyPair ownKeyPair() {
        StoredKeyPair stored = keys.ownKeyPair(OfficeKeys::generate, Messages.get("audit.summary.ownKey"));
        try {
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            return new KeyPair(factory.generatePublic(new X509EncodedKeySpec(stored.publicKey())),
                    factory.generatePrivate(new PKCS8EncodedKeySpec(stored.privateKey())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the stored key pair cannot be read", e);
        }
    }

    /** A key's fingerprint, for people to compare by eye or on the phone: SHA-256, in groups of four. */
    public static String fingerprint(byte[] publicKey) {
        String hex = ExchangeFile.sha256(publicKey).toUpperCase(Locale.ROOT);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 4) {
            grouped.append(i == 0 ? "" : " ").append(hex, i, i + 4);
        }
        return grouped.toString();
    }

    /** Writes this office's public key, for its region, to a file to give to other offices. */
    public PublicKeyFile export(Region ownRegion, Path file) {
        byte[] publicKey = ownKeyPair().getPublic().getEncoded();
        ObjectNode node = json.createObjectNode();
        node.put("format", FORMAT);
        node.put("version", VERSION);
        node.put("algorithm", ALGORITHM);
        node.putObject("region").put("code", ownRegion.code()).put("name", ownRegion.name());
        node.put("publicKey", Base64.getEncoder().encodeToString(publicKey));
        node.put("fingerprint", fingerprint(publicKey));
        try {
            byte[] bytes = json.writerWithDefaultPrettyPrinter().writeValueAsString(node)
                    .getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(file, out -> out.write(bytes));
        } catch (IOException e) {
            throw new UserFacingException(e, "exchange.error.writeKey", file.toAbsolutePath(),
                    FailureReasons.of(e));
        }
        return new PublicKeyFile(ownRegion.code(), ownRegion.name(), publicKey, fingerprint(publicKey));
    }

    /**
     * Reads and checks a public key file (does not store it): its form, version, key and fingerprint, and the region
     * it names (a code of six digits, a name like any name).
     */
    public PublicKeyFile read(Path file) {
        org.kesudesk.files.IncomingFiles.requireFile(file);
        JsonNode node;
        try {
            if (Files.size(file) > MAX_KEY_FILE) {
                throw new UserFacingException("exchange.error.notAKeyFile", file);
            }
            node = StrictJson.read(Files.readAllBytes(file), file.getFileName().toString());
        } catch (IOException e) {
            throw new UserFacingException(e, "exchange.error.notAKeyFile", file);
        } catch (UserFacingException e) {
            throw new UserFacingException(e, "exchange.error.notAKeyFile", file);
        }
        if (!FORMAT.equals(node.path("format").asText()) || !ALGORITHM.equals(node.path("algorithm").asText())) {
            throw new UserFacingException("exchange.error.notAKeyFile", file);
        }
        JsonNode version = node.path("version");
        if (!version.isInt() || version.intValue() != VERSION) {
            throw new UserFacingException("exchange.error.keyVersion",
                    ContentMessages.shown(version.isMissingNode() ? "" : version.toString()));
        }
        String code = node.path("region").path("code").asText("");
        String name = node.path("region").path("name").asText("");
        byte[] publicKey;
        try {
            publicKey = Base64.getDecoder().decode(node.path("publicKey").asText(""));
            PublicKey parsed = KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(publicKey));
            publicKey = parsed.getEncoded();
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new UserFacingException(e, "exchange.error.badKey", file);
        }
        if (!code.matches("\\d{6}")) {
            throw new UserFacingException("exchange.error.keyRegionCode", file, ContentMessages.shown(code));
        }
        ContentMessages.regionNameProblem(name).ifPresent(problem -> {
            throw new UserFacingException("exchange.error.keyRegionName", file, problem);
        });
        String fingerprint = fingerprint(publicKey);
        if (!fingerprint.equals(node.path("fingerprint").asText())) {
            throw new UserFacingException("exchange.error.keyFingerprint", file);
        }
        return new PublicKeyFile(code, name, publicKey, fingerprint);
    }

    /**
     * Accepts another office's public key. The same key again changes nothing; another key for a region that
     * already has one is refused (a forged or mistaken file would otherwise speak for that region).
     */
    public ImportResult accept(PublicKeyFile key, RegionRepository regions) {
        Region region = regions.byCode(key.regionCode()).orElseThrow(() -> new UserFacingException(
                "exchange.error.keyUnknownRegion", key.regionName(), key.regionCode()));
        if (regions.own().filter(own -> own.id().equals(region.id())).isPresent()) {
            // this office signs with its own private key; a key claiming its region could speak for it
            throw new UserFacingException("exchange.error.keyOwnRegion", region.name(), region.code());
        }
        Optional<KnownKey> known = keys.known(key.regionCode());
        if (known.isPresent()) {
            if (known.get().fingerprint().equals(key.fingerprint())) {
                return ImportResult.ALREADY_KNOWN;
            }
            throw new UserFacingException("exchange.error.otherKeyKnown", key.regionName(), key.regionCode(),
                    known.get().fingerprint(), key.fingerprint());
        }
        keys.addKnown(new KnownKey(key.regionCode(), key.regionName(), key.publicKey(), key.fingerprint()),
                OfficeKeys::accepted);
        return ImportResult.ADDED;
    }

    private static StoredKeyPair generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            return new StoredKeyPair(pair.getPrivate().getEncoded(), pair.getPublic().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no " + ALGORITHM, e);
        }
    }
}
