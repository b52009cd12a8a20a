package org.kesudesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Unit;
import org.kesudesk.testsupport.TestPlans;

/** plan.json: a plan written and read back whole, and malformed data refused with the entry at fault. */
class PlanDataTest {

    private final PlanDocument plan = TestPlans.countyPlan();

    @Test
    void aPlanReadsBackWithItsIdsVersionsUnitsAndIndicators() {
        byte[] json = PlanData.write(plan, "230227");
        PlanData.Shipped shipped = PlanData.read(json);
        PlanDocument read = shipped.document();

        assertThat(shipped.regionCode()).isEqualTo("230227");
        assertThat(read.plan()).isEqualTo(plan.plan());
        assertThat(read.goalIndicators()).isEqualTo(plan.goalIndicators());
        PlanNode task = read.items().get(0).children().get(1);
        PlanNode original = plan.items().get(0).children().get(1);
        assertThat(task.id()).isEqualTo(original.id());
        assertThat(task.text()).isEqualTo(original.text());
        assertThat(task.indicators()).isEqualTo(original.indicators());
        assertThat(task.responsibleUnits()).extracting(Unit::name)
                .isEqualTo(original.responsibleUnits().stream().map(Unit::name).toList());
        assertThat(task.assignments()).extracting(a -> a.id()).isEqualTo(original.assignments().stream()
                .map(a -> a.id()).toList());
        // units travel by name: written again, the file is the same
        assertThat(new String(PlanData.write(read, "230227"), StandardCharsets.UTF_8))
                .isEqualTo(new String(json, StandardCharsets.UTF_8));
    }

    @Test
    void fieldsInAnyOrder_readAsTheAppsOwnOrder_andMistakesAreFoundEitherWay() throws Exception {
        byte[] json = PlanData.write(plan, "230227");
        // every object's fields the other way round: children before kind, sections before the header
        byte[] reversed = ReversedJson.of(json);
        assertThat(new String(reversed, StandardCharsets.UTF_8)).startsWith("{\"sections\"");

        PlanData.Shipped read = PlanData.read(reversed);

        // units travel by name (each read makes them anew): the plan read writes the app's own file again
        assertThat(new String(PlanData.write(read.document(), read.regionCode(), read.basedOn()),
                StandardCharsets.UTF_8)).isEqualTo(new String(json, StandardCharsets.UTF_8));
        assertThat(read.document().plan()).isEqualTo(plan.plan());
        // a task of an unknown kind deep in the tree is refused in either order, with its place
        String taskKind = "\"kind\" : \"task\"";
        String badOwn = new String(json, StandardCharsets.UTF_8).replace(taskKind, "\"kind\" : \"boss\"");
        String badReversed = new String(reversed, StandardCharsets.UTF_8).replace("\"kind\":\"task\"",
                "\"kind\":\"boss\"");
        assertThat(message(badOwn)).contains("“boss”无法识别").isEqualTo(message(badReversed));
    }

    private static String message(String json) {
        try {
            PlanData.read(json.getBytes(StandardCharsets.UTF_8));
        } catch (UserFacingException e) {
            return e.userMessage();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void malformedJson_aDuplicatedId_aMissingField_andAnUnknownKind_areRefused() {
        String json = new String(PlanData.write(plan, "230227"), StandardCharsets.UTF_8);
        String taskId = plan.items().get(0).children().get(0).id().toString();
        String otherTaskId = plan.items().get(0).children().get(1).id().toString();

        assertRefused("{ \"plan\" : ", "不是有效的 JSON（第 1 行");
        assertRefused(json.replace(otherTaskId, taskId), "重复的编号");
        assertRefused(json.replaceFirst("\"title\" : \"[^\"]*\",", ""), "缺少字段");
        assertRefused(json.replace("\"kind\" : \"task\"", "\"kind\" : \"chapter\""), "“chapter”无法识别");
        assertRefused(json.replaceFirst("\"id\" : \"[^\"]*\"", "\"id\" : \"12\""), "不合格的编号");
    }

    @Test
    void onlyWellFormedUtf8IsRead_wholeCharactersAcrossTheDecodersPiecesIncluded() {
        String json = new String(PlanData.write(plan, "230227"), StandardCharsets.UTF_8);
        // a file long enough that its characters cross the 8,192-character pieces it is checked in
        String longer = json.replaceFirst("\"title\" : \"[^\"]*\"", "\"title\" : \"" + "科普".repeat(9_000) + "\"");
        assertThat(PlanData.read(longer.getBytes(StandardCharsets.UTF_8)).document().plan().title())
                .isEqualTo("科普".repeat(9_000));

        // the same text written by a Chinese Windows program in GBK, a file cut off inside a character
        assertRefusedBytes(json.getBytes(java.nio.charset.Charset.forName("GBK")), "不是 UTF-8 编码");
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(utf8, utf8.length + 2);
        cut[utf8.length] = (byte) 0xE7;
        cut[utf8.length + 1] = (byte) 0xA7;
        assertRefusedBytes(cut, "不是 UTF-8 编码");
    }

    private static void assertRefused(String json, String reason) {
        assertRefusedBytes(json.getBytes(StandardCharsets.UTF_8), reason);
    }

    private static void assertRefusedBytes(byte[] json, String reason) {
        assertThatThrownBy(() -> PlanData.read(json))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).userMessage()).asString()
                .contains("plan.json").contains(reason);
    }
}
