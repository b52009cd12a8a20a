package org.kesudesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The UI font copied once into the cache folder, loaded from there: no copy left in the temporary folder each start. */
class AppFontsTest {

    @TempDir
    Path folder;

    @Test
    void theFontIsCopiedOnce_whole_andACopyCutShortIsMadeAgain() throws IOException {
        byte[] bundled;
        try (InputStream in = AppFonts.class.getResourceAsStream(AppFonts.UI_FONT_RESOURCE)) {
            bundled = in.readAllBytes();
        }
        Path cache = folder.resolve("cache");

        Path copy = AppFonts.cached(cache);

        assertThat(copy.getParent()).isEqualTo(cache);
        assertThat(Files.readAllBytes(copy)).isEqualTo(bundled);
        assertThat(cache).isDirectoryNotContaining("glob:**.part");

        // the next start takes the copy as it is
        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(copy, written);
        assertThat(AppFonts.cached(cache)).isEqualTo(copy);
        assertThat(Files.getLastModifiedTime(copy)).isEqualTo(written);

        // a copy damaged (cut short) is written again
        Files.write(copy, java.util.Arrays.copyOf(bundled, 1000));
        assertThat(Files.readAllBytes(AppFonts.cached(cache))).isEqualTo(bundled);
    }
}
