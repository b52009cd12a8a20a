package org.kesudesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kesudesk.exchange.OfficeKeys;
import org.kesudesk.store.Database;
import org.kesudesk.store.KeyRepository;

/**
 * Files from outside, hostile or broken, on every channel (.kesu, .xlsx 台账, .docx, .pdf and .txt plans, key files,
 * backups, database files), as a user would give them to the command line. Each is refused with exit code 1 (or
 * 2 for a command line that cannot be read), a Chinese message naming the entry at fault and no stack trace,
 * within 20 seconds, and the database is as it was: {@code plan show --json}, {@code unit list --json}, {@code
 * audit list --json} and {@code plan list} are the same before and after. Files too large to keep in the
 * repository are made here; every bug found in a file from outside adds a case.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputsTest {

    private static final String CITY = "230200";
    private static final String FUYU = "230227";
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private Path folder;
    private String cityDb;
    private String countyDb;
    private KeyPair cityKey;
    private ObjectNode countyPlanJson;
    private Path ledger;

    /** The city with the sample plan and 富裕县's derived from it; 富裕县 with the city's key and its plan. */
    @BeforeAll
    void aCityAndACountyThatHaveExchangedTheirPlan(@TempDir Path shared) throws Exception {
        folder = shared;
        cityDb = folder.resolve("city").resolve("kesudesk").toString();
        countyDb = folder.resolve("county").resolve("kesudesk").toString();
        CliRun.importSample(folder, cityDb);
        ok("--db", cityDb, "plan", "derive", "--region", FUYU);
        ok("--db", countyDb, "region", "own", FUYU);
        Path cityKeyFile = folder.resolve("city.key");
        ok("--db", cityDb, "key", "export", "--out", cityKeyFile.toString());
        ok("--db", countyDb, "key", "import", cityKeyFile.toString());
        Path first = folder.resolve("first.kesu");
        ok("--db", cityDb, "exchange", "export", "--region", FUYU, "--out", first.toString());
        ok("--db", countyDb, "exchange", "import", first.toString());
        countyPlanJson = (ObjectNode) JSON.readTree(entry(first, "plan.json"));
        try (Database city = Database.open(Path.of(cityDb))) {
            cityKey = new OfficeKeys(new KeyRepository(city)).ownKeyPair();
        }
        ledger = folder.resolve("台账.xlsx");
        ok("--db", countyDb, "exchange", "ledger-export", "--out", ledger.toString());
    }

    // --- .kesu files ------------------------------------------------------------------------------------------

    @Test
    void aNumberWithAHugeExponent_isRefusedAtOnce() throws Exception {
        refusedImport(cityFile("exponent", plan -> firstIndicator(plan).put("target", "1e999999999")), "目标值");
        refusedImport(cityFile("exponent-number", plan -> task(plan).put("rowVersion", 1e300)), "rowVersion");
        refusedImport(cityFile("long-number", plan -> task(plan).putRawValue("rowVersion",
                new com.fasterxml.jackson.databind.util.RawValue("1" + "0".repeat(40)))), "超出限制");
    }

    @Test
    void fiftyThousandTasks_areRefusedAsTheyAreRead() throws Exception {
        refusedImport(cityFile("huge", plan -> {
            ArrayNode tasks = (ArrayNode) item(plan).path("children");
            ObjectNode template = (ObjectNode) tasks.get(0);
            for (int i = 0; i < 50_000; i++) {
                ObjectNode copy = template.deepCopy();
                copy.put("id", java.util.UUID.randomUUID().toString());
                copy.putArray("assignments");
                copy.putArray("indicators");
                copy.putArray("children");
                tasks.add(copy);
            }
        }), "超过 20,000 个条目");
    }

    @Test
    void unitsInARoleTheirNodeDoesNotHave_areRefused_namingTheNode() throws Exception {
        // an action's units lead it (a task may have lead units of its own besides its responsible units)
        refusedImport(cityFile("responsible-on-item", plan -> ((ObjectNode) item(plan).path("assignments").get(0))
                .put("role", "responsible")), "行动不能有责任单位");
        refusedImport(cityFile("unit-on-section", plan -> ((ArrayNode) plan.path("sections").get(0)
                .path("assignments")).add(((ObjectNode) task(plan).path("assignments").get(0)).deepCopy()
                .put("id", java.util.UUID.randomUUID().toString()))), "部分不能有责任单位");
    }

    @Test
    void fieldsOverTheirLimits_areRefused_notLeftToTheDatabase() throws Exception {
        refusedImport(cityFile("label", plan -> task(plan).put("label", "1".repeat(100))), "编号超过 8 个字");
        refusedImport(cityFile("title", plan -> plan.with("plan").put("title", "长".repeat(600))), "标题超过 200 个字");
        refusedImport(cityFile("unit", plan -> ((ObjectNode) task(plan).path("assignments").get(0))
                .put("unit", "单".repeat(300))), "超过 64 个字");
        StringBuilder random = new StringBuilder();
        java.util.Random seeded = new java.util.Random(1);
        while (random.length() < 5_000_000) {
            random.append((char) (0x4E00 + seeded.nextInt(20_000)));
        }
        refusedImport(cityFile("body", plan -> task(plan).put("text", random.toString())), "超出限制");
    }

    @ParameterizedTest
    @ValueSource(strings = {"县教\u0000育局", "县教育局\n", "县\u200B教育局", "\u202E局育教县", "县\uD800教育局", " 县教育局",
            "县教育局 ", "", "县教\u001B[31m育局"})
    void aUnitNameThatIsNotAName_isRefused(String name) throws Exception {
        // a lone surrogate cannot be written as UTF-8: it travels as the escape \uD800, as a hostile file has it
        ObjectNode plan = countyPlanJson.deepCopy();
        ((ObjectNode) task(plan).path("assignments").get(0)).put("unit", name.replace("\uD800", "@SURROGATE@"));
        byte[] json = JSON.writeValueAsString(plan).replace("@SURROGATE@", "\\uD800").getBytes(StandardCharsets.UTF_8);
        refusedImport(signed("name", cityKey, CITY, FUYU, json, manifest -> { }), "责任单位");
    }

    @Test
    void valuesTheFormatDoesNotHave_areRefusedInChinese() throws Exception {
        refusedImport(cityFile("kind", plan -> task(plan).put("kind", "boss")), "“boss”无法识别");
        refusedImport(cityFile("role", plan -> ((ObjectNode) task(plan).path("assignments").get(0))
                .put("role", "boss")), "“boss”无法识别");
        refusedImport(cityFile("date", plan -> plan.with("plan").put("issueDate", "2022-13-45")), "2022-13-45");
        // a day that exists, in a year no plan names
        refusedImport(cityFile("year", plan -> plan.with("plan").put("issueDate", "0000-01-01")), "0000-01-01");
        refusedImport(signedCity("yesterday", countyPlanJson, manifest -> manifest.put("createdAt", "yesterday")),
                "“yesterday”不是有效的时间");
    }

    @Test
    void aFormatVersionWrittenAsTextOrAFraction_isRefused() throws Exception {
        refusedImport(signedCity("v1.0", countyPlanJson, manifest -> manifest.put("formatVersion", 1.0)), "格式版本");
        refusedImport(signedCity("v-text", countyPlanJson, manifest -> manifest.put("formatVersion", "1")), "格式版本");
    }

    @Test
    void planJsonInUtf16_isRefused() throws Exception {
        byte[] utf16 = JSON.writeValueAsString(countyPlanJson).getBytes(StandardCharsets.UTF_16);
        refusedImport(signed("utf16", cityKey, CITY, FUYU, utf16, manifest -> { }), "不是 UTF-8");
    }

    @Test
    void aFileFromTheFuture_isRefused_andGenuineFilesStillGoIn() throws Exception {
        refusedImport(signedCity("future", countyPlanJson, manifest -> manifest.put("createdAt",
                OffsetDateTime.now().plusYears(970).toString())), "晚一天以上");
        Path genuine = folder.resolve("genuine.kesu");
        ok("--db", cityDb, "exchange", "export", "--region", FUYU, "--out", genuine.toString());
        assertThat(ok("--db", countyDb, "exchange", "import", genuine.toString()).err()).doesNotContain("旧");
    }

    @Test
    void aCountysOwnPlanSentToAnotherCounty_isRefused() throws Exception {
        KeyPair longjiang = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        ObjectNode plan = countyPlanJson.deepCopy();
        plan.with("plan").put("region", "230221").put("id", java.util.UUID.randomUUID().toString());
        refusedImport(signed("county-to-county", longjiang, "230221", FUYU, JSON.writeValueAsBytes(plan), m -> { }),
                "不是上下级", "--trust-new-key");
    }

    // --- ledgers ----------------------------------------------------------------------------------------------

    @Test
    void aLedgerWithARowIdTwice_aRowAdded_orARenamedSheet_isRefused_namingTheRow() throws Exception {
        refusedLedger(editedLedger("twice", sheet -> sheet.getRow(4).getCell(6)
                .setCellValue(sheet.getRow(3).getCell(6).getStringCellValue())), "第 4 行和第 5 行的编号相同");
        refusedLedger(editedLedger("added", sheet -> {
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            row.createCell(4).setCellValue("县科协");
        }), "是新加的行");
        refusedLedger(editedWorkbook("renamed", workbook -> workbook.setSheetName(0, "Sheet1")), "没有名为“任务分工表”");
    }

    @Test
    void formulaCells_areRefusedAsUnitNames_neverEvaluated() throws Exception {
        for (String formula : new String[] {"1+1", "HYPERLINK(\"http://example.com\",\"点\")", "[1]Sheet1!A1"}) {
            refusedLedger(editedLedger("formula", sheet -> sheet.getRow(3).getCell(4).setCellFormula(formula)),
                    "第 4 行");
        }
        refusedLedger(editedLedger("dde", sheet -> sheet.getRow(3).getCell(4)
                .setCellValue("+cmd|'/C calc'!A0")), "电子表格会当作公式执行");
    }

    @Test
    void aUnitTheCatalogueDoesNotKnow_needsConfirming() throws Exception {
        Path file = editedLedger("new-unit", sheet -> sheet.getRow(3).getCell(4).setCellValue("富裕县新单位"));
        refusedLedger(file, "--accept-new-units");
        CliRun.Result accepted = ok("--db", countyDb, "exchange", "ledger-import", file.toString(),
                "--accept-new-units");
        assertThat(accepted.out()).contains("富裕县新单位");
        assertThat(ok("--db", countyDb, "unit", "list").out()).contains("富裕县新单位");
    }

    @Test
    void aLedgerThatIsAZipBombOrHoldsADoctype_isRefusedInChinese() throws Exception {
        refusedLedger(zipBomb("bomb.xlsx", "xl/worksheets/sheet1.xml", 200), "无法作为 Excel 工作簿读取");
        refusedLedger(zipOf("doctype.xlsx", Map.of("[Content_Types].xml", ("<?xml version=\"1.0\"?><!DOCTYPE x ["
                + "<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Types>&e;</Types>").getBytes(StandardCharsets.UTF_8))),
                "无法作为 Excel 工作簿读取");
    }

    // --- liaison lists ----------------------------------------------------------------------------------------

    @Test
    void aLiaisonListThatIsABombOrOverItsLimits_orNamesWhatIsNoNameOrTelephone_isRefusedInChinese() throws Exception {
        refusedLiaisonList(zipBomb("bomb-list.xlsx", "xl/worksheets/sheet1.xml", 200), "无法作为 Excel 工作簿读取");
        refusedLiaisonList(zipOf("doctype-list.xlsx", Map.of("[Content_Types].xml", ("<?xml version=\"1.0\"?>"
                + "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Types>&e;</Types>")
                .getBytes(StandardCharsets.UTF_8))), "无法作为 Excel 工作簿读取");
        String[][] rows = new String[5000][];
        rows[0] = new String[]{"单位", "姓名", "电话"};
        for (int i = 1; i < rows.length; i++) {
            rows[i] = new String[]{"县单位" + i, "张三", "2412345"};
        }
        refusedLiaisonList(org.kesudesk.testsupport.Workbooks.ofRows(folder.resolve("long-list.xlsx"), "Sheet1",
                rows), "行数超过 2,000");
        for (String[] row : new String[][]{{"县科协", "张".repeat(30_000), "2412345"},
                {"县科协", "张三", "+cmd|'/C calc'!A0"}, {"县科协", "张\u200B三", "2412345"},
                {"县\u202E科协", "张三", "2412345"}}) {
            refusedLiaisonList(org.kesudesk.testsupport.Workbooks.ofRows(folder.resolve("bad-list.xlsx"), "Sheet1",
                    new String[]{"单位", "姓名", "电话"}, row), "第 2 行");
        }
    }

    private CliRun.Result refusedLiaisonList(Path file, String reason) {
        return refused(countyDb, reason, "unit", "liaison-import", file.toString());
    }

    // --- chase lists (催办名单 with answers) ---------------------------------------------------------------------

    @Test
    void aChaseListThatIsABombOrOverItsLimits_orHoldsWhatIsNoAnswer_isRefusedInChinese() throws Exception {
        ok("--db", countyDb, "round", "open", "2026年上半年", "--due", "2026-07-10");
        refusedChaseList(zipBomb("bomb-chases.xlsx", "xl/worksheets/sheet1.xml", 200), "无法作为 Excel 工作簿读取");
        refusedChaseList(zipOf("doctype-chases.xlsx", Map.of("[Content_Types].xml", ("<?xml version=\"1.0\"?>"
                + "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Types>&e;</Types>")
                .getBytes(StandardCharsets.UTF_8))), "无法作为 Excel 工作簿读取");
        String[][] rows = new String[5000][];
        rows[0] = new String[]{"单位", "本次催办情况"};
        for (int i = 1; i < rows.length; i++) {
            rows[i] = new String[]{"县单位" + i, "好的"};
        }
        refusedChaseList(org.kesudesk.testsupport.Workbooks.ofRows(folder.resolve("long-chases.xlsx"), "Sheet1",
                rows), "行数超过 2,000");
        // each cell checked whether or not the catalogue knows its unit
        for (String[] row : new String[][]{{"县科协", "", "答".repeat(600)}, {"县科协", "", "好的\u202E"},
                {"县\u202E科协", "", "好的"}, {"县科协", "张\u200B三", "好的"}, {"某单位", "张".repeat(40), "好的"}}) {
            refusedChaseList(org.kesudesk.testsupport.Workbooks.ofRows(folder.resolve("bad-chases.xlsx"), "Sheet1",
                    new String[]{"单位", "联络员", "本次催办情况"}, row), "第 2 行");
        }
    }

    private CliRun.Result refusedChaseList(Path file, String reason) {
        return refused(countyDb, reason, "progress", "chase-import", file.toString());
    }

    // --- plan documents ---------------------------------------------------------------------------------------

    @Test
    void aTextPlanWithAHundredThousandUnitsOnOneLine_isRefusedInSeconds() throws Exception {
        String sample = sample();
        int list = sample.indexOf("（责任单位：");
        int close = sample.indexOf('）', list);
        StringBuilder units = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            units.append(i == 0 ? "" : "、").append("县单位").append(i);
        }
        Path file = Files.writeString(folder.resolve("units.txt"), sample.substring(0, list) + "（责任单位："
                + units + sample.substring(close), StandardCharsets.UTF_8);
        refused(countyDb, "超过 2,000 个不同的单位", "plan", "import", file.toString());
    }

    @Test
    void aTextPlanOfMillionsOfEmptyLines_isRefusedAsItIsSplit() throws Exception {
        // 20 MB of line breaks ran a 512 MB heap out, and the command line said nothing
        Path file = Files.writeString(folder.resolve("lines.txt"), sample() + "\n".repeat(2_000_000),
                StandardCharsets.UTF_8);
        refused(countyDb, "超过 1,000,000 行", "plan", "import", file.toString());
    }

    @Test
    void aWordDocumentWithADoctypeOrThatIsAZipBomb_isRefusedInChinese() throws Exception {
        refused(countyDb, "不安全的内容", "plan", "import", zipOf("xxe.docx", Map.of("[Content_Types].xml",
                ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Types>&e;</Types>")
                        .getBytes(StandardCharsets.UTF_8))).toString());
        refused(countyDb, "不安全的内容", "plan", "import", zipBomb("bomb.docx", "word/document.xml", 300).toString());
    }

    @Test
    void aPdfThatExpandsToGigabytes_orDrawsAFormOverAndOver_isRefusedInSeconds_namingThePage() throws Exception {
        // a page of a megabyte that expands to 200 MB of drawing operators
        refused(countyDb, "第 1 页", "plan", "import", pdf("expands.pdf", (document, page) ->
                page.getCOSObject().setItem(COSName.CONTENTS, deflated(document, "q Q\n", 200))).toString());
        // numbers without an operator, which the reader keeps until one comes (it ran out of memory)
        refused(countyDb, "第 1 页", "plan", "import", pdf("operands.pdf", (document, page) ->
                page.getCOSObject().setItem(COSName.CONTENTS, deflated(document, "1.5 ", 200))).toString());
        // a form that draws itself thousands of times (PDFBox logged each draw past its depth limit: 1 GB of log)
        refused(countyDb, "第 1 页", "plan", "import", pdf("draws-itself.pdf", (document, page) -> {
            COSStream form = form(document, "/F1 Do\n", 1);
            form.setItem(COSName.RESOURCES, drawingForm(document, page, form));
        }).toString());
        // a form of a megabyte drawn a hundred thousand times
        refused(countyDb, "第 1 页", "plan", "import", pdf("draws-often.pdf", (document, page) ->
                drawingForm(document, page, form(document, "q Q\n", 1))).toString());
        // a font whose embedded file expands to 64 MB (the reader decodes it whole to load the font)
        refused(countyDb, "第 1 页", "plan", "import", pdf("font.pdf", (document, page) -> {
            COSDictionary descriptor = new COSDictionary();
            descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
            descriptor.setName(COSName.FONT_NAME, "Expanding");
            descriptor.setItem(COSName.FONT_FILE2, deflated(document, "\0", 64));
            COSDictionary font = new COSDictionary();
            font.setItem(COSName.TYPE, COSName.FONT);
            font.setItem(COSName.SUBTYPE, COSName.TRUE_TYPE);
            font.setName(COSName.BASE_FONT, "Expanding");
            font.setItem(COSName.FONT_DESC, descriptor);
            naming(document, page, COSName.FONT, font, "BT /F1 12 Tf (1) Tj ET\n");
        }).toString());
        Path pages = folder.resolve("pages.pdf");
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < 2_001; i++) {
                document.addPage(new PDPage());
            }
            document.save(pages.toFile());
        }
        refused(countyDb, "超过 2,000 页", "plan", "import", pages.toString());
    }

    @Test
    void aWordDocumentOfAMillionTinyParagraphs_isRefusedBeforeItIsBuiltInMemory() throws Exception {
        Path file = folder.resolve("paragraphs.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-"
                    + "package.relationships+xml\"/><Override PartName=\"/word/document.xml\" ContentType="
                    + "\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                    + "wordprocessingml/2006/main\"><w:body>").getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 400_000; i++) {
                zip.write(("<w:p><w:r><w:t>" + i + ".</w:t></w:r></w:p>").getBytes(StandardCharsets.UTF_8));
            }
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        }
        refused(countyDb, "超过 1,000,000 个", "plan", "import", file.toString());
    }

    @Test
    void invisibleCharactersInADocument_areLeftOut_ofTheUnitsItNames() throws Exception {
        String sample = sample();
        int list = sample.indexOf("（责任单位：") + "（责任单位：".length();
        String marked = sample.substring(0, list) + "\u202E\u200B" + sample.substring(list, list + 2) + "\u0007"
                + sample.substring(list + 2);
        Path file = Files.writeString(folder.resolve("marked.txt"), marked, StandardCharsets.UTF_8);
        String db = folder.resolve("marked").resolve("kesudesk").toString();
        ok("--db", db, "plan", "import", file.toString(), "--accept-aliases");
        String units = ok("--db", db, "unit", "list", "--json").out();
        assertThat(units).doesNotContain("\\u202E", "\\u200B", "\\u0007", "\u202E", "\u0007");
    }

    // --- key files --------------------------------------------------------------------------------------------

    @Test
    void keysForRegionsNotInTheList_orForThisOffice_areRefused() throws Exception {
        refusedKey(corpus("keys/unknown-region.key"), "不在本机的区划列表中");
        refusedKey(corpus("keys/own-region.key"), "自称属于本单位");
        refusedKey(corpus("keys/sql-in-code.key"), "区划代码");
        assertThat(ok("--db", countyDb, "unit", "list").out()).isNotBlank();
    }

    @Test
    void keyNamesWithTerminalEscapesOrDirectionOverrides_areRefused_andNeverPrintedRaw() throws Exception {
        CliRun.Result escape = refusedKey(corpus("keys/terminal-escapes.key"), "区划名称");
        assertThat(escape.err() + escape.out()).doesNotContain("\u001B", "\u0007").contains("\\u001B");
        CliRun.Result override = refusedKey(corpus("keys/right-to-left-override.key"), "区划名称");
        assertThat(override.err()).doesNotContain("\u202E");
        refusedKey(corpus("keys/long-name.key"), "超过 50 个字");
    }

    // --- backups and database files ---------------------------------------------------------------------------

    @Test
    void aBackupThatWouldRunCode_isRefused_andWritesNothing() throws Exception {
        Path witness = folder.resolve("written-by-the-backup.txt");
        Path hostile = folder.resolve("hostile").resolve("kesudesk");
        Files.createDirectories(hostile.getParent());
        Files.copy(Path.of(countyDb + ".mv.db"), hostile.resolveSibling("kesudesk.mv.db"));
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + hostile, "sa", "");
             java.sql.Statement s = c.createStatement()) {
            s.execute("DROP TABLE APP_SETTING");
            s.execute("CREATE VIEW APP_SETTING(SETTING_KEY, SETTING_VALUE) AS SELECT CAST(FILE_WRITE('x', '"
                    + witness + "') AS VARCHAR), 'y'");
        }
        Path backup = zipOf("hostile-backup.zip", Map.of("kesudesk.mv.db",
                Files.readAllBytes(hostile.resolveSibling("kesudesk.mv.db"))));
        refused(countyDb, "为安全起见已拒绝", "db", "restore", backup.toString());
        CliRun.Result check = run("--db", hostile.toString(), "db", "check");
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out() + check.err()).doesNotContain("完好");
        assertThat(witness).doesNotExist();
    }

    @Test
    void aBackupThatIsAZipBomb_isRefusedInSeconds() throws Exception {
        Path bomb = zipBomb("bomb-backup.zip", "kesudesk.mv.db", 3 * 1024);
        assertThat(Files.size(bomb)).isLessThan(4L << 20);
        refused(countyDb, "压缩炸弹", "db", "restore", bomb.toString());
    }

    @Test
    void anEmptyDatabaseFile_isReportedDamaged_notSetUpAsNew() throws Exception {
        Path empty = folder.resolve("empty").resolve("kesudesk");
        Files.createDirectories(empty.getParent());
        Files.createFile(empty.resolveSibling("kesudesk.mv.db"));
        CliRun.Result check = run("--db", empty.toString(), "db", "check");
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.err()).contains("已损坏");
        assertThat(check.out()).doesNotContain("完好");
        assertThat(Files.size(empty.resolveSibling("kesudesk.mv.db"))).isZero();
    }

    // --- the harness ------------------------------------------------------------------------------------------

    /** The county imports a file; refused with the reason, in time, and its database unchanged. */
    private CliRun.Result refusedImport(Path file, String reason, String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "exchange";
        args[1] = "import";
        args[2] = file.toString();
        System.arraycopy(more, 0, args, 3, more.length);
        return refused(countyDb, reason, args);
    }

    private CliRun.Result refusedLedger(Path file, String reason) {
        return refused(countyDb, reason, "exchange", "ledger-import", file.toString());
    }

    private CliRun.Result refusedKey(Path file, String reason) {
        return refused(countyDb, reason, "key", "import", file.toString());
    }

    /** Runs a command on a database that must refuse it: exit 1, the reason in Chinese, no stack, nothing changed. */
    private CliRun.Result refused(String db, String reason, String... command) {
        String before = state(db);
        String[] args = new String[command.length + 2];
        args[0] = "--db";
        args[1] = db;
        System.arraycopy(command, 0, args, 2, command.length);
        CliRun.Result result = assertTimeoutPreemptively(BOUND, () -> run(args),
                () -> String.join(" ", command) + " ran past " + BOUND.toSeconds() + " s");
        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        assertThat(result.err()).contains(reason);
        assertThat(result.out() + result.err()).doesNotContain("Exception", "\tat ", "Caused by", "org.h2",
                "com.fasterxml", "org.apache");
        assertThat(state(db)).isEqualTo(before);
        return result;
    }

    /** What the database holds, as the command line shows it. */
    private String state(String db) {
        return ok("--db", db, "plan", "show", "--json").out() + ok("--db", db, "unit", "list", "--json").out()
                + ok("--db", db, "audit", "list", "--json", "--limit", "1000").out()
                + ok("--db", db, "plan", "list").out();
    }

    private CliRun.Result ok(String... args) {
        CliRun.Result result = run(args);
        assertThat(result.exitCode()).as(String.join(" ", args) + ": " + result.err()).isZero();
        return result;
    }

    private CliRun.Result run(String... args) {
        return CliRun.run(folder, args);
    }

    /** A file from the city with its plan.json changed as given, signed with the city's own key. */
    private Path cityFile(String name, Consumer<ObjectNode> change) throws Exception {
        ObjectNode plan = countyPlanJson.deepCopy();
        change.accept(plan);
        return signedCity(name, plan, manifest -> { });
    }

    private Path signedCity(String name, ObjectNode plan, Consumer<ObjectNode> manifestChange) throws Exception {
        return signed(name, cityKey, CITY, FUYU, JSON.writeValueAsBytes(plan), manifestChange);
    }

    /** A .kesu file as the app writes it (see docs/exchange-format.md), with its manifest changed as given. */
    private Path signed(String name, KeyPair key, String sender, String recipient, byte[] planJson,
                        Consumer<ObjectNode> manifestChange) throws Exception {
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("format", "kesudesk-exchange");
        manifest.put("formatVersion", 1);
        byte[] publicKey = key.getPublic().getEncoded();
        manifest.putObject("sender").put("code", sender).put("name", "发送单位")
                .put("publicKey", Base64.getEncoder().encodeToString(publicKey))
                .put("fingerprint", OfficeKeys.fingerprint(publicKey));
        manifest.putObject("recipient").put("code", recipient);
        manifest.put("createdAt", OffsetDateTime.now().toString());
        manifest.put("appVersion", "test");
        manifest.putObject("entries").putObject("plan.json").put("size", planJson.length)
                .put("sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(planJson)));
        manifestChange.accept(manifest);
        byte[] manifestBytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(key.getPrivate());
        signature.update(manifestBytes);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("manifest.json", manifestBytes);
        entries.put("manifest.sig", Base64.getEncoder().encode(signature.sign()));
        entries.put("plan.json", planJson);
        return zipOf(name + ".kesu", entries);
    }

    /** A file of the corpus in the test resources ({@code hostile/}), copied to the test's folder. */
    private Path corpus(String name) throws IOException {
        try (InputStream in = HostileInputsTest.class.getResourceAsStream("/hostile/" + name)) {
            Path file = folder.resolve(name.replace('/', '-'));
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    private Path editedLedger(String name, Consumer<Sheet> change) throws IOException {
        return editedWorkbook(name, workbook -> change.accept(workbook.getSheet("任务分工表")));
    }

    private Path editedWorkbook(String name, Consumer<Workbook> change) throws IOException {
        Path copy = folder.resolve(name + "-" + System.nanoTime() + ".xlsx");
        try (InputStream in = Files.newInputStream(ledger); Workbook workbook = WorkbookFactory.create(in);
             OutputStream out = Files.newOutputStream(copy)) {
            change.accept(workbook);
            workbook.write(out);
        }
        return copy;
    }

    private Path zipOf(String name, Map<String, byte[]> entries) throws IOException {
        Path file = folder.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    /**
     * A zip with one entry of zeros, megabytes long, deflated to almost nothing (and, as Office files have, an empty
     * content-types part).
     */
    private Path zipBomb(String name, String entry, int megabytes) throws IOException {
        Path file = folder.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            if (!entry.endsWith(".mv.db")) {
                zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(entry));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return file;
    }

    /** A PDF of one page, which {@code page} fills. */
    private Path pdf(String name, PageContent page) throws IOException {
        Path file = folder.resolve(name);
        try (PDDocument document = new PDDocument()) {
            PDPage first = new PDPage();
            document.addPage(first);
            page.fill(document, first);
            document.save(file.toFile());
        }
        return file;
    }

    private interface PageContent {
        void fill(PDDocument document, PDPage page) throws IOException;
    }

    /** A stream of {@code text} over and over, megabytes of it, deflated (to a thousandth of that). */
    private static COSStream deflated(PDDocument document, String text, int megabytes) throws IOException {
        COSStream stream = document.getDocument().createCOSStream();
        byte[] chunk = text.repeat((1 << 20) / text.length()).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = new java.util.zip.DeflaterOutputStream(stream.createRawOutputStream(),
                new java.util.zip.Deflater(java.util.zip.Deflater.BEST_SPEED), 1 << 16)) {
            for (int i = 0; i < megabytes; i++) {
                out.write(chunk);
            }
        }
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        return stream;
    }

    /** The page's resources, naming {@code form} F1, and its content, a megabyte of drawing F1 again and again. */
    private static COSDictionary drawingForm(PDDocument document, PDPage page, COSStream form) throws IOException {
        return naming(document, page, COSName.XOBJECT, form, "/F1 Do\n");
    }

    /** The page's resources, naming {@code f1} F1 among its {@code kind}, and its content, a megabyte of it. */
    private static COSDictionary naming(PDDocument document, PDPage page, COSName kind, COSDictionary f1,
                                        String content) throws IOException {
        COSDictionary named = new COSDictionary();
        named.setItem(COSName.getPDFName("F1"), f1);
        COSDictionary resources = new COSDictionary();
        resources.setItem(kind, named);
        page.getCOSObject().setItem(COSName.RESOURCES, resources);
        page.getCOSObject().setItem(COSName.CONTENTS, deflated(document, content, 1));
        return resources;
    }

    private static COSStream form(PDDocument document, String text, int megabytes) throws IOException {
        COSStream form = deflated(document, text, megabytes);
        form.setItem(COSName.TYPE, COSName.XOBJECT);
        form.setItem(COSName.SUBTYPE, COSName.FORM);
        form.setItem(COSName.BBOX, new PDRectangle(0, 0, 10, 10).getCOSArray());
        return form;
    }

    private static byte[] entry(Path kesu, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(kesu))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    zip.transferTo(out);
                    return out.toByteArray();
                }
            }
        }
        throw new IllegalStateException(name + " not in " + kesu);
    }

    private static String sample() throws IOException {
        try (InputStream in = HostileInputsTest.class.getResourceAsStream(
                "/org/kesudesk/samples/qiqihar-2022-16.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ObjectNode item(ObjectNode plan) {
        for (JsonNode section : plan.path("sections")) {
            for (JsonNode item : section.path("children")) {
                if (item.path("children").size() > 0) {
                    return (ObjectNode) item;
                }
            }
        }
        throw new IllegalStateException("no item with tasks");
    }

    private static ObjectNode task(ObjectNode plan) {
        return (ObjectNode) item(plan).path("children").get(0);
    }

    private static ObjectNode firstIndicator(ObjectNode plan) {
        for (JsonNode section : plan.path("sections")) {
            for (JsonNode item : section.path("children")) {
                for (JsonNode task : item.path("children")) {
                    if (task.path("indicators").size() > 0) {
                        return (ObjectNode) task.path("indicators").get(0);
                    }
                }
            }
        }
        throw new IllegalStateException("no task with an indicator");
    }
}
