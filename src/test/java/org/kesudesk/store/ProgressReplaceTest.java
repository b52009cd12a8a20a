package org.kesudesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.Deadline;
import org.kesudesk.model.Ids;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.ProgressSnapshot;
import org.kesudesk.model.ProgressStatus;
import org.kesudesk.model.ReportingRound;
import org.kesudesk.model.Unit;
import org.kesudesk.testsupport.TestDatabases;
import org.kesudesk.testsupport.TestPlans;

/**
 * A county's progress as the city receives it again and again: each file after the first writes only what differs
 * from what the city holds, and afterwards the city holds exactly what the county sent — changed, new and gone
 * reports, a round closed, a round renamed, a report sent under a new id in the place of one gone, deadlines.
 */
class ProgressReplaceTest {

    private static final Instant FIRST = Instant.parse("2026-03-02T08:00:00Z");

    @TempDir
    Path folder;

    @Test
    void aFileAgain_writesNothing_andEachLaterOne_onlyWhatDiffers_leavingExactlyWhatWasSent() {
        try (Database database = TestDatabases.open(folder.resolve("kesudesk"))) {
            PlanDocument plan = new PlanRepository(database).add(TestPlans.countyPlan());
            UUID planId = plan.plan().id();
            UUID region = plan.plan().regionId().orElseThrow();
            List<PlanNode> tasks = new ArrayList<>();
            plan.forEachNode(node -> {
                if (!node.responsibleUnits().isEmpty()) {
                    tasks.add(node);
                }
            });
            ReportingRound spring = round(planId, "2026年一季度", Optional.of(FIRST.plusSeconds(86_400)));
            ReportingRound summer = round(planId, "2026年二季度", Optional.empty());
            List<ProgressSnapshot.Report> springReports = new ArrayList<>();
            List<ProgressSnapshot.Report> summerReports = new ArrayList<>();
            int n = 0;
            for (PlanNode task : tasks) {
                for (Unit unit : task.responsibleUnits()) {
                    springReports.add(report(task, unit.name(), ProgressStatus.IN_PROGRESS, n++));
                    if (n % 2 == 0) {
                        summerReports.add(report(task, unit.name(), ProgressStatus.DONE, n++));
                    }
                }
            }
            PlanNode first = tasks.get(0);
            PlanNode second = tasks.get(1);
            ProgressSnapshot sent = new ProgressSnapshot(Map.of(first.id(), new Deadline.OnDate(LocalDate.of(2026, 6,
                    30)), second.id(), new Deadline.Ongoing()), List.of(new ProgressSnapshot.Round(spring,
                    springReports), new ProgressSnapshot.Round(summer, summerReports)));
            int all = springReports.size() + summerReports.size();

            assertThat(replace(database, planId, region, sent)).isEqualTo(new ProgressRepository.Replaced(all, 0, 0, 0));
            assertHolds(database, planId, sent);

            // the same file again: nothing written at all
            String before = DatabaseSnapshot.of(database);
            assertThat(replace(database, planId, region, sent)).isEqualTo(new ProgressRepository.Replaced(0, 0, 0, 0));
            assertThat(DatabaseSnapshot.of(database)).isEqualTo(before);

            // the county changed one report, dropped one, re-entered one under a new id, closed the summer round
            // and opened an autumn one; one deadline changed, the other gone
            List<ProgressSnapshot.Report> springLater = new ArrayList<>(springReports);
            ProgressSnapshot.Report changed = springLater.get(0);
            springLater.set(0, new ProgressSnapshot.Report(changed.id(), changed.nodeId(), changed.unitName(),
                    ProgressStatus.LAGGING, 10, "遇到困难", "经费未到位", "协调财政", changed.reportedBy(),
                    changed.reportedAt().plusSeconds(60)));
            springLater.remove(1);
            List<ProgressSnapshot.Report> summerLater = new ArrayList<>(summerReports);
            ProgressSnapshot.Report reentered = summerLater.get(0);
            summerLater.set(0, new ProgressSnapshot.Report(Ids.newId(), reentered.nodeId(), reentered.unitName(),
                    reentered.status(), reentered.percent(), "重新填报", "", "", reentered.reportedBy(),
                    reentered.reportedAt().plusSeconds(60)));
            ReportingRound summerClosed = new ReportingRound(summer.id(), planId, summer.name(), summer.periodStart(),
                    summer.periodEnd(), summer.due(), summer.openedAt(), Optional.of(FIRST.plusSeconds(200_000)));
            ReportingRound autumn = round(planId, "2026年三季度", Optional.empty());
            List<ProgressSnapshot.Report> autumnReports = List.of(report(first, first.responsibleUnits().get(0)
                    .name(), ProgressStatus.NOT_STARTED, 1_000));
            ProgressSnapshot later = new ProgressSnapshot(Map.of(first.id(), new Deadline.OnDate(LocalDate.of(2026,
                    9, 30))), List.of(new ProgressSnapshot.Round(spring, springLater),
                    new ProgressSnapshot.Round(summerClosed, summerLater), new ProgressSnapshot.Round(autumn,
                            autumnReports)));

            assertThat(replace(database, planId, region, later))
                    .isEqualTo(new ProgressRepository.Replaced(2, 1, 2, 0));
            assertHolds(database, planId, later);

            // the summer round renamed: it comes back as a new round, its reports with it
            ReportingRound renamed = new ReportingRound(summer.id(), planId, "2026年第二季度", summer.periodStart(),
                    summer.periodEnd(), summer.due(), summer.openedAt(), summerClosed.closedAt());
            ProgressSnapshot renamedToo = new ProgressSnapshot(later.deadlines(), List.of(later.rounds().get(0),
                    new ProgressSnapshot.Round(renamed, summerLater), later.rounds().get(2)));
            assertThat(replace(database, planId, region, renamedToo)).isEqualTo(new ProgressRepository.Replaced(
                    summerLater.size(), 0, summerLater.size(), 0));
            assertHolds(database, planId, renamedToo);
        }
    }

