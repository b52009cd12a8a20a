package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kesudesk.model.Indicator;
import org.kesudesk.model.IndicatorPeriod;
import org.kesudesk.model.Role;

/** The parser's small parts, each on the cases that real documents throw at it. */
class PartsTest {

    @Test
    void chineseNumeralsBothWays() {
        for (int value = 1; value <= 999; value++) {
            assertThat(ChineseNumerals.parse(ChineseNumerals.format(value))).hasValue(value);
        }
        assertThat(ChineseNumerals.format(10)).isEqualTo("十");
        assertThat(ChineseNumerals.format(23)).isEqualTo("二十三");
        assertThat(ChineseNumerals.format(105)).isEqualTo("一百零五");
        assertThat(ChineseNumerals.parse("十二")).hasValue(12);
        assertThat(ChineseNumerals.parse("甲")).isEmpty();
    }

    @Test
    void unitListsWithMixedMarks_andBracketsInsideNames() {
        UnitList list = UnitList.find("完善机制。(责任单位:市委组织部，市人社局；各县（市）区人民政府、 市 科 协)。").orElseThrow();

        assertThat(list.role()).isEqualTo(Role.RESPONSIBLE);
        assertThat(list.names()).containsExactly("市委组织部", "市人社局", "各县（市）区人民政府", "市科协");
        assertThat(list.textBefore()).isEqualTo("完善机制。");
        assertThat(list.closed()).isTrue();
        assertThat(UnitList.find("以（牵头单位：甲）为例说明。")).isEmpty();
        assertThat(UnitList.find("文字（牵头单位：市教育局、市").orElseThrow().closed()).isFalse();
    }

    @Test
    void listsWithLabelsInside_leadMarks_andEtCetera() {
        assertThat(UnitList.find("完善机制。（牵头单位：市教育局；配合单位：市科协、团市委）").orElseThrow().names())
                .containsExactly("市教育局", "市科协", "团市委");
        assertThat(UnitList.find("完善机制。（责任单位：市教育局、市科协（牵头）、市科技局）").orElseThrow().names())
                .as("the unit marked 牵头 leads, and goes first").containsExactly("市科协", "市教育局", "市科技局");
        assertThat(UnitList.find("完善机制。（责任单位：市教育局、市科协〔牵头〕）").orElseThrow().names())
                .containsExactly("市科协", "市教育局");
        assertThat(UnitList.names("市总工会、市科协等")).containsExactly("市总工会", "市科协");
        assertThat(UnitList.names("市教育局、市文明办等有关部门")).containsExactly("市教育局", "市文明办");
        // 等 that is the name itself, or most of it, stays
        assertThat(UnitList.names("市高等教育中心")).containsExactly("市高等教育中心");
        // what each unit does, said after its name inside a labelled list: the one that leads goes first
        assertThat(UnitList.find("开展讲座。（责任单位：市教育局配合，市科协牵头，市科技局参与）").orElseThrow().names())
                .containsExactly("市科协", "市教育局", "市科技局");
        assertThat(UnitList.find("开展讲座。（牵头单位：市科协；责任单位：市教育局、市科技局按职责分工负责）").orElseThrow()
                .partners()).containsExactly("市教育局", "市科技局");
        // a time field inside the list is no unit: it goes with the text, where the deadline is read from it
        UnitList timed = UnitList.find("建立机制。（责任单位：市科协、市教育局；完成时限：2024年）").orElseThrow();
        assertThat(timed.names()).containsExactly("市科协", "市教育局");
        assertThat(timed.textBefore()).isEqualTo("建立机制。完成时限：2024年");
        // a name that ends like a role word but is a name stays whole
        assertThat(UnitList.names("市红十字会、市政府办")).containsExactly("市红十字会", "市政府办");
    }

    @Test
    void leadPhrasesWithPartsByTheirDuties() {
        UnitList phrase = LeadPhrase.find("推动技能提升。（市人力资源社会保障局牵头，市总工会、市科协等按职责分工负责）")
                .orElseThrow();
        assertThat(phrase.names()).containsExactly("市人力资源社会保障局", "市总工会", "市科协");
        assertThat(LeadPhrase.find("加强培训。（市委组织部牵头，市委党校、市直有关部门按照职责分工负责）").orElseThrow()
                .names()).containsExactly("市委组织部", "市委党校", "市直有关部门");
        assertThat(LeadPhrase.find("（由学校按职责分工负责）")).as("学校 alone is no unit's name").isEmpty();
    }

