package org.kesudesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.logic.PlanChoice;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Unit;
import org.kesudesk.store.Database;
import org.kesudesk.store.DatabaseSnapshot;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.testsupport.TestPlans;

/** The 台账 as Excel: written for reading and printing, filled in, read back through a preview, applied. */
class LedgerTest {

    @TempDir
    Path folder;
    /** Where the ledger keeps a row's id (after its 完成时限). */
    private static final int ID = 6;
    private static final int DEADLINE = 5;

    private Database database;
    private PlanDocument plan;

    @BeforeEach
    void aPlan() {
        database = org.kesudesk.testsupport.TestDatabases.open(folder.resolve("kesudesk"));
        plan = new PlanRepository(database).add(TestPlans.countyPlan());
    }

    @AfterEach
    void close() {
        database.close();
    }

    /**
     * A ledger's preview compares the filled plan with the plan here instead of merging them three ways; it must
     * come to exactly what the merge with this plan as base and mine gives: the same plan, changes, order counts.
     */
    @Test
    void aFilledLedgerComparedWithThePlan_comesToWhatTheThreeWayMergeGives() {
        List<PlanNode> nodes = new ArrayList<>();
        plan.forEachNode(nodes::add);
        Map<UUID, LedgerWorkbook.FilledRow> rows = new java.util.LinkedHashMap<>();
        int number = 2;
        for (PlanNode node : nodes) {
            List<String> lead = node.leadUnits().stream().map(Unit::name).toList();
            List<String> responsible = new ArrayList<>(node.responsibleUnits().stream().map(Unit::name).toList());
            switch (number % 4) {
                case 0 -> java.util.Collections.reverse(responsible);
                case 1 -> responsible.add("县新成立的单位" + number);
                case 2 -> {
                    if (!responsible.isEmpty()) {
                        responsible.remove(0);
                    }
                }
                default -> {
                }
            }
            rows.put(node.id(), new LedgerWorkbook.FilledRow(number++, lead, List.copyOf(responsible)));
        }
        PlanDocument filled = LedgerWorkbook.fill(plan, rows);

        PlanMerge.Result compared = PlanMerge.compare(plan, filled);

        assertThat(compared).isEqualTo(PlanMerge.merge(Optional.of(plan), Optional.of(plan), filled, Map.of()));
        assertThat(compared.changesNothing()).isFalse();
        assertThat(compared.reorderedLists()).isPositive();
        assertThat(PlanMerge.compare(plan, plan).changesNothing()).isTrue();
    }

