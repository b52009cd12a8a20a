package org.kesudesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kesudesk.exchange.KesuEntries.entries;
import static org.kesudesk.exchange.KesuEntries.manifest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.logic.progress.ProgressTracking;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.ReportingRound;
import org.kesudesk.store.AuditLog;
import org.kesudesk.store.Database;
import org.kesudesk.store.DatabaseSnapshot;
import org.kesudesk.testsupport.CountyPlans;
import org.kesudesk.testsupport.TestPlans;

/**
 * The rounds a city opens reach its counties: its file to a county carries its open rounds, and importing it opens
 * each on the county's plan that the plan has no round of that name for — once, audited, in the import's transaction;
 * what the county has of its own stays. A file that carries rounds it may not, or rounds that are no rounds, is
 * refused naming the round, the county's database unchanged.
 */
class RoundsAskedTest {

    private static final String CITY = "230200";
    private static final String FUYU = "230227";

    @TempDir
    Path folder;
    private final List<Database> open = new ArrayList<>();
    private Office city;
    private Office county;
    private PlanDocument cityPlan;

    @BeforeEach
    void aCountyWithTheCitysPlan_eachKnowingTheOthersKey() {
        city = Office.open(folder, "city", CITY, open);
        county = Office.open(folder, "county", FUYU, open);
        city.knowEachOther(county);
        cityPlan = city.plans().add(TestPlans.countyPlan());
        CountyPlans.derived(city.database(), cityPlan, FUYU);
        county.exchange().apply(county.exchange().inspect(city.export(FUYU, "to-county.kesu"), false));
    }

    @AfterEach
    void close() {
        open.forEach(Database::close);
    }

    @Test
    void theCitysOpenRounds_areOpenedOnTheCountysPlan_onceAndAudited() throws IOException {
        ProgressTracking atCity = new ProgressTracking(city.database());
        ReportingRound closed = atCity.openRound(cityPlan, "2025年下半年", LocalDate.of(2026, 1, 10),
                Optional.empty(), Optional.empty());
        atCity.closeRound(closed);
        // nothing open: nothing asked
        Path none = city.export(FUYU, "no-rounds.kesu");
        assertThat(entries(none)).doesNotContainKey(RoundsAsked.ENTRY);
        assertThat(county.exchange().inspect(none, false).alongside().data().roundsToOpen()).isEmpty();

        atCity.openRound(cityPlan, "2026年上半年", LocalDate.of(2026, 7, 10), Optional.of(LocalDate.of(2026, 1, 1)),
                Optional.of(LocalDate.of(2026, 6, 30)));
        PlanExchange.Exported exported = city.exchange().export(FUYU, city.folder().resolve("asked.kesu"));
        assertThat(exported.roundsAsked()).containsExactly("2026年上半年");
        assertThat(exported.filesSummary()).anySatisfy(line -> assertThat(line).contains("2026年上半年"));
        assertThat(manifest(exported.file())).contains("\"formatVersion\" : " + ExchangeFile.ROUNDS_VERSION);

        PlanExchange.Preview preview = county.exchange().inspect(exported.file(), false);
        assertThat(preview.changesNothing()).isFalse();
        assertThat(preview.progressSummary()).singleElement().asString().contains("2026年上半年")
                .contains("2026-07-10");
        // told after the import, as done
        assertThat(county.exchange().apply(preview).doneAlongside())
                .containsExactly("已开启报送轮次：2026年上半年（报送截止 2026-07-10）。");

        ProgressTracking atCounty = new ProgressTracking(county.database());
        List<ReportingRound> rounds = atCounty.rounds(countyPlan());
        assertThat(rounds).singleElement().satisfies(round -> {
            assertThat(round.name()).isEqualTo("2026年上半年");
            assertThat(round.due()).isEqualTo(LocalDate.of(2026, 7, 10));
            assertThat(round.periodStart()).contains(LocalDate.of(2026, 1, 1));
            assertThat(round.periodEnd()).contains(LocalDate.of(2026, 6, 30));
            assertThat(round.isOpen()).isTrue();
        });
        assertThat(new AuditLog(county.database()).recent(100))
                .filteredOn(entry -> entry.action().equals("round.open")).singleElement()
                .satisfies(entry -> assertThat(entry.summary()).isEqualTo("2026年上半年"));

        // the same file again, and a later one asking the same: nothing more
        PlanExchange.Preview again = county.exchange().inspect(exported.file(), false);
        assertThat(again.changesNothing()).isTrue();
        assertThat(county.exchange().apply(again).doneAlongside()).isEmpty();
        PlanExchange.Preview later = county.exchange().inspect(city.export(FUYU, "later.kesu"), false);
        assertThat(later.alongside().data().roundsToOpen()).isEmpty();
        assertThat(later.progressSummary()).isEmpty();
        county.exchange().apply(later);
        assertThat(atCounty.rounds(countyPlan())).hasSize(1);
        assertThat(new AuditLog(county.database()).recent(100))
                .filteredOn(entry -> entry.action().equals("round.open")).hasSize(1);
    }

