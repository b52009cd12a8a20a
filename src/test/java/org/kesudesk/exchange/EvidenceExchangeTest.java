package org.kesudesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kesudesk.exchange.KesuEntries.entries;
import static org.kesudesk.exchange.KesuEntries.manifest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.logic.progress.ProgressTracking;
import org.kesudesk.model.Evidence;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.ProgressStatus;
import org.kesudesk.model.ReportingRound;
import org.kesudesk.store.Database;
import org.kesudesk.store.DatabaseSnapshot;
import org.kesudesk.store.ProgressRepository;
import org.kesudesk.testsupport.CountyPlans;
import org.kesudesk.testsupport.TestPlans;

/**
 * The files a county's units attach to their reports (佐证材料) travel with the county's progress to the city: their
 * contents in the file, checked there like any file offered as evidence, stored once, taken away when the county
 * takes them off; what does not fit in one file is listed, left out and said so on both sides; a file whose
 * attachments are not what they claim is refused with the database unchanged.
 */
class EvidenceExchangeTest {

    private static final String CITY = "230200";
    private static final String FUYU = "230227";
    /** The start of a PDF and of a PNG: what a document and a photograph begin with. */
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D',
            'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};

    @TempDir
    Path folder;
    private final List<Database> open = new ArrayList<>();
    private Office city;
    private Office county;

    @BeforeEach
    void aCountyWithTheCitysPlan_eachKnowingTheOthersKey() {
        city = Office.open(folder, "city", CITY, open);
        county = Office.open(folder, "county", FUYU, open);
        city.knowEachOther(county);
        CountyPlans.derived(city.database(), city.plans().add(TestPlans.countyPlan()), FUYU);
        county.exchange().apply(county.exchange().inspect(city.export(FUYU, "to-county.kesu"), false));
    }

    @AfterEach
    void close() {
        open.forEach(Database::close);
    }

    @Test
    void aReportsFiles_reachTheCity_withTheirContents_onceOnly_andGoWhenTheCountyTakesThemOff() throws IOException {
        ReportingRound round = openRound("2026年上半年");
        ProgressTracking.Stored stored = report(round, 0, List.of(file("活动照片.png", PNG), file("总结.pdf", PDF)));

        PlanExchange.Exported exported = county.exchange().export(CITY, county.folder().resolve("to-city.kesu"));
        assertThat(exported.filesCarried()).isEqualTo(2);
        assertThat(exported.filesLeftOut()).isZero();
        // what of the plan's progress it carries (one round, one report), then its files
        assertThat(exported.progress()).contains(new PlanExchange.ProgressCarried(1, 1));
        assertThat(exported.filesSummary()).containsExactly("随文件附上本方案的进展：1 个报送轮次，1 条进展。",
                exported.filesSummary().get(1)).last().asString().contains("2 个");
        assertThat(manifest(exported.file())).contains("\"formatVersion\" : 4");

        PlanExchange.Preview preview = city.exchange().inspect(exported.file(), false);
        assertThat(preview.progressSummary()).anySatisfy(line -> assertThat(line).contains("佐证材料：2 个")
                .contains("随文件带来 2 个"));
        city.exchange().apply(preview);
        ReportingRound atCity = cityRound();
        List<Evidence> files = new ProgressRepository(city.database()).evidence(atCity.id());
        assertThat(files).extracting(Evidence::name).containsExactlyInAnyOrder("活动照片.png", "总结.pdf");
        Evidence photo = files.stream().filter(f -> f.name().equals("活动照片.png")).findFirst().orElseThrow();
        assertThat(new ProgressTracking(city.database()).evidenceContent(photo)).isEqualTo(PNG);

        // the same file again changes nothing; the county's next file without a change neither
        assertThat(city.exchange().inspect(exported.file(), false).changesNothing()).isTrue();
        PlanExchange.Preview next = city.exchange().inspect(county.export(CITY, "to-city-2.kesu"), false);
        assertThat(next.progressChanges()).isFalse();

        // the county takes the report back (撤销): its files go at the city too, their contents with them
        new ProgressTracking(county.database()).undo(stored);
        city.exchange().apply(city.exchange().inspect(county.export(CITY, "to-city-3.kesu"), false));
        assertThat(new ProgressRepository(city.database()).evidence(atCity.id())).isEmpty();
        assertThat(new ProgressRepository(city.database()).heldContents(List.of(photo.hash()))).isEmpty();
    }

