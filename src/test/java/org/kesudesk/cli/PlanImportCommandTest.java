package org.kesudesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kesudesk.model.PlanSummary;
import org.kesudesk.model.Unit;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.UnitRepository;

class PlanImportCommandTest {

    private static final Path SAMPLE = Path.of("src", "main", "resources", "org", "kesudesk", "samples",
            "qiqihar-2022-16.txt");
    private static final Path COUNTY = Path.of("src", "test", "resources", "plans", "gannan-county-2023.txt");

    @TempDir
    Path folder;

    @Test
    void importingTheSample_storesItAndPlanShowPrintsIt() throws Exception {
        Path db = folder.resolve("kesudesk");

        CliRun.Result imported = run("--db", db.toString(), "plan", "import", SAMPLE.toString());
        CliRun.Result shown = run("--db", db.toString(), "plan", "show", "--json");

        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).contains("齐政办发〔2022〕16号").contains("任务 35 项").contains("量化指标 6 个")
                .contains("“市生态局”可能是“市生态环境局”").contains("已保存");
        JsonNode json = new ObjectMapper().readTree(shown.out());
        assertThat(json.at("/plan/docNumber").asText()).isEqualTo("齐政办发〔2022〕16号");
        assertThat(json.at("/plan/date").asText()).isEqualTo("2022-04-25");
        assertThat(json.get("items")).extracting(item -> item.get("kind").asText())
                .containsExactly("action", "action", "action", "action", "action",
                        "project", "project", "project", "project", "project",
                        "safeguard", "safeguard", "safeguard");
        JsonNode firstTask = json.at("/items/0/tasks/0");
        assertThat(firstTask.get("no").asInt()).isEqualTo(1);
        assertThat(firstTask.get("title").asText()).isEqualTo("将弘扬科学精神贯穿于育人全链条");
        assertThat(json.at("/items/0/lead/1").asText()).isEqualTo("市科协");
        // the sections with their introductions: nothing of the document's plan is left out
        assertThat(json.get("sections")).extracting(section -> section.get("no").asText())
                .containsExactly("二", "三", "四");
        assertThat(json.at("/sections/1/title").asText()).isEqualTo("突出供给侧改革，实施五项重点工程");
        assertThat(json.at("/sections/1/text").asText()).startsWith("深化科普供给侧改革").endsWith("实施5项重点工程。");
        assertThat(json.at("/plan/goalText").asText()).contains("到 2025 年，科学精神深入人心");
    }

    @Test
    void withoutAcceptingAliases_bothNamesStaySeparateUnits_withAcceptingTheyAreOne() {
        Path kept = folder.resolve("kept");
        Path merged = folder.resolve("merged");

        run("--db", kept.toString(), "plan", "import", SAMPLE.toString());
        run("--db", merged.toString(), "plan", "import", SAMPLE.toString(), "--accept-aliases");

        assertThat(unitNames(kept)).contains("市生态局", "市生态环境局");
        assertThat(unitNames(merged)).contains("市生态环境局").doesNotContain("市生态局");
    }

    @Test
    void namesWrittenWithoutTheirSharedPrefix_areTheLongNamesOnlyWhenAccepted() throws Exception {
        Path kept = folder.resolve("kept");
        Path accepted = folder.resolve("accepted");
        Path plan = Path.of("src", "test", "resources", "plans", "shared-prefix-units.txt");

        CliRun.Result asWritten = run("--db", kept.toString(), "plan", "import", plan.toString(), "--region", "230200");
        run("--db", accepted.toString(), "plan", "import", plan.toString(), "--accept-aliases", "--region",
                "230200");

        assertThat(asWritten.out()).contains("第 15 行：“宣传部”没有写前缀").contains("“市委宣传部”");
        assertThat(unitNames(kept)).contains("宣传部", "科技局", "财政局").doesNotContain("市委宣传部");
        assertThat(unitNames(accepted)).contains("市委宣传部", "市科技局", "市财政局")
                .doesNotContain("宣传部", "科技局", "财政局");
        JsonNode shown = new ObjectMapper().readTree(run("--db", accepted.toString(), "plan", "show", "--json").out());
        List<String> responsible = new java.util.ArrayList<>();
        shown.at("/items/0/tasks/0/responsible").forEach(name -> responsible.add(name.asText()));
        assertThat(responsible).containsExactly("市委组织部", "市委宣传部", "市发展改革委", "市科技局", "市财政局");
    }

    @Test
    void aShortNameTheDocumentDefines_isTheFullNamesAliasWhenAccepted() throws IOException {
        String city = Files.readString(Path.of("src", "test", "resources", "plans", "unseen", "bingshi-city.txt"));
        String defined = city.replace("（一）加强组织领导。市全民科学素质工作领导小组统筹协调实施方案的落实。（责任单位：市科协）",
                "（一）加强组织领导。市全民科学素质工作领导小组办公室（以下简称“市纲要办”）统筹协调实施方案的落实。"
                        + "（责任单位：市纲要办、市科协）");
        assertThat(defined).isNotEqualTo(city);
        Path plan = Files.writeString(folder.resolve("defined.txt"), defined, StandardCharsets.UTF_8);
        Path kept = folder.resolve("kept");
        Path accepted = folder.resolve("accepted");

        CliRun.Result asWritten = run("--db", kept.toString(), "plan", "import", plan.toString(), "--region", "230200");
        run("--db", accepted.toString(), "plan", "import", plan.toString(), "--accept-aliases", "--region", "230200");

        assertThat(asWritten.out()).contains("“市纲要办”是“市全民科学素质工作领导小组办公室”的简称");
        assertThat(unitNames(kept)).contains("市纲要办").doesNotContain("市全民科学素质工作领导小组办公室");
        assertThat(unitNames(accepted)).contains("市全民科学素质工作领导小组办公室", "市科协").doesNotContain("市纲要办");
    }

    @Test
    void aDocumentCutOffInCopying_isStoredAsFarAsItGoes_onlyWhenTheUserSaysSo() throws IOException {
        Path db = folder.resolve("kesudesk");
        String sample = Files.readString(SAMPLE);
        Path cut = Files.writeString(folder.resolve("cut.txt"),
                sample.substring(0, sample.indexOf("实施科技创新后备人才") + 6), StandardCharsets.UTF_8);

        CliRun.Result refused = run("--db", db.toString(), "plan", "import", cut.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("不完整").contains("--accept-incomplete").doesNotContain("Exception");
        assertThat(Files.exists(folder.resolve("kesudesk.mv.db")) ? plans(db) : List.of()).isEmpty();

        CliRun.Result stored = run("--db", db.toString(), "plan", "import", cut.toString(), "--accept-incomplete");
        assertThat(stored.exitCode()).isZero();
        assertThat(stored.out()).contains("不完整");
        assertThat(plans(db)).hasSize(1);
    }

    @Test
    void aPlanInTraditionalCharacters_isStoredAsWritten_orSimplifiedWhenAsked() throws IOException {
        String text = com.ibm.icu.text.Transliterator.getInstance("Hans-Hant").transliterate(
                Files.readString(Path.of("src", "test", "resources", "plans", "styles", "labelled.txt")));
        Path traditional = Files.writeString(folder.resolve("traditional.txt"), text, StandardCharsets.UTF_8);
        Path asWritten = folder.resolve("as-written");
        Path simplified = folder.resolve("simplified");

        CliRun.Result kept = run("--db", asWritten.toString(), "plan", "import", traditional.toString(), "--region",
                "230200");
        run("--db", simplified.toString(), "plan", "import", traditional.toString(), "--to-simplified", "--region",
                "230200");

        assertThat(kept.out()).contains("繁体字").contains("--to-simplified");
        assertThat(unitNames(asWritten)).contains("市科協", "團市委");
        assertThat(unitNames(simplified)).contains("市科协", "团市委").doesNotContain("市科協");
    }

    @Test
    void aDryRunStoresNothing() {
        Path db = folder.resolve("kesudesk");

        CliRun.Result result = run("--db", db.toString(), "plan", "import", SAMPLE.toString(), "--dry-run");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("任务 35 项").contains("没有保存");
        assertThat(plans(db)).isEmpty();
    }

    @Test
    void aDivisionTableWorkbook_isImportedAsAPlan_namedByItsTitle() throws IOException {
        Path workbook = folder.resolve("任务分工表.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.OutputStream out = Files.newOutputStream(workbook)) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet("分工");
            String[][] rows = {{"齐齐哈尔市2024年全民科学素质工作要点任务分工表"}, {"序号", "工作任务", "牵头单位", "责任单位"},
                {"一、实施重点人群科学素质提升行动"}, {"1", "深入开展青少年科学素质提升行动", "市教育局", "市科协、团市委"}};
            for (int r = 0; r < rows.length; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
        }
        Path db = folder.resolve("kesudesk");

        CliRun.Result result = run("--db", db.toString(), "plan", "import", workbook.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("方案：（无文号） 齐齐哈尔市2024年全民科学素质工作要点任务分工表").contains("任务 1 项");
        assertThat(run("--db", db.toString(), "plan", "show").out())
                .contains("深入开展青少年科学素质提升行动（牵头单位：市教育局；责任单位：市科协、团市委）");
    }

    @Test
    void aCountysDocumentImportedForTheCounty_goesIntoTheCountysCatalogue_andTheCitysPlanStaysTheOwn() {
        Path db = folder.resolve("kesudesk");
        run("--db", db.toString(), "plan", "import", SAMPLE.toString());
        List<String> cityUnits = unitNames(db);
        // without --region, a document the county issued is not stored as the city's plan
        CliRun.Result unasked = run("--db", db.toString(), "plan", "import", COUNTY.toString());
        assertThat(unasked.exitCode()).isEqualTo(1);
        assertThat(unasked.err()).contains("甘南县人民政府办公室").contains("--region 230225").contains("没有保存");
        assertThat(plans(db)).hasSize(1);
        CliRun.Result county = run("--db", db.toString(), "plan", "import", COUNTY.toString(), "--region", "230225");
        assertThat(county.exitCode()).as(county.err()).isZero();
        assertThat(county.out()).contains("甘南县的方案");

        CliRun.Result list = run("--db", db.toString(), "plan", "list");
        assertThat(list.out().lines()).hasSize(2);
        assertThat(list.out().lines().filter(line -> line.startsWith("*")))
                .singleElement().asString().contains("齐政办发〔2022〕16号").contains("齐齐哈尔市").contains("2021—2025年");
        assertThat(list.out()).contains("甘南县").contains("甘南政办规〔2023〕5号");
        assertThat(unitNames(db)).as("the city's catalogue").isEqualTo(cityUnits);
        CliRun.Result gannanUnits = run("--db", db.toString(), "unit", "list", "--region", "230225");
        assertThat(gannanUnits.out()).contains("县科协").doesNotContain("市科协");
        assertThat(run("--db", db.toString(), "plan", "show", "--plan", "230225").out()).contains("甘南政办规〔2023〕5号");

        // the same plan issued jointly by the county's Party committee and its government: the county's too
        Path joint = folder.resolve("joint.txt");
        writeJointlyIssued(joint);
        CliRun.Result jointUnasked = run("--db", db.toString(), "plan", "import", joint.toString());
        assertThat(jointUnasked.exitCode()).isEqualTo(1);
        assertThat(jointUnasked.err()).contains("中共甘南县委办公室").contains("--region 230225").contains("没有保存");
        assertThat(plans(db)).hasSize(2);

        CliRun.Result unknown = run("--db", db.toString(), "plan", "import", COUNTY.toString(), "--region", "1");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("没有代码为 1 的区划").contains("230225 甘南县");
        assertThat(plans(db)).hasSize(2);
    }

    /** The county's plan as a 联合发文: issued by 中共甘南县委办公室 and 甘南县人民政府办公室, both named in the 署名. */
    private static void writeJointlyIssued(Path file) {
        try {
            String county = Files.readString(COUNTY);
            String joint = county.replaceFirst("甘南县人民政府办公室关于印发", "中共甘南县委办公室　甘南县人民政府办公室\n关于印发")
                    .replaceFirst("\n甘南县人民政府办公室\n", "\n中共甘南县委办公室　　甘南县人民政府办公室\n");
            assertThat(joint).isNotEqualTo(county).contains("\n中共甘南县委办公室　　甘南县人民政府办公室\n");
            Files.writeString(file, joint);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aDocumentFromAPlaceInNoRegionOfTheList_isNotStoredAsTheOfficesPlan_unlessTheRegionIsNamed() {
        Path db = folder.resolve("kesudesk");
        Path otherCity = Path.of("src", "test", "resources", "plans", "unseen", "bingshi-city.txt");

        CliRun.Result unasked = run("--db", db.toString(), "plan", "import", otherCity.toString());

        assertThat(unasked.exitCode()).isEqualTo(1);
        assertThat(unasked.err()).contains("丙市人民政府办公室").contains("丙市不是本单位（齐齐哈尔市）")
                .contains("--region 230200").contains("没有保存");
        assertThat(plans(db)).isEmpty();
        assertThat(run("--db", db.toString(), "plan", "import", otherCity.toString(), "--region", "230200")
                .exitCode()).isZero();
        // the city's own document: nothing to ask
        assertThat(run("--db", db.toString(), "plan", "import", SAMPLE.toString()).exitCode()).isZero();
        assertThat(plans(db)).hasSize(2);
    }

    @Test
    void aDocumentInTraditionalCharacters_isFromTheRegionItsIssuerNames_asInSimplifiedOnes() throws IOException {
        Path db = folder.resolve("kesudesk");
        // 壬縣人民政府: a county in no region of the list, written 縣
        Path unseen = Path.of("src", "test", "resources", "plans", "unseen", "renxian-traditional.txt");
        Path gannan = Files.writeString(folder.resolve("gannan-traditional.txt"), com.ibm.icu.text.Transliterator
                .getInstance("Hans-Hant").transliterate(Files.readString(COUNTY)), StandardCharsets.UTF_8);

        CliRun.Result unknown = run("--db", db.toString(), "plan", "import", unseen.toString());
        CliRun.Result county = run("--db", db.toString(), "plan", "import", gannan.toString());

        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("壬縣人民政府").contains("壬县不是本单位").contains("没有保存");
        assertThat(county.exitCode()).isEqualTo(1);
        assertThat(county.err()).contains("甘南縣人民政府辦公室").contains("甘南县的方案").contains("--region 230225");
        assertThat(plans(db)).isEmpty();
    }

    @Test
    void theSameDocumentAgain_isRefusedNamingThePlanItMadeBefore_unlessAskedFor() {
        Path db = folder.resolve("kesudesk");
        assertThat(run("--db", db.toString(), "plan", "import", SAMPLE.toString()).exitCode()).isZero();
        String before = run("--db", db.toString(), "plan", "list", "--json").out();

        CliRun.Result again = run("--db", db.toString(), "plan", "import", SAMPLE.toString());

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("已有这份方案").contains("齐政办发〔2022〕16号").contains("--again")
                .contains("没有保存");
        assertThat(run("--db", db.toString(), "plan", "list", "--json").out()).isEqualTo(before);
        // for a county, the same document is the county's first plan: no refusal
        assertThat(run("--db", db.toString(), "plan", "import", SAMPLE.toString(), "--region", "230225")
                .exitCode()).isZero();
        // asked for, a second plan of the city
        assertThat(run("--db", db.toString(), "plan", "import", SAMPLE.toString(), "--again").exitCode()).isZero();
        assertThat(plans(db)).hasSize(3);
    }

    @Test
    void aGb18030FileIsReadAsSuch_andCanBeForced() throws IOException {
        Path gbk = folder.resolve("plan-gbk.txt");
        Files.write(gbk, Files.readString(SAMPLE).getBytes(Charset.forName("GB18030")));
        Path db = folder.resolve("kesudesk");

        CliRun.Result detected = run("--db", db.toString(), "plan", "import", gbk.toString(), "--dry-run");
        CliRun.Result forced = run("--db", db.toString(), "plan", "import", gbk.toString(), "--dry-run",
                "--encoding", "GBK");
        CliRun.Result unknown = run("--db", db.toString(), "plan", "import", gbk.toString(), "--encoding", "KLINGON");

        assertThat(detected.out()).contains("（GB18030）").contains("任务 35 项");
        assertThat(forced.out()).contains("（GBK）").contains("任务 35 项");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("不认识的编码“KLINGON”");
    }

    @Test
    void aFileThatIsNotAPlan_failsWithTheReason_andStoresNothing() throws IOException {
        Path notes = folder.resolve("notes.txt");
        Files.writeString(notes, "会议纪要\n\n下周一开会。\n");
        Path db = folder.resolve("kesudesk");

        CliRun.Result result = run("--db", db.toString(), "plan", "import", notes.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("没有找到实施方案的结构").doesNotContain("Exception");
        assertThat(plans(db)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDocuments")
    void aBadDocument_failsWithAClearMessage_andLeavesTheDatabaseAsItWas(String name, byte[] content,
                                                                        String message) throws IOException {
        Path db = folder.resolve("kesudesk");
        // 甘南县's office, with its own plan
        run("--db", db.toString(), "region", "own", "230225");
        run("--db", db.toString(), "plan", "import", COUNTY.toString());
        Path file = folder.resolve(name);
        Files.write(file, content);

        CliRun.Result result = run("--db", db.toString(), "plan", "import", file.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(plans(db)).singleElement().satisfies(plan -> {
            assertThat(plan.docNumber()).isEqualTo("甘南政办规〔2023〕5号");
            assertThat(plan.current()).isTrue();
        });
        assertThat(unitNames(db)).hasSize(14);
    }

    static Stream<Arguments> badDocuments() throws IOException {
        String sample = Files.readString(SAMPLE);
        byte[] binary = new byte[2048];
        new Random(3).nextBytes(binary);
        binary[10] = 0;
        return Stream.of(
                Arguments.of("empty.txt", new byte[0], "文件是空的"),
                Arguments.of("scan.txt", binary, "不是文本文件"),
                Arguments.of("letter.txt", "请于周一上午到会。\n".getBytes(StandardCharsets.UTF_8), "没有找到实施方案的结构"),
                Arguments.of("truncated.txt", sample.substring(0, sample.indexOf("实施科技创新后备人才") + 6)
                        .getBytes(StandardCharsets.UTF_8), "不完整"),
                Arguments.of("broken.docx", "PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1),
                        "无法读取这个 Word 文档"));
    }

    private List<PlanSummary> plans(Path db) {
        try (Database database = Database.open(db)) {
            return new PlanRepository(database).list();
        }
    }

    private List<String> unitNames(Path db) {
        try (Database database = Database.open(db)) {
            return new UnitRepository(database).all().stream().map(Unit::name).toList();
        }
    }

    @Test
    void aTableWithUnusualHeaders_isReadWithColumnsSaid_andRefusedWithoutSayingHow() throws Exception {
        Path db = folder.resolve("kesudesk");
        Path document = java.nio.file.Files.write(folder.resolve("分工表.docx"),
                org.kesudesk.testsupport.UnusualTable.docx());

        CliRun.Result unsaid = run("--db", db.toString(), "plan", "import", document.toString());
        CliRun.Result badName = run("--db", db.toString(), "plan", "import", document.toString(), "--columns",
                "任务,主办,协办,其他");
        CliRun.Result noTask = run("--db", db.toString(), "plan", "import", document.toString(), "--columns",
                "其他,牵头单位,责任单位,其他");
        CliRun.Result imported = run("--db", db.toString(), "plan", "import", document.toString(), "--columns",
                "任务，牵头单位，责任单位，其他", "--region", "230200");
        CliRun.Result shown = run("--db", db.toString(), "plan", "show", "--json");

        assertThat(unsaid.exitCode()).isEqualTo(1);
        assertThat(unsaid.err()).contains("表头：内容、主办、协办、时限").contains("--columns").doesNotContain("Exception");
        assertThat(badName.exitCode()).isEqualTo(1);
        assertThat(badName.err()).contains("“主办”不是列的内容").contains("牵头单位");
        assertThat(noTask.exitCode()).isEqualTo(1);
        assertThat(noTask.err()).contains("“任务”");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(shown.out());
        assertThat(json.get("items")).hasSize(3);
        assertThat(json.at("/items/0/lead/0").asText()).isEqualTo("市教育局");
        assertThat(json.at("/items/2/tasks/1/title").asText()).isEqualTo("建设基层科普阵地");
    }

    private CliRun.Result run(String... args) {
        return CliRun.run(folder, args);
    }
}
