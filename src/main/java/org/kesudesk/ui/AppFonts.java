package org.kesudesk.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import javafx.scene.text.Font;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's own Chinese UI font, bundled so that the app looks the same on every desktop, with or without
 * system CJK fonts (Kylin and UOS often lack them, and boxes would show instead).
 * <p>
 * JavaFX loads a font given as a stream from a copy it writes to the temporary folder at every start (5.8 MB),
 * removed only when the app exits normally: each time the app was killed or the power failed one more stayed. The
 * font is copied once into the app's cache folder instead, and loaded from there as a file.
 */
public final class AppFonts {

    /** FandolHei (黑体 style), GPL with the font exception; see fonts/README.md. */
    static final String UI_FONT_RESOURCE = "/fonts/FandolHei-Regular.otf";

    private static final Logger LOG = LoggerFactory.getLogger(AppFonts.class);

    private AppFonts() {
    }

    /**
     * Loads the UI font, from its copy in the cache folder (made if missing or not the bundled one's size), and
     * returns its family name; empty if it could not be loaded at all.
     */
    public static Optional<String> loadUiFont(Path cacheFolder) {
        try {
            Path copy = cached(cacheFolder);
            Font font = Font.loadFont(copy.toUri().toString(), 14);
            if (font != null) {
                return Optional.of(font.getFamily());
            }
            LOG.warn("the UI font's copy {} could not be loaded; loading the bundled one", copy);
        } catch (IOException e) {
            LOG.warn("the UI font could not be copied into {}; loading the bundled one", cacheFolder, e);
        }
        return loadUiFont();
    }

    /**
     * The font's copy in the folder, named by the bundled font's size (an update with another font makes another):
     * written to a part file and moved into place, so that a copy cut short is never taken for the font.
     */
    static Path cached(Path cacheFolder) throws IOException {
        java.net.URL url = AppFonts.class.getResource(UI_FONT_RESOURCE);
        if (url == null) {
            throw new IOException("bundled UI font " + UI_FONT_RESOURCE + " is missing");
        }
        // the jar entry's size, known without inflating it
        long size = url.openConnection().getContentLengthLong();
        Path copy = cacheFolder.resolve("FandolHei-Regular-" + size + ".otf");
        if (size > 0 && Files.isRegularFile(copy) && Files.size(copy) == size) {
            return copy;
        }
        Files.createDirectories(cacheFolder);
        Path part = Files.createTempFile(cacheFolder, "font", ".part");
        try (InputStream in = resource()) {
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
        return copy;
    }

    private static InputStream resource() throws IOException {
        InputStream in = AppFonts.class.getResourceAsStream(UI_FONT_RESOURCE);
        if (in == null) {
            throw new IOException("bundled UI font " + UI_FONT_RESOURCE + " is missing");
        }
        return in;
    }

    /** Loads the UI font from the bundled stream (a temporary copy JavaFX makes) and returns its family name. */
    public static Optional<String> loadUiFont() {
        try (InputStream in = AppFonts.class.getResourceAsStream(UI_FONT_RESOURCE)) {
            if (in == null) {
                LOG.warn("bundled UI font {} is missing", UI_FONT_RESOURCE);
                return Optional.empty();
            }
            Font font = Font.loadFont(in, 14);
            if (font == null) {
                LOG.warn("bundled UI font {} could not be loaded", UI_FONT_RESOURCE);
                return Optional.empty();
            }
            return Optional.of(font.getFamily());
        } catch (IOException e) {
            LOG.warn("bundled UI font {} could not be read", UI_FONT_RESOURCE, e);
            return Optional.empty();
        }
    }
}
