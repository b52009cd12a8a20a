package org.kesudesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which notices are 函 (printed in GB/T 9704's 信函格式): as their 发文字号 says, or without one, their title. */
class PlanNoticeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "湖政办函〔2022〕5号|湖州市人民政府办公室关于印发…的通知|true",
        "齐科协函[2023]2号|关于印发…的通知|true",
        "乙政函（2024）13号|关于…的通知|true",
        "乙市科普办函 〔2024〕 1号|关于…的通知|true",
        "齐政办发〔2022〕16号|关于印发…的通知|false",
        "齐政办规〔2019〕13号|关于印发…的函|false",
        "函授办发〔2022〕1号|关于…的通知|false",
        "|乙市科协关于印发…的函|true",
        "|乙市科协关于印发…的函（征求意见稿）|true",
        "|乙市科协关于印发…的通知|false",
        "|''|false",
    })
    void aLetter_isSaidByItsNumber_orWithoutOne_byItsTitle(String number, String title, boolean letter) {
        assertThat(PlanNotice.isLetter(number == null ? "" : number, title)).isEqualTo(letter);
    }

    /** GB/T 9704 7.4.2: the 抄送's names set apart by commas, a 句号 after the last only. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a 抄送 over two lines whose first ended with a 句号
        "抄送：市委办公室。市人大办公室，市政协办公室。|市委办公室，市人大办公室，市政协办公室",
        "市委办公室。 市人大办公室。|市委办公室，市人大办公室",
        "抄 送: 省科协，市委办公室|省科协，市委办公室",
        "市委办公室，市人大办公室.|市委办公室，市人大办公室",
        "''|''",
    })
    void aCopiedTo_isItsNamesSetApartByCommas(String written, String kept) {
        assertThat(PlanNotice.copiedToOf(written)).isEqualTo(kept);
        assertThat(PlanNotice.printedCopiedTo(written)).isEqualTo(kept.isEmpty() ? "" : kept + "。");
    }

    /** GB/T 9704 7.2.4: the year in 〔〕, the 序号 without 虚位 or 第, however a keyboard typed them. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "齐政办发[2026]3号|齐政办发〔2026〕3号",
        "齐政办发［2026］03号|齐政办发〔2026〕3号",
        "齐政办发（2026）第12号|齐政办发〔2026〕12号",
        "  齐科协函 【2024】 5号 |齐科协函〔2024〕5号",
        "齐政办发〔2022〕16号|齐政办发〔2022〕16号",
        // not of that form: as written
        "齐政办发〔2022〕|齐政办发〔2022〕",
        "第16号|第16号",
        "齐政办发[2026]0号|齐政办发[2026]0号",
    })
    void aDocNumber_isPrintedWithItsYearInHexagonalBrackets(String written, String printed) {
        assertThat(PlanNotice.printedDocNumber(written)).isEqualTo(printed);
    }
}
