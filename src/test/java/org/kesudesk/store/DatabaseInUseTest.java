package org.kesudesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.testsupport.DatabaseHolder;
import org.kesudesk.testsupport.TestPlans;

class DatabaseInUseTest {

    @TempDir
    Path folder;

    @Test
    void aDatabaseOpenInAnotherProcess_isRefusedInChinese_andLeftUndamaged() throws IOException {
        Path path = folder.resolve("kesudesk");
        try (Database database = Database.open(path)) {
            new PlanRepository(database).add(TestPlans.countyPlan());
        }

        try (DatabaseHolder other = DatabaseHolder.hold(path)) {
            assertThatThrownBy(() -> Database.open(path))
                    .isInstanceOf(DatabaseInUseException.class)
                    .hasMessageContaining("数据库已在另一个科素通窗口")
                    .hasMessageContaining(path + ".mv.db");
        }

        try (Database database = Database.openExisting(path)) {
            assertThat(new DatabaseCheck(database).run()).isEmpty();
            assertThat(new PlanRepository(database).list()).hasSize(1);
        }
    }
}
