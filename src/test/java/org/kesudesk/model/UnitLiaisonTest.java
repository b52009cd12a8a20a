package org.kesudesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class UnitLiaisonTest {

    @Test
    void aLiaisonAsTyped_losesItsSpacesAtTheEnds_andBothPartsEmptyIsNone() {
        UnitLiaison typed = UnitLiaison.typed(" 张三 ", "\u30000452-2412345 ");

        assertThat(typed).isEqualTo(new UnitLiaison("张三", "0452-2412345"));
        assertThat(typed.isNone()).isFalse();
        assertThat(UnitLiaison.typed("  ", "").isNone()).isTrue();
        assertThat(UnitLiaison.typed(null, null)).isEqualTo(UnitLiaison.NONE);
        assertThat(typed.shown()).isEqualTo("张三\u30000452-2412345");
        assertThat(new UnitLiaison("", "13945201234").shown()).isEqualTo("13945201234");
    }

    @Test
    void telephonesAsOfficesWriteThem_areTelephones() {
        for (String phone : new String[]{"0452-2412345", "13945201234", "0452-2412345 转 8012、13945201234",
                "(0452)2412345", "（0452）2412345", "+86 452 2412345", "2412345，2412346", "0452—2412345分机8012"}) {
            assertThat(new UnitLiaison("张三", phone).phoneProblem()).as(phone).isEmpty();
        }
    }

    @Test
    void whatIsNoTelephone_orNoName_isSaidWhy() {
        assertThat(new UnitLiaison("", "请打办公室").phoneProblem()).contains(TextRules.Problem.NOT_A_PHONE);
        assertThat(new UnitLiaison("", "——").phoneProblem()).contains(TextRules.Problem.NOT_A_PHONE);
        assertThat(new UnitLiaison("", "=1+1").phoneProblem()).contains(TextRules.Problem.NOT_A_PHONE);
        assertThat(new UnitLiaison("", "1".repeat(ContentLimits.PHONE + 1)).phoneProblem())
                .contains(TextRules.Problem.TOO_LONG);
        assertThat(new UnitLiaison("", "\u202E2412345").phoneProblem())
                .contains(TextRules.Problem.DIRECTION_CHARACTER);
        assertThat(new UnitLiaison("张\u0007三", "").personProblem()).contains(TextRules.Problem.CONTROL_CHARACTER);
        assertThat(new UnitLiaison("=HYPERLINK(\"x\")", "").personProblem()).contains(TextRules.Problem.FORMULA);
        assertThat(new UnitLiaison("张".repeat(ContentLimits.PERSON_NAME + 1), "").personProblem())
                .contains(TextRules.Problem.TOO_LONG);
        // a title after the name is a name still; an empty part is no problem
        assertThat(new UnitLiaison("王五（办公室主任）", "").personProblem()).isEmpty();
        assertThat(UnitLiaison.NONE.personProblem()).isEqualTo(Optional.empty());
        assertThat(UnitLiaison.NONE.phoneProblem()).isEqualTo(Optional.empty());
    }
}
