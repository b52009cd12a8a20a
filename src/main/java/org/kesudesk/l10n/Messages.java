package org.kesudesk.l10n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one entry point for user-facing text. The texts live in {@code org/kesudesk/l10n/messages.properties}
 * (Simplified Chinese, the app's language); keys are English and say where the text is used.
 */
public final class Messages {

    static final String BUNDLE_NAME = "org.kesudesk.l10n.messages";

    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle(BUNDLE_NAME, Locale.SIMPLIFIED_CHINESE, Messages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private Messages() {
    }

    /** The text for a key, with {0}, {1}, … replaced by the arguments. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no message for key " + key, e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(args);
    }

    /** A file's size as a clerk reads it: 35 KB, 2.4 MB. */
    public static String fileSize(long bytes) {
        return bytes < 1024 * 1024 ? Math.max(1, Math.round(bytes / 1024.0)) + " KB"
                : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }

    /** The bundle itself, for components that look texts up by key themselves (picocli's usage help). */
    public static ResourceBundle bundle() {
        return BUNDLE;
    }
}
