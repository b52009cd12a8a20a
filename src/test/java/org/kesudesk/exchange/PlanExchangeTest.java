package org.kesudesk.exchange;

import org.kesudesk.logic.editing.PlanEditor;
import org.kesudesk.logic.RegionWording;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Region;
import org.kesudesk.model.Role;
import org.kesudesk.model.Unit;
import org.kesudesk.store.AssignmentRepository;
import org.kesudesk.store.Database;
import org.kesudesk.store.DatabaseSnapshot;
import org.kesudesk.store.KeyRepository;
import org.kesudesk.store.NodeRepository;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.RegionRepository;
import org.kesudesk.store.UnitRepository;
import org.kesudesk.testsupport.CountyPlans;
import org.kesudesk.testsupport.TestPlans;

/**
 * Plans exchanged between a city and a county, each office with its own real database: the round trip with edits
 * on both sides, conflicts, re-imports, and every file an office must refuse, with the database left as it was.
 */
class PlanExchangeTest {

    private static final String CITY = "230200";
    private static final String FUYU = "230227";
    private static final String LONGJIANG = "230221";

    @TempDir
    Path folder;
    private final List<Database> open = new ArrayList<>();
    private Office city;
    private Office county;
    private PlanDocument countyPlanAtCity;

    @BeforeEach
    void aCityThatDerivedTheCountysPlan_andACountyThatKnowItsKey() {
        city = office("city", CITY);
        county = office("county", FUYU);
        city.knowEachOther(county);
        countyPlanAtCity = CountyPlans.derived(city.database(), city.plans().add(TestPlans.countyPlan()), FUYU);
    }

    @AfterEach
    void close() {
        open.forEach(Database::close);
    }

    /**
     * The plans for 2026–2030 have come, and a county still reports on its plan for 2021–2025: the file of the plan
     * for those years goes (the plan shown, or --plan), into the city's copy of that plan; a file without years named
     * carries the plan for this year, as ever.
     */
    @Test
    void aCountysPlanOfThePeriodBefore_stillTravels_afterThePlanOfTheNextHasCome() throws IOException {
        Office city2 = office("city2", CITY);
        Office county2 = office("county2", FUYU);
        city2.knowEachOther(county2);
        PlanDocument earlier = CountyPlans.derived(city2.database(), sample(city2, "2021-2025", "〔2022〕16号"), FUYU);
        PlanDocument next = CountyPlans.derived(city2.database(), sample(city2, "2026-2030", "〔2026〕9号"), FUYU);
        for (PlanDocument plan : List.of(earlier, next)) {
            Path file = city2.exchange().export(FUYU, city2.folder().resolve(plan.plan().id() + ".kesu"),
                    plan.plan().period()).file();
            county2.exchange().apply(county2.exchange().inspect(file, false));
        }
        assertThat(county2.plans().list()).hasSize(2);
        // a county with no plan of those years is told which years it lacks
        assertThatThrownBy(() -> city2.exchange().export(LONGJIANG, city2.folder().resolve("none.kesu"),
                next.plan().period())).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("龙江县").hasMessageContaining("2026—2030年");
        // the county gives a task of its plan for 2021–2025 one more unit, and sends that plan
        PlanNode task = county2.plans().find(earlier.plan().id()).orElseThrow().items().get(0).children().get(0);
        Unit unit = new UnitRepository(county2.database()).all().stream()
                .filter(u -> task.carriedOutBy().stream().noneMatch(own -> own.id().equals(u.id()))).findFirst()
                .orElseThrow();
        county2.assign(task, unit);

        PlanExchange.Exported thatPlan = county2.exchange().export(CITY, county2.folder().resolve("old.kesu"),
                earlier.plan().period());
        PlanExchange.Exported thisYears = county2.exchange().export(CITY, county2.folder().resolve("new.kesu"));
        city2.exchange().apply(city2.exchange().inspect(thatPlan.file(), false));

        assertThat(thatPlan.planTitle()).contains("2021-2025");
        assertThat(thisYears.planTitle()).contains("2026-2030");
        assertThat(city2.plans().find(earlier.plan().id()).orElseThrow().items().get(0).children().get(0)
                .carriedOutBy()).extracting(Unit::name).contains(unit.name());
        assertThat(city2.plans().find(next.plan().id()).orElseThrow().items().get(0).children().get(0)
                .carriedOutBy()).extracting(Unit::name).doesNotContain(unit.name());
    }

