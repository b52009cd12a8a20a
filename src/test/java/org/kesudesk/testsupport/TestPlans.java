package org.kesudesk.testsupport;

import java.time.LocalDate;
import java.util.List;

import org.kesudesk.model.IndicatorPeriod;
import org.kesudesk.model.NodeKind;
import org.kesudesk.model.PlanDocument;

/**
 * A small county plan made up for tests. It is deliberately not the Qiqihar sample: the app must not depend on
 * that document's items, tasks or units.
 */
public final class TestPlans {

    private TestPlans() {
    }

    /** The county plan, its title naming the years given, （2026-2030年） say (its period read from it). */
    public static PlanDocument countyPlanOfYears(String years) {
        PlanDocument plan = countyPlan();
        org.kesudesk.model.PlanNotice notice = plan.plan().notice();
        return new PlanDocument(plan.plan().withNotice(org.kesudesk.model.PlanNotice.of(notice.docNumber(),
                "甘南县人民政府办公室关于印发甘南县科学素质提升实施方案" + years + "的通知", notice.issuer(),
                notice.issueDate())).withNamedPeriod(), plan.goalIndicators(), plan.sections());
    }

    public static PlanDocument countyPlan() {
        PlanBuilder b = new PlanBuilder()
                .header("甘南政办发〔2023〕7号", "甘南县人民政府办公室关于印发甘南县科学素质提升实施方案的通知",
                        "甘南县人民政府办公室", LocalDate.of(2023, 3, 9))
                .annotation("此件公开发布")
                .goalIndicator("公民具备科学素质的比例达到11%", "11", "%");
        return b
                .section("二", "实施三项提升行动",
                        b.item(NodeKind.ACTION, "一", "实施青少年科学素质提升行动", "激发青少年好奇心。",
                                List.of("县教育局", "县科协"),
                                b.task("1", "推进校内科学教育", "推进校内科学教育。开设科学课。",
                                        List.of("县教育局", "团县委")),
                                b.taskWithIndicator("2", "培训科技辅导员", "培训科技辅导员。每年培训30名科技辅导员。",
                                        List.of("县科协", "县教育局", "县融媒体中心"),
                                        "每年培训30名科技辅导员", "30", "名", IndicatorPeriod.PER_YEAR)),
                        b.item(NodeKind.ACTION, "二", "实施农民科学素质提升行动", "提高农民科学素质。",
                                List.of("县农业农村局"),
                                b.taskWithSubtasks("1", "开展农民培训", "开展农民培训。", List.of("县农业农村局", "县科协"),
                                        b.subtask("1", "组织田间学校", List.of("县农业农村局")),
                                        b.subtask("2", "举办技能大赛", List.of("县人社局")))))
                .section("三", "实施两项重点工程",
                        b.item(NodeKind.PROJECT, "一", "科普基础设施工程", "建设科普场馆。",
                                List.of("县科协", "县发改局"),
                                b.task("1", "建设县科技馆", "建设县科技馆。", List.of("县发改局", "县财政局", "县科协"))))
                .section("四", "保障措施",
                        b.item(NodeKind.SAFEGUARD, "一", "经费保障", "保障经费投入。", List.of(),
                                b.task("1", "保障经费投入", "将科普经费列入预算。", List.of("县财政局", "县科协"))))
                .build();
    }
}
