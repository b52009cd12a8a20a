package org.kesudesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.logic.AppDirectoriesFixture;

/** unit, assign, unassign and audit on the command line, against the imported sample plan. */
class EditCommandsTest {

    private static final String SAMPLE = Path.of("src", "main", "resources", "org", "kesudesk", "samples",
            "qiqihar-2022-16.txt").toString();

    @TempDir
    Path folder;
    private String db;

    @BeforeEach
    void importSample() {
        db = folder.resolve("kesudesk").toString();
        assertThat(run("plan", "import", SAMPLE).exitCode).isZero();
    }

    @Test
    void assignAndUnassign_changeTheCurrentPlan_inTheGivenPosition() throws Exception {
        Result assigned = run("assign", "action.1.2", "市科协", "--role", "responsible", "--position", "1");
        Result lead = run("assign", "project.5", "市教育局", "--role", "lead");
        Result unassigned = run("unassign", "action.1.2", "市教育局");

        assertThat(assigned.exitCode).isZero();
        assertThat(lead.exitCode).isZero();
        assertThat(unassigned.exitCode).isZero();
        JsonNode plan = json(run("plan", "show", "--json").out);
        assertThat(texts(plan.at("/items/0/tasks/1/responsible"))).containsExactly("市科协");
        assertThat(texts(plan.at("/items/9/lead"))).containsExactly("市科协", "市教育局");
    }

    @Test
    void aTasksResponsibleUnit_madeItsLead_leavesItsResponsibleUnits() throws Exception {
        Result lead = run("assign", "action.1.3", "团市委", "--role", "lead");

        assertThat(lead.exitCode).isZero();
        JsonNode task = json(run("plan", "show", "--json").out).at("/items/0/tasks/2");
        assertThat(texts(task.at("/lead"))).containsExactly("团市委");
        assertThat(texts(task.at("/responsible"))).containsExactly("市教育局", "市科协");
        assertThat(run("plan", "show").out).contains("（牵头单位：团市委；责任单位：市教育局、市科协）");
        // named again as responsible, it leads no longer
        assertThat(run("assign", "action.1.3", "团市委", "--role", "responsible").exitCode).isZero();
        JsonNode back = json(run("plan", "show", "--json").out).at("/items/0/tasks/2");
        assertThat(texts(back.at("/lead"))).isEmpty();
        assertThat(texts(back.at("/responsible"))).containsExactly("市教育局", "市科协", "团市委");
    }

    /**
     * {@code plan notice}: the 版头 and 版记 the documents print; a 文号 and 成文日期 given are kept in the plan (the
     * list and the audit log say so); a date that is no date is refused in Chinese, nothing kept.
     */
    @Test
    void theNoticesNumberAndDate_shownAndKeptInThePlan() {
        assertThat(run("plan", "notice").out).contains("发文字号：齐政办发〔2022〕16号").contains("成文日期：2022年4月25日");

        Result kept = run("plan", "notice", "--doc-number", "齐政办发〔2022〕17号", "--date", "2022-05-06");
        Result noDate = run("plan", "notice", "--date", "2022-05-36");

        assertThat(kept.exitCode).as(kept.err).isZero();
        assertThat(kept.out).contains("已保存到方案").contains("发文字号：齐政办发〔2022〕17号")
                .contains("成文日期：2022年5月6日");
        assertThat(noDate.exitCode).isEqualTo(1);
        assertThat(noDate.err).contains("成文日期“2022-05-36”不是日期");
        assertThat(run("plan", "list").out).contains("齐政办发〔2022〕17号");
        assertThat(run("audit", "list").out).contains("修改版头版记")
                .contains("发文字号：齐政办发〔2022〕16号；成文日期：2022-04-25 → 发文字号：齐政办发〔2022〕17号；成文日期：2022-05-06");
    }

    @Test
    void aWrongRoleOrReference_isRefusedInChinese() {
        Result responsibleOnItem = run("assign", "action.1", "市科协", "--role", "responsible");
        Result noSuchTask = run("assign", "action.1.9", "市科协", "--role", "responsible");
        Result badSyntax = run("assign", "task-7", "市科协", "--role", "responsible");
        Result unknownUnit = run("assign", "action.1.2", "市外星局", "--role", "responsible");

        assertThat(responsibleOnItem.exitCode).isEqualTo(1);
        assertThat(responsibleOnItem.err).contains("不能设置责任单位");
        assertThat(noSuchTask.err).contains("方案中没有“action.1.9”");
        assertThat(badSyntax.err).contains("不是有效的位置");
        assertThat(unknownUnit.err).contains("单位目录中没有“市外星局”");
    }