    /** The sample notice for the years given, under the 文号 given, stored as the office's plan. */
    private static PlanDocument sample(Office office, String years, String number) throws IOException {
        String text = new String(Office.class.getResourceAsStream("/org/kesudesk/samples/qiqihar-2022-16.txt")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        Path file = Files.writeString(office.folder().resolve(years + ".txt"), text.replace("2021-2025", years)
                .replace("〔2022〕16号", number));
        org.kesudesk.logic.PlanImportService imports = new org.kesudesk.logic.PlanImportService(office.plans(),
                new UnitRepository(office.database()));
        return office.plans().find(imports.save(imports.read(file, Optional.empty()), List.of()).id())
                .orElseThrow();
    }

    @Test
    void cityToCountyToCity_eachSidesEditsArrive_andBothEndWithTheSamePlan() {
        Path toCounty = city.export(FUYU, "to-fuyu.kesu");
        PlanExchange.Preview first = county.exchange().inspect(toCounty, false);
        assertThat(first.mine()).isEmpty();
        assertThat(first.merge().count(PlanMerge.RowKind.NODE, PlanMerge.ChangeType.ADDED))
                .isEqualTo(nodeCount(countyPlanAtCity));
        county.exchange().apply(first);
        PlanDocument atCounty = county.plans().ownPlan().orElseThrow();
        assertThat(atCounty.plan().id()).isEqualTo(countyPlanAtCity.plan().id());
        assertThat(outline(atCounty)).isEqualTo(outline(countyPlanAtCity));

        // the county assigns its own department, adds a local task and rewords one; meanwhile the city rewords another
        PlanNode firstTask = task(atCounty, 0, 0);
        Unit museum = new UnitRepository(county.database()).add("富裕县科技馆");
        county.assign(firstTask, museum);
        PlanNode item = atCounty.items().get(0);
        new NodeRepository(county.database()).addTask(item.id(), item.children().size(), "建设乡村少年宫",
                "建设乡村少年宫。");
        PlanNode secondTask = task(atCounty, 0, 1);
        reword(county.database(), secondTask, "县里改过的内容。");
        PlanNode projectTask = task(countyPlanAtCity, 2, 0);
        reword(city.database(), projectTask, "市里改过的内容。");

        Path toCity = county.export(CITY, "to-city.kesu");
        PlanExchange.Preview back = city.exchange().inspect(toCity, false);
        assertThat(back.merge().conflicts()).isEmpty();
        assertThat(back.merge().count(PlanMerge.RowKind.NODE, PlanMerge.ChangeType.ADDED)).isEqualTo(1);
        assertThat(back.merge().count(PlanMerge.RowKind.NODE, PlanMerge.ChangeType.CHANGED)).isEqualTo(1);
        assertThat(back.merge().count(PlanMerge.RowKind.ASSIGNMENT, PlanMerge.ChangeType.ADDED)).isEqualTo(1);
        assertThat(back.merge().changes()).noneMatch(c -> c.type() == PlanMerge.ChangeType.REMOVED);
        PlanExchange.Imported imported = city.exchange().apply(back);
        // a backup first, of a database file (a server keeps its own)
        assertThat(imported.backup().isPresent()).isEqualTo(!org.kesudesk.testsupport.TestDatabases.onServer());
        imported.backup().ifPresent(backup -> assertThat(backup).exists());

        PlanDocument cityCopy = city.plans().find(countyPlanAtCity.plan().id()).orElseThrow();
        assertThat(task(cityCopy, 0, 0).responsibleUnits()).extracting(Unit::name).contains("富裕县科技馆");
        assertThat(task(cityCopy, 0, 1).text()).isEqualTo("县里改过的内容。");
        assertThat(cityCopy.items().get(0).children()).extracting(PlanNode::title).last().isEqualTo("建设乡村少年宫");
        assertThat(task(cityCopy, 2, 0).text()).isEqualTo("市里改过的内容。");

        // the city's own rewording goes back to the county, whose edits stay
        Path again = city.export(FUYU, "to-fuyu-2.kesu");
        PlanExchange.Preview second = county.exchange().inspect(again, false);
        assertThat(second.merge().conflicts()).isEmpty();
        assertThat(second.merge().changes()).singleElement()
                .satisfies(c -> assertThat(c.after()).contains("市里改过的内容。"));
        county.exchange().apply(second);
        assertThat(outline(county.plans().find(countyPlanAtCity.plan().id()).orElseThrow()))
                .isEqualTo(outline(city.plans().find(countyPlanAtCity.plan().id()).orElseThrow()));
        // the city's own plan is the city's; the county's plan is the county's own
        assertThat(city.plans().ownPlan().orElseThrow().plan().id()).isNotEqualTo(countyPlanAtCity.plan().id());
        assertThat(county.plans().ownPlan().orElseThrow().plan().id()).isEqualTo(countyPlanAtCity.plan().id());
        assertThat(county.plans().list()).hasSize(1);
    }

    @Test
    void aTasksOwnLead_travelsInAFileOfVersion3_andAFileWithoutOne_staysVersion2() throws IOException {
        Path toCounty = city.export(FUYU, "to-fuyu.kesu");
        // the first file: version 2, or 6 when it brings the tasks' deadlines (the plan's texts give some)
        boolean withDeadlines = new org.kesudesk.store.ProgressRepository(city.database())
                .deadlines(city.plans().regionPlan(city.region(FUYU).id()).orElseThrow()).size() > 0;
        assertThat(formatVersion(toCounty)).isEqualTo(withDeadlines ? ExchangeFile.ROUNDS_VERSION : 2);
        county.exchange().apply(county.exchange().inspect(toCounty, false));

        // the county makes the first task's first unit its lead (设为牵头)
        PlanNode firstTask = task(county.plans().ownPlan().orElseThrow(), 0, 0);
        Unit lead = firstTask.responsibleUnits().get(0);
        new org.kesudesk.logic.editing.PlanEditor(new NodeRepository(county.database()),
                new AssignmentRepository(county.database()), new UnitRepository(county.database()),
                new org.kesudesk.store.PlanRepository(county.database()))
                .toggleLead(firstTask, lead).execute();
        Path toCity = county.export(CITY, "to-city.kesu");
        assertThat(formatVersion(toCity)).isEqualTo(3);

        PlanExchange.Preview back = city.exchange().inspect(toCity, false);
        assertThat(back.merge().conflicts()).isEmpty();
        city.exchange().apply(back);
        PlanNode atCity = task(city.plans().find(countyPlanAtCity.plan().id()).orElseThrow(), 0, 0);
        assertThat(atCity.leadUnits()).extracting(Unit::name).containsExactly(lead.name());
        assertThat(atCity.responsibleUnits()).extracting(Unit::name).doesNotContain(lead.name());
        assertThat(atCity.carriedOutBy()).extracting(Unit::name).containsExactlyInAnyOrderElementsOf(
                firstTask.carriedOutBy().stream().map(Unit::name).toList());
    }

    @Test
    void twoCityUnitsGivenOneCountyName_areOneUnitOfATask_leadingItIfEitherLed() {
        PlanDocument cityPlan = city.plans().ownPlan().orElseThrow();
        PlanNode task = task(cityPlan, 0, 0);
        List<String> names = task.carriedOutBy().stream().map(Unit::name).toList();
        assertThat(names).hasSize(2);
        new org.kesudesk.logic.editing.PlanEditor(new NodeRepository(city.database()),
                new AssignmentRepository(city.database()), new UnitRepository(city.database()),
                new org.kesudesk.store.PlanRepository(city.database()))
                .toggleLead(task, task.carriedOutBy().get(1)).execute();
        PlanDocument led = city.plans().ownPlan().orElseThrow();

        PlanDocument derived = PlanDerivation.derive(led, city.region(CITY), city.region(LONGJIANG),
                java.util.Map.of(names.get(0), "龙江县教育局", names.get(1), "龙江县教育局"));

        PlanNode copy = task(derived, 0, 0);
        assertThat(copy.assignments()).singleElement().satisfies(assignment -> {
            assertThat(assignment.unit().name()).isEqualTo("龙江县教育局");
            assertThat(assignment.role()).isEqualTo(Role.LEAD);
        });
        assertThat(org.kesudesk.logic.PlanContentCheck.violations(derived)).isEmpty();
    }

    /** The format version a .kesu file's manifest names. */
    private static int formatVersion(Path file) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(zip.getInputStream(zip.getEntry("manifest.json"))).path("formatVersion").intValue();
        }
    }

    @Test
    void bothSidesChangingOneTask_isAConflict_shownSideBySide_andSettledAsChosen() {
        county.exchange().apply(county.exchange().inspect(city.export(FUYU, "a.kesu"), false));
        PlanNode shared = task(countyPlanAtCity, 0, 1);
        reword(city.database(), shared, "市里的说法。");
        reword(county.database(), shared, "县里的说法。");

        Path fromCounty = county.export(CITY, "b.kesu");
        PlanExchange.Preview preview = city.exchange().inspect(fromCounty, false);
        assertThat(preview.merge().conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.id()).isEqualTo(shared.id());
            assertThat(conflict.mine()).contains("市里的说法。");
            assertThat(conflict.theirs()).contains("县里的说法。");
            assertThat(conflict.choice()).isEqualTo(PlanMerge.Choice.MINE);
        });
        String untouched = DatabaseSnapshot.of(city.database());
        city.exchange().inspect(fromCounty, false);
        assertThat(DatabaseSnapshot.of(city.database())).as("a preview stores nothing").isEqualTo(untouched);

        city.exchange().apply(preview.choose(Map.of(shared.id(), PlanMerge.Choice.THEIRS)));
        assertThat(task(city.plans().find(countyPlanAtCity.plan().id()).orElseThrow(), 0, 1).text())
                .isEqualTo("县里的说法。");
    }

    @Test
    void bothOfficesAddingTasksToOneItem_isNoConflict_andTheTasksAreNumberedInTheirMergedOrder() {
        county.exchange().apply(county.exchange().inspect(city.export(FUYU, "a.kesu"), false));
        PlanNode item = countyPlanAtCity.items().get(0);
        // each insertion renumbers the tasks after it (1, 2, 3 …), differently on each side
        new NodeRepository(county.database()).addTask(item.id(), 0, "县里的新任务", "县里的新任务。");
        new NodeRepository(city.database()).addTask(item.id(), 1, "市里的新任务", "市里的新任务。");

        PlanExchange.Preview preview = city.exchange().inspect(county.export(CITY, "b.kesu"), false);
        assertThat(preview.merge().conflicts()).isEmpty();
        assertThat(preview.merge().changes()).extracting(PlanMerge.RowChange::type, PlanMerge.RowChange::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PlanMerge.ChangeType.ADDED,
                        // cited with its part's and action's numbers: every action has a task 1.
                        org.kesudesk.logic.PlanReferences.places(countyPlanAtCity).get(item.id()) + "1.县里的新任务"));
        city.exchange().apply(preview);

        PlanNode merged = city.plans().find(countyPlanAtCity.plan().id()).orElseThrow().items().get(0);
        assertThat(merged.children()).extracting(PlanNode::title).containsExactly("县里的新任务",
                item.children().get(0).title(), "市里的新任务", item.children().get(1).title());
        assertThat(merged.children()).extracting(PlanNode::label).containsExactly("1", "2", "3", "4");
    }

    @Test
    void aCountyAnsweringAnOlderFile_doesNotUndoWhatTheCityChangedSince() {
        county.exchange().apply(county.exchange().inspect(city.export(FUYU, "e1.kesu"), false));
        PlanNode cityTask = task(countyPlanAtCity, 0, 0);
        PlanNode countyTask = task(countyPlanAtCity, 1, 0);
        // the city changes a task and sends the plan again; the county has not imported that file yet
        reword(city.database(), cityTask, "市里后来改的。");
        Path e2 = city.export(FUYU, "e2.kesu");
        reword(county.database(), countyTask, "县里改的。");
        Path c1 = county.export(CITY, "c1.kesu");

        PlanExchange.Preview atCity = city.exchange().inspect(c1, false);
        assertThat(atCity.merge().conflicts()).isEmpty();
        assertThat(atCity.merge().changes()).singleElement().satisfies(c -> assertThat(c.after()).contains("县里改的。"));
        city.exchange().apply(atCity);
        PlanExchange.Preview atCounty = county.exchange().inspect(e2, false);
        assertThat(atCounty.merge().conflicts()).isEmpty();
        assertThat(atCounty.merge().changes()).singleElement()
                .satisfies(c -> assertThat(c.after()).contains("市里后来改的。"));
        county.exchange().apply(atCounty);

        PlanDocument cityCopy = city.plans().find(countyPlanAtCity.plan().id()).orElseThrow();
        assertThat(task(cityCopy, 0, 0).text()).isEqualTo("市里后来改的。");
        assertThat(task(cityCopy, 1, 0).text()).isEqualTo("县里改的。");
        assertThat(outline(county.plans().find(countyPlanAtCity.plan().id()).orElseThrow()))
                .isEqualTo(outline(cityCopy));
    }

    @Test
    void aChangeMadeHereAfterThePreview_isNotOverwritten_theImportIsRefused() {
        county.exchange().apply(county.exchange().inspect(city.export(FUYU, "a.kesu"), false));
        PlanNode shared = task(countyPlanAtCity, 0, 1);
        reword(county.database(), shared, "县里的说法。");
        PlanExchange.Preview preview = city.exchange().inspect(county.export(CITY, "b.kesu"), false);
        assertThat(preview.merge().changes()).isNotEmpty();
        reword(city.database(), shared, "预览之后市里改的。");
        String before = DatabaseSnapshot.of(city.database());

        assertThatThrownBy(() -> city.exchange().apply(preview)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).userMessage()).asString().contains("重新导入");
        assertThat(DatabaseSnapshot.of(city.database())).isEqualTo(before);
        // looked at again, the same file shows the conflict
        assertThat(city.exchange().inspect(folder.resolve("county").resolve("b.kesu"), false).merge().conflicts())
                .singleElement().satisfies(c -> assertThat(c.mine()).contains("预览之后市里改的。"));
    }

    @Test
    void aBatch_checksTheNextFileWhileOneIsWritten_andChecksAgainAFileAboutThePlanJustWritten() {
        county.exchange().apply(county.exchange().inspect(city.export(FUYU, "a.kesu"), false));
        PlanNode first = task(countyPlanAtCity, 0, 0);
        PlanNode second = task(countyPlanAtCity, 1, 0);
        reword(county.database(), first, "县里第一次改的。");
        Path c1 = county.export(CITY, "c1.kesu");
        reword(county.database(), second, "县里第二次改的。");
        Path c2 = county.export(CITY, "c2.kesu");
        Path damaged = folder.resolve("damaged.kesu");
        try {
            Files.write(damaged, new byte[] {'P', 'K', 3, 4});
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        List<Path> decided = new ArrayList<>();
        List<PlanExchange.Outcome> outcomes = new ArrayList<>();
        try (PlanExchange batch = city.exchange()) {
            batch.importAll(List.of(c1, c2, damaged), false, preview -> {
                decided.add(preview.file());
                return Optional.of(preview);
            }, outcomes::add);
        }

        assertThat(outcomes).extracting(PlanExchange.Outcome::file).containsExactly(c1, c2, damaged);
        assertThat(outcomes.get(0).imported()).isPresent();
        assertThat(outcomes.get(1).imported()).isPresent();
        assertThat(outcomes.get(2).failure()).get().isInstanceOfSatisfying(UserFacingException.class,
                refused -> assertThat(refused.userMessage()).contains("不完整"));
        // c2 is checked while c1, about the same plan, is being written; if it was checked before c1 was in, it
        // was checked again (which of the two happened depends on the threads' timing)
        assertThat(decided).startsWith(c1, c2).hasSizeBetween(2, 3).containsOnly(c1, c2);
        PlanDocument cityCopy = city.plans().find(countyPlanAtCity.plan().id()).orElseThrow();
        assertThat(task(cityCopy, 0, 0).text()).isEqualTo("县里第一次改的。");
        assertThat(task(cityCopy, 1, 0).text()).isEqualTo("县里第二次改的。");
    }

    @Test
    void importingTheSameFileAgain_changesNothing() {
        Path file = city.export(FUYU, "a.kesu");
        county.exchange().apply(county.exchange().inspect(file, false));
        String once = DatabaseSnapshot.of(county.database());

        PlanExchange.Preview again = county.exchange().inspect(file, false);
        assertThat(again.importedBefore()).isTrue();
        assertThat(again.merge().changesNothing()).isTrue();
        assertThat(again.merge().conflicts()).isEmpty();
        PlanExchange.Imported imported = county.exchange().apply(again);
        assertThat(imported.applied().inserted() + imported.applied().updated() + imported.applied().deleted())
                .isZero();
        assertThat(imported.backup()).isEmpty();
        assertThat(DatabaseSnapshot.of(county.database())).isEqualTo(once);
    }

    @Test
    void theCitysFirstFileAgain_afterTheCountySentItsOwnEdits_changesNothing() {
        // the city's first file names no version it is based on: the county had exchanged nothing yet
        Path first = city.export(FUYU, "first.kesu");
        county.exchange().apply(county.exchange().inspect(first, false));
        county.assign(task(countyPlanAtCity, 0, 0), new UnitRepository(county.database()).add("富裕县科技馆"));
        county.export(CITY, "edits.kesu");
        String before = DatabaseSnapshot.of(county.database());

        PlanExchange.Preview again = county.exchange().inspect(first, false);
        assertThat(again.importedBefore()).isTrue();
        assertThat(again.merge().changes()).isEmpty();
        assertThat(again.merge().conflicts()).isEmpty();
        PlanExchange.Imported imported = county.exchange().apply(again);
        assertThat(imported.applied().inserted() + imported.applied().updated() + imported.applied().deleted())
                .isZero();
        assertThat(DatabaseSnapshot.of(county.database())).isEqualTo(before);
        assertThat(task(county.plans().find(countyPlanAtCity.plan().id()).orElseThrow(), 0, 0).responsibleUnits())
                .extracting(Unit::name).contains("富裕县科技馆");
    }

    @Test
    void anOlderFileThanOneImported_isRefused() {
        Path older = city.export(FUYU, "older.kesu");
        Path newer = city.export(FUYU, "newer.kesu");
        county.exchange().apply(county.exchange().inspect(newer, false));
        assertRefused(county, older, "旧");
    }

    @Test
    void aFileForAnotherOffice_isRefused() {
        Office longjiang = office("longjiang", LONGJIANG);
        longjiang.accept(city);
        assertRefused(longjiang, city.export(FUYU, "a.kesu"), "发给富裕县");
    }

    @Test
    void aCountyFile_carryingAnotherRegionsPlan_isRefused() throws IOException {
        county.exchange().apply(county.exchange().inspect(city.export(FUYU, "a.kesu"), false));
        PlanDocument plan = county.plans().ownPlan().orElseThrow();
        Path forged = county.signedFile("forged.kesu", PlanData.write(plan, LONGJIANG));
        assertRefused(city, forged, "只能报送本单位的数据");

        // nor may it carry the city's own plan under its own region
        PlanDocument cityPlan = city.plans().ownPlan().orElseThrow();
        Path takeover = county.signedFile("takeover.kesu", PlanData.write(cityPlan, FUYU));
        assertRefused(city, takeover, "只能报送本单位的数据");
    }

    @Test
    void aFileReusingRowsOfAnotherPlan_isRefused() {
        county.exchange().apply(county.exchange().inspect(city.export(FUYU, "a.kesu"), false));
        PlanDocument cityPlan = city.plans().ownPlan().orElseThrow();
        // a new plan id, but the tasks of the city's own plan
        PlanDocument smuggled = new PlanDocument(new org.kesudesk.model.Plan(UUID.randomUUID(), Optional.empty(),
                Optional.empty(), org.kesudesk.model.PlanNotice.of("", "伪造", "", Optional.empty()), "", "", 1),
                cityPlan.goalIndicators(), cityPlan.sections());
        assertRefused(city, county.signedFile("smuggled.kesu", PlanData.write(smuggled, FUYU)), "其他方案");
    }

    @Test
    void anUnknownSendersKey_isRefused_unlessAccepted_andThenKept() {
        Office fresh = office("fresh", FUYU);
        Path file = city.export(FUYU, "a.kesu");
        String before = DatabaseSnapshot.of(fresh.database());
        assertThatThrownBy(() -> fresh.exchange().inspect(file, false))
                .isInstanceOf(ExchangeFile.UnknownSenderKeyException.class)
                .extracting(e -> ((UserFacingException) e).userMessage()).asString().contains("尚未接受");
        assertThat(DatabaseSnapshot.of(fresh.database())).isEqualTo(before);

        PlanExchange.Preview trusted = fresh.exchange().inspect(file, true);
        assertThat(trusted.newSenderKey()).isTrue();
        fresh.exchange().apply(trusted);
        assertThat(new KeyRepository(fresh.database()).known(CITY)).get()
                .extracting(KeyRepository.KnownKey::fingerprint).isEqualTo(trusted.senderFingerprint());
        assertThat(fresh.exchange().inspect(file, false).newSenderKey()).isFalse();
    }

    @Test
    void anEmptyDatabase_takesTheFilesRecipientAsItsRegion_andTheCountysPlanAsCurrent() {
        Database empty = database("empty");
        PlanExchange exchange = new PlanExchange(empty);
        PlanExchange.Preview preview = exchange.inspect(city.export(FUYU, "a.kesu"), true);
        assertThat(preview.adoptedRegion()).map(Region::code).contains(FUYU);
        exchange.apply(preview);
        assertThat(new RegionRepository(empty).own()).map(Region::code).contains(FUYU);
        assertThat(outline(new PlanRepository(empty).ownPlan().orElseThrow())).isEqualTo(outline(countyPlanAtCity));

        // once it has a region, a file for another office is refused
        Database other = database("other");
        new RegionRepository(other).setOwn(LONGJIANG, RegionWording::ownRegion);
        assertThatThrownBy(() -> new PlanExchange(other).inspect(city.export(FUYU, "b.kesu"), true))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void aTaskRemovedThere_keepsWhatWasAddedToItHere() {
        county.exchange().apply(county.exchange().inspect(city.export(FUYU, "a.kesu"), false));
        PlanNode doomed = task(countyPlanAtCity, 3, 0);
        new NodeRepository(county.database()).delete(doomed.id());
        PlanNode removable = task(countyPlanAtCity, 1, 0);
        new NodeRepository(county.database()).delete(removable.id());
        Unit auditor = UnitRepository.ofPlan(city.database(), countyPlanAtCity.plan()).add("县审计局");
        city.assign(doomed, auditor);

        PlanExchange.Preview preview = city.exchange().inspect(county.export(CITY, "b.kesu"), false);
        city.exchange().apply(preview);
        PlanDocument cityCopy = city.plans().find(countyPlanAtCity.plan().id()).orElseThrow();
        List<UUID> ids = new ArrayList<>();
        cityCopy.forEachNode(n -> ids.add(n.id()));
        assertThat(ids).contains(doomed.id()).doesNotContain(removable.id());
        removable.forEachNode(n -> assertThat(ids).doesNotContain(n.id()));
    }

    @Test
    void aTamperedByteAnywhere_isRefused_andTheDatabaseIsUnchanged() throws IOException {
        Path original = city.export(FUYU, "a.kesu");
        byte[] file = Files.readAllBytes(original);
        county.exchange().apply(county.exchange().inspect(original, false));
        String before = DatabaseSnapshot.of(county.database());
        Path tampered = folder.resolve("tampered.kesu");
        int refused = 0;
        for (int at = 0; at < file.length; at += 53) {
            byte[] copy = file.clone();
            copy[at] ^= 0x5A;
            Files.write(tampered, copy);
            try {
                county.exchange().apply(county.exchange().inspect(tampered, false));
            } catch (UserFacingException expected) {
                refused++;
                continue;
            }
            // a byte the zip does not read (such as a timestamp in a local header) may change nothing at all
            assertThat(DatabaseSnapshot.of(county.database())).as("byte %d", at).isEqualTo(before);
        }
        assertThat(refused).isGreaterThan(file.length / 53 / 2);
        assertThat(DatabaseSnapshot.of(county.database())).isEqualTo(before);
    }

    private void assertRefused(Office office, Path file, String reason) {
        String before = DatabaseSnapshot.of(office.database());
        assertThatThrownBy(() -> office.exchange().apply(office.exchange().inspect(file, false)))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).userMessage()).asString().contains(reason);
        assertThat(DatabaseSnapshot.of(office.database())).isEqualTo(before);
    }

    /** What a person reads in a plan: each node with its text, units and indicators, in order. */
    static List<String> outline(PlanDocument plan) {
        List<String> lines = new ArrayList<>();
        lines.add(plan.plan().title() + " | " + plan.plan().planTitle());
        plan.forEachNode(n -> lines.add(n.kind() + " " + n.label() + " " + n.title() + " | " + n.text()
                + " | " + n.leadUnits().stream().map(Unit::name).collect(Collectors.joining("、"))
                + " | " + n.responsibleUnits().stream().map(Unit::name).collect(Collectors.joining("、"))
                + " | " + n.indicators().stream().map(i -> i.wording()).collect(Collectors.joining("；"))));
        return lines;
    }

    private static long nodeCount(PlanDocument plan) {
        long[] count = {0};
        plan.forEachNode(n -> count[0]++);
        return count[0];
    }

    /**
     * Two clerks of the county, each at a computer of their own on the office's database on a server, apply the city's
     * file at the same moment: it is applied once, and the other clerk is told that the data changed since the
     * preview. Run on the server only (a database file is one computer's).
     */
    @Test
    @org.junit.jupiter.api.Tag("server")
    void twoClerks_applyingTheSameFileAtOnce_applyItOnce_andTheOtherIsTold() throws Exception {
        county.exchange().apply(county.exchange().inspect(city.export(FUYU, "first.kesu"), false));
        Database secondClerk = database("county");
        for (int attempt = 0; attempt < 5; attempt++) {
            PlanNode reworded = task(countyPlanAtCity, 0, 0);
            reword(city.database(), reworded, "市里第" + attempt + "次改过。");
            Path file = city.export(FUYU, "again-" + attempt + ".kesu");
            PlanExchange first = new PlanExchange(county.database());
            PlanExchange second = new PlanExchange(secondClerk);
            PlanExchange.Preview one = first.inspect(file, false);
            PlanExchange.Preview other = second.inspect(file, false);
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.ExecutorService clerks = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                List<java.util.concurrent.Future<PlanExchange.Imported>> applied = List.of(
                        clerks.submit(() -> {
                            go.await();
                            return first.apply(one);
                        }),
                        clerks.submit(() -> {
                            go.await();
                            return second.apply(other);
                        }));
                go.countDown();
                int stored = 0;
                int told = 0;
                for (java.util.concurrent.Future<PlanExchange.Imported> result : applied) {
                    try {
                        result.get();
                        stored++;
                    } catch (java.util.concurrent.ExecutionException refused) {
                        assertThat(refused.getCause()).isInstanceOf(org.kesudesk.store.ExchangeRepository.ChangedSincePreviewException.class)
                                .hasMessageContaining("预览之后本机数据又有改动");
                        told++;
                    }
                }
                // what each clerk read, and what the log holds: to tell, should this ever fail, how both got through
                String seen = "previews read the plan's log at "
                        + one.here().map(org.kesudesk.store.ExchangeRepository.ReadPlan::auditLastId) + " and "
                        + other.here().map(org.kesudesk.store.ExchangeRepository.ReadPlan::auditLastId)
                        + ", imported before " + one.importedBefore() + "/" + other.importedBefore()
                        + "; now at " + new org.kesudesk.store.AuditLog(county.database()).lastIdFor(
                        county.plans().ownPlan().orElseThrow().plan().id()) + ", the log's last entries "
                        + new org.kesudesk.store.AuditLog(county.database()).recent(8).stream()
                        .map(entry -> entry.id() + " " + entry.action()).toList();
                assertThat(stored).as("attempt %d: %s", attempt, seen).isEqualTo(1);
                assertThat(told).as("attempt %d: %s", attempt, seen).isEqualTo(1);
            } finally {
                first.close();
                second.close();
                clerks.shutdownNow();
            }
            // the city's wording arrived, once: one import recorded for this file
            assertThat(task(county.plans().ownPlan().orElseThrow(), 0, 0).text()).isEqualTo("市里第" + attempt + "次改过。");
            assertThat(new org.kesudesk.store.AuditLog(county.database()).recent(1000))
                    .filteredOn(entry -> entry.action().equals("exchange.import")).hasSize(attempt + 2);
        }
    }

    /** A node's text changed as an office's clerk would change it: on the node as it is now. */
    private static void reword(Database database, PlanNode node, String text) {
        NodeRepository nodes = new NodeRepository(database);
        PlanNode now = nodes.load(node.id());
        nodes.update(node.id(), now.rowVersion(), now.title(), text);
    }

    private static PlanNode task(PlanDocument plan, int item, int task) {
        return plan.items().get(item).children().get(task);
    }

    private Database database(String name) {
        Database database = org.kesudesk.testsupport.TestDatabases.open(folder.resolve(name).resolve("kesudesk"));
        open.add(database);
        return database;
    }

    private Office office(String name, String regionCode) {
        return Office.open(folder, name, regionCode, open);
    }
}
