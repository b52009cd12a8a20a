package org.kesudesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code indicator list|set} on the sample in a real database: the indicators read from its text, a value recorded
 * for a year and read back, a later value for the same year replacing it (the audit log keeping both), what does not
 * fit refused in Chinese with the database unchanged, and the values kept when the plan is edited.
 */
class IndicatorCommandTest {

    @TempDir
    Path folder;
    private String db;

    @BeforeEach
    void theSample() throws Exception {
        db = folder.resolve("kesudesk").toString();
        CliRun.importSample(folder, db);
    }

    @Test
    void aValueRecorded_isListed_andReplacedForItsYear_andKeptThroughAnEdit() throws Exception {
        // the indicators the parser reads from the sample, numbered goals first, then in the plan's order
        org.kesudesk.model.PlanDocument sample;
        try (java.io.InputStream in = getClass().getResourceAsStream("/org/kesudesk/samples/qiqihar-2022-16.txt")) {
            sample = new org.kesudesk.parse.PlanDocumentReader().read("sample.txt", in.readAllBytes(),
                    java.util.Optional.empty(), java.util.List.of()).document();
        }
        java.util.List<org.kesudesk.model.Indicator> read = new java.util.ArrayList<>(sample.goalIndicators());
        sample.forEachNode(node -> read.addAll(node.indicators()));
        JsonNode before = json("indicator", "list", "--json");
        assertThat(before).hasSize(read.size()).isNotEmpty();
        for (int i = 0; i < read.size(); i++) {
            assertThat(before.get(i).get("id").asText()).isEqualTo(String.valueOf(i + 1));
            assertThat(before.get(i).get("wording").asText()).isEqualTo(read.get(i).wording());
            assertThat(before.get(i).get("measure").asText()).isEqualTo(read.get(i).measure());
        }
        assertThat(before.get(0).get("target").asText())
                .isEqualTo(read.get(0).targetValue().orElseThrow().toPlainString());
        assertThat(before.get(0).get("targetYear").asInt())
                .isEqualTo(sample.plan().withNamedPeriod().period().orElseThrow().lastYear());
        assertThat(before.get(0).get("values")).isEmpty();

        CliRun.Result first = run("indicator", "set", "1", "--year", "2023", "--value", "11.2", "--source",
                "抽样调查");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("2023年").contains("11.2" + read.get(0).measure()).doesNotContain("2,023");
        assertThat(run("indicator", "set", "1", "--year", "2023", "--value", "11.35").exitCode()).isZero();
        assertThat(run("indicator", "set", "2", "--year", "2024", "--value", "120").exitCode()).isZero();

        JsonNode after = json("indicator", "list", "--json");
        JsonNode values = after.get(0).get("values");
        assertThat(values).hasSize(1);
        assertThat(values.get(0).get("year").asInt()).isEqualTo(2023);
        assertThat(values.get(0).get("value").asText()).isEqualTo("11.35");
        assertThat(values.get(0).get("source").asText()).isEmpty();
        assertThat(after.get(1).get("values").get(0).get("value").asText()).isEqualTo("120");
        // both recordings of 2023 are in the audit log, the second with the first as what it replaced
        JsonNode audit = json("audit", "list", "--json");
        long recorded = 0;
        for (JsonNode entry : audit) {
            if (entry.toString().contains("记录指标完成值") || entry.toString().contains("indicator.value")) {
                recorded++;
            }
        }
        assertThat(recorded).isEqualTo(3);

        // an edit of the plan keeps the indicators and their values
        assertThat(run("unit", "add", "市统计局").exitCode()).isZero();
        assertThat(run("assign", "action.1.1", "市统计局", "--role", "responsible").exitCode()).isZero();
        assertThat(json("indicator", "list", "--json").get(0).get("values").get(0).get("value").asText())
                .isEqualTo("11.35");
    }

    @Test
    void whatDoesNotFit_isRefusedInChinese_andNothingIsRecorded() throws Exception {
        String[][] bad = {
                {"indicator", "set", "9", "--year", "2023", "--value", "1"},
                {"indicator", "set", "1", "--year", "2030", "--value", "1"},
                {"indicator", "set", "1", "--year", "2023", "--value", "1e999999999"},
                {"indicator", "set", "1", "--year", "2023", "--value", "-3"},
                {"indicator", "set", "1", "--year", "2023", "--value", "12345678901234567"},
                {"indicator", "set", "1", "--year", "2023", "--value", "1.23456"},
                {"indicator", "set", "1", "--year", "2023", "--value", "1", "--source", "统计\u0000公报"},
        };
        String[] expected = {"没有第 9 个指标", "2030 年不在方案的期限（2021—2025 年）内", "不是可记录的数值",
                "不是可记录的数值", "不是可记录的数值", "不是可记录的数值", "数据来源"};
        for (int i = 0; i < bad.length; i++) {
            CliRun.Result refused = run(bad[i]);
            assertThat(refused.exitCode()).as(String.join(" ", bad[i])).isEqualTo(1);
            assertThat(refused.err()).contains(expected[i]).doesNotContain("Exception");
        }
        assertThat(json("indicator", "list", "--json").get(0).get("values")).isEmpty();
    }

    private JsonNode json(String... args) throws Exception {
        CliRun.Result result = run(args);
        assertThat(result.exitCode()).as(result.err()).isZero();
        return CliJson.MAPPER.readTree(result.out());
    }

    private CliRun.Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db;
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.run(folder, all);
    }
}
