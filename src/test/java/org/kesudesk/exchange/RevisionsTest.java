package org.kesudesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.logic.PlanImportService;
import org.kesudesk.logic.PlanReferences;
import org.kesudesk.logic.progress.ProgressTracking;
import org.kesudesk.model.AssignmentList;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.ProgressStatus;
import org.kesudesk.model.ReportingRound;
import org.kesudesk.model.Role;
import org.kesudesk.model.Unit;
import org.kesudesk.parse.ParseReport;
import org.kesudesk.store.AssignmentRepository;
import org.kesudesk.store.Database;
import org.kesudesk.store.DatabaseSnapshot;
import org.kesudesk.store.ExchangeRepository;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.ProgressRepository;
import org.kesudesk.store.UnitRepository;
import org.kesudesk.testsupport.TestDatabases;

/**
 * A revised document updating its plan, on the database file and on an office's PostgreSQL server alike: the plan
 * kept as its document gave it, the three-way merge, the update in one transaction with the kept document replaced,
 * and a colleague's change between the preview and the update refused.
 */
class RevisionsTest {

    private static final Path SAMPLE = Path.of("src", "main", "resources", "org", "kesudesk", "samples",
            "qiqihar-2022-16.txt");

    @TempDir
    Path folder;
    private Database database;
    private PlanImportService imports;
    private PlanDocument plan;
    private String sample;

