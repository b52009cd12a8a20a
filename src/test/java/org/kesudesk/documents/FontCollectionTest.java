package org.kesudesk.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.testsupport.FontWithGlyphs;

/** A font collection of this computer is read only as far as it is whole: a damaged one is refused, not trusted. */
class FontCollectionTest {

    @TempDir
    Path folder;

    @Test
    void aFontTakenOutOfACollection_isThatFontsTables_andADamagedCollectionIsRefused() throws IOException {
        Path kai = folder.resolve("kai.otf");
        Path hei = folder.resolve("hei.otf");
        Files.copy(FontCollectionTest.class.getResourceAsStream("/fonts/FandolKai-Regular.otf"), kai);
        Files.copy(FontCollectionTest.class.getResourceAsStream("/fonts/FandolHei-Regular.otf"), hei);
        Path collection = FontWithGlyphs.collection(List.of(kai, hei), folder.resolve("both.ttc"));

        assertThat(FontCollection.isCollection(collection)).isTrue();
        assertThat(FontCollection.isCollection(kai)).isFalse();
        assertThat(FontCollection.fontCount(collection)).isEqualTo(2);
        byte[] bytes = Files.readAllBytes(collection);
        // the second font, on its own, is the Hei font as AWT reads it
        byte[] second = FontCollection.font(bytes, 1);
        Path alone = Files.write(folder.resolve("second.otf"), second);
        java.awt.Font read;
        try {
            read = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, alone.toFile());
        } catch (java.awt.FontFormatException e) {
            throw new AssertionError("the font taken out is no font", e);
        }
        assertThat(read.getFontName()).startsWith("FandolHei");

        assertThatThrownBy(() -> FontCollection.font(Arrays.copyOf(bytes, bytes.length / 2), 1))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> FontCollection.font(bytes, 2)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> FontCollection.font(Arrays.copyOf(bytes, 14), 0)).isInstanceOf(IOException.class);
    }
}
