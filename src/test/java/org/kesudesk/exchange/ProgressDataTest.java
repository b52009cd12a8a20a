package org.kesudesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.Deadline;
import org.kesudesk.model.Evidence;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.ProgressSnapshot;
import org.kesudesk.model.ProgressStatus;
import org.kesudesk.model.ReportingRound;
import org.kesudesk.testsupport.TestPlans;

/** progress.json written and read back, and every way a hostile or broken one is refused, naming the place. */
class ProgressDataTest {

    private final PlanDocument plan = TestPlans.countyPlan();
    private final PlanNode task = plan.items().get(0).children().get(0);
    private final String unit = task.responsibleUnits().get(0).name();

    @Test
    void aSnapshot_readsBackAsItWasWritten() {
        ProgressSnapshot written = snapshot(ProgressStatus.LAGGING, 20, unit);

        assertThat(ProgressData.read(ProgressData.write(written), plan)).isEqualTo(written);
    }

    @Test
    void fieldsInAnyOrder_readAsTheAppsOwnOrder_andMistakesAreFoundEitherWay() throws Exception {
        ProgressSnapshot written = snapshot(ProgressStatus.LAGGING, 20, unit);
        byte[] json = ProgressData.write(written);
        // every object's fields the other way round: reports before the round's name, rounds before deadlines
        byte[] reversed = ReversedJson.of(json);
        assertThat(new String(reversed, StandardCharsets.UTF_8)).startsWith("{\"rounds\"");

        assertThat(ProgressData.read(reversed, plan)).isEqualTo(written);
        assertThat(ProgressData.read(json, plan)).isEqualTo(written);
        // a report's unknown status is refused in either order, with the round and report named
        String badOwn = new String(json, StandardCharsets.UTF_8).replace("\"lagging\"", "\"boss\"");
        String badReversed = new String(reversed, StandardCharsets.UTF_8).replace("\"lagging\"", "\"boss\"");
        assertThat(message(badOwn)).contains("boss").contains("2026年上半年").isEqualTo(message(badReversed));
    }

    @Test
    void attachedFiles_readBackAsWritten_inEitherOrder_andAFileWithoutThemIsWrittenAsBefore() throws Exception {
        ProgressSnapshot plain = snapshot(ProgressStatus.IN_PROGRESS, 40, unit);
        ProgressSnapshot.Round round = plain.rounds().get(0);
        ProgressSnapshot withFiles = new ProgressSnapshot(plain.deadlines(), List.of(new ProgressSnapshot.Round(
                round.round(), round.reports(), List.of(new ProgressSnapshot.Attachment(UUID.randomUUID(), task.id(),
                unit, "活动照片.jpg", "ab".repeat(32), 2048, Instant.parse("2026-06-20T09:31:00Z"))))));
        byte[] json = ProgressData.write(withFiles);

        assertThat(ProgressData.read(json, plan)).isEqualTo(withFiles);
        assertThat(ProgressData.read(ReversedJson.of(json), plan)).isEqualTo(withFiles);
        assertThat(new String(ProgressData.write(plain), StandardCharsets.UTF_8)).doesNotContain("attachments");
        // a listed file whose content is not carried is still judged by its name and size
        String good = new String(json, StandardCharsets.UTF_8);
        refused(good, text -> text.replace("活动照片.jpg", "活动照片.bat"), "活动照片.bat");
        refused(good, text -> text.replace("\"size\" : 2048", "\"size\" : 0"), "size");
        refused(good, text -> text.replace("ab".repeat(32), "AB".repeat(32)), "sha256");
        refused(good, text -> text.replace("\"size\" : 2048", "\"size\" : " + (Evidence.MAX_BYTES + 1)), "size");
    }

