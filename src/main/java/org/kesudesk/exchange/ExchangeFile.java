package org.kesudesk.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.kesudesk.files.AtomicFiles;
import org.kesudesk.files.CountingInputStream;
import org.kesudesk.l10n.ContentMessages;
import org.kesudesk.l10n.FailureReasons;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.Evidence;
import org.kesudesk.model.EvidenceContents;
import org.kesudesk.model.ExchangePackage;

/**
 * The .kesu container: a zip that any unzip tool opens, holding {@code manifest.json} (format version, sender and
 * recipient regions, time, app version, the sender's public key, and each data entry's size and SHA-256),
 * {@code manifest.sig} (the sender's Ed25519 signature of the manifest's bytes) and the data entries (JSON).
 * Reading checks everything before anything is used: the zip, entry names, sizes and compression, the manifest,
 * the format version, every checksum, no entry missing or extra, and the signature with the sender's known key.
 */
public final class ExchangeFile {

    /**
     * The newest version this app reads and writes: 2 carries a county's progress (progress.json) beside its plan, 3
     * a task's own lead units, 4 the files attached to the county's reports (佐证材料: listed in progress.json, their
     * contents as entries {@code evidence/<SHA-256>}), 5 the city's receipt for them in its file back
     * ({@code received.json}), 6 the rounds the city asks its counties to report in ({@code rounds.json}) and the
     * deadlines of the county's plan as the city holds them ({@code deadlines.json}). A file is written in the oldest
     * version that holds what it carries.
     */
    public static final int FORMAT_VERSION = 6;
    /** The version that first carries attached files. */
    public static final int ATTACHMENTS_VERSION = 4;
    /** The version that first carries the city's receipt for a county's attached files. */
    public static final int RECEIPT_VERSION = 5;
    /** The version that first carries the city's open rounds, and its deadlines, to a county. */
    public static final int ROUNDS_VERSION = 6;
    /** Where attached files' contents are, each named by its SHA-256 (hex). */
    static final String EVIDENCE_FOLDER = "evidence/";
    /** The oldest version this app still reads (files of version 1 carry a plan only). */
    static final int OLDEST_FORMAT_VERSION = 1;
    /** Written first, so that the file is told for what it is by its first bytes ({@link ExchangePackage}). */
    static final String MANIFEST = ExchangePackage.MANIFEST;
    static final String SIGNATURE = ExchangePackage.SIGNATURE;
    private static final String FORMAT = "kesudesk-exchange";
    /** Limits that no real file comes near: a plan of 20,000 tasks is a few megabytes of JSON. */
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;
    static final int MAX_ENTRIES = 64;
    /** Attached files' contents in one file (besides the entries above): each a separate file, deduplicated. */
    static final int MAX_EVIDENCE_ENTRIES = 5_000;
    /** Attached files' contents together: what the app writes into one file at most. */
    public static final long MAX_EVIDENCE_BYTES = 100L * 1024 * 1024;
    static final long MAX_COMPRESSION_RATIO = 200;
    /** How far ahead of this machine's clock a file's time may be (clocks differ, and time zones are mistaken). */
    static final java.time.Duration MAX_CLOCK_AHEAD = java.time.Duration.ofDays(1);

    /** Who sent a file to whom, as its manifest says. */
    public record Header(String senderCode, String senderName, String recipientCode, OffsetDateTime createdAt,
                         String appVersion) {
    }

    /**
     * A file read and checked: its header, the sender's public key (X.509) and its fingerprint, its data entries by
     * name and their SHA-256 digests as checked against the signed manifest (hex; a plan at the limits is 50 MB,
     * digested in half a second: once), and the attached files' contents it carries (entries {@code evidence/…}),
     * checked as the others and read from the file again, and checked again, only when they are stored.
     */
    public record Contents(Header header, byte[] senderPublicKey, String senderFingerprint,
                           Map<String, byte[]> entries, Map<String, String> digests, EvidenceContents evidence) {
    }

    /** How the reader knows senders' keys: the fingerprint accepted for a region, if any. */
    public interface KnownKeys {
        Optional<String> fingerprintOf(String regionCode);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExchangeFile() {
    }

    /** Writes a signed file in the newest format version; it is moved into place only when complete. */
    public static void write(Path file, Header header, Map<String, byte[]> entries, KeyPair sender) {
        write(file, header, entries, sender, FORMAT_VERSION);
    }

