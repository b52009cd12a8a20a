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

    /**
     * Radicals copied out of a PDF for the characters they look like are those characters: the Kangxi ones as Unicode
     * relates them (⼀ 一, ⾨ 門), ⼾ as the 户 simplified fonts draw, the supplement's whole characters (⻓ 长, ⻬ 齐);
     * a radical that is only part of a character (⺡ of 氵) stays, as does every other character.
     */
    @Test
    void radicalsStandingForCharacters_areThoseCharacters() {
        assertThat(TextRules.normalizedText("⼀、实施⽅案（市⼯信局、⻬⻬哈尔市⼈⺠政府）")).isEqualTo("一、实施方案（市工信局、齐齐哈尔市人民政府）");
        assertThat(TextRules.normalizedText("⻓期坚持，⻔户⼾⾨")).isEqualTo("长期坚持，门户户門");
        assertThat(TextRules.normalizedText("⺡⺅")).isEqualTo("⺡⺅");
        assertThat(TextRules.normalizedText("齐齐哈尔")).isSameAs("齐齐哈尔");
        for (char radical = '\u2F00'; radical <= '\u2FD5'; radical++) {
            String character = TextRules.normalizedText(String.valueOf(radical));
            assertThat(character).as("U+%04X", (int) radical).hasSize(1);
            assertThat(Character.UnicodeScript.of(character.charAt(0))).isEqualTo(Character.UnicodeScript.HAN);
            assertThat(character.charAt(0)).isBetween('\u4E00', '\u9FFF');
        }
    }
}
