package org.kesudesk.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.ibm.icu.text.Transliterator;

import org.junit.jupiter.api.Test;
import org.kesudesk.model.Unit;
import org.kesudesk.parse.ParseReport;
import org.kesudesk.parse.PlanDocumentReader;
import org.kesudesk.testsupport.PlanOutline;

/** A plan written in traditional characters: read as written, and put into simplified ones when asked. */
class SimplifiedScriptTest {

    private static final Path PLANS = Path.of("src", "test", "resources", "plans", "styles");

    @Test
    void aPlanInTraditionalCharacters_isReadAsWritten_andSimplifiedReadsAsThePlanInSimplified() throws IOException {
        String simplifiedText = Files.readString(PLANS.resolve("labelled.txt"));
        // the same document as a Hong Kong or Taiwan office would write it
        String traditionalText = Transliterator.getInstance("Hans-Hant").transliterate(simplifiedText);
        assertThat(traditionalText).contains("牽頭單位").contains("責任單位");

        ParseReport traditional = read(traditionalText);
        ParseReport original = read(simplifiedText);

        assertThat(SimplifiedScript.hasTraditional(traditional)).isTrue();
        assertThat(SimplifiedScript.hasTraditional(original)).isFalse();
        assertThat(traditional.document().items().get(0).leadUnits()).extracting(Unit::name)
                .containsExactly("市教育局", "市科協");
        // read as fully as the same plan in simplified characters: no warning more than it has
        assertThat(traditional.warnings()).hasSameSizeAs(original.warnings());
        assertThat(PlanOutline.of(SimplifiedScript.simplified(traditional).document()))
                .isEqualTo(PlanOutline.of(original.document()));
    }

    @Test
    void theSample_inSimplified_isNoTraditionalDocument_andCharactersICUChangesButSimplifiedWrites_stay()
            throws IOException {
        String sample = Files.readString(Path.of("src", "main", "resources", "org", "kesudesk", "samples",
                "qiqihar-2022-16.txt"));
        // characters that ICU's Hant-Hans changes but simplified Chinese writes as they are
        assertThat(sample).contains("青少年科学俱乐部").contains("显著");
        ParseReport report = read(sample);

        assertThat(SimplifiedScript.hasTraditional(report)).isFalse();
        assertThat(PlanOutline.of(SimplifiedScript.simplified(report).document()))
                .isEqualTo(PlanOutline.of(report.document()));
        assertThat(SimplifiedScript.simplified("與時俱進，成效顯著；青少年科學俱樂部")).isEqualTo("与时俱进，成效显著；青少年科学俱乐部");
    }

    private static ParseReport read(String text) {
        return new PlanDocumentReader().read("plan.txt", text.getBytes(StandardCharsets.UTF_8), Optional.empty(),
                List.of());
    }
}
