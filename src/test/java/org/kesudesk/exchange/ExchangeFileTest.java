package org.kesudesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.GeneralSecurityException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.l10n.UserFacingException;

/** The .kesu container: written, read back, and every kind of damage refused with its reason. */
class ExchangeFileTest {

    @TempDir
    Path folder;
    private KeyPair county;
    private Path file;
    private final ExchangeFile.Header header = new ExchangeFile.Header("230227", "富裕县", "230200",
            OffsetDateTime.parse("2026-11-29T10:15:30+08:00"), "0.1.0");
    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    @BeforeEach
    void writeAFile() throws GeneralSecurityException {
        county = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        entries.put("plan.json", "{\"title\": \"富裕县全民科学素质行动实施方案\"}".getBytes(StandardCharsets.UTF_8));
        entries.put("assignments.json", "[{\"task\": \"1\", \"unit\": \"县教育局\"}]".getBytes(StandardCharsets.UTF_8));
        file = folder.resolve("富裕县.kesu");
        ExchangeFile.write(file, header, entries, county);
    }

    private ExchangeFile.KnownKeys knowing(KeyPair key) {
        String fingerprint = OfficeKeys.fingerprint(key.getPublic().getEncoded());
        return code -> code.equals("230227") ? Optional.of(fingerprint) : Optional.empty();
    }

    @Test
    void aFileReadsBack_withItsHeaderAndEntries_fromAKnownSender() {
        ExchangeFile.Contents contents = ExchangeFile.read(file, knowing(county), false);

        assertThat(contents.header()).isEqualTo(header);
        assertThat(contents.entries()).containsOnlyKeys("plan.json", "assignments.json");
        assertThat(new String(contents.entries().get("plan.json"), StandardCharsets.UTF_8)).contains("富裕县");
        assertThat(contents.senderFingerprint()).isEqualTo(OfficeKeys.fingerprint(county.getPublic().getEncoded()));
    }

    @Test
    void anUnknownSenderIsRefused_unlessTheUserTrustsTheKeyOnTheSpot() {
        assertThatThrownBy(() -> ExchangeFile.read(file, code -> Optional.empty(), false))
                .isInstanceOf(ExchangeFile.UnknownSenderKeyException.class)
                .satisfies(e -> assertThat(((ExchangeFile.UnknownSenderKeyException) e).fingerprint())
                        .isEqualTo(OfficeKeys.fingerprint(county.getPublic().getEncoded())))
                .extracting(e -> ((UserFacingException) e).userMessage()).asString().contains("富裕县").contains("--trust-new-key");
        assertThat(ExchangeFile.read(file, code -> Optional.empty(), true).entries()).hasSize(2);
    }

    @Test
    void aFileSignedByAnotherKeyForAKnownRegion_isRefused() throws GeneralSecurityException {
        KeyPair impostor = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        assertRefused(() -> ExchangeFile.read(file, knowing(impostor), false), "另一把密钥");
    }

    @Test
    void aTamperedByteAnywhere_isRefused() throws IOException {
        byte[] original = Files.readAllBytes(file);
        int refused = 0;
        // every 7th byte, each flipped in its own copy: never read as the original file
        for (int i = 0; i < original.length; i += 7) {
            byte[] copy = original.clone();
            copy[i] ^= 0x5A;
            Path damaged = Files.write(folder.resolve("damaged.kesu"), copy);
            try {
                ExchangeFile.Contents contents = ExchangeFile.read(damaged, knowing(county), false);
                // a flipped byte in zip metadata that the reader does not use may leave the content intact
                assertThat(contents.entries().get("plan.json")).isEqualTo(entries.get("plan.json"));
                assertThat(contents.entries().get("assignments.json")).isEqualTo(entries.get("assignments.json"));
                assertThat(contents.header()).isEqualTo(header);
            } catch (UserFacingException expected) {
                assertThat(expected.userMessage()).isNotBlank();
                refused++;
            }
        }
        assertThat(refused).isGreaterThan(original.length / 7 / 2);
    }

