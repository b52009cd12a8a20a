package org.kesudesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.logic.PlanReferences;
import org.kesudesk.logic.progress.CountyTasks;
import org.kesudesk.logic.progress.ProgressTracking;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.ProgressStatus;
import org.kesudesk.model.ReportingRound;
import org.kesudesk.store.Database;
import org.kesudesk.store.NodeRepository;
import org.kesudesk.testsupport.CountyPlans;
import org.kesudesk.testsupport.SamplePlan;

/**
 * 各县（市）区任务落实情况表 written from the sample and two counties' plans in a real database, read back with POI: a
 * row a task, a column a county, each cell the county's standing as the 进展 tab words it.
 */
class CountyTaskListsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @TempDir
    Path folder;
    private Database database;

    @BeforeEach
    void open() {
        database = org.kesudesk.testsupport.TestDatabases.open(folder.resolve("kesudesk"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void everyTaskARow_everyCountyAColumn_eachCellTheCountysStanding() throws Exception {
        PlanDocument city = SamplePlan.store(database);
        PlanDocument longjiang = CountyPlans.derived(database, city, "230221");
        PlanDocument fuyu = CountyPlans.derived(database, city, "230227");
        PlanNode dropped = longjiang.items().get(0).children().get(1);
        new NodeRepository(database).delete(dropped.id());
        ProgressTracking tracking = new ProgressTracking(database);
        ReportingRound round = tracking.openRound(fuyu, "2026年上半年", LocalDate.of(2026, 7, 10), Optional.empty(),
                Optional.empty());
        PlanNode fuyuTask = fuyu.items().get(0).children().get(0);
        tracking.report(fuyu, round, fuyuTask, fuyuTask.carriedOutBy().get(0), new ProgressTracking.Entry(
                ProgressStatus.DONE, OptionalInt.empty(), "已完成。", "", ""), "县纲要办");

        CountyTasks.Table table = new CountyTasks(database, tracking).table(city, Optional.empty(), TODAY);
        Path file = folder.resolve("县区落实情况.xlsx");
        CountyTaskLists.write(city, table, TODAY, file);

        List<List<String>> rows = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("县区落实情况");
            DataFormatter text = new DataFormatter();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(text.formatCellValue(cell)));
                rows.add(cells);
            }
        }
        assertThat(rows.get(0).get(0)).startsWith(city.plan().name().strip()).contains("各县任务落实情况")
                .endsWith("（2026年6月1日）");
        assertThat(rows.get(1)).containsExactly("序号", "任务", "龙江县", "富裕县");
        long tasks = city.items().stream().mapToLong(item -> item.children().size()).sum();
        // every task a row, then the note
        assertThat(rows).hasSizeGreaterThanOrEqualTo((int) tasks + 3);
        assertThat(rows.get(rows.size() - 1).get(0)).startsWith("注：");
        PlanNode first = city.items().get(0).children().get(0);
        assertThat(rows.get(2)).containsExactly(PlanReferences.places(city).get(first.id()), first.title(),
                "未报送", "已完成（1/" + fuyuTask.carriedOutBy().size() + "）");
        // the task 龙江县 dropped: a dash in its column, 富裕县 silent on it
        assertThat(rows.get(3).subList(2, 4)).containsExactly("—", "未报送");
    }
}
