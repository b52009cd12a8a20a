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

    /**
     * A whole number in a place that names one rather than counts — 第 {0} 行 (a line, a row, a page), {0}年 (a
     * year) — is written as it is numbered, 第 12345 行, 2026年; a count keeps its groups, 超过 20,000 个.
     */
    private static final java.util.regex.Pattern NAMING_PLACE =
            java.util.regex.Pattern.compile("第 ?\\{(\\d+)}|\\{(\\d+)} ?年");
    /** For each key, the arguments in such places. */
    private static final java.util.Map<String, int[]> NAMING_ARGUMENTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The text for a key, with {0}, {1}, … replaced by the arguments. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no message for key " + key, e);
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = args;
        for (int index : NAMING_ARGUMENTS.computeIfAbsent(key, k -> namingArguments(pattern))) {
            if (index < args.length && (args[index] instanceof Integer || args[index] instanceof Long
                    || args[index] instanceof Short)) {
                if (shown == args) {
                    shown = args.clone();
                }
                shown[index] = args[index].toString();
            }
        }
        return new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(shown);
    }

    private static int[] namingArguments(String pattern) {
        java.util.regex.Matcher place = NAMING_PLACE.matcher(pattern);
        java.util.List<Integer> indexes = new java.util.ArrayList<>();
        while (place.find()) {
            indexes.add(Integer.parseInt(place.group(1) != null ? place.group(1) : place.group(2)));
        }
        return indexes.stream().mapToInt(Integer::intValue).toArray();
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
