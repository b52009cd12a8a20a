package org.kesudesk.exchange;

import org.kesudesk.logic.RegionWording;
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
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.Region;
import org.kesudesk.store.Database;
import org.kesudesk.store.DatabaseSnapshot;
import org.kesudesk.store.KeyRepository;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.RegionRepository;
import org.kesudesk.testsupport.TestPlans;

/**
 * Every kind of bad file a county may be handed, imported as the user would (check, then apply): each is refused
 * with its reason in Chinese, and the county's database, which already holds its plan, is exactly as it was.
 */
class BadExchangeFilesTest {

    private static final String CITY = "230200";
    private static final String FUYU = "230227";

    @TempDir
    Path folder;
    private Database city;
    private Database county;
    private KeyPair cityKey;
    private PlanDocument countyPlan;
    private Path good;

    @BeforeEach
    void aCountyThatHasItsPlan_andANewerFileFromTheCity() {
        city = org.kesudesk.testsupport.TestDatabases.open(folder.resolve("city").resolve("kesudesk"));
        county = org.kesudesk.testsupport.TestDatabases.open(folder.resolve("county").resolve("kesudesk"));
        new RegionRepository(county).setOwn(FUYU, RegionWording::ownRegion);
        cityKey = new OfficeKeys(new KeyRepository(city)).ownKeyPair();
        Path key = folder.resolve("city.key");
        new OfficeKeys(new KeyRepository(city)).export(new RegionRepository(city).own().orElseThrow(), key);
        OfficeKeys countyKeys = new OfficeKeys(new KeyRepository(county));
        countyKeys.accept(countyKeys.read(key), new RegionRepository(county));

        PlanDocument cityPlan = new PlanRepository(city).add(TestPlans.countyPlan());
        Region fuyu = new RegionRepository(city).byCode(FUYU).orElseThrow();
        countyPlan = new PlanRepository(city).add(PlanDerivation.derive(cityPlan,
                new RegionRepository(city).byCode(CITY).orElseThrow(), fuyu,
                PlanDerivation.suggestedUnitNames(cityPlan, new RegionRepository(city).byCode(CITY).orElseThrow(),
                        fuyu)));
        PlanExchange countySide = new PlanExchange(county);
        countySide.apply(countySide.inspect(new PlanExchange(city).export(FUYU, folder.resolve("first.kesu"))
                .file(), false));
        good = new PlanExchange(city).export(FUYU, folder.resolve("good.kesu")).file();
    }

    @AfterEach
    void close() {
        city.close();
        county.close();
    }

