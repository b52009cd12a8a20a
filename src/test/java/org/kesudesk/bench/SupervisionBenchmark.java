package org.kesudesk.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.kesudesk.documents.DocumentRenderer;
import org.kesudesk.documents.OutputFormat;
import org.kesudesk.documents.RenderedDocument;
import org.kesudesk.documents.SummaryDraft;
import org.kesudesk.documents.SupervisionLetter;
import org.kesudesk.logic.progress.ProgressTracking;
import org.kesudesk.logic.progress.Supervision;
import org.kesudesk.logic.progress.Bulletins;
import org.kesudesk.logic.progress.IndicatorTracking;
import org.kesudesk.documents.Bulletin;
import org.kesudesk.logic.progress.SummaryDrafts;
import org.kesudesk.model.Ids;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.ProgressReport;
import org.kesudesk.model.ProgressStatus;
import org.kesudesk.model.Region;
import org.kesudesk.model.ReportingRound;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.ProgressRepository;
import org.kesudesk.store.RegionRepository;

/**
 * 督办 on a plan of 2,000 tasks (five of 25 units a task, 10,000 rows) with a round in which every row is reported
 * and one in ten reported 滞后: the 督办通知单 for every unit with late tasks (all 25) worked out and rendered as
 * PDF (and as the one-page forms), the round's 进展情况通报 with its tables, late list and charts as PDF and Word,
 * and the year's 工作总结 draft as Word, each first and then warm. Targets (issue #19): the 督办单 and the 通报 each
 * under 1 s warm. Not a test: run with {@code ./mvnw -q test-compile exec:java
 * -Dexec.mainClass=org.kesudesk.bench.SupervisionBenchmark -Dexec.classpathScope=test}.
 */
public final class SupervisionBenchmark {

    private SupervisionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = BenchFolders.temporary("kesudesk-supervision-bench");
        try (Database database = Database.open(folder.resolve("kesudesk"))) {
            Region own = new RegionRepository(database).own().orElseThrow();
            PlanDocument plan = new PlanRepository(database).add(SyntheticPlans.plan("测试方案", Optional.of(own.id()),
                    2, 10, 100, 25, "市科普单位"));
            ProgressTracking tracking = new ProgressTracking(database);
            LocalDate today = LocalDate.now();
            ReportingRound round = tracking.openRound(plan, "2026年", today.plusDays(10), Optional.empty(),
                    Optional.empty());
            List<ProgressReport> reports = new ArrayList<>();
            int n = 0;
            for (ProgressTracking.Row row : tracking.rows(plan, round, today)) {
                ProgressStatus status = n++ % 10 == 0 ? ProgressStatus.LAGGING : ProgressStatus.IN_PROGRESS;
                reports.add(new ProgressReport(Ids.newId(), round.id(), row.task().id(), row.unit().id(), status,
                        status.defaultPercent(), "本季度开展活动三次，覆盖群众一千余人。", status == ProgressStatus.LAGGING
                        ? "经费未到位。" : "", "继续推进。", "bench", Instant.now()));
            }
            new ProgressRepository(database).reportAll(reports, report -> "bench");

            DocumentRenderer renderer = new DocumentRenderer();
            Supervision supervision = new Supervision(tracking);
            List<Double> letterTimes = new ArrayList<>();
            int letters = 0;
            int entries = 0;
            int pages = 0;
            for (int i = 0; i < 8; i++) {
                long start = System.nanoTime();
                List<SupervisionLetter> found = supervision.letters(plan, round, today, today.plusDays(7),
                        Optional.empty());
                RenderedDocument document = renderer.renderSupervision(found, Supervision.header(plan, today, ""),
                        plan);
                document.write(new ByteArrayOutputStream(), OutputFormat.PDF);
                letterTimes.add((System.nanoTime() - start) / 1e6);
                letters = found.size();
                entries = found.stream().mapToInt(l -> l.entries().size()).sum();
                pages = document.pageCount();
            }
            List<Double> formTimes = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                long start = System.nanoTime();
                List<SupervisionLetter> found = supervision.letters(plan, round, today, today.plusDays(7),
                        Optional.empty());
                renderer.renderSupervisionForms(found, Supervision.header(plan, today, ""))
                        .write(new ByteArrayOutputStream(), OutputFormat.PDF);
                formTimes.add((System.nanoTime() - start) / 1e6);
            }
            List<Double> bulletinTimes = new ArrayList<>();
            Bulletins bulletins = new Bulletins(database, tracking, new IndicatorTracking(database));
            int bulletinPages = 0;
            for (int i = 0; i < 8; i++) {
                long start = System.nanoTime();
                Bulletin bulletin = bulletins.bulletin(plan, round, today, bulletins.frame(round, today));
                RenderedDocument document = renderer.renderBulletin(bulletin, Supervision.header(plan, today, ""),
                        plan);
                document.write(new ByteArrayOutputStream(), OutputFormat.PDF);
                bulletinTimes.add((System.nanoTime() - start) / 1e6);
                bulletinPages = document.pageCount();
            }
            List<Double> bulletinWordTimes = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                long start = System.nanoTime();
                Bulletin bulletin = bulletins.bulletin(plan, round, today, bulletins.frame(round, today));
                renderer.renderBulletin(bulletin, Supervision.header(plan, today, ""), plan)
                        .save(folder.resolve("bulletin-" + i + ".docx"), OutputFormat.DOCX);
                bulletinWordTimes.add((System.nanoTime() - start) / 1e6);
            }
            List<Double> summaryTimes = new ArrayList<>();
            SummaryDrafts drafts = new SummaryDrafts(tracking);
            for (int i = 0; i < 8; i++) {
                long start = System.nanoTime();
                SummaryDraft draft = drafts.draft(plan, round, today);
                renderer.writeSummary(draft, plan, folder.resolve("summary-" + i + ".docx"));
                summaryTimes.add((System.nanoTime() - start) / 1e6);
            }
            System.out.printf(Locale.ROOT, "督办通知单: %d letters, %d late tasks, %d pages of PDF%n", letters, entries,
                    pages);
            print("督办通知单 as PDF", letterTimes);
            print("督办单 forms as PDF", formTimes);
            System.out.printf(Locale.ROOT, "进展情况通报: %d pages of PDF (1,000 late tasks listed)%n", bulletinPages);
            print("进展情况通报 as PDF (target 1 s)", bulletinTimes);
            print("进展情况通报 as Word", bulletinWordTimes);
            print("工作总结初稿 as Word (10,000 reports)", summaryTimes);
        }
    }

    private static void print(String what, List<Double> times) {
        List<Double> warm = new ArrayList<>(times.subList(1, times.size()));
        warm.sort(Double::compare);
        System.out.printf(Locale.ROOT, "%-45s first %6.0f ms, warm median %6.0f ms (best %.0f)%n", what, times.get(0),
                warm.get(warm.size() / 2), warm.get(0));
    }
}
