package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How offices write the time of tasks that name none, once for the table, and what says nothing of the kind. */
class DefaultDeadlineTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "注：未注明完成时限的任务均需长期坚持。|完成时限：长期坚持",
        "（完成时限未注明的，均为2025年底前完成）|完成时限：2025年底前完成",
        "备注：未标明时限的为持续推进事项|完成时限：持续推进事项",
        "说明：没有写明完成时间的工作，一律于年底前完成。|完成时限：于年底前完成",
        "注:未作具体时间要求的,均需每年开展|完成时限：每年开展",
        // the second point of a note of several
        "2. 未注明完成时限的任务均需长期坚持。|完成时限：长期坚持",
        "注：（3）完成时限未明确的，均为2024年6月底前完成。|完成时限：2024年6月底前完成",
        "注：各项任务完成时限未注明的，均为2025年底前。|完成时限：2025年底前",
        "注：未注明时限的，为持续性工作，长期坚持。|完成时限：持续性工作，长期坚持"})
    void aNoteOfItsOwn_givesTheTimeField(String note, String field) {
        assertThat(DefaultDeadline.find(note)).map(DefaultDeadline::field).contains(field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"注：未注明完成时限的任务请各单位自行确定。", "完成时限：2025年底前",
            "各单位要在规定时间内完成任务，未按时完成的要说明原因，2025年底前全面完成。",
            "1. 加强学校科学教育。未注明完成时限的，均需长期坚持，并于每年12月底前报送工作总结，接受县纲要办的督促检查和年度考核。"})
    void otherSentences_giveNoTime(String text) {
        assertThat(DefaultDeadline.find(text)).isEmpty();
    }
}