    /** Writes a signed file naming the format version it is in; moved into place only when complete. */
    public static void write(Path file, Header header, Map<String, byte[]> entries, KeyPair sender, int version) {
        write(file, header, entries, sender, version, Map.of());
    }

    /**
     * Writes a signed file as {@link #write(Path, Header, Map, KeyPair, int)} does, with the SHA-256 of some entries
     * known already (hex, by entry name): an attached file's content checked as it was read from the database is not
     * hashed again (100 MB took 0.7 s with the quick compiler the app runs with).
     */
    static void write(Path file, Header header, Map<String, byte[]> entries, KeyPair sender, int version,
                      Map<String, String> knownDigests) {
        if (version < OLDEST_FORMAT_VERSION || version > FORMAT_VERSION) {
            throw new IllegalArgumentException("format version " + version);
        }
        try {
            byte[] manifest = manifest(header, entries, sender.getPublic().getEncoded(), version, knownDigests);
            byte[] signature = sign(manifest, sender);
            AtomicFiles.write(file, out -> {
                ZipOutputStream zip = new ZipOutputStream(out);
                put(zip, MANIFEST, manifest);
                put(zip, SIGNATURE, Base64.getEncoder().encode(signature));
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    if (entry.getKey().startsWith(EVIDENCE_FOLDER)) {
                        putStored(zip, entry.getKey(), entry.getValue());
                    } else {
                        put(zip, entry.getKey(), entry.getValue());
                    }
                }
                zip.finish();
            });
        } catch (IOException e) {
            throw new UserFacingException(e, "exchange.error.write", file.toAbsolutePath(),
                    FailureReasons.of(e));
        }
    }

