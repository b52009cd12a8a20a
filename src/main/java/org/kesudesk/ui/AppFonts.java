package org.kesudesk.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import javafx.scene.text.Font;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's own Chinese UI font, bundled so that the app looks the same on every desktop, with or without
 * system CJK fonts (Kylin and UOS often lack them, and boxes would show instead).
 */
public final class AppFonts {

    /** FandolHei (黑体 style), GPL with the font exception; see fonts/README.md. */
    static final String UI_FONT_RESOURCE = "/fonts/FandolHei-Regular.otf";

    private static final Logger LOG = LoggerFactory.getLogger(AppFonts.class);

    private AppFonts() {
    }

    /** Loads the UI font and returns its family name, or empty if it could not be loaded. */
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
