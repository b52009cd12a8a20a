package org.kesudesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.AuditEntry;
import org.kesudesk.model.NodeKind;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.PlanSummary;
import org.kesudesk.model.Unit;
import org.kesudesk.model.UnitAlias;
import org.kesudesk.testsupport.PlanBuilder;
import org.kesudesk.testsupport.PlanOutline;
import org.kesudesk.testsupport.TestPlans;

class PlanRepositoryTest {

    @TempDir
    Path folder;

    @Test
    void aStoredPlan_readsBackEqualAfterReopeningTheDatabase() {
        PlanDocument original = TestPlans.countyPlan();
        Path path = folder.resolve("kesudesk");
        PlanDocument stored;
        try (Database database = org.kesudesk.testsupport.TestDatabases.open(path)) {
            stored = new PlanRepository(database).add(original);
            // stored for the office's own region, everything else as read
            assertThat(stored.plan()).isEqualTo(original.plan().inRegion(
                    new RegionRepository(database).own().orElseThrow().id()));
            assertThat(PlanOutline.of(stored)).isEqualTo(PlanOutline.of(original));
        }

        try (Database reopened = org.kesudesk.testsupport.TestDatabases.open(path)) {
            Optional<PlanDocument> loaded = new PlanRepository(reopened).find(original.plan().id());
            assertThat(loaded).contains(stored);
        }
    }

    @Test
    void unitsKeepTheirStoredOrder_notTheirPrecedenceOrAlphabeticalOrder() {
        PlanBuilder b = new PlanBuilder().header("X〔2024〕1号", "通知", "办公室", LocalDate.of(2024, 1, 2));
        List<String> first = List.of("乙局", "甲局", "丙局");
        List<String> reversed = List.of("丙局", "甲局", "乙局");
        PlanDocument document = b.section("一", "行动",
                        b.item(NodeKind.ACTION, "一", "行动一", "", reversed,
                                b.task("1", "任务一", "", first),
                                b.task("2", "任务二", "", reversed)))
                .build();
        try (Database database = org.kesudesk.testsupport.TestDatabases.open(folder.resolve("kesudesk"))) {
            new PlanRepository(database).add(document);
            PlanNode item = new PlanRepository(database).ownPlan().orElseThrow().items().get(0);

            assertThat(item.leadUnits()).extracting(Unit::name).containsExactlyElementsOf(reversed);
            assertThat(item.children().get(0).responsibleUnits()).extracting(Unit::name)
                    .containsExactlyElementsOf(first);
            assertThat(item.children().get(1).responsibleUnits()).extracting(Unit::name)
                    .containsExactlyElementsOf(reversed);
        }
    }

    @Test
    void unitsSharedByTwoPlans_areStoredOnce() {
        PlanDocument county = TestPlans.countyPlan();
        PlanBuilder b = new PlanBuilder().usingUnitsOf(county);
        PlanDocument second = b.section("一", "行动",
                b.item(NodeKind.ACTION, "一", "行动", "", List.of("县教育局", "新单位"))).build();

        try (Database database = org.kesudesk.testsupport.TestDatabases.open(folder.resolve("kesudesk"))) {
            PlanRepository plans = new PlanRepository(database);
            PlanDocument first = plans.add(county);
            int before = new UnitRepository(database).all().size();
            plans.add(second);

            assertThat(new UnitRepository(database).all()).extracting(Unit::name)
                    .hasSize(before + 1)
                    .containsOnlyOnce("县教育局", "新单位");
            List<Unit> lead = plans.find(second.plan().id()).orElseThrow().items().get(0).leadUnits();
            assertThat(lead).extracting(Unit::name).containsExactly("县教育局", "新单位");
            assertThat(lead.get(0)).isEqualTo(first.items().get(0).leadUnits().get(0));
        }
    }

    @Test
    void theOwnRegionsPlanIsCurrent_neverThePlanStoredLast() {
        PlanDocument first = TestPlans.countyPlan();
        try (Database database = org.kesudesk.testsupport.TestDatabases.open(folder.resolve("kesudesk"))) {
            PlanRepository plans = new PlanRepository(database);
            RegionRepository regions = new RegionRepository(database);
            assertThat(plans.ownPlan()).isEmpty();

            PlanDocument own = plans.add(first);
            assertThat(own.plan().regionId()).contains(regions.own().orElseThrow().id());
            assertThat(plans.ownPlan().map(d -> d.plan().id())).contains(first.plan().id());
            org.kesudesk.model.Region fuyu = regions.byCode("230227").orElseThrow();
            PlanDocument county = TestPlans.countyPlan();
            PlanDocument countyPlan = plans.add(new PlanDocument(county.plan().inRegion(fuyu.id()),
                    county.goalIndicators(), county.sections()));
            assertThat(plans.list()).extracting(PlanSummary::id, PlanSummary::current)
                    .containsExactly(tuple(first.plan().id(), true), tuple(countyPlan.plan().id(), false));
            assertThat(plans.ownPlan().map(d -> d.plan().id())).contains(first.plan().id());
            assertThat(plans.regionPlan(fuyu.id())).contains(countyPlan.plan().id());
        }
    }