    /**
     * Reads and checks a file.
     *
     * @param trustNewKey accept a sender whose key is not known yet (the user saw its fingerprint and agreed)
     * @throws UnknownSenderKeyException if the sender's key is not known and not to be trusted
     * @throws UserFacingException       for anything else wrong with the file, with the reason in Chinese
     */
    public static Contents read(Path file, KnownKeys knownKeys, boolean trustNewKey) {
        org.kesudesk.files.IncomingFiles.requireFile(file);
        Map<String, byte[]> raw = new LinkedHashMap<>();
        // an attached file's content is not kept: its size, digest and first bytes are what the check needs
        Map<String, Digested> carried = new LinkedHashMap<>();
        unzip(file, (name, data) -> {
            if (name.startsWith(EVIDENCE_FOLDER)) {
                carried.put(name, new Digested(data.length, sha256(data), java.util.Arrays.copyOf(data,
                        Math.min(Evidence.HEAD_BYTES, data.length))));
            } else {
                raw.put(name, data);
            }
        });
        byte[] manifestBytes = raw.remove(MANIFEST);
        byte[] signatureBytes = raw.remove(SIGNATURE);
        if (manifestBytes == null) {
            throw new UserFacingException("exchange.error.noManifest", file.getFileName());
        }
        if (signatureBytes == null) {
            throw new UserFacingException("exchange.error.noSignature", file.getFileName());
        }
        JsonNode manifest = StrictJson.read(manifestBytes, MANIFEST);
        if (!FORMAT.equals(manifest.path("format").asText())) {
            throw new UserFacingException("exchange.error.notExchangeFile", file.getFileName());
        }
        JsonNode version = manifest.path("formatVersion");
        // an integer, written as one: "1", 1.0 or 1e0 are not the version this app writes
        if (!version.isInt() || version.intValue() < OLDEST_FORMAT_VERSION || version.intValue() > FORMAT_VERSION) {
            throw new UserFacingException("exchange.error.formatVersion",
                    ContentMessages.shown(version.isMissingNode() ? "" : version.toString()), FORMAT_VERSION);
        }
        // the signature first: nothing else in the manifest is believed before it is known who wrote it
        PublicKey senderKey = publicKey(manifest.path("sender").path("publicKey").asText(""), file);
        String fingerprint = OfficeKeys.fingerprint(senderKey.getEncoded());
        String senderCode = manifest.path("sender").path("code").asText("");
        String senderName = manifest.path("sender").path("name").asText("");
        if (!verify(manifestBytes, signatureBytes, senderKey)) {
            throw new UserFacingException("exchange.error.badSignature", file.getFileName());
        }
        String recipientCode = manifest.path("recipient").path("code").asText("");
        for (String code : List.of(senderCode, recipientCode)) {
            if (!code.matches("\\d{6}")) {
                throw new UserFacingException("exchange.error.badRegionCode", file.getFileName(),
                        ContentMessages.shown(code));
            }
        }
        ContentMessages.regionNameProblem(senderName).ifPresent(problem -> {
            throw new UserFacingException("exchange.error.badSenderName", file.getFileName(), problem);
        });
        Optional<String> known = knownKeys.fingerprintOf(senderCode);
        if (known.isPresent() && !known.get().equals(fingerprint)) {
            throw new UserFacingException("exchange.error.otherSenderKey", senderName, senderCode, fingerprint,
                    known.get());
        }
        if (known.isEmpty() && !trustNewKey) {
            throw new UnknownSenderKeyException(senderCode, senderName, fingerprint);
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        Map<String, String> digests = new LinkedHashMap<>();
        Map<String, EvidenceContents.Carried> evidence = new LinkedHashMap<>();
        JsonNode listed = manifest.path("entries");
        for (Iterator<Map.Entry<String, JsonNode>> it = listed.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String name = entry.getKey();
            byte[] data = raw.remove(name);
            Digested content = data == null ? carried.remove(name) : new Digested(data.length, sha256(data), null);
            if (content == null) {
                throw new UserFacingException("exchange.error.missingEntry", name);
            }
            JsonNode size = entry.getValue().path("size");
            if (!size.isIntegralNumber() || content.size() != size.asLong(-1)
                    || !content.sha256().equals(entry.getValue().path("sha256").asText())) {
                throw new UserFacingException("exchange.error.checksum", name);
            }
            if (data != null) {
                entries.put(name, data);
                digests.put(name, content.sha256());
            } else if (name.equals(EVIDENCE_FOLDER + content.sha256())) {
                // an attached file's content is named by its digest: the name the progress lists it under
                evidence.put(content.sha256(), new EvidenceContents.Carried(content.size(), content.head()));
            } else {
                throw new UserFacingException("exchange.error.checksum", name);
            }
        }
        if (!raw.isEmpty() || !carried.isEmpty()) {
            throw new UserFacingException("exchange.error.extraEntry", (raw.isEmpty() ? carried : raw).keySet()
                    .iterator().next());
        }
        OffsetDateTime createdAt;
        String created = manifest.path("createdAt").asText("");
        try {
            createdAt = OffsetDateTime.parse(created);
        } catch (java.time.format.DateTimeParseException e) {
            throw new UserFacingException(e, "exchange.error.badCreatedAt", file.getFileName(),
                    ContentMessages.shown(created));
        }
        // a file from the future would become the newest from its sender, and every genuine file after it older
        if (createdAt.isAfter(OffsetDateTime.now().plus(MAX_CLOCK_AHEAD))) {
            throw new UserFacingException("exchange.error.fromTheFuture", file.getFileName(),
                    createdAt.atZoneSameInstant(java.time.ZoneId.systemDefault()).toLocalDateTime()
                            .truncatedTo(java.time.temporal.ChronoUnit.MINUTES),
                    java.time.LocalDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
        }
        Header header = new Header(senderCode, senderName, recipientCode, createdAt,
                manifest.path("appVersion").asText(""));
        return new Contents(header, senderKey.getEncoded(), fingerprint, entries, digests,
                EvidenceContents.of(evidence, (hashes, each) -> readEvidence(file, hashes, each)));
    }

    /** An entry as it was read: its size, its SHA-256 and, for an attached file's content, its first bytes. */
    private record Digested(long size, String sha256, byte[] head) {
    }

    /**
     * The attached files' contents with these digests, read from the file again, each given to {@code each} as it
     * is read and checked to be the content its name (its digest) says: the file, checked when it was read, may
     * have been changed or taken away since (a USB stick), and nothing else from it is believed again.
     *
     * @throws UserFacingException if a content is no longer there as it was, or the file cannot be read
     */
    private static void readEvidence(Path file, java.util.Set<String> hashes,
                                     java.util.function.BiConsumer<String, byte[]> each) {
        java.util.Set<String> left = new java.util.HashSet<>(hashes);
        unzip(file, (name, data) -> {
            if (name.startsWith(EVIDENCE_FOLDER) && left.contains(name.substring(EVIDENCE_FOLDER.length()))) {
                String hash = name.substring(EVIDENCE_FOLDER.length());
                if (!sha256(data).equals(hash)) {
                    throw new UserFacingException("exchange.error.changedSinceRead", file.getFileName());
                }
                left.remove(hash);
                each.accept(hash, data);
            }
        });
        if (!left.isEmpty()) {
            throw new UserFacingException("exchange.error.changedSinceRead", file.getFileName());
        }
    }

    /** The sender's key is not known here: the user may accept it after comparing its fingerprint. */
    public static final class UnknownSenderKeyException extends UserFacingException {
        private final String senderCode;
        private final String senderName;
        private final String fingerprint;

        UnknownSenderKeyException(String senderCode, String senderName, String fingerprint) {
            super("exchange.error.unknownKey", senderName, senderCode, fingerprint);
            this.senderCode = senderCode;
            this.senderName = senderName;
            this.fingerprint = fingerprint;
        }

        public String senderName() {
            return senderName;
        }

        public String senderCode() {
            return senderCode;
        }

        public String fingerprint() {
            return fingerprint;
        }
    }

    private static byte[] manifest(Header header, Map<String, byte[]> entries, byte[] publicKey, int version,
                                   Map<String, String> knownDigests) throws JsonProcessingException {
        ObjectNode node = JSON.createObjectNode();
        node.put("format", FORMAT);
        node.put("formatVersion", version);
        ObjectNode sender = node.putObject("sender");
        sender.put("code", header.senderCode()).put("name", header.senderName());
        sender.put("publicKey", Base64.getEncoder().encodeToString(publicKey));
        sender.put("fingerprint", OfficeKeys.fingerprint(publicKey));
        node.putObject("recipient").put("code", header.recipientCode());
        node.put("createdAt", header.createdAt().toString());
        node.put("appVersion", header.appVersion());
        ObjectNode listed = node.putObject("entries");
        entries.forEach((name, data) -> listed.putObject(name).put("size", data.length).put("sha256",
                knownDigests.containsKey(name) ? knownDigests.get(name) : sha256(data)));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
    }

    /** What is done with each entry of a zip as it is read. */
    @FunctionalInterface
    private interface EntryReader {
        void entry(String name, byte[] data);
    }

    /**
     * Reads every entry of the zip, each checked for a safe name, count, size and compression before it is given
     * to {@code reader}, one at a time (which keeps what it needs of it).
     */
    private static void unzip(Path file, EntryReader reader) {
        requireExchangeStart(file);
        java.util.Set<String> names = new java.util.HashSet<>();
        int dataEntries = 0;
        int evidenceEntries = 0;
        long evidenceBytes = 0;
        long total = 0;
        try (CountingInputStream in = new CountingInputStream(Files.newInputStream(file));
             ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = nextEntry(zip)) != null) {
                String name = entry.getName();
                if (!safe(name)) {
                    throw new UserFacingException("exchange.error.badEntryName", name);
                }
                if (!names.add(name)) {
                    throw new UserFacingException("exchange.error.duplicateEntry", name);
                }
                if (name.startsWith(EVIDENCE_FOLDER)) {
                    if (!isSha256(name.substring(EVIDENCE_FOLDER.length()))) {
                        throw new UserFacingException("exchange.error.badEntryName", name);
                    }
                    if (++evidenceEntries > MAX_EVIDENCE_ENTRIES) {
                        throw new UserFacingException("exchange.error.tooManyEntries", MAX_EVIDENCE_ENTRIES);
                    }
                } else if (++dataEntries > MAX_ENTRIES) {
                    throw new UserFacingException("exchange.error.tooManyEntries", MAX_ENTRIES);
                }
                boolean evidence = name.startsWith(EVIDENCE_FOLDER);
                byte[] data = readLimited(zip, in, name, evidence ? Evidence.MAX_BYTES : MAX_ENTRY_BYTES);
                total += data.length;
                evidenceBytes += evidence ? data.length : 0;
                if (total > MAX_TOTAL_BYTES || evidenceBytes > MAX_EVIDENCE_BYTES) {
                    throw new UserFacingException("exchange.error.tooLarge", name);
                }
                reader.entry(name, data);
            }
        } catch (ZipException | java.io.EOFException e) {
            // a damaged or truncated zip
            throw new UserFacingException(e, "exchange.error.badZip", file.getFileName());
        } catch (IOException e) {
            throw new UserFacingException(e, "exchange.error.read", file.getFileName(), FailureReasons.of(e));
        }
        if (names.isEmpty()) {
            throw new UserFacingException("exchange.error.badZip", file.getFileName());
        }
    }

