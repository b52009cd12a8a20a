package org.kesudesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.logic.WorkPlans;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.testsupport.SamplePlan;
import org.kesudesk.testsupport.TestPlans;

/** {@code plan workplan}: a year's work plan from the command line. */
class WorkPlanCommandTest {

    @TempDir
    Path folder;
    private Path db;
    private PlanDocument sample;

    @BeforeEach
    void storeTheSample() {
        db = folder.resolve("kesudesk");
        try (Database database = Database.open(db)) {
            sample = SamplePlan.store(database);
        }
    }

    @Test
    void aYearsWorkPlan_isStoredBesideThePlan_whichStaysTheOfficesOwn() {
        CliRun.Result made = run("--db", db.toString(), "plan", "workplan", "--year", "2024", "--all-tasks");

        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(made.out()).contains("《齐齐哈尔市2024年全民科学素质行动工作要点》")
                .contains("任务 " + WorkPlans.allTasks(sample).size() + " 项（未选入 0 项");
        CliRun.Result list = run("--db", db.toString(), "plan", "list");
        assertThat(list.out().lines().filter(line -> line.startsWith("*")).toList()).singleElement().asString()
                .contains(sample.plan().id().toString());
        assertThat(list.out()).contains("2024年").contains("工作要点");
        try (Database database = Database.open(db)) {
            assertThat(new PlanRepository(database).workPlansOf(sample.plan().id())).containsOnlyKeys(2024);
        }
    }

    @Test
    void aYearOutsideThePlan_orAPlanWithoutYears_isExplained() {
        CliRun.Result late = run("--db", db.toString(), "plan", "workplan", "--year", "2030");
        assertThat(late.exitCode()).isEqualTo(1);
        assertThat(late.err()).contains("2030 年不在方案的期限（2021—2025 年）内").doesNotContain("Exception");

        String county;
        try (Database database = Database.open(db)) {
            county = new PlanRepository(database).add(TestPlans.countyPlan()).plan().id().toString();
        }
        CliRun.Result noYears = run("--db", db.toString(), "plan", "workplan", "--from", county.substring(0, 8),
                "--year", "2024");
        assertThat(noYears.exitCode()).isEqualTo(1);
        assertThat(noYears.err()).contains("没有起止年份");
        try (Database database = Database.open(db)) {
            assertThat(new PlanRepository(database).list()).hasSize(2);
        }
    }

    private CliRun.Result run(String... args) {
        return CliRun.run(folder, args);
    }
}
