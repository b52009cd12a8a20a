package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates written in Chinese numerals, as notices date themselves, read as the parser reads Arabic ones. */
class ChineseDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "二〇二二年四月二十五日|2022年4月25日",
            "二○二一年十二月一日|2021年12月1日",
            "二零二三年十月三十一日印发|2023年10月31日印发",
            "齐齐哈尔市人民政府办公室　二〇二二年四月十五日印发|齐齐哈尔市人民政府办公室　2022年4月15日印发",
            "二〇二二 年 四 月 二十 日|2022 年 4 月 20 日",
            // not a date in Chinese numerals: as it is
            "2022年4月25日|2022年4月25日",
            "第十四个五年规划|第十四个五年规划",
            "二〇二二年度工作要点|二〇二二年度工作要点",
            "二〇二二年四月|二〇二二年四月",
    })
    void aChineseNumeralDate_isWrittenInArabicNumerals(String text, String expected) {
        assertThat(ChineseNumerals.arabicDates(text)).isEqualTo(expected);
    }
}