    /**
     * The zip's next entry; a garbled entry name, which ZipInputStream reports as an IllegalArgumentException, as
     * the damaged zip it is (what the reader of the entries throws is its own, whatever its class).
     */
    private static ZipEntry nextEntry(ZipInputStream zip) throws IOException {
        try {
            return zip.getNextEntry();
        } catch (IllegalArgumentException e) {
            ZipException damaged = new ZipException("garbled entry name");
            damaged.initCause(e);
            throw damaged;
        }
    }

    /**
     * A file that does not begin as every zip does (a Word file, a picture, a text given by mistake) is no exchange
     * file at all; one that does, or is empty, is one damaged or cut short on its way, as {@link #unzip} says. A zip
     * that is no exchange file but holds some (a .kesu packed in a .zip to pass a mail gateway that refuses unknown
     * attachments) is refused naming them: they are to be unpacked and imported, which a missing manifest would not say.
     */
    private static void requireExchangeStart(Path file) {
        byte[] head;
        try {
            head = head(file);
        } catch (IOException e) {
            throw new UserFacingException(e, "exchange.error.read", file.getFileName(), FailureReasons.of(e));
        }
        if (head.length >= 4 && !org.kesudesk.model.FileSignature.ZIP.matches(head)) {
            throw new UserFacingException("exchange.error.notExchangeFile", file.getFileName());
        }
        if (ExchangePackage.startsAsOne(head)) {
            return;
        }
        List<String> packed = org.kesudesk.files.ZipListing.names(file).stream().filter(ExchangePackage::isNamedAs)
                .map(org.kesudesk.files.ZipListing::fileName).toList();
        if (!packed.isEmpty()) {
            throw new UserFacingException("exchange.error.packed", file.getFileName(), String.join("、", packed));
        }
    }

