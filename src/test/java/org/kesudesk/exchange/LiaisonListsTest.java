package org.kesudesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.UnitLiaison;
import org.kesudesk.store.AuditLog;
import org.kesudesk.store.ChangedByOthersException;
import org.kesudesk.store.Database;
import org.kesudesk.store.UnitRepository;
import org.kesudesk.testsupport.SamplePlan;

/**
 * The 联络员名单 an office keeps in Excel, in the shapes offices keep it (a title above the header, 办公电话 and 手机 in
 * two columns, the 分管领导 beside the 联络员, units named by an old name, rows of units the plan does not name),
 * read into the units' liaisons; and what is no list, or holds what is no name or telephone, refused with nothing
 * stored.
 */
class LiaisonListsTest {

    @TempDir
    Path folder;
    private Database database;
    private UnitRepository units;
    private LiaisonLists lists;

    @BeforeEach
    void sample() {
        database = org.kesudesk.testsupport.TestDatabases.open(folder.resolve("kesudesk"));
        SamplePlan.store(database);
        units = new UnitRepository(database);
        lists = new LiaisonLists(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private UUID unit(String name) {
        return units.findByName(name).orElseThrow().id();
    }

    @Test
    void anOfficesList_asOfficesKeepIt_setsTheLiaisonsOfTheUnitsItNames_inOneImport() throws IOException {
        // 市科协 renamed since the list was made: the list's old name is the unit's alias
        units.rename(unit("市科协"), "市科学技术协会");
        Path list = workbook("联络员名单.xlsx", new Object[][]{
                {"齐齐哈尔市全民科学素质工作领导小组成员单位联络员名单"},
                {},
                {"序号", "成员单位", "分管领导", "分管领导电话", "联络员姓名", "职务", "办公电话", "手机号码"},
                {"1", "市教育局", "赵局长", "0452-2400000", "张三", "科员", "0452-2412345", 13945201234L},
                {"2", "市科协", "钱主席", "0452-2400001", " 李四 ", "科长", "", "13800000000"},
                {"3", "市委办", "孙主任", "", "王五", "", "0452-2400002", ""},
                {},
                {"4", "市教育局", "赵局长", "", "周六", "", "0452-2499999", ""},
                {"5", "市卫健委", "", "", "", "", "", ""},
                {"注：名单如有变动请及时报纲要办。"}});

        LiaisonLists.Preview preview = lists.check(list, units);

        assertThat(preview.changes()).extracting(LiaisonLists.Change::row, change -> change.unit().name(),
                LiaisonLists.Change::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, "市教育局", new UnitLiaison("张三", "0452-2412345、13945201234")),
                org.assertj.core.groups.Tuple.tuple(5, "市科学技术协会", new UnitLiaison("李四", "13800000000")));
        assertThat(preview.unknown()).extracting(LiaisonLists.Entry::row, LiaisonLists.Entry::unitName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(6, "市委办"));
        assertThat(preview.repeated()).extracting(LiaisonLists.Entry::row).containsExactly(8);
        assertThat(LiaisonLists.described(preview)).contains("将登记或更改 2 个单位的联络员")
                .contains("第 4 行　市教育局：（未登记） → 张三\u30000452-2412345、13945201234")
                .contains("第 6 行“市委办”").contains("取前面一行：第 8 行“市教育局”");
        int audited = new AuditLog(database).recent(1000).size();

        LiaisonLists.Imported imported = lists.apply(preview, units);

        assertThat(imported.liaisons()).isEqualTo(2);
        assertThat(imported.backup().isPresent()).isEqualTo(!org.kesudesk.testsupport.TestDatabases.onServer());
        assertThat(units.liaisons()).isEqualTo(Map.of(
                unit("市教育局"), new UnitLiaison("张三", "0452-2412345、13945201234"),
                unit("市科学技术协会"), new UnitLiaison("李四", "13800000000")));
        assertThat(new AuditLog(database).recent(1000)).hasSize(audited + 2);

        // the same list again: nothing to store
        LiaisonLists.Preview again = lists.check(list, units);
        assertThat(again.changesAnything()).isFalse();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(lists.apply(again, units).backup()).isEmpty();
    }

    /** The list the app writes names every unit in precedence order, as text, and reads back as the list it is. */
    @Test
    void theListWritten_namesEveryUnit_andReadsBackAsTheLiaisonsItWasWrittenFrom() throws IOException {
        units.setLiaison(unit("市科协"), UnitLiaison.NONE, new UnitLiaison("张三", "+86 452 2412345"));
        Path file = folder.resolve("名单.xlsx");

        assertThat(lists.export(units, file)).isEqualTo(1);

        try (Workbook workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(file.toFile())) {
            Sheet sheet = workbook.getSheet("联络员名单");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("齐齐哈尔市各成员单位联络员名单");
            assertThat(sheet.getLastRowNum() - 1).isEqualTo(units.all().size());
            // a telephone starting with + stays text, never a formula
            Row science = sheet.getRow(1 + units.all().indexOf(units.findByName("市科协").orElseThrow()) + 1);
            assertThat(science.getCell(3).getStringCellValue()).isEqualTo("+86 452 2412345");
            assertThat(science.getCell(3).getCellStyle().getQuotePrefixed()).isTrue();
        }
        assertThat(LiaisonLists.read(file)).containsExactly(new LiaisonLists.Entry(
                3 + units.all().indexOf(units.findByName("市科协").orElseThrow()), "市科协",
                new UnitLiaison("张三", "+86 452 2412345")));
        assertThat(lists.check(file, units).changesAnything()).isFalse();
    }

    @Test
    void aListSavedByAnOlderExcelOrByLibreOffice_isReadAsTheListItIs() throws IOException {
        Path list = workbook("名单.xlsx", new Object[][]{{"单位", "姓名", "联系电话"}, {"市教育局", "张三", "2412345"}});
        for (Path saved : List.of(org.kesudesk.testsupport.Workbooks.asXls(list, folder.resolve("名单.xls")),
                org.kesudesk.testsupport.Workbooks.asOds(list, folder.resolve("名单.ods")))) {
            assertThat(LiaisonLists.read(saved)).as(saved.getFileName().toString())
                    .containsExactly(new LiaisonLists.Entry(2, "市教育局", new UnitLiaison("张三", "2412345")));
        }
    }

    @Test
    void whatIsNoList_orNamesWhatIsNoNameOrTelephone_isRefusedNamingTheRow_andNothingIsStored() throws IOException {
        int audited = new AuditLog(database).recent(1000).size();

        assertRefused(workbook("进展.xlsx", new Object[][]{{"任务", "状态"}, {"1", "推进中"}}),
                "进展.xlsx 中没有找到联络员名单的表头");
        assertRefused(workbook("a.xlsx", new Object[][]{{"单位", "姓名", "电话"}, {"市教育局", "张三", "找办公室"}}),
                "a.xlsx 第 2 行：联系电话“找办公室”不是电话号码");
        assertRefused(workbook("b.xlsx", new Object[][]{{"单位", "姓名", "电话"}, {"市科协", "=HYPERLINK(\"http://x\")", "2412345"}}),
                "b.xlsx 第 2 行：联络员“=HYPERLINK(\"http://x\")”以 = + - @ 开头");
        assertRefused(workbook("c.xlsx", new Object[][]{{"单位", "姓名", "电话"}, {"市科\u202E协", "张三", "2412345"}}),
                "c.xlsx 第 2 行：“市科\\u202E协”含有改变文字方向的字符");
        assertRefused(Files.writeString(folder.resolve("d.xlsx"), "PK not a workbook"), "d.xlsx 无法作为 Excel 工作簿读取");
        assertThatThrownBy(() -> lists.check(folder, units)).isInstanceOf(UserFacingException.class);

        assertThat(units.liaisons()).isEmpty();
        assertThat(new AuditLog(database).recent(1000)).hasSize(audited);
    }

    @Test
    void aLiaisonChangedBetweenThePreviewAndTheImport_isNamed_andNothingIsStored() throws IOException {
        Path list = workbook("名单.xlsx", new Object[][]{{"单位", "姓名", "电话"}, {"市教育局", "张三", "2412345"},
                {"市科协", "李四", "2412346"}});
        LiaisonLists.Preview preview = lists.check(list, units);
        // a colleague sets 市科协's liaison meanwhile
        UnitLiaison theirs = new UnitLiaison("王五", "2412347");
        units.setLiaison(unit("市科协"), UnitLiaison.NONE, theirs);

        assertThatThrownBy(() -> lists.apply(preview, units)).isInstanceOf(ChangedByOthersException.class)
                .hasMessageContaining("市科协的联络员");

        assertThat(units.liaisons()).isEqualTo(Map.of(unit("市科协"), theirs));
    }

    private void assertRefused(Path file, String message) {
        assertThatThrownBy(() -> lists.check(file, units)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining(message).hasMessageNotContaining("Exception");
    }

    /** A workbook of one sheet: strings as text (one starting with = as a formula, as Excel keeps it), longs as numbers. */
    private Path workbook(String name, Object[][] rows) throws IOException {
        Path file = folder.resolve(name);
        try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Sheet1");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof Long number) {
                        row.createCell(c).setCellValue(number);
                    } else if (((String) value).startsWith("=")) {
                        row.createCell(c).setCellFormula(((String) value).substring(1));
                    } else {
                        row.createCell(c).setCellValue((String) value);
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }
}
