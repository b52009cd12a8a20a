package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kesudesk.parse.SampleDocumentTest.bytes;
import static org.kesudesk.parse.SampleDocumentTest.read;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How documents define a unit's short name, and what defines none. */
class ShortNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "市全民科学素质工作领导小组办公室（以下简称“市纲要办”）统筹协调。|市纲要办|市全民科学素质工作领导小组办公室",
        "充分发挥市科学技术协会（简称市科协）的作用。|市科协|市科学技术协会",
        "由市教育局和市科学技术协会(以下简称\"市科协\")牵头。|市科协|市科学技术协会",
        "成立县全民科学素质工作领导小组（下称领导小组），县人力资源和社会保障局（以下简称：县人社局）参加。|县人社局"
                + "|县人力资源和社会保障局"})
    void aDefinitionAfterAUnitsName_isFound(String paragraph, String shortName, String fullName) {
        assertThat(ShortNames.in(paragraph)).contains(new ShortNames.Definition(shortName, fullName));
    }

    @ParameterizedTest
    @ValueSource(strings = {"深入实施《全民科学素质行动规划纲要（2021—2035年）》（以下简称《科学素质纲要》）。",
            "建立健全工作机制（以下简称机制）。", "市科协（简称）", "各县（市）区人民政府负责落实。"})
    void otherBrackets_defineNoUnitsShortName(String paragraph) {
        assertThat(ShortNames.in(paragraph)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aDefinitionInsideAList_isNoPartOfTheName_andTheShortNameIsOfferedAsItsAlias() {
        String city = new String(bytes("unseen/bingshi-city.txt"), StandardCharsets.UTF_8);
        String document = city.replace("（责任单位：市卫生健康委、市民政局）",
                "（责任单位：市全民科学素质工作领导小组办公室（以下简称市纲要办）、市卫生健康委、市民政局）")
                .replace("（责任单位：市科协、市工业和信息化局、市老龄办）", "（责任单位：市纲要办、市工业和信息化局、市老龄办）");
        assertThat(document).isNotEqualTo(city);

        ParseReport report = read("plan.txt", document.getBytes(StandardCharsets.UTF_8));

        java.util.Set<String> units = new java.util.TreeSet<>();
        report.document().forEachNode(node -> node.assignments().forEach(a -> units.add(a.unit().name())));
        assertThat(units).contains("市全民科学素质工作领导小组办公室", "市纲要办").noneMatch(name -> name.contains("简称"));
        assertThat(report.aliasSuggestions()).contains(new AliasSuggestion("市纲要办", "市全民科学素质工作领导小组办公室",
                document.lines().toList().indexOf(document.lines().filter(line -> line.contains("（责任单位：市纲要办"))
                        .findFirst().orElseThrow()) + 1));
        assertThat(ShortNames.withoutDefinition("市科学技术协会（简称市科协）")).isEqualTo("市科学技术协会");
        assertThat(ShortNames.withoutDefinition("各县（市）区人民政府")).isEqualTo("各县（市）区人民政府");
    }
}
