package org.kesudesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The organs an issuer names: apart by spaces, or run together as a cleaned copy has them. */
class IssuingOrgansTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "齐齐哈尔市人民政府办公室|齐齐哈尔市人民政府办公室",
            "中共甘南县委办公室　甘南县人民政府办公室|中共甘南县委办公室,甘南县人民政府办公室",
            "中共甘南县委办公室  甘南县人民政府办公室|中共甘南县委办公室,甘南县人民政府办公室",
            "中共甘南县委办公室甘南县人民政府办公室|中共甘南县委办公室,甘南县人民政府办公室",
            "中共丙县县委办公室丙县人民政府办公室|中共丙县县委办公室,丙县人民政府办公室",
            "中共甘南县委甘南县人民政府|中共甘南县委,甘南县人民政府",
            "甘南县科学技术协会甘南县教育局|甘南县科学技术协会,甘南县教育局",
            "甘南县人民政府办公室中共甘南县委办公室|甘南县人民政府办公室,中共甘南县委办公室",
            "齐齐哈尔市全民科学素质工作领导小组办公室|齐齐哈尔市全民科学素质工作领导小组办公室",
            "黑龙江省齐齐哈尔市人民政府|黑龙江省齐齐哈尔市人民政府",
            "甘南县甘南镇人民政府|甘南县甘南镇人民政府",
            "县科协|县科协",
    })
    void anIssuer_namesItsOrgansInOrder(String issuer, String organs) {
        assertThat(IssuingOrgans.of(issuer)).containsExactlyElementsOf(Arrays.asList(organs.split(",")));
        assertThat(IssuingOrgans.of(IssuingOrgans.joined(IssuingOrgans.of(issuer))))
                .as("joined, read back the same").isEqualTo(IssuingOrgans.of(issuer));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"甘南县人民政府办公室|true", "县纲要办|true", "甘南县科学技术协会|true",
            "特此通知|false", "请认真贯彻执行|false", "齐齐哈尔市气象台|true"})
    void aSignatureLine_endsAsAnOrgansName(String line, boolean organ) {
        assertThat(IssuingOrgans.isOrgan(line)).isEqualTo(organ);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"甘南县人民政府办公室|true", "中共甘南县委办公室|true",
            "齐齐哈尔市科学技术协会|true", "市教育局|false", "团市委|false", "县科协|false", "甘南县|false"})
    void aFullName_namesItsPlace(String name, boolean full) {
        assertThat(IssuingOrgans.isFullName(name)).isEqualTo(full);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "黑龙江省齐齐哈尔市梅里斯达斡尔族区全民科学素质工作领导小组办公室|黑龙江省,齐齐哈尔市,梅里斯达斡尔族区",
        "中共甘南县委办公室|甘南县", "齐齐哈尔市人民政府办公室|齐齐哈尔市", "甘南县|''", "市教育局|''",
        "全民科学素质工作领导小组办公室|''"})
    void theNamesOfPlaces_anOrgansNameStartsWith(String name, String places) {
        assertThat(IssuingOrgans.placesAtStart(name))
                .containsExactlyElementsOf(places.isEmpty() ? java.util.List.of() : Arrays.asList(places.split(",")));
    }
}