    private String message(String json) {
        try {
            ProgressData.read(json.getBytes(StandardCharsets.UTF_8), plan);
        } catch (UserFacingException e) {
            return e.userMessage();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void brokenOrHostileProgress_isRefused_namingTheRoundReportAndField() {
        String good = new String(ProgressData.write(snapshot(ProgressStatus.IN_PROGRESS, 40, unit)),
                StandardCharsets.UTF_8);

        refused(good, json -> json.replace("\"in_progress\"", "\"boss\""), "boss");
        refused(good, json -> json.replace("\"percent\" : 40", "\"percent\" : 1e999999999"), "");
        refused(good, json -> json.replace("\"percent\" : 40", "\"percent\" : 140"), "percent");
        refused(good, json -> json.replace("\"percent\" : 40", "\"percent\" : \"40\""), "percent");
        refused(good, json -> json.replace("\"unit\" : \"" + unit + "\"", "\"unit\" : \"县外星局\""), "县外星局");
        refused(good, json -> json.replace("\"node\" : \"" + task.id() + "\"", "\"node\" : \"" + UUID.randomUUID()
                + "\""), "");
        refused(good, json -> json.replace("\"due\" : \"2026-07-10\"", "\"due\" : \"2026-13-45\""), "2026-13-45");
        refused(good, json -> json.replaceFirst("\"reportedAt\" : \"[^\"]*\"", "\"reportedAt\" : \"2999-01-01T00:00:00Z\""),
                "2999");
        refused(good, json -> json.replace("\"name\" : \"2026年上半年\"", "\"name\" : \"=HYPERLINK(1)\""), "以 = + - @ 开头");
        refused(good, json -> json.replace("\"progress\" : \"已开展\"", "\"progress\" : \"已\\u202E开展\""), "");
        refused(good, json -> json.replace("\"name\" : \"2026年上半年\",", ""), "name");
        refused(good, json -> json.replace("\"deadline\" : \"2025-12-31\"", "\"deadline\" : \"someday\""), "someday");
        refused(good, json -> json.replace("\"node\" : \"" + plan.items().get(0).id() + "\"",
                "\"node\" : \"" + plan.sections().get(0).id() + "\""), "");
        refused(good, json -> "[" + json + "]", "");
        refused(good, json -> json.replace("{", "{\"a\":1,\"a\":2,"), "");
        // the same report twice (a unit reports on a task once a round)
        String twice = good.replace("\"reports\" : [ {", "\"reports\" : [ " + reportOf(good) + ", {");
        assertThatThrownBy(() -> ProgressData.read(twice.getBytes(StandardCharsets.UTF_8), plan))
                .isInstanceOf(UserFacingException.class);
    }

    private static String reportOf(String good) {
        int start = good.indexOf("\"reports\" : [ ") + "\"reports\" : [ ".length();
        int end = good.indexOf("} ]", start) + 1;
        return good.substring(start, end).replaceFirst("\"id\" : \"[^\"]*\"", "\"id\" : \"" + UUID.randomUUID() + "\"");
    }

    private void refused(String good, UnaryOperator<String> change, String message) {
        String bad = change.apply(good);
        assertThat(bad).as("the change applies").isNotEqualTo(good);
        assertThatThrownBy(() -> ProgressData.read(bad.getBytes(StandardCharsets.UTF_8), plan))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("Jackson"));
    }

    private ProgressSnapshot snapshot(ProgressStatus status, int percent, String unitName) {
        ReportingRound round = new ReportingRound(UUID.randomUUID(), plan.plan().id(), "2026年上半年",
                Optional.of(LocalDate.of(2026, 1, 1)), Optional.empty(), LocalDate.of(2026, 7, 10),
                Instant.parse("2026-06-01T08:00:00Z"), Optional.empty());
        return new ProgressSnapshot(Map.of(plan.items().get(0).id(), new Deadline.OnDate(LocalDate.of(2025, 12, 31))),
                List.of(new ProgressSnapshot.Round(round, List.of(new ProgressSnapshot.Report(UUID.randomUUID(),
                        task.id(), unitName, status, percent, "已开展", "", "下一步", "张三",
                        Instant.parse("2026-06-20T09:30:00Z"))))));
    }
}
