package org.kesudesk.logic.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.AuditEntry;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.store.AuditLog;
import org.kesudesk.store.Database;
import org.kesudesk.store.NodeRepository;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.testsupport.TestDatabases;
import org.kesudesk.testsupport.TestPlans;

/**
 * Two clerks on one office database on a server: each finds what the other changed, never its own changes, and a
 * change whose transaction commits after a later one's is found all the same. Run on a server only.
 */
@Tag("server")
class OthersChangesTest {

    @TempDir
    Path folder;

    private Path path;
    private Database first;
    private Database second;

    @BeforeEach
    void twoClerksOnOneDatabase() {
        path = folder.resolve("office");
        first = TestDatabases.open(path);
        new PlanRepository(first).add(TestPlans.countyPlan());
        second = TestDatabases.open(path);
    }

    @AfterEach
    void close() {
        first.close();
        second.close();
    }

    private static PlanNode firstTask(Database database) {
        return new PlanRepository(database).ownPlan().orElseThrow().items().get(0).children().get(0);
    }

    private static void reword(Database database, String text) {
        PlanNode task = firstTask(database);
        new NodeRepository(database).update(task.id(), task.rowVersion(), task.title(), text);
    }

    @Test
    void eachClerk_findsTheOthersChange_namedAndWithItsPlan_butNeverItsOwn() {
        OthersChanges seenByFirst = new OthersChanges(new AuditLog(first));
        OthersChanges seenBySecond = new OthersChanges(new AuditLog(second));
        PlanDocument plan = new PlanRepository(first).ownPlan().orElseThrow();

        reword(first, "第一位改的。");
        assertThat(seenByFirst.look(Instant.now())).isEmpty();
        Optional<OthersChanges.Found> found = seenBySecond.look(Instant.now());
        assertThat(found).isPresent();
        assertThat(found.get().plans()).containsExactly(plan.plan().id());
        assertThat(found.get().entries()).extracting(AuditEntry::action).containsExactly("node.update");
        assertThat(found.get().entries().get(0).after()).hasValueSatisfying(text -> assertThat(text)
                .contains("第一位改的。"));
        assertThat(seenBySecond.look(Instant.now())).as("found once").isEmpty();

        reword(second, "第二位改的。");
        assertThat(seenBySecond.look(Instant.now())).isEmpty();
        assertThat(seenByFirst.look(Instant.now())).hasValueSatisfying(change -> assertThat(change.entries())
                .extracting(AuditEntry::summary).singleElement().asString().contains(firstTask(first).title()));
    }

    /**
     * Several plans in one database (a county's and the city's): a change is said to concern the plan it was made
     * in, and a change of the unit catalogue (no plan's) every plan; a plan added is a change of the plans' list.
     */
    @Test
    void aChange_concernsThePlanItWasMadeIn_andOneOfTheCatalogueConcernsEveryPlan() {
        PlanDocument county = new PlanRepository(first).ownPlan().orElseThrow();
        OthersChanges seenByFirst = new OthersChanges(new AuditLog(first));
        PlanDocument city = org.kesudesk.testsupport.SamplePlan.store(second);
        OthersChanges.Found added = seenByFirst.look(Instant.now()).orElseThrow();
        assertThat(added.concerns(city.plan().id())).isTrue();
        assertThat(added.concerns(county.plan().id())).isFalse();
        assertThat(added.entries()).anySatisfy(entry -> assertThat(entry.entityType()).isEqualTo("plan"));

        PlanNode cityTask = org.kesudesk.logic.PlanReferences.resolve(city, "action.1.1");
        new NodeRepository(second).update(cityTask.id(), cityTask.rowVersion(), cityTask.title(), "市里的修改。");
        OthersChanges.Found cityEdit = seenByFirst.look(Instant.now()).orElseThrow();
        assertThat(cityEdit.plans()).containsExactly(city.plan().id());
        assertThat(cityEdit.concerns(county.plan().id())).isFalse();
        assertThat(cityEdit.entries()).noneSatisfy(entry -> assertThat(entry.entityType()).isEqualTo("plan"));

        org.kesudesk.store.UnitRepository countyUnits = org.kesudesk.store.UnitRepository.ofPlan(second,
                county.plan());
        org.kesudesk.model.Unit unit = countyUnits.all().get(0);
        countyUnits.rename(unit.id(), unit.name() + "（新）");
        OthersChanges.Found renamed = seenByFirst.look(Instant.now()).orElseThrow();
        assertThat(renamed.beyondPlans()).isTrue();
        assertThat(renamed.concerns(county.plan().id())).isTrue();
    }

    @Test
    void aChangeCommittedAfterALaterOne_isFoundAllTheSame() throws Exception {
        OthersChanges seenByFirst = new OthersChanges(new AuditLog(first));
        try (Connection slow = DriverManager.getConnection(TestDatabases.location(path))) {
            slow.setAutoCommit(false);
            try (Statement statement = slow.createStatement()) {
                // a third clerk's long transaction: its entry gets its id now, and is seen only when it commits
                statement.execute("INSERT INTO audit_log (at, os_user, action, entity_type, summary, client_session) "
                        + "VALUES (now(), 'zhao', 'unit.rename', 'unit', '导入富裕县的交换文件', gen_random_uuid())");
            }
            reword(second, "第二位改的。");
            assertThat(seenByFirst.look(Instant.now())).hasValueSatisfying(change -> assertThat(change.entries())
                    .extracting(AuditEntry::osUser).doesNotContain("zhao"));
            assertThat(seenByFirst.look(Instant.now())).isEmpty();
            slow.commit();
        }
        assertThat(seenByFirst.look(Instant.now())).as("the entry with the lower id, committed later")
                .hasValueSatisfying(change -> assertThat(change.entries()).isEmpty());
        assertThat(seenByFirst.look(Instant.now())).isEmpty();
        reword(second, "又改了。");
        assertThat(seenByFirst.look(Instant.now())).hasValueSatisfying(change -> assertThat(change.entries())
                .singleElement().satisfies(entry -> assertThat(entry.after()).hasValue(
                        firstTask(first).title() + "\n又改了。")));
    }

    @Test
    void anIdThatNeverComes_aRolledBackChange_isGivenUpOnAfterAWhile() throws Exception {
        OthersChanges seenByFirst = new OthersChanges(new AuditLog(first));
        try (Connection rolledBack = DriverManager.getConnection(TestDatabases.location(path))) {
            rolledBack.setAutoCommit(false);
            try (Statement statement = rolledBack.createStatement()) {
                statement.execute("INSERT INTO audit_log (at, os_user, action, entity_type, summary) "
                        + "VALUES (now(), 'zhao', 'unit.rename', 'unit', '未完成')");
            }
            rolledBack.rollback();
        }
        reword(second, "第二位改的。");
        Instant now = Instant.now();
        assertThat(seenByFirst.look(now)).isPresent();
        assertThat(seenByFirst.look(now.plus(OthersChanges.GAP_PATIENCE).plusSeconds(1))).isEmpty();
        // from then on, the look starts after the gap: a new change is found, and only it
        reword(second, "再改。");
        assertThat(seenByFirst.look(now.plus(OthersChanges.GAP_PATIENCE).plusSeconds(2)))
                .hasValueSatisfying(change -> assertThat(change.entries()).hasSize(1));
    }
}