    @Test
    void filesOverWhatOneFileCarries_areListedAndLeftOut_newestRoundFirst_andComeWithALaterFile() throws IOException {
        ReportingRound first = openRound("2026年上半年");
        report(first, 0, List.of(file("上半年总结.pdf", PDF)));
        new ProgressTracking(county.database()).closeRound(first);
        ReportingRound second = openRound("2026年下半年");
        report(second, 1, List.of(file("下半年照片.png", PNG)));

        // room for one of the two: the newest round's goes
        PlanExchange.Exported small = county.exchange().export(CITY, county.folder().resolve("small.kesu"),
                PNG.length);
        assertThat(small.filesCarried()).isEqualTo(1);
        assertThat(small.filesLeftOut()).isEqualTo(1);
        assertThat(String.join("\n", small.filesSummary())).contains("另有 1 个佐证材料").contains("没有带上");
        PlanExchange.Preview preview = city.exchange().inspect(small.file(), false);
        assertThat(String.join("\n", preview.progressSummary())).contains("随文件带来 1 个")
                .contains("其中 1 个没有随文件带来");
        assertThat(preview.filesNotReceived()).isEqualTo(1);
        city.exchange().apply(preview);
        assertThat(namesAtCity()).containsExactly("下半年照片.png");
        // the same file again changes nothing, though it lists a file it does not bring
        assertThat(city.exchange().inspect(small.file(), false).changesNothing()).isTrue();

        // a later file with room for both brings the one left out; the one the city has is not stored twice
        city.exchange().apply(city.exchange().inspect(county.export(CITY, "full.kesu"), false));
        assertThat(namesAtCity()).containsExactlyInAnyOrder("上半年总结.pdf", "下半年照片.png");
    }

    @Test
    void theCitysReceipt_letsTheCountysNextFile_carryOnlyWhatTheCityHasNot() throws IOException {
        ReportingRound round = openRound("2026年上半年");
        report(round, 0, List.of(file("活动照片.png", PNG), file("总结.pdf", PDF)));
        city.exchange().apply(city.exchange().inspect(county.export(CITY, "first.kesu"), false));

        // the city's next file to the county says which of the county's files it holds
        PlanExchange.Exported backExported = city.exchange().export(FUYU, city.folder().resolve("back.kesu"));
        assertThat(backExported.receiptFiles()).isEqualTo(2);
        Path back = backExported.file();
        assertThat(manifest(back)).contains("\"formatVersion\" : 5");
        assertThat(entries(back)).containsKey(EvidenceReceipt.ENTRY);
        PlanExchange.Preview receipt = county.exchange().inspect(back, false);
        assertThat(receipt.merge().changesNothing()).isTrue();
        assertThat(receipt.changesNothing()).isFalse();
        assertThat(receipt.progressSummary()).singleElement().asString().contains("齐齐哈尔市已收到本地的 2 个佐证材料");
        county.exchange().apply(receipt);
        assertThat(county.exchange().inspect(back, false).changesNothing()).isTrue();
        // nothing new at the county: its file lists the two and carries neither
        PlanExchange.Preview nothingNew = city.exchange().inspect(county.export(CITY, "nothing-new.kesu"), false);
        assertThat(nothingNew.progressSummary()).anySatisfy(line -> assertThat(line).contains("2 个")
                .contains("都没有随文件带来"));
        assertThat(nothingNew.filesNotReceived()).isZero();
        assertThat(nothingNew.changesNothing()).isTrue();

        // a report with a new file: the county's file carries that one, and lists the two the city has
        report(round, 1, List.of(file("签到表.pdf", "%PDF-1.7\n签到".getBytes(StandardCharsets.UTF_8))));
        PlanExchange.Exported next = county.exchange().export(CITY, county.folder().resolve("next.kesu"));
        assertThat(next.filesCarried()).isEqualTo(1);
        assertThat(next.filesAtRecipient()).isEqualTo(2);
        assertThat(next.filesLeftOut()).isZero();
        assertThat(String.join("\n", next.filesSummary())).contains("另有 2 个佐证材料").contains("齐齐哈尔市已经收到");
        assertThat(entries(next.file()).keySet()).filteredOn(name -> name.startsWith(ExchangeFile.EVIDENCE_FOLDER))
                .hasSize(1);
        PlanExchange.Preview atCity = city.exchange().inspect(next.file(), false);
        assertThat(atCity.filesNotReceived()).isZero();
        city.exchange().apply(atCity);
        assertThat(namesAtCity()).containsExactlyInAnyOrder("活动照片.png", "总结.pdf", "签到表.pdf");

        // the city no longer has a file (taken off there): its next receipt says so, and the county sends it again
        ProgressRepository atCityStore = new ProgressRepository(city.database());
        Evidence photo = atCityStore.evidence(cityRound().id()).stream()
                .filter(f -> f.name().equals("活动照片.png")).findFirst().orElseThrow();
        atCityStore.removeEvidence(List.of(photo), "测试：市里删去一个佐证材料");
        county.exchange().apply(county.exchange().inspect(city.export(FUYU, "back-2.kesu"), false));
        PlanExchange.Exported again = county.exchange().export(CITY, county.folder().resolve("again.kesu"));
        assertThat(again.filesCarried()).isEqualTo(1);
        assertThat(again.filesAtRecipient()).isEqualTo(2);
        assertThat(entries(again.file())).containsKey(ExchangeFile.EVIDENCE_FOLDER + photo.hash());
        city.exchange().apply(city.exchange().inspect(again.file(), false));
        assertThat(namesAtCity()).containsExactlyInAnyOrder("活动照片.png", "总结.pdf", "签到表.pdf");
    }