    @Test
    void titlesOnALineOfTheirOwn_andFieldLines() {
        assertThat(Headings.isBareTaskHeading("1、提升基础教育阶段科学教育水平")).isTrue();
        assertThat(Headings.isBareTaskHeading("1.加强学校科学教育。推进课程改革")).isFalse();
        assertThat(Headings.isBareTaskHeading("2.加强农业科技培训和人才培养，依托国家农")).isFalse();
        assertThat(Headings.isBareTaskHeading("提升基础教育阶段科学教育水平")).as("not numbered").isFalse();
        assertThat(Headings.FIELD.matcher("完成时限：长期坚持").matches()).isTrue();
        assertThat(Headings.FIELD.matcher("责任单位：县教育局").matches()).isTrue();
        assertThat(Headings.FIELD.matcher("完成机制建设，责任单位：县教育局").matches()).isFalse();
    }

    @Test
    void indicatorsWithTheirMeasureAndPeriod() {
        List<Indicator> found = IndicatorFinder.find(
                "实施教育信息化 2.0 行动计划，每年推广新技术项目 10 大类，省级农业科技园 25 个，开展培训 50 万人次以上，"
                        + "第3次会议，比例达到 12.5％。");

        assertThat(found).extracting(Indicator::wording)
                .containsExactly("每年推广新技术项目10大类", "省级农业科技园25个", "开展培训50万人次以上", "比例达到12.5％");
        assertThat(found).extracting(Indicator::measure).containsExactly("大类", "个", "万人次", "%");
        assertThat(found).extracting(i -> i.targetValue().orElseThrow())
                .containsExactly(new BigDecimal("10"), new BigDecimal("25"), new BigDecimal("50"), new BigDecimal("12.5"));
        assertThat(found).extracting(Indicator::period).containsExactly(IndicatorPeriod.PER_YEAR,
                IndicatorPeriod.TOTAL, IndicatorPeriod.TOTAL, IndicatorPeriod.TOTAL);
    }

    @Test
    void severalTargetsListedInOneClause_eachWordedByItsOwnPart_theClausesYearEachs() {
        List<Indicator> found = IndicatorFinder.find("全市建成科普示范社区30个、科普教育基地15个。"
                + "每年培训100名科技辅导员、50名科普讲解员。科普经费人均不低于1.5元，每万人拥有科普场馆面积达到200平方米，"
                + "开展科普活动500场次以上，比例较2020年提高2个百分点，配备科普大篷车3辆。");

        // a later part given the words leading into the first: its verb, or what stands before its number
        assertThat(found).extracting(Indicator::wording).containsExactly("全市建成科普示范社区30个",
                "全市建成科普教育基地15个", "每年培训100名科技辅导员", "每年培训50名科普讲解员", "科普经费人均不低于1.5元", "每万人拥有科普场馆面积达到200平方米",
                "开展科普活动500场次以上", "比例较2020年提高2个百分点", "配备科普大篷车3辆");
        assertThat(found).extracting(Indicator::measure)
                .containsExactly("个", "个", "名", "名", "元", "平方米", "场次", "个百分点", "辆");
        assertThat(found).extracting(Indicator::period).containsExactly(IndicatorPeriod.TOTAL, IndicatorPeriod.TOTAL,
                IndicatorPeriod.PER_YEAR, IndicatorPeriod.PER_YEAR, IndicatorPeriod.TOTAL, IndicatorPeriod.TOTAL,
                IndicatorPeriod.TOTAL, IndicatorPeriod.TOTAL, IndicatorPeriod.TOTAL);
        // a later part with a verb of its own, or a number its first part's words cannot lead into, stays as it is
        assertThat(IndicatorFinder.find("建成科普示范社区30个、新建科普e站20个，"
                + "科普场馆达到10个、15所学校，青少年科普基地5个、200名辅导员。")).extracting(Indicator::wording)
                .containsExactly("建成科普示范社区30个", "新建科普e站20个", "科普场馆达到10个", "15所学校",
                        "青少年科普基地5个", "200名辅导员");
        // a list of things with one target at its end keeps the clause: 开展科技、文化、卫生“三下乡”活动100场
        assertThat(IndicatorFinder.find("开展科技、文化、卫生“三下乡”活动100场。")).extracting(Indicator::wording)
                .containsExactly("开展科技、文化、卫生“三下乡”活动100场");
    }