    @Test
    void unitAddRenameAndMerge() throws Exception {
        assertThat(run("unit", "add", "市气象台").out).contains("已新增单位“市气象台”");
        assertThat(run("unit", "rename", "市科协", "市科学技术协会").exitCode).isZero();
        Result merge = run("unit", "merge", "市生态局", "市生态环境局");

        assertThat(merge.exitCode).isZero();
        JsonNode units = json(run("unit", "list", "--json").out);
        List<String> names = new ArrayList<>();
        units.forEach(u -> names.add(u.get("name").asText()));
        assertThat(names).contains("市气象台", "市科学技术协会").doesNotContain("市科协", "市生态局");
        JsonNode ecology = null;
        for (JsonNode u : units) {
            if (u.get("name").asText().equals("市生态环境局")) {
                ecology = u;
            }
        }
        assertThat(texts(ecology.get("aliases"))).containsExactly("市生态局");
        JsonNode plan = json(run("plan", "show", "--json").out);
        assertThat(texts(plan.at("/items/9/tasks/1/responsible"))).contains("市生态环境局").doesNotContain("市生态局");
        assertThat(texts(plan.at("/items/0/lead"))).containsExactly("市教育局", "市科学技术协会");
        assertThat(run("unit", "add", "市生态局").err).contains("已经存在");
    }

    @Test
    void unitRemove_takesOutAUnitNothingUses_byItsOwnName_andRefusesOneInUseOrAnAlias() throws Exception {
        assertThat(run("unit", "add", "市气像台").exitCode).isZero();
        assertThat(run("unit", "rename", "市气像台", "市气象台").exitCode).isZero();
        // the list says which units stand nowhere in the division, and how often the others do
        assertThat(run("unit", "list").out.lines()).filteredOn(line -> line.contains("（未用于任何分工）"))
                .anySatisfy(line -> assertThat(line).contains("市气象台"))
                .noneSatisfy(line -> assertThat(line).contains("市教育局"));
        JsonNode plan = json(run("plan", "show", "--json").out);
        int places = plan.toString().split("\"市教育局\"", -1).length - 1;
        for (JsonNode u : json(run("unit", "list", "--json").out)) {
            if (u.get("name").asText().equals("市教育局")) {
                assertThat(u.get("assignments").asInt()).isEqualTo(places).isPositive();
            } else if (u.get("name").asText().equals("市气象台")) {
                assertThat(u.get("assignments").asInt()).isZero();
            }
        }

        Result alias = run("unit", "remove", "市气像台");
        Result inUse = run("unit", "remove", "市教育局");
        Result removed = run("unit", "remove", "市气象台");

        assertThat(alias.exitCode).isNotZero();
        assertThat(alias.err).contains("“市气像台”是单位“市气象台”的别名");
        assertThat(inUse.exitCode).isNotZero();
        assertThat(inUse.err).contains("“市教育局”在方案中还有").contains("unit merge").doesNotContain("Exception");
        assertThat(removed.exitCode).as(removed.err).isZero();
        assertThat(removed.out).contains("已删除单位“市气象台”（连同 1 个别名）");
        List<String> names = new ArrayList<>();
        json(run("unit", "list", "--json").out).forEach(u -> names.add(u.get("name").asText()));
        assertThat(names).contains("市教育局").doesNotContain("市气象台", "市气像台");
        // the name is free again, the alias with it
        assertThat(run("unit", "add", "市气像台").exitCode).isZero();
        assertThat(json(run("audit", "list", "--json").out).get(1).get("action").asText()).isEqualTo("unit.remove");
    }

    @Test
    void aClockThatReadsEarlierThanTheData_isSaidOnTheErrorStream_theCommandStillRuns() throws Exception {
        assertThat(run("unit", "list").err).doesNotContain("本机日期");
        try (org.kesudesk.store.Database database = org.kesudesk.store.Database.open(Path.of(db))) {
            org.kesudesk.store.Tampering.change(database, tx -> tx.update(org.kesudesk.store.jooq.Tables.AUDIT_LOG)
                    .set(org.kesudesk.store.jooq.Tables.AUDIT_LOG.AT, java.time.OffsetDateTime.now().plusDays(3))
                    .execute());
        }

        Result listed = run("unit", "list", "--json");

        assertThat(listed.exitCode).isZero();
        assertThat(listed.err).contains("本机日期是").contains("请先校正电脑的日期和时间");
        assertThat(json(listed.out).size()).as("the output as ever").isPositive();
    }

