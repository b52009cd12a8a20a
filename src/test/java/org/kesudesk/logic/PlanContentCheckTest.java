package org.kesudesk.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kesudesk.model.Assignment;
import org.kesudesk.model.ContentLimits;
import org.kesudesk.model.Indicator;
import org.kesudesk.model.IndicatorPeriod;
import org.kesudesk.model.NodeKind;
import org.kesudesk.model.Plan;
import org.kesudesk.model.PlanNotice;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Role;
import org.kesudesk.model.Unit;
import org.kesudesk.parse.ParseReport;
import org.kesudesk.testsupport.PlanBuilder;
import org.kesudesk.testsupport.TestPlans;

/** The one check of a plan's content: what real plans hold passes; each rule refuses, naming the place. */
class PlanContentCheckTest {

    @Test
    void theSamplePlan_andAnotherCountysPlan_pass() throws Exception {
        ParseReport sample = new org.kesudesk.parse.PlanDocumentReader().read("qiqihar.txt",
                PlanContentCheckTest.class.getResourceAsStream("/org/kesudesk/samples/qiqihar-2022-16.txt")
                        .readAllBytes(), Optional.empty(), List.of());

        assertThat(PlanContentCheck.violations(sample.document())).isEmpty();
        assertThat(PlanContentCheck.violations(TestPlans.countyPlan())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"县教\u0000育局", "县教育局\n", "县\u200B教育局", "\u202E局育教县", " 县教育局", "县教育局\u3000",
            "=1+1", "+cmd|'/C calc'!A0", "@SUM(A1)", "-2+3", ""})
    void aUnitNameThatIsNotOneVisibleLine_isRefused_namingTheTask(String name) {
        PlanDocument plan = planWithTaskUnits(List.of("县科协", name));

        assertThat(PlanContentCheck.violations(plan)).singleElement().satisfies(v -> {
            assertThat(v.place()).contains("（一）1.").contains("推进校内科学教育");
            assertThat(v.text()).contains("责任单位").doesNotContain("\u0000", "\u202E", "\u200B");
        });
    }

    @Test
    void aLoneSurrogate_andADecomposedCharacter_areRefused() {
        String decomposed = Normalizer.normalize("县科协é", Normalizer.Form.NFD);
        assertThat(PlanContentCheck.violations(planWithTaskUnits(List.of("县\uD800科协")))).singleElement()
                .satisfies(v -> assertThat(v.text()).contains("损坏"));
        assertThat(PlanContentCheck.violations(planWithTaskUnits(List.of(decomposed)))).singleElement()
                .satisfies(v -> assertThat(v.text()).contains("NFC"));
    }

    @Test
    void aUnitNameOverTheLimit_isRefused() {
        String name = "县" + "很".repeat(ContentLimits.UNIT_NAME) + "局";
        assertThat(PlanContentCheck.violations(planWithTaskUnits(List.of(name)))).singleElement()
                .satisfies(v -> assertThat(v.text()).contains("超过 " + ContentLimits.UNIT_NAME + " 个字"));
    }

    @Test
    void aResponsibleUnitOnAnItemOrASection_isRefused_butATasksOwnLeadIsNot() {
        Unit unit = Unit.create("县科协", 1);
        PlanNode task = new PlanNode(UUID.randomUUID(), NodeKind.TASK, "1", "推进科普", "推进科普。",
                List.of(Assignment.create(unit, Role.LEAD), Assignment.create(Unit.create("县教育局", 2),
                        Role.RESPONSIBLE)), List.of(), List.of(), 1);
        PlanNode item = new PlanNode(UUID.randomUUID(), NodeKind.ACTION, "一", "青少年行动", "",
                List.of(Assignment.create(unit, Role.RESPONSIBLE)), List.of(), List.of(task), 1);
        PlanNode section = new PlanNode(UUID.randomUUID(), NodeKind.SECTION, "二", "提升行动", "",
                List.of(Assignment.create(unit, Role.RESPONSIBLE)), List.of(), List.of(item), 1);

        List<PlanContentCheck.Violation> violations = PlanContentCheck.violations(plan(List.of(section)));

        assertThat(violations).extracting(PlanContentCheck.Violation::text).containsExactly(
                "二、“提升行动”：部分不能有责任单位",
                "二、（一）“青少年行动”：提升行动不能有责任单位");
    }

    @Test
    void aUnitBothLeadingAndResponsibleForOneTask_isNamedTwice_andRefused() {
        Unit unit = Unit.create("县科协", 1);
        PlanNode task = new PlanNode(UUID.randomUUID(), NodeKind.TASK, "1", "推进科普", "推进科普。",
                List.of(Assignment.create(unit, Role.LEAD), Assignment.create(unit, Role.RESPONSIBLE)), List.of(),
                List.of(), 1);
        PlanNode item = new PlanNode(UUID.randomUUID(), NodeKind.ACTION, "一", "青少年行动", "",
                List.of(Assignment.create(Unit.create("县教育局", 2), Role.LEAD)), List.of(), List.of(task), 1);
        PlanNode section = new PlanNode(UUID.randomUUID(), NodeKind.SECTION, "二", "提升行动", "",
                List.of(), List.of(), List.of(item), 1);

        assertThat(PlanContentCheck.violations(plan(List.of(section)))).singleElement()
                .satisfies(v -> assertThat(v.text()).contains("“县科协”出现了两次"));
    }