    @Test
    void aRoundTheCountyHasOfThatName_staysAsTheCountyKeepsIt() {
        ProgressTracking atCounty = new ProgressTracking(county.database());
        ReportingRound own = atCounty.openRound(countyPlan(), "2026年上半年", LocalDate.of(2026, 7, 5),
                Optional.empty(), Optional.empty());
        atCounty.closeRound(own);
        ProgressTracking atCity = new ProgressTracking(city.database());
        atCity.openRound(cityPlan, "2026年上半年", LocalDate.of(2026, 7, 10), Optional.empty(), Optional.empty());
        atCity.openRound(cityPlan, "2026年第三季度", LocalDate.of(2026, 10, 10), Optional.empty(), Optional.empty());

        PlanExchange.Preview preview = county.exchange().inspect(city.export(FUYU, "asked.kesu"), false);
        assertThat(preview.alongside().data().roundsToOpen()).extracting(ReportingRound.Asked::name)
                .containsExactly("2026年第三季度");
        // the county's own due date stays, and the city's is said beside it
        assertThat(preview.alongside().roundsDueElsewhere()).singleElement().satisfies(round -> {
            assertThat(round.name()).isEqualTo("2026年上半年");
            assertThat(round.citysDue()).isEqualTo(LocalDate.of(2026, 7, 10));
            assertThat(round.dueHere()).isEqualTo(LocalDate.of(2026, 7, 5));
        });
        assertThat(preview.progressSummary()).anySatisfy(line -> assertThat(line)
                .contains("“2026年上半年”截止日期为 2026-07-10，本地为 2026-07-05"));
        county.exchange().apply(preview);

        List<ReportingRound> rounds = atCounty.rounds(countyPlan());
        assertThat(rounds).extracting(ReportingRound::name).containsExactly("2026年上半年", "2026年第三季度");
        assertThat(rounds.get(0).due()).isEqualTo(LocalDate.of(2026, 7, 5));
        assertThat(rounds.get(0).isOpen()).isFalse();
    }

