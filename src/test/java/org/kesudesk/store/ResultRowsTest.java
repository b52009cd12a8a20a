package org.kesudesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kesudesk.store.jooq.Tables.ASSIGNMENT;
import static org.kesudesk.store.jooq.Tables.PLAN;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.testsupport.TestDatabases;
import org.kesudesk.testsupport.TestPlans;

/** Reading many rows lazily inside a write: every row is read, and the write stays one transaction. */
class ResultRowsTest {

    @TempDir
    Path folder;

    @Test
    void aLazyReadInsideAWriteThatFails_leavesTheWriteUndone_andReadsEveryRow() {
        try (Database database = TestDatabases.open(folder.resolve("kesudesk"))) {
            PlanDocument plan = new PlanRepository(database).add(TestPlans.countyPlan());
            int assignments = database.read(tx -> tx.fetchCount(ASSIGNMENT));
            List<UUID> read = new ArrayList<>();
            List<String> titleAfterTheRead = new ArrayList<>();

            assertThatThrownBy(() -> database.inTransaction(tx -> {
                tx.update(PLAN).set(PLAN.TITLE, "改过的标题").where(PLAN.ID.eq(plan.plan().id())).execute();
                ResultRows.forEach(tx, tx.select(ASSIGNMENT.ID).from(ASSIGNMENT),
                        row -> read.add(row.getObject(1, UUID.class)));
                // the same transaction goes on after the read: it still sees its own write
                titleAfterTheRead.add(tx.select(PLAN.TITLE).from(PLAN).where(PLAN.ID.eq(plan.plan().id()))
                        .fetchOne(PLAN.TITLE));
                throw new IllegalStateException("a failure after the read");
            })).hasMessageContaining("a failure after the read");

            assertThat(read).hasSize(assignments).doesNotHaveDuplicates();
            assertThat(assignments).isPositive();
            assertThat(titleAfterTheRead).containsExactly("改过的标题");
            String title = database.read(tx -> tx.select(PLAN.TITLE).from(PLAN).where(PLAN.ID.eq(plan.plan().id()))
                    .fetchOne(PLAN.TITLE));
            assertThat(title).isEqualTo(plan.plan().title());
        }
    }
}