    @Test
    void aUnitsLiaison_isShownSetInPartsListedAndCleared_andWhatIsNoTelephoneIsRefused() throws Exception {
        assertThat(run("unit", "liaison", "市科协").out).contains("市科协 没有登记联络员");
        assertThat(run("unit", "liaison", "市科协", "--person", "张三").exitCode).isZero();
        // a part not given stays as it is
        assertThat(run("unit", "liaison", "市科协", "--phone", "0452-2412345 转 8012").out)
                .contains("已登记 市科协 的联络员：张三\u30000452-2412345 转 8012");
        JsonNode science = null;
        for (JsonNode unit : json(run("unit", "list", "--json").out)) {
            if (unit.get("name").asText().equals("市科协")) {
                science = unit;
            } else {
                assertThat(unit.get("liaison").isNull()).as(unit.get("name").asText()).isTrue();
            }
        }
        assertThat(science.get("liaison").get("person").asText()).isEqualTo("张三");
        assertThat(science.get("liaison").get("phone").asText()).isEqualTo("0452-2412345 转 8012");
        assertThat(run("unit", "list").out).contains("市科协（联络员：张三\u30000452-2412345 转 8012）");

        Result refused = run("unit", "liaison", "市科协", "--phone", "找办公室");
        assertThat(refused.exitCode).isNotZero();
        assertThat(refused.err).contains("联系电话“找办公室”不是电话号码").doesNotContain("Exception");
        assertThat(run("unit", "liaison", "市科协", "--clear", "--person", "李四").exitCode).isNotZero();
        assertThat(run("unit", "liaison", "市科协").out).contains("张三\u30000452-2412345 转 8012");

        assertThat(run("unit", "liaison", "市科协", "--clear").out).contains("已清除 市科协 的联络员");
        assertThat(json(run("unit", "list", "--json").out)).allSatisfy(unit ->
                assertThat(unit.get("liaison").isNull()).isTrue());
        JsonNode audit = json(run("audit", "list", "--json").out);
        assertThat(audit.get(0).get("action").asText()).isEqualTo("unit.liaison");
        assertThat(audit.get(0).get("before").asText()).isEqualTo("张三\u30000452-2412345 转 8012");
    }

    @Test
    void anOfficesLiaisonList_isCheckedByADryRun_thenImported_andListed() throws Exception {
        Path list = org.kesudesk.testsupport.Workbooks.ofRows(folder.resolve("联络员名单.xlsx"), "Sheet1",
                new String[]{"成员单位联络员名单"}, new String[]{"序号", "单位", "姓名", "办公电话"},
                new String[]{"1", "市科协", "张三", "0452-2412345"}, new String[]{"2", "市委办", "李四", "0452-2412346"});

        Result dryRun = run("unit", "liaison-import", list.toString(), "--dry-run");
        assertThat(dryRun.exitCode).isZero();
        assertThat(dryRun.out).contains("第 3 行　市科协：（未登记） → 张三\u30000452-2412345").contains("第 4 行“市委办”")
                .contains("试运行");
        assertThat(run("unit", "liaison", "市科协").out).contains("没有登记联络员");

        Result imported = run("unit", "liaison-import", list.toString());
        assertThat(imported.exitCode).as(imported.err).isZero();
        assertThat(imported.out).contains("已登记 1 个单位的联络员");
        assertThat(run("unit", "liaison", "市科协").out).contains("张三\u30000452-2412345");

        Result notAList = run("unit", "liaison-import", folder.resolve("kesudesk.mv.db").toString());
        assertThat(notAList.exitCode).isNotZero();
        assertThat(notAList.err).doesNotContain("Exception");
    }

    @Test
    void theAuditLogListsEveryEdit_newestFirst() throws Exception {
        run("assign", "action.1.2", "市科协", "--role", "responsible");
        run("unit", "rename", "市科协", "市科学技术协会");

        JsonNode audit = json(run("audit", "list", "--json").out);
        Result text = run("audit", "list");

        assertThat(audit.get(0).get("action").asText()).isEqualTo("unit.rename");
        assertThat(audit.get(0).get("before").asText()).isEqualTo("市科协");
        assertThat(audit.get(1).get("action").asText()).isEqualTo("assignment.add");
        assertThat(audit.get(1).get("summary").asText()).contains("2.提升各阶段科学教育水平");
        assertThat(audit.get(1).get("user").asText()).isEqualTo(System.getProperty("user.name"));
        assertThat(text.out.lines().findFirst().orElseThrow()).contains("单位改名").contains("市科协 → 市科学技术协会");
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), Map.of(),
                AppDirectoriesFixture.linux(folder), request -> {
                    throw new AssertionError("no window");
                });
        return new Result(exitCode, out.toString(), err.toString());
    }

    private record Result(int exitCode, String out, String err) {
    }
}
