package org.kesudesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.l10n.LocalizedText;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.testsupport.TestPlans;

class DatabaseCheckTest {

    @TempDir
    Path folder;

    @Test
    void aFreshDatabaseWithAPlan_hasNoProblems() {
        Path path = folder.resolve("kesudesk");
        try (Database database = Database.open(path)) {
            new PlanRepository(database).add(TestPlans.countyPlan());
        }
        try (Database database = Database.openExisting(path)) {
            assertThat(new DatabaseCheck(database).run()).isEmpty();
        }
    }

    @Test
    void aTaskWhoseParentIsGone_isReported() throws SQLException {
        Path path = folder.resolve("kesudesk");
        PlanDocument plan = withCountyPlan(path);
        String itemId = plan.items().get(0).id().toString();
        sql(path, "SET REFERENTIAL_INTEGRITY FALSE",
                "DELETE FROM PLAN_NODE WHERE ID = '" + itemId + "'",
                "SET REFERENTIAL_INTEGRITY TRUE");

        List<LocalizedText> problems = check(path);

        assertThat(problems).extracting(LocalizedText::key).contains("check.nodeWithoutParent");
        assertThat(problems).extracting(LocalizedText::text).anySatisfy(text -> assertThat(text).contains("上级节点不存在"));
    }

    @Test
    void aPeriodThatIsNoRangeOfYears_isReported_itsYearsAsWritten() throws SQLException {
        Path path = folder.resolve("kesudesk");
        withCountyPlan(path);
        sql(path, "UPDATE PLAN SET PERIOD_START = 2025, PERIOD_END = 2021");

        assertThat(check(path)).extracting(LocalizedText::text)
                .anySatisfy(text -> assertThat(text).contains("（2025年—2021年）").doesNotContain("2,0"));
    }

    @Test
    void anAssignmentToAMissingUnit_isReported() throws SQLException {
        Path path = folder.resolve("kesudesk");
        try (Database database = Database.open(path)) {
            new PlanRepository(database).add(TestPlans.countyPlan());
        }
        sql(path, "SET REFERENTIAL_INTEGRITY FALSE",
                "DELETE FROM UNIT WHERE NAME = '县科协'",
                "SET REFERENTIAL_INTEGRITY TRUE");

        assertThat(check(path)).extracting(LocalizedText::key).contains("check.assignmentDangling");
    }

    @Test
    void aTaskPlacedDirectlyUnderASection_isReported() throws SQLException {
        Path path = folder.resolve("kesudesk");
        PlanDocument plan = withCountyPlan(path);
        String sectionId = plan.sections().get(0).id().toString();
        String taskId = plan.items().get(0).children().get(0).id().toString();
        sql(path, "UPDATE PLAN_NODE SET PARENT_ID = '" + sectionId + "', ORDINAL = 99 WHERE ID = '" + taskId + "'");

        assertThat(check(path)).extracting(LocalizedText::key).containsExactly("check.nodeMisplaced");
        // the kinds as people call them, not as the database stores them
        assertThat(check(path).get(0).text()).contains("（任务）不能位于部分之下").doesNotContain("TASK");
    }

    @Test
    void aRoleTheAppNeverWrites_isReportedInChinese_once() throws SQLException {
        Path path = folder.resolve("kesudesk");
        PlanDocument plan = withCountyPlan(path);
        String assignmentId = plan.items().get(0).children().get(0).assignments().get(0).id().toString();
        // as a damaged file could hold it: the constraint that keeps such values out is not read again on opening
        sql(path, "ALTER TABLE ASSIGNMENT DROP CONSTRAINT ASSIGNMENT_ROLE_CHECK",
                "UPDATE ASSIGNMENT SET ROLE = 'BOSS' WHERE ID = '" + assignmentId + "'",
                "ALTER TABLE ASSIGNMENT ADD CONSTRAINT ASSIGNMENT_ROLE_CHECK CHECK (ROLE IN ('LEAD', 'RESPONSIBLE'))"
                        + " NOCHECK");

        List<LocalizedText> problems = check(path);
        assertThat(problems).extracting(LocalizedText::key).containsExactly("check.badAssignmentRole");
        assertThat(problems.get(0).text()).contains("分工 " + assignmentId + " 的角色“BOSS”")
                .doesNotContain("assignment.role");
    }

    @Test
    void aDatabaseFromANewerVersionOfTheApp_isReported() throws SQLException {
        Path path = folder.resolve("kesudesk");
        Database.open(path).close();
        sql(path, "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                + " \"script\", \"checksum\", \"installed_by\", \"installed_on\", \"execution_time\", \"success\")"
                + " VALUES (99, '999', 'from the future', 'SQL', 'V999__from_the_future.sql', 0, 'sa',"
                + " CURRENT_TIMESTAMP, 1, TRUE)");

        assertThat(check(path)).extracting(LocalizedText::key).containsExactly("check.migrationFromNewerVersion");
    }

    /** A database at the path holding the county plan, closed again; the plan as stored. */
    private static PlanDocument withCountyPlan(Path path) {
        PlanDocument plan = TestPlans.countyPlan();
        try (Database database = Database.open(path)) {
            new PlanRepository(database).add(plan);
        }
        return plan;
    }

    private static List<LocalizedText> check(Path path) {
        try (Database database = Database.openExisting(path)) {
            return new DatabaseCheck(database).run();
        }
    }

    private static void sql(Path path, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + path, "sa", "");
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
