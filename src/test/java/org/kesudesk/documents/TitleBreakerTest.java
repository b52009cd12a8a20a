package org.kesudesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TitleBreakerTest {

    /** 2号 on the 156 mm 版心: 20 Chinese characters a line; digits and Latin letters half of one. */
    private static final TitleBreaker BREAKER = new TitleBreaker(c -> c < 0x2E80 ? 0.5 : 1);
    private static final double LINE = 20;

    @Test
    void titlesOfRealStylePlans_breakBetweenWords_inATrapezoidOrDiamond() {
        assertThat(BREAKER.lines("齐齐哈尔市人民政府办公室关于印发齐齐哈尔市全民科学素质行动规划纲要实施方案（2021-2025年）的通知",
                LINE, List.of("齐齐哈尔市", "齐齐哈尔市人民政府办公室")))
                .containsExactly("齐齐哈尔市人民政府办公室关于", "印发齐齐哈尔市全民科学素质行动规划纲要",
                        "实施方案（2021-2025年）的通知");
        assertThat(BREAKER.lines("梅里斯达斡尔族区人民政府关于做好2026年科普工作要点落实工作的通知", LINE,
                List.of("梅里斯达斡尔族区", "梅里斯达斡尔族区人民政府")))
                // 14 over 18 would widen downwards: two even lines, the region's name whole
                .containsExactly("梅里斯达斡尔族区人民政府关于做好", "2026年科普工作要点落实工作的通知");
        assertThat(BREAKER.lines("齐齐哈尔市全民科学素质行动规划纲要实施方案（2021-2025年）", LINE, List.of("齐齐哈尔市")))
                .containsExactly("齐齐哈尔市全民科学素质行动规划纲要", "实施方案（2021-2025年）");
        assertThat(BREAKER.lines("关于印发《黑龙江省全民科学素质行动规划纲要实施方案（2021—2025年）》的通知", LINE,
                List.of("黑龙江省")))
                // the national document's name (全民科学素质行动规划纲要) is never split: three lines, a diamond
                .containsExactly("关于印发《黑龙江省", "全民科学素质行动规划纲要实施方案", "（2021—2025年）》的通知");
    }

    /** A number stays with the 年, 月, 日 or measure word after it: 2026年下半年 is not broken after 2026. */
    @Test
    void aNumberStaysWithItsUnit() {
        List<String> lines = BREAKER.lines("齐齐哈尔市全民科学素质行动规划纲要实施方案（2021-2025年）2026年下半年工作总结（初稿）",
                LINE, List.of("齐齐哈尔市"));
        for (int i = 0; i + 1 < lines.size(); i++) {
            assertThat(lines.get(i) + "|" + lines.get(i + 1)).as("a line ending in a number")
                    .doesNotMatch(".*\\d\\|[年月日号个项名万亿元%].*");
        }
        assertThat(String.join("", lines)).isEqualTo("齐齐哈尔市全民科学素质行动规划纲要实施方案（2021-2025年）2026年下半年工作总结（初稿）");
        assertThat(BREAKER.lines("关于培训科技辅导员和科普讲解员共计1000名的通知", 14, List.of()))
                .noneMatch(line -> line.startsWith("名"));
    }

    /**
     * A plan kept in traditional characters (its office chose not to simplify it) breaks where the same title in
     * simplified characters does: never inside 實施方案, 規劃綱要 or the office's name.
     */
    @Test
    void aTraditionalTitle_breaksWhereItsSimplifiedFormDoes() {
        String[][] titles = {
            {"壬縣人民政府關於印發壬縣全民科學素質行動實施方案的通知", "壬縣",
                "壬县人民政府关于印发壬县全民科学素质行动实施方案的通知", "壬县"},
            {"甲市人民政府辦公室關於印發甲市全民科學素質行動規劃綱要實施方案（2021—2025年）的通知", "甲市",
                "甲市人民政府办公室关于印发甲市全民科学素质行动规划纲要实施方案（2021—2025年）的通知", "甲市"},
            {"乙縣科學技術協會關於印發乙縣2024年全民科學素質工作要點的通知", "乙縣",
                "乙县科学技术协会关于印发乙县2024年全民科学素质工作要点的通知", "乙县"},
        };
        for (String[] title : titles) {
            List<Integer> traditional = BREAKER.lines(title[0], LINE, List.of(title[1])).stream()
                    .map(String::length).toList();
            List<Integer> simplified = BREAKER.lines(title[2], LINE, List.of(title[3])).stream()
                    .map(String::length).toList();
            assertThat(traditional).as(title[0]).isEqualTo(simplified);
        }
    }

    @Test
    void aShortTitleStaysOnOneLine_andBreaksTypedIntoItWin() {
        assertThat(BREAKER.lines("关于做好科普工作的通知", LINE, List.of())).containsExactly("关于做好科普工作的通知");
        assertThat(BREAKER.lines("甲市人民政府关于印发\n科普实施方案的通知", LINE, List.of()))
                .containsExactly("甲市人民政府关于印发", "科普实施方案的通知");
        // a typed break early in a long title: the rest is still broken to fit, nothing is cut off
        String rest = "市人民政府办公室关于印发齐齐哈尔市全民科学素质行动规划纲要实施方案（2021-2025年）的通知";
        List<String> lines = BREAKER.lines("齐齐哈尔\n" + rest, LINE, List.of("齐齐哈尔市"));
        assertThat(lines.get(0)).isEqualTo("齐齐哈尔");
        assertThat(String.join("", lines.subList(1, lines.size()))).isEqualTo(rest);
        assertThat(lines).allMatch(line -> line.codePoints().mapToDouble(c -> c < 0x2E80 ? 0.5 : 1).sum() <= LINE);
    }

    @Test
    void everyLineFits_andNoneStartsWithAClosingMark() {
        String title = "某某市科学技术协会、某某市教育局、某某市科学技术局关于联合开展2026年全国科普日（9月）活动的通知";
        List<String> lines = BREAKER.lines(title, LINE, List.of("某某市科学技术协会", "某某市教育局", "某某市科学技术局"));

        assertThat(String.join("", lines)).isEqualTo(title);
        assertThat(lines).allMatch(line -> line.codePoints().mapToDouble(c -> c < 0x2E80 ? 0.5 : 1).sum() <= LINE);
        assertThat(lines).noneMatch(line -> LineBreaker.NO_LINE_START.indexOf(line.charAt(0)) >= 0);
        assertThat(lines).noneMatch(line -> line.contains("科学技") && !line.contains("科学技术"));
    }
}