    private static ProgressRepository.Replaced replace(Database database, UUID planId, UUID region,
                                                      ProgressSnapshot snapshot) {
        return database.inTransaction(tx -> ProgressRepository.replaceAll(tx, planId, region, snapshot,
                org.kesudesk.model.EvidenceContents.none()));
    }

    /** The plan's progress here is the one sent: the same deadlines, rounds and reports (in any order). */
    private static void assertHolds(Database database, UUID planId, ProgressSnapshot sent) {
        ProgressSnapshot held = new ProgressRepository(database).snapshot(planId);
        assertThat(held.deadlines()).isEqualTo(sent.deadlines());
        assertThat(byRound(held)).isEqualTo(byRound(sent));
    }

    private static Map<ReportingRound, Set<ProgressSnapshot.Report>> byRound(ProgressSnapshot snapshot) {
        Map<ReportingRound, Set<ProgressSnapshot.Report>> rounds = new HashMap<>();
        for (ProgressSnapshot.Round round : snapshot.rounds()) {
            rounds.put(round.round(), new HashSet<>(round.reports()));
        }
        return rounds;
    }

    private static ReportingRound round(UUID planId, String name, Optional<Instant> closedAt) {
        return new ReportingRound(Ids.newId(), planId, name, Optional.empty(), Optional.empty(),
                LocalDate.of(2026, 7, 10), FIRST, closedAt);
    }

    private static ProgressSnapshot.Report report(PlanNode task, String unit, ProgressStatus status, int n) {
        return new ProgressSnapshot.Report(Ids.newId(), task.id(), unit, status, status.defaultPercent(),
                "第" + n + "条进展", "", "下一步", "县纲要办", FIRST.plusSeconds(n));
    }
}
