package org.kesudesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.logic.progress.ProgressTracking;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.ProgressStatus;
import org.kesudesk.model.ReportingRound;
import org.kesudesk.model.StatusLight;
import org.kesudesk.store.AuditLog;
import org.kesudesk.store.Database;
import org.kesudesk.testsupport.SamplePlan;

/**
 * A round's fill-in sheets end to end on the sample: written for every unit, filled in through POI as a unit
 * would in Excel, read back in one batch; and every way a sheet can be edited outside its cells, refused.
 */
class ProgressLedgersTest {

    private static final int STATUS = 3;
    private static final int PERCENT = 4;
    private static final int PROGRESS = 5;
    /** The 填报人 and 联系电话 cells, on the row under the title. */
    private static final int PERSON = 6;
    private static final int PHONE = 7;

    @TempDir
    Path folder;
    private Database database;
    private PlanDocument plan;
    private ReportingRound round;
    private ProgressLedgers ledgers;
    private ProgressTracking tracking;

    @BeforeEach
    void sampleWithARound() {
        database = org.kesudesk.testsupport.TestDatabases.open(folder.resolve("kesudesk"));
        plan = SamplePlan.store(database);
        tracking = new ProgressTracking(database);
        round = tracking.openRound(plan, "2026年上半年", LocalDate.now().plusDays(40), Optional.empty(),
                Optional.empty());
        ledgers = new ProgressLedgers(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    /**
     * Every unit's sheet written onto a USB stick that fills up at the third: the clerk is told the disk is full, and
     * that two sheets were written and the others not — not left to take the folder for complete. The full stick is
     * Linux's {@code /dev/full} under the third sheet's {@code .part}, which is written before it is moved into place.
     */
    @Test
    void everyUnitsSheet_ontoAStickThatFillsUp_saysHowManyWereWritten() throws IOException {
        List<Path> names = ledgers.exportAll(plan, round, folder.resolve("sheets")).stream()
                .map(sheet -> sheet.file().getFileName()).toList();
        Path stick = Files.createDirectories(folder.resolve("stick"));
        Files.createSymbolicLink(stick.resolve(names.get(2) + ".part"), Path.of("/dev/full"));

        assertThatThrownBy(() -> ledgers.exportAll(plan, round, stick))
                .isInstanceOf(org.kesudesk.l10n.UserFacingException.class)
                .hasMessageContaining(names.get(2).toString()).hasMessageContaining("磁盘空间不足")
                .hasMessageContaining("已写入 2 个文件").hasMessageContaining(stick.toAbsolutePath().toString())
                .hasMessageContaining("其余 " + (names.size() - 2) + " 个没有写入");
        try (java.util.stream.Stream<Path> left = Files.list(stick)) {
            assertThat(left.map(Path::getFileName).toList()).containsExactlyInAnyOrder(names.get(0), names.get(1));
        }
    }

    @Test
    void everyUnitsSheet_filledAndReadBackInABatch_setsTheLightsAndTheFigures() throws IOException {
        List<ProgressTracking.Row> rows = tracking.rows(plan, round, LocalDate.now());
        Map<String, Integer> tasksOfUnit = new HashMap<>();
        rows.forEach(row -> tasksOfUnit.merge(row.unit().name(), 1, Integer::sum));

        List<ProgressLedgers.Exported> sheets = ledgers.exportAll(plan, round, folder.resolve("sheets"));

        assertThat(sheets).hasSize(tasksOfUnit.size());
        sheets.forEach(sheet -> assertThat(sheet.tasks()).isEqualTo(tasksOfUnit.get(sheet.unit().name())));
        // each unit: its first task 已完成, its second 滞后 at 20 %, the rest left empty (not reported)
        int done = 0;
        int lagging = 0;
        for (ProgressLedgers.Exported sheet : sheets) {
            done++;
            if (sheet.tasks() > 1) {
                lagging++;
            }
            edit(sheet.file(), workbook -> {
                Sheet data = workbook.getSheet("进展填报");
                set(data.getRow(3), STATUS, "已完成");
                set(data.getRow(3), PROGRESS, "=HYPERLINK(\"http://example.com\",\"点\")");
                if (data.getRow(4) != null) {
                    set(data.getRow(4), STATUS, "滞后");
                    // pasted from another sheet as 20 %: the cell holds 0.2 shown as a percentage
                    org.apache.poi.ss.usermodel.CellStyle percentage = workbook.createCellStyle();
                    percentage.setDataFormat(workbook.createDataFormat().getFormat("0%"));
                    data.getRow(4).createCell(PERCENT).setCellValue(0.2);
                    data.getRow(4).getCell(PERCENT).setCellStyle(percentage);
                    set(data.getRow(4), PROGRESS, "经费未到位");
                }
            });
        }

        List<ProgressLedgers.Checked> checked = ledgers.check(sheets.stream().map(ProgressLedgers.Exported::file)
                .toList(), Optional.of("2026年上半年"));
        ProgressLedgers.Imported imported = ledgers.apply(checked);

        assertThat(imported.reports()).isEqualTo(done + lagging);
        // a backup first, of a database file (a server keeps its own)
        assertThat(imported.backup().isPresent()).isEqualTo(!org.kesudesk.testsupport.TestDatabases.onServer());
        imported.backup().ifPresent(backup -> assertThat(backup).exists());
        List<ProgressTracking.Row> after = tracking.rows(plan, round, LocalDate.now());
        Map<StatusLight, Integer> counts = ProgressTracking.countByLight(after);
        assertThat(counts.get(StatusLight.GREEN)).isEqualTo(done);
        assertThat(counts.get(StatusLight.YELLOW)).isEqualTo(lagging);
        assertThat(counts.get(StatusLight.GREY)).isEqualTo(rows.size() - done - lagging);
        assertThat(after).filteredOn(row -> row.report().map(r -> r.status() == ProgressStatus.LAGGING).orElse(false))
                .allSatisfy(row -> {
                    assertThat(row.report().orElseThrow().percent()).isEqualTo(20);
                    assertThat(row.report().orElseThrow().progress()).isEqualTo("经费未到位");
                });
        // a formula is kept as the text it is, never evaluated
        assertThat(after).filteredOn(row -> row.report().map(r -> r.status() == ProgressStatus.DONE).orElse(false))
                .allSatisfy(row -> assertThat(row.report().orElseThrow().progress())
                        .isEqualTo("=HYPERLINK(\"http://example.com\",\"点\")"));
        assertThat(ProgressTracking.byUnit(after, round)).allSatisfy(unit -> {
            assertThat(unit.reported()).isEqualTo(Math.min(2, unit.tasks()));
            assertThat(unit.onTime()).isEqualTo(unit.reported());
        });
        assertThat(new AuditLog(database).recent(1000)).filteredOn(e -> e.action().equals("progress.ledger"))
                .hasSize(done + lagging);
    }

    @Test
    void aSheetWrittenAgain_showsWhatTheUnitReportedBefore() throws IOException {
        ProgressTracking.Row first = tracking.rows(plan, round, LocalDate.now()).get(0);
        tracking.report(plan, round, first.task(), first.unit(), new ProgressTracking.Entry(ProgressStatus.LAGGING,
                java.util.OptionalInt.of(10), "=cmd|' /C calc'!A0", "", ""), "张三");

        Path file = ledgers.export(plan, round, first.unit(), folder.resolve("again.xlsx")).file();

        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            Row row = workbook.getSheet("进展填报").getRow(3);
            // the task's place as the notice numbers it (section, action, task), not the command line's reference
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("二、（一）1.");
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(first.task().title());
            assertThat(row.getCell(STATUS).getStringCellValue()).isEqualTo("滞后");
            assertThat(row.getCell(PERCENT).getNumericCellValue()).isEqualTo(10);
            assertThat(row.getCell(PROGRESS).getStringCellValue()).isEqualTo("=cmd|' /C calc'!A0");
            // written as text, kept as text when a clerk edits the cell
            assertThat(row.getCell(PROGRESS).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(row.getCell(PROGRESS).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(row.getCell(8).getCellStyle().getLocked()).isTrue();
            assertThat(row.getCell(STATUS).getCellStyle().getLocked()).isFalse();
            assertThat(workbook.getSheet("进展填报").getProtect()).isTrue();
            assertThat(workbook.getSheet("填报说明")).isNotNull();
            // the status list, the percent's range, and the liaison cells' lengths
            assertThat(workbook.getSheet("进展填报").getDataValidations()).hasSize(4);
        }
    }

    /**
     * A unit sends its sheet again, written with what it reported before and one row more filled in: only that row
     * is stored; the rows it had reported keep their first time (on which 按时报送 is counted) and their entry.
     */
    @Test
    void aSheetSentBackWithReportsTheOfficeHolds_storesOnlyWhatIsNewOrChanged() throws IOException {
        ProgressTracking.Row first = tracking.rows(plan, round, LocalDate.now()).get(0);
        tracking.report(plan, round, first.task(), first.unit(), new ProgressTracking.Entry(ProgressStatus.IN_PROGRESS,
                java.util.OptionalInt.of(40), "已召开部署会", "", ""), "张三");
        org.kesudesk.model.ProgressReport held = reportOn(first.task().id(), first.unit().id());
        Path file = ledgers.export(plan, round, first.unit(), folder.resolve("again.xlsx")).file();
        edit(file, workbook -> {
            Sheet data = workbook.getSheet("进展填报");
            // the held report as the sheet shows it, its text with a space a clerk's cell may gain
            set(data.getRow(3), PROGRESS, "已召开部署会 ");
            set(data.getRow(4), STATUS, "推进中");
            set(data.getRow(4), PROGRESS, "已印发工作方案");
        });

        List<ProgressLedgers.Checked> checked = ledgers.check(List.of(file), Optional.empty());
        ProgressLedgers.Imported imported = ledgers.apply(checked);

        assertThat(checked.get(0).filled()).isEqualTo(2);
        assertThat(checked.get(0).unchanged()).isEqualTo(1);
        assertThat(imported.reports()).isEqualTo(1);
        assertThat(reportOn(first.task().id(), first.unit().id())).as("the report held before").isEqualTo(held);

        // the same sheet changed in the held row is a new report of it
        edit(file, workbook -> set(workbook.getSheet("进展填报").getRow(3), PERCENT, "60"));
        assertThat(ledgers.apply(ledgers.check(List.of(file), Optional.empty())).reports()).isEqualTo(1);
        assertThat(reportOn(first.task().id(), first.unit().id()).percent()).isEqualTo(60);
    }

    /**
     * A unit's sheet names its 联络员 as the office knows them, for the unit to keep or correct: the person who fills
     * it in and their telephone, read back, are the unit's liaison from then on — in the import's one transaction,
     * in the audit log — even from a sheet whose rows are all as the office holds them; cells left empty change
     * nothing.
     */
    @Test
    void theLiaisonASheetNames_isTheUnitsFromItsImport_andEmptyCellsChangeNothing() throws IOException {
        org.kesudesk.store.UnitRepository units = org.kesudesk.store.UnitRepository.ofPlan(database, plan.plan());
        List<ProgressLedgers.Exported> sheets = ledgers.exportAll(plan, round, folder.resolve("sheets"));
        ProgressLedgers.Exported first = sheets.get(0);
        ProgressLedgers.Exported second = sheets.get(1);
        org.kesudesk.model.UnitLiaison zhang = new org.kesudesk.model.UnitLiaison("张三", "0452-2412345");
        units.setLiaison(first.unit().id(), org.kesudesk.model.UnitLiaison.NONE, zhang);
        Path written = ledgers.export(plan, round, first.unit(), folder.resolve("first.xlsx")).file();
        try (InputStream in = Files.newInputStream(written); Workbook workbook = WorkbookFactory.create(in)) {
            assertThat(row(workbook, 1).getCell(PERSON).getStringCellValue()).isEqualTo("张三");
            assertThat(row(workbook, 1).getCell(PHONE).getStringCellValue()).isEqualTo("0452-2412345");
            // the unit's own cells, open to it in the protected sheet
            assertThat(row(workbook, 1).getCell(PHONE).getCellStyle().getLocked()).isFalse();
        }

        // 李四 fills the first unit's sheet in; the second unit names its liaison and reports nothing new
        edit(written, workbook -> {
            set(row(workbook, 1), PERSON, "李四 ");
            set(row(workbook, 1), PHONE, "13945201234");
            set(row(workbook, 3), STATUS, "推进中");
        });
        edit(second.file(), workbook -> {
            set(row(workbook, 1), PERSON, "王五");
            set(row(workbook, 1), PHONE, "2412346");
        });
        List<ProgressLedgers.Checked> checked = ledgers.check(List.of(written, second.file()), Optional.empty());

        org.kesudesk.model.UnitLiaison li = new org.kesudesk.model.UnitLiaison("李四", "13945201234");
        org.kesudesk.model.UnitLiaison wang = new org.kesudesk.model.UnitLiaison("王五", "2412346");
        assertThat(checked).extracting(ProgressLedgers.Checked::liaison)
                .containsExactly(Optional.of(li), Optional.of(wang));
        assertThat(checked.get(1).changesAnything()).isTrue();
        ProgressLedgers.Imported imported = ledgers.apply(checked);

        assertThat(imported.reports()).isEqualTo(1);
        assertThat(imported.backup().isPresent()).isEqualTo(!org.kesudesk.testsupport.TestDatabases.onServer());
        assertThat(units.liaisons()).containsEntry(first.unit().id(), li).containsEntry(second.unit().id(), wang);
        // the import's entries: the reports' and the two liaisons' (张三's setting before them)
        assertThat(new AuditLog(database).recent(3)).filteredOn(entry -> entry.action().equals("unit.liaison"))
                .extracting(org.kesudesk.model.AuditEntry::summary)
                .containsExactlyInAnyOrder(first.unit().name(), second.unit().name());

        // the same sheets again: nothing to store; a sheet with its liaison cells emptied keeps the liaison
        assertThat(ledgers.check(List.of(written, second.file()), Optional.empty()))
                .noneMatch(ProgressLedgers.Checked::changesAnything);
        edit(written, workbook -> {
            row(workbook, 1).getCell(PERSON).setBlank();
            row(workbook, 1).getCell(PHONE).setBlank();
        });
        assertThat(ledgers.check(List.of(written), Optional.empty()).get(0).liaison()).isEmpty();
        assertThat(units.liaison(first.unit().id())).isEqualTo(li);
    }

    private org.kesudesk.model.ProgressReport reportOn(UUID task, UUID unit) {
        return new org.kesudesk.store.ProgressRepository(database).reports(round.id()).stream()
                .filter(report -> report.nodeId().equals(task) && report.unitId().equals(unit)).findFirst()
                .orElseThrow();
    }

    @Test
    void sheetsEditedOutsideTheirCells_orFilledWrongly_areRefusedNamingFileAndRow_andNothingIsStored()
            throws IOException {
        List<ProgressLedgers.Exported> sheets = ledgers.exportAll(plan, round, folder.resolve("sheets"));
        ProgressLedgers.Exported sheet = sheets.stream().filter(s -> s.tasks() >= 2).findFirst().orElseThrow();
        String before = tracking.rows(plan, round, LocalDate.now()).toString();
        int auditBefore = new AuditLog(database).recent(1000).size();

        refused(sheet, w -> set(row(w, 3), STATUS, "差不多"), "第 4 行的状态“差不多”不在列表中");
        refused(sheet, w -> set(row(w, 3), STATUS, "=1+1"), "第 4 行的状态“=1+1”不在列表中");
        refused(sheet, w -> {
            set(row(w, 3), STATUS, "推进中");
            row(w, 3).createCell(PERCENT).setCellValue(150);
        }, "第 4 行的进度“150”不是 0 到 100 之间的整数");
        refused(sheet, w -> {
            set(row(w, 3), STATUS, "推进中");
            set(row(w, 3), PERCENT, "一半");
        }, "第 4 行的进度“一半”");
        refused(sheet, w -> {
            set(row(w, 3), STATUS, "已完成");
            row(w, 3).createCell(PERCENT).setCellValue(60);
        }, "第 4 行的进度 60% 与状态“已完成”不符");
        refused(sheet, w -> set(row(w, 3), PERCENT, "30"), "第 4 行填了进度或进展情况，但没有选择状态");
        refused(sheet, w -> {
            set(row(w, 3), STATUS, "推进中");
            set(row(w, 3), PROGRESS, "进展\u202E反向");
        }, "第 4 行的进展情况含有");
        refused(sheet, w -> set(row(w, 1), PHONE, "找办公室"), "第 2 行的联系电话“找办公室”不是电话号码");
        refused(sheet, w -> set(row(w, 1), PERSON, "=A1"), "第 2 行的联络员“=A1”以 = + - @ 开头");
        refused(sheet, w -> set(row(w, 4), 8, UUID.randomUUID().toString()), "第 5 行的编号被改动过");
        refused(sheet, w -> set(row(w, 4), 8, "abc"), "第 5 行的编号被改动过");
        refused(sheet, w -> set(row(w, 4), 8, row(w, 3).getCell(8).getStringCellValue()),
                "第 5 行与前面某行的编号相同");
        refused(sheet, w -> {
            Row added = w.getSheet("进展填报").createRow(w.getSheet("进展填报").getLastRowNum() + 1);
            set(added, 1, "新加的任务");
            set(added, STATUS, "已完成");
        }, "是新加的行");
        refused(sheet, w -> w.setSheetName(0, "Sheet1"), "没有名为“进展填报”的工作表");
        refused(sheet, w -> w.removeSheetAt(w.getSheetIndex("kesudesk")), "不是科素通导出的进展填报表");
        refused(sheet, w -> set(w.getSheet("kesudesk").getRow(4), 1, sheets.stream()
                .filter(s -> !s.unit().equals(sheet.unit())).findFirst().orElseThrow().unit().id().toString()),
                "不是");

        // another round named, the same unit twice, a closed round: the whole batch is refused
        Path copy = Files.copy(sheet.file(), folder.resolve("copy.xlsx"));
        assertRefused(() -> ledgers.check(List.of(sheet.file()), Optional.of("2026年下半年")),
                "是“2026年上半年”轮次的填报表，不是要导入的“2026年下半年”");
        assertRefused(() -> ledgers.check(List.of(sheet.file(), copy), Optional.empty()), "都是");
        Path notAWorkbook = Files.writeString(folder.resolve("fake.xlsx"), "PK not really a zip");
        assertRefused(() -> ledgers.check(List.of(notAWorkbook), Optional.empty()), "无法作为 Excel 工作簿读取");
        // a workbook locked with a password (a compound file holding an encrypted package, no workbook): said so,
        // and what to do, not "damaged"
        Path locked = folder.resolve("locked.xlsx");
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem file = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
             OutputStream out = Files.newOutputStream(locked)) {
            file.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "EncryptedPackage");
            file.writeFilesystem(out);
        }
        assertRefused(() -> ledgers.check(List.of(locked), Optional.empty()), "设了打开密码");
        assertRefused(() -> ledgers.check(List.of(locked), Optional.empty()), "另存为“Excel 工作簿（*.xlsx）”");
        // the sheet kept in LibreOffice Calc's own format when saved there (named .ods, or still .xlsx) is read as
        // the sheet it is: edited there outside its cells, refused so
        for (String name : List.of("填报表.ods", "填报表.xlsx")) {
            Path edited = folder.resolve("改过-" + name.replace(".ods", ".xlsx"));
            Files.copy(sheet.file(), edited, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            edit(edited, w -> set(row(w, 4), 8, "abc"));
            Path ods = org.kesudesk.testsupport.Workbooks.asOds(edited, folder.resolve("LibreOffice-" + name));
            assertRefused(() -> ledgers.check(List.of(ods), Optional.empty()), "第 5 行的编号被改动过");
        }
        // the sheet saved as Excel 97-2003 is read as the sheet it is: edited there outside its cells, refused so
        Path oldFormat = org.kesudesk.testsupport.Workbooks.asXls(sheet.file(), folder.resolve("97-2003.xls"));
        edit(oldFormat, w -> set(row(w, 4), 8, "abc"));
        assertRefused(() -> ledgers.check(List.of(oldFormat), Optional.empty()), "第 5 行的编号被改动过");
        tracking.closeRound(round);
        assertRefused(() -> ledgers.check(List.of(sheet.file()), Optional.empty()), "已结束，不再接受填报");

        assertThat(tracking.rows(plan, round, LocalDate.now()).toString()).isEqualTo(before);
        // only the round's closing is in the log
        assertThat(new AuditLog(database).recent(1000)).hasSize(auditBefore + 1);
    }

    @Test
    void aPlanChangedBetweenThePreviewAndTheImport_isNamed_andNothingIsStored() throws IOException {
        List<ProgressLedgers.Exported> sheets = ledgers.exportAll(plan, round, folder.resolve("sheets"));
        for (ProgressLedgers.Exported sheet : sheets) {
            edit(sheet.file(), workbook -> set(row(workbook, 3), STATUS, "推进中"));
        }
        List<Path> files = sheets.stream().map(ProgressLedgers.Exported::file).toList();

        // a colleague takes a unit off the task its sheet reports on, after the preview
        List<ProgressLedgers.Checked> checked = ledgers.check(files, Optional.empty());
        ProgressLedgers.Checked first = checked.get(0);
        UUID taskId = first.reports().get(0).nodeId();
        org.kesudesk.model.PlanNode task = findNode(taskId);
        org.kesudesk.model.Role role = task.assignments().stream()
                .filter(a -> a.unit().id().equals(first.unit().id())).findFirst().orElseThrow().role();
        new org.kesudesk.store.AssignmentRepository(database).replace(
                new org.kesudesk.model.AssignmentList(taskId, role), task.unitsIn(role).stream()
                        .map(org.kesudesk.model.Unit::id).filter(id -> !id.equals(first.unit().id())).toList(),
                unit -> "测试");
        assertRefused(() -> ledgers.apply(checked), first.unit().name());
        assertRefused(() -> ledgers.apply(checked), task.title());
        assertRefused(() -> ledgers.apply(checked), "请重新导入");
        assertThat(new org.kesudesk.store.ProgressRepository(database).reports(round.id())).isEmpty();

        // checked again, that sheet is refused as reporting on a task not its unit's; the others' tasks are kept
        assertRefused(() -> ledgers.check(files, Optional.empty()), "填报表导出后方案可能改过");

        // a task removed after the preview: named, not a database error
        List<Path> others = files.subList(1, files.size());
        List<ProgressLedgers.Checked> again = ledgers.check(others, Optional.empty());
        UUID removed = again.get(0).reports().get(0).nodeId();
        String removedTitle = findNode(removed).title();
        new org.kesudesk.store.NodeRepository(database).delete(removed);
        assertRefused(() -> ledgers.apply(again), removedTitle);
        assertThat(new org.kesudesk.store.ProgressRepository(database).reports(round.id())).isEmpty();
    }

    private org.kesudesk.model.PlanNode findNode(UUID id) {
        PlanDocument now = new org.kesudesk.store.PlanRepository(database).find(plan.plan().id()).orElseThrow();
        List<org.kesudesk.model.PlanNode> found = new ArrayList<>();
        now.forEachNode(node -> {
            if (node.id().equals(id)) {
                found.add(node);
            }
        });
        return found.get(0);
    }

    private void refused(ProgressLedgers.Exported sheet, Consumer<Workbook> change, String message)
            throws IOException {
        Path file = folder.resolve("edited-" + UUID.randomUUID() + ".xlsx");
        Files.copy(sheet.file(), file);
        edit(file, change);
        assertRefused(() -> ledgers.check(List.of(file), Optional.empty()), message);
        assertThatThrownBy(() -> ledgers.check(List.of(file), Optional.empty()))
                .hasMessageContaining(file.getFileName().toString());
    }

    /** As an older Excel or WPS saves it (.xls), or LibreOffice Calc (.ods, the domestic Linux desktops' default). */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"xls", "ods"})
    void aSheetAUnitSavedInAnotherFormat_isReadAsTheSheetItFilledIn(String format) throws IOException {
        ProgressLedgers.Exported sheet = ledgers.exportAll(plan, round, folder.resolve("sheets")).stream()
                .filter(s -> s.tasks() >= 2).findFirst().orElseThrow();
        edit(sheet.file(), workbook -> {
            Sheet data = workbook.getSheet("进展填报");
            set(data.getRow(3), STATUS, "已完成");
            set(data.getRow(4), STATUS, "滞后");
            data.getRow(4).createCell(PERCENT).setCellValue(20);
            set(data.getRow(4), PROGRESS, "经费未到位");
        });
        // the same sheets and cells, a number kept a number (.xls) or as shown (.ods)
        Path xls = format.equals("xls")
                ? org.kesudesk.testsupport.Workbooks.asXls(sheet.file(), folder.resolve(sheet.unit().name() + ".xls"))
                : org.kesudesk.testsupport.Workbooks.asOds(sheet.file(), folder.resolve(sheet.unit().name() + ".ods"));

        assertThat(AppFiles.kindOf(xls)).contains(AppFiles.Kind.PROGRESS);
        ProgressLedgers.Checked fromXls = ledgers.check(List.of(xls), Optional.empty()).get(0);
        ProgressLedgers.Checked fromXlsx = ledgers.check(List.of(sheet.file()), Optional.empty()).get(0);
        assertThat(fromXls.unit()).isEqualTo(sheet.unit());
        assertThat(fromXls.reports()).hasSize(2).extracting(r -> r.nodeId() + " " + r.status() + " " + r.percent()
                + " " + r.progress()).isEqualTo(fromXlsx.reports().stream().map(r -> r.nodeId() + " " + r.status()
                + " " + r.percent() + " " + r.progress()).toList());

        ledgers.apply(List.of(fromXls));
        List<ProgressTracking.Row> after = tracking.rows(plan, round, LocalDate.now());
        assertThat(after).filteredOn(row -> row.unit().equals(sheet.unit()) && row.report().isPresent())
                .extracting(row -> row.report().orElseThrow().status())
                .containsExactlyInAnyOrder(ProgressStatus.DONE, ProgressStatus.LAGGING);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(UserFacingException.class).hasMessageContaining(message);
    }