    @Test
    void oneUnitTwiceOnANode_isRefused() {
        assertThat(PlanContentCheck.violations(planWithTaskUnits(List.of("县科协", "县教育局", "县科协"))))
                .singleElement().satisfies(v -> assertThat(v.text()).contains("“县科协”出现了两次"));
    }

    @Test
    void aTitleOrTextOverItsLimit_isRefused() {
        PlanBuilder b = new PlanBuilder();
        PlanDocument plan = b.section("二", "提升行动", b.item(NodeKind.ACTION, "一", "青".repeat(201), "",
                List.of("县科协"), b.task("1", "推进科普", "文".repeat(ContentLimits.TEXT + 1), List.of("县科协"))))
                .build();

        assertThat(PlanContentCheck.violations(plan)).extracting(PlanContentCheck.Violation::text)
                .satisfiesExactly(
                        first -> assertThat(first).contains("二、（一）").contains("标题超过 200 个字"),
                        second -> assertThat(second).contains("（一）1.").contains("内容超过 20,000 个字"));
    }

    @Test
    void moreNodesOrUnitsThanAPlanMayHave_areRefused() {
        PlanBuilder b = new PlanBuilder();
        List<PlanNode> tasks = new ArrayList<>();
        for (int i = 0; i < ContentLimits.UNITS + 1; i++) {
            tasks.add(b.task(String.valueOf(i + 1), "任务", "任务。", List.of("县单位" + i)));
        }
        PlanDocument manyUnits = b.section("二", "行动", b.item(NodeKind.ACTION, "一", "行动", "", List.of(),
                tasks.toArray(PlanNode[]::new))).build();
        assertThat(PlanContentCheck.violations(manyUnits)).singleElement()
                .satisfies(v -> assertThat(v.text()).contains("2,001 个单位").contains("2,000"));

        PlanBuilder c = new PlanBuilder();
        List<PlanNode> more = new ArrayList<>();
        for (int i = 0; i < ContentLimits.NODES; i++) {
            more.add(c.task(String.valueOf(i + 1), "任务", "任务。", List.of("县科协")));
        }
        PlanDocument manyNodes = c.section("二", "行动", c.item(NodeKind.ACTION, "一", "行动", "", List.of(),
                more.toArray(PlanNode[]::new))).build();
        assertThat(PlanContentCheck.violations(manyNodes)).singleElement()
                .satisfies(v -> assertThat(v.text()).contains("20,002 个条目"));
    }

    @Test
    void moreUnitsOnOneNodeThanAnyListHas_isRefused_namingTheNode() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i <= ContentLimits.UNITS_PER_NODE; i++) {
            names.add("县单位" + i);
        }
        assertThat(PlanContentCheck.violations(planWithTaskUnits(names))).singleElement()
                .satisfies(v -> assertThat(v.text()).contains("（一）1.").contains("列出了 101 个单位"));
    }

    @Test
    void aTargetWithMoreDigitsThanTheDatabaseKeeps_isRefused() {
        PlanBuilder b = new PlanBuilder();
        PlanDocument plan = b.section("二", "行动", b.item(NodeKind.ACTION, "一", "行动", "", List.of("县科协"),
                b.taskWithIndicator("1", "培训", "培训。", List.of("县科协"), "培训很多人", "12345678901234567",
                        "名", IndicatorPeriod.TOTAL))).build();

        assertThat(PlanContentCheck.violations(plan)).singleElement()
                .satisfies(v -> assertThat(v.text()).contains("12345678901234567").contains("16 位整数"));
        assertThat(PlanContentCheck.fits(new BigDecimal("9999999999999999.9999"))).isTrue();
        assertThat(PlanContentCheck.fits(new BigDecimal("0.00001"))).isFalse();
    }

    @Test
    void theRefusal_listsTheFirstViolations_andCountsTheRest() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            names.add("=单位" + i);
        }
        assertThatThrownBy(() -> PlanContentCheck.requireValid(planWithTaskUnits(names)))
                .isInstanceOf(InvalidContentException.class)
                .hasMessageContaining("共 15 处").hasMessageContaining("=单位9").hasMessageContaining("另有 5 处")
                .hasMessageNotContaining("=单位10");
    }

    private static PlanDocument planWithTaskUnits(List<String> names) {
        List<Assignment> assignments = names.stream()
                .map(name -> Assignment.create(Unit.create(name, 1), Role.RESPONSIBLE)).toList();
        PlanNode task = new PlanNode(UUID.randomUUID(), NodeKind.TASK, "1", "推进校内科学教育", "推进校内科学教育。",
                assignments, List.of(), List.of(), 1);
        PlanNode item = new PlanNode(UUID.randomUUID(), NodeKind.ACTION, "一", "青少年行动", "",
                List.of(Assignment.create(Unit.create("县教育局", 1), Role.LEAD)),
                List.of(new Indicator(UUID.randomUUID(), "每年培训30名", Optional.of(BigDecimal.TEN), "名",
                        IndicatorPeriod.PER_YEAR, 1)), List.of(task), 1);
        PlanNode section = new PlanNode(UUID.randomUUID(), NodeKind.SECTION, "二", "提升行动", "",
                List.of(), List.of(), List.of(item), 1);
        return plan(List.of(section));
    }

    private static PlanDocument plan(List<PlanNode> sections) {
        return new PlanDocument(new Plan(UUID.randomUUID(), Optional.empty(), Optional.empty(),
                PlanNotice.of("齐政办发〔2022〕16号", "关于印发方案的通知", "齐齐哈尔市人民政府办公室",
                        Optional.of(LocalDate.of(2022, 4, 25))), "", "", 1), List.of(), sections);
    }
}
