package org.kesudesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.Unit;
import org.kesudesk.testsupport.EditThenHang;
import org.kesudesk.testsupport.TestPlans;

/** An edit that was reported saved is still there after the app is killed, and the database is sound. */
class CrashTest {

    @TempDir
    Path folder;

    @Test
    void anEditSurvivesTheAppBeingKilledRightAfterIt() throws Exception {
        Path db = folder.resolve("kesudesk");
        try (Database database = Database.open(db)) {
            new PlanRepository(database).add(TestPlans.countyPlan());
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            String name = "县应急局" + attempt;
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process app = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    EditThenHang.class.getName(), db.toString(), name)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String line = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertThat(line).isEqualTo(EditThenHang.SAVED);
            app.destroyForcibly();
            assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();

            try (Database database = Database.openExisting(db)) {
                assertThat(new UnitRepository(database).all()).extracting(Unit::name).contains(name);
                assertThat(new DatabaseCheck(database).run()).isEmpty();
            }
        }
    }
}