    @Test
    void aContentChangedInTheCountysDatabase_isNotSentUnderItsDigest() throws IOException {
        ReportingRound round = openRound("2026年上半年");
        report(round, 0, List.of(file("总结.pdf", PDF)));
        var contents = org.kesudesk.store.jooq.Tables.EVIDENCE_CONTENT;
        byte[] other = "%PDF-1.4\n另一份文件\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        org.kesudesk.store.Tampering.change(county.database(), tx -> tx.update(contents)
                .set(contents.CONTENT, other).execute());

        Path file = county.folder().resolve("tampered.kesu");
        assertThatThrownBy(() -> county.exchange().export(CITY, file)).isInstanceOf(UserFacingException.class);
        assertThat(file).doesNotExist();
    }

    @Test
    void aReceiptThatIsNoReceipt_orComesFromACounty_isRefused_andNothingChanges() throws IOException {
        ReportingRound round = openRound("2026年上半年");
        report(round, 0, List.of(file("活动照片.png", PNG)));
        city.exchange().apply(city.exchange().inspect(county.export(CITY, "first.kesu"), false));
        Map<String, byte[]> fromCity = entries(city.export(FUYU, "back.kesu"));
        String hash = ExchangeFile.sha256(PNG);
        String countyBefore = DatabaseSnapshot.of(county.database());

        // not a digest, a digest twice, more than a county's progress may list, not a list
        refusedAtCounty(fromCity, "{ \"files\" : [ \"" + hash.toUpperCase(java.util.Locale.ROOT) + "\" ] }",
                "received.json");
        refusedAtCounty(fromCity, "{ \"files\" : [ \"" + hash + "\", \"" + hash + "\" ] }", hash);
        refusedAtCounty(fromCity, "{ \"files\" : [ " + String.join(", ", java.util.Collections.nCopies(
                EvidenceReceipt.MAX_FILES + 1, "\"" + hash + "\"")) + " ] }", "received.json");
        refusedAtCounty(fromCity, "{ \"files\" : \"" + hash + "\" }", "files");
        assertThat(DatabaseSnapshot.of(county.database())).isEqualTo(countyBefore);

        // a county's file carrying a receipt: only the city gives one
        Map<String, byte[]> fromCounty = new LinkedHashMap<>(entries(county.export(CITY, "with-receipt.kesu")));
        fromCounty.put(EvidenceReceipt.ENTRY, EvidenceReceipt.write(List.of(hash)));
        Path file = county.signedFile("county-receipt.kesu", CITY, fromCounty);
        assertThatThrownBy(() -> city.exchange().inspect(file, false)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("回执");
    }

    /** The city's file with its receipt replaced, signed again by the city: refused by the county naming this. */
    private void refusedAtCounty(Map<String, byte[]> entries, String receipt, String named) {
        Map<String, byte[]> changed = new LinkedHashMap<>(entries);
        changed.put(EvidenceReceipt.ENTRY, receipt.getBytes(StandardCharsets.UTF_8));
        Path file = city.signedFile("bad-receipt-" + changed.hashCode() + ".kesu", FUYU, changed);
        assertThatThrownBy(() -> county.exchange().inspect(file, false))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining(named)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception"));
    }

    @Test
    void attachmentsThatAreNotWhatTheyClaim_areRefused_namingTheFile_andTheCityIsUnchanged() throws IOException {
        ReportingRound round = openRound("2026年上半年");
        report(round, 0, List.of(file("活动照片.png", PNG)));
        Path good = county.export(CITY, "good.kesu");
        Map<String, byte[]> entries = entries(good);
        String hash = ExchangeFile.sha256(PNG);
        byte[] program = "MZ\u0090\u0000 this is a program".getBytes(StandardCharsets.ISO_8859_1);
        String before = DatabaseSnapshot.of(city.database());

        // a program in place of the photograph, listed under the program's own digest and size
        refused(entries, progress -> progress.replace(hash, ExchangeFile.sha256(program))
                        .replace("\"size\" : " + PNG.length, "\"size\" : " + program.length),
                Map.of("evidence/" + ExchangeFile.sha256(program), program), "evidence/" + hash, "活动照片.png");
        // the listed size not the content's
        refused(entries, progress -> progress.replace("\"size\" : " + PNG.length, "\"size\" : 12"), Map.of(), null,
                "活动照片.png");
        // a name no document has, a name that hides its kind, a name with a control character
        refused(entries, progress -> progress.replace("活动照片.png", "活动照片.exe"), Map.of(), null, "活动照片.exe");
        refused(entries, progress -> progress.replace("活动照片.png", "活动照片\\u202Egnp.exe"), Map.of(), null, "");
        // a content no attachment lists
        refused(entries, UnaryOperator.identity(), Map.of("evidence/" + ExchangeFile.sha256(PDF), PDF), null,
                "evidence/" + ExchangeFile.sha256(PDF));
        // a content under a name that is not its digest
        refused(entries, UnaryOperator.identity(), Map.of("evidence/" + hash, PDF), "evidence/" + hash,
                "evidence/" + hash);
        // a unit not responsible for the task
        refused(entries, progress -> progress.replaceFirst("(\"attachments\" : \\[ \\{[^}]*\"unit\" : \")[^\"]*",
                "$1县外星局"), Map.of(), null, "县外星局");
        // more than a report may have
        refused(entries, progress -> manyAttachments(progress, Evidence.MAX_PER_REPORT + 1), Map.of(), null, "");

        // a content larger than any file attached may be, refused as it is read
        byte[] huge = new byte[(int) Evidence.MAX_BYTES + 1];
        System.arraycopy(PNG, 0, huge, 0, PNG.length);
        refused(entries, UnaryOperator.identity(), Map.of("evidence/" + ExchangeFile.sha256(huge), huge), null,
                "过大");

        assertThat(DatabaseSnapshot.of(city.database())).isEqualTo(before);
        // the file as it was is taken
        city.exchange().apply(city.exchange().inspect(good, false));
        assertThat(namesAtCity()).containsExactly("活动照片.png");
    }

    @Test
    void aFileChangedOrTakenAwayBetweenItsPreviewAndItsImport_isRefused_andTheCityIsUnchanged() throws IOException {
        ReportingRound round = openRound("2026年上半年");
        report(round, 0, List.of(file("活动照片.png", PNG), file("总结.pdf", PDF)));
        Path good = county.export(CITY, "good.kesu");
        byte[] goodBytes = Files.readAllBytes(good);
        PlanExchange.Preview preview = city.exchange().inspect(good, false);
        String before = DatabaseSnapshot.of(city.database());

        // the photograph's content replaced under its name, the file signed again: what a file swapped on a USB
        // stick while its preview was read would be (the contents are read again when they are stored)
        Map<String, byte[]> swapped = new LinkedHashMap<>(entries(good));
        byte[] otherPhoto = java.util.Arrays.copyOf(PNG, PNG.length + 1);
        swapped.put(ExchangeFile.EVIDENCE_FOLDER + ExchangeFile.sha256(PNG), otherPhoto);
        Files.copy(county.signedFile("swapped.kesu", CITY, swapped), good,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(() -> city.exchange().apply(preview)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("good.kesu").hasMessageContaining("检查之后被改动");
        assertThat(DatabaseSnapshot.of(city.database())).isEqualTo(before);

        // a file without the photograph, and no file at all (the stick taken out)
        swapped.remove(ExchangeFile.EVIDENCE_FOLDER + ExchangeFile.sha256(PNG));
        Files.copy(county.signedFile("without.kesu", CITY, swapped), good,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(() -> city.exchange().apply(preview)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("检查之后被改动");
        Files.delete(good);
        assertThatThrownBy(() -> city.exchange().apply(preview)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("good.kesu");
        assertThat(DatabaseSnapshot.of(city.database())).isEqualTo(before);

        // the file back as it was: the preview goes in, each content the one its digest names
        Files.write(good, goodBytes);
        city.exchange().apply(preview);
        ProgressRepository atCity = new ProgressRepository(city.database());
        Evidence photo = atCity.evidence(cityRound().id()).stream().filter(f -> f.name().equals("活动照片.png"))
                .findFirst().orElseThrow();
        assertThat(new ProgressTracking(city.database()).evidenceContent(photo)).isEqualTo(PNG);
        assertThat(namesAtCity()).containsExactlyInAnyOrder("活动照片.png", "总结.pdf");
    }

    /** The progress entry changed, entries added (or one taken out: {@code without}), signed again by the county. */
    private void refused(Map<String, byte[]> entries, UnaryOperator<String> progress, Map<String, byte[]> added,
                         String without, String named) {
        Map<String, byte[]> changed = new LinkedHashMap<>(entries);
        if (without != null) {
            changed.remove(without);
        }
        String json = new String(entries.get(ProgressData.ENTRY), StandardCharsets.UTF_8);
        changed.put(ProgressData.ENTRY, progress.apply(json).getBytes(StandardCharsets.UTF_8));
        changed.putAll(added);
        Path file = county.signedFile("bad-" + changed.hashCode() + ".kesu", CITY, changed);
        assertThatThrownBy(() -> city.exchange().inspect(file, false))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining(named)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception"));
    }

    /** The progress with its first attachment listed {@code count} times under new ids. */
    private static String manyAttachments(String progress, int count) {
        int start = progress.indexOf("\"attachments\" : [ ") + "\"attachments\" : [ ".length();
        int end = progress.indexOf('}', start) + 1;
        String one = progress.substring(start, end);
        StringBuilder many = new StringBuilder(one);
        for (int i = 1; i < count; i++) {
            many.append(", ").append(one.replaceFirst("\"id\" : \"[^\"]*\"", "\"id\" : \""
                    + java.util.UUID.randomUUID() + "\""));
        }
        return progress.substring(0, start) + many + progress.substring(end);
    }

    private ReportingRound openRound(String name) {
        return new ProgressTracking(county.database()).openRound(countyPlan(), name, LocalDate.now().plusDays(30),
                Optional.empty(), Optional.empty());
    }

    private ProgressTracking.Stored report(ReportingRound round, int task, List<Path> files) {
        PlanNode node = task(task);
        return new ProgressTracking(county.database()).report(countyPlan(), round, node,
                node.responsibleUnits().get(0), new ProgressTracking.Entry(ProgressStatus.IN_PROGRESS,
                        OptionalInt.empty(), "已开展活动。", "", ""), "县纲要办", files);
    }

    private PlanDocument countyPlan() {
        return county.plans().ownPlan().orElseThrow();
    }

    private PlanNode task(int index) {
        return countyPlan().items().get(0).children().get(index);
    }

    private ReportingRound cityRound() {
        PlanDocument atCity = city.plans().regionPlan(city.region(FUYU).id()).flatMap(city.plans()::find)
                .orElseThrow();
        return new ProgressTracking(city.database()).currentRound(atCity)
                .or(() -> new ProgressTracking(city.database()).rounds(atCity).stream().findFirst()).orElseThrow();
    }

    private List<String> namesAtCity() {
        PlanDocument atCity = city.plans().regionPlan(city.region(FUYU).id()).flatMap(city.plans()::find)
                .orElseThrow();
        ProgressRepository store = new ProgressRepository(city.database());
        return new ProgressTracking(city.database()).rounds(atCity).stream()
                .flatMap(round -> store.evidence(round.id()).stream()).map(Evidence::name).toList();
    }

    private Path file(String name, byte[] content) throws IOException {
        Path file = folder.resolve("attachments").resolve(java.util.UUID.randomUUID().toString()).resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }
}