    private static Row row(Workbook workbook, int index) {
        return workbook.getSheet("进展填报").getRow(index);
    }

    private static void set(Row row, int column, String value) {
        Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
        if (value.startsWith("=")) {
            // what a clerk types starting with = Excel keeps as a formula
            cell.setCellFormula(value.substring(1));
        } else {
            cell.setCellValue(value);
        }
    }

    @Test
    void theAppsOwnWorkbooks_areKnownByWhatTheyHold_andNoOtherIs() throws IOException {
        Path sheet = ledgers.exportAll(plan, round, folder.resolve("sheets")).get(0).file();
        Path ledger = folder.resolve("台账.xlsx");
        new Ledgers(database).export(plan, ledger);

        assertThat(AppFiles.kindOf(sheet)).contains(AppFiles.Kind.PROGRESS);
        assertThat(AppFiles.kindOf(ledger)).contains(AppFiles.Kind.ASSIGNMENTS);

        // an office's own 分工表 in a sheet named as the app names its ledger's: a plan document, not a ledger
        Path own = folder.resolve("分工表.xlsx");
        try (Workbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             OutputStream out = Files.newOutputStream(own)) {
            Row header = workbook.createSheet("任务分工表").createRow(0);
            List.of("序号", "重点任务", "牵头单位", "责任单位").forEach(text -> header.createCell(header.getPhysicalNumberOfCells())
                    .setCellValue(text));
            workbook.write(out);
        }
        assertThat(AppFiles.kindOf(own)).isEmpty();
        // the progress sheet without the sheet the app keeps its round in: no fill-in sheet of the app's
        edit(sheet, workbook -> workbook.removeSheetAt(workbook.getSheetIndex(ProgressLedgerWorkbook.META_SHEET)));
        assertThat(AppFiles.kindOf(sheet)).isEmpty();
        // not a workbook at all, or named as none
        Path text = Files.writeString(folder.resolve("假的.xlsx"), "进展填报 kesudesk");
        assertThat(AppFiles.kindOf(text)).isEmpty();
        assertThat(AppFiles.kindOf(Files.copy(ledger, folder.resolve("台账.txt")))).isEmpty();
    }

    private static void edit(Path file, Consumer<Workbook> change) throws IOException {
        Workbook workbook;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = WorkbookFactory.create(in);
        }
        try (workbook) {
            change.accept(workbook);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }
}