    @BeforeEach
    void theSampleImportedWithItsDocumentKept() throws Exception {
        database = TestDatabases.open(folder.resolve("kesudesk"));
        PlanRepository plans = new PlanRepository(database);
        imports = new PlanImportService(plans, new UnitRepository(database), PlanData::source);
        sample = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        plan = plans.find(imports.save(read(sample), List.of()).id()).orElseThrow();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aRevision_takesWhatItChanged_keepsWhatTheOfficeDid_andTheReportsStayWithTheirTasks() {
        PlanNode first = PlanReferences.resolve(plan, "action.1.1");
        PlanNode second = PlanReferences.resolve(plan, "action.1.2");
        PlanNode third = PlanReferences.resolve(plan, "action.1.3");
        ProgressTracking tracking = new ProgressTracking(database);
        ReportingRound round = tracking.openRound(plan, "2026年上半年", LocalDate.now().plusDays(30), Optional.empty(),
                Optional.empty());
        Unit reporting = first.responsibleUnits().get(0);
        tracking.report(plan, round, first, reporting, new ProgressTracking.Entry(ProgressStatus.IN_PROGRESS,
                java.util.OptionalInt.empty(), "全面推进", "", ""), "张三");
        // by hand since the document: a unit added to the second task
        Unit finance = UnitRepository.ofPlan(database, plan.plan()).matching().find("市财政局").orElseThrow();
        List<java.util.UUID> withFinance = new java.util.ArrayList<>(second.responsibleUnits().stream().map(Unit::id)
                .toList());
        withFinance.add(finance.id());
        new AssignmentRepository(database).replace(new AssignmentList(second.id(), Role.RESPONSIBLE), withFinance,
                name -> "测试");

        ParseReport revision = read(revise(text -> text.replace("齐政办发〔2022〕16号", "齐政办发〔2023〕3号")
                .replace("将弘扬科学精神贯穿于育人全链条。", "将弘扬科学精神和科学家精神贯穿于育人全过程。")
                .replace(line(text, "3.实施科技创新后备人才培养计划"), "")));
        Revisions revisions = new Revisions(database);
        Revisions.Preview preview = revisions.inspect(plan, revision, Map.of(), List.of());

        assertThat(preview.earlierKept()).isTrue();
        assertThat(preview.reportedGone()).isEmpty();
        revisions.apply(preview, false);

        PlanDocument after = new PlanRepository(database).find(plan.plan().id()).orElseThrow();
        assertThat(after.plan().docNumber()).isEqualTo("齐政办发〔2023〕3号");
        PlanNode reworded = after.items().get(0).children().get(0);
        assertThat(reworded.id()).isEqualTo(first.id());
        assertThat(reworded.title()).isEqualTo("将弘扬科学精神和科学家精神贯穿于育人全过程");
        assertThat(after.items().get(0).children()).extracting(PlanNode::id).doesNotContain(third.id())
                .contains(second.id());
        assertThat(after.items().get(0).children().get(1).responsibleUnits()).extracting(Unit::name)
                .contains("市财政局");
        assertThat(new ProgressRepository(database).reports(round.id())).singleElement().satisfies(report -> {
            assertThat(report.nodeId()).isEqualTo(first.id());
            assertThat(report.progress()).isEqualTo("全面推进");
        });
        // the revision is the document kept now: the same document again changes nothing
        assertThat(PlanData.readSource(new PlanRepository(database).source(plan.plan().id()).orElseThrow()).plan()
                .docNumber()).isEqualTo("齐政办发〔2023〕3号");
        assertThat(revisions.inspect(after, revision, Map.of(), List.of()).changesNothing()).isTrue();
    }

    @Test
    void aColleaguesChangeAfterThePreview_isNotOverwritten_andNothingIsStored() {
        ParseReport revision = read(revise(text -> text.replace("将弘扬科学精神贯穿于育人全链条。",
                "将弘扬科学精神和科学家精神贯穿于育人全过程。")));
        Revisions revisions = new Revisions(database);
        Revisions.Preview preview = revisions.inspect(plan, revision, Map.of(), List.of());
        PlanNode second = PlanReferences.resolve(plan, "action.1.2");
        new AssignmentRepository(database).replace(new AssignmentList(second.id(), Role.RESPONSIBLE), List.of(),
                name -> "同事的修改");
        String before = DatabaseSnapshot.contentOf(database);

        assertThatThrownBy(() -> revisions.apply(preview, false))
                .isInstanceOf(ExchangeRepository.ChangedSincePreviewException.class);

        assertThat(DatabaseSnapshot.contentOf(database)).isEqualTo(before);
    }

    @Test
    void aTaskWithReports_thatTheRevisionDrops_goesOnlyWhenTheUserSaysSo() {
        PlanNode third = PlanReferences.resolve(plan, "action.1.3");
        ProgressTracking tracking = new ProgressTracking(database);
        ReportingRound round = tracking.openRound(plan, "2026年", LocalDate.now().plusDays(30), Optional.empty(),
                Optional.empty());
        tracking.report(plan, round, third, third.responsibleUnits().get(0), new ProgressTracking.Entry(
                ProgressStatus.DONE, java.util.OptionalInt.empty(), "已完成", "", ""), "张三");
        Revisions revisions = new Revisions(database);
        Revisions.Preview preview = revisions.inspect(plan, read(revise(text -> text.replace(
                line(text, "3.实施科技创新后备人才培养计划"), ""))), Map.of(), List.of());
        String before = DatabaseSnapshot.contentOf(database);

        assertThat(preview.reportedGone()).singleElement().asString().contains("实施科技创新后备人才培养计划");
        assertThatThrownBy(() -> revisions.apply(preview, false)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("实施科技创新后备人才培养计划");
        assertThat(DatabaseSnapshot.contentOf(database)).isEqualTo(before);

        revisions.apply(preview, true);
        assertThat(new ProgressRepository(database).reports(round.id())).isEmpty();
        assertThat(new PlanRepository(database).find(plan.plan().id()).orElseThrow().items().get(0).children())
                .extracting(PlanNode::id).doesNotContain(third.id());
    }

    @Test
    void aCountysPlanDerivedAgain_keepsTheNamesTheUserGave_andTheCountysUnits_andIsTheNextOnesEarlierVersion() {
        org.kesudesk.store.RegionRepository regions = new org.kesudesk.store.RegionRepository(database);
        org.kesudesk.model.Region city = regions.own().orElseThrow();
        org.kesudesk.model.Region county = regions.byCode("230227").orElseThrow();
        PlanRepository plans = new PlanRepository(database);
        Map<String, String> names = new java.util.LinkedHashMap<>(PlanDerivation.suggestedUnitNames(plan, city,
                county));
        names.put("市新闻传媒中心", "县融媒体中心");
        PlanDocument countyPlan = PlanDerivation.store(plans, plan, PlanDerivation.derive(plan, city, county, names),
                names);
        assertThat(plans.derivedUnitNames(countyPlan.plan().id())).containsEntry("市新闻传媒中心", "县融媒体中心")
                .containsEntry("市教育局", "县教育局");
        PlanNode first = countyPlan.items().get(0).children().get(0);
        Unit museum = UnitRepository.ofPlan(database, countyPlan.plan()).add("县科技馆");
        List<java.util.UUID> withMuseum = new java.util.ArrayList<>(first.responsibleUnits().stream().map(Unit::id)
                .toList());
        withMuseum.add(museum.id());
        new AssignmentRepository(database).replace(new AssignmentList(first.id(), Role.RESPONSIBLE), withMuseum,
                name -> "测试");
        Revisions revisions = new Revisions(database);
        revisions.apply(revisions.inspect(plan, read(revise(text -> text.replace("将弘扬科学精神贯穿于育人全链条。",
                "将弘扬科学精神和科学家精神贯穿于育人全过程。"))), Map.of(), List.of()), false);
        PlanDocument cityRevised = plans.find(plan.plan().id()).orElseThrow();

        Map<String, String> again = PlanDerivation.suggestedUnitNames(cityRevised, city, county,
                plans.derivedUnitNames(countyPlan.plan().id()));
        assertThat(again).containsEntry("市新闻传媒中心", "县融媒体中心");
        PlanDocument derived = PlanDerivation.derive(cityRevised, city, county, again);
        Revisions.Preview preview = PlanDerivation.update(revisions, plans.find(countyPlan.plan().id()).orElseThrow(),
                cityRevised, derived, again);
        assertThat(preview.earlierKept()).isTrue();
        assertThat(preview.merge().conflicts()).isEmpty();
        revisions.apply(preview, false);

        PlanNode after = plans.find(countyPlan.plan().id()).orElseThrow().items().get(0).children().get(0);
        assertThat(after.id()).isEqualTo(first.id());
        assertThat(after.title()).isEqualTo("将弘扬科学精神和科学家精神贯穿于育人全过程");
        assertThat(after.responsibleUnits()).extracting(Unit::name).contains("县科技馆", "县融媒体中心");
        assertThat(plans.list()).hasSize(2);
        assertThat(new org.kesudesk.store.AuditLog(database).recent(1)).singleElement()
                .extracting(org.kesudesk.model.AuditEntry::action).isEqualTo("plan.rederive");
        // what was derived now is the earlier version of the next derivation: the same again changes nothing
        assertThat(PlanDerivation.update(revisions, plans.find(countyPlan.plan().id()).orElseThrow(), cityRevised,
                PlanDerivation.derive(cityRevised, city, county, again), again).changesNothing()).isTrue();
    }

    /**
     * A task the city adds to its plan after a county's was derived, with a deadline the city set by hand: deriving the
     * county's plan again adds it there with that deadline; a task the county has keeps what the county gave it.
     */
    @Test
    void aTaskAddedByTheCityWithItsDeadline_comesToTheCountyWithIt_whenItsPlanIsDerivedAgain() {
        org.kesudesk.store.RegionRepository regions = new org.kesudesk.store.RegionRepository(database);
        org.kesudesk.model.Region city = regions.own().orElseThrow();
        org.kesudesk.model.Region county = regions.byCode("230227").orElseThrow();
        PlanRepository plans = new PlanRepository(database);
        PlanDocument countyPlan = org.kesudesk.testsupport.CountyPlans.derived(database, plan, county.code());
        org.kesudesk.store.ProgressRepository deadlines = new org.kesudesk.store.ProgressRepository(database);
        org.kesudesk.logic.progress.ProgressTracking tracking =
                new org.kesudesk.logic.progress.ProgressTracking(database);
        // the county gives its first task a deadline of its own
        org.kesudesk.model.Deadline countysOwn = new org.kesudesk.model.Deadline.OnDate(java.time.LocalDate.of(2026,
                9, 30));
        tracking.setDeadline(countyPlan, countyPlan.items().get(0).children().get(0), Optional.of(countysOwn));

        PlanNode item = plan.items().get(0);
        PlanNode added = new org.kesudesk.store.NodeRepository(database).addTask(item.id(), item.children().size(),
                "建设乡村少年宫", "建设乡村少年宫。");
        org.kesudesk.model.Deadline byYearEnd = new org.kesudesk.model.Deadline.OnDate(java.time.LocalDate.of(2026,
                12, 31));
        PlanDocument cityNow = plans.find(plan.plan().id()).orElseThrow();
        tracking.setDeadline(cityNow, added, Optional.of(byYearEnd));
        tracking.setDeadline(cityNow, cityNow.items().get(0).children().get(0), Optional.of(
                new org.kesudesk.model.Deadline.OnDate(java.time.LocalDate.of(2026, 6, 30))));
        cityNow = plans.find(plan.plan().id()).orElseThrow();

        Map<String, String> names = PlanDerivation.suggestedUnitNames(cityNow, city, county,
                plans.derivedUnitNames(countyPlan.plan().id()));
        Revisions revisions = new Revisions(database);
        revisions.apply(PlanDerivation.update(revisions, plans.find(countyPlan.plan().id()).orElseThrow(), cityNow,
                PlanDerivation.derive(cityNow, city, county, names), names), false);

        PlanDocument countyNow = plans.find(countyPlan.plan().id()).orElseThrow();
        PlanNode copied = countyNow.items().get(0).children().get(countyNow.items().get(0).children().size() - 1);
        assertThat(copied.title()).isEqualTo("建设乡村少年宫");
        Map<java.util.UUID, org.kesudesk.model.Deadline> now = deadlines.deadlines(countyPlan.plan().id());
        assertThat(now).containsEntry(copied.id(), byYearEnd)
                .containsEntry(countyPlan.items().get(0).children().get(0).id(), countysOwn);
    }

    @Test
    void everyCountyAtOnce_worksOutEachOnesStep_thenStoresThem_aCountyGivenAPlanMeanwhileKeepsIt() {
        org.kesudesk.store.RegionRepository regions = new org.kesudesk.store.RegionRepository(database);
        org.kesudesk.model.Region city = regions.own().orElseThrow();
        org.kesudesk.model.Region fuyu = regions.byCode("230227").orElseThrow();
        org.kesudesk.model.Region longsha = regions.byCode("230202").orElseThrow();
        org.kesudesk.model.Region longjiang = regions.byCode("230221").orElseThrow();
        PlanRepository plans = new PlanRepository(database);
        PlanDocument fuyuPlan = org.kesudesk.testsupport.CountyPlans.derived(database, plan, fuyu.code());
        Revisions revisions = new Revisions(database);
        revisions.apply(revisions.inspect(plan, read(revise(text -> text.replace("将弘扬科学精神贯穿于育人全链条。",
                "将弘扬科学精神和科学家精神贯穿于育人全过程。").replace("团市委、市科协、市新闻传媒中心）",
                "团市委、市科协、市新闻传媒中心、市档案局）"))), Map.of(), List.of()), false);
        PlanDocument cityRevised = plans.find(plan.plan().id()).orElseThrow();
        CountyDerivations batch = new CountyDerivations(database);

        // as the window works it out and stores it: county by county, one backup between
        List<CountyDerivations.Planned> planned = java.util.stream.Stream.of(longsha, fuyu, longjiang)
                .map(county -> batch.inspect(cityRevised, city, county)).toList();
        assertThat(planned).extracting(CountyDerivations.Planned::step).containsExactly(
                CountyDerivations.Step.DERIVE, CountyDerivations.Step.UPDATE, CountyDerivations.Step.DERIVE);
        // the unit new to the city's plan is named by the rules, to be looked at; those named before are not listed
        assertThat(planned.get(1).named()).containsExactly(Map.entry("市档案局", "县档案局"));
        // a colleague gives 龙江县 a plan between the list and its confirmation
        PlanDocument meanwhile = org.kesudesk.testsupport.CountyPlans.derived(database, cityRevised,
                longjiang.code());
        Map.Entry<Optional<Path>, List<CountyDerivations.Done>> done = Map.entry(batch.backUp(planned),
                planned.stream().map(county -> batch.apply(cityRevised, county)).toList());

        assertThat(done.getKey().isPresent()).as("a backup, of a database file").isEqualTo(
                org.kesudesk.store.Backups.keptHere(database));
        assertThat(done.getValue()).extracting(d -> d.failure().isPresent()).containsExactly(false, false, true);
        assertThat(done.getValue().get(2).failure().orElseThrow()).contains("龙江县");
        assertThat(plans.regionPlan(longjiang.id())).contains(meanwhile.plan().id());
        assertThat(plans.regionPlan(longsha.id())).isPresent();
        assertThat(plans.find(fuyuPlan.plan().id()).orElseThrow().items().get(0).children().get(0).title())
                .isEqualTo("将弘扬科学精神和科学家精神贯穿于育人全过程");
        // worked out again: nothing left to do
        assertThat(java.util.stream.Stream.of(longsha, fuyu).map(county -> batch.inspect(cityRevised, city, county))
                .toList()).extracting(
                CountyDerivations.Planned::step).containsOnly(CountyDerivations.Step.UNCHANGED);
    }

    private String revise(UnaryOperator<String> change) {
        String revised = change.apply(sample);
        assertThat(revised).isNotEqualTo(sample);
        return revised;
    }

    private static String line(String text, String start) {
        return text.lines().filter(line -> line.startsWith(start)).findFirst().orElseThrow();
    }

    private ParseReport read(String text) {
        return imports.read(writeText(text), Optional.of(StandardCharsets.UTF_8));
    }

    private Path writeText(String text) {
        try {
            return Files.writeString(Files.createTempFile(folder, "plan", ".txt"), text, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
