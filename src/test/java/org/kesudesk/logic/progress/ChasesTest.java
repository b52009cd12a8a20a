package org.kesudesk.logic.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.logic.PlanReferences;
import org.kesudesk.model.AuditEntry;
import org.kesudesk.model.ChaseMeans;
import org.kesudesk.model.ChaseRecord;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.ReportingRound;
import org.kesudesk.model.Unit;
import org.kesudesk.model.UnitMerge;
import org.kesudesk.store.AuditLog;
import org.kesudesk.store.ChangedByOthersException;
import org.kesudesk.store.Database;
import org.kesudesk.store.UnitRepository;
import org.kesudesk.testsupport.SamplePlan;

/**
 * 催办记录 of the sample plan's round in a real database: noted, listed by unit, removed and put back, audited,
 * following a merged unit and coming back with it; what is no chase refused saying why, nothing stored.
 */
class ChasesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @TempDir
    Path folder;
    private Database database;
    private PlanDocument plan;
    private ReportingRound round;
    private Chases chases;

    @BeforeEach
    void aRound() {
        database = org.kesudesk.testsupport.TestDatabases.open(folder.resolve("kesudesk"));
        plan = SamplePlan.store(database);
        round = new ProgressTracking(database).openRound(plan, "2026年上半年", LocalDate.of(2026, 5, 20),
                Optional.empty(), Optional.empty());
        chases = new Chases(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Unit unit(int index) {
        return PlanReferences.resolve(plan, "action.1.1").responsibleUnits().get(index);
    }

    private static Chases.Entry phoned(LocalDate on, String person, String answer, LocalDate promised) {
        return new Chases.Entry(on, ChaseMeans.PHONE, person, answer, Optional.ofNullable(promised));
    }

    @Test
    void chasesNoted_areListedByUnitInTheOrderTheyHappened_asTyped_andEachIsInTheAuditLog() {
        Unit first = unit(0);
        Unit second = unit(1);
        // noted out of order: the second call first
        ChaseRecord later = chases.record(plan, round, first, phoned(TODAY, " 张三 ", " 分管领导出差，下周报送 ",
                TODAY.plusDays(7)), "科员甲", TODAY);
        ChaseRecord earlier = chases.record(plan, round, first, new Chases.Entry(TODAY.minusDays(3),
                ChaseMeans.MESSAGE, "", "", Optional.empty()), "科员甲", TODAY);
        chases.record(plan, round, second, new Chases.Entry(TODAY.minusDays(1), ChaseMeans.LETTER, "", "",
                Optional.empty()), "科员乙", TODAY);

        Map<java.util.UUID, List<ChaseRecord>> byUnit = chases.byUnit(round);
        assertThat(byUnit.keySet()).containsExactly(first.id(), second.id());
        assertThat(byUnit.get(first.id())).extracting(ChaseRecord::id).containsExactly(earlier.id(), later.id());
        assertThat(later.person()).isEqualTo("张三");
        assertThat(later.answer()).isEqualTo("分管领导出差，下周报送");
        assertThat(Chases.line(byUnit.get(first.id()).get(1)))
                .isEqualTo("6月1日电话催办（张三）：分管领导出差，下周报送；承诺6月8日前报送");
        assertThat(Chases.line(byUnit.get(first.id()).get(0))).isEqualTo("5月29日短信、微信催办");
        assertThat(Chases.line(byUnit.get(second.id()).get(0))).isEqualTo("5月31日发督办通知单");
        assertThat(Chases.count(byUnit.get(first.id()))).isEqualTo("已催办2次（最近6月1日）");
        assertThat(Chases.count(List.of())).isEmpty();

        List<AuditEntry> audited = new AuditLog(database).recent(3);
        assertThat(audited).extracting(AuditEntry::action).containsOnly("progress.chase");
        assertThat(audited.get(2).summary()).isEqualTo("催办" + first.name() + "（2026年上半年）");
        assertThat(audited.get(2).after().orElseThrow()).contains("2026-06-01", "张三", "2026-06-08");
        assertThat(audited.get(2).before()).isEmpty();
    }

    @Test
    void aChaseRemoved_isGoneAndAudited_andPutBackByAnUndo_butOneRemovedByAnotherClerkIsNotRemovedTwice() {
        Unit first = unit(0);
        ChaseRecord chase = chases.record(plan, round, first, phoned(TODAY, "张三", "", null), "科员甲", TODAY);

        chases.remove(chase, round, first);
        assertThat(chases.chases(round)).isEmpty();
        AuditEntry removal = new AuditLog(database).recent(1).get(0);
        assertThat(removal.before().orElseThrow()).contains("张三");
        assertThat(removal.after()).isEmpty();
        assertThatThrownBy(() -> chases.remove(chase, round, first)).isInstanceOf(ChangedByOthersException.class);

        chases.restore(chase, round, first);
        assertThat(chases.chases(round)).containsExactly(chase);
        assertThatThrownBy(() -> chases.restore(chase, round, first)).isInstanceOf(ChangedByOthersException.class);
    }

    @Test
    void whatIsNoChase_isRefusedSayingWhy_andNothingIsStored() {
        Unit first = unit(0);
        int audited = new AuditLog(database).recent(1000).size();

        assertThatThrownBy(() -> chases.record(plan, round, first, phoned(TODAY.plusDays(1), "", "", null), "甲",
                TODAY)).isInstanceOf(UserFacingException.class).hasMessage("催办日期 2026-06-02 还没到，不能记录。");
        assertThatThrownBy(() -> chases.record(plan, round, first, phoned(TODAY, "", "", TODAY.minusDays(1)), "甲",
                TODAY)).isInstanceOf(UserFacingException.class)
                .hasMessage("承诺报送日期 2026-05-31 早于催办日期 2026-06-01。");
        assertThatThrownBy(() -> chases.record(plan, round, first, phoned(TODAY, "张\u202E三", "", null), "甲",
                TODAY)).isInstanceOf(UserFacingException.class).hasMessageStartingWith("被催办人的姓名")
                .hasMessageContaining("改变文字方向");
        assertThatThrownBy(() -> chases.record(plan, round, first, phoned(TODAY, "", "答".repeat(501), null), "甲",
                TODAY)).isInstanceOf(UserFacingException.class).hasMessageStartingWith("催办情况")
                .hasMessageContaining("500");
        assertThatThrownBy(() -> chases.record(plan, round, first, phoned(TODAY, "", "好的\u0007", null), "甲",
                TODAY)).isInstanceOf(UserFacingException.class).hasMessageStartingWith("催办情况");
        // a unit no task of the plan names: nothing to chase it for
        UnitRepository units = UnitRepository.ofPlan(database, plan.plan());
        Unit stranger = units.add("市无关单位");
        assertThatThrownBy(() -> chases.record(plan, round, stranger, phoned(TODAY, "", "", null), "甲", TODAY))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("市无关单位").hasMessageContaining("没有承担任务");
        new ProgressTracking(database).closeRound(round);
        ReportingRound closed = new ProgressTracking(database).round(plan, round.name());
        assertThatThrownBy(() -> chases.record(plan, closed, first, phoned(TODAY, "", "", null), "甲", TODAY))
                .isInstanceOf(UserFacingException.class).hasMessage("报送轮次“2026年上半年”已结束，不能再记录催办。");

        assertThat(chases.chases(round)).isEmpty();
        // the stranger's addition and the round's closing only
        assertThat(new AuditLog(database).recent(1000)).hasSize(audited + 2);
        assertThatThrownBy(() -> Chases.means("写信")).isInstanceOf(UserFacingException.class)
                .hasMessage("“写信”不是催办方式。可以用：电话、短信、微信、当面、督办通知单、其他。");
        assertThat(Chases.means("电话")).isEqualTo(ChaseMeans.PHONE);
        assertThat(Chases.means("in-person")).isEqualTo(ChaseMeans.IN_PERSON);
    }

    @Test
    void aPromiseLetPass_isTheLatestPromise_beforeToday_whileReportsAreStillMissing_aLettersReplyByDayToo() {
        java.util.function.BiFunction<LocalDate, LocalDate, ChaseRecord> chase = (on, promised) -> new ChaseRecord(
                org.kesudesk.model.Ids.newId(), round.id(), unit(0).id(), on, ChaseMeans.PHONE, "", "",
                Optional.ofNullable(promised), "甲", java.time.Instant.now());
        ChaseRecord promisedLastWeek = chase.apply(TODAY.minusDays(10), TODAY.minusDays(3));
        java.util.function.Function<List<ChaseRecord>, Optional<LocalDate>> missed = chases -> Chases.promiseMissed(
                chases, false, TODAY).map(passed -> passed.promised().orElseThrow());

        assertThat(missed.apply(List.of(promisedLastWeek))).contains(TODAY.minusDays(3));
        assertThat(Chases.promiseMissedNote(promisedLastWeek)).isEqualTo("（承诺5月29日前报送，已逾期）");
        // reported everything since: kept
        assertThat(Chases.promiseMissed(List.of(promisedLastWeek), true, TODAY)).isEmpty();
        // the day itself has not passed
        assertThat(missed.apply(List.of(chase.apply(TODAY.minusDays(1), TODAY)))).isEmpty();
        // chased again since, promising a later day: the latest promise counts; one without a promise changes nothing
        assertThat(missed.apply(List.of(promisedLastWeek, chase.apply(TODAY.minusDays(2), TODAY.plusDays(2)))))
                .isEmpty();
        assertThat(missed.apply(List.of(promisedLastWeek, chase.apply(TODAY.minusDays(1), null))))
                .contains(TODAY.minusDays(3));
        assertThat(missed.apply(List.of(chase.apply(TODAY.minusDays(1), null)))).isEmpty();

        // a letter noted as a chase: the day it told the unit to reply by is its promise, worded as required
        ChaseRecord letter = chases.recordLetters(round, List.of(unit(0)), TODAY.minusDays(8), TODAY.minusDays(1),
                "甲").get(0);
        assertThat(Chases.line(letter)).isEqualTo("5月24日发督办通知单；要求5月31日前报送");
        assertThat(Chases.promiseMissed(List.of(promisedLastWeek, letter), false, TODAY)).contains(letter);
        assertThat(Chases.promiseMissedNote(letter)).isEqualTo("（要求5月31日前报送，已逾期）");
    }

    @Test
    void aMergedUnitsChases_followItIntoTheOther_andComeBackWithItWhenTheMergeIsUndone_andKeepItFromBeingRemoved() {
        Unit first = unit(0);
        Unit second = unit(1);
        ChaseRecord chase = chases.record(plan, round, first, phoned(TODAY, "张三", "", null), "甲", TODAY);
        UnitRepository units = UnitRepository.ofPlan(database, plan.plan());

        UnitMerge merge = units.merge(first.id(), second.id(), list -> list);
        assertThat(chases.chases(round)).extracting(ChaseRecord::chasedId).containsExactly(second.id());

        units.unmerge(merge, list -> list);
        assertThat(chases.chases(round)).containsExactly(chase);

        // a unit the office chased is kept: only a unit nothing refers to is removed
        Unit stranger = units.add("市无关单位");
        new org.kesudesk.store.ChaseRepository(database).record(new ChaseRecord(org.kesudesk.model.Ids.newId(),
                round.id(), stranger.id(), TODAY, ChaseMeans.OTHER, "", "", Optional.empty(), "甲",
                java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS)), "催办");
        assertThatThrownBy(() -> units.remove(stranger.id())).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("市无关单位").hasMessageContaining("催办记录");
        assertThat(units.findByName("市无关单位")).isPresent();
    }

    /**
     * A city chases its counties' offices too: noted in the city's round for a county with a plan beside the city's,
     * listed by county apart from the units', audited; refused for a county without a plan, in a closed round, with
     * a day to come — nothing stored; removed and put back; the county then kept in the region list.
     */
    @Test
    void aCitysChasesOfItsCounties_areNotedByCounty_apartFromTheUnits() {
        org.kesudesk.store.RegionRepository regions = new org.kesudesk.store.RegionRepository(database);
        org.kesudesk.model.Region fuyu = regions.byCode("230227").orElseThrow();
        org.kesudesk.model.Region longjiang = regions.byCode("230221").orElseThrow();
        org.kesudesk.testsupport.CountyPlans.derived(database, plan, fuyu.code());
        ProgressTracking tracking = new ProgressTracking(database);
        List<ProgressTracking.CountyPlan> countyPlans = tracking.countyPlans(plan, TODAY);

        ChaseRecord chase = chases.recordCounty(plan, round, fuyu, countyPlans, phoned(TODAY, "县纲要办王五",
                "本周五前发来交换文件", TODAY.plusDays(4)), "科员甲", TODAY);

        assertThat(chases.byCounty(round)).containsOnlyKeys(fuyu.id());
        assertThat(chases.byCounty(round).get(fuyu.id())).containsExactly(chase);
        assertThat(chases.byUnit(round)).isEmpty();
        assertThat(new AuditLog(database).recent(1)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("progress.chase");
            assertThat(entry.summary()).isEqualTo("催办富裕县纲要办（2026年上半年）");
        });

        assertThatThrownBy(() -> chases.recordCounty(plan, round, longjiang, countyPlans, phoned(TODAY, "", "",
                null), "科员甲", TODAY)).isInstanceOf(UserFacingException.class).hasMessageContaining("龙江县");
        assertThatThrownBy(() -> chases.recordCounty(plan, round, fuyu, countyPlans, phoned(TODAY.plusDays(1), "",
                "", null), "科员甲", TODAY)).isInstanceOf(UserFacingException.class);
        assertThat(chases.byCounty(round).get(fuyu.id())).hasSize(1);
        assertThatThrownBy(() -> regions.remove(fuyu.code(), r -> r.name())).isInstanceOf(UserFacingException.class);

        chases.removeCounty(chase, round, fuyu);
        assertThat(chases.byCounty(round)).isEmpty();
        chases.restoreCounty(chase, round, fuyu);
        assertThat(chases.byCounty(round).get(fuyu.id())).containsExactly(chase);

        tracking.closeRound(round);
        ReportingRound closed = tracking.round(plan, "2026年上半年");
        assertThatThrownBy(() -> chases.recordCounty(plan, closed, fuyu, countyPlans, phoned(TODAY, "", "", null),
                "科员甲", TODAY)).isInstanceOf(UserFacingException.class).hasMessageContaining("2026年上半年");
    }
}