    @Test
    void aliasesAreShortFormsWithTheSamePrefixAndKindWord() {
        assertThat(AliasDetector.isShortFormOf("市生态局", "市生态环境局")).isTrue();
        assertThat(AliasDetector.isShortFormOf("县生态局", "县生态环境局")).isTrue();
        assertThat(AliasDetector.isShortFormOf("市科协", "市科技局")).isFalse();
        assertThat(AliasDetector.isShortFormOf("市体育局", "市教育局")).isFalse();
        assertThat(AliasDetector.isShortFormOf("市委宣传部", "市委组织部")).isFalse();
        assertThat(AliasDetector.isShortFormOf("市财政局", "市民政局")).isFalse();

        Map<String, Integer> names = new LinkedHashMap<>();
        names.put("市生态局", 12);
        names.put("市教育局", 3);
        assertThat(AliasDetector.suggest(names, List.of("市生态环境局", "市教育局")))
                .containsExactly(new AliasSuggestion("市生态局", "市生态环境局", 12));
    }

    @Test
    void aliasSuggestions_areWhatComparingEveryPairGives() {
        // names made of few characters, so that many share their first, second and last ones
        java.util.Random random = new java.util.Random(7);
        String alphabet = "市县区生态环境教育局委部科协";
        for (int round = 0; round < 20; round++) {
            Map<String, Integer> names = new LinkedHashMap<>();
            List<String> catalogue = new java.util.ArrayList<>();
            for (int i = 0; i < 300; i++) {
                StringBuilder name = new StringBuilder();
                for (int c = 3 + random.nextInt(5); c > 0; c--) {
                    name.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                if (name.length() >= 5 && random.nextBoolean()) {
                    // and a short form of it: a character of its middle left out
                    String shortForm = name.substring(0, 2) + name.substring(3);
                    names.putIfAbsent(shortForm, i + 1);
                }
                if (random.nextInt(3) == 0) {
                    catalogue.add(name.toString());
                } else {
                    names.putIfAbsent(name.toString(), i + 1);
                }
            }
            List<String> candidates = new java.util.ArrayList<>(names.keySet());
            catalogue.stream().filter(name -> !names.containsKey(name)).forEach(candidates::add);
            List<AliasSuggestion> everyPair = new java.util.ArrayList<>();
            names.forEach((shortName, line) -> {
                if (!catalogue.contains(shortName)) {
                    candidates.stream().filter(longName -> AliasDetector.isShortFormOf(shortName, longName))
                            .findFirst().ifPresent(longName -> everyPair.add(new AliasSuggestion(shortName,
                                    longName, line)));
                }
            });

            assertThat(AliasDetector.suggest(names, catalogue)).as("round %d", round)
                    .containsExactlyElementsOf(everyPair);
            assertThat(everyPair).as("round %d finds some", round).isNotEmpty();
        }
    }

    @Test
    void pageNumberLinesInTheirUsualForms() {
        for (String line : List.of("— 3 —", "- 12 -", "－3－", "第3页", "第 3 页 共 20 页", "3/20", "7")) {
            assertThat(TextCleaner.isPageNumber(line)).as(line).isTrue();
        }
        for (String line : List.of("2022年4月25日", "1.将弘扬科学精神", "（一）组织领导", "2025")) {
            assertThat(TextCleaner.isPageNumber(line)).as(line).isFalse();
        }
    }

    @Test
    void straySpacesBetweenChineseCharactersGo_spacesAroundNumbersStay() {
        assertThat(TextCleaner.clean("  齐齐哈尔市全民科学素质行动 规划纲要 ")).isEqualTo("齐齐哈尔市全民科学素质行动规划纲要");
        assertThat(TextCleaner.clean("到 2025 年")).isEqualTo("到 2025 年");
    }

    @Test
    void whatNoReaderSeesGoes_includingTagCharactersBeyondTheBasicPlane() {
        assertThat(TextCleaner.clean("市\u200B教育局\u202E")).isEqualTo("市教育局");
        // U+E0041 (TAG LATIN CAPITAL LETTER A) is a format character written as two UTF-16 units
        assertThat(TextCleaner.clean("市教\uDB40\uDC41育局")).isEqualTo("市教育局");
        assertThat(TextCleaner.clean("到\u0007\t2025年")).isEqualTo("到\t2025年");
        assertThat(TextCleaner.clean("e\u0301")).isEqualTo("\u00E9");
    }
}
