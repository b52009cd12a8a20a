package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kesudesk.model.Role;

/**
 * Unit lists written in other offices' ways: lenticular or square brackets, a label closing the sentence, other
 * labels and phrases.
 */
class OtherBracketsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "推进科学教育。【责任单位】市教育局、市科协|推进科学教育。|RESPONSIBLE|市教育局、市科协",
            "推进科学教育。【牵头单位】市教育局【责任单位】市科协、团市委|推进科学教育。|LEAD|市教育局、市科协、团市委",
            "培养科技辅导员。[责任单位:市教育局;市科协]|培养科技辅导员。|RESPONSIBLE|市教育局、市科协",
            "培养科技辅导员。［责任单位：市教育局、市科协］。|培养科技辅导员。|RESPONSIBLE|市教育局、市科协",
            "开展科技活动。责任单位：市科协、团市委、市科技局。|开展科技活动。|RESPONSIBLE|市科协、团市委、市科技局",
            "开展科技活动；牵头单位：市科协|开展科技活动；|LEAD|市科协",
            // brackets and sentences before the label; the label after a 。 and then a ；
            "推进（试点）工作。责任单位：市科协、团市委。|推进（试点）工作。|RESPONSIBLE|市科协、团市委",
            "第一阶段完成。第二阶段推进；责任单位：市科协|第一阶段完成。第二阶段推进；|RESPONSIBLE|市科协",
            // two labels, the second after a ；, as the bracketed （牵头单位：…；责任单位：…） reads
            "激发好奇心。牵头单位：市教育局；责任单位：市科协、团市委。|激发好奇心。|LEAD|市教育局、市科协、团市委",
            "组织科技竞赛。责任单位：市科协；市教育局。|组织科技竞赛。|RESPONSIBLE|市科协、市教育局",
            // short labels, 为 for the colon, and the rarer labels
            "推进工作。（牵头：市教育局；配合：市科协、团市委）|推进工作。|LEAD|市教育局、市科协、团市委",
            "推进工作。（责任单位为市教育局、市科协）|推进工作。|RESPONSIBLE|市教育局、市科协",
            "推进工作。（牵头部门：市教育局，参与部门：市科协）|推进工作。|LEAD|市教育局、市科协",
            "推进工作。（主责单位：市教育局；协同单位：市科协）|推进工作。|LEAD|市教育局、市科协",
            // phrases: 负总责 leads; a name holding brackets; 具体负责 / 具体落实 after a name are no part of it
            "推进。（由市教育局负总责，市科协配合）|推进。||市教育局、市科协",
            "推进。（市教育局牵头，各县（市）区政府具体负责）|推进。||市教育局、各县（市）区政府",
            "推进。（责任单位：市教育局牵头，各县（市）区政府具体落实）|推进。|RESPONSIBLE|市教育局、各县（市）区政府",
            // names apart by slashes, as tables copied into text often have them
            "推进工作。（责任单位：市教育局/市科协／团市委）|推进工作。|RESPONSIBLE|市教育局、市科协、团市委",
    })
    void aListWrittenOtherwise_isReadAsTheUsualOne(String paragraph, String before, Role role, String names) {
        UnitList list = UnitList.find(paragraph).orElseThrow();

        assertThat(list.textBefore()).isEqualTo(before);
        assertThat(list.role()).isEqualTo(role);
        assertThat(String.join("、", list.names())).isEqualTo(names);
    }

    @org.junit.jupiter.api.Test
    void twoLabelsWithoutBrackets_sayWhoLeadsAndWhoWorksWithThem_asInBrackets() {
        String unbracketed = "组织科技竞赛。牵头单位：市科协；配合单位：市科技局 市妇联。";
        UnitList list = UnitList.find(unbracketed).orElseThrow();
        UnitList bracketed = UnitList.find("组织科技竞赛。（牵头单位：市科协；配合单位：市科技局、市妇联）").orElseThrow();

        assertThat(list.leads()).containsExactly("市科协");
        assertThat(list.partners()).containsExactly("市科技局", "市妇联");
        assertThat(UnitList.find("推进工作。（主责单位：市教育局；协同单位：市科协）").orElseThrow().leads())
                .containsExactly("市教育局");
        assertThat(List.of(list.role(), list.names(), list.textBefore(), list.leads(), list.partners()))
                .isEqualTo(List.of(bracketed.role(), bracketed.names(), bracketed.textBefore(), bracketed.leads(),
                        bracketed.partners()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a label inside the text, not closing it; a bracketed note that names no units
            "明确责任单位：市科协负责统筹协调，各部门配合。",
            "按照【重点任务】要求开展工作。",
            "参照[2021]第3号文件执行。",
            // a bracket after the label: not a list closing the sentence
            "开展科技活动。责任单位：市科协（负责统筹）等。",
            // words that are labels only before a colon and units' names
            "推进工作（牵头为主，配合为辅）。",
            "做好工作（配合：做好宣传）",
            // a date written with slashes
            "按时完成（2022/3/8）",
    })
    void textThatOnlyLooksLikeOne_isNoList(String paragraph) {
        assertThat(UnitList.asUsuallyWritten(paragraph)).isEqualTo(paragraph);
        assertThat(UnitList.find(paragraph).map(UnitList::names).orElse(List.of())).isEmpty();
    }
}