    @Test
    void theLedgerListsEveryItemAndTask_withTheirUnits_aFrozenHeader_wrappedText_andSizedColumns()
            throws IOException {
        Path file = folder.resolve("台账.xlsx");
        long tasks = new Ledgers(database).export(plan, file);
        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheet("任务分工表");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getColumnWidth(2)).isGreaterThan(sheet.getColumnWidth(0) * 3);
            assertThat(sheet.isColumnHidden(ID)).isTrue();
            assertThat(sheet.getRow(1).getCell(2).getCellStyle().getWrapText()).isTrue();
            List<String> rows = new ArrayList<>();
            DataFormatter format = new DataFormatter();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    rows.add(format.formatCellValue(row.getCell(ID)) + " " + format.formatCellValue(row.getCell(3))
                            + " " + format.formatCellValue(row.getCell(4)));
                }
            }
            List<String> expected = new ArrayList<>();
            plan.items().forEach(item -> item.forEachNode(node -> expected.add(node.id() + " "
                    + String.join("、", node.leadUnits().stream().map(Unit::name).toList()) + " "
                    + String.join("、", node.responsibleUnits().stream().map(Unit::name).toList()))));
            assertThat(rows).isEqualTo(expected);
            assertThat(tasks).isEqualTo(expected.size() - plan.items().size());
        }
    }

    @Test
    void aFilledInLedger_isPreviewed_thenApplied_andReadingItAgainChangesNothing() throws IOException {
        Path file = folder.resolve("台账.xlsx");
        new Ledgers(database).export(plan, file);
        PlanNode task = plan.items().get(0).children().get(0);
        fill(file, task.id(), "县审计局，县教育局\n县科协");

        Ledgers.Preview preview = new Ledgers(database).inspect(file);
        assertThat(preview.merge().count(PlanMerge.RowKind.ASSIGNMENT, PlanMerge.ChangeType.ADDED)).isEqualTo(2);
        assertThat(preview.merge().count(PlanMerge.RowKind.ASSIGNMENT, PlanMerge.ChangeType.REMOVED)).isEqualTo(1);
        assertThat(preview.merge().changes()).allMatch(c -> c.kind() == PlanMerge.RowKind.ASSIGNMENT);
        assertThat(preview.newUnits()).containsExactly("县审计局");
        String unconfirmed = DatabaseSnapshot.of(database);
        assertThatThrownBy(() -> new Ledgers(database).apply(preview, false)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("县审计局").hasMessageContaining("--accept-new-units");
        assertThat(DatabaseSnapshot.of(database)).isEqualTo(unconfirmed);
        Ledgers.Imported imported = new Ledgers(database).apply(preview, true);
        // a backup first, of a database file (a server keeps its own)
        assertThat(imported.backup().isPresent()).isEqualTo(!org.kesudesk.testsupport.TestDatabases.onServer());

        PlanDocument after = new PlanRepository(database).ownPlan().orElseThrow();
        assertThat(after.items().get(0).children().get(0).responsibleUnits()).extracting(Unit::name)
                .containsExactly("县审计局", "县教育局", "县科协");
        String stored = DatabaseSnapshot.of(database);
        Ledgers.Preview again = new Ledgers(database).inspect(file);
        assertThat(again.merge().changesNothing()).isTrue();
        assertThat(again.newUnits()).isEmpty();
        new Ledgers(database).apply(again, false);
        assertThat(DatabaseSnapshot.of(database)).isEqualTo(stored);
    }

    /** A second clerk changes the plan between the ledger's preview and its import: refused, the change kept. */
    @Test
    void aPlanChangedAfterTheLedgersPreview_isNotOverwrittenByIt() throws IOException {
        Path file = folder.resolve("台账.xlsx");
        new Ledgers(database).export(plan, file);
        PlanNode task = plan.items().get(0).children().get(0);
        fill(file, task.id(), "县教育局\n县科协");
        Ledgers.Preview preview = new Ledgers(database).inspect(file);
        new org.kesudesk.store.NodeRepository(database).update(task.id(), task.rowVersion(), "另一位文秘改过的标题",
                task.text());
        String changed = DatabaseSnapshot.of(database);

        assertThatThrownBy(() -> new Ledgers(database).apply(preview, true))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refused -> assertThat(refused.userMessage()).contains("预览之后"));
        assertThat(DatabaseSnapshot.of(database)).isEqualTo(changed);
    }

    /**
     * Collectives whose names hold a 、 (各乡（镇、街道）, 各区、县（市）人民政府): typed into a cell they are each one unit,
     * and the ledger written again and read back changes nothing.
     */
    @Test
    void namesHoldingAnEnumerationComma_areOneUnitEach_andComeBackUnchanged() throws IOException {
        Path file = folder.resolve("台账.xlsx");
        new Ledgers(database).export(plan, file);
        PlanNode task = plan.items().get(0).children().get(0);
        fill(file, task.id(), "各乡（镇、街道）人民政府、各区、县（市）人民政府，县科协");

        Ledgers.Preview preview = new Ledgers(database).inspect(file);
        assertThat(preview.newUnits()).containsExactly("各乡（镇、街道）人民政府", "各区、县（市）人民政府");
        new Ledgers(database).apply(preview, true);
        assertThat(new PlanRepository(database).ownPlan().orElseThrow().items().get(0).children().get(0)
                .responsibleUnits()).extracting(Unit::name)
                .containsExactly("各乡（镇、街道）人民政府", "各区、县（市）人民政府", "县科协");

        Path again = folder.resolve("again.xlsx");
        new Ledgers(database).export(new PlanRepository(database).ownPlan().orElseThrow(), again);
        Ledgers.Preview unchanged = new Ledgers(database).inspect(again);
        assertThat(unchanged.merge().changesNothing()).isTrue();
        assertThat(unchanged.newUnits()).isEmpty();
    }

    @Test
    void aWorkbookThatIsNotALedger_aChangedId_andARowOfAnotherPlan_areRefused_withTheRow() throws IOException {
        Path file = folder.resolve("台账.xlsx");
        new Ledgers(database).export(plan, file);
        String before = DatabaseSnapshot.of(database);

        Path other = folder.resolve("其他.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(other)) {
            workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("随便");
            workbook.write(out);
        }
        assertRefused(other, "不是科素通导出的台账");
        Path text = folder.resolve("假的.xlsx");
        Files.writeString(text, "这不是表格");
        assertRefused(text, "无法作为 Excel 工作簿读取（文件已损坏");
        // empty, or cut short in the mailing: each said so
        Path empty = Files.write(folder.resolve("空.xlsx"), new byte[0]);
        assertRefused(empty, "空.xlsx 无法作为 Excel 工作簿读取（文件是空的）");
        byte[] whole = Files.readAllBytes(file);
        Path half = Files.write(folder.resolve("半.xlsx"), java.util.Arrays.copyOf(whole, whole.length / 2));
        assertRefused(half, "半.xlsx 无法作为 Excel 工作簿读取（文件不完整，可能没有复制或下载完）");
        // kept in LibreOffice Calc's own format when saved there: read as the sheet it is, an id changed refused so
        Path changed = folder.resolve("改过.xlsx");
        Files.copy(file, changed);
        setId(changed, 3, "改过的编号");
        Path ods = org.kesudesk.testsupport.Workbooks.asOds(changed, folder.resolve("台账.ods"));
        assertRefused(ods, "第 3 行");

        setId(file, 3, "改过的编号");
        assertRefused(file, "第 3 行");
        setId(file, 3, UUID.randomUUID().toString());
        assertRefused(file, "第 3 行不是本机这个方案中的条目");
        assertThat(DatabaseSnapshot.of(database)).isEqualTo(before);
    }

    @Test
    void aRenamedSheet_anIdTwice_andAnAddedRow_areRefused_namingTheRows() throws IOException {
        Path file = folder.resolve("台账.xlsx");
        new Ledgers(database).export(plan, file);
        String before = DatabaseSnapshot.of(database);

        Path renamed = copy(file, "改名.xlsx");
        editWorkbook(renamed, workbook -> workbook.setSheetName(0, "Sheet1"));
        assertRefused(renamed, "没有名为“任务分工表”的工作表");

        Path twice = copy(file, "重复.xlsx");
        edit(twice, sheet -> {
            String id = sheet.getRow(2).getCell(ID).getStringCellValue();
            sheet.getRow(4).getCell(ID).setCellValue(id);
        });
        assertRefused(twice, "第 3 行和第 5 行的编号相同");

        Path added = copy(file, "加行.xlsx");
        edit(added, sheet -> {
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            row.createCell(2).setCellValue("新增的任务");
            row.createCell(4).setCellValue("县科协");
        });
        assertRefused(added, "第 " + (plan.items().stream().mapToInt(this::rows).sum() + 2) + " 行是新加的行");
        assertThat(DatabaseSnapshot.of(database)).isEqualTo(before);
    }

    @Test
    void formulaCells_areReadAsTheirFormula_andRefusedAsUnitNames_asAreInvisibleCharacters() throws IOException {
        Path file = folder.resolve("台账.xlsx");
        new Ledgers(database).export(plan, file);
        PlanNode task = plan.items().get(0).children().get(0);
        String before = DatabaseSnapshot.of(database);
        for (String formula : List.of("1+1", "HYPERLINK(\"http://example.com\",\"点\")", "[1]Sheet1!A1")) {
            Path filled = copy(file, "公式.xlsx");
            edit(filled, sheet -> {
                for (Row row : sheet) {
                    if (new DataFormatter().formatCellValue(row.getCell(ID)).equals(task.id().toString())) {
                        row.getCell(4).setCellFormula(formula);
                    }
                }
            });
            assertRefused(filled, "电子表格会当作公式执行");
        }
        Path hidden = copy(file, "零宽.xlsx");
        fill(hidden, task.id(), "县\u200B教育局、县\u202E局");
        assertRefused(hidden, "不可见字符");
        assertThat(DatabaseSnapshot.of(database)).isEqualTo(before);
    }

    @Test
    void aRegionsLedger_isWritten_andReadBackIntoThatRegionsPlan_notTheOfficesOwn() throws IOException {
        PlanRepository plans = new PlanRepository(database);
        org.kesudesk.store.RegionRepository regions = new org.kesudesk.store.RegionRepository(database);
        org.kesudesk.model.Region fuyu = regions.byCode("230227").orElseThrow();
        PlanDocument countyPlan = plans.add(PlanDerivation.derive(plan, regions.byCode("230200").orElseThrow(), fuyu,
                PlanDerivation.suggestedUnitNames(plan, regions.byCode("230200").orElseThrow(), fuyu)));
        Path file = folder.resolve("富裕县台账.xlsx");
        new Ledgers(database).export(PlanChoice.open(database, java.util.Optional.of("230227")), file);
        PlanNode task = countyPlan.items().get(0).children().get(0);
        fill(file, task.id(), "富裕县科技馆");

        Ledgers.Preview preview = new Ledgers(database).inspect(file);
        assertThat(preview.current().plan().id()).isEqualTo(countyPlan.plan().id());
        new Ledgers(database).apply(preview, true);
        assertThat(plans.find(countyPlan.plan().id()).orElseThrow().items().get(0).children().get(0)
                .responsibleUnits()).extracting(Unit::name).containsExactly("富裕县科技馆");
        assertThat(plans.ownPlan().orElseThrow().plan().id()).isEqualTo(plan.plan().id());
        assertThatThrownBy(() -> PlanChoice.open(database, java.util.Optional.of("230221")))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).userMessage()).asString().contains("龙江县（230221）还没有方案");
    }

    private int rows(PlanNode item) {
        int[] count = {0};
        item.forEachNode(node -> count[0]++);
        return count[0];
    }

    private Path copy(Path file, String name) throws IOException {
        return Files.copy(file, folder.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theDeadlines_areShownInWords_andChangedThroughTheLedger_butNeverOnASection() throws IOException {
        PlanNode task = plan.items().get(0).children().get(0);
        PlanNode other = plan.items().get(0).children().get(1);
        new org.kesudesk.store.ProgressRepository(database).setDeadline(plan.plan().id(), task,
                Optional.of(new org.kesudesk.model.Deadline.OnDate(java.time.LocalDate.of(2025, 12, 31))));
        Path file = folder.resolve("台账.xlsx");
        new Ledgers(database).export(plan, file);
        assertThat(cellOf(file, task.id(), DEADLINE)).isEqualTo("2025年12月31日前");
        // read from its text when the plan was stored: 每年培训30名科技辅导员
        assertThat(cellOf(file, other.id(), DEADLINE)).isEqualTo("每年12月31日前");

        edit(file, sheet -> {
            for (Row row : sheet) {
                String id = new DataFormatter().formatCellValue(row.getCell(ID));
                if (id.equals(task.id().toString())) {
                    row.getCell(DEADLINE).setCellValue("每年6月30日前");
                } else if (id.equals(other.id().toString())) {
                    row.getCell(DEADLINE).setCellValue("长期坚持");
                }
            }
        });
        Ledgers.Preview preview = new Ledgers(database).inspect(file);
        assertThat(preview.merge().changesNothing()).isTrue();
        assertThat(preview.changesNothing()).isFalse();
        assertThat(preview.deadlines()).hasSize(2);
        new Ledgers(database).apply(preview, false);

        Map<UUID, org.kesudesk.model.Deadline> stored = new org.kesudesk.store.ProgressRepository(database)
                .deadlines(plan.plan().id());
        assertThat(stored.get(task.id())).isEqualTo(new org.kesudesk.model.Deadline.Yearly(
                java.time.MonthDay.of(6, 30)));
        assertThat(stored.get(other.id())).isEqualTo(new org.kesudesk.model.Deadline.Ongoing());
        assertThat(new Ledgers(database).inspect(file).changesNothing()).isTrue();

        // a day typed as Excel takes one (2026/3/31 becomes a day's serial number shown as a date) is that day
        Path typed = folder.resolve("日期.xlsx");
        Files.copy(file, typed);
        edit(typed, sheet -> {
            for (Row row : sheet) {
                if (new DataFormatter().formatCellValue(row.getCell(ID)).equals(task.id().toString())) {
                    org.apache.poi.ss.usermodel.CellStyle date = sheet.getWorkbook().createCellStyle();
                    date.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("yyyy/m/d"));
                    row.getCell(DEADLINE).setCellValue(java.time.LocalDate.of(2026, 3, 31));
                    row.getCell(DEADLINE).setCellStyle(date);
                }
            }
        });
        assertThat(new Ledgers(database).inspect(typed).deadlines()).containsValue(Optional.of(
                new org.kesudesk.model.Deadline.OnDate(java.time.LocalDate.of(2026, 3, 31))));
        // and typed into a cell kept as text, as clerks type dates
        edit(typed, sheet -> {
            for (Row row : sheet) {
                if (new DataFormatter().formatCellValue(row.getCell(ID)).equals(task.id().toString())) {
                    row.getCell(DEADLINE).setCellValue("2026/4/30前");
                    row.getCell(DEADLINE).setCellStyle(sheet.getWorkbook().createCellStyle());
                }
            }
        });
        assertThat(new Ledgers(database).inspect(typed).deadlines()).containsValue(Optional.of(
                new org.kesudesk.model.Deadline.OnDate(java.time.LocalDate.of(2026, 4, 30))));

        Path bad = folder.resolve("坏时限.xlsx");
        Files.copy(file, bad);
        edit(bad, sheet -> sheet.getRow(2).getCell(DEADLINE).setCellValue("明年某天"));
        assertRefused(bad, "第 3 行的完成时限“明年某天”无法识别");
        Path section = folder.resolve("部分时限.xlsx");
        Files.copy(file, section);
        edit(section, sheet -> {
            sheet.getRow(1).getCell(ID).setCellValue(plan.sections().get(0).id().toString());
            sheet.getRow(1).getCell(DEADLINE).setCellValue("长期坚持");
        });
        assertRefused(section, "第 2 行是部分标题，不能有完成时限");
    }

    @Test
    void aLedgerOfTheEarlierLayout_withoutTheDeadlineColumn_isStillRead() throws IOException {
        Path file = folder.resolve("旧台账.xlsx");
        new Ledgers(database).export(plan, file);
        PlanNode task = plan.items().get(0).children().get(0);
        // the earlier layout: the id right after 责任单位
        edit(file, sheet -> {
            for (Row row : sheet) {
                row.createCell(DEADLINE).setCellValue(row.getCell(ID).getStringCellValue());
                row.removeCell(row.getCell(ID));
            }
        });
        edit(file, sheet -> {
            for (Row row : sheet) {
                if (new DataFormatter().formatCellValue(row.getCell(DEADLINE)).equals(task.id().toString())) {
                    row.getCell(4).setCellValue("县科协");
                }
            }
        });

        Ledgers.Preview preview = new Ledgers(database).inspect(file);

        assertThat(preview.deadlines()).isEmpty();
        assertThat(preview.merge().changesNothing()).isFalse();
        new Ledgers(database).apply(preview, false);
        assertThat(new PlanRepository(database).ownPlan().orElseThrow().items().get(0).children().get(0)
                .responsibleUnits()).extracting(Unit::name).containsExactly("县科协");
    }

    private static String cellOf(Path file, UUID nodeId, int column) throws IOException {
        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            for (Row row : workbook.getSheet("任务分工表")) {
                if (new DataFormatter().formatCellValue(row.getCell(ID)).equals(nodeId.toString())) {
                    return new DataFormatter().formatCellValue(row.getCell(column));
                }
            }
        }
        throw new AssertionError("no row for " + nodeId);
    }

    private void assertRefused(Path file, String reason) {
        assertThatThrownBy(() -> new Ledgers(database).inspect(file))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).userMessage()).asString().contains(reason);
    }

    @Test
    void aTasksLeadTypedIntoItsLeadCell_leadsIt_andTheLedgerWrittenAgainSaysSo() throws IOException {
        Path file = folder.resolve("台账.xlsx");
        new Ledgers(database).export(plan, file);
        PlanNode task = plan.items().get(0).children().get(0);
        List<String> units = task.responsibleUnits().stream().map(Unit::name).toList();
        edit(file, sheet -> {
            for (Row row : sheet) {
                if (new DataFormatter().formatCellValue(row.getCell(ID)).equals(task.id().toString())) {
                    row.getCell(3).setCellValue(units.get(1));
                    row.getCell(4).setCellValue(units.get(0));
                }
            }
        });

        new Ledgers(database).apply(new Ledgers(database).inspect(file), false);

        PlanNode after = new PlanRepository(database).ownPlan().orElseThrow().items().get(0).children().get(0);
        assertThat(after.leadUnits()).extracting(Unit::name).containsExactly(units.get(1));
        assertThat(after.responsibleUnits()).extracting(Unit::name).containsExactly(units.get(0));
        Path again = folder.resolve("台账-2.xlsx");
        new Ledgers(database).export(new PlanRepository(database).ownPlan().orElseThrow(), again);
        assertThat(new Ledgers(database).inspect(again).merge().changesNothing()).isTrue();

        // the same unit typed in both cells: it cannot lead the task and be responsible for it too
        fill(again, task.id(), units.get(1) + "、" + units.get(0));
        String before = DatabaseSnapshot.of(database);
        assertThatThrownBy(() -> new Ledgers(database).apply(new Ledgers(database).inspect(again), false))
                .isInstanceOf(UserFacingException.class).hasMessageContaining(units.get(1))
                .hasMessageContaining("两次");
        assertThat(DatabaseSnapshot.of(database)).isEqualTo(before);
    }

    /**
     * 同上 or 〃 typed into a unit or deadline cell, as clerks fill sheets: the cell above's, never a unit so named;
     * in the sheet's first row, with nothing above it, refused naming the row. A dash or 无: none.
     */
    @Test
    void sameAsAboveTypedIntoACell_takesTheCellAbove_andInTheFirstRowIsRefused() throws IOException {
        Path file = folder.resolve("台账.xlsx");
        new Ledgers(database).export(plan, file);
        PlanNode first = plan.items().get(0).children().get(0);
        PlanNode second = plan.items().get(0).children().get(1);
        fill(file, first.id(), "县科协、县教育局");
        fill(file, second.id(), "同上");
        edit(file, sheet -> {
            for (Row row : sheet) {
                String id = new DataFormatter().formatCellValue(row.getCell(ID));
                if (id.equals(first.id().toString())) {
                    row.getCell(DEADLINE).setCellValue("2025年12月31日前");
                } else if (id.equals(second.id().toString())) {
                    row.getCell(DEADLINE).setCellValue("〃");
                }
            }
        });

        Ledgers.Preview preview = new Ledgers(database).inspect(file);
        assertThat(preview.newUnits()).isEmpty();
        new Ledgers(database).apply(preview, false);

        PlanDocument after = new PlanRepository(database).ownPlan().orElseThrow();
        assertThat(after.items().get(0).children().get(1).responsibleUnits()).extracting(Unit::name)
                .containsExactly("县科协", "县教育局");
        List<String> named = new ArrayList<>();
        after.forEachNode(node -> node.assignments().forEach(a -> named.add(a.unit().name())));
        assertThat(named).doesNotContain("同上", "〃");
        Path again = folder.resolve("台账-2.xlsx");
        new Ledgers(database).export(after, again);
        assertThat(cellOf(again, second.id(), DEADLINE)).isNotBlank().isEqualTo(cellOf(again, first.id(), DEADLINE));

        // a dash or 无 typed for "none": the row's units taken out, never refused as a formula, never a unit
        Path dashes = folder.resolve("台账-3.xlsx");
        new Ledgers(database).export(after, dashes);
        fill(dashes, second.id(), "-");
        fill(dashes, first.id(), "无");
        new Ledgers(database).apply(new Ledgers(database).inspect(dashes), false);
        PlanDocument emptied = new PlanRepository(database).ownPlan().orElseThrow();
        assertThat(emptied.items().get(0).children().get(0).responsibleUnits()).isEmpty();
        assertThat(emptied.items().get(0).children().get(1).responsibleUnits()).isEmpty();

        // 同上 under a cell with nothing in it (an action's row has no 责任单位): refused, never a row emptied unseen
        Path underEmpty = folder.resolve("台账-4.xlsx");
        new Ledgers(database).export(emptied, underEmpty);
        fill(underEmpty, second.id(), "同上");
        assertRefused(underEmpty, "上一行的这一格是空的");

        Path firstRow = folder.resolve("台账-首行.xlsx");
        new Ledgers(database).export(after, firstRow);
        edit(firstRow, sheet -> sheet.getRow(1).getCell(4).setCellValue("同上"));
        String before = DatabaseSnapshot.of(database);
        assertRefused(firstRow, "台账第 2 行写作“同上”");
        assertThat(DatabaseSnapshot.of(database)).isEqualTo(before);
    }

    /** Types the units into the 责任单位 cell of the node's row, as a user would in Excel or WPS. */
    private static void fill(Path file, UUID nodeId, String units) throws IOException {
        edit(file, sheet -> {
            for (Row row : sheet) {
                if (new DataFormatter().formatCellValue(row.getCell(ID)).equals(nodeId.toString())) {
                    row.getCell(4).setCellValue(units);
                }
            }
        });
    }

    private static void setId(Path file, int rowNumber, String id) throws IOException {
        edit(file, sheet -> sheet.getRow(rowNumber - 1).getCell(ID).setCellValue(id));
    }

    private static void edit(Path file, java.util.function.Consumer<Sheet> change) throws IOException {
        editWorkbook(file, workbook -> change.accept(workbook.getSheet("任务分工表")));
    }

    private static void editWorkbook(Path file, java.util.function.Consumer<Workbook> change) throws IOException {
        Workbook workbook;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = WorkbookFactory.create(in);
        }
        change.accept(workbook);
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
    }
}
