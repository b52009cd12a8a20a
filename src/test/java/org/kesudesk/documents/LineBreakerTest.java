package org.kesudesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LineBreakerTest {

    /** A grid where a Chinese character or full-width mark is one cell and anything below U+2E80 half of one. */
    private static final LineBreaker HALF_WIDTH_LATIN = new LineBreaker(c -> c < 0x2E80 ? 0.5 : 1);

    @Test
    void aColonNeverStartsALine_theCharacterBeforeItGoesDownWithIt() {
        // 20 characters on a line of 19: the colon takes the character before it down
        List<String> lines = HALF_WIDTH_LATIN.lines("各县（市）区人民政府，市政府各直属单位：", 19, 0);

        assertThat(lines).containsExactly("各县（市）区人民政府，市政府各直属单", "位：");
        assertThat(lines).noneMatch(line -> LineBreaker.NO_LINE_START.indexOf(line.charAt(0)) >= 0);
    }

    @Test
    void anOpeningBracketNeverEndsALine_andANumberIsNeverSplit() {
        // "（2021-2035年）" would otherwise break after "（" or inside the number
        String text = "现将《关于印发全民科学素质行动规划纲要（2021-2035年）的通知》印发给你们";
        for (double width = 8; width <= 28; width++) {
            List<String> lines = HALF_WIDTH_LATIN.lines(text, width, 2);
            assertThat(String.join("", lines)).isEqualTo(text);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                assertThat(LineBreaker.NO_LINE_START.indexOf(line.charAt(0))).as("%s at %s", line, width).isNegative();
                assertThat(LineBreaker.NO_LINE_END.indexOf(line.charAt(line.length() - 1))).as(line).isNegative();
                assertThat(line).as("width %s", width).doesNotEndWith("2021-").doesNotEndWith("2021");
                assertThat(HALF_WIDTH_LATIN.width(line)).isLessThanOrEqualTo(i == 0 ? width - 2 : width);
            }
        }
    }

    @Test
    void percentagesDecimalsAndLatinWordsStayWhole() {
        List<String> lines = HALF_WIDTH_LATIN.lines("比例达到12.5%以上，执行GB/T9704标准，每年开展50次以上", 6, 0);

        assertThat(lines).anyMatch(line -> line.contains("12.5%")).anyMatch(line -> line.contains("GB/T9704"));
    }

    /** A large number written with its 万 or 亿 is one number (GB/T 15835): never 50 / 万人次, in text or a cell. */
    @Test
    void aNumberWithItsWanOrYi_staysWhole() {
        String text = "开展农民教育培训50万人次以上，投入3.45亿元";
        for (double width = 6; width <= 16; width++) {
            for (List<String> lines : List.of(HALF_WIDTH_LATIN.lines(text, width, 0),
                    HALF_WIDTH_LATIN.cellLines(text, width))) {
                assertThat(String.join("", lines)).isEqualTo(text);
                assertThat(lines).as("width %s", width).noneMatch(line -> line.endsWith("50") || line.endsWith("3.45"))
                        .noneMatch(line -> line.startsWith("万") || line.startsWith("亿"));
            }
        }
        // 万 and 亿 after a word that is no number break as any character does
        assertThat(HALF_WIDTH_LATIN.lines("GB万", 1, 0)).containsExactly("GB", "万");
    }

    @Test
    void aCellsLastLineIsNeverOneCharacterAlone_theLineAboveGivesItOne() {
        assertThat(HALF_WIDTH_LATIN.lines("（一）科普基础设施工程", 10, 0)).containsExactly("（一）科普基础设施工", "程");
        assertThat(HALF_WIDTH_LATIN.cellLines("（一）科普基础设施工程", 10)).containsExactly("（一）科普基础设施", "工程");
        // with the mark it carries
        assertThat(HALF_WIDTH_LATIN.cellLines("县住房和城乡建设局、", 8)).containsExactly("县住房和城乡建", "设局、");
        // a line above of two characters keeps them; one line, or a last line of two, is as it is
        assertThat(HALF_WIDTH_LATIN.cellLines("科普工", 2)).containsExactly("科普", "工");
        assertThat(HALF_WIDTH_LATIN.cellLines("科普工作", 3)).containsExactly("科普", "工作");
        assertThat(HALF_WIDTH_LATIN.cellLines("科普基础设施工程", 6)).containsExactly("科普基础设施", "工程");
        assertThat(HALF_WIDTH_LATIN.cellLines("长期坚持", 8)).containsExactly("长期坚持");
        // a number is no lone character
        assertThat(HALF_WIDTH_LATIN.cellLines("完成时限为2025", 6)).containsExactly("完成时限为", "2025");
    }

    @Test
    void aCellBreaksBetweenWords_whereThatTakesNoMoreLines_andKeepsABracketWholeThatFitsALine() {
        assertThat(HALF_WIDTH_LATIN.lines("实施农民科学素质提升行动", 9, 0)).containsExactly("实施农民科学素质提", "升行动");
        assertThat(HALF_WIDTH_LATIN.cellLines("实施农民科学素质提升行动", 9)).containsExactly("实施农民科学素质", "提升行动");
        assertThat(HALF_WIDTH_LATIN.cellLines("实施产业工人科学素质提升行动", 9))
                .containsExactly("实施产业工人科学", "素质提升行动");
        assertThat(HALF_WIDTH_LATIN.cellLines("按时报送率", 3)).containsExactly("按时", "报送率");
        // a bracketed aside goes down whole rather than split at its word 完成 / 时限
        assertThat(HALF_WIDTH_LATIN.cellLines("5.实施教师科学素质提升工程（完成时限：每年年底前）", 17))
                .containsExactly("5.实施教师科学素质提升工程", "（完成时限：每年年底前）");
        // only where the words allow as few lines: two lines here need the break inside 公务员
        assertThat(HALF_WIDTH_LATIN.cellLines("实施领导干部和公务员科学素质提升行动", 9))
                .containsExactly("实施领导干部和公务", "员科学素质提升行动");
        // running text in a wide cell stays full: no line ends a quarter short to keep a word or a bracket whole
        List<String> prose = HALF_WIDTH_LATIN.cellLines("1.将弘扬科学精神贯穿于育人全链条（属于（一）实施青少年科学素质提升行动）"
                + "（完成时限：未定；进展状态：滞后）本轮报送进展：进展缓慢", 24);
        assertThat(prose.subList(0, prose.size() - 1)).isNotEmpty()
                .allSatisfy(line -> assertThat(HALF_WIDTH_LATIN.width(line)).isGreaterThanOrEqualTo(18));
        // a bracket wider than a line is broken as any text
        assertThat(HALF_WIDTH_LATIN.cellLines("（完成时限：每年年底前）", 6)).hasSize(2)
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(7));
    }

    @Test
    void fullLinesAreFilled_andAParagraphEndsWhereItEnds() {
        String text = "深".repeat(60);
        List<String> lines = HALF_WIDTH_LATIN.lines(text, 28, 2);

        assertThat(lines).extracting(String::length).containsExactly(26, 28, 6);
    }

    @Test
    void aPieceWiderThanALine_isSplitRatherThanLost() {
        String url = "https://example.org/" + "a".repeat(80);
        List<String> lines = HALF_WIDTH_LATIN.lines("见" + url, 28, 0);

        assertThat(String.join("", lines)).isEqualTo("见" + url);
        assertThat(lines).allMatch(line -> HALF_WIDTH_LATIN.width(line) <= 28);
    }

    @Test
    void dashesAndEllipsesStayWhole() {
        for (double width = 3; width <= 12; width++) {
            List<String> lines = HALF_WIDTH_LATIN.lines("科学精神——求真务实……持之以恒", width, 0);
            assertThat(lines).noneMatch(line -> line.startsWith("—") || line.startsWith("…"));
            assertThat(lines).noneMatch(line -> line.endsWith("—") && !line.endsWith("——"));
        }
    }
}
