package org.kesudesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A computer's font with TrueType outlines (Windows' 仿宋 is one) embedded in an OFD is cut to the characters drawn,
 * as the bundled CFF fonts are: here PDFBox's own Liberation Sans stands for it.
 */
class FontSubsetTest {

    @Test
    void aTrueTypeFont_isCutToTheCharactersDrawn_whichItStillDraws() throws IOException, java.awt.FontFormatException {
        byte[] whole;
        try (InputStream in = FontSubsetTest.class.getResourceAsStream(
                "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            whole = in.readAllBytes();
        }

        byte[] cut = FontSubset.of(whole, Set.of((int) 'A', (int) 'B'));

        assertThat(cut.length).isLessThan(whole.length / 4);
        Font font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(cut)).deriveFont(100f);
        assertThat(font.canDisplay('A')).isTrue();
        assertThat(font.canDisplay('B')).isTrue();
        assertThat(font.canDisplay('Z')).isFalse();
        // the outline is there, not an empty glyph
        FontRenderContext context = new FontRenderContext(null, true, true);
        assertThat(font.createGlyphVector(context, "A").getVisualBounds().getWidth()).isGreaterThan(50);
    }
}