    /** The file's first bytes, as many as tell an exchange file ({@link ExchangePackage#startsAsOne}). */
    static byte[] head(Path file) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(ExchangePackage.HEAD_BYTES);
        }
    }

    /**
     * An entry's bytes, stopping as soon as it grows too large or expands too much for the bytes of the file it
     * came from (a zip bomb): zip entries written with a data descriptor do not state their sizes up front.
     */
    private static byte[] readLimited(ZipInputStream zip, CountingInputStream file, String name, long limit)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long start = file.count();
        long read = 0;
        int n;
        while ((n = zip.read(buffer)) > 0) {
            read += n;
            if (read > limit) {
                throw new UserFacingException("exchange.error.tooLarge", name);
            }
            long compressed = Math.max(1, file.count() - start);
            if (read > 1024 * 1024 && read / compressed > MAX_COMPRESSION_RATIO) {
                throw new UserFacingException("exchange.error.tooCompressed", name);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** A plain relative name: no folders going up, no absolute or drive paths, no backslashes or odd characters. */
    static boolean safe(String name) {
        if (name.isEmpty() || name.length() > 200 || name.startsWith("/") || name.contains("\\")
                || name.contains(":") || name.contains("\0")) {
            return false;
        }
        for (String part : name.split("/", -1)) {
            if (part.isEmpty() || part.equals("..") || part.equals(".")) {
                return false;
            }
        }
        return true;
    }

    private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(data);
        zip.closeEntry();
    }

    /**
     * An entry stored as it is: attached files are photographs, scans and Office files, compressed already, and
     * deflating 100 MB of them again took seconds to save nothing.
     */
    private static void putStored(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(data.length);
        entry.setCompressedSize(data.length);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(data);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }

    /** A SHA-256 digest as the exchange files write it: 64 lowercase hex digits. */
    private static final java.util.regex.Pattern SHA256_HEX = java.util.regex.Pattern.compile("[0-9a-f]{64}");

    /** Whether a text from a file is a SHA-256 digest as the exchange files write it ({@link #sha256}). */
    static boolean isSha256(String text) {
        return SHA256_HEX.matcher(text).matches();
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sign(byte[] data, KeyPair key) {
        try {
            Signature signature = Signature.getInstance(OfficeKeys.ALGORITHM);
            signature.initSign(key.getPrivate());
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean verify(byte[] data, byte[] signatureBase64, PublicKey key) {
        try {
            Signature signature = Signature.getInstance(OfficeKeys.ALGORITHM);
            signature.initVerify(key);
            signature.update(data);
            return signature.verify(Base64.getDecoder().decode(new String(signatureBase64, StandardCharsets.US_ASCII)
                    .strip()));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    private static PublicKey publicKey(String base64, Path file) {
        try {
            return KeyFactory.getInstance(OfficeKeys.ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new UserFacingException(e, "exchange.error.badSenderKey", file.getFileName());
        }
    }
}
