package org.kesudesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

/** Texts put in the composed form (NFC) they are stored in, with or without asking the normaliser. */
class TextRulesTest {

    /** Every character the quick path passes over, alone and after each letter that composes with marks. */
    @Test
    void theCharactersPassedOver_areLeftAsTheNormaliserLeavesThem() {
        StringBuilder passed = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (TextRules.isPlainlyComposed(String.valueOf(c))) {
                passed.append(c);
            }
        }
        String all = passed.toString();

        assertThat(all).contains("中", "，", "。", "（", "“", "—", "A", "1", "\u3000", "、");
        assertThat(Normalizer.normalize(all, Normalizer.Form.NFC)).isEqualTo(all);
        for (char c : all.toCharArray()) {
            // a character that composed with the one before it (a mark, a vowel sign) would change here
            String pair = "e" + c + "\u4E2D" + c + "A" + c;
            assertThat(Normalizer.normalize(pair, Normalizer.Form.NFC)).as("U+%04X", (int) c).isEqualTo(pair);
        }
    }

    @Test
    void aDecomposedText_isComposed() {
        String decomposed = "cafe\u0301，科普";
        String composed = "caf\u00E9，科普";

        assertThat(TextRules.isPlainlyComposed(decomposed)).isFalse();
        assertThat(TextRules.normalizedText(decomposed)).isEqualTo(composed);
        assertThat(TextRules.textProblem(decomposed, 100)).isPresent();
        assertThat(TextRules.textProblem(composed, 100)).isEmpty();
        // a compatibility ideograph (U+F900) is no Han character of the quick path: the normaliser maps it
        assertThat(TextRules.normalizedText("\uF900")).isEqualTo("\u8C48");
    }
}