    /**
     * A file as written is known by its first bytes whatever a mail program renamed it to, and read as the same file;
     * a zip of other files, or one whose manifest is not its first entry, is not taken for one.
     */
    @Test
    void aFileRenamedByAMailProgram_isKnownByItsFirstBytes_andReadTheSame() throws IOException {
        for (String name : List.of("富裕县.kesu.zip", "富裕县.kesu.txt", "富裕县(1).KESU", "附件")) {
            Path renamed = Files.copy(file, folder.resolve(name));
            assertThat(AppFiles.kindOf(renamed)).as(name).contains(AppFiles.Kind.EXCHANGE);
            ExchangeFile.Contents read = ExchangeFile.read(renamed, knowing(county), false);
            assertThat(read.header()).isEqualTo(header);
            assertThat(read.digests()).isEqualTo(ExchangeFile.read(file, knowing(county), false).digests());
        }
        Map<String, byte[]> raw = unzip(file);
        Map<String, byte[]> manifestSecond = new LinkedHashMap<>();
        raw.forEach((name, data) -> {
            if (!name.equals(ExchangeFile.MANIFEST)) {
                manifestSecond.put(name, data);
            }
        });
        manifestSecond.put(ExchangeFile.MANIFEST, raw.get(ExchangeFile.MANIFEST));
        Path reordered = zip("reordered.zip", manifestSecond);
        assertThat(AppFiles.kindOf(reordered)).isEmpty();
        Path archive = zip("附件.zip", Map.of("通知.txt", "关于印发的通知".getBytes(StandardCharsets.UTF_8)));
        assertThat(AppFiles.kindOf(archive)).isEmpty();
        assertThat(AppFiles.kindOf(Files.write(folder.resolve("short.kesu"), new byte[] {'P', 'K', 3, 4}))).isEmpty();
        // packed in an archive to pass a mail gateway, as Chinese Windows' 压缩 names it (GBK): said to be unpacked
        Path packed = folder.resolve("富裕县的交换文件.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(packed),
                java.nio.charset.Charset.forName("GBK"))) {
            zip.putNextEntry(new ZipEntry("科素通-富裕县至齐齐哈尔市.kesu"));
            zip.write(Files.readAllBytes(file));
            zip.closeEntry();
        }
        assertRefused(() -> ExchangeFile.read(packed, knowing(county), false),
                "富裕县的交换文件.zip 是压缩包，里面有交换文件 科素通-富裕县至齐齐哈尔市.kesu");
        // the other way round, a plan document given to the exchange: said where it goes
        Path notice = zip("通知.docx", Map.of("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8)));
        assertRefused(() -> ExchangeFile.read(notice, knowing(county), false), "通知.docx 中没有清单");
        assertRefused(() -> ExchangeFile.read(notice, knowing(county), false), "文件 ▸ 导入方案文件");
        Path text = Files.writeString(folder.resolve("通知.txt"), "关于印发实施方案的通知");
        assertRefused(() -> ExchangeFile.read(text, knowing(county), false), "plan import");
    }

    @Test
    void aTruncatedFile_isRefusedAsIncomplete_andAnotherKindOfFileAsNoExchangeFile() throws IOException {
        byte[] original = Files.readAllBytes(file);
        Path truncated = Files.write(folder.resolve("truncated.kesu"), java.util.Arrays.copyOf(original,
                original.length / 2));
        assertRefused(() -> ExchangeFile.read(truncated, knowing(county), false), "不完整");
        Path notAZip = Files.writeString(folder.resolve("notes.kesu"), "不是压缩包");
        assertRefused(() -> ExchangeFile.read(notAZip, knowing(county), false), "notes.kesu 不是科素通的交换文件");
        Path empty = Files.write(folder.resolve("empty.kesu"), new byte[0]);
        assertRefused(() -> ExchangeFile.read(empty, knowing(county), false), "不完整");
        // an entry name that is no UTF-8 (bytes FF FE): a zip damaged on its way
        Path garbled = folder.resolve("garbled.kesu");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(garbled),
                StandardCharsets.ISO_8859_1)) {
            out.putNextEntry(new java.util.zip.ZipEntry("\u00ff\u00fe.json"));
            out.write("{}".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertRefused(() -> ExchangeFile.read(garbled, knowing(county), false), "不完整");
    }

    @Test
    void aChangedEntry_aMissingOrExtraEntry_andAMissingSignature_areRefused() throws IOException {
        Map<String, byte[]> raw = unzip(file);
        raw.put("plan.json", "{\"title\": \"改过的\"}".getBytes(StandardCharsets.UTF_8));
        assertRefused(() -> ExchangeFile.read(zip("changed.kesu", raw), knowing(county), false), "校验和不符");

        Map<String, byte[]> missing = unzip(file);
        missing.remove("assignments.json");
        assertRefused(() -> ExchangeFile.read(zip("missing.kesu", missing), knowing(county), false), "缺少");

        Map<String, byte[]> extra = unzip(file);
        extra.put("extra.json", "{}".getBytes(StandardCharsets.UTF_8));
        assertRefused(() -> ExchangeFile.read(zip("extra.kesu", extra), knowing(county), false), "未列出");

        Map<String, byte[]> unsigned = unzip(file);
        unsigned.remove(ExchangeFile.SIGNATURE);
        assertRefused(() -> ExchangeFile.read(zip("unsigned.kesu", unsigned), knowing(county), false), "没有签名");

        Map<String, byte[]> badManifest = unzip(file);
        badManifest.put(ExchangeFile.MANIFEST, "{not json".getBytes(StandardCharsets.UTF_8));
        assertRefused(() -> ExchangeFile.read(zip("manifest.kesu", badManifest), knowing(county), false), "manifest.json 不是有效的 JSON");
    }

    @Test
    void anUnknownFormatVersion_isRefused_evenWhenSigned() throws IOException {
        Map<String, byte[]> raw = unzip(file);
        String manifest = new String(raw.get(ExchangeFile.MANIFEST), StandardCharsets.UTF_8)
                .replace("\"formatVersion\" : " + ExchangeFile.FORMAT_VERSION, "\"formatVersion\" : 99");
        raw.put(ExchangeFile.MANIFEST, manifest.getBytes(StandardCharsets.UTF_8));
        assertRefused(() -> ExchangeFile.read(zip("v99.kesu", raw), knowing(county), false), "版本为 99");
    }

    @Test
    void unsafeEntryNames_andAZipBomb_areRefusedBeforeAnythingIsUsed() throws IOException {
        for (String name : new String[] {"../evil.json", "/etc/passwd", "a/../../b", "C:\\evil.json", "dir\\x"}) {
            Map<String, byte[]> raw = unzip(file);
            raw.put(name, "{}".getBytes(StandardCharsets.UTF_8));
            assertRefused(() -> ExchangeFile.read(zip("unsafe.kesu", raw), knowing(county), false), "不安全");
        }
        Map<String, byte[]> bomb = unzip(file);
        bomb.put("bomb.json", new byte[(int) ExchangeFile.MAX_ENTRY_BYTES + 1]);
        assertRefused(() -> ExchangeFile.read(zip("bomb.kesu", bomb), knowing(county), false), "已拒绝");
        Map<String, byte[]> compressed = unzip(file);
        compressed.put("zeros.json", new byte[8 * 1024 * 1024]);
        assertRefused(() -> ExchangeFile.read(zip("zeros.kesu", compressed), knowing(county), false), "压缩比异常");
    }

    @Test
    void aFailedWrite_leavesNothingBehind() throws IOException {
        Path blocker = Files.writeString(folder.resolve("not-a-folder"), "x");
        assertRefused(() -> ExchangeFile.write(blocker.resolve("x.kesu"), header, entries, county), "无法写入");
        assertThat(Files.readString(blocker)).isEqualTo("x");
    }

    private static void assertRefused(Runnable action, String reason) {
        assertThatThrownBy(action::run).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).userMessage()).asString().contains(reason);
    }

    private static Map<String, byte[]> unzip(Path file) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    /** A zip of these entries, as a sender with other intentions could make it. */
    private Path zip(String name, Map<String, byte[]> entries) {
        Path target = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