    @TestFactory
    Stream<DynamicTest> eachBadFile_isRefusedWithItsReason_andTheDatabaseIsUnchanged() {
        return Stream.of(
                refused("a truncated file", "不完整", () -> bytes(b -> write("truncated.kesu",
                        Arrays.copyOf(b, b.length / 2)))),
                refused("a file that is not a zip", "notes.kesu 不是科素通的交换文件", () -> write("notes.kesu",
                        "不是压缩包".getBytes(StandardCharsets.UTF_8))),
                refused("an entry changed after signing (wrong checksum)", "校验和不符", () -> entries("changed.kesu",
                        e -> e.put("plan.json", "{\"plan\": {}}".getBytes(StandardCharsets.UTF_8)))),
                refused("a missing signature", "没有签名", () -> entries("unsigned.kesu",
                        e -> e.remove(ExchangeFile.SIGNATURE))),
                refused("a manifest changed after signing (bad signature)", "签名不符", () -> entries("forged.kesu",
                        e -> e.put(ExchangeFile.MANIFEST, text(e.get(ExchangeFile.MANIFEST))
                                .replace("\"recipient\" : {", "\"recipient\" : { \"note\" : \"x\",")
                                .getBytes(StandardCharsets.UTF_8)))),
                refused("a sender whose key is not known", "尚未接受", () -> signedBy(newKey(), "230221",
                        "unknown.kesu", PlanData.write(countyPlan, "230221"))),
                refused("the city's region signed with another key", "另一把密钥", () -> signedBy(newKey(), CITY,
                        "otherkey.kesu", PlanData.write(countyPlan, FUYU))),
                refused("an entry named ../", "不安全", () -> entries("parent.kesu",
                        e -> e.put("../evil.json", new byte[] {'{', '}'}))),
                refused("an absolute entry name", "不安全", () -> entries("absolute.kesu",
                        e -> e.put("/etc/passwd", new byte[] {'{', '}'}))),
                refused("an oversized entry", "过大", () -> entries("oversized.kesu",
                        e -> e.put("big.json", new byte[(int) ExchangeFile.MAX_ENTRY_BYTES + 1]))),
                refused("a highly compressed entry (zip bomb)", "压缩比异常", () -> entries("bomb.kesu",
                        e -> e.put("zeros.json", new byte[8 * 1024 * 1024]))),
                refused("malformed JSON, signed", "不是有效的 JSON", () -> signedBy(cityKey, CITY, "json.kesu",
                        "{ \"plan\" : ".getBytes(StandardCharsets.UTF_8))),
                refused("an unknown format version", "版本为 99", () -> entries("v99.kesu",
                        e -> e.put(ExchangeFile.MANIFEST, text(e.get(ExchangeFile.MANIFEST))
                                .replaceAll("\"formatVersion\" : \\d+", "\"formatVersion\" : 99")
                                .getBytes(StandardCharsets.UTF_8)))),
                refused("a duplicated id, signed", "重复的编号", () -> signedBy(cityKey, CITY, "dup.kesu",
                        text(PlanData.write(countyPlan, FUYU)).replace(
                                countyPlan.items().get(0).children().get(1).id().toString(),
                                countyPlan.items().get(0).children().get(0).id().toString())
                                .getBytes(StandardCharsets.UTF_8))),
                refused("a plan of another region, signed", "只能报送本单位的数据", () -> signedBy(cityKey, CITY,
                        "region.kesu", PlanData.write(countyPlan, "230221"))),
                refused("a file for another office", "是发给龙江县", () -> signedTo("230221", "other.kesu",
                        PlanData.write(countyPlan, FUYU))));
    }

    private DynamicTest refused(String what, String reason, java.util.function.Supplier<Path> file) {
        return DynamicTest.dynamicTest(what, () -> {
            Path bad = file.get();
            String before = DatabaseSnapshot.of(county);
            PlanExchange exchange = new PlanExchange(county);
            assertThatThrownBy(() -> exchange.apply(exchange.inspect(bad, false)))
                    .isInstanceOf(UserFacingException.class)
                    .extracting(e -> ((UserFacingException) e).userMessage()).asString().contains(reason);
            assertThat(DatabaseSnapshot.of(county)).isEqualTo(before);
            // and the good file still goes in
            assertThat(exchange.inspect(good, false).merge().conflicts()).isEmpty();
        });
    }

    private Path signedBy(KeyPair key, String senderCode, String name, byte[] planJson) {
        Path target = folder.resolve(name);
        ExchangeFile.write(target, new ExchangeFile.Header(senderCode, "发送单位", FUYU, OffsetDateTime.now(),
                "test"), Map.of(PlanData.ENTRY, planJson), key);
        return target;
    }

    private Path signedTo(String recipientCode, String name, byte[] planJson) {
        Path target = folder.resolve(name);
        ExchangeFile.write(target, new ExchangeFile.Header(CITY, "齐齐哈尔市", recipientCode, OffsetDateTime.now(),
                "test"), Map.of(PlanData.ENTRY, planJson), cityKey);
        return target;
    }

    private static KeyPair newKey() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path bytes(java.util.function.Function<byte[], Path> change) {
        try {
            return change.apply(Files.readAllBytes(good));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path write(String name, byte[] data) {
        try {
            return Files.write(folder.resolve(name), data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The good file's entries, changed, zipped again as a sender with other intentions could. */
    private Path entries(String name, Consumer<Map<String, byte[]>> change) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(good))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        change.accept(entries);
        Path target = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                if (entry.getKey().startsWith("big")) {
                    // stored, not compressed: too large, yet no compression to give it away
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(entry.getValue());
                    zipEntry.setMethod(ZipEntry.STORED);
                    zipEntry.setSize(entry.getValue().length);
                    zipEntry.setCrc(crc.getValue());
                }
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    private static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }
}