    @Test
    void acceptedAliases_pointToTheCanonicalUnit_andAreKeptForTheNextPlan() {
        PlanBuilder b = new PlanBuilder();
        PlanDocument first = b.section("一", "行动",
                        b.item(NodeKind.ACTION, "一", "行动一", "", List.of("县生态环境局"),
                                b.task("1", "任务一", "", List.of("县生态局", "县科协")),
                                b.task("2", "任务二", "", List.of("县生态环境局", "县生态局"))))
                .build();
        PlanBuilder c = new PlanBuilder();
        PlanDocument second = c.section("一", "行动",
                c.item(NodeKind.ACTION, "一", "行动一", "", List.of("县生态局"))).build();

        try (Database database = org.kesudesk.testsupport.TestDatabases.open(folder.resolve("kesudesk"))) {
            PlanRepository plans = new PlanRepository(database);
            PlanDocument stored = plans.add(first, Map.of("县生态局", "县生态环境局"));
            PlanDocument storedSecond = plans.add(second);

            PlanNode item = stored.items().get(0);
            assertThat(item.children().get(0).responsibleUnits()).extracting(Unit::name)
                    .containsExactly("县生态环境局", "县科协");
            assertThat(item.children().get(1).responsibleUnits()).extracting(Unit::name)
                    .containsExactly("县生态环境局");
            assertThat(new UnitRepository(database).all()).extracting(Unit::name)
                    .containsExactly("县生态环境局", "县科协");
            assertThat(new UnitRepository(database).aliases()).extracting(UnitAlias::alias)
                    .containsExactly("县生态局");
            assertThat(storedSecond.items().get(0).leadUnits()).extracting(Unit::name)
                    .containsExactly("县生态环境局");
        }
    }

    @Test
    void goalIndicators_areStoredWithThePlan() {
        PlanDocument plan = TestPlans.countyPlan();
        try (Database database = org.kesudesk.testsupport.TestDatabases.open(folder.resolve("kesudesk"))) {
            PlanDocument stored = new PlanRepository(database).add(plan);

            assertThat(stored.goalIndicators()).isEqualTo(plan.goalIndicators()).isNotEmpty();
        }
    }

    @Test
    void aFailedAdd_leavesTheDatabaseAsItWas() {
        PlanDocument plan = TestPlans.countyPlan();
        try (Database database = org.kesudesk.testsupport.TestDatabases.open(folder.resolve("kesudesk"))) {
            PlanRepository plans = new PlanRepository(database);
            plans.add(plan);
            int units = new UnitRepository(database).all().size();
            int auditEntries = new AuditLog(database).recent(100).size();

            // the same plan id again: the plan row fails after nothing else was written; the same nodes with a
            // new plan id: the plan row is written, then the node rows fail — and must be rolled back with it
            PlanDocument sameNodes = new PlanDocument(new PlanBuilder().build().plan(), List.of(), plan.sections());
            assertThatThrownBy(() -> plans.add(plan)).isInstanceOf(UserFacingException.class);
            assertThatThrownBy(() -> plans.add(sameNodes)).isInstanceOf(UserFacingException.class);

            assertThat(plans.list()).hasSize(1);
            assertThat(plans.find(sameNodes.plan().id())).isEmpty();
            assertThat(new UnitRepository(database).all()).hasSize(units);
            assertThat(new AuditLog(database).recent(100)).hasSize(auditEntries);
        }
    }

    @Test
    void addingAPlan_isRecordedInTheAuditLog() {
        PlanDocument plan = TestPlans.countyPlan();
        try (Database database = org.kesudesk.testsupport.TestDatabases.open(folder.resolve("kesudesk"))) {
            new PlanRepository(database).add(plan);

            List<AuditEntry> entries = new AuditLog(database).recent(10);
            assertThat(entries).hasSize(1);
            AuditEntry entry = entries.get(0);
            assertThat(entry.action()).isEqualTo("plan.add");
            assertThat(entry.entityId()).contains(plan.plan().id());
            assertThat(entry.osUser()).isEqualTo(System.getProperty("user.name"));
            assertThat(entry.summary()).contains("甘南政办发〔2023〕7号");
        }
    }

    /**
     * The plan kept as its document gave it, tampered with in the database (a restored backup may hold anything):
     * compressed data that expands beyond any real plan, or no compressed data at all, is refused in Chinese before
     * it is expanded in memory, not an out-of-memory error or a stack trace.
     */
    @Test
    void aKeptPlanThatExpandsBeyondTheLimit_orIsNoCompressedData_isRefusedAsDamaged() throws Exception {
        try (Database database = org.kesudesk.testsupport.TestDatabases.open(folder.resolve("kesudesk"))) {
            PlanRepository plans = new PlanRepository(database);
            java.util.UUID id = plans.insert(TestPlans.countyPlan(), Map.of(), new PlanRepository.Source("县.txt",
                    document -> "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8))).id();
            assertThat(plans.source(id)).hasValueSatisfying(kept -> assertThat(new String(kept,
                    java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("{}"));

            java.io.ByteArrayOutputStream bomb = new java.io.ByteArrayOutputStream();
            try (java.util.zip.GZIPOutputStream zip = new java.util.zip.GZIPOutputStream(bomb)) {
                byte[] zeros = new byte[1024 * 1024];
                for (int i = 0; i <= ExchangeRepository.MAX_KEPT_BYTES / zeros.length; i++) {
                    zip.write(zeros);
                }
            }
            for (byte[] tampered : List.of(bomb.toByteArray(), "不是压缩数据".getBytes(
                    java.nio.charset.StandardCharsets.UTF_8))) {
                database.inTransaction(tx -> tx.update(org.kesudesk.store.jooq.Tables.PLAN_SOURCE)
                        .set(org.kesudesk.store.jooq.Tables.PLAN_SOURCE.PLAN_DATA, tampered).execute());
                assertThatThrownBy(() -> plans.source(id)).isInstanceOf(UserFacingException.class)
                        .hasMessageContaining("已损坏").hasMessageContaining("64 MB");
            }
        }
    }
}