    @Test
    void roundsThatAreNoRounds_orComeFromACounty_areRefused_andNothingChanges() throws IOException {
        new ProgressTracking(city.database()).openRound(cityPlan, "2026年上半年", LocalDate.of(2026, 7, 10),
                Optional.empty(), Optional.empty());
        Map<String, byte[]> fromCity = entries(city.export(FUYU, "asked.kesu"));
        String before = DatabaseSnapshot.of(county.database());

        refusedAtCounty(fromCity, "{ \"rounds\" : [ { \"name\" : \"2026年上半年\", \"due\" : \"2026-13-45\" } ] }",
                "2026-13-45");
        refusedAtCounty(fromCity, "{ \"rounds\" : [ { \"name\" : \"2026年上半年\", \"due\" : \"+12026-07-10\" } ] }",
                "due");
        refusedAtCounty(fromCity, "{ \"rounds\" : [ { \"name\" : \"2026年上半年\" } ] }", "due");
        refusedAtCounty(fromCity, "{ \"rounds\" : [ { \"name\" : \"上半年\\u202e\", \"due\" : \"2026-07-10\" } ] }",
                "第 1 个报送轮次");
        refusedAtCounty(fromCity, "{ \"rounds\" : [ { \"name\" : \"\", \"due\" : \"2026-07-10\" } ] }",
                "第 1 个报送轮次");
        refusedAtCounty(fromCity, "{ \"rounds\" : [ { \"name\" : \"上半年\", \"due\" : \"2026-07-10\" }, "
                + "{ \"name\" : \"上半年\", \"due\" : \"2026-08-10\" } ] }", "上半年");
        refusedAtCounty(fromCity, "{ \"rounds\" : [ { \"name\" : \"上半年\", \"from\" : \"2026-06-30\", "
                + "\"to\" : \"2026-01-01\", \"due\" : \"2026-07-10\" } ] }", "2026-01-01");
        StringBuilder many = new StringBuilder("{ \"rounds\" : [ ");
        for (int i = 0; i <= RoundsAsked.MAX_ROUNDS; i++) {
            many.append(i == 0 ? "" : ", ").append("{ \"name\" : \"第").append(i).append("轮\", \"due\" : \"2026-07-10\" }");
        }
        refusedAtCounty(fromCity, many.append(" ] }").toString(), "rounds");
        refusedAtCounty(fromCity, "{ \"rounds\" : { } }", "rounds");
        assertThat(DatabaseSnapshot.of(county.database())).isEqualTo(before);

        // a county's file carrying rounds: only the city asks
        Map<String, byte[]> fromCounty = new LinkedHashMap<>(entries(county.export(CITY, "with-rounds.kesu")));
        fromCounty.put(RoundsAsked.ENTRY, RoundsAsked.write(List.of(new ReportingRound.Asked("2026年上半年",
                Optional.empty(), Optional.empty(), LocalDate.of(2026, 7, 10)))));
        String cityBefore = DatabaseSnapshot.of(city.database());
        Path file = county.signedFile("county-rounds.kesu", CITY, fromCounty);
        assertThatThrownBy(() -> city.exchange().inspect(file, false)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("报送轮次").hasMessageContaining("富裕县");
        assertThat(DatabaseSnapshot.of(city.database())).isEqualTo(cityBefore);
    }

    /**
     * A deadline the city set by hand is its county's too: copied when it derives the county's plan, sent with the
     * tasks in its file; at the county a task new there comes with it, a task the county has keeps the county's.
     */
    @Test
    void theCitysDeadlines_comeWithTheTasksToTheCounty_andTheCountysOwnStay() {
        ProgressTracking atCity = new ProgressTracking(city.database());
        org.kesudesk.model.PlanNode cityTask = cityPlan.items().get(0).children().get(0);
        org.kesudesk.model.Deadline byOctober = new org.kesudesk.model.Deadline.OnDate(LocalDate.of(2026, 10, 31));
        atCity.setDeadline(cityPlan, cityTask, Optional.of(byOctober));
        Office longjiang = Office.open(folder, "longjiang", "230221", open);
        city.knowEachOther(longjiang);
        PlanDocument derived = CountyPlans.derived(city.database(), cityPlan, "230221");
        org.kesudesk.model.PlanNode derivedTask = derived.items().get(0).children().get(0);
        assertThat(new org.kesudesk.store.ProgressRepository(city.database()).deadlines(derived.plan().id()))
                .containsEntry(derivedTask.id(), byOctober);

        PlanExchange.Preview first = longjiang.exchange().inspect(city.export("230221", "to-longjiang.kesu"), false);
        assertThat(first.progressSummary()).anySatisfy(line -> assertThat(line).contains("完成时限"));
        List<String> done = longjiang.exchange().apply(first).doneAlongside();
        PlanDocument atLongjiang = longjiang.plans().ownPlan().orElseThrow();
        org.kesudesk.store.ProgressRepository longjiangProgress =
                new org.kesudesk.store.ProgressRepository(longjiang.database());
        assertThat(done).containsExactly("已按齐齐哈尔市发来的完成时限设置 "
                + longjiangProgress.deadlines(atLongjiang.plan().id()).size() + " 项新任务的完成时限。");
        assertThat(longjiangProgress.deadlines(atLongjiang.plan().id())).containsEntry(derivedTask.id(), byOctober);
        assertThat(new AuditLog(longjiang.database()).recent(100)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("deadline.set");
            assertThat(entry.summary()).contains("完成时限");
        });

        // the county takes it off; the city adds a task with a deadline of its own to the county's plan
        new ProgressTracking(longjiang.database()).setDeadline(atLongjiang, atLongjiang.items().get(0).children()
                .get(0), Optional.empty());
        org.kesudesk.model.PlanNode item = derived.items().get(0);
        org.kesudesk.model.PlanNode added = new org.kesudesk.store.NodeRepository(city.database())
                .addTask(item.id(), item.children().size(), "建设乡村少年宫", "建设乡村少年宫。");
        PlanDocument derivedNow = city.plans().find(derived.plan().id()).orElseThrow();
        org.kesudesk.model.Deadline yearly = new org.kesudesk.model.Deadline.Yearly(java.time.MonthDay.of(6, 30));
        atCity.setDeadline(derivedNow, added, Optional.of(yearly));

        assertThat(longjiang.exchange().apply(longjiang.exchange().inspect(city.export("230221", "again.kesu"),
                false)).doneAlongside()).containsExactly("已按齐齐哈尔市发来的完成时限设置 1 项新任务的完成时限。");
        assertThat(longjiangProgress.deadlines(atLongjiang.plan().id()))
                .doesNotContainKey(derivedTask.id())
                .containsEntry(added.id(), yearly);

        // a county's file carrying deadlines: only the city sends them
        Map<String, byte[]> fromCounty = new LinkedHashMap<>();
        try {
            fromCounty.putAll(entries(longjiang.export(CITY, "with-deadlines.kesu")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        fromCounty.put(CityDeadlines.ENTRY, CityDeadlines.write(Map.of(added.id(), yearly)));
        String cityBefore = DatabaseSnapshot.of(city.database());
        Path file = longjiang.signedFile("county-deadlines.kesu", CITY, fromCounty);
        assertThatThrownBy(() -> city.exchange().inspect(file, false)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("完成时限").hasMessageContaining("龙江县");
        assertThat(DatabaseSnapshot.of(city.database())).isEqualTo(cityBefore);
    }

    @Test
    void deadlinesThatAreNoDeadlines_areRefused_namingTheEntry_andNothingChanges() throws IOException {
        ProgressTracking atCity = new ProgressTracking(city.database());
        atCity.setDeadline(cityPlan, cityPlan.items().get(0).children().get(0),
                Optional.of(new org.kesudesk.model.Deadline.Ongoing()));
        CountyPlans.derived(city.database(), cityPlan, FUYU);
        PlanDocument atCityForFuyu = city.plans().regionPlan(city.region(FUYU).id()).flatMap(city.plans()::find)
                .orElseThrow();
        Map<String, byte[]> fromCity = entries(city.export(FUYU, "deadlines.kesu"));
        assertThat(fromCity).containsKey(CityDeadlines.ENTRY);
        String task = atCityForFuyu.items().get(0).children().get(0).id().toString();
        String section = atCityForFuyu.sections().get(0).id().toString();
        String before = DatabaseSnapshot.of(county.database());

        refusedDeadlines(fromCity, "{ \"deadlines\" : [ { \"node\" : \"" + task + "\", \"deadline\" : \"2026-02-30\" } ] }",
                "2026-02-30");
        refusedDeadlines(fromCity, "{ \"deadlines\" : [ { \"node\" : \"" + task + "\", \"deadline\" : \"0000-01-01\" } ] }",
                "0000-01-01");
        refusedDeadlines(fromCity, "{ \"deadlines\" : [ { \"node\" : \"" + task + "\", \"deadline\" : \"none\" } ] }",
                "第 1 个完成时限");
        refusedDeadlines(fromCity, "{ \"deadlines\" : [ { \"node\" : \"" + java.util.UUID.randomUUID()
                + "\", \"deadline\" : \"ongoing\" } ] }", "deadlines.json");
        refusedDeadlines(fromCity, "{ \"deadlines\" : [ { \"node\" : \"" + section + "\", \"deadline\" : \"ongoing\" } ] }",
                "第 1 个完成时限");
        refusedDeadlines(fromCity, "{ \"deadlines\" : [ { \"node\" : \"" + task + "\", \"deadline\" : \"ongoing\" }, "
                + "{ \"node\" : \"" + task + "\", \"deadline\" : \"yearly:06-30\" } ] }", task);
        refusedDeadlines(fromCity, "{ \"deadlines\" : { } }", "deadlines");
        assertThat(DatabaseSnapshot.of(county.database())).isEqualTo(before);
    }

    private void refusedDeadlines(Map<String, byte[]> entries, String deadlines, String named) {
        Map<String, byte[]> changed = new LinkedHashMap<>(entries);
        changed.put(CityDeadlines.ENTRY, deadlines.getBytes(StandardCharsets.UTF_8));
        Path file = city.signedFile("bad-deadlines-" + changed.hashCode() + ".kesu", FUYU, changed);
        assertThatThrownBy(() -> county.exchange().inspect(file, false))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining(named)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception"));
    }

    /** The city's file with its rounds replaced, signed again by the city: refused by the county naming this. */
    private void refusedAtCounty(Map<String, byte[]> entries, String rounds, String named) {
        Map<String, byte[]> changed = new LinkedHashMap<>(entries);
        changed.put(RoundsAsked.ENTRY, rounds.getBytes(StandardCharsets.UTF_8));
        Path file = city.signedFile("bad-rounds-" + changed.hashCode() + ".kesu", FUYU, changed);
        assertThatThrownBy(() -> county.exchange().inspect(file, false))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining(named)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception"));
    }

    private PlanDocument countyPlan() {
        return county.plans().ownPlan().orElseThrow();
    }
}
